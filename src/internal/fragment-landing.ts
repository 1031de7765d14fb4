/**
 * A page opened at a fragment (`lab.html#pages`), or sent to one by a link, keeps that fragment's target at the top
 * while the kit's elements above it grow as their data arrives and renders: each time one of them changes size, the
 * target is put back in its place. Only until the reader scrolls, taps, clicks or types (or a while has passed):
 * from then on the page is theirs. Loaded only on a page that has or gets a fragment (fragment-landing-controller.ts).
 */

/** What readers do to move about the page themselves: the landing stops then. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** How long after the fragment was reached its target is kept in place, in ms. */
const KEEP_MS = 10_000;

/** When the fragment was reached (`performance.now()`; the page's own is reached at 0), or -Infinity once stopped. */
let reached = 0;
let observer: ResizeObserver | undefined;

/** The fragment's target in the page, while its landing is kept. */
function landingTarget(): HTMLElement | null {
  if (performance.now() - reached > KEEP_MS || location.hash.length < 2) return null;
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Not percent-encoded text: the id as written.
  }
  return document.getElementById(id);
}

/** Puts the target back in its place when an element above it changed size. */
function keepLanding(entries: ResizeObserverEntry[]): void {
  const target = landingTarget();
  if (!target) return;
  const above = entries.some(({ target: element }) => element.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING && !element.contains(target));
  if (above) target.scrollIntoView({ block: 'start', behavior: 'instant' });
}

function watchReaders(): ResizeObserver {
  const stop = () => (reached = -Infinity);
  for (const type of READER_INPUT) addEventListener(type, stop, { capture: true, passive: true });
  // A link followed within the page (clicked, so stopped just before): its target is kept in place from now on.
  addEventListener('hashchange', () => (reached = performance.now()));
  return new ResizeObserver(keepLanding);
}

/** Keeps `element`'s changes of size from moving the fragment's target (see fragment-landing-controller.ts). */
export function watchLanding(element: Element): void {
  if (typeof ResizeObserver !== 'function') return;
  observer ??= watchReaders();
  observer.observe(element);
}

export function unwatchLanding(element: Element): void {
  observer?.unobserve(element);
}

/** The page was just sent to a fragment (this code loaded on its `hashchange`): its target is kept from now on. */
export function landingReachedNow(): void {
  reached = performance.now();
}
