/**
 * The in-page navigation's landing: the sticky nav never covers what it jumps to, and a jump lands exactly even when
 * rows above the target change height as they render (`content-visibility: auto`) while the page scrolls.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The custom property holding how much of the top of the viewport the sticky nav covers (0px when it is not sticky).
 * Sections, and the rows of the lists inside them, use it as their `scroll-margin-top`: it inherits into them.
 */
export const STICKY_OFFSET = '--_scholar-sticky-offset';

/** Frames a jump keeps watching its target at most (about 5 s at 60 Hz: a long smooth scroll and the rows' rendering). */
const MAX_FRAMES = 300;
/** Frames the target must stand still before a scroll counts as ended (and before a jump counts as landed). */
const STILL_FRAMES = 3;
const LANDED_FRAMES = 10;
/** Frames without movement after which a jump that never moved counts as ended (the target was there already). */
const NEVER_MOVED_FRAMES = 15;
/** How many pixels off its place the target may be. */
const TOLERANCE = 1;
/** What readers do to scroll themselves: a jump stops correcting then. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

export interface SectionJumpHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

export class SectionJumpController implements ReactiveController {
  readonly #host: SectionJumpHost;
  readonly #selectors: { page: string; nav: string };
  #observer: ResizeObserver | undefined;
  #nav: HTMLElement | null = null;
  #stop: (() => void) | undefined;

  constructor(host: SectionJumpHost, selectors: { page: string; nav: string }) {
    this.#host = host;
    this.#selectors = selectors;
    host.addController(this);
  }

  /**
   * After each render: watches the nav drawn now (it comes and goes with the sections and `hide-nav`). The observer
   * measures it once layout is done, so a render never forces a layout of its own.
   */
  hostUpdated(): void {
    const nav = this.#host.renderRoot.querySelector<HTMLElement>(this.#selectors.nav);
    if (nav === this.#nav) return;
    this.#observer?.disconnect();
    this.#nav = nav;
    if (nav && typeof ResizeObserver === 'function') {
      this.#observer ??= new ResizeObserver(() => this.#measure());
      this.#observer.observe(nav);
    } else {
      this.#measure();
    }
  }

  /** Back in a page: watches the nav again (hostUpdated does not run when nothing changed). */
  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#nav = null;
    this.#stop?.();
  }

  /** Scrolls `target` to the top of the viewport, under the sticky nav, and keeps it there while rows above settle. */
  jumpTo(target: HTMLElement): void {
    this.#stop?.();
    this.#measure();
    const before = target.getBoundingClientRect().top;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    this.#stop = this.#keepLanding(target, before);
  }

  /** Sets {@link STICKY_OFFSET} on the page: the nav's bottom edge while it sticks (its `top` plus its height). */
  #measure(): void {
    const page = this.#host.renderRoot.querySelector<HTMLElement>(this.#selectors.page);
    if (!page) return;
    const nav = this.#nav?.isConnected ? this.#nav : null;
    const style = nav && getComputedStyle(nav);
    const offset = style?.position === 'sticky' ? (parseFloat(style.top) || 0) + nav!.getBoundingClientRect().height : 0;
    page.style.setProperty(STICKY_OFFSET, `${Math.ceil(offset)}px`);
  }

  /**
   * Watches `target` frame by frame: once the scroll has ended, re-aligns it whenever it is off its place (rows above
   * it took their real height), until it has stood in place for a while, the frames run out or the reader scrolls.
   */
  #keepLanding(target: HTMLElement, before: number): () => void {
    let last = before;
    let moved = false;
    let still = 0;
    let frames = 0;
    let request = 0;
    const stop = () => {
      cancelAnimationFrame(request);
      for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
      if (this.#stop === stop) this.#stop = undefined;
    };
    const tick = () => {
      const top = target.getBoundingClientRect().top;
      const moving = Math.abs(top - last) > 0.5;
      moved ||= moving;
      still = moving ? 0 : still + 1;
      last = top;
      const ended = still >= STILL_FRAMES && (moved || still >= NEVER_MOVED_FRAMES);
      if (ended && this.#offPlace(target, top) && this.#realign(target, top)) {
        still = 0;
        last = target.getBoundingClientRect().top;
      }
      if ((ended && still >= LANDED_FRAMES) || ++frames >= MAX_FRAMES || !target.isConnected) return stop();
      request = requestAnimationFrame(tick);
    };
    for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
    request = requestAnimationFrame(tick);
    return stop;
  }

  /** Whether the target's top is off its place: the viewport's top plus its `scroll-margin-top`. */
  #offPlace(target: HTMLElement, top: number): boolean {
    return Math.abs(top - (parseFloat(getComputedStyle(target).scrollMarginTop) || 0)) > TOLERANCE;
  }

  /** Puts the target in its place at once; false when it could not move (end of the page, or already placed). */
  #realign(target: HTMLElement, top: number): boolean {
    target.scrollIntoView({ behavior: 'instant', block: 'start' });
    return Math.abs(target.getBoundingClientRect().top - top) > TOLERANCE;
  }
}
