import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Follows the host's own width (not the window's) and font size, for layouts that depend on them: a
 * `ResizeObserver` on the host, applied in the next frame. The host updates when the width changes.
 */
export class ElementSizeController implements ReactiveController {
  /** The host's content width in CSS pixels; 0 until measured. */
  width = 0;
  /** The host's font size in pixels, read with its width. */
  fontSize = 16;

  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;
  #frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((records) => {
      const record = records[records.length - 1];
      if (!record) return;
      const width = record.contentBoxSize?.[0]?.inlineSize ?? record.contentRect.width;
      // Only a change of width matters (heights change with the layout). Applied in the next frame: a render inside
      // the observer's callback would resize the element again before the frame ends (a "ResizeObserver loop").
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.#readFontSize();
        if (Math.abs(width - this.width) >= 0.5) {
          this.width = width;
          this.#host.requestUpdate();
        }
      });
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  /**
   * Reads the width now, before the observer reports it, when it has not been measured yet: the first render with
   * data then lays out once, not twice (as a list, then on the axis). Call it before the update renders.
   */
  measureOnce(): void {
    if (this.width !== 0 || isServer || !this.#host.isConnected || typeof this.#host.getBoundingClientRect !== 'function') return;
    this.width = this.#host.getBoundingClientRect().width;
    this.#readFontSize();
  }

  #readFontSize(): void {
    this.fontSize = parseFloat(getComputedStyle(this.#host).fontSize) || 16;
  }
}
