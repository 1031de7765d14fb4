/**
 * `metrics="openalex"` on an element that shows one researcher (loaded by the element only when the attribute is set): once the element has rendered its data, the
 * researcher's citation metrics are read from OpenAlex (src/internal/openalex-live.ts, loaded only then) and handed
 * to the element to show instead of the data's own. Nothing is asked before the first render, nothing without the
 * attribute, and a failure leaves the data's metrics in place without a word.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { profileOrcid } from '../../model/orcid-id.js';
import type { JsonObject } from '../../model/text.js';
import type { Profile, ProfileMetrics } from '../../model/types.js';

export interface LiveMetricsRequest {
  /** Whether the page asked for live metrics (`metrics="openalex"`). */
  enabled: boolean;
  /** The profile shown now (its ORCID link names the researcher). */
  profile: Profile | undefined;
}

export class LiveMetricsController implements ReactiveController {
  /** The metrics OpenAlex gave for the current researcher, once it has. */
  value: ProfileMetrics | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #request: () => LiveMetricsRequest;
  /** The ORCID iD asked about (or being asked about) now. */
  #asked: string | undefined;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, request: () => LiveMetricsRequest) {
    this.#host = host;
    this.#request = request;
    host.addController(this);
  }

  hostUpdated(): void {
    const { enabled, profile } = this.#request();
    const wanted = enabled && profile ? profileOrcid(profile as unknown as JsonObject) : undefined;
    if (wanted === this.#asked) return;
    this.#abort?.abort();
    this.#asked = wanted;
    const abort = new AbortController();
    this.#abort = abort;
    const found = wanted ? import('../openalex-live.js').then((live) => live.liveAuthorMetrics(wanted, abort.signal)) : Promise.resolve(undefined);
    found.then(
      (metrics) => {
        if (abort.signal.aborted || metrics === this.value) return;
        this.value = metrics;
        this.#host.requestUpdate();
      },
      () => undefined,
    );
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#asked = undefined;
  }
}
