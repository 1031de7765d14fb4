/**
 * Two library builds:
 * - default: `dist/scholar-elements.js`, one ES module for script tags, Lit bundled, heavy parts split into
 *   chunks that load on first need;
 * - `--mode npm`: `dist/lib/`, one module per source file for bundlers, every dependency left as a bare import
 *   (one copy of Lit in apps); `tsc -p tsconfig.build.json` writes the `.d.ts` files beside them.
 */
import { defineConfig, type Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from './package.json' with { type: 'json' };

const root = import.meta.dirname;

/** One npm entry per element, plus the all-in-one entry and the model. */
function npmEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    'scholar-elements': resolve(root, 'src/scholar-elements.ts'),
    'model/index': resolve(root, 'src/model/index.ts'),
  };
  for (const tag of readdirSync(resolve(root, 'src/components'))) {
    entries[`components/${tag}/${tag}`] = resolve(root, `src/components/${tag}/${tag}.ts`);
  }
  return entries;
}

/** Schemas ship to browsers without their prose: descriptions are for editors and docs, not for validating. */
function compactSchemas(): Plugin {
  const prose = new Set(['description', 'title', '$comment', 'examples']);
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      // Inside "properties" the keys are field names (a field may be called "title"), so only strip schema keywords.
      if (prose.has(key) && typeof value !== 'object') continue;
      kept[key] = strip(value);
    }
    return kept;
  };
  return {
    name: 'scholar-compact-schemas',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.schema\.json(\?.*)?$/.test(id)) return null;
      return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
    },
  };
}

const dependencies = Object.keys({ ...pkg.dependencies });
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig(({ mode }) => {
  if (mode === 'npm') {
    return {
      plugins: [compactSchemas()],
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        target: 'es2022',
        lib: { entry: npmEntries(), formats: ['es'] },
        rolldownOptions: {
          external: isDependency,
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    plugins: [compactSchemas()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: resolve(root, 'src/scholar-elements.ts'), formats: ['es'], fileName: () => 'scholar-elements.js' },
      rolldownOptions: {
        // Lib mode leaves ES output unminified (it keeps it tree-shakable for bundlers); this file is for browsers.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
