/**
 * Math in titles ("R$^3$-SQL"): support loads only for data whose titles have math — the parser at the first "$",
 * the renderer only for TeX too complex to draw as text. Until then titles show as written.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MathPart } from '../../model/math.js';
import type { PubEntry } from '../../model/publications.js';

/** The title parser the math module gives (server rendering hands it over up front). */
export interface MathSupport {
  parseTitle(title: string): MathPart[];
  needsMathRenderer(title: string): boolean;
}

/** Loads math support when the entries' titles need it, and asks the element to render again. */
export class MathController implements ReactiveController {
  /** The parser, once loaded (or given). */
  support: MathSupport | undefined;
  /** The renderer for complex TeX, once loaded. */
  renderTex: ((tex: string) => DocumentFragment) | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #entries: () => readonly PubEntry[];
  #seen: readonly PubEntry[] | undefined;

  constructor(host: ReactiveControllerHost, entries: () => readonly PubEntry[]) {
    this.#host = host;
    this.#entries = entries;
    host.addController(this);
  }

  hostUpdate(): void {
    const entries = this.#entries();
    if (entries === this.#seen) return;
    this.#seen = entries;
    void this.#load(entries);
  }

  async #load(entries: readonly PubEntry[]): Promise<void> {
    const withMath = entries.filter((entry) => entry.title.includes('$'));
    if (!withMath.length) return;
    if (!this.support) {
      this.support = await import('../../model/math.js');
      this.#host.requestUpdate();
    }
    const math = this.support;
    if (!this.renderTex && withMath.some((entry) => math.needsMathRenderer(entry.title))) {
      this.renderTex = (await import('../../internal/math-render.js')).renderTex;
      this.#host.requestUpdate();
    }
  }
}
