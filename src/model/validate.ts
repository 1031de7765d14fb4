/**
 * Profile validation against schema/profile.schema.json.
 *
 * A profile is first read the way people write one (normalize.ts: JSON Resume names, hand-written dates, single
 * values where lists are expected), then checked. A bad value loses that value only: the field (or the one bad
 * item of a list) is left out and reported with its JSON path in the input; the rest of its entry is kept as long
 * as the entry still has what it cannot do without (a publication its title, a position an organisation or a
 * title…). An entry that lost that is left out as a whole. The validator interprets the schema (no code
 * generation, so no `eval`): it runs under a strict CSP.
 *
 * Links: a link (`url`, `URL`, `image`, wherever it is) with a scheme other than http(s) or mailto (`javascript:`,
 * `data:`…) is left out and reported once, with its path; the elements' render-time check stays as a second guard.
 *
 * Limits: a value nested deeper than `MAX_JSON_DEPTH` (100) levels is left out and reported before anything else
 * reads it. Lists of any length are checked: a list whose errors the validator cannot hold at once (about 100,000)
 * is checked item by item, with the same result.
 *
 * Data without a problem is checked here, by the check built from the schema (./validate-fast.ts). Finding, leaving
 * out and wording problems is ./validate-full.ts's work (with ./validate-faults.ts and ./validate-removal.ts and the
 * JSON Schema validator): a page downloads it only when a problem turns up. Until it is loaded the functions here
 * throw {@link ValidatorPending} for data with a problem; {@link withFullValidator} loads it and runs the work again.
 * Import the model's index (or ./validate-full.ts) for functions that always answer at once.
 */
import { tooDeepPaths } from './json.js';
import { kindOf } from './json-pointer.js';
import { completePublications, normalizeProfile } from './normalize.js';
import { PROFILE_SCHEMA } from './profile-schema.js';
import { ScholarLoadError } from './load-error.js';
import type { Problem, Profile, Publication } from './types.js';
import { refusedLinks } from './urls.js';
import { isValidFast } from './validate-fast.js';
import { isObject, type JsonObject as Json } from './text.js';

export { describePath } from './json-pointer.js';

export interface ValidationResult {
  /** The usable profile (bad values and entries left out), or undefined when nothing usable remains. */
  profile?: Profile;
  /** Everything that was left out, and why. */
  problems: Problem[];
  /** Set when the document as a whole cannot be used (not an object, no name…). */
  fatal?: Problem;
}

/** How a path in the input is reported: as it is for a profile; see {@link validatePublicationItems}. */
export type ReportPath = (inputPath: readonly string[]) => string[];

/**
 * Validates a parsed profile (also a JSON Resume, or a mix of both). Bad values and entries are left out and
 * reported with their JSON path in the input; links with a refused scheme are left out and reported too; extra
 * fields are kept. The input is never modified.
 */
export function validateProfile(input: unknown, source?: string): ValidationResult {
  return checkDocument(input, source, (path) => [...path]);
}

/**
 * The usable profile in `input` and what was left out of it, for a reader that cannot go on without one: throws a
 * `ScholarLoadError` (kind `schema`, with the path of what made it unusable) saying that `named` — by default
 * "The profile" for a property, else the source — "is not a usable" `what`.
 */
export function usableProfile(
  input: unknown,
  source: string,
  { named = source === 'property' ? 'The profile' : source, what = 'profile' }: { named?: string; what?: string } = {},
): { profile: Profile; problems: Problem[] } {
  return usableOrThrow(validateProfile(input, source), source, { named, what });
}

/** The profile of a validation result, or the `ScholarLoadError` {@link usableProfile} throws. */
export function usableOrThrow(result: ValidationResult, source: string, { named, what }: { named: string; what: string }): { profile: Profile; problems: Problem[] } {
  if (result.profile) return { profile: result.profile, problems: result.problems };
  const fatal = result.fatal ?? { path: '', message: 'it is not a profile' };
  throw new ScholarLoadError({ kind: 'schema', source, path: fatal.path, message: `${named} is not a usable ${what}: ${fatal.message}` });
}

/** Options of {@link checkDocument}. */
export interface CheckOptions {
  /** False leaves publications without an id or type as they are (for a part of a list, completed with the rest). */
  complete?: boolean;
}

type FullCheck = (input: Json, source: string | undefined, report: ReportPath, options?: CheckOptions) => ValidationResult;

/** The check that finds and words problems, once ./validate-full.ts is loaded. */
let fullCheck: FullCheck | undefined;

/** @internal Called by ./validate-full.ts when it loads. */
export function useFullCheck(check: FullCheck): void {
  fullCheck = check;
}

let fullValidatorLoad: Promise<void> | undefined;

/** Loads ./validate-full.ts (once), after which every check here answers at once. */
export function loadFullValidator(): Promise<void> {
  fullValidatorLoad ??= import('./validate-full.js').then((module) => useFullCheck(module.checkFully));
  return fullValidatorLoad;
}

/**
 * Thrown by a check that found a problem before ./validate-full.ts, which words it, was loaded; `ready` settles once
 * it is. Not a {@link ScholarLoadError}: readers that collect those let it through.
 */
export class ValidatorPending extends Error {
  readonly ready = loadFullValidator();
  constructor() {
    super('The validator that words problems is loading.');
    this.name = 'ValidatorPending';
  }
}

/**
 * Runs `work`; when it needed the validator that words problems, loads that and runs `work` again. An answer given
 * at once stays synchronous (server rendering reads data given as a property in one step).
 */
export function withFullValidator<T>(work: () => T): T | Promise<Awaited<T>> {
  const again = (error: unknown): Promise<Awaited<T>> => {
    if (!(error instanceof ValidatorPending)) throw error;
    return error.ready.then(work) as Promise<Awaited<T>>;
  };
  try {
    const result = work();
    return result instanceof Promise ? (result.catch(again) as Promise<Awaited<T>>) : result;
  } catch (error) {
    return again(error);
  }
}

/** The profile `input` reads as, when it has nothing to leave out or report (else undefined). */
function readWithoutProblems(input: Json): Profile | undefined {
  if (tooDeepPaths(input).length) return undefined;
  const { document, faults } = normalizeProfile(input);
  if (faults.length || !isValidFast(document, PROFILE_SCHEMA) || refusedLinks(document).length) return undefined;
  return document as unknown as Profile;
}

/**
 * {@link validateProfile}, with paths in problems reported as `report` says. `complete: false` leaves publications
 * without an id or type as they are (for a part of a list, completed with the rest: ./validate-slices.ts).
 */
export function checkDocument(input: unknown, source: string | undefined, report: ReportPath, options: CheckOptions = {}): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const fatal: Problem = { path: '', message: `A profile must be a JSON object, got ${kindOf(input)}.` };
    return { problems: [], fatal: source ? { ...fatal, source } : fatal };
  }
  if (fullCheck) return fullCheck(input as Json, source, report, options);
  const profile = readWithoutProblems(input as Json);
  if (!profile) throw new ValidatorPending();
  if (options.complete !== false && Array.isArray(profile.publications)) completePublications(profile.publications as Publication[]);
  return { profile, problems: [] };
}
/** Publication items checked as a profile's publications are: see {@link validatePublicationItems}. */
export interface PublicationItemsResult {
  /** The usable items, in order, each with its index in the list given (an item left out whole is missing). */
  items: Array<{ index: number; item: Publication }>;
  /**
   * Everything left out, and why. Paths and messages name the item by its index in the list given, or by
   * `indexes[i]` when given: path "/3/awards", message "[3].awards: expected a list, got a string".
   */
  problems: Problem[];
}

/**
 * Checks publication items from outside a profile (a CSL-JSON list, the `items` property of `<pub-list>`) exactly as
 * a profile's publications are checked: each value the publication definition of schema/profile.schema.json does
 * not allow (`awards: 5`, `keywords: [false]`, `links: [5]`, a `category` that is not one of its names…), each
 * value nested deeper than `MAX_JSON_DEPTH`, and each link with a refused scheme is left out with a problem at its
 * path; an item is left out whole only when it lost its title. The forms people write are read as in a profile
 * (links written as an object, one keyword as a list of one…). `indexes[i]` is the index item `i` is reported
 * under (its place in the source, when items before it were already left out); by default `i`. The input is
 * never modified.
 */
export function validatePublicationItems(items: readonly unknown[], source?: string, indexes?: readonly number[]): PublicationItemsResult {
  const withSource = (problem: Problem): Problem => (source ? { ...problem, source } : problem);
  const reportedIndex = (position: number) => indexes?.[position] ?? position;
  const problems: Problem[] = [];
  // Only objects go to the validator, so that the items it keeps are the ones it was given, less the ones it reports.
  const objects: Json[] = [];
  const positions: number[] = [];
  items.forEach((item, position) => {
    if (isObject(item)) {
      objects.push(item);
      positions.push(position);
    } else {
      const index = reportedIndex(position);
      problems.push(withSource({ path: `/${index}`, message: `[${index}]: expected an object, got ${kindOf(item)}`, leftOut: 'entry' }));
    }
  });
  const indexOf = (at: string) => String(reportedIndex(positions[Number(at)] ?? Number(at)));
  // Paths in the profile wrapped around the items ("/publications/3/awards") are reported as paths in the list.
  const report: ReportPath = (path) => (path[0] === 'publications' && path[1] !== undefined ? [indexOf(path[1]), ...path.slice(2)] : [...path]);
  const result = checkDocument({ basics: { name: 'publications' }, publications: objects }, source, report);
  if (!result.profile) {
    // Not reached for a list of objects (the wrapper is valid); said rather than assumed.
    const message = result.fatal?.message ?? 'The items could not be checked.';
    for (const position of positions) problems.push(withSource({ path: `/${reportedIndex(position)}`, message, leftOut: 'entry' }));
    return { items: [], problems };
  }
  const leftOut = new Set(result.problems.map((problem) => problem.path));
  const kept = positions.filter((position) => !leftOut.has(`/${reportedIndex(position)}`));
  return {
    items: ((result.profile.publications ?? []) as Publication[]).map((item, at) => ({ index: reportedIndex(kept[at]!), item })),
    problems: [...problems, ...result.problems],
  };
}
