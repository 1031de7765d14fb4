/** citation-js's BibTeX and LaTeX syntax errors in words, with the line they point at in the file. */
import { MAX_BIBTEX_BRACE_DEPTH } from './bibtex-scan.js';

const TOKEN_WORDS: Record<string, string> = {
  comma: 'a comma',
  rbrace: 'a closing "}"',
  lbrace: 'an opening "{"',
  equals: 'an "="',
  label: 'the entry key',
  identifier: 'a field name',
  number: 'a number',
  quote: 'a quote',
  hash: '"#"',
};

/** A token of citation-js's BibTeX grammar in words ("rbrace" → 'a closing "}"'), or its name when it has none. */
function tokenWords(token: string): string {
  return Object.hasOwn(TOKEN_WORDS, token) ? TOKEN_WORDS[token]! : token;
}

/** The first word of `text` as a message quotes it (`"…"`, cut at 30 characters), or "" when it starts with none. */
function quotedWord(text: string, word: RegExp): string {
  const found = word.exec(text)?.[0];
  return found ? `"${found.length > 30 ? `${found.slice(0, 30)}…` : found}"` : '';
}

/**
 * A citation-js error in words: `found` is what stands at the place it points at (quoted, or ""), `end` what running
 * out is called ("the end of the entry", "… of the value"). Undefined for an error that is neither an expected token nor invalid
 * syntax.
 */
function describeSyntax(message: string, found: string, end: string, where = ''): string | undefined {
  const expected = /expected "(\w+)", got (?:"(\w+)"|EOF)/.exec(message);
  if (expected) {
    const [, want, got] = expected;
    if (end === 'the end of the entry' && want === 'rbrace' && got === 'identifier') return `a comma is missing before ${found || 'a field'}${where}`;
    return `expected ${tokenWords(want!)} but found ${got ? found || tokenWords(got) : end}${where}`;
  }
  if (/invalid syntax/.test(message)) return `unexpected ${found || 'text'}${where}`;
  return undefined;
}

/** The first line of an error message, without citation-js's parenthesised details. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/\s*\(.*\)$/, '');
}

/** A citation-js syntax error in words, with the line it points at in the original file. */
export function describeError(error: unknown, entryLine: number, prefixLines: number, parseText: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at line (\d+) col (\d+)/.exec(message);
  let where = '';
  let found = '';
  // citation-js's LaTeX reader counts lines from 0 within one value: no place in the file.
  if (position && position[1] !== '0') {
    const lineInParse = Number(position[1]);
    where = ` at line ${entryLine + lineInParse - 1 - prefixLines}`;
    const textLine = parseText.split('\n')[lineInParse - 1] ?? '';
    found = quotedWord(textLine.slice(Number(position[2]) - 1), /^[^\s,={}"#]+|^[,={}"#]/);
  }
  return describeSyntax(message, found, 'the end of the entry', where) ?? `${firstLine(message)}${where}`;
}

/** Why citation-js's LaTeX reader refuses one value, in words: "expected text but found the end of the value". */
export function describeValueError(error: unknown, value: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const column = /at line \d+ col (\d+)/.exec(message)?.[1];
  // (A title's math is held by private-use markers at this point: not words to quote.)
  const found = column ? quotedWord(value.slice(Number(column) - 1), /^[^\s,={}"#$\uE000\uE001]+|^[,={}"#$]/) : '';
  return describeSyntax(message, found, 'the end of the value') ?? firstLine(message).replace(/ at line \d+ col \d+:?$/, '');
}

/** Why an entry nested too deep is left out. */
export function tooDeepReason(line: number): string {
  return `braces are nested deeper than ${MAX_BIBTEX_BRACE_DEPTH} levels (line ${line}); the limit is ${MAX_BIBTEX_BRACE_DEPTH}`;
}
