/**
 * `metrics="openalex"` on a list: the live citation counts' controller (src/internal/controllers/
 * live-metrics-controller.ts), loaded the first time the attribute is set — a list that never sets it never loads it.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LiveWorkMetricsController } from '../../internal/controllers/live-metrics-controller.js';
import type { PubEntry } from '../../model/publications.js';

export class LiveCounts implements ReactiveController {
  readonly #host: ReactiveControllerHost & { metrics: string };
  readonly #entries: () => readonly PubEntry[];
  #controller: LiveWorkMetricsController | undefined;
  #asked = false;

  /** `entries`: the list's loaded entries. */
  constructor(host: ReactiveControllerHost & { metrics: string }, entries: () => readonly PubEntry[]) {
    this.#host = host;
    this.#entries = entries;
    host.addController(this);
  }

  /** `entries` with OpenAlex's counts in, once they came; else as they are. */
  entries(entries: readonly PubEntry[]): readonly PubEntry[] {
    return this.#controller?.entries(entries) ?? entries;
  }

  hostUpdate(): void {
    if (this.#asked || isServer || this.#host.metrics !== 'openalex') return;
    this.#asked = true;
    import('../../internal/controllers/live-metrics-controller.js').then(
      ({ LiveWorkMetricsController }) => {
        this.#controller = new LiveWorkMetricsController(this.#host, () => ({ enabled: this.#host.metrics === 'openalex', entries: this.#entries() }));
        this.#host.requestUpdate();
      },
      // Without its module (offline, a new release on the server) the list keeps the data's own counts.
      () => undefined,
    );
  }
}
