/**
 * Long lists (publications, timeline entries) render incrementally: the first block before the first paint, the
 * rest one block per frame after it, so thousands of items show at once and the page stays responsive while the
 * rest is added. Server-side rendering has one pass only, so it renders them all.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface IncrementalRenderOptions {
  /** How many items are rendered before the first paint. */
  first: number;
  /** How many items the next frame adds, given how many are rendered. */
  next: (count: number) => number;
}

/**
 * How many items of a long list are in the DOM so far: the first block at once, then one block per frame after
 * each update until all are in. The host renders items up to `count`.
 */
export class IncrementalRenderController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #total: () => number;
  readonly #first: number;
  readonly #next: (count: number) => number;
  #count: number;
  #frame: number | undefined;
  #updated = false;

  /** `total` tells how many items there are now. */
  constructor(host: ReactiveControllerHost & HTMLElement, total: () => number, { first, next }: IncrementalRenderOptions) {
    this.#host = host;
    this.#total = total;
    this.#first = isServer ? Number.POSITIVE_INFINITY : first;
    this.#next = next;
    this.#count = this.#first;
    host.addController(this);
  }

  /** How many items (in DOM order) are in the DOM so far. */
  get count(): number {
    return this.#count;
  }

  /** Starts over with the first block (the list changed). */
  reset(): void {
    this.#setCount(this.#first);
  }

  /** Brings the first `count` items in with the next update (an item the keyboard moves to must be there). */
  reveal(count: number): void {
    this.#setCount(Math.max(this.#count, count));
  }

  hostConnected(): void {
    if (this.#updated) this.#growLater();
  }

  hostUpdated(): void {
    this.#updated = true;
    this.#growLater();
  }

  hostDisconnected(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  #setCount(count: number): void {
    if (count === this.#count) return;
    this.#count = count;
    this.#host.requestUpdate();
  }

  /** Adds the next block in the next frame, while some items are not in the DOM yet. */
  #growLater(): void {
    if (this.#count >= this.#total() || this.#frame !== undefined || !this.#host.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#setCount(this.#count + this.#next(this.#count));
    });
  }
}
