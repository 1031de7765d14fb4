/**
 * The benchmark page (built by bench/vite.config.ts, driven by bench/run.mjs through `window.bench`). Every
 * measurement renders the same generated CSL-JSON items into #stage and reports milliseconds, from the moment the
 * data is handed over to the moment the result has been painted: a requestAnimationFrame, then a task queued from
 * it, which runs after that frame's style, layout and paint.
 */
import '../src/components/pub-list/pub-list.js';
import type { PubList } from '../src/components/pub-list/pub-list.component.js';
import type { CslName, Publication } from '../src/model/types.js';
import { generateItems } from './data.js';

declare global {
  interface Window {
    bench: typeof bench;
    gc?: () => void;
  }
}

const stage = document.getElementById('stage')!;
let items: Publication[] = [];

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once the next frame has been rendered (style, layout and paint included). */
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/** A clean start for each measurement: nothing on the stage, garbage collected (Chromium runs with --expose-gc). */
async function reset(): Promise<void> {
  stage.replaceChildren();
  window.gc?.();
  await afterPaint();
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const personName = (name: CslName) => name.literal ?? [name.given, name['non-dropping-particle'], name.family].filter(Boolean).join(' ');

/** The character typed for the filter keystroke: the start of "quantization", which about 40% of the entries match. */
const KEYSTROKE = 'q';

export interface PubListTiming {
  /** Setting `items` → the first block of entries in the DOM (the `scholar-load` event). */
  firstDom: number;
  /** … and painted. */
  firstPaint: number;
  /** Setting `items` → every entry in the DOM. */
  fullDom: number;
  /** … and painted. */
  fullPaint: number;
  /** One character typed in the search box (an `input` event) → the updated list painted. */
  filter: number;
  /** The character typed, and the entries shown before and after it. */
  typed: string;
  shown: number;
  matches: number;
}

export interface CitationTiming {
  /** The `format` request → the HTML inserted and painted; undefined when capped. */
  ms?: number;
  /** Time citation-js spent formatting, inside the worker. */
  formatMs?: number;
  capped?: boolean;
}

function waitFor<T>(worker: Worker, type: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ type: string; message?: string }>) => {
      if (event.data.type === type) resolve(event.data as T);
      else if (event.data.type === 'failed') reject(new Error(`citation-js: ${event.data.message}`));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (event) => reject(new Error(`citation-js worker: ${event.message || 'failed to start'}`)), { once: true });
  });
}

const bench = {
  /** Generates the items for this size (not timed). */
  prepare(count: number): { count: number } {
    items = generateItems(count);
    return { count: items.length };
  },

  /** `<pub-list>` with default attributes (controls, chart, grouped by year), data through the `items` property. */
  async pubList(): Promise<PubListTiming> {
    await reset();
    const element = document.createElement('pub-list') as PubList;
    stage.append(element);
    await element.updateComplete;
    const data = structuredClone(items);
    await afterPaint();
    const loaded = new Promise<void>((resolve, reject) => {
      element.addEventListener('scholar-load', () => resolve(), { once: true });
      element.addEventListener('scholar-error', (event) => reject(new Error((event as CustomEvent<{ message: string }>).detail.message)), { once: true });
    });

    const start = performance.now();
    element.items = data;
    await loaded;
    const firstDom = performance.now() - start;
    await afterPaint();
    const firstPaint = performance.now() - start;
    const root = element.shadowRoot!;
    const shown = element.publications.length;
    const count = () => root.querySelectorAll('li.publication').length;
    for (let frames = 0; count() < shown; frames++) {
      if (frames > 5000) throw new Error(`only ${count()} of ${shown} entries after 5000 frames`);
      await nextFrame();
      await element.updateComplete;
    }
    const fullDom = performance.now() - start;
    await afterPaint();
    const fullPaint = performance.now() - start;

    const search = root.querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) throw new Error('no search box');
    window.gc?.();
    await afterPaint();
    const keyDown = performance.now();
    search.value = KEYSTROKE;
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: KEYSTROKE, inputType: 'insertText' }));
    await element.updateComplete;
    await afterPaint();
    const filter = performance.now() - keyDown;
    return { firstDom, firstPaint, fullDom, fullPaint, filter, typed: KEYSTROKE, shown, matches: element.publications.length };
  },

  /** The baseline: one string of `<li>` (title, authors, venue and year), set as innerHTML. */
  async innerHtml(): Promise<number> {
    await reset();
    const start = performance.now();
    let html = '<ol>';
    for (const item of items) {
      const year = item.issued?.['date-parts']?.[0]?.[0] ?? '';
      html += `<li><strong>${escape(item.title)}</strong><br>${escape((item.author ?? []).map(personName).join(', '))}<br><em>${escape(item['container-title'] ?? '')}</em>, ${year}</li>`;
    }
    stage.innerHTML = `${html}</ol>`;
    await afterPaint();
    return performance.now() - start;
  },

  /**
   * citation-js's HTML bibliography (APA), formatted in a fresh worker (so it can be stopped at `capMs`) and inserted
   * into the page. The worker loads and warms up before the clock starts.
   */
  async citation(capMs: number): Promise<CitationTiming> {
    await reset();
    const worker = new Worker(new URL('./citation-worker.ts', import.meta.url), { type: 'module', name: 'citation-js' });
    try {
      const ready = waitFor(worker, 'ready');
      worker.postMessage({ type: 'load', items });
      await ready;
      window.gc?.();
      await afterPaint();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const capped = new Promise<'capped'>((resolve) => (timer = setTimeout(() => resolve('capped'), capMs)));
      const done = waitFor<{ html: string; ms: number }>(worker, 'done');
      const start = performance.now();
      worker.postMessage({ type: 'format' });
      const result = await Promise.race([done, capped]);
      clearTimeout(timer);
      if (result === 'capped') return { capped: true };
      stage.innerHTML = result.html;
      await afterPaint();
      return { ms: performance.now() - start, formatMs: result.ms };
    } finally {
      worker.terminate();
    }
  },

  async clear(): Promise<void> {
    await reset();
  },
};

window.bench = bench;
