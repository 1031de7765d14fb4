/**
 * citation-js in a worker, for the benchmark: its own HTML bibliography of a .bib file (`new Cite(text, {
 * generateGraph: false }).format('bibliography', { format: 'html', template: 'apa' })`, with plugin-bibtex reading
 * the file). Reading and formatting thousands of entries takes seconds to minutes; in a worker the page can stop it at
 * the time cap (`worker.terminate()`) instead of hanging. The page inserts the HTML it returns.
 *
 * Messages: `{ type: 'load' }` → `{ type: 'ready' }` (after a small warm-up, so the plugins, the style and the locale
 * are loaded before timing); `{ type: 'format', text }` → `{ type: 'done', html, ms }` or `{ type: 'failed', message }`.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

const options = { format: 'html', template: 'apa' };
const WARM_UP = '@article{warm, title = {Warm-up}, author = {Silva, Ana and Chen, Wei}, journal = {Journal}, year = {2020}}';

/** citation-js's typings mark every input option as required; only this one is meant. */
const cite = (data: unknown) => new Cite(data, { generateGraph: false } as ConstructorParameters<typeof Cite>[1]);

self.addEventListener('message', (event: MessageEvent<{ type: 'load' } | { type: 'format'; text: string }>) => {
  try {
    if (event.data.type === 'load') {
      cite(WARM_UP).format('bibliography', options);
      self.postMessage({ type: 'ready' });
    } else {
      const start = performance.now();
      const html = cite(event.data.text).format('bibliography', options) as string;
      self.postMessage({ type: 'done', html, ms: performance.now() - start });
    }
  } catch (error) {
    self.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
