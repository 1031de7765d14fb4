/**
 * Fetching data files. Elements that ask for the same URL at the same time share one request; the request is
 * aborted only when every element that asked for it has given up on it (its `src` changed, it was removed, or it
 * stopped waiting after its `timeout`).
 * The body is read as bytes, at most `MAX_SOURCE_BYTES` of them, and decoded here (UTF-8, UTF-16 with or without a
 * byte-order mark, a declared charset), so a binary file is reported as such rather than read as garbage. Plain UTF-8
 * text, the common case, is decoded without the full decoder (model/plain-text.ts), a chunk loaded only for anything
 * else. A large body (from `LAZY_TEXT_FROM` bytes) is decoded when its text is first asked for: a reader that hands
 * the bytes to a worker (internal/json-worker.ts) never decodes them on the page.
 */
import { ScholarLoadError } from '../events/scholar-error.js';
import { MAX_SOURCE_BYTES } from '../model/source-limits.js';
import { plainUtf8Text } from '../model/plain-text.js';

const textDecoding = () => import('../model/text-decoding.js');

export interface FetchedSource {
  /** The URL as requested, made absolute. */
  url: string;
  /** The body decoded to text (a large body: decoded on first use, throwing the `ScholarLoadError` of a binary file). */
  readonly text: string;
  /** The body as it arrived. */
  bytes: Uint8Array;
  contentType: string;
}

/** Bodies from this many bytes on are decoded on first use of their text. */
export const LAZY_TEXT_FROM = 1_000_000;

/**
 * Bodies from this many bytes on that start like a JSON object are read in the JSON worker (internal/json-worker.ts)
 * where one can start. A setting for tests, which read small files that way.
 */
export const offThreadJson = { fromBytes: 4_000_000 };

export interface FetchOptions {
  /** Stop waiting when nothing has arrived for this many milliseconds (0 or less: wait as long as it takes). */
  timeoutMs?: number;
  /** Ask the server, not the browser's cache (a retry after an error); never joins a request already under way. */
  fresh?: boolean;
}

interface Request {
  promise: Promise<FetchedSource>;
  controller: AbortController;
  waiting: number;
  /** When the request last made progress (sent, headers, or a chunk of the body), from `performance.now()`. */
  lastActivity: number;
  /** What the request gave, once it has. */
  settled?: FetchedSource;
}

const requests = new Map<string, Request>();

/** Forgets finished requests so the next load fetches again (for apps that edit their data files, and tests). */
export function clearSourceCache(): void {
  for (const [url, request] of requests) if (request.waiting === 0) requests.delete(url);
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** Reads the body chunk by chunk, so progress resets the timeout and an endless or huge body stops at the limit. */
async function readBody(response: Response, url: string, onProgress: () => void): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_SOURCE_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    throw (await textDecoding()).sourceTooLarge(url, declared);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > MAX_SOURCE_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw (await textDecoding()).sourceTooLarge(url);
    }
    chunks.push(value);
    onProgress();
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function request(url: string, signal: AbortSignal, fresh: boolean, onProgress: () => void): Promise<FetchedSource> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      ...(fresh ? { cache: 'no-cache' as const } : {}),
      headers: { accept: 'application/json, application/x-bibtex, application/x-research-info-systems, text/plain, */*' },
    });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new ScholarLoadError({
      kind: 'network',
      source: url,
      message: `Could not reach ${url}: the network failed or the server does not allow this page to read it (CORS).`,
    });
  }
  onProgress();
  if (!response.ok) {
    const reason = response.statusText ? ` ${response.statusText}` : '';
    void response.body?.cancel().catch(() => undefined);
    throw new ScholarLoadError({
      kind: 'http',
      source: url,
      status: response.status,
      message: `Could not load ${url}: the server answered HTTP ${response.status}${reason}.`,
    });
  }
  const contentType = response.headers.get('content-type') ?? '';
  // A large body's text is decoded by the full decoder: fetched alongside it.
  if (Number(response.headers.get('content-length')) >= LAZY_TEXT_FROM) textDecoding().catch(() => undefined);
  let bytes: Uint8Array;
  try {
    bytes = await readBody(response, url, onProgress);
  } catch (cause) {
    if (signal.aborted || cause instanceof ScholarLoadError) throw cause;
    throw new ScholarLoadError({
      kind: 'network',
      source: url,
      message: `The connection to ${url} was lost before the whole file arrived.`,
    });
  }
  return decoded(url, bytes, contentType);
}

/** The fetched body with its text: at once for a small body, on first use for a large one. */
async function decoded(url: string, bytes: Uint8Array, contentType: string): Promise<FetchedSource> {
  if (bytes.byteLength < LAZY_TEXT_FROM) {
    const text = plainUtf8Text(bytes, contentType) ?? (await textDecoding()).decodeText(bytes, { source: url, contentType });
    return { url, text, bytes, contentType };
  }
  // The text of a large body may be asked for at once (synchronously): the decoder is loaded beforehand.
  const { decodeText } = await textDecoding();
  let text: string | undefined;
  return {
    url,
    bytes,
    contentType,
    get text() {
      try {
        text ??= decodeText(bytes, { source: url, contentType });
      } catch (error) {
        // As for a failed request: the next load fetches again.
        if (requests.get(url)?.settled === this) requests.delete(url);
        throw error;
      }
      return text;
    },
  };
}

function timedOut(url: string, timeoutMs: number): ScholarLoadError {
  const seconds = timeoutMs / 1000;
  return new ScholarLoadError({
    kind: 'timeout',
    source: url,
    message: `Gave up on ${url}: the server sent nothing for ${seconds.toLocaleString('en')} second${seconds === 1 ? '' : 's'}.`,
  });
}

/** The request under way for `key`, joined, or a new one (always new for a `fresh` request). */
function sharedRequest(key: string, fresh: boolean): Request {
  const shared = fresh ? undefined : requests.get(key);
  if (shared) return shared;
  const controller = new AbortController();
  const created: Request = { controller, waiting: 0, lastActivity: performance.now(), promise: undefined! };
  created.promise = request(key, controller.signal, fresh, () => (created.lastActivity = performance.now())).then((fetched) => (created.settled = fetched));
  // Failures are not kept: the next attempt fetches again.
  created.promise.catch(() => {
    if (requests.get(key) === created) requests.delete(key);
  });
  requests.set(key, created);
  return created;
}

/**
 * Fetches `url` and decodes it to text (a binary file rejects with a `ScholarLoadError`), sharing the request with
 * other callers; rejects with an AbortError when `signal` aborts, and with a `ScholarLoadError` of kind `timeout`
 * when nothing arrives for `timeoutMs`.
 */
export function fetchSource(url: string, signal: AbortSignal, { timeoutMs = 0, fresh = false }: FetchOptions = {}): Promise<FetchedSource> {
  const key = absolute(url);
  const current = sharedRequest(key, fresh);
  current.waiting++;
  return new Promise<FetchedSource>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    /** This caller stops waiting; the last one to leave cancels the request. */
    const leave = (cancel: boolean) => {
      settled = true;
      clearTimeout(timer);
      current.waiting--;
      signal.removeEventListener('abort', onAbort);
      if (cancel && current.waiting === 0 && requests.get(key) === current) {
        requests.delete(key);
        current.controller.abort();
      }
    };
    const onAbort = () => {
      leave(true);
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    const watch = (delay: number) => {
      timer = setTimeout(() => {
        if (settled) return;
        const idle = performance.now() - current.lastActivity;
        if (idle < timeoutMs) return watch(timeoutMs - idle);
        leave(true);
        reject(timedOut(key, timeoutMs));
      }, delay);
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs > 0) watch(timeoutMs);
    current.promise.then(
      (value) => {
        if (settled) return;
        leave(false);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        leave(false);
        reject(error);
      },
    );
  });
}
