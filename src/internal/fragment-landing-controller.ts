/**
 * Each top-level kit element keeps a fragment's target in place while it grows (fragment-landing.ts). That code is
 * loaded only on a page opened at a fragment, or once the page is sent to one: most pages never need it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { isNested } from './kit-element.js';

type Landing = typeof import('./fragment-landing.js');

/** The connected top-level elements, watched once the code is at hand. */
const hosts = new Set<Element>();
let landing: Promise<Landing> | undefined;
let waitingForFragment = false;

function load(): Promise<Landing> {
  return (landing ??= import('./fragment-landing.js').then((module) => {
    for (const host of hosts) module.watchLanding(host);
    return module;
  }));
}

function fragmentReached(): void {
  void load().then((module) => module.landingReachedNow());
}

/** For the browser only (the base element adds it there). */
export class FragmentLanding implements ReactiveController {
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'function' || isNested(this.#host)) return;
    hosts.add(this.#host);
    if (landing) void landing.then((module) => hosts.has(this.#host) && module.watchLanding(this.#host));
    else if (location.hash.length > 1) void load();
    else if (!waitingForFragment) {
      waitingForFragment = true;
      addEventListener('hashchange', fragmentReached, { once: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    void landing?.then((module) => module.unwatchLanding(this.#host));
  }
}
