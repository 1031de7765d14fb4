/**
 * The packed script-tag build (dist/scholar-elements.js): an element's chunk is imported together with the chunks it
 * imports (scripts/vite-plugins.ts, importChunksTogether), so a page waits one round trip for an element, not a chain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject } from 'vitest';

/** The relative imports a module makes with `import` statements. */
const staticImports = (code: string) => [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`](\.[^"'`]+)["'`]/g)].map((match) => match[1]!);

describe('the script-tag build', () => {
  it("starts each element's chunk and every chunk it imports at once", () => {
    const dist = join(inject('packageDir'), 'dist');
    const entry = readFileSync(join(dist, 'scholar-elements.js'), 'utf8');
    for (const tag of ['researcher-card', 'pub-list', 'timeline-view', 'researcher-profile', 'lab-directory']) {
      const call = new RegExp(`"${tag}":\\(\\)=>Promise\\.all\\(\\[([^\\]]*)\\]\\)`).exec(entry);
      expect(!!call, `<${tag}> is imported with its chunks`).to.equal(true);
      const started = [...call![1]!.matchAll(/import\(`\.\/([^`]+)`\)/g)].map((match) => match[1]!);
      const element = started[0]!;
      expect(element.startsWith(`chunks/${tag}-`), element).to.equal(true);
      const needed = staticImports(readFileSync(join(dist, element), 'utf8')).map((path) => `chunks/${path.replace(/^\.\//, '')}`);
      expect(needed.length).to.be.greaterThan(0);
      for (const chunk of needed) expect(started.includes(chunk), `<${tag}> starts ${chunk}`).to.equal(true);
    }
  });
});
