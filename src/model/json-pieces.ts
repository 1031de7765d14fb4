/**
 * A large JSON profile's text cut into pieces that parse to the same value: the document without its long lists (the
 * "shell", where they are empty) and each long list's entries, a few at a time, as the text of a list. Each piece is
 * the source text itself (no value is written out again), so `JSON.parse` of the pieces gives exactly what
 * `JSON.parse` of the whole text gives, in tasks as short as the pieces are. Used by the JSON worker
 * (internal/json-worker-entry.ts), which parses the whole text once to know it is valid and which lists are long.
 * Pure TypeScript, no DOM.
 */

/** One long list of the document: where it is in the text, and where each entry starts. */
interface ListSpan {
  key: string;
  /** Index of the list's "[" and "]". */
  open: number;
  close: number;
  /** Where each entry's text starts (after "[" or a ","). */
  starts: number[];
}

/** The pieces of a document (see the module's description). */
export interface JsonPieces {
  /** The document with the long lists emptied ("[]"), keys in their places. */
  shell: string;
  /** Each long list's entries, as texts of lists of at most `perPiece` entries, in order. */
  lists: Array<{ key: string; pieces: string[] }>;
}

/** Index of the quote that closes the string opened at `at`, or -1. */
function stringEnd(text: string, at: number): number {
  let from = at;
  for (;;) {
    const quote = text.indexOf('"', from + 1);
    if (quote < 0) return -1;
    let backslashes = 0;
    for (let before = quote - 1; text.charCodeAt(before) === 92; before--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote;
  }
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/**
 * The pieces of `text`, a JSON object, for its top-level lists whose key `keys` holds and that have more than
 * `longerThan` entries, or undefined when the text is not cut that way: not an object, no such list, or one of `keys`
 * written twice (the last one counts in `JSON.parse`; such a document is read whole). The text is not checked: the
 * pieces of text that is not JSON may not parse.
 */
export function jsonPieces(text: string, keys: { has(key: string): boolean }, perPiece: number, longerThan = 0): JsonPieces | undefined {
  let index = 0;
  if (text.charCodeAt(0) === 0xfeff) index = 1;
  while (index < text.length && isSpace(text.charCodeAt(index))) index++;
  if (text.charCodeAt(index) !== 123) return undefined;
  const begin = index;
  const spans: ListSpan[] = [];
  const seen = new Set<string>();
  let depth = 0;
  let expectKey = false;
  let key: string | undefined;
  let current: ListSpan | undefined;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) {
      const end = stringEnd(text, index);
      if (end < 0) return undefined;
      if (depth === 1 && expectKey) {
        key = JSON.parse(text.slice(index, end + 1)) as string;
        expectKey = false;
        if (keys.has(key)) {
          if (seen.has(key)) return undefined;
          seen.add(key);
        }
      }
      index = end;
    } else if (code === 123 || code === 91) {
      depth++;
      if (depth === 1) expectKey = true;
      else if (depth === 2 && code === 91 && key !== undefined && keys.has(key)) current = { key, open: index, close: -1, starts: [index + 1] };
    } else if (code === 125 || code === 93) {
      if (depth === 2 && current) {
        current.close = index;
        spans.push(current);
        current = undefined;
      }
      depth--;
      if (depth === 0) break;
    } else if (code === 44) {
      if (depth === 1) {
        expectKey = true;
        key = undefined;
      } else if (depth === 2 && current) current.starts.push(index + 1);
    }
  }
  const long = spans.filter((span) => entryCount(text, span) > longerThan);
  return depth === 0 && long.length ? cut(text, begin, long, perPiece) : undefined;
}

/** How many entries a list holds: one per start, except a list of one start with nothing in it ("[ ]"). */
function entryCount(text: string, span: ListSpan): number {
  if (span.starts.length > 1) return span.starts.length;
  return text.slice(span.open + 1, span.close).trim() === '' ? 0 : 1;
}

/** The shell and pieces of `text` (its value starting at `begin`) for the lists at `spans`. */
function cut(text: string, begin: number, spans: readonly ListSpan[], perPiece: number): JsonPieces {
  let shell = '';
  let from = begin;
  const lists: JsonPieces['lists'] = [];
  for (const span of spans) {
    shell += text.slice(from, span.open + 1);
    from = span.close;
    const count = entryCount(text, span);
    const pieces: string[] = [];
    for (let first = 0; first < count; first += perPiece) {
      const next = first + perPiece;
      // Up to the comma before the next piece's first entry, or to the "]".
      const end = next < count ? span.starts[next]! - 1 : span.close;
      pieces.push(`[${text.slice(span.starts[first]!, end)}]`);
    }
    lists.push({ key: span.key, pieces });
  }
  return { shell: shell + text.slice(from), lists };
}
