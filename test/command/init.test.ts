/** `scholar-elements init`: a starter profile with every section, valid, never overwriting by accident. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PROFILE_SECTIONS, type Profile } from '../../src/model/types.js';
import { run, tempFolder } from './helpers.js';

describe('scholar-elements init', () => {
  it('writes profile.json with $schema and an example of every section, which validates with no problem', async () => {
    const folder = await tempFolder();
    const result = await run(['init', 'Ada Lovelace'], { cwd: folder });
    expect(result.code).to.equal(0);
    expect(result.stderr).to.include('Wrote profile.json: a starter profile for Ada Lovelace.');
    const profile = JSON.parse(await readFile(join(folder, 'profile.json'), 'utf8')) as Profile & { $schema: string };
    expect(profile.$schema).to.equal('https://scholar-elements.dev/schema/profile.schema.json');
    expect(profile.basics.name).to.equal('Ada Lovelace');
    for (const section of PROFILE_SECTIONS) expect(profile[section], section).to.have.length(1);
    const [publication] = profile.publications!;
    expect(publication!.type).to.be.a('string');
    expect(publication!.issued!['date-parts']![0]![0]).to.be.a('number');
    expect(publication!.author!.length).to.be.greaterThan(0);
    expect(publication!.links!.length).to.be.greaterThan(0);

    const check = await run(['validate', '--json', 'profile.json'], { cwd: folder });
    expect(check.code).to.equal(0);
    const report = JSON.parse(check.stdout) as { problemCount: number; files: Array<{ format: string; entries: number }> };
    expect(report.problemCount).to.equal(0);
    expect(report.files[0]!.format).to.equal('profile');
    expect(report.files[0]!.entries).to.equal(PROFILE_SECTIONS.length);
  });

  it('refuses to overwrite a file unless --force', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'me.json'), 'my own work\n');
    const refused = await run(['init', '-o', 'me.json'], { cwd: folder });
    expect(refused.code).to.equal(1);
    expect(refused.stderr).to.include('me.json already exists; nothing was written (use --force');
    expect(await readFile(join(folder, 'me.json'), 'utf8')).to.equal('my own work\n');

    const forced = await run(['init', 'Grace Hopper', '-o', 'me.json', '--force'], { cwd: folder });
    expect(forced.code).to.equal(0);
    expect((JSON.parse(await readFile(join(folder, 'me.json'), 'utf8')) as Profile).basics.name).to.equal('Grace Hopper');
  });

  it('writes to standard output with -o -, named "Your Name" when no name is given', async () => {
    const result = await run(['init', '-o', '-']);
    expect(result.code).to.equal(0);
    expect((JSON.parse(result.stdout) as Profile).basics.name).to.equal('Your Name');
  });
});
