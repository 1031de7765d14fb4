/**
 * `metrics="openalex"`: citation counts read from OpenAlex (src/internal/openalex-live.ts) once an element has
 * rendered its data, shown instead of the data's own. Elements load this module only when the attribute is set;
 * nothing is asked before the first render, and a failure leaves the data's counts in place without a word.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normaliseDoi } from '../../model/enrich.js';
import { profileOrcid } from '../../model/orcid-id.js';
import type { JsonObject } from '../../model/text.js';
import type { PubEntry } from '../../model/publications.js';
import type { Profile, ProfileMetrics } from '../../model/types.js';
import { liveAuthorMetrics, liveWorkMetrics } from '../openalex-live.js';

export interface LiveMetricsRequest {
  /** Whether the page asked for live metrics (`metrics="openalex"`). */
  enabled: boolean;
  /** The profile shown now (its ORCID link names the researcher). */
  profile: Profile | undefined;
}

/** On an element that shows one researcher: their metrics, by the ORCID iD in their profile. */
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
    void this.#read(wanted, abort.signal).catch(() => undefined);
  }

  async #read(orcid: string | undefined, signal: AbortSignal): Promise<void> {
    // Awaited either way: the value changes after this update, never during it.
    const metrics = await (orcid ? liveAuthorMetrics(orcid, signal) : undefined);
    if (signal.aborted || metrics === this.value) return;
    this.value = metrics;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#asked = undefined;
  }
}

/**
 * `metrics="openalex"` on a publication list: once the list has shown its data, each work's citation counts are read
 * from OpenAlex by DOI (50 to a request, kept a day) and the list is given its entries again with those counts in
 * (`entries()`), so "Cited by" and the "Most cited" order follow them. Works without a DOI, and everything when
 * OpenAlex cannot be reached, keep the data's own counts.
 */
export class LiveWorkMetricsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #request: () => { enabled: boolean; entries: readonly PubEntry[] };
  /** The entries asked about now, and the same entries with OpenAlex's counts in, once they came. */
  #asked: readonly PubEntry[] | undefined;
  #merged: { from: readonly PubEntry[]; entries: readonly PubEntry[] } | undefined;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, request: () => { enabled: boolean; entries: readonly PubEntry[] }) {
    this.#host = host;
    this.#request = request;
    host.addController(this);
  }

  /** `entries` with OpenAlex's counts in, when they came for these entries; else `entries` as they are. */
  entries(entries: readonly PubEntry[]): readonly PubEntry[] {
    return this.#merged?.from === entries ? this.#merged.entries : entries;
  }

  hostUpdated(): void {
    const { enabled, entries } = this.#request();
    const wanted = enabled && entries.length ? entries : undefined;
    if (wanted === this.#asked) return;
    this.#abort?.abort();
    this.#asked = wanted;
    if (!wanted) return;
    const abort = new AbortController();
    this.#abort = abort;
    void this.#read(wanted, abort.signal).catch(() => undefined);
  }

  async #read(entries: readonly PubEntry[], signal: AbortSignal): Promise<void> {
    const found = await liveWorkMetrics(
      entries.map((entry) => entry.item.DOI).filter((doi): doi is string => typeof doi === 'string'),
      signal,
    );
    if (signal.aborted || !found.size) return;
    const withCounts = entries.map((entry) => {
      const metrics = found.get(normaliseDoi(entry.item.DOI) ?? '');
      return metrics ? { ...entry, item: { ...entry.item, metrics } } : entry;
    });
    this.#merged = { from: entries, entries: withCounts };
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#asked = undefined;
  }
}
