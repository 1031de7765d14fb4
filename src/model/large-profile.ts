/**
 * Whether a profile is large enough to be read in slices, and how work in slices gives the page its turn. Small, so
 * that elements can ask before they load the slicing code (model/validate-slices.ts), which only large data needs.
 */
import { JSON_RESUME_SECTIONS } from './json-resume.js';
import { PROFILE_SCHEMA, resolveSchema, type SchemaNode } from './profile-schema.js';
import { isObject, type JsonObject as Json } from './text.js';
import type { Problem } from './types.js';

/** Lists with more entries than this are read in slices. */
export const SLICED_FROM = 200;

/** Entries of a long list checked together (model/validate-slices.ts; the JSON worker checks the same parts). */
export const SLICE_STEP = 25;

/** Publications shown while a large list is still being read (its newest): from a profile or from a .bib file. */
export const FIRST_SCREEN = 30;

/** Gives the main thread back to the page for a moment: `scheduler.yield()`, else a new task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
}

/**
 * Goes on in a new task, after the tasks already queued: unlike `scheduler.yield()`, whose continuation comes
 * first, this lets messages (from a worker) in.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long (ms) one slice may take before the page gets the main thread back; well under the 50 ms of a long task. */
export const SLICE_BUDGET = 12;

function abortError(): Error {
  return typeof DOMException === 'function' ? new DOMException('The load was replaced by a newer one.', 'AbortError') : Object.assign(new Error('Aborted'), { name: 'AbortError' });
}

/**
 * A clock for work done in slices: `step()` between two pieces of work gives the page its turn once the slice has
 * used its budget, and rejects with an `AbortError` once the signal is aborted.
 */
export class Slicer {
  #started = now();
  constructor(
    private readonly budget: number = SLICE_BUDGET,
    private readonly signal?: AbortSignal,
    /** How the page gets its turn (by default `scheduler.yield()`, else a new task). */
    private readonly pause: () => Promise<void> = yieldToPage,
  ) {}

  async step(): Promise<void> {
    this.signal?.throwIfAborted?.();
    if (this.signal?.aborted) throw abortError();
    if (now() - this.#started < this.budget) return;
    await this.pause();
    if (this.signal?.aborted) throw abortError();
    this.#started = now();
  }
}

function now(): number {
  return typeof performance === 'object' ? performance.now() : Date.now();
}

/** Sections of a profile read in slices: lists the schema describes, which reading does not merge with another. */
const SLICEABLE = new Set(
  Object.entries(PROFILE_SCHEMA.properties as Record<string, SchemaNode>)
    .filter(([key, node]) => resolveSchema(node)?.type === 'array' && !(key in JSON_RESUME_SECTIONS) && !Object.values(JSON_RESUME_SECTIONS).includes(key))
    .map(([key]) => key),
);

/** Whether `key` names a list of a profile that is read in slices when it is long. */
export function isSliceable(key: string): boolean {
  return SLICEABLE.has(key);
}

/** The long lists of a profile, by name. */
export function longLists(input: Json, slicedFrom = SLICED_FROM): string[] {
  return Object.keys(input).filter((key) => SLICEABLE.has(key) && Array.isArray(input[key]) && (input[key] as unknown[]).length > slicedFrom);
}

/** Whether `usableProfileInSlices` (model/validate-slices.ts) would read `input` in slices (it has a long list). */
export function isLargeProfile(input: unknown): boolean {
  return isObject(input) && longLists(input).length > 0;
}

/**
 * Whether any input holds a long list (a profile's publications, CSL-JSON items, imported entries): reading it takes
 * long enough that a load gives the page the main thread back between its steps.
 */
export function isLargeInput(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > SLICED_FROM;
  if (!value || typeof value !== 'object') return false;
  return Object.values(value).some((member) => Array.isArray(member) && member.length > SLICED_FROM);
}

/**
 * The parts of a large profile's long lists that are being checked elsewhere (in the JSON worker,
 * internal/json-worker.ts) while the page reads it, each list from its first part on.
 */
export interface PartsCheckedElsewhere {
  /** The source named in the problems, and the number of entries per part: the parts are those of this reading. */
  source: string;
  step: number;
  /** What checking the part at `offset` of the list `key` gave there, once it has arrived (else undefined). */
  part(key: string, offset: number): { kept: unknown[]; problems: Problem[] } | undefined;
  /** The page has the whole list `key`: the rest of it need not be checked there. */
  leave(key: string): void;
}

const elsewhere = new WeakMap<object, PartsCheckedElsewhere>();

/** Says that `input` (a large profile) is being checked elsewhere, part by part. */
export function checkElsewhere(input: object, parts: PartsCheckedElsewhere): void {
  elsewhere.set(input, parts);
}

/** The parts of `input` checked elsewhere, when they are this reading's (the same source and parts). */
export function checkedElsewhere(input: object, source: string | undefined, step: number): PartsCheckedElsewhere | undefined {
  const parts = elsewhere.get(input);
  return parts && parts.source === source && parts.step === step ? parts : undefined;
}

const firstScreens = new WeakSet<object>();

/**
 * Marks `profile` as the first screen of a large profile: the profile with its long lists empty but for its newest
 * publications (as the JSON worker sends it before the rest, internal/json-worker.ts), to be shown while the whole is
 * read (see `readPublicationSources`).
 */
export function markFirstScreen(profile: object): void {
  firstScreens.add(profile);
}

/** Whether `value` was marked with {@link markFirstScreen}. */
export function isFirstScreen(value: unknown): boolean {
  return !!value && typeof value === 'object' && firstScreens.has(value);
}
