/**
 * The model (src/model/) is pure TypeScript that runs in Node: it may import its own files, the JSON schemas and
 * packages, never the elements, events or internals built on top of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modelDir = join(root, 'src/model');
const allowed = [modelDir, join(root, 'schema')];

/** Every relative module specifier in `source` (imports, re-exports, dynamic imports), with its line. */
export function relativeSpecifiers(source: string): Array<{ specifier: string; line: number }> {
  const found: Array<{ specifier: string; line: number }> = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
  for (const match of source.matchAll(pattern)) {
    found.push({ specifier: match[2]!, line: source.slice(0, match.index).split('\n').length });
  }
  return found;
}

function modelFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modelFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('model layering', () => {
  it('finds the relative specifiers of static, re-exported and dynamic imports', () => {
    const source = "import a from './a.js';\nexport { b } from '../b.js';\nconst c = await import('./c.js');\nimport 'lodash';";
    expect(relativeSpecifiers(source)).to.deep.equal([
      { specifier: './a.js', line: 1 },
      { specifier: '../b.js', line: 2 },
      { specifier: './c.js', line: 3 },
    ]);
  });

  it('imports nothing from outside src/model except the schemas', () => {
    const outside: string[] = [];
    for (const file of modelFiles(modelDir)) {
      for (const { specifier, line } of relativeSpecifiers(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), specifier);
        if (!allowed.some((dir) => target.startsWith(`${dir}/`))) outside.push(`${relative(root, file)}:${line}: ${specifier}`);
      }
    }
    expect(outside).to.deep.equal([]);
  });
});
