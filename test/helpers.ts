/** Shared test vocabulary: wait for an element to settle, read its shadow DOM. */
import { waitUntil } from '@open-wc/testing';
import type { LoadState, ScholarElement } from '../src/internal/scholar-element.js';

/** Waits until the element's `state` attribute is `state` and it has rendered. */
export async function settled<T extends ScholarElement<unknown>>(element: T, state: LoadState = 'ready'): Promise<T> {
  await waitUntil(() => element.getAttribute('state') === state, `state never became "${state}" (is "${element.getAttribute('state')}")`, { timeout: 10000 });
  await element.updateComplete;
  return element;
}

/** The first element matching `selector` inside the element's shadow root. */
export function shadow<E extends Element = HTMLElement>(element: Element, selector: string): E | null {
  return element.shadowRoot!.querySelector<E>(selector);
}

export function shadowAll<E extends Element = HTMLElement>(element: Element, selector: string): E[] {
  return [...element.shadowRoot!.querySelectorAll<E>(selector)];
}

/** Visible text of the element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Replaces `window.fetch` for the test; `restore()` puts it back. Records every requested URL. */
export function interceptFetch(handler: (url: string, init?: RequestInit) => Promise<Response> | undefined) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    return handler(url, init) ?? original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}
