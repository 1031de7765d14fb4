/// <reference types="node" />
/**
 * Works from the public APIs of OpenAlex and ORCID, for `import --openalex` / `--orcid`.
 *
 * - OpenAlex: `/works?filter=author.id:A…` (or `author.orcid:…`), 200 works a page, cursor paging; `mailto=` puts
 *   the requests in OpenAlex's polite pool. The author record (`/authors/A…`) gives the name.
 * - ORCID (public API v3.0): `/{iD}/works` lists the works; their full records (with authors) come in bulk,
 *   `/{iD}/works/{put-code,…}`, at most 100 at a time. `/{iD}/person` gives the name.
 *
 * A request answered 429 (too many requests) or 5xx, or whose connection breaks, is retried with exponential
 * backoff (1 s, 2 s, 4 s, 8 s), waiting as long as a Retry-After header asks. The base addresses can be changed with
 * SCHOLAR_ELEMENTS_OPENALEX_URL and SCHOLAR_ELEMENTS_ORCID_URL (for a mirror or a proxy).
 */
import { version } from '../../package.json' with { type: 'json' };
import { normaliseOrcid } from '../model/orcid-id.js';

export { normaliseOrcid };

/** Where OpenAlex's API is, unless SCHOLAR_ELEMENTS_OPENALEX_URL says otherwise. */
export const OPENALEX_URL = 'https://api.openalex.org';
/** Where ORCID's public API v3.0 is, unless SCHOLAR_ELEMENTS_ORCID_URL says otherwise. */
export const ORCID_URL = 'https://pub.orcid.org/v3.0';

/** ORCID's limit for one bulk request. */
export const ORCID_BULK_SIZE = 100;
/** OpenAlex's largest page. */
export const OPENALEX_PAGE_SIZE = 200;

const MAX_ATTEMPTS = 5;
/** A Retry-After longer than this is not waited for: the request fails with the server's reason. */
const MAX_WAIT_MS = 120_000;
/** Paging stops here whatever the server says (200 × 500 works), so a server that never ends cannot loop forever. */
const MAX_PAGES = 500;
const TIMEOUT_MS = 60_000;

/** Network failures worth another try. */
const TRANSIENT_NETWORK_ERRORS = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** A request that failed for good: the message says which service, what address and why. */
export class RemoteError extends Error {
  override name = 'RemoteError';
  /** The HTTP status of the last answer, when the service answered (429: it kept refusing for too many requests). */
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

export interface RemoteOptions {
  /** Written to before each retry: "OpenAlex answered 429 …; trying again in 2 s". */
  log(message: string): void;
  /** Contact address: OpenAlex's polite pool, and the User-Agent of every request. */
  mailto?: string;
  /** Environment variables (for the base URLs); default: process.env. */
  env?: Record<string, string | undefined>;
  /** Waits; tests and callers may pass their own. Default: a timer. */
  sleep?(ms: number): Promise<void>;
}

function baseUrl(name: string, fallback: string, env: Record<string, string | undefined>): string {
  const value = env[name]?.trim();
  if (!value) return fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RemoteError(`${name} is not an absolute URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RemoteError(`${name} must be an http or https address: ${value}`);
  return url.href.replace(/\/+$/, '');
}

/** Milliseconds a Retry-After header asks for (seconds, or an HTTP date), or undefined. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The reason an API gives in its error body (OpenAlex: `message`/`error`; ORCID: `user-message`/`developer-message`). */
function bodyReason(body: string): string | undefined {
  try {
    const value = JSON.parse(body) as Record<string, unknown>;
    const reason = value['user-message'] ?? value['developer-message'] ?? value.message ?? value.error;
    if (typeof reason === 'string' && reason.trim()) return reason.trim();
  } catch {
    // Not JSON: the first line of the text, if short.
  }
  const line = body.trim().split('\n')[0]?.trim();
  return line && line.length <= 200 && !line.startsWith('<') ? line : undefined;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** GETs JSON with retries; throws a RemoteError that says what failed. */
async function getJson(service: string, url: string, options: RemoteOptions): Promise<unknown> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'User-Agent': `scholar-elements/${version} (https://www.npmjs.com/package/scholar-elements${options.mailto ? `; mailto:${options.mailto}` : ''})`,
  };
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    let wait: number | undefined;
    let status: number | undefined;
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
      const body = await response.text();
      if (response.ok) {
        try {
          return JSON.parse(body);
        } catch {
          throw new RemoteError(`${service} answered ${url} with something that is not JSON.`);
        }
      }
      const reason = bodyReason(body);
      status = response.status;
      failure = `${service} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${reason ? ` (${reason})` : ''}`;
      if (response.status !== 429 && response.status < 500) throw new RemoteError(`${failure} for ${url}.`, status);
      wait = retryAfterMs(response.headers.get('retry-after'));
      if (wait !== undefined && wait > MAX_WAIT_MS) throw new RemoteError(`${failure} for ${url}, and asks to wait ${seconds(wait)}; try again later.`, status);
    } catch (error) {
      if (error instanceof RemoteError) throw error;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      const why = timedOut ? `no answer within ${seconds(TIMEOUT_MS)}` : (cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
      failure = `${service} could not be reached (${why})`;
      // A connection that broke may work the next time; a name that does not resolve or a port that refuses will not.
      if (!timedOut && !TRANSIENT_NETWORK_ERRORS.has(cause?.code ?? '')) throw new RemoteError(`${failure} at ${url}.`);
    }
    if (attempt >= MAX_ATTEMPTS) throw new RemoteError(`${failure} for ${url}; gave up after ${MAX_ATTEMPTS} attempts.`, status);
    const delay = wait ?? 1000 * 2 ** (attempt - 1);
    options.log(`${failure}; trying again in ${seconds(delay)} (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
    await sleep(delay);
  }
}

// -------------------------------------------------------------------------------------------------------- OpenAlex

/** An OpenAlex author id ("A5023888391", or its URL) or an ORCID iD, as an OpenAlex works filter; undefined when it is neither. */
export function openAlexAuthorFilter(id: string): { filter: string; author?: string } | undefined {
  const orcid = normaliseOrcid(id);
  if (orcid) return { filter: `author.orcid:${orcid}` };
  const match = /^(?:https?:\/\/(?:www\.)?openalex\.org\/(?:authors\/)?)?([Aa]\d{4,12})$/.exec(id.trim());
  if (!match) return undefined;
  const author = match[1]!.toUpperCase();
  return { filter: `author.id:${author}`, author };
}

/** OpenAlex's address (or its stand-in's) and the polite-pool parameter (`&mailto=…`; empty without an address). */
function openAlex(options: RemoteOptions): { base: string; polite: string } {
  const base = baseUrl('SCHOLAR_ELEMENTS_OPENALEX_URL', OPENALEX_URL, options.env ?? process.env);
  return { base, polite: options.mailto ? `&mailto=${encodeURIComponent(options.mailto)}` : '' };
}

/** The path of an author's record: `A…`, or `orcid:0000-…`. */
const authorPath = (filter: { filter: string; author?: string }) => filter.author ?? `orcid:${filter.filter.slice('author.orcid:'.length)}`;

export interface OpenAlexWorks {
  /** `{ meta, results }` with every page's results. */
  value: { meta: Record<string, unknown>; results: unknown[] };
  /** The author's name, when the author record was asked for and has one. */
  name?: string;
  pages: number;
}

/** Every work of an author, page by page; with `withName`, the author's display name too. */
export async function fetchOpenAlexWorks(id: string, withName: boolean, options: RemoteOptions): Promise<OpenAlexWorks> {
  const { base, polite } = openAlex(options);
  const filter = openAlexAuthorFilter(id);
  if (!filter) throw new RemoteError(`"${id}" is neither an OpenAlex author id (A…) nor an ORCID iD.`);
  let name: string | undefined;
  if (withName) {
    const author = await getJson('OpenAlex', `${base}/authors/${authorPath(filter)}${polite.replace('&', '?')}`, options);
    const display = (author as { display_name?: unknown } | null)?.display_name;
    if (typeof display === 'string' && display.trim()) name = display.trim();
  }
  const results: unknown[] = [];
  let meta: Record<string, unknown> = {};
  let cursor: string | null = '*';
  let pages = 0;
  while (cursor && pages < MAX_PAGES) {
    const url = `${base}/works?filter=${encodeURIComponent(filter.filter)}&per-page=${OPENALEX_PAGE_SIZE}&cursor=${encodeURIComponent(cursor)}${polite}`;
    const page = (await getJson('OpenAlex', url, options)) as { meta?: Record<string, unknown>; results?: unknown[] } | null;
    pages++;
    if (!page || !Array.isArray(page.results)) throw new RemoteError(`OpenAlex answered ${url} with something that is not a list of works.`);
    results.push(...page.results);
    meta = page.meta ?? {};
    const next = meta.next_cursor;
    cursor = page.results.length && typeof next === 'string' && next ? next : null;
  }
  return { value: { meta: { ...meta, next_cursor: null }, results }, ...(name ? { name } : {}), pages };
}

/** The works of one answer of `/works`, and its paging information. */
async function worksAt(url: string, options: RemoteOptions): Promise<{ results: unknown[]; meta: Record<string, unknown> }> {
  const page = (await getJson('OpenAlex', url, options)) as { results?: unknown[]; meta?: unknown } | null;
  if (!page || !Array.isArray(page.results)) throw new RemoteError(`OpenAlex answered ${url} with something that is not a list of works.`);
  const meta = page.meta && typeof page.meta === 'object' ? (page.meta as Record<string, unknown>) : {};
  return { results: page.results, meta };
}

/** DOIs in one request of `fetchOpenAlexByDoi` (OpenAlex takes up to 50 values in one filter). */
export const OPENALEX_DOI_BATCH = 50;
/** What `enrich` reads of a work (`select`): smaller answers, same counts. */
const METRICS_FIELDS = 'id,doi,title,display_name,publication_year,cited_by_count,counts_by_year,authorships';

/**
 * The works with these DOIs ("10.…"), 50 DOIs to a request. A batch can match more works than fit on one page (one
 * DOI held by several records): each batch is read with cursor paging (`cursor=*`, then each `meta.next_cursor`)
 * until a page is empty, has no next cursor, or the batch's `meta.count` works have come.
 */
export async function fetchOpenAlexByDoi(dois: readonly string[], options: RemoteOptions): Promise<unknown[]> {
  const { base, polite } = openAlex(options);
  const works: unknown[] = [];
  for (let start = 0; start < dois.length; start += OPENALEX_DOI_BATCH) {
    const filter = `doi:${dois.slice(start, start + OPENALEX_DOI_BATCH).join('|')}`;
    let cursor: string | null = '*';
    let read = 0;
    for (let pages = 0; cursor && pages < MAX_PAGES; pages++) {
      const url = `${base}/works?filter=${encodeURIComponent(filter)}&per-page=${OPENALEX_DOI_BATCH}&select=${METRICS_FIELDS}&cursor=${encodeURIComponent(cursor)}${polite}`;
      const { results, meta } = await worksAt(url, options);
      works.push(...results);
      read += results.length;
      const next = meta.next_cursor;
      const total = typeof meta.count === 'number' ? meta.count : undefined;
      cursor = results.length && typeof next === 'string' && next && (total === undefined || read < total) ? next : null;
    }
  }
  return works;
}

/** Works whose title contains these words, published within a year of `year` (when given): the five best. */
export async function searchOpenAlexTitle(title: string, year: number | undefined, options: RemoteOptions): Promise<unknown[]> {
  const { base, polite } = openAlex(options);
  // Commas and pipes separate filters and values: the search gets the title's words only.
  const words = title.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const filter = [`title.search:${words}`, ...(year === undefined ? [] : [`publication_year:${year - 1}-${year + 1}`])].join(',');
  const url = `${base}/works?filter=${encodeURIComponent(filter)}&per-page=5&select=${METRICS_FIELDS}${polite}`;
  return (await worksAt(url, options)).results;
}

/** An author's record (citations, h-index, i10-index, citations per year), by OpenAlex id or ORCID iD. */
export async function fetchOpenAlexAuthor(id: string, options: RemoteOptions): Promise<unknown> {
  const { base, polite } = openAlex(options);
  const filter = openAlexAuthorFilter(id);
  if (!filter) throw new RemoteError(`"${id}" is neither an OpenAlex author id (A…) nor an ORCID iD.`);
  return getJson('OpenAlex', `${base}/authors/${authorPath(filter)}${polite.replace('&', '?')}`, options);
}

// ----------------------------------------------------------------------------------------------------------- ORCID

export interface OrcidWorks {
  /** `{ bulk: [...] }` with the full record of every work (or ORCID's error for it). */
  value: { bulk: unknown[] };
  name?: string;
  /** How many bulk requests were made. */
  requests: number;
}

/** The put-code of the preferred (first) version of each work in a works summary. */
function preferredPutCodes(summary: unknown): string[] {
  const groups = (summary as { group?: unknown } | null)?.group;
  if (!Array.isArray(groups)) throw new RemoteError('ORCID answered with something that is not a list of works.');
  const codes: string[] = [];
  for (const group of groups) {
    const first = (group as { 'work-summary'?: Array<{ 'put-code'?: unknown }> } | null)?.['work-summary']?.[0];
    const code = first?.['put-code'];
    if (typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code))) codes.push(String(code));
  }
  return codes;
}

/** Every work of an ORCID record with its full record; with `withName`, the person's name too. */
export async function fetchOrcidWorks(id: string, withName: boolean, options: RemoteOptions): Promise<OrcidWorks> {
  const env = options.env ?? process.env;
  const base = baseUrl('SCHOLAR_ELEMENTS_ORCID_URL', ORCID_URL, env);
  const iD = normaliseOrcid(id);
  if (!iD) throw new RemoteError(`"${id}" is not an ORCID iD (16 digits such as 0000-0002-1825-0097, with a valid check digit).`);
  let name: string | undefined;
  if (withName) {
    const person = (await getJson('ORCID', `${base}/${iD}/person`, options)) as { name?: Record<string, { value?: unknown } | null> | null } | null;
    const parts = person?.name;
    const credit = parts?.['credit-name']?.value;
    const written =
      typeof credit === 'string' && credit.trim()
        ? credit.trim()
        : [parts?.['given-names']?.value, parts?.['family-name']?.value].filter((part) => typeof part === 'string' && part.trim()).join(' ');
    if (written) name = written;
  }
  const codes = preferredPutCodes(await getJson('ORCID', `${base}/${iD}/works`, options));
  const bulk: unknown[] = [];
  let requests = 0;
  for (let start = 0; start < codes.length; start += ORCID_BULK_SIZE) {
    const batch = codes.slice(start, start + ORCID_BULK_SIZE);
    const url = `${base}/${iD}/works/${batch.join(',')}`;
    const answer = (await getJson('ORCID', url, options)) as { bulk?: unknown[] } | null;
    requests++;
    if (!answer || !Array.isArray(answer.bulk)) throw new RemoteError(`ORCID answered ${url} with something that is not a bulk list of works.`);
    bulk.push(...answer.bulk);
  }
  return { value: { bulk }, ...(name ? { name } : {}), requests };
}
