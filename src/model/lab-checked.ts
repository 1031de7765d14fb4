/**
 * A lab member's profile is checked once: `expandLabs` (./lab.ts) checks each member's profile to tell the members
 * it can show from those it cannot, and remembers what that gave here, by the very object it passes on; the element
 * showing the member takes it instead of checking the same object again. A module of its own, without the lab's
 * code, so that any element can ask.
 */
import { isObject } from './text.js';
import type { Problem, Profile } from './types.js';

/** A member's usable profile and what was left out of it. */
export interface CheckedMember {
  profile: Profile;
  problems: Problem[];
}

const checkedMembers = new WeakMap<object, { checked: CheckedMember; taken: boolean }>();

/** @internal Called by `expandLabs` for each member it passes on: `input` is the object the element is given. */
export function rememberCheckedMember(input: unknown, checked: CheckedMember): void {
  if (isObject(input)) checkedMembers.set(input, { checked, taken: false });
}

/**
 * The usable profile and the problems that `expandLabs` found in a member's `input` (the very object it passed on,
 * checked with the member's source as its source), so that the element showing the member need not check it again;
 * undefined for anything else (an input whose links were resolved since is a new object, checked as usual). Several
 * elements showing one lab may be given one input: the first takes the profile, each later one a copy of it, so no
 * two elements share one profile object.
 */
export function takeCheckedMember(input: unknown): CheckedMember | undefined {
  const found = isObject(input) ? checkedMembers.get(input) : undefined;
  if (!found) return undefined;
  if (!found.taken) {
    found.taken = true;
    return found.checked;
  }
  try {
    return structuredClone(found.checked);
  } catch {
    // A value that cannot be copied (a function in a profile a page gave): the element checks the input itself.
    return undefined;
  }
}

/**
 * Whether two JSON values are the same: the same types, numbers, strings, lists, and objects with the same keys in
 * the same order. Walks with a list of its own, not recursion: a value nested deeper than a stack allows is compared
 * too.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const pending: Array<[unknown, unknown]> = [[a, b]];
  while (pending.length) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (!x || !y || typeof x !== 'object' || typeof y !== 'object' || Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const list = y as unknown[];
      if (x.length !== list.length) return false;
      for (let index = 0; index < x.length; index++) pending.push([x[index], list[index]]);
      continue;
    }
    const keys = Object.keys(x);
    const otherKeys = Object.keys(y);
    if (keys.length !== otherKeys.length) return false;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      if (key !== otherKeys[index]) return false;
      pending.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}
