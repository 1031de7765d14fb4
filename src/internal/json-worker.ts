/**
 * Large JSON files off the main thread: the bytes of a large file go to a module Web Worker
 * (./json-worker-entry.ts) that decodes and parses them; a large profile comes back in pieces of its own text,
 * each parsed here in a task of its own, so that the page never runs one `JSON.parse` over megabytes. The value
 * is the one `JSON.parse` of the whole text gives. Anything else comes back as text, and errors as the
 * `ScholarLoadError` the page would have made. Asked to (`check`), the worker then checks the profile part by part
 * as the page would (model/validate-slices.ts) while the page checks it from the other end: the two meet in the
 * middle. Small files, and pages where a worker cannot start (no module workers, a CSP without `worker-src`), are
 * read on the main thread as before.
 *
 * The worker is started with `new Worker(new URL('./json-worker-entry.ts', import.meta.url), { type: 'module' })`:
 * Vite recognises that form and emits the worker as its own file.
 */
import type { PartsCheckedElsewhere } from '../model/large-profile.js';
import { ScholarLoadError, type ScholarErrorDetail } from '../model/load-error.js';
import { offThreadJson } from './fetch-source.js';
import { onWorkerFailure, trustedWorkerClass } from './trusted-types.js';

/** A file to read; or (`leave`) a list of one being read that the worker need not check further. */
export type JsonWorkerRequest = FileRequest | { leave: { id: number; key: string } };

interface FileRequest {
  leave?: undefined;
  id: number;
  bytes: ArrayBuffer;
  /** How parse errors name the file (the element's `src`). */
  source: string;
  /** The absolute URL, as decoding errors name it. */
  url: string;
  contentType: string;
  /**
   * For a large profile: after posting it, the worker also checks it in the parts the page would (links resolved
   * against `base`, relative ones in it against `page`), and posts each part's result.
   */
  check?: { base?: string; page: string };
  /**
   * For a large profile with a long list of publications: first of all, the worker posts the profile with its long
   * lists empty but for this many of its newest publications (a first screen for the page to show meanwhile).
   */
  firstScreen?: number;
}

type CheckedPart = NonNullable<ReturnType<PartsCheckedElsewhere['part']>>;

/**
 * The worker's answers: text to read on the page; or (a first screen, then) the shell, its lists' pieces, then
 * `done`; or an error.
 */
export type JsonWorkerResponse =
  | { id: number; text: string }
  | { id: number; firstScreen: Record<string, unknown> }
  | { id: number; shell: string }
  | { id: number; key: string; part: string }
  | { id: number; done: true }
  | { id: number; linksUnchanged: boolean }
  | { id: number; key: string; offset: number; checked: CheckedPart }
  | { id: number; checksDone: true }
  | { id: number; failure: ScholarErrorDetail }
  | { id: number; error: string };

/** What a read gives: the parsed value (a large profile), or the text for the element to decode itself. */
export type OffThreadJson = { value: Record<string, unknown>; checks?: Checks; text?: undefined } | { text: string; value?: undefined; checks?: undefined };

/** The parts of a profile the worker checks, as they arrive. */
export class Checks implements PartsCheckedElsewhere {
  readonly #arrived = new Map<string, CheckedPart>();
  /** Once the worker has resolved the profile's links: whether that left it as it was (the page then need not). */
  linksUnchanged?: boolean;
  constructor(
    readonly source: string,
    readonly step: number,
    private readonly id: number,
  ) {}

  receive(key: string, offset: number, part: CheckedPart): void {
    this.#arrived.set(`${key}@${offset}`, part);
  }

  part(key: string, offset: number): CheckedPart | undefined {
    partsAsked++;
    const part = this.#arrived.get(`${key}@${offset}`);
    if (part) partsTaken++;
    return part;
  }

  leave(key: string): void {
    // Kept: a reading started again (once the validator that words problems has loaded) asks for the parts again.
    if (pending.has(this.id)) worker?.postMessage({ leave: { id: this.id, key } } satisfies JsonWorkerRequest);
  }
}

interface Pending {
  resolve(result: OffThreadJson): void;
  reject(error: Error): void;
  value?: Record<string, unknown>;
  /** The parts checked in the worker, once the value has arrived (when asked for). */
  checks?: Checks;
  /** Entries per part the worker checks. */
  step?: number;
  source: string;
  /** Set when a piece did not parse. */
  broken?: boolean;
  /** Receives the first screen the worker posts, when one was asked for. */
  onFirstScreen?: (profile: Record<string, unknown>) => void;
  /** Stops listening for the load's abort. */
  cleanUp(): void;
}

let worker: Worker | undefined;
let unavailable = typeof Worker === 'undefined';
let nextId = 1;
const pending = new Map<number, Pending>();
let reads = 0;
let partsAsked = 0;
let partsTaken = 0;
let firstScreens = 0;

/**
 * How many files the worker has read, how many checked parts the page has asked it for, how many of them it had sent
 * by then, and how many first screens it sent (for tests and measurements).
 */
export function jsonWorkerReads(): { files: number; parts: number; taken: number; firstScreens: number } {
  return { files: reads, parts: partsAsked, taken: partsTaken, firstScreens };
}

function stopWorker(reason: Error): void {
  worker?.terminate();
  worker = undefined;
  for (const request of pending.values()) {
    request.cleanUp();
    request.reject(reason);
  }
  pending.clear();
}

/** Stops the worker and forgets an earlier failure to start one (tests; pages that want the memory back). */
export function stopJsonWorker(): void {
  stopWorker(new Error('JSON worker stopped'));
  unavailable = typeof Worker === 'undefined';
}

/**
 * Forgets request `id`; the worker stops once it has nothing to do. Not kept for the next file: in measurements, an
 * idle worker left in the page made drawing a long list after the load about twice as slow (a new one starts in
 * far less time than the files it is started for take to read).
 */
function forget(id: number): void {
  pending.get(id)?.cleanUp();
  pending.delete(id);
  if (!pending.size) stopWorker(new Error('JSON worker stopped'));
}

function onMessage({ data }: MessageEvent<JsonWorkerResponse>): void {
  const request = pending.get(data.id);
  if (!request) return;
  if ('firstScreen' in data) {
    firstScreens++;
    request.onFirstScreen?.(data.firstScreen);
  } else if ('checked' in data) request.checks?.receive(data.key, data.offset, data.checked);
  else if ('linksUnchanged' in data) {
    if (request.checks) request.checks.linksUnchanged = data.linksUnchanged;
  } else if ('checksDone' in data) forget(data.id);
  else if ('done' in data && request.step && !request.broken) {
    // The value, while the worker goes on checking it.
    request.checks = new Checks(request.source, request.step, data.id);
    request.resolve({ value: request.value!, checks: request.checks });
  } else if ('shell' in data || 'part' in data) {
    // Pieces of a text the worker is still parsing: one that is not JSON is answered by the worker's error.
    try {
      if ('shell' in data) request.value = JSON.parse(data.shell) as Record<string, unknown>;
      else for (const entry of JSON.parse(data.part) as unknown[]) (request.value![data.key] as unknown[]).push(entry);
    } catch {
      request.broken = true;
    }
  } else if ('done' in data && request.broken) {
    forget(data.id);
    request.reject(new Error('The JSON worker sent pieces that do not parse'));
  } else {
    forget(data.id);
    if ('done' in data) request.resolve({ value: request.value! });
    else if ('text' in data) request.resolve({ text: data.text });
    else if ('failure' in data) request.reject(new ScholarLoadError(data.failure));
    else request.reject(new Error(data.error));
  }
}

function getWorker(): Worker {
  if (worker) return worker;
  // The local name keeps the `new Worker(new URL(…))` form bundlers look for, with the URL passed through Trusted Types.
  const Worker = trustedWorkerClass();
  const started = new Worker(new URL('./json-worker-entry.ts', import.meta.url), { type: 'module', name: 'scholar-json' });
  started.addEventListener('message', onMessage);
  onWorkerFailure(started, 'JSON', (reason, failedToStart) => {
    if (failedToStart) unavailable = true;
    stopWorker(reason);
  });
  worker = started;
  return started;
}

/** Whether `bytes` are read in the worker: large, a worker can start, and they start like a JSON object. */
export function readsOffThread(bytes: Uint8Array): boolean {
  if (unavailable || bytes.byteLength < offThreadJson.fromBytes) return false;
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++;
  return bytes[at] === 0x7b;
}

/**
 * Reads `bytes` (see {@link readsOffThread}) in the worker: a large profile as its value, anything else as text.
 * With `check`, the worker then checks a large profile in parts of `check.step` entries, its links resolved against
 * `check.base` (see `PartsCheckedElsewhere`), given as `checks`. Rejects with the `ScholarLoadError` of a file that
 * cannot be decoded or parsed, with an `AbortError` once `signal` aborts (the worker stops when it has nothing else
 * to do), and with another error when the worker fails (the caller then reads the bytes on the page). With
 * `firstScreen`, a large profile with a long list of publications is parsed whole first, and `firstScreen.show` gets
 * the profile with its long lists empty but for its `count` newest publications, before the rest arrives.
 */
export function readJsonOffThread(
  bytes: Uint8Array,
  names: { source: string; url: string; contentType: string },
  signal?: AbortSignal,
  check?: { base?: string; page: string; step: number },
  firstScreen?: { count: number; show: (profile: Record<string, unknown>) => void },
): Promise<OffThreadJson> {
  return new Promise<OffThreadJson>((resolve, reject) => {
    const id = nextId++;
    let target: Worker;
    try {
      target = getWorker();
    } catch (error) {
      unavailable = true;
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const onAbort = () => {
      const request = pending.get(id);
      if (!request) return;
      // The worker stops when it has nothing else to do; else it leaves the rest of this file.
      if (pending.size > 1) worker?.postMessage({ leave: { id, key: '*' } } satisfies JsonWorkerRequest);
      forget(id);
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    pending.set(id, {
      resolve,
      reject,
      source: names.source,
      ...(check ? { step: check.step } : {}),
      ...(firstScreen ? { onFirstScreen: firstScreen.show } : {}),
      cleanUp: () => signal?.removeEventListener('abort', onAbort),
    });
    reads++;
    // A copy: the bytes may be shared with other elements reading the same file.
    const copy = bytes.slice().buffer;
    const request: FileRequest = {
      id,
      bytes: copy,
      ...names,
      ...(check ? { check: { page: check.page, ...(check.base ? { base: check.base } : {}) } } : {}),
      ...(firstScreen ? { firstScreen: firstScreen.count } : {}),
    };
    target.postMessage(request, [copy]);
  });
}
