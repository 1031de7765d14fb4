/**
 * The script-tag build's entry (`dist/scholar-elements.js`). Each element lives in its own chunk and is registered
 * the first time its tag appears on the page, so a page downloads only the elements it uses: a page of cards never
 * downloads the publication list. Tags added later (by scripts, frameworks or `innerHTML`) are noticed too, and
 * `customElements.whenDefined(tag)` resolves as usual once an element has loaded.
 */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'researcher-card': () => import('./components/researcher-card/researcher-card.js'),
  'pub-list': () => import('./components/pub-list/pub-list.js'),
  'timeline-view': () => import('./components/timeline-view/timeline-view.js'),
  'profile-section': () => import('./components/profile-section/profile-section.js'),
  'researcher-profile': () => import('./components/researcher-profile/researcher-profile.js'),
  'lab-directory': () => import('./components/lab-directory/lab-directory.js'),
};

const loading = new Map<string, Promise<unknown>>();

/** Loads and registers one element now (e.g. before creating it inside a shadow root the page cannot see). */
export function loadElement(tag: string): Promise<unknown> {
  const load = ELEMENTS[tag];
  if (!load) return Promise.reject(new Error(`scholar-elements has no element <${tag}>.`));
  let pending = loading.get(tag);
  if (!pending) {
    pending = load();
    loading.set(tag, pending);
  }
  return pending;
}

/** Loads and registers every element. */
export function loadAll(): Promise<unknown[]> {
  return Promise.all(Object.keys(ELEMENTS).map(loadElement));
}

function scan(root: Element | Document): void {
  for (const tag of Object.keys(ELEMENTS)) {
    if (loading.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) void loadElement(tag);
  }
}

// Loading the script twice must not observe twice.
const flag = Symbol.for('scholar-elements.autoload');
const registry = globalThis as typeof globalThis & { [flag]?: boolean };
if (!registry[flag]) {
  registry[flag] = true;
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document, { childList: true, subtree: true });
}
