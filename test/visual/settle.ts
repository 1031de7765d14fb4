/**
 * Steadying a page before its screenshot: the same time, the same random numbers and no network beyond the local
 * servers (before it loads), then every element rendered and drawn whole (after it loads).
 */
import type { Page } from '@playwright/test';

/** The date every page sees: "Present" spans and "n years ago" read the same on every run. */
export const FIXED_TIME = new Date('2026-11-01T12:00:00Z');

/** Hosts the pages may load from: the local servers. Anything else (OpenAlex, ORCID, fonts, images) is refused. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Call before `page.goto`. Returns the addresses refused so far (for a test's message). */
export async function freeze(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.clock.setFixedTime(FIXED_TIME);
  await page.addInitScript(() => {
    // A fixed sequence instead of Math.random (a linear congruential generator; the numbers only need to repeat).
    let seed = 20261101;
    Math.random = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    refused.push(url.href);
    return route.abort('blockedbyclient');
  });
  return refused;
}

/** What `settle` found still unfinished, if anything (run in the page). */
interface Unsettled {
  loading: string[];
}

/**
 * In the page: waits until every custom element (in the document and every open shadow root) is defined and has
 * finished its updates, none is loading, and two checks in a row see the same page; on the way, draws what the browser would skip
 * off screen — `content-visibility: auto` becomes `visible`, `hidden="until-found"` is opened — so that a full-page
 * shot shows every row. Resolves with what was still loading when `timeout` ran out (nothing when settled).
 */
function settleInPage(timeout: number): Promise<Unsettled> {
  const all = (root: Document | ShadowRoot): Element[] =>
    [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element, ...all(element.shadowRoot)] : [element]));
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const deadline = performance.now() + timeout;

  return (async () => {
    await document.fonts.ready;
    let previous = '';
    let loading: string[] = [];
    while (performance.now() < deadline) {
      const elements = all(document);
      const hosts = elements.filter((element) => element.localName.includes('-') && 'updateComplete' in element) as Array<Element & { updateComplete: Promise<unknown> }>;
      await Promise.all(hosts.map((host) => host.updateComplete));
      // Not yet defined (its script still loading, or missing), or defined and still loading its data.
      loading = [
        ...elements.filter((element) => element.matches(':not(:defined)')).map((element) => `<${element.localName}> (not defined)`),
        ...hosts.filter((host) => host.getAttribute('state') === 'loading' || host.shadowRoot?.querySelector('[part~="loading"]')).map((host) => `<${host.localName}>`),
      ];
      let opened = 0;
      for (const element of elements) {
        if (element.getAttribute('hidden') === 'until-found') {
          element.removeAttribute('hidden');
          opened++;
        }
        if (element instanceof HTMLElement && getComputedStyle(element).contentVisibility === 'auto') {
          element.style.setProperty('content-visibility', 'visible');
          opened++;
        }
      }
      await frame();
      await frame();
      const now = `${elements.length} ${document.documentElement.scrollHeight} ${document.documentElement.scrollWidth}`;
      if (!loading.length && !opened && now === previous) return { loading: [] };
      previous = opened ? '' : now;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { loading };
  })();
}

/** Waits in the page (see settleInPage); throws with what did not settle. */
async function settleOnce(page: Page, timeout: number): Promise<void> {
  const { loading } = await page.evaluate(settleInPage, timeout);
  if (loading.length) throw new Error(`still loading after ${timeout} ms: ${loading.join(', ')}`);
}

/**
 * Call after `page.goto`: waits for the page to settle, then makes the viewport as tall as the page and waits again,
 * until the page is as tall as the viewport. With the whole page on screen, what the elements leave undrawn out of
 * view (rows under `content-visibility: auto`, timeline lanes far from the screen) is drawn as a reader scrolling
 * down would see it, and stays drawn while the shot is taken. (Nothing the pages show depends on the viewport's
 * height once loaded: `100vh` is only a loading placeholder's height.)
 */
export async function settle(page: Page, timeout = 20_000): Promise<void> {
  await settleOnce(page, timeout);
  const { width, height: screenHeight } = page.viewportSize()!;
  for (let round = 0; round < 5; round++) {
    const height = Math.max(screenHeight, await page.evaluate(() => document.documentElement.scrollHeight));
    if (height === page.viewportSize()!.height) return;
    await page.setViewportSize({ width, height });
    await settleOnce(page, timeout);
  }
  throw new Error('the page kept changing its height as the viewport grew to it');
}
