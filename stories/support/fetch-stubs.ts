/**
 * Answers for one URL, for the stories that need a server to behave in a way the static Storybook build cannot
 * (a request that never ends) or should not (a 404 logs a console error, which scripts/check-stories.mjs allows
 * only for the stories it lists). Every other request goes to the real `fetch`.
 *
 * Used as a story's `beforeEach`: the stub is in place before the story renders, and the real `fetch` is back when
 * the story unmounts.
 */

/** A URL that the Loading stories answer with a request that never settles. */
export const NEVER_ANSWERS = 'profiles/never-answers.json';

/** A URL that the error stories answer with HTTP 404. */
export const NOT_FOUND = 'profiles/does-not-exist.json';

type Answer = (init: RequestInit | undefined) => Promise<Response>;

/** Pending until the element gives up on the request (its `src` changes or it is removed), then rejects. */
const neverSettles: Answer = (init) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/** What a static server answers for a file it does not have. */
const notFound: Answer = async () => new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain; charset=utf-8' } });

function stub(url: string, answer: Answer) {
  return () => {
    const realFetch = window.fetch;
    const target = new URL(url, document.baseURI).href;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const requested = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
      return requested === target ? answer(init) : realFetch(input, init);
    };
    return () => {
      window.fetch = realFetch;
    };
  };
}

/** `beforeEach` for a story whose element fetches {@link NEVER_ANSWERS}: it stays in state `loading`. */
export const stubNeverAnswers = stub(NEVER_ANSWERS, neverSettles);

/** `beforeEach` for a story whose element fetches {@link NOT_FOUND}: the server answers HTTP 404 Not Found. */
export const stubNotFound = stub(NOT_FOUND, notFound);

// --- OpenAlex, for the `metrics="openalex"` stories ----------------------------------------------------------------

/** OpenAlex's API, as `metrics="openalex"` asks it (src/internal/openalex-live.ts). */
export const OPENALEX_API = 'https://api.openalex.org/';

/** Where the elements keep OpenAlex's answers in localStorage: this prefix, then `doi:<doi>` or `orcid:<iD>`. */
const KEPT = 'scholar-elements:openalex:';
const HOUR_MS = 60 * 60 * 1000;

/** A kept answer to put in localStorage before the story renders, `hoursOld` hours old (24 or more: too old to use). */
export interface KeptAnswer {
  /** `doi:10.5555/…` (lower case) or `orcid:0000-…`. */
  key: string;
  hoursOld: number;
  /** What was kept: the work's or the researcher's metrics, or `null` for "OpenAlex does not know it". */
  value: unknown;
}

export interface OpenAlexStub {
  /**
   * The requests this stub answers: those whose (decoded) URL contains one of these strings, e.g. the story's DOIs or
   * ORCID iD. Every other request goes on to the `fetch` the stub replaced, so that the stories of one docs page,
   * rendered together, each get their own answers.
   */
  about: readonly string[];
  /**
   * What OpenAlex does: `offline` (the request fails, as without a network or when a page's Content-Security-Policy
   * refuses it), `rate-limited` (HTTP 429 Too Many Requests), or answers with the JSON this function gives for the
   * request's URL.
   */
  answer: 'offline' | 'rate-limited' | ((url: URL) => unknown);
  /** Answers kept from an earlier visit. */
  kept?: readonly KeptAnswer[];
}

/** The OpenAlex stubs of the stories shown now (a docs page shows several), and the `fetch` they stand in front of. */
const openAlexStubs = new Set<{ ours: (text: string) => boolean; answer: OpenAlexStub['answer'] }>();
let fetchBeforeStubs: typeof window.fetch | undefined;

function answerOpenAlex(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const realFetch = fetchBeforeStubs ?? window.fetch;
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  const stub = url.href.startsWith(OPENALEX_API) ? [...openAlexStubs].find(({ ours }) => ours(decodeURIComponent(url.href).toLowerCase())) : undefined;
  if (!stub) return realFetch(input, init);
  if (stub.answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
  const [status, body] = stub.answer === 'rate-limited' ? [429, { error: 'Too many requests' }] : [200, stub.answer(url)];
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

/**
 * `beforeEach` for a story with `metrics="openalex"`: OpenAlex's API answered by a stub (no request about the
 * story's works or researcher leaves the browser), and the story's kept answers (`about`) forgotten before it
 * renders — then `kept` put in — and again when it unmounts, so that each visit starts the same way.
 */
export function stubOpenAlex({ about, answer, kept = [] }: OpenAlexStub) {
  const ours = (text: string) => about.some((token) => text.includes(token.toLowerCase()));
  const forgetKept = () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(KEPT) && ours(key.toLowerCase())) localStorage.removeItem(key);
  };
  return () => {
    forgetKept();
    for (const { key, hoursOld, value } of kept) localStorage.setItem(KEPT + key, JSON.stringify({ at: Date.now() - hoursOld * HOUR_MS, value }));
    const stub = { ours, answer };
    if (!openAlexStubs.size) {
      fetchBeforeStubs = window.fetch;
      window.fetch = answerOpenAlex;
    }
    openAlexStubs.add(stub);
    return () => {
      openAlexStubs.delete(stub);
      if (!openAlexStubs.size && window.fetch === answerOpenAlex) {
        window.fetch = fetchBeforeStubs!;
        fetchBeforeStubs = undefined;
      }
      forgetKept();
    };
  };
}

/**
 * OpenAlex's answer to a works request by DOI (`/works?filter=doi:a|b`): the works of `counts` (DOI → cited_by_count)
 * that the request names; a DOI missing from `counts` is one OpenAlex does not know.
 */
export function openAlexWorks(counts: Readonly<Record<string, number>>): (url: URL) => unknown {
  return (url) => {
    const asked = (url.searchParams.get('filter') ?? '').replace(/^doi:/, '').toLowerCase().split('|');
    const results = Object.entries(counts)
      .filter(([doi]) => asked.includes(doi.toLowerCase()))
      .map(([doi, citations]) => ({ doi: `https://doi.org/${doi}`, cited_by_count: citations }));
    return { meta: { count: results.length }, results };
  };
}
