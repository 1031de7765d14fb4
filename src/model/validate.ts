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
 */
import { dereference, encodePointer, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { MAX_JSON_DEPTH, tooDeepPaths } from './json.js';
import { describePath, kindOf, pointerSegments, preview, toPointer, valueAt } from './json-pointer.js';
import { completePublications, normalizeProfile, type ValueOrigins } from './normalize.js';
import { PROFILE_SCHEMA, hasCore, resolveSchema, schemaAtPath, schemaForValue, schemaProperties, type SchemaNode } from './profile-schema.js';
import { JSON_RESUME_SECTIONS } from './json-resume.js';
import { ScholarLoadError } from './load-error.js';
import type { Problem, Profile, Publication } from './types.js';
import { refusedLinkReason, refusedLinks } from './urls.js';

export { describePath } from './json-pointer.js';

export interface ValidationResult {
  /** The usable profile (bad values and entries left out), or undefined when nothing usable remains. */
  profile?: Profile;
  /** Everything that was left out, and why. */
  problems: Problem[];
  /** Set when the document as a whole cannot be used (not an object, no name…). */
  fatal?: Problem;
}

/** The schema's `$ref` targets by URI, for the validator; indexed once. */
let lookup: ReturnType<typeof dereference> | undefined;

/** Where each object of the schema is in it ("#/$defs/publication"), for checking a value against that part alone. */
let locations: Map<object, string> | undefined;

function schemaLocation(node: SchemaNode): string {
  if (!locations) {
    locations = new Map();
    const stack: Array<{ node: unknown; at: string }> = [{ node: PROFILE_SCHEMA, at: '#' }];
    while (stack.length) {
      const { node: current, at } = stack.pop()!;
      if (current === null || typeof current !== 'object' || locations.has(current)) continue;
      locations.set(current, at);
      for (const [key, child] of Object.entries(current)) stack.push({ node: child, at: `${at}/${encodePointer(key)}` });
    }
  }
  return locations.get(node) ?? '#';
}

/** Keywords that check what is inside a value rather than the value itself. */
const CHILD_KEYWORDS = ['properties', 'additionalProperties', 'patternProperties', 'items', 'prefixItems', 'contains'];

const ownCheckCache = new WeakMap<SchemaNode, SchemaNode>();

/** A schema node without the keywords that look inside the value (in its `allOf`/`anyOf`/`oneOf` parts too). */
function ownCheck(node: SchemaNode): SchemaNode {
  let own = ownCheckCache.get(node);
  if (own) return own;
  own = { ...node };
  for (const keyword of CHILD_KEYWORDS) delete own[keyword];
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(node[keyword])) own[keyword] = (node[keyword] as SchemaNode[]).map((part) => ownCheck(resolveSchema(part) ?? {}));
  }
  ownCheckCache.set(node, own);
  return own;
}

function validatorErrors(value: unknown, node: SchemaNode, instanceLocation: string, location: string): OutputUnit[] {
  lookup ??= dereference(PROFILE_SCHEMA as Schema);
  return validate(value, node as Schema, '2020-12', lookup, false, null, instanceLocation, location).errors;
}

/**
 * Lists and objects that hold more than this many values (themselves, their members, and so on down) are checked a
 * part at a time: see {@link errorsOf}.
 */
const CHECKED_AT_ONCE = 10_000;

/** The lists and objects in `document` that hold more than `CHECKED_AT_ONCE` values, found without recursion. */
function largeParts(document: unknown): Set<object> {
  const large = new Set<object>();
  if (document === null || typeof document !== 'object') return large;
  const sizes = new Map<object, number>();
  const visited = new Set<object>([document]);
  const stack: Array<{ value: object; entered: boolean }> = [{ value: document, entered: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (!top.entered) {
      top.entered = true;
      for (const member of Object.values(top.value)) {
        if (member === null || typeof member !== 'object' || visited.has(member)) continue;
        visited.add(member);
        stack.push({ value: member, entered: false });
      }
      continue;
    }
    stack.pop();
    let size = 1;
    for (const member of Object.values(top.value)) size += member !== null && typeof member === 'object' ? (sizes.get(member) ?? 1) : 1;
    sizes.set(top.value, size);
    if (size > CHECKED_AT_ONCE) large.add(top.value);
  }
  return large;
}

/**
 * The validator's errors for `value` against the schema `node`. The validator gathers the errors below a value in
 * one list and passes that list on as the arguments of a call, which overflows the call stack at about 100,000
 * errors (a publication with 100,000 bad keywords). So a large value (see `largeParts`), or one that overflows all
 * the same, is checked in parts: its own keywords, then each member on its own, the same way down. The errors are
 * the same; only summary errors, which are not reported anyway, are missing.
 */
function errorsOf(value: unknown, node: SchemaNode, instanceLocation: string, location: string, large: Set<object>): OutputUnit[] {
  const isContainer = value !== null && typeof value === 'object';
  if (!isContainer || !large.has(value)) {
    try {
      return validatorErrors(value, node, instanceLocation, location);
    } catch (error) {
      if (!(error instanceof RangeError) || !isContainer) throw error;
    }
  }
  const schema = schemaForValue(node, value);
  if (!schema) return [];
  // Its own keywords look at nothing below it: one call of the validator holds them.
  const errors = validatorErrors(value, ownCheck(schema), instanceLocation, schemaLocation(schema));
  const additional = schema.additionalProperties;
  for (const [key, member] of Object.entries(value)) {
    const memberNode = Array.isArray(value)
      ? (schema.items as SchemaNode | undefined)
      : (schemaProperties(schema).get(key) ?? (additional && typeof additional === 'object' ? (additional as SchemaNode) : undefined));
    if (!memberNode) continue;
    for (const memberError of errorsOf(member, memberNode, `${instanceLocation}/${encodePointer(key)}`, schemaLocation(memberNode), large)) {
      errors.push(memberError);
    }
  }
  return errors;
}

/** Keywords whose errors only say "something below failed": the leaf errors say what. */
const SUMMARY_KEYWORDS = new Set(['properties', 'items', 'prefixItems', 'allOf', '$ref', 'additionalProperties', 'unevaluatedProperties']);

const PARTIAL_DATE = (PROFILE_SCHEMA.$defs as Record<string, SchemaNode>).partialDate;

/**
 * The schema object that holds the failing keyword, found by walking the keyword location
 * ("#/properties/work/items/$ref/…/pattern") and following each `$ref` on the way.
 */
function schemaAt(keywordLocation: string): SchemaNode | undefined {
  let node: unknown = PROFILE_SCHEMA;
  for (const segment of pointerSegments(keywordLocation).slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    const current = node as SchemaNode;
    node = segment === '$ref' ? resolveSchema(current) : current[segment];
  }
  return node && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

/** Says what was expected, in words, from one validator error. */
function explain(unit: OutputUnit, document: unknown): string {
  const value = valueAt(document, pointerSegments(unit.instanceLocation));
  const names = [...unit.error.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
  switch (unit.keyword) {
    case 'type': {
      const expected = names.slice(1).join(' or ') || 'another type';
      return `expected ${expected.replace(/\binteger\b/, 'a whole number').replace(/^(string|object|number|array|boolean)$/, (t) => (t === 'array' ? 'a list' : t === 'object' ? 'an object' : `a ${t}`))}, got ${kindOf(value)}`;
    }
    case 'required':
      return `missing required field "${names[0] ?? '?'}"`;
    case 'pattern':
      if (schemaAt(unit.keywordLocation) === PARTIAL_DATE) return `expected a date such as "2021", "2021-06" or "2021-06-15", got ${preview(value)}`;
      return `does not have the expected form, got ${preview(value)}`;
    case 'format':
      return `expected ${names[0] === 'email' ? 'an email address' : `a ${names[0]}`}, got ${preview(value)}`;
    case 'enum':
    case 'const':
      return `expected one of the documented values, got ${preview(value)}`;
    case 'minLength':
      return 'must not be empty';
    case 'minimum':
    case 'maximum':
      return `${unit.error.replace(/^Number/, 'value')}, got ${preview(value)}`;
    case 'minItems':
    case 'maxItems':
      return `${unit.error.replace(/^Array/, 'list')}, got ${preview(value)}`;
    case 'anyOf':
    case 'oneOf':
      return `does not match any allowed form, got ${preview(value)}`;
    default:
      return unit.error;
  }
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function orList(names: string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
}

/** A value that cannot be used, found by the schema: where (an object that lacks a field it needs is itself the value), and what was wrong. */
interface Fault {
  at: string[];
  text: string;
}

/**
 * The validator's errors as faults, one per location: summary errors are dropped, and the errors of `anyOf` /
 * `oneOf` alternatives are put together (an entry that has none of its alternative required fields, a value that
 * has none of the allowed types), or left to the more specific errors inside the alternative the value took.
 */
function faultsOf(errors: OutputUnit[], document: unknown): Fault[] {
  const specific = errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  const isChoice = (error: OutputUnit) => error.keyword === 'anyOf' || error.keyword === 'oneOf';
  // Each alternative's errors, found by the keyword location of the anyOf/oneOf they are under and the value they
  // are about (one schema location serves every item of a list, so both are needed).
  const choices = new Map<string, OutputUnit>();
  for (const error of specific) if (isChoice(error)) choices.set(`${error.keywordLocation} ${error.instanceLocation}`, error);
  const branchErrors = new Map<OutputUnit, OutputUnit[]>();
  if (choices.size) {
    for (const error of specific) {
      const instancePrefixes = error.instanceLocation.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'));
      for (const match of error.keywordLocation.matchAll(/\/(?:anyOf|oneOf)(?=\/)/g)) {
        const keywordPrefix = error.keywordLocation.slice(0, match.index + match[0].length);
        for (const instance of instancePrefixes) {
          const choice = choices.get(`${keywordPrefix} ${instance}`);
          if (!choice) continue;
          const list = branchErrors.get(choice);
          if (list) list.push(error);
          else branchErrors.set(choice, [error]);
        }
      }
    }
  }
  const settled = new Set<OutputUnit>();
  const faults: Fault[] = [];
  for (const choice of choices.values()) {
    if (settled.has(choice)) continue;
    settled.add(choice);
    const below = branchErrors.get(choice) ?? [];
    const at = pointerSegments(choice.instanceLocation);
    const holder = schemaAt(choice.keywordLocation);
    const branches = ((holder?.[choice.keyword] ?? []) as SchemaNode[]).map((branch) => resolveSchema(branch) ?? {});
    if (branches.length && branches.every((branch) => Array.isArray(branch.required) && Object.keys(branch).length === 1)) {
      for (const error of below) settled.add(error);
      const names = branches.map((branch) => (branch.required as string[]).join('" and "'));
      faults.push({ at, text: `missing required field ${orList(names)}` });
      continue;
    }
    const here = below.filter((error) => error.instanceLocation === choice.instanceLocation);
    for (const error of here) settled.add(error);
    // The value took one of the forms and something inside it is wrong: those errors say what.
    if (here.length < below.length) continue;
    const expectations = here
      .filter((error) => error.keyword === 'type')
      .map((error) => /^expected (.+), got /.exec(explain(error, document))?.[1])
      .filter((expectation, index, all): expectation is string => !!expectation && all.indexOf(expectation) === index);
    faults.push({
      at,
      text: expectations.length
        ? `expected ${expectations.join(' or ')}, got ${kindOf(valueAt(document, at))}`
        : here.length === 1
          ? explain(here[0]!, document)
          : explain(choice, document),
    });
  }
  const seen = new Set<string>();
  for (const error of specific) {
    if (settled.has(error) || isChoice(error)) continue;
    const key = `${error.instanceLocation} ${error.keyword} ${error.error}`;
    if (seen.has(key)) continue;
    seen.add(key);
    faults.push({ at: pointerSegments(error.instanceLocation), text: explain(error, document) });
  }
  return faults;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What goes for faults at one place: the value or entry at `target`, and each fault's words. */
interface Removal {
  target: string[];
  texts: Array<{ at: string[]; text: string }>;
}

/**
 * Decides what to leave out for each fault. A fault's own value goes (a CSL date goes as a whole: its parts mean
 * something by position); when that leaves the object holding it without what it cannot do without, the object
 * goes instead, and so on upwards. Undefined: the document itself would have to go.
 */
class RemovalPlan {
  readonly removals = new Map<string, Removal>();

  constructor(private readonly document: Json) {}

  /** Whether `path` is planned to go, or lies inside something that is. */
  private leaving(path: string[]): boolean {
    for (let length = path.length; length > 0; length--) if (this.removals.has(toPointer(path.slice(0, length)))) return true;
    return false;
  }

  add(fault: Fault): boolean {
    let target = fault.at;
    const dateParts = target.indexOf('date-parts');
    if (dateParts > 0) target = target.slice(0, dateParts);
    for (let steps = target.length; steps >= 0; steps--) {
      if (target.length === 0) return false;
      const parentPath = target.slice(0, -1);
      const parent = valueAt(this.document, parentPath);
      if (!isObject(parent)) break;
      const schema = schemaAtPath(this.document, parentPath);
      const key = target[target.length - 1]!;
      if (!schema || hasCore(schema, parent, (field) => field === key || this.leaving([...parentPath, field]))) break;
      target = parentPath;
    }
    const pointer = toPointer(target);
    let removal = this.removals.get(pointer);
    if (!removal) this.removals.set(pointer, (removal = { target, texts: [] }));
    removal.texts.push({ at: fault.at, text: fault.text });
    return true;
  }

  /** The planned removals, outermost only (one inside another is part of it), with the words of both. */
  outermost(): Removal[] {
    const result: Removal[] = [];
    const byLength = [...this.removals.values()].sort((a, b) => a.target.length - b.target.length);
    const kept = new Map<string, Removal>();
    for (const removal of byLength) {
      let outer: Removal | undefined;
      for (let length = removal.target.length - 1; length > 0 && !outer; length--) outer = kept.get(toPointer(removal.target.slice(0, length)));
      if (outer) for (const text of removal.texts) outer.texts.push(text);
      else {
        kept.set(toPointer(removal.target), removal);
        result.push(removal);
      }
    }
    return result;
  }
}

/** Compares two paths segment by segment, list positions as numbers. */
function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const left = a[index]!;
    const right = b[index]!;
    if (left === right) continue;
    if (/^\d+$/.test(left) && /^\d+$/.test(right)) return Number(left) - Number(right);
    return left < right ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Leaves out the planned values and entries, deepest first, so no path moves. The items of one list go in one pass
 * (removing them one by one would take time in proportion to the list's length for each of them).
 */
function remove(document: Json, removals: Removal[]): void {
  const ordered = [...removals].sort((a, b) => b.target.length - a.target.length || comparePaths(b.target, a.target));
  const leaving = new Map<unknown[], Set<number>>();
  let depth = -1;
  const removeItems = () => {
    for (const [list, indexes] of leaving) {
      let kept = 0;
      for (let index = 0; index < list.length; index++) if (!indexes.has(index)) list[kept++] = list[index];
      list.length = kept;
    }
    leaving.clear();
  };
  for (const { target } of ordered) {
    // Lists at one depth are emptied together, before anything shallower (which may hold them) is touched.
    if (target.length !== depth) removeItems();
    depth = target.length;
    const parent = valueAt(document, target.slice(0, -1));
    const last = target[target.length - 1]!;
    if (Array.isArray(parent) && /^\d+$/.test(last)) {
      let indexes = leaving.get(parent);
      if (!indexes) leaving.set(parent, (indexes = new Set()));
      indexes.add(Number(last));
    } else if (isObject(parent)) delete parent[last];
  }
  removeItems();
}

/**
 * Makes every list and object on the way to each path (not the values at the paths) a copy that `document` owns, so
 * that leaving those values out never touches a list or object shared with the input. The document itself is
 * already a copy.
 */
function ownPaths(document: Json, paths: ReadonlyArray<readonly string[]>): void {
  const copies = new Set<object>([document]);
  for (const path of paths) {
    let holder: Json = document;
    for (const segment of path.slice(0, -1)) {
      const next = holder[segment];
      if (next === null || typeof next !== 'object') break;
      let copy = next as Json;
      if (!copies.has(next)) {
        // Spread and defineProperty define keys: an own "__proto__" key (as JSON.parse makes it) stays a key.
        copy = Array.isArray(next) ? (next.slice() as unknown as Json) : { ...(next as Json) };
        copies.add(copy);
        Object.defineProperty(holder, segment, { value: copy, enumerable: true, writable: true, configurable: true });
      }
      holder = copy;
    }
  }
}

/** Top-level fields in the order the schema names them (JSON Resume's names next to ours), for the order of problems. */
const FIELD_ORDER = new Map(Object.keys(PROFILE_SCHEMA.properties as object).map((key, index) => [key, index]));
for (const [from, to] of Object.entries(JSON_RESUME_SECTIONS)) FIELD_ORDER.set(from, FIELD_ORDER.get(to)!);

/**
 * Where a path comes in reading order: its section in the order of the schema (as a page shows them), then each
 * field and list item in the order the input has them.
 */
function readingOrder(input: unknown, path: readonly string[]): number[] {
  const order: number[] = [];
  let value = input;
  for (const [depth, segment] of path.entries()) {
    let position: number;
    if (depth === 0) position = FIELD_ORDER.get(segment) ?? FIELD_ORDER.size;
    else if (Array.isArray(value)) position = Number(segment);
    else if (isObject(value)) position = Object.keys(value).indexOf(segment);
    else position = -1;
    order.push(position < 0 ? Number.MAX_SAFE_INTEGER : position);
    value = isObject(value) || Array.isArray(value) ? (value as Json)[segment] : undefined;
  }
  return order;
}

function compareOrders(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return a.length - b.length;
}

/** Most reasons one problem lists; an entry left out for more says how many others there were. */
const MAX_REASONS = 20;

/** Reasons joined into one message: the first `MAX_REASONS` different ones, then how many more. */
function joinReasons(reasons: Iterable<string>): string {
  const distinct = [...new Set(reasons)];
  const more = distinct.length - MAX_REASONS;
  return more > 0 ? `${distinct.slice(0, MAX_REASONS).join('; ')}; and ${more.toLocaleString('en')} more` : distinct.join('; ');
}

/** How a path in the input is reported: as it is for a profile; see {@link validatePublicationItems}. */
type ReportPath = (inputPath: readonly string[]) => string[];

/** A removal as the page owner reads it: paths and words about the input as written. `at` is the path in the input. */
function toProblem(removal: Removal, origins: ValueOrigins, wasEntry: boolean, report: ReportPath): Problem & { at: string[] } {
  const at = origins.inputPath(removal.target);
  const message = removal.texts.map(({ at: where, text }) => `${describePath(toPointer(report(origins.inputPath(where))))}: ${text}`);
  return { at, path: toPointer(report(at)), message: joinReasons(message), leftOut: wasEntry ? 'entry' : 'value' };
}

/**
 * What a value nested too deep costs: the member (a field, or a list item) of the innermost object or list that the
 * schema describes on its way: `publications[0].note` for a note that holds 10,000 levels, `publications[0].extra`
 * for an extra field.
 */
function deepValueTarget(document: unknown, path: readonly string[]): string[] {
  let node = schemaForValue(PROFILE_SCHEMA, document);
  let value = document;
  let target = path.slice(0, 1);
  for (let index = 0; index < path.length && node; index++) {
    const additional = isObject(node.additionalProperties) ? (node.additionalProperties as SchemaNode) : undefined;
    const list = Array.isArray(value);
    if (list ? node.items === undefined : !isObject(value) || !(node.properties || node.allOf || additional)) break;
    const segment = path[index]!;
    target = path.slice(0, index + 1);
    const next = list ? (node.items as SchemaNode) : (schemaProperties(node).get(segment) ?? additional);
    value = (value as Json)[segment];
    node = next && schemaForValue(next, value);
  }
  return target;
}

/**
 * The input without the values that hold anything nested deeper than `MAX_JSON_DEPTH` (see `deepValueTarget`),
 * and where each was. The input is not modified: the objects and lists on the way are copies. A list item becomes
 * `null`, which reading drops without moving the paths of the items after it.
 */
function withoutDeepValues(input: Json): { input: Json; removed: string[][] } {
  const paths = tooDeepPaths(input, MAX_JSON_DEPTH);
  if (!paths.length) return { input, removed: [] };
  const targets = new Map<string, string[]>();
  for (const path of paths) {
    const target = deepValueTarget(input, path);
    targets.set(toPointer(target), target);
  }
  const outermost = [...targets.values()]
    .sort((a, b) => a.length - b.length)
    .filter((target, _index, all) => !all.some((other) => other.length < target.length && other.every((segment, index) => target[index] === segment)));
  const copies = new Set<object>();
  const copyOf = (value: Json | unknown[]): Json | unknown[] => {
    if (copies.has(value)) return value;
    const copy = Array.isArray(value) ? value.slice() : { ...value };
    copies.add(copy);
    return copy;
  };
  const root = copyOf(input) as Json;
  for (const target of outermost) {
    let holder: Json | unknown[] = root;
    for (const segment of target.slice(0, -1)) {
      const original = (holder as Json)[segment];
      if (original === null || typeof original !== 'object') break;
      const copy = copyOf(original as Json);
      (holder as Json)[segment] = copy;
      holder = copy;
    }
    const last = target[target.length - 1]!;
    if (Array.isArray(holder)) holder[Number(last)] = null;
    else delete holder[last];
  }
  return { input: root, removed: outermost };
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
  const result = validateProfile(input, source);
  if (result.profile) return { profile: result.profile, problems: result.problems };
  const fatal = result.fatal ?? { path: '', message: 'it is not a profile' };
  throw new ScholarLoadError({ kind: 'schema', source, path: fatal.path, message: `${named} is not a usable ${what}: ${fatal.message}` });
}

/** {@link validateProfile}, with paths in problems reported as `report` says. */
function checkDocument(input: unknown, source: string | undefined, report: ReportPath): ValidationResult {
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
  const removed: Array<{ removal: Removal; entry: boolean }> = [];
  const fatal = (fault: Fault): ValidationResult => {
    const path = toPointer(report(origins.inputPath(fault.at)));
    return { problems: [], fatal: withSource({ path, message: `${describePath(path)}: ${fault.text}.` }) };
  };

  // One round leaves out everything the schema finds (a left-out value never makes another one wrong); the
  // second only confirms it. The bound is a guard. The first round also leaves out the links no element may show
  // (the schema lets any text be a link): they go as values do, and one inside an entry that goes is part of its
  // problem.
  let valid = false;
  for (let round = 0; round < 3 && !valid; round++) {
    const errors = errorsOf(document, PROFILE_SCHEMA, '#', '#', largeParts(document));
    const refused = round === 0 ? refusedLinks(document) : [];
    valid = errors.length === 0 && refused.length === 0;
    if (valid) break;
    const plan = new RemovalPlan(document);
    for (const fault of faultsOf(errors, document)) if (!plan.add(fault)) return fatal(fault);
    for (const { path, link } of refused) plan.add({ at: path, text: refusedLinkReason(link) });
    // Extra fields are shared with the input: the lists and objects that hold a refused link become copies first.
    if (refused.length) ownPaths(document, refused.map(({ path }) => path));
    const removals = plan.outermost();
    for (const removal of removals) {
      const target = removal.target;
      const entry = Array.isArray(valueAt(document, target.slice(0, -1))) && isObject(valueAt(document, target));
      removed.push({ removal, entry });
    }
    remove(document, removals);
  }
  if (!valid) return { problems: [], fatal: withSource({ path: '', message: 'The profile could not be made valid.' }) };
  if (Array.isArray(document.publications)) completePublications(document.publications);

  // Values the reading left out (dates that do not exist) join the entry they were in when that entry went too.
  const problems = removed.map(({ removal, entry }) => toProblem(removal, origins, entry, report));
  const entries = new Map(problems.filter((problem) => problem.leftOut === 'entry').map((problem) => [toPointer(problem.at), problem]));
  for (const fault of readingFaults) {
    const at = fault.path;
    const message = `${describePath(toPointer(report(at)))}: ${fault.text}`;
    let holder: (typeof problems)[number] | undefined;
    for (let length = at.length - 1; length > 0 && !holder; length--) holder = entries.get(toPointer(at.slice(0, length)));
    if (holder) holder.message += `; ${message}`;
    else problems.push({ at, path: toPointer(report(at)), message, leftOut: 'value' });
  }
  const orders = new Map(problems.map((problem) => [problem, readingOrder(input, problem.at)]));
  problems.sort((a, b) => compareOrders(orders.get(a)!, orders.get(b)!) || comparePaths(a.at, b.at));
  return {
    profile: document as unknown as Profile,
    problems: problems.map(({ at: _at, ...problem }) => withSource(problem)),
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
