/**
 * Long lists (publications, timeline entries) render incrementally: the first block with the first update, the rest
 * step by step after it, each step in a task of its own that runs after a frame has been painted. So the first block
 * is painted alone (the first screen does not wait for the second block), thousands of items come in without a long
 * task, and the page stays responsive while they do. Server-side rendering has one pass only, so it renders them all.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface IncrementalRenderOptions {
  /** How many items the first update renders (about a screenful). */
  first: number;
  /** Fixed steps: how many items the next step adds, given how many are rendered. Used when `budget` is not set. */
  next?: (count: number) => number;
  /**
   * Time-budgeted steps: how long (ms) one step may take. Each step adds as many items as the measured cost per item
   * of the steps so far lets fit in the budget, so no step grows into a long task whatever the list's length.
   */
  budget?: number;
}

/** The fewest items a time-budgeted step adds, and how many times the last step's size the next may reach. */
const MIN_STEP = 8;
const MAX_GROWTH = 4;

/** Runs `callback` in a task of its own after the next frame has been painted (requestAnimationFrame, then a task); returns a canceller. */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    if (cancelled) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

/**
 * How many items of a long list are in the DOM so far: the first block at once, then one step per painted frame
 * after each update until all are in. The host renders items up to `count`.
 */
export class IncrementalRenderController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #total: () => number;
  readonly #first: number;
  readonly #next: ((count: number) => number) | undefined;
  readonly #budget: number | undefined;
  #count: number;
  #cancel: (() => void) | undefined;
  #updated = false;
  /** The step under way: when it started and how many items it adds (time-budgeted steps). */
  #step: { start: number; added: number } | undefined;
  /** The measured cost of one item (ms), and the size of the last step. */
  #perItem: number | undefined;
  #lastStep: number;

  /** `total` tells how many items there are now. */
  constructor(host: ReactiveControllerHost & HTMLElement, total: () => number, { first, next, budget }: IncrementalRenderOptions) {
    this.#host = host;
    this.#total = total;
    this.#first = isServer ? Number.POSITIVE_INFINITY : first;
    this.#next = next;
    this.#budget = budget;
    this.#count = this.#first;
    this.#lastStep = Math.max(MIN_STEP, first);
    host.addController(this);
  }

  /** How many items (in DOM order) are in the DOM so far. */
  get count(): number {
    return this.#count;
  }

  /** Starts over with the first block (the list changed). */
  reset(): void {
    this.#step = undefined;
    this.#setCount(this.#first);
  }

  /** Brings the first `count` items in with the next update (an item the keyboard moves to must be there). */
  reveal(count: number): void {
    this.#step = undefined;
    this.#setCount(Math.max(this.#count, count));
  }

  hostConnected(): void {
    if (this.#updated) this.#growLater();
  }

  hostUpdated(): void {
    this.#updated = true;
    if (this.#step) this.#measure(this.#step);
    this.#growLater();
  }

  hostDisconnected(): void {
    this.#cancel?.();
    this.#cancel = undefined;
    this.#step = undefined;
  }

  #setCount(count: number): void {
    if (count === this.#count) return;
    this.#count = count;
    this.#host.requestUpdate();
  }

  /** Learns the cost of one item from the step that just rendered (the update ran in the step's own task). */
  #measure(step: { start: number; added: number }): void {
    this.#step = undefined;
    if (step.added <= 0) return;
    const perItem = Math.max(0.001, (performance.now() - step.start) / step.added);
    // A running average that follows changes quickly (entries of different sizes, a busy machine).
    this.#perItem = this.#perItem === undefined ? perItem : (this.#perItem + perItem * 2) / 3;
  }

  /** How many items the next step adds. */
  #nextStep(): number {
    if (this.#budget === undefined) return Math.max(1, this.#next?.(this.#count) ?? this.#first);
    const fits = this.#perItem === undefined ? this.#lastStep : Math.floor(this.#budget / this.#perItem);
    const step = Math.max(MIN_STEP, Math.min(fits, this.#lastStep * MAX_GROWTH));
    this.#lastStep = step;
    return step;
  }

  /** Adds the next step after the next paint, while some items are not in the DOM yet. */
  #growLater(): void {
    if (this.#count >= this.#total() || this.#cancel !== undefined || !this.#host.isConnected) return;
    this.#cancel = afterNextPaint(() => {
      this.#cancel = undefined;
      if (this.#count >= this.#total() || !this.#host.isConnected) return;
      const added = Math.min(this.#nextStep(), this.#total() - this.#count);
      this.#step = { start: performance.now(), added };
      this.#setCount(this.#count + added);
    });
  }
}
