/**
 * Profile validation, second half: what leaving out a faulty value costs (the value, or the entry that cannot do
 * without it), doing it without touching the input, and the order problems are reported in. See ./validate.ts.
 */
import { MAX_JSON_DEPTH, tooDeepPaths } from './json.js';
import { toPointer, valueAt } from './json-pointer.js';
import { JSON_RESUME_SECTIONS } from './json-resume.js';
import { PROFILE_SCHEMA, hasCore, schemaAtPath, schemaForValue, schemaProperties, type SchemaNode } from './profile-schema.js';
import type { Fault } from './validate-faults.js';
import { isObject, type JsonObject as Json } from './text.js';

/** `toPointer(segments.slice(0, length))`, without the copies: called for every fault, and for each of its prefixes. */
export function pointerOf(segments: readonly string[], length = segments.length): string {
  let pointer = '';
  for (let index = 0; index < length; index++) {
    const segment = segments[index]!;
    pointer += '/' + (segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment);
  }
  return pointer;
}

/** What goes for faults at one place: the value or entry at `target`, and each fault's words. */
export interface Removal {
  target: string[];
  texts: Array<{ at: string[]; text: string }>;
}

/**
 * Decides what to leave out for each fault. A fault's own value goes (a CSL date goes as a whole: its parts mean
 * something by position); when that leaves the object holding it without what it cannot do without, the object
 * goes instead, and so on upwards. Undefined: the document itself would have to go.
 */
export class RemovalPlan {
  readonly removals = new Map<string, Removal>();

  constructor(private readonly document: Json) {}

  /** Whether `path` is planned to go, or lies inside something that is. */
  private leaving(path: string[]): boolean {
    for (let length = path.length; length > 0; length--) if (this.removals.has(pointerOf(path, length))) return true;
    return false;
  }

  add(fault: Fault): boolean {
    let target = fault.at;
    // A bad part of a CSL date (`issued['date-parts'][0][1]`) costs the whole date; a field merely named so does not.
    const dateParts = target.indexOf('date-parts');
    if (dateParts > 0 && Array.isArray(valueAt(this.document, target.slice(0, dateParts + 1))) && target.slice(dateParts + 1).every((step) => /^\d+$/.test(step))) {
      target = target.slice(0, dateParts);
    }
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
    const pointer = pointerOf(target);
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
      for (let length = removal.target.length - 1; length > 0 && !outer; length--) outer = kept.get(pointerOf(removal.target, length));
      if (outer) for (const text of removal.texts) outer.texts.push(text);
      else {
        kept.set(pointerOf(removal.target), removal);
        result.push(removal);
      }
    }
    return result;
  }
}

/** Compares two paths segment by segment, list positions as numbers. */
export function comparePaths(a: readonly string[], b: readonly string[]): number {
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
export function remove(document: Json, removals: Removal[]): void {
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
export function ownPaths(document: Json, paths: ReadonlyArray<readonly string[]>): void {
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
export function readingOrder(input: unknown, path: readonly string[]): number[] {
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

export function compareOrders(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return a.length - b.length;
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
export function withoutDeepValues(input: Json): { input: Json; removed: string[][] } {
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
