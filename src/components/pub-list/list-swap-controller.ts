/**
 * A list drawn anew (other entries, another order or grouping) replaces the one drawn before at the cost of what it
 * shows, not of what it replaces. Taking thousands of entries out of the DOM at once is a long task in itself, so
 * the old list is not removed with the change: it stays where it was, skipped by the browser (`.list.leaving`:
 * `content-visibility: hidden`, no height, hidden from assistive technology) and out of Lit's hands, and is taken
 * down piece by piece in short tasks after the new list's first screen has been painted. A short list (what one task
 * removes easily) is removed with the change, as usual.
 */
import { html, noChange, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { afterNextPaint } from '../../internal/controllers/incremental-render-controller.js';

/**
 * Takes rows of a leaving list out of the DOM until `deadline`, the last first; whether none is left. Rows, not their
 * chunks: taking out a chunk the browser skips (`content-visibility: auto`) makes it walk the whole document at the
 * next frame (tens of ms beside a list of 10,000 entries, in every frame of the take-down), while rows leave a skipped
 * chunk at next to no cost. The emptied chunks and groups leave with the list's container, in one step.
 */
function takeDown(container: Element, deadline: number): boolean {
  // A list is groups (sections) of a heading and the entries: chunks of rows.
  for (let group = container.lastElementChild; group; group = group.previousElementSibling) {
    for (let chunk = group.lastElementChild?.lastElementChild; chunk; chunk = chunk.previousElementSibling) {
      for (let row = chunk.lastElementChild; row; row = chunk.lastElementChild) {
        if (performance.now() >= deadline) return false;
        row.remove();
      }
    }
  }
  return true;
}
export class ListSwapController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** How long (ms) one task taking down old lists may take. */
  readonly #budget: number;
  /** The list drawn now (its key), the one last drawn, and the ones being taken down. */
  #version = 0;
  #drawn: number | undefined;
  #leaving: number[] = [];
  #cancel: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, { budget }: { budget: number }) {
    this.#host = host;
    this.#budget = budget;
    host.addController(this);
  }

  /**
   * The list is drawn anew with the next render; the one drawn so far leaves: with that render when `slowly` is
   * false (a short list), else piece by piece after it.
   */
  swap(slowly: boolean): void {
    if (slowly && this.#drawn === this.#version) this.#leaving.push(this.#version);
    this.#version++;
    this.#host.requestUpdate();
  }

  /** The lists: the ones leaving (left as they are), then `content` as the list drawn now. */
  render(content: unknown): TemplateResult {
    const current = this.#version;
    this.#drawn = current;
    return html`<div class="lists">${repeat(
      [...this.#leaving, current],
      (version) => version,
      (version) =>
        html`<div class=${version === current ? 'list' : 'list leaving'} aria-hidden=${ifDefined(version === current ? undefined : 'true')}>${version === current ? content : noChange}</div>`,
    )}</div>`;
  }

  hostUpdated(): void {
    this.#takeDownLater();
  }

  hostConnected(): void {
    this.#takeDownLater();
  }

  hostDisconnected(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  /** After the next paint, takes down what it can of the leaving lists in one short task, and goes on after the next. */
  #takeDownLater(): void {
    if (!this.#leaving.length || this.#cancel || !this.#host.isConnected) return;
    this.#cancel = afterNextPaint(() => {
      this.#cancel = undefined;
      const deadline = performance.now() + this.#budget;
      const lists = this.#host.renderRoot.querySelector('.lists');
      const leaving = lists ? [...lists.children].filter((list) => list.classList.contains('leaving')) : [];
      if (leaving.every((list) => takeDown(list, deadline))) {
        // No leaving list has rows left: Lit drops their containers with the next render.
        this.#leaving = [];
        this.#host.requestUpdate();
      } else this.#takeDownLater();
    });
  }
}
