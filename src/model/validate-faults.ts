/**
 * Profile validation, first half: the validator's errors for a document (checked in parts where it is large), and
 * those errors as faults in words, one per place. See ./validate.ts.
 */
import { dereference, encodePointer, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { kindOf, pointerSegments, preview, valueAt } from './json-pointer.js';
import { PROFILE_SCHEMA, resolveSchema, schemaForValue, schemaProperties, type SchemaNode } from './profile-schema.js';
import { explainError, SUMMARY_KEYWORDS } from './schema-errors.js';
import { isValidFast } from './validate-fast.js';

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
 * Objects that hold more than this many values (themselves, their members, and so on down) are checked a part at a
 * time: see {@link errorsOf}.
 */
const CHECKED_AT_ONCE = 10_000;

/** Whether `value` holds more than `CHECKED_AT_ONCE` values; counted without recursion, and only until it does. */
function isLarge(value: object): boolean {
  let count = 0;
  const visited = new Set<object>([value]);
  const stack: object[] = [value];
  while (stack.length) {
    const current = stack.pop()!;
    for (const member of Object.values(current) as unknown[]) {
      if (++count > CHECKED_AT_ONCE) return true;
      if (member === null || typeof member !== 'object' || visited.has(member)) continue;
      visited.add(member);
      stack.push(member);
    }
  }
  return false;
}

/**
 * The validator's errors for `value` against the schema `node`. A value the fast check (./validate-fast.ts) finds
 * valid has none, and the validator is not asked. Otherwise the document itself, a list, and a large object (see
 * `isLarge`) are checked in parts: their own keywords, then each member on its own, the same way down; so one bad
 * value costs the check of its own entry, not of the whole document. (The validator also gathers the errors below
 * a value in one list and passes that list on as the arguments of a call, which overflows the call stack at about
 * 100,000 errors: a value that overflows all the same is checked in parts too.) Any other object goes to the
 * validator whole, so that the errors of one entry come in the validator's order. The errors are the same either
 * way; only summary errors, which are not reported anyway, are missing.
 */
export function errorsOf(value: unknown, node: SchemaNode, instanceLocation: string, location: string): OutputUnit[] {
  if (isValidFast(value, node)) return [];
  const isContainer = value !== null && typeof value === 'object';
  if (!isContainer || !(instanceLocation === '#' || Array.isArray(value) || isLarge(value))) {
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
  const list = Array.isArray(value);
  const items = list ? (schema.items as SchemaNode | undefined) : undefined;
  if (list && !items) return errors;
  for (const [key, member] of Object.entries(value)) {
    const memberNode = list ? items : (schemaProperties(schema).get(key) ?? (additional && typeof additional === 'object' ? (additional as SchemaNode) : undefined));
    if (!memberNode) continue;
    for (const memberError of errorsOf(member, memberNode, `${instanceLocation}/${encodePointer(key)}`, schemaLocation(memberNode))) {
      errors.push(memberError);
    }
  }
  return errors;
}

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
function explain(unit: OutputUnit, document: unknown, at = pointerSegments(unit.instanceLocation)): string {
  return explainError(unit, valueAt(document, at), (error) =>
    error.keyword === 'pattern' && schemaAt(error.keywordLocation) === PARTIAL_DATE
      ? `expected a date such as "2021", "2021-06" or "2021-06-15", got ${preview(valueAt(document, pointerSegments(error.instanceLocation)))}`
      : undefined,
  );
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function orList(names: string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
}

/** A value that cannot be used, found by the schema: where (an object that lacks a field it needs is itself the value), and what was wrong. */
export interface Fault {
  at: string[];
  text: string;
}

const isChoice = (error: OutputUnit) => error.keyword === 'anyOf' || error.keyword === 'oneOf';

/**
 * The errors of each `anyOf` / `oneOf` alternative, by the choice error they are under: found by the keyword location
 * of the choice and the value they are about (one schema location serves every item of a list, so both are needed).
 */
function branchErrorsOf(specific: OutputUnit[], choices: Map<string, OutputUnit>): Map<OutputUnit, OutputUnit[]> {
  const branchErrors = new Map<OutputUnit, OutputUnit[]>();
  if (!choices.size) return branchErrors;
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
  return branchErrors;
}

/**
 * The fault one `anyOf` / `oneOf` error makes, given the errors of its alternatives (`below`); the errors it settles
 * are added to `settled`. Undefined when the value took one of the forms and something inside it is wrong: those
 * errors say what.
 */
function choiceFault(choice: OutputUnit, below: OutputUnit[], document: unknown, settled: Set<OutputUnit>): Fault | undefined {
  const at = pointerSegments(choice.instanceLocation);
  const holder = schemaAt(choice.keywordLocation);
  const branches = ((holder?.[choice.keyword] ?? []) as SchemaNode[]).map((branch) => resolveSchema(branch) ?? {});
  if (branches.length && branches.every((branch) => Array.isArray(branch.required) && Object.keys(branch).length === 1)) {
    for (const error of below) settled.add(error);
    const names = branches.map((branch) => (branch.required as string[]).join('" and "'));
    return { at, text: `missing required field ${orList(names)}` };
  }
  const here = below.filter((error) => error.instanceLocation === choice.instanceLocation);
  for (const error of here) settled.add(error);
  if (here.length < below.length) return undefined;
  const expectations = here
    .filter((error) => error.keyword === 'type')
    .map((error) => /^expected (.+), got /.exec(explain(error, document))?.[1])
    .filter((expectation, index, all): expectation is string => !!expectation && all.indexOf(expectation) === index);
  return {
    at,
    text: expectations.length
      ? `expected ${expectations.join(' or ')}, got ${kindOf(valueAt(document, at))}`
      : here.length === 1
        ? explain(here[0]!, document)
        : explain(choice, document),
  };
}

/**
 * The validator's errors as faults, one per location: summary errors are dropped, and the errors of `anyOf` /
 * `oneOf` alternatives are put together (an entry that has none of its alternative required fields, a value that
 * has none of the allowed types), or left to the more specific errors inside the alternative the value took.
 */
export function faultsOf(errors: OutputUnit[], document: unknown): Fault[] {
  const specific = errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  const choices = new Map<string, OutputUnit>();
  for (const error of specific) if (isChoice(error)) choices.set(`${error.keywordLocation} ${error.instanceLocation}`, error);
  const branchErrors = branchErrorsOf(specific, choices);
  const settled = new Set<OutputUnit>();
  const faults: Fault[] = [];
  for (const choice of choices.values()) {
    if (settled.has(choice)) continue;
    settled.add(choice);
    const fault = choiceFault(choice, branchErrors.get(choice) ?? [], document, settled);
    if (fault) faults.push(fault);
  }
  const seen = new Set<string>();
  for (const error of specific) {
    if (settled.has(error) || isChoice(error)) continue;
    const key = `${error.instanceLocation} ${error.keyword} ${error.error}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = pointerSegments(error.instanceLocation);
    faults.push({ at, text: explain(error, document, at) });
  }
  return faults;
}
