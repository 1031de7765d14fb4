/** Every command's help, and the exit code of a wrong command line (2). */
import { expect } from 'vitest';
import { run } from './helpers.js';

describe('scholar-elements --help', () => {
  it('lists the commands on --help, exit 0, and on no arguments, exit 2', async () => {
    const help = await run(['--help']);
    expect(help.code).to.equal(0);
    for (const command of ['validate', 'import', 'init', 'prerender']) expect(help.stdout).to.match(new RegExp(`^  ${command} `, 'm'));
    const bare = await run([]);
    expect(bare.code).to.equal(2);
    expect(bare.stderr).to.include('Usage: scholar-elements <command>');
  });

  for (const [command, words] of [
    ['validate', ['Usage: scholar-elements validate <file…>', '--json', 'file:line:column']],
    [
      'import',
      ['Usage: scholar-elements import <file|-…>', '--merge <file>', '--orcid <iD>', '--openalex <id>', '--mailto', 'SCHOLAR_ELEMENTS_OPENALEX_URL', 'SCHOLAR_ELEMENTS_ORCID_URL'],
    ],
    ['init', ['Usage: scholar-elements init [name]', '--force', '--out']],
    ['prerender', ['Usage: scholar-elements prerender <file>', '--name', '--base-url', 'BibTeX']],
  ] as const) {
    it(`${command} --help explains the command and exits 0`, async () => {
      for (const flag of ['--help', '-h']) {
        const result = await run([command, flag]);
        expect(result.code).to.equal(0);
        expect(result.stderr).to.equal('');
        for (const word of words) expect(result.stdout).to.include(word);
        expect(result.stdout).to.include('Exit codes');
      }
      expect((await run(['help', command])).stdout).to.include(words[0]);
    });
  }

  it('exits 2 with the usage for an unknown command, an unknown option or a missing argument', async () => {
    const unknown = await run(['publish']);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.include('unknown command "publish"');

    const option = await run(['validate', '--colour', 'red', 'a.json']);
    expect(option.code).to.equal(2);
    expect(option.stderr).to.include("Unknown option '--colour'");
    expect(option.stderr).to.include('Usage: scholar-elements validate');

    const nothing = await run(['import']);
    expect(nothing.code).to.equal(2);
    expect(nothing.stderr).to.include('nothing to import');

    const badOrcid = await run(['import', '--orcid', '0000-0002-1825-0098']);
    expect(badOrcid.code).to.equal(2);
    expect(badOrcid.stderr).to.include('--orcid: "0000-0002-1825-0098" is not an ORCID iD');

    const names = await run(['init', 'Ada', 'Lovelace']);
    expect(names.code).to.equal(2);
    expect(names.stderr).to.include('at most one name');

    const noFile = await run(['prerender']);
    expect(noFile.code).to.equal(2);
    expect(noFile.stderr).to.include('no file given');
  });
});
