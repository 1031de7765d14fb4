/** Reading JSON text with errors a page owner can act on. */
import { ScholarLoadError } from './load-error.js';

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON (a byte-order mark is ignored), turning the engine's error into one that names the line and column. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(reason);
    const position = /position (\d+)/.exec(reason);
    const where = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position
        ? lineAndColumn(text, Number(position[1]))
        : text.trim() === ''
          ? { line: 1, column: 1 }
          : lineAndColumn(text, text.length);
    const plainReason = reason.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    throw new ScholarLoadError({
      kind: 'parse',
      source,
      ...where,
      message: `${source} is not valid JSON: line ${where.line}, column ${where.column}: ${plainReason}.`,
    });
  }
}

/**
 * The deepest a value may be nested in profile JSON and in CSL-JSON items (which are checked as a profile's
 * publications): 100 levels below the document (`publications[0].note` is at level 3). Real data needs fewer than ten. A value that holds anything deeper is left out, with a problem at its
 * path ("publications[0].note: nested deeper than 100 levels; the limit is 100"), and the rest is kept: code that
 * walks the data (link resolution, validation, export) then never meets a value deep enough to overflow the call
 * stack.
 */
export const MAX_JSON_DEPTH = 100;

/** A value's place in a parsed document, known by its holder and key alone (the root has no holder). */
export interface PlaceInTree {
  holder?: PlaceInTree;
  key: string;
}

/** The keys from the root down to `place`. */
export function pathOf(place: PlaceInTree): string[] {
  const path: string[] = [];
  for (let at: PlaceInTree | undefined = place; at?.holder; at = at.holder) path.push(at.key);
  return path.reverse();
}

/**
 * The paths of the lists and objects at depth `maxDepth` that are not empty, i.e. whose members are nested deeper
 * than the limit. Walks without recursion; a list or object met twice (data given from JavaScript may share or
 * loop) is walked once.
 */
export function tooDeepPaths(document: unknown, maxDepth: number = MAX_JSON_DEPTH): string[][] {
  // Each place knows its holder and key only: a path is spelled out for the few values found, not for every value.
  interface Place extends PlaceInTree {
    value: unknown;
    holder?: Place;
    depth: number;
  }
  const found: string[][] = [];
  const seen = new Set<object>();
  const stack: Place[] = [{ value: document, key: '', depth: 0 }];
  while (stack.length) {
    const place = stack.pop()!;
    const value = place.value;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const keys = Object.keys(value);
    if (!keys.length) continue;
    if (place.depth >= maxDepth) {
      found.push(pathOf(place));
      continue;
    }
    // Pushed in reverse, so that paths come out in document order.
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      const member = (value as Record<string, unknown>)[key];
      if (member !== null && typeof member === 'object') stack.push({ value: member, holder: place, key, depth: place.depth + 1 });
    }
  }
  return found;
}
