/**
 * Profile validation in slices, for a page: the same profile and problems as `usableProfile` (./validate.ts), with
 * the work split into tasks short enough that the page stays responsive while a large profile is read.
 *
 * The profile without its long lists is checked first; then each long list (publications, work…) a few entries at a
 * time, each slice as a profile of its own whose paths are reported as paths in the whole profile. Between slices
 * the page gets the main thread back (`scheduler.yield()` where there is one, else a new task). An entry's check
 * never depends on the entries around it, so the result is the one the whole profile gives at once; publications
 * without an id get one unique in the whole list, at the end.
 */
import { pointerSegments } from './json-pointer.js';
import { completePublications } from './normalize.js';
import type { Problem, Profile } from './types.js';
import { isObject, type JsonObject as Json } from './text.js';
import { checkDocument, usableOrThrow, usableProfile, withFullValidator, type ValidationResult } from './validate.js';
import { readingOrder } from './validate-removal.js';
import { checkedElsewhere, FIRST_SCREEN, isLargeProfile, longLists, nextTask, SLICE_BUDGET, SLICE_STEP, Slicer, yieldToPage, type PartsCheckedElsewhere } from './large-profile.js';

export { isLargeProfile, Slicer, yieldToPage };

/** Entries checked between two looks at the clock. */
const STEP = SLICE_STEP;

/** Options of {@link usableProfileInSlices}. */
export interface SliceOptions {
  /** Stops the work (the promise rejects with an `AbortError`) once aborted: a newer load won. */
  signal?: AbortSignal;
  /** How long one slice may take, in ms. */
  budget?: number;
  /** Lists with more entries than this are read in slices (default 200; tests set 0 to slice every list). */
  slicedFrom?: number;
  /** Entries read together, between two looks at the clock (default 25). */
  step?: number;
  /**
   * Called once, before the rest is read, with the profile and only its newest `firstScreen` publications (chosen by
   * a quick look at their dates, then read as the rest is; its other long lists empty): enough for a page to show
   * its first screen early. Only for a profile whose publications are read in slices.
   */
  onFirstScreen?: (profile: Profile) => void;
  /** How many publications `onFirstScreen` gets (default 30). */
  firstScreen?: number;
}

/** What checking one part of a long list gives: the entries kept (in order) and the problems, paths in the whole profile. */
export interface CheckedPart {
  kept: unknown[];
  problems: Problem[];
}

const identity = (path: readonly string[]) => [...path];

/** The profile `input` without its long lists `lists` (kept in their places, empty), checked. */
export function checkShell(input: Json, lists: readonly string[], source: string | undefined): ValidationResult {
  const shell: Json = { ...input };
  for (const key of lists) shell[key] = [];
  return checkDocument(shell, source, identity, { complete: false });
}

/** The entries `offset` to `offset + step` of the long list `key` of `input`, checked as in the whole profile. */
export function checkListPart(input: Json, key: string, offset: number, step: number, source: string | undefined): CheckedPart {
  const list = input[key] as unknown[];
  const part = checkDocument(
    { basics: { name: key }, [key]: list.slice(offset, offset + step) },
    source,
    (path) => (path[0] === key && path[1] !== undefined ? [key, String(offset + Number(path[1])), ...path.slice(2)] : [...path]),
    { complete: false },
  );
  // Not reached (the wrapper is valid whatever the entries are); said rather than assumed.
  if (!part.profile) throw new Error(part.fatal?.message ?? 'The profile could not be made valid.');
  return { kept: (part.profile as unknown as Json)[key] as unknown[], problems: part.problems };
}

/** A sortable number for the date a publication gives, read without checking it (0 when there is none). */
function roughDate(item: unknown): number {
  if (!isObject(item)) return 0;
  const issued = item.issued ?? item.releaseDate;
  let parts: unknown[] | undefined;
  if (isObject(issued) && Array.isArray(issued['date-parts']) && Array.isArray(issued['date-parts'][0])) parts = issued['date-parts'][0] as unknown[];
  else {
    const text = typeof issued === 'number' ? String(issued) : typeof issued === 'string' ? issued : isObject(issued) ? (issued.raw ?? issued.literal) : undefined;
    const match = typeof text === 'string' ? /(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(text) : null;
    parts = match ? match.slice(1) : undefined;
  }
  if (!parts) return 0;
  const [year, month, day] = parts.map((part) => Number(part) || 0);
  return (year ?? 0) * 10_000 + Math.min(month ?? 0, 99) * 100 + Math.min(day ?? 0, 99);
}

/** The indexes of the `count` newest items (by {@link roughDate}), in the order of the list. */
export function newestIndexes(items: readonly unknown[], count: number): number[] {
  if (items.length <= count) return items.map((_, index) => index);
  // The newest so far, newest first (an earlier item first among equals): one pass, no sort of the whole list.
  const top: Array<{ date: number; index: number }> = [];
  for (let index = 0; index < items.length; index++) {
    const date = roughDate(items[index]);
    if (top.length === count && date <= top[count - 1]!.date) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.date < date) at--;
    top.splice(at, 0, { date, index });
    if (top.length > count) top.pop();
  }
  return top.map(({ index }) => index).sort((a, b) => a - b);
}

/**
 * The parts of the long list `key`, checked, in order. With a worker checking them too (`elsewhere`, from the first
 * part on), the page takes each part the worker has sent and checks parts itself from the last one back, never
 * waiting: the two meet in the middle, and the worker is told to leave the rest of the list.
 */
async function checkList(input: Json, key: string, step: number, source: string | undefined, slicer: Slicer, elsewhere?: PartsCheckedElsewhere): Promise<CheckedPart[]> {
  const length = (input[key] as unknown[]).length;
  const parts: CheckedPart[] = new Array<CheckedPart>(Math.ceil(length / step));
  let front = 0;
  let back = parts.length - 1;
  while (front <= back) {
    await slicer.step();
    let arrived: CheckedPart | undefined;
    while (front <= back && (arrived = elsewhere?.part(key, front * step))) parts[front++] = arrived;
    if (front <= back) {
      const at = back--;
      parts[at] = await withFullValidator(() => checkListPart(input, key, at * step, step, source));
    }
  }
  elsewhere?.leave(key);
  return parts;
}

/**
 * Checks the profile `input` as {@link validateProfile} does, in slices (see the top of this module). Gives the same
 * result; rejects with an `AbortError` once `signal` is aborted.
 */
export async function validateProfileInSlices(
  input: unknown,
  source?: string,
  { signal, budget = SLICE_BUDGET, slicedFrom, step = STEP, onFirstScreen, firstScreen = FIRST_SCREEN }: SliceOptions = {},
): Promise<ValidationResult> {
  if (!isObject(input)) return checkDocument(input, source, identity);
  const lists = longLists(input, slicedFrom);
  if (!lists.length) return withFullValidator(() => checkDocument(input, source, identity));
  // Parts a worker checks meanwhile, when it checks this very input (the same lists, in parts of `step`); its
  // messages come in between slices that end in a new task (`scheduler.yield()` would go on before them).
  const elsewhere = checkedElsewhere(input, source, step);
  const slicer = new Slicer(budget, signal, elsewhere ? nextTask : yieldToPage);
  // A part with a problem loads the validator that words it, and only that part is read again.
  const result = await withFullValidator(() => checkShell(input, lists, source));
  if (!result.profile) return result;
  const profile = result.profile as unknown as Json;
  const problems = [...result.problems];
  if (onFirstScreen && lists.includes('publications')) {
    await slicer.step();
    const all = input.publications as unknown[];
    const newest = { basics: { name: 'publications' }, publications: newestIndexes(all, firstScreen).map((index) => all[index]) };
    const first = await withFullValidator(() => checkDocument(newest, source, identity));
    onFirstScreen({ ...profile, publications: (first.profile?.publications ?? []) as unknown[] } as unknown as Profile);
  }
  for (const key of lists) {
    const kept: unknown[] = [];
    for (const part of await checkList(input, key, step, source, slicer, elsewhere)) {
      for (const entry of part.kept) kept.push(entry);
      for (const problem of part.problems) problems.push(problem);
    }
    profile[key] = kept;
  }
  await slicer.step();
  if (Array.isArray(profile.publications)) completePublications(profile.publications);
  // In reading order, as the whole profile gives them: sections in the order of the schema (each section's problems
  // are in order already, and the sort is stable).
  const sectionOrder = (problem: Problem) => {
    const first = pointerSegments(problem.path).slice(0, 1);
    return first.length ? readingOrder(input, first)[0]! : -1;
  };
  const orders = new Map(problems.map((problem) => [problem, sectionOrder(problem)]));
  problems.sort((a, b) => orders.get(a)! - orders.get(b)!);
  return { profile: profile as unknown as Profile, problems };
}

/**
 * {@link usableProfile}, in slices: the same profile and problems, or the same `ScholarLoadError`; the main thread
 * is given back to the page between slices, and the work stops (rejecting with an `AbortError`) once `signal` is
 * aborted. A profile without long lists is read at once.
 */
export async function usableProfileInSlices(
  input: unknown,
  source: string,
  { named = source === 'property' ? 'The profile' : source, what = 'profile' }: { named?: string; what?: string } = {},
  options: SliceOptions = {},
): Promise<{ profile: Profile; problems: Problem[] }> {
  if (!isObject(input) || !longLists(input, options.slicedFrom).length) return usableProfile(input, source, { named, what });
  return usableOrThrow(await validateProfileInSlices(input, source, options), source, { named, what });
}
