/**
 * Builds the benchmark page (bench/index.html → bench/dist/, git-ignored): `<pub-list>` and `<timeline-view>` from
 * the source, built like the script-tag build (minified, Lit templates squeezed, production Lit), and citation-js
 * with plugin-bibtex and plugin-csl in a worker. bench/run.mjs runs this build, writes the generated data files into
 * bench/dist/data/, serves bench/dist and drives the page in Chromium.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compactSchemas, minifyLitTemplates } from '../scripts/vite-plugins.js';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [compactSchemas(), minifyLitTemplates()],
  worker: { format: 'es', plugins: () => [compactSchemas()] },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // citation-js with its CSL styles and locales is one large worker chunk; that is what it costs.
    chunkSizeWarningLimit: 5000,
  },
});
