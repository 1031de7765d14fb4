/**
 * The packed package's elements rendered on a server with Lit SSR (@lit-labs/ssr, one of its dependencies), as a
 * site generator would: every entry of a list is in the HTML, though the browser builds some of them as DOM.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import { projectRoot } from './helpers.js';

/** Runs an ES module in the package's folder (so its imports resolve as an installed package's would); its stdout. */
async function runInPackage(source: string): Promise<string> {
  const packageDir = inject('packageDir');
  const file = join(packageDir, `server-render-${process.pid}-${Date.now()}.mjs`);
  await writeFile(file, source);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd: packageDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr}`))));
  });
}

describe('server rendering with Lit SSR', () => {
  it('writes every timeline entry, with its title, dates and name', async () => {
    const profile = join(projectRoot, 'demo/profiles/heyang-qin.json');
    const output = await runInPackage(`
      import { readFileSync } from 'node:fs';
      import { render } from '@lit-labs/ssr';
      import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
      import { html } from 'lit';
      await import('./dist/lib/components/timeline-view/timeline-view.js');
      const profile = JSON.parse(readFileSync(${JSON.stringify(profile)}, 'utf8'));
      process.stdout.write(await collectResult(render(html\`<timeline-view .profile=\${profile}></timeline-view>\`)));
    `);
    const items = output.match(/<li part="entry"/g) ?? [];
    expect(items.length).to.be.greaterThan(5);
    expect((output.match(/part="entry-title"/g) ?? []).length).to.equal(items.length);
    expect(output).to.match(/aria-label="Education: Bachelor, Aug 2013 – May 2017, University of Electronic Science and Technology of China"/);
  });

  it('writes a card whose data has a bad value, the value left out: the element loads the validator that words problems', async () => {
    const output = await runInPackage(`
      import { render } from '@lit-labs/ssr';
      import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
      import { html } from 'lit';
      await import('./dist/lib/components/researcher-card/researcher-card.js');
      const profile = { basics: { name: 'Ada Lovelace', label: 'Analyst', url: 'javascript:alert(1)' } };
      // The validator loads beside the element: a server renders requests after start-up; here, a few turns later.
      let written = '';
      for (let turn = 0; turn < 200 && !written.includes('Analyst'); turn++) {
        await new Promise((resolve) => setImmediate(resolve));
        written = await collectResult(render(html\`<researcher-card .profile=\${profile}></researcher-card>\`));
      }
      process.stdout.write(written);
    `);
    expect(output.includes('Ada Lovelace')).to.equal(true);
    expect(output.includes('Analyst')).to.equal(true);
    expect(output.includes('javascript:')).to.equal(false);
  });
});
