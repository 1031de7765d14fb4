/**
 * Where a problem is in its file, as editors and CI annotations want it: line and column (1-based).
 *
 * - JSON: a problem names a JSON Pointer ("/work/2/startDate"); jsonc-parser (a parser that keeps offsets) finds
 *   that value in the text. A member is placed at its key, a list item at its value; a path that does not exist
 *   (a missing required field) is placed at the closest value that does.
 * - BibTeX and RIS: the readers give the line an entry or value starts on, and, for syntax errors, the line and the
 *   text they stopped at.
 *
 * Node only (jsonc-parser is a dependency of the command, never of the elements).
 */
import { parseTree, type Node } from 'jsonc-parser';
import { lineAndColumn } from '../model/json.js';
import { pointerSegments, toPointer, valueAt } from '../model/json-pointer.js';
import type { Problem } from '../model/types.js';

/** A problem ready to print: where (line, column, JSON Pointer or a label such as `entry "smith2020"`) and why. */
export interface LocatedProblem {
  /** The file as named on the command line, "standard input", or an API source such as "openalex:A5023888391". */
  source: string;
  line?: number;
  column?: number;
  /** JSON Pointer of the value concerned, for JSON sources. */
  pointer?: string;
  /** What the problem concerns when there is no pointer: `entry "smith2020"`, `record "ID"`. */
  label?: string;
  /** What is wrong, without the location. */
  reason: string;
}

/** The text after the location: `/work/2/startDate: expected …`, `entry "smith2020": …`. */
export function problemText(problem: LocatedProblem): string {
  const what = problem.pointer !== undefined ? problem.pointer || '/' : problem.label;
  return what ? `${what}: ${problem.reason}` : problem.reason;
}

/** Problems in the order of their place in the file (those without a line first, as they concern the whole file). */
export function byPosition(problems: readonly LocatedProblem[]): LocatedProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** One line, like compilers and linters print: `papers.bib:12:3 error entry "smith2020": …`. */
export function formatProblem(problem: LocatedProblem): string {
  const where = problem.line === undefined ? problem.source : `${problem.source}:${problem.line}:${problem.column ?? 1}`;
  return `${where} error ${problemText(problem)}`;
}

// ------------------------------------------------------------------------------------------------------------ JSON

/** Offsets of the values in one JSON text, parsed once on first need. */
export class JsonPositions {
  #tree: Node | undefined | null = null;

  constructor(readonly text: string) {}

  #root(): Node | undefined {
    if (this.#tree === null) this.#tree = parseTree(this.text, [], { allowTrailingComma: true, disallowComments: false }) ?? undefined;
    return this.#tree;
  }

  /**
   * Line and column of the value at `pointer`: a member's key, a list item's value; for a path that does not exist,
   * the closest value on it that does. Undefined when the text holds no JSON value at all.
   */
  at(pointer: string): { line: number; column: number } | undefined {
    let node = this.#root();
    if (!node) return undefined;
    for (const segment of pointerSegments(pointer)) {
      const child = childNode(node, segment);
      if (!child) break;
      node = child;
    }
    const property = node.parent?.type === 'property' ? node.parent : undefined;
    return lineAndColumn(this.text, property ? property.offset : node.offset);
  }
}

function childNode(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') return /^\d+$/.test(segment) ? node.children?.[Number(segment)] : undefined;
  if (node.type !== 'object') return undefined;
  // The last member of a name wins, as in JSON.parse.
  const members = (node.children ?? []).filter((member) => member.children?.[0]?.value === segment);
  return members[members.length - 1]?.children?.[1];
}

/** A path as `describePath` writes it in messages ("publications[3].title", "(the document)"). */
const DESCRIBED_PATH = String.raw`(?:\(the document\)|[^\s.\[\]:;]+(?:\[\d+\]|\.[^\s.\[\]:;]+)*)`;
const DESCRIBED_START = new RegExp(`^(${DESCRIBED_PATH}): `);
const NEXT_DESCRIBED = new RegExp(`; (?=${DESCRIBED_PATH}: )`);

/** "publications[3].title" → ["publications", "3", "title"]. */
function describedSegments(described: string): string[] {
  if (described === '(the document)') return [];
  return described.split(/\.|(?=\[)/).map((part) => part.replace(/^\[(\d+)\]$/, '$1'));
}

/**
 * The problems of one validation (profile or lab) as located problems: each reason the validator joined into one
 * message ("a: …; b: …") on a line of its own, at the exact value it names when that is in the document, else at the
 * entry that was left out. `prefix` places a document embedded in another (a lab member's profile).
 */
export function locateValidation(problems: readonly Problem[], document: unknown, positions: JsonPositions | undefined, source: string, prefix = ''): LocatedProblem[] {
  const located: LocatedProblem[] = [];
  for (const problem of problems) {
    for (const part of problem.message.split(NEXT_DESCRIBED)) {
      const match = DESCRIBED_START.exec(part);
      let pointer = problem.path.startsWith('/') || problem.path === '' ? problem.path : '';
      let reason = part;
      if (match) {
        const segments = describedSegments(match[1]!);
        // The named value, when it is there (or its parent is: a missing field); a path the message words differently stays the entry's.
        if (valueAt(document, segments) !== undefined || (segments.length && valueAt(document, segments.slice(0, -1)) !== undefined)) pointer = toPointer(segments);
        reason = part.slice(match[0].length);
      }
      reason = reason.replace(/\.$/, '');
      const full = prefix + pointer;
      located.push({ source, pointer: full, reason, ...(positions?.at(full) ?? {}) });
    }
  }
  return located;
}

/**
 * Problems whose message starts with their own JSON Pointer ("/results/3/doi: … left out."), as the OpenAlex and
 * ORCID readers write them, and CSL-JSON's "[3] (id "x"): …" with `listBase` the pointer of the item list.
 */
export function locatePointerProblems(problems: readonly Problem[], positions: JsonPositions | undefined, source: string, listBase = ''): LocatedProblem[] {
  return problems.map((problem) => {
    const index = /^\[(\d+)\]$/.exec(problem.path);
    const pointer = index ? `${listBase}/${index[1]}` : problem.path;
    let reason = problem.message;
    if (index) {
      // "[4] (id "x"): missing …" → "missing … (id "x")"
      const id = /^\[\d+\] \((id "[^"]*")\):/.exec(reason)?.[1];
      reason = reason.replace(/^\[\d+\](?: \(id "[^"]*"\))?:\s*/, '') + (id ? ` (${id})` : '');
    } else if (reason.startsWith(`${pointer || '/'}: `)) reason = reason.slice((pointer || '/').length + 2);
    return { source, pointer, reason: reason.replace(/\.$/, ''), ...(positions?.at(pointer) ?? {}) };
  });
}

// ---------------------------------------------------------------------------------------------------- BibTeX, RIS

/** Column (1-based) of the first character that is not white space on `line` of `text`. */
function firstColumn(lines: readonly string[], line: number): number {
  const text = lines[line - 1] ?? '';
  return text.length - text.trimStart().length + 1;
}

/**
 * Problems of a line-based reader (BibTeX, RIS): "smith2020 (line 8): a comma is missing before "author" at line 10"
 * becomes line 10, at "author", `entry "smith2020": a comma is missing before "author"`.
 */
export function locateLineProblems(problems: readonly Problem[], text: string, source: string, format: 'bibtex' | 'ris'): LocatedProblem[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return problems.map((problem) => {
    let reason = problem.message;
    let line = problem.line ?? 1;
    // The reader's own prefix: `label (line N): ` or `line N: `.
    const prefix = /^(.*?) \(line \d+\): |^line \d+: /.exec(reason);
    if (prefix) reason = reason.slice(prefix[0].length);
    let column = firstColumn(lines, line);
    const at = / at line (\d+)$/.exec(reason);
    if (at) {
      line = Number(at[1]);
      reason = reason.slice(0, at.index);
      column = firstColumn(lines, line);
      // Syntax errors quote the text they stopped at: the column is where it is on that line.
      const found = /(?:found|before|unexpected) "([^"]+)"/.exec(reason)?.[1]?.replace(/…$/, '');
      const offset = found ? (lines[line - 1] ?? '').indexOf(found) : -1;
      if (offset >= 0) column = offset + 1;
    }
    const written = prefix?.[1];
    let label: string | undefined;
    if (written) {
      if (format === 'bibtex') label = written.startsWith('@') ? written : written.startsWith('#') ? `entry ${written}` : `entry "${written}"`;
      else label = written.startsWith('record ') ? written : `record ${written}`;
    }
    return { source, line, column, ...(label ? { label } : {}), reason: reason.replace(/\.$/, '') };
  });
}
