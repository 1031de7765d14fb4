/**
 * citation-js in a worker, for the benchmark: its own HTML bibliography (`new Cite(items, { generateGraph: false })
 * .format('bibliography', { format: 'html', template: 'apa' })`). Formatting thousands of entries takes seconds to
 * minutes; in a worker the page can stop it at the time cap (`worker.terminate()`) instead of hanging. The page
 * inserts the HTML it returns.
 *
 * Messages: `{ type: 'load', items }` → `{ type: 'ready' }` (after a small warm-up format, so the style and locale
 * are parsed before timing); `{ type: 'format' }` → `{ type: 'done', html, ms }` or `{ type: 'failed', message }`.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';

const options = { format: 'html', template: 'apa' };
let items: unknown[] = [];

/** citation-js's typings mark every input option as required; only this one is meant. */
const cite = (data: unknown) => new Cite(data, { generateGraph: false } as ConstructorParameters<typeof Cite>[1]);

self.addEventListener('message', (event: MessageEvent<{ type: 'load'; items: unknown[] } | { type: 'format' }>) => {
  try {
    if (event.data.type === 'load') {
      items = event.data.items;
      cite(items.slice(0, 3)).format('bibliography', options);
      self.postMessage({ type: 'ready' });
    } else {
      const start = performance.now();
      const html = cite(items).format('bibliography', options) as string;
      self.postMessage({ type: 'done', html, ms: performance.now() - start });
    }
  } catch (error) {
    self.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
