import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Entries rendered at first; the rest follow in blocks of at most {@link MAX_BLOCK}, one block per frame, so that a
 * timeline of thousands of entries shows at once and the page stays responsive while the rest is added. On the
 * server, all.
 */
const FIRST_BLOCK = isServer ? Number.POSITIVE_INFINITY : 300;
const MAX_BLOCK = 4000;

/**
 * How many items of a long list are in the DOM so far: the first block at once, then a growing block per frame
 * after each update until all are in. The host renders items up to `count`.
 */
export class IncrementalRenderController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #total: () => number;
  #count = FIRST_BLOCK;
  #frame: number | undefined;
  #updated = false;

  /** `total` tells how many items there are now. */
  constructor(host: ReactiveControllerHost & HTMLElement, total: () => number) {
    this.#host = host;
    this.#total = total;
    host.addController(this);
  }

  /** How many items (in DOM order) are in the DOM so far. */
  get count(): number {
    return this.#count;
  }

  /** Starts over with the first block (the list changed). */
  reset(): void {
    this.#setCount(FIRST_BLOCK);
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
      this.#setCount(this.#count + Math.min(MAX_BLOCK, this.#count));
    });
  }
}
