/**
 * Two library builds:
 * - default: `dist/scholar-elements.js`, one ES module for script tags (src/bundle.ts): it registers each element
 *   when its tag first appears, from a chunk beside it; Lit is bundled, nothing is fetched from elsewhere, and heavy
 *   parts (citation-js, math, the BibTeX worker) are further chunks loaded on first need;
 * - `--mode npm`: `dist/lib/`, one module per source file for bundlers, every dependency left as a bare import
 *   (one copy of Lit in apps); `tsc -p tsconfig.build.json` writes the `.d.ts` files beside them.
 */
import { defineConfig } from 'vite';
import { compactSchemas, importChunksTogether, minifyLitTemplates, slimSchemaFormats } from './scripts/vite-plugins.js';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from './package.json' with { type: 'json' };

const root = import.meta.dirname;

/** One npm entry per element, plus the all-in-one entry and the model. */
function npmEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    'scholar-elements': resolve(root, 'src/scholar-elements.ts'),
    'model/index': resolve(root, 'src/model/index.ts'),
    'react/index': resolve(root, 'src/react/index.ts'),
    // The `scholar-elements` command (bin/scholar-elements.mjs): Node only, never imported by the elements.
    'cli/main': resolve(root, 'src/cli/main.ts'),
  };
  for (const tag of readdirSync(resolve(root, 'src/components'))) {
    entries[`components/${tag}/${tag}`] = resolve(root, `src/components/${tag}/${tag}.ts`);
  }
  return entries;
}

// Dependencies and peer dependencies (React, for the wrappers) stay imports, so apps keep one copy of each.
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
// Node's built-ins (`node:*`, imported only by the command in src/cli/) stay imports too.
const isDependency = (id: string) => id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));

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
          checks: { bundlerTimings: false },
          external: isDependency,
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    plugins: [
      compactSchemas(),
      minifyLitTemplates(),
      slimSchemaFormats(resolve(root, 'src/internal/json-schema-formats.ts')),
      importChunksTogether(readdirSync(resolve(root, 'src/components'))),
    ],
    // Chunks and the BibTeX worker are found relative to the script, wherever a site serves dist/.
    base: './',
    worker: {
      format: 'es',
      plugins: () => [compactSchemas()],
      rolldownOptions: { output: { entryFileNames: 'chunks/[name]-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: resolve(root, 'src/bundle.ts'), formats: ['es'], fileName: () => 'scholar-elements.js' },
      rolldownOptions: {
        // On a busy machine Rolldown warns that plugins took long: timing, not a problem with the build.
        checks: { bundlerTimings: false },
        // Lib mode leaves ES output unminified (it keeps it tree-shakable for bundlers); this file is for browsers.
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          // Every element needs the base element and what it imports (Lit, loading, checking, dates, links): one chunk
          // rather than a dozen small ones that lazy chunks share with it — fewer requests, better compression.
          codeSplitting: { groups: [{ name: 'scholar-element', test: /[\\/]src[\\/]internal[\\/]scholar-element\.ts$/ }] },
        },
      },
    },
  };
});
