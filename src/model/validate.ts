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
 * The work is shared with ./validate-faults.ts (the validator's errors as faults in words) and ./validate-removal.ts
 * (what leaving each fault out costs, done without touching the input).
 */
import { MAX_JSON_DEPTH } from './json.js';
import { joinReasons } from './schema-errors.js';
import { describePath, kindOf, toPointer, valueAt } from './json-pointer.js';
import { completePublications, normalizeProfile, type ReadingFault, type ValueOrigins } from './normalize.js';
import { PROFILE_SCHEMA } from './profile-schema.js';
import { ScholarLoadError } from './load-error.js';
import type { Problem, Profile, Publication } from './types.js';
import { refusedLinkReason, refusedLinks } from './urls.js';
import { errorsOf, faultsOf, type Fault } from './validate-faults.js';
import { compareOrders, comparePaths, ownPaths, pointerOf, readingOrder, remove, RemovalPlan, withoutDeepValues, type Removal } from './validate-removal.js';
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

/** `describePath(toPointer(segments))`: "publications[3].title", or "(the document)". */
function describeSegments(segments: readonly string[]): string {
  if (!segments.length) return '(the document)';
  let words = '';
  for (const [index, segment] of segments.entries()) words += /^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`;
  return words;
}

/** A removal as the page owner reads it: paths and words about the input as written. `at` is the path in the input. */
function toProblem(removal: Removal, origins: ValueOrigins, wasEntry: boolean, report: ReportPath): Problem & { at: string[] } {
  const at = origins.inputPath(removal.target);
  const message = removal.texts.map(({ at: where, text }) => `${describeSegments(report(origins.inputPath(where)))}: ${text}`);
  return { at, path: pointerOf(report(at)), message: joinReasons(message), leftOut: wasEntry ? 'entry' : 'value' };
}

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

/** A value or entry left out by {@link leaveOutFaults}, and whether it was an entry (an object in a list). */
interface Removed {
  removal: Removal;
  entry: boolean;
}

/**
 * Leaves out of `document` everything the schema finds, and the links no element may show (the schema lets any text
 * be a link): they go as values do, and one inside an entry that goes is part of its problem. One round leaves out
 * everything (a left-out value never makes another one wrong); the second only confirms it; the bound is a guard.
 * Gives what was left out; the fault that would leave out the document itself; or `unfixed` when the bound is reached.
 */
function leaveOutFaults(document: Json): { removed: Removed[] } | { fatal: Fault } | { unfixed: true } {
  const removed: Removed[] = [];
  for (let round = 0; round < 3; round++) {
    const errors = errorsOf(document, PROFILE_SCHEMA, '#', '#');
    const refused = round === 0 ? refusedLinks(document) : [];
    if (errors.length === 0 && refused.length === 0) return { removed };
    const plan = new RemovalPlan(document);
    for (const fault of faultsOf(errors, document)) if (!plan.add(fault)) return { fatal: fault };
    for (const { path, link } of refused) plan.add({ at: path, text: refusedLinkReason(link) });
    // Extra fields are shared with the input: the lists and objects that hold a refused link become copies first.
    if (refused.length)
      ownPaths(
        document,
        refused.map(({ path }) => path),
      );
    const removals = plan.outermost();
    for (const removal of removals) {
      const target = removal.target;
      removed.push({ removal, entry: Array.isArray(valueAt(document, target.slice(0, -1))) && isObject(valueAt(document, target)) });
    }
    remove(document, removals);
  }
  return { unfixed: true };
}

/**
 * The problems for what was left out, in reading order. Values the reading left out (dates that do not exist) join
 * the entry they were in when that entry went too.
 */
function problemsOf(input: unknown, removed: Removed[], readingFaults: ReadingFault[], origins: ValueOrigins, report: ReportPath): Problem[] {
  const problems = removed.map(({ removal, entry }) => toProblem(removal, origins, entry, report));
  const entries = new Map(problems.filter((problem) => problem.leftOut === 'entry').map((problem) => [pointerOf(problem.at), problem]));
  for (const fault of readingFaults) {
    const at = fault.path;
    const message = `${describeSegments(report(at))}: ${fault.text}`;
    let holder: (typeof problems)[number] | undefined;
    for (let length = at.length - 1; length > 0 && !holder; length--) holder = entries.get(pointerOf(at, length));
    if (holder) holder.message += `; ${message}`;
    else problems.push({ at, path: pointerOf(report(at)), message, leftOut: 'value' });
  }
  const orders = new Map(problems.map((problem) => [problem, readingOrder(input, problem.at)]));
  problems.sort((a, b) => compareOrders(orders.get(a)!, orders.get(b)!) || comparePaths(a.at, b.at));
  return problems.map(({ at: _at, ...problem }) => problem);
}

/**
 * {@link validateProfile}, with paths in problems reported as `report` says. `complete: false` leaves publications
 * without an id or type as they are (for a part of a list, completed with the rest: ./validate-slices.ts).
 */
export function checkDocument(input: unknown, source: string | undefined, report: ReportPath, { complete = true }: { complete?: boolean } = {}): ValidationResult {
  const withSource = (problem: Problem): Problem => (source ? { ...problem, source } : problem);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      problems: [],
      fatal: withSource({ path: '', message: `A profile must be a JSON object, got ${kindOf(input)}.` }),
    };
  }
  const shallow = withoutDeepValues(input as Json);
  const { document: read, faults: readingFaults, origins } = normalizeProfile(shallow.input);
  const tooDeep = `nested deeper than ${MAX_JSON_DEPTH} levels; the limit is ${MAX_JSON_DEPTH}`;
  for (const path of shallow.removed) readingFaults.push({ path, text: tooDeep });
  const document = read as Json;
  const outcome = leaveOutFaults(document);
  if ('fatal' in outcome) {
    const path = toPointer(report(origins.inputPath(outcome.fatal.at)));
    return { problems: [], fatal: withSource({ path, message: `${describePath(path)}: ${outcome.fatal.text}.` }) };
  }
  if ('unfixed' in outcome) return { problems: [], fatal: withSource({ path: '', message: 'The profile could not be made valid.' }) };
  if (complete && Array.isArray(document.publications)) completePublications(document.publications);
  return {
    profile: document as unknown as Profile,
    problems: problemsOf(input, outcome.removed, readingFaults, origins, report).map(withSource),
  };
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
