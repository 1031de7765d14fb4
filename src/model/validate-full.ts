/**
 * Profile validation, the part that finds and words problems: what the schema refuses (through the JSON Schema
 * validator), links with a refused scheme, values nested too deep and dates that do not exist, each left out and
 * reported as ./validate.ts describes. Data without a problem never needs it, so a page loads it only when a problem
 * is found; importing this module makes the functions of ./validate.ts complete at once (Node, the command line, the
 * model's index).
 */
import { MAX_JSON_DEPTH } from './json.js';
import { describePath, toPointer, valueAt } from './json-pointer.js';
import { completePublications, normalizeProfile, type ReadingFault, type ValueOrigins } from './normalize.js';
import { PROFILE_SCHEMA } from './profile-schema.js';
import { joinReasons } from './schema-errors.js';
import type { Problem, Profile } from './types.js';
import { refusedLinkReason, refusedLinks } from './urls.js';
import { useFullCheck, type CheckOptions, type ReportPath, type ValidationResult } from './validate.js';
import { errorsOf, faultsOf, type Fault } from './validate-faults.js';
import { compareOrders, comparePaths, ownPaths, pointerOf, readingOrder, remove, RemovalPlan, withoutDeepValues, type Removal } from './validate-removal.js';
import { isObject, type JsonObject as Json } from './text.js';

export {
  checkDocument,
  describePath,
  usableOrThrow,
  usableProfile,
  validateProfile,
  validatePublicationItems,
  type PublicationItemsResult,
  type ReportPath,
  type ValidationResult,
} from './validate.js';

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

/** `checkDocument` for an object that may have problems: finds, leaves out and words each of them. */
export function checkFully(input: Json, source: string | undefined, report: ReportPath, { complete = true }: CheckOptions = {}): ValidationResult {
  const withSource = (problem: Problem): Problem => (source ? { ...problem, source } : problem);
  const shallow = withoutDeepValues(input);
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

// Importing this module (the model's index, the command line) makes ./validate.ts complete at once; package.json
// lists this file under `sideEffects` so that bundlers keep this call.
useFullCheck(checkFully);
