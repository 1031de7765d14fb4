/**
 * Test helpers: does a loaded profile account for every value of its input? A value counts as accounted for when
 * the profile shows it (as written, or in the form a reading rule gives it) or a problem names it or a place
 * above it.
 */
import { interpretDate } from '../../src/model/dates.js';
import { pointerSegments } from '../../src/model/json-pointer.js';
import type { Problem } from '../../src/model/types.js';

export interface Leaf {
  path: string[];
  value: string | number | boolean;
}

/** Every text, number and true/false in a JSON value, with its path. */
export function leaves(value: unknown, path: string[] = [], into: Leaf[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') into.push({ path, value });
  else if (Array.isArray(value)) value.forEach((item, index) => leaves(item, [...path, String(index)], into));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) leaves(item, [...path, key], into);
  return into;
}

const isPrefix = (prefix: readonly string[], path: readonly string[]) => prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);

/** Whether a text of the input shows in the profile, as written or as a reading rule writes it. */
function shown(text: string, values: Set<string>): boolean {
  if (values.has(text) || values.has(text.trim())) return true;
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length > 1 && paragraphs.every((paragraph) => values.has(paragraph))) return true;
  const reading = interpretDate(text);
  switch (reading.kind) {
    case 'present':
      return values.has('true');
    case 'date':
      return values.has(reading.date) || values.has(String(reading.parts.year));
    case 'range':
      return values.has(reading.start.date) || values.has(String(reading.start.parts.year));
    default:
      return false;
  }
}

/**
 * The values of `input` that neither show in `profile` nor lie under a problem's path. Texts that are empty or
 * only spaces are "not given" and need not show.
 */
export function unaccounted(input: unknown, profile: unknown, problems: readonly Problem[]): Leaf[] {
  const values = new Set(leaves(profile).map((leaf) => String(leaf.value)));
  const reported = problems.map((problem) => pointerSegments(problem.path));
  return leaves(input).filter((leaf) => {
    if (typeof leaf.value === 'string' && leaf.value.trim() === '') return false;
    if (reported.some((path) => isPrefix(path, leaf.path))) return false;
    return typeof leaf.value === 'string' ? !shown(leaf.value, values) : !values.has(String(leaf.value));
  });
}
