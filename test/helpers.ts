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

const servedUrls: string[] = [];

/** A same-origin URL serving `text` with the content type `type`, until {@link forgetServed}. */
export function served(text: string, type: string): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  servedUrls.push(url);
  return url;
}

/** Releases every URL made by {@link served}. */
export function forgetServed(): void {
  for (const url of servedUrls.splice(0)) URL.revokeObjectURL(url);
}

/** Collects unhandled rejections and uncaught errors while a test runs. */
export function watchUncaught(): { messages: string[]; stop(): void } {
  const messages: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => messages.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);
  const onError = (event: ErrorEvent) => messages.push(`uncaught error: ${String(event.error?.stack ?? event.message)}`);
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  return {
    messages,
    stop() {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    },
  };
}

/**
 * What `console.warn` was given while `run` ran, one line per call (arguments joined by spaces); they are not
 * printed. Returns them with whatever `run` returned.
 */
export async function withConsoleWarnings<T>(run: () => Promise<T>): Promise<{ warnings: string[]; result: T }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { warnings, result: await run() };
  } finally {
    console.warn = original;
  }
}

/** What `console.warn` was given while `run` ran (see `withConsoleWarnings`). */
export async function consoleWarnings(run: () => Promise<unknown>): Promise<string[]> {
  return (await withConsoleWarnings(run)).warnings;
}
