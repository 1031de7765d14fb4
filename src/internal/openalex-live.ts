/**
 * `metrics="openalex"`: citation counts read from OpenAlex by the reader's browser, after the element has shown its
 * data (never before), for pages built without `scholar-elements enrich`. Off unless the page author sets it: the
 * reader's browser then sends the researcher's ORCID iD (or the publications' DOIs) to api.openalex.org.
 *
 * Answers are kept in localStorage for a day (per ORCID iD, per DOI), so a page read twice asks once. Offline, rate
 * limited (429), blocked by the page's Content-Security-Policy or answered with anything unusable, the element keeps
 * the data's own metrics and says nothing: a reader is never shown an error for numbers that are extra.
 */
import { authorMetrics, normaliseDoi, workMetrics } from '../model/enrich.js';
import { isObject } from '../model/text.js';
import type { ProfileMetrics, PublicationMetrics } from '../model/types.js';

/** OpenAlex's API; a page's `connect-src` must name it. */
export const OPENALEX_API = 'https://api.openalex.org';
/** How long an answer is kept. */
const KEPT_MS = 24 * 60 * 60 * 1000;
const KEY = 'scholar-elements:openalex:';
/** DOIs per request (OpenAlex takes up to 50 values in one filter). */
const BATCH = 50;

/** A kept answer: `undefined` when there is none (or it is too old); `null` when OpenAlex did not know it. */
function recall<T>(key: string): T | null | undefined {
  try {
    const kept = JSON.parse(localStorage.getItem(KEY + key) ?? 'null') as { at: number; value: T | null } | null;
    return kept && Date.now() - kept.at < KEPT_MS ? kept.value : undefined;
  } catch {
    return undefined;
  }
}

function keep(key: string, value: unknown): void {
  try {
    localStorage.setItem(KEY + key, JSON.stringify({ at: Date.now(), value }));
  } catch {
    // Storage full, or refused (private windows, sandboxed frames): the next page load asks again.
  }
}

const today = () => new Date().toISOString().slice(0, 10);

async function getJson(path: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(`${OPENALEX_API}${path}`, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`OpenAlex answered ${response.status}`);
  return response.json();
}

/** The researcher's metrics by ORCID iD, or undefined (unknown, offline, refused). */
export async function liveAuthorMetrics(orcid: string, signal: AbortSignal): Promise<ProfileMetrics | undefined> {
  const key = `orcid:${orcid}`;
  const kept = recall<ProfileMetrics>(key);
  if (kept !== undefined) return kept ?? undefined;
  try {
    const metrics = authorMetrics(await getJson(`/authors/orcid:${encodeURIComponent(orcid)}`, signal), today()) ?? null;
    keep(key, metrics);
    return metrics ?? undefined;
  } catch {
    return undefined;
  }
}

/** Each DOI's metrics that OpenAlex has (kept ones first, the rest 50 to a request); missing ones are left out. */
export async function liveWorkMetrics(dois: readonly string[], signal: AbortSignal): Promise<Map<string, PublicationMetrics>> {
  const found = new Map<string, PublicationMetrics>();
  const wanted: string[] = [];
  for (const doi of new Set(dois.map(normaliseDoi).filter((doi): doi is string => !!doi))) {
    const kept = recall<PublicationMetrics>(`doi:${doi}`);
    if (kept) found.set(doi, kept);
    else if (kept === undefined) wanted.push(doi);
  }
  for (let start = 0; start < wanted.length; start += BATCH) {
    const batch = wanted.slice(start, start + BATCH);
    let page: unknown;
    try {
      page = await getJson(`/works?filter=${encodeURIComponent(`doi:${batch.join('|')}`)}&per-page=${BATCH}&select=doi,cited_by_count,counts_by_year`, signal);
    } catch {
      break;
    }
    const answered = new Map<string, PublicationMetrics>();
    for (const work of isObject(page) && Array.isArray(page.results) ? page.results : []) {
      const doi = isObject(work) ? normaliseDoi(work.doi) : undefined;
      const metrics = doi && isObject(work) ? workMetrics(work, today()) : undefined;
      if (doi && metrics) answered.set(doi, metrics);
    }
    for (const doi of batch) {
      keep(`doi:${doi}`, answered.get(doi) ?? null);
      if (answered.has(doi)) found.set(doi, answered.get(doi)!);
    }
  }
  return found;
}
