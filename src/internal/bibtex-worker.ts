/**
 * BibTeX parsing off the main thread: a large file is parsed in a module Web Worker (./bibtex-worker-entry.ts), so the
 * page stays responsive while citation-js works. Small files, and environments without module workers (or where
 * the worker cannot start, e.g. a CSP without `worker-src`), parse on the main thread with the same result.
 *
 * The worker is started with `new Worker(new URL('./bibtex-worker-entry.ts', import.meta.url), { type: 'module' })`:
 * Vite recognises that form and emits the worker (with citation-js) as its own file; the test server transforms
 * the .ts file on request like any other module.
 */
import { FIRST_SCREEN } from '../model/large-profile.js';
import { parseBibtex } from '../model/bibtex.js';
import { onWorkerFailure, trustedWorkerClass } from './trusted-types.js';
import type { PubImport } from '../model/publications.js';

export interface BibtexWorkerRequest {
  id: number;
  text: string;
  source: string;
  /** When set, the worker first reads and posts (as `first`) this many of the file's newest entries. */
  firstScreen?: number;
}

/**
 * What the worker answers: the entries in parts (`part`, each a message of its own, so that the page receives them in
 * short tasks), then the rest of the result (`result`: the last entries and the problems), or an `error`.
 */
export type BibtexWorkerResponse =
  | { id: number; first: PubImport['entries']; part?: undefined; result?: undefined; error?: undefined }
  | { id: number; part: PubImport['entries']; first?: undefined; result?: undefined; error?: undefined }
  | { id: number; result: PubImport; first?: undefined; part?: undefined; error?: undefined }
  | { id: number; error: string; first?: undefined; part?: undefined; result?: undefined };

export interface OffThreadOptions {
  /** Files with fewer entries than this parse on the main thread (starting a worker costs more). Default 50. */
  minEntries?: number;
  /**
   * For a file parsed in the worker: called first with the file's newest entries (`FIRST_SCREEN` of them, chosen by
   * their years; see `parseBibtexFirstScreen`), before the whole file is read, for a page to show.
   */
  onFirstScreen?: (entries: PubImport['entries']) => void;
}

/** Below this many entries a file parses on the main thread. */
export const OFF_THREAD_MIN_ENTRIES = 50;

/** The worker stops after this long without work; the next large file starts a new one. */
const IDLE_MS = 30_000;

interface Pending {
  resolve(result: PubImport): void;
  reject(error: Error): void;
  /** The entries received so far, in order. */
  entries: PubImport['entries'];
  onFirstScreen?: OffThreadOptions['onFirstScreen'];
}

let worker: Worker | undefined;
/** Set once a worker failed to start: later files go straight to the main thread. */
let unavailable = typeof Worker === 'undefined';
let nextId = 1;
const pending = new Map<number, Pending>();
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** Roughly how many entries a text holds ("@type{" occurrences), without parsing it. */
function countEntries(text: string, enough: number): number {
  const pattern = /@\s*[A-Za-z]+\s*[{(]/g;
  let count = 0;
  while (count < enough && pattern.exec(text)) count++;
  return count;
}

function stopWorker(reason: Error): void {
  worker?.terminate();
  worker = undefined;
  clearTimeout(idleTimer);
  for (const request of pending.values()) request.reject(reason);
  pending.clear();
}

function getWorker(): Worker {
  if (worker) return worker;
  // The local name keeps the `new Worker(new URL(…))` form bundlers look for, with the URL passed through Trusted Types.
  const Worker = trustedWorkerClass();
  const started = new Worker(new URL('./bibtex-worker-entry.ts', import.meta.url), { type: 'module', name: 'scholar-bibtex' });
  started.addEventListener('message', (event: MessageEvent<BibtexWorkerResponse>) => {
    const data = event.data;
    const request = pending.get(data.id);
    if (!request) return;
    if (data.first) {
      request.onFirstScreen?.(data.first);
      return;
    }
    if (data.part) {
      for (const entry of data.part) request.entries.push(entry);
      return;
    }
    pending.delete(data.id);
    if (data.error !== undefined) request.reject(new Error(data.error));
    else {
      for (const entry of data.result.entries) request.entries.push(entry);
      request.resolve({ ...data.result, entries: request.entries });
    }
    if (!pending.size) {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => stopWorker(new Error('BibTeX worker stopped')), IDLE_MS);
    }
  });
  onWorkerFailure(started, 'BibTeX', (reason, failedToStart) => {
    if (failedToStart) unavailable = true;
    stopWorker(reason);
  });
  worker = started;
  return started;
}

/**
 * Stops the worker (if any) and forgets an earlier failure to start one: the next large file starts a new worker.
 * Requests still running in it finish on the main thread. For tests, and for pages that want the memory back.
 */
export function stopBibtexWorker(): void {
  stopWorker(new Error('BibTeX worker stopped'));
  unavailable = typeof Worker === 'undefined';
}

function parseInWorker(text: string, source: string, onFirstScreen?: OffThreadOptions['onFirstScreen']): Promise<PubImport> {
  return new Promise<PubImport>((resolve, reject) => {
    const id = nextId++;
    clearTimeout(idleTimer);
    let target: Worker;
    try {
      target = getWorker();
    } catch (error) {
      // Refused outright (e.g. by the page's Trusted Types or CSP): don't try again for later files.
      unavailable = true;
      reject(error);
      return;
    }
    pending.set(id, { resolve, reject, entries: [], onFirstScreen });
    target.postMessage({ id, text, source, ...(onFirstScreen ? { firstScreen: FIRST_SCREEN } : {}) } satisfies BibtexWorkerRequest);
  });
}

/**
 * `parseBibtex`, in a Web Worker when the text is large (at least `minEntries` entries) and workers are available,
 * on the main thread otherwise or when the worker fails. The result is the same either way.
 */
export async function parseBibtexOffThread(text: string, source: string, options: OffThreadOptions = {}): Promise<PubImport> {
  const minEntries = options.minEntries ?? OFF_THREAD_MIN_ENTRIES;
  if (!unavailable && countEntries(text, minEntries) >= minEntries) {
    try {
      return await parseInWorker(text, source, options.onFirstScreen);
    } catch {
      // Worker unavailable or failed: the main thread gives the same result (or the same error).
    }
  }
  return parseBibtex(text, source);
}
