/**
 * Fetching data files. Elements that ask for the same URL at the same time share one request; the request is
 * aborted only when every element that asked for it has given up on it (its `src` changed or it was removed).
 * The body is read as bytes and decoded here (UTF-8, UTF-16 with or without a byte-order mark, a declared charset),
 * so a binary file is reported as such rather than read as garbage.
 */
import { ScholarLoadError } from '../events/scholar-error.js';
import { decodeText } from '../model/text-decoding.js';

export interface FetchedSource {
  /** The URL as requested, made absolute. */
  url: string;
  /** The body decoded to text. */
  text: string;
  contentType: string;
}

interface Request {
  promise: Promise<FetchedSource>;
  controller: AbortController;
  waiting: number;
}

const requests = new Map<string, Request>();

/** Forgets finished requests so the next load fetches again (for apps that edit their data files, and tests). */
export function clearSourceCache(): void {
  for (const [url, request] of requests) if (request.waiting === 0) requests.delete(url);
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

async function request(url: string, signal: AbortSignal): Promise<FetchedSource> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json, application/x-bibtex, application/x-research-info-systems, text/plain, */*' } });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new ScholarLoadError({
      kind: 'network',
      source: url,
      message: `Could not reach ${url}: the network failed or the server does not allow this page to read it (CORS).`,
    });
  }
  if (!response.ok) {
    const reason = response.statusText ? ` ${response.statusText}` : '';
    throw new ScholarLoadError({
      kind: 'http',
      source: url,
      status: response.status,
      message: `Could not load ${url}: the server answered HTTP ${response.status}${reason}.`,
    });
  }
  const contentType = response.headers.get('content-type') ?? '';
  const bytes = await response.arrayBuffer();
  return { url, text: decodeText(bytes, { source: url, contentType }), contentType };
}

/** Fetches `url` and decodes it to text (a binary file rejects with a `ScholarLoadError`), sharing the request with other callers; rejects with an AbortError when `signal` aborts. */
export function fetchSource(url: string, signal: AbortSignal): Promise<FetchedSource> {
  const key = absolute(url);
  let shared = requests.get(key);
  if (!shared) {
    const controller = new AbortController();
    const created: Request = { controller, waiting: 0, promise: request(key, controller.signal) };
    // Failures are not kept: the next attempt fetches again.
    created.promise.catch(() => {
      if (requests.get(key) === created) requests.delete(key);
    });
    requests.set(key, created);
    shared = created;
  }
  const current = shared;
  current.waiting++;
  return new Promise<FetchedSource>((resolve, reject) => {
    const leave = () => {
      current.waiting--;
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      leave();
      if (current.waiting === 0 && requests.get(key) === current) {
        requests.delete(key);
        current.controller.abort();
      }
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) {
      current.waiting++;
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (value) => {
        if (signal.aborted) return;
        leave();
        resolve(value);
      },
      (error: unknown) => {
        if (signal.aborted) return;
        leave();
        reject(error);
      },
    );
  });
}
