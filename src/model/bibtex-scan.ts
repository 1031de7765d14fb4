/**
 * BibTeX files split into entries, and the `@string` macros they define and use: the part of the BibTeX import
 * (./bibtex.ts) that reads the file's structure itself, so that one broken entry is reported with its key and line
 * while every other entry is kept.
 */

export interface ScannedEntry {
  /** Lowercased entry type: "article", "string", "preamble"… */
  type: string;
  /** 1-based line of the "@". */
  line: number;
  /** The entry as written, from "@" to its closing brace. */
  text: string;
  /** The key as written, for data entries that have one, and where it is in `text`. */
  key?: string;
  keyStart?: number;
  keyEnd?: number;
  /** Set when the entry's braces do not close. */
  unclosed?: string;
  /** Set when the entry's braces nest deeper than `MAX_BIBTEX_BRACE_DEPTH`: the line where they first do. */
  tooDeepLine?: number;
}

/**
 * The deepest nesting of braces an entry may have: 100 levels. Real entries use a handful (`{{GPU}}`, `{\"{o}}`); an
 * entry nested deeper is reported with its line ("braces are nested deeper than 100 levels") and left out, since
 * the LaTeX reader would otherwise overflow the call stack. Every other entry of the file is kept.
 */
export const MAX_BIBTEX_BRACE_DEPTH = 100;

const ENTRY_START = /@[ \t\r\n]*([A-Za-z_][\w:+\-.]*)[ \t\r\n]*([{(])/y;
const LINE_ENTRY_START = /[ \t]*@[ \t]*[A-Za-z_][\w:+\-.]*[ \t]*[{(]/y;
const KEY = /[ \t\r\n]*([^,\s{}()"=#%]+)[ \t\r\n]*(?:,|(?=[})]))/y;

/**
 * Finds every `@type{…}` block, respecting nested braces and quoted values. An entry whose braces never close ends
 * where the next line starting with `@type{` begins, so one unbalanced brace does not swallow the rest of the file.
 */
export function scanEntries(text: string): ScannedEntry[] {
  const entries: ScannedEntry[] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };
  let pos = 0;
  while (pos < text.length) {
    const at = text.indexOf('@', pos);
    if (at === -1) break;
    ENTRY_START.lastIndex = at;
    const match = ENTRY_START.exec(text);
    if (!match) {
      pos = at + 1;
      continue;
    }
    const type = match[1]!.toLowerCase();
    const open = match[2]!;
    const bodyStart = ENTRY_START.lastIndex;
    const { end, unclosed, tooDeep } = findEntryEnd(text, bodyStart, open);
    if (type === 'comment') {
      // "@comment{…}" is skipped whole; a "@comment" without a balanced block only to the end of its line.
      pos = unclosed ? text.indexOf('\n', at) + 1 || text.length : end;
      continue;
    }
    const entry: ScannedEntry = { type, line: lineAt(at), text: text.slice(at, end).replace(/\s+$/, '') };
    // Lines are counted forwards only: the place inside the entry before the next entry's.
    if (tooDeep !== undefined) entry.tooDeepLine = lineAt(tooDeep);
    if (unclosed)
      entry.unclosed = unclosed === 'eof' ? 'a closing "}" is missing before the end of the file' : `a closing "}" is missing before the next entry (line ${lineAt(unclosed)})`;
    if (type !== 'string' && type !== 'preamble') {
      KEY.lastIndex = bodyStart;
      const key = KEY.exec(text);
      if (key) {
        entry.key = key[1];
        entry.keyStart = bodyStart - at + key[0].indexOf(key[1]!);
        entry.keyEnd = entry.keyStart + key[1]!.length;
      }
    }
    entries.push(entry);
    pos = end;
  }
  return entries;
}

/**
 * The offset just past the entry's closing delimiter, or, for an entry that does not close, where it stops
 * (`unclosed` is then the offset of the next entry, or "eof"). `tooDeep` is where the braces first nest deeper
 * than `MAX_BIBTEX_BRACE_DEPTH`.
 */
function findEntryEnd(text: string, from: number, open: string): { end: number; unclosed?: number | 'eof'; tooDeep?: number } {
  let depth = 0;
  let quoted = false;
  let tooDeep: number | undefined;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') {
      // citation-js reads "\{", "\}" and "\\" as text, not as braces.
      if (text[i + 1] === '{' || text[i + 1] === '}' || text[i + 1] === '\\') i++;
    } else if (char === '{') {
      depth++;
      if (depth > MAX_BIBTEX_BRACE_DEPTH) tooDeep ??= i;
    } else if (char === '}' || char === ')') {
      if (depth > 0) {
        if (char === '}') depth--;
      } else if (!quoted && (char === '}' || open === '(')) {
        return { end: i + 1, tooDeep };
      }
    } else if (char === '"' && depth === 0) {
      quoted = !quoted;
    } else if (char === '\n') {
      LINE_ENTRY_START.lastIndex = i + 1;
      if (LINE_ENTRY_START.test(text)) return { end: i + 1, unclosed: text.indexOf('@', i + 1), tooDeep };
    }
  }
  return { end: text.length, unclosed: 'eof', tooDeep };
}

// ---------------------------------------------------------------------------------------------------------------
// @string definitions

interface StringDefinition {
  name: string;
  text: string;
  /** The `@string` entry as scanned. */
  entry: ScannedEntry;
  /** Lowercased words in the value: the other macros it may refer to. */
  refers: Set<string>;
}

export const STRING_NAME = /^@\s*string\s*[{(]\s*([A-Za-z_][\w:+\-.]*)\s*=/i;
const WORD = /[A-Za-z_][\w:+\-.]*/g;

export function words(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(WORD), (match) => match[0].toLowerCase()));
}

/** Macro names citation-js would look up on a plain object's prototype ("journal = constructor" gives "function Object()…"). */
const UNSAFE_MACRO = /^(?:__proto__|constructor)$/i;

/**
 * Renames the macros `__proto__` and `constructor` (definitions in `@string`, references after "=" or "#"
 * elsewhere) so that citation-js treats them as ordinary macros. Text inside braces and quotes is left alone.
 */
export function safeMacros(text: string, isString: boolean): string {
  if (!/__proto__|constructor/i.test(text)) return text;
  const open = text.search(/[{(]/);
  let out = text.slice(0, open + 1);
  let depth = 0;
  let quoted = false;
  let previous = '';
  for (let i = open + 1; i < text.length;) {
    const char = text[i]!;
    const word = depth === 0 && !quoted ? /^[A-Za-z_][\w:+\-.]*/.exec(text.slice(i, i + 200))?.[0] : undefined;
    if (word) {
      const macro = UNSAFE_MACRO.test(word) && (isString || previous === '=' || previous === '#');
      out += macro ? `scholar_macro_${word.toLowerCase()}` : word;
      previous = 'word';
      i += word.length;
      continue;
    }
    if (char === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char === '{') depth++;
    else if (char === '}' && depth > 0) depth--;
    else if (char === '"' && depth === 0) quoted = !quoted;
    if (depth === 0 && !quoted && !/\s/.test(char)) previous = char;
    out += char;
    i++;
  }
  return out;
}

/** The file's valid `@string` definitions, in file order and by (lowercased) name. */
export class StringTable {
  readonly list: StringDefinition[] = [];
  readonly byName = new Map<string, StringDefinition[]>();

  add(definition: StringDefinition): void {
    this.list.push(definition);
    const named = this.byName.get(definition.name);
    if (named) named.push(definition);
    else this.byName.set(definition.name, [definition]);
  }

  /** The definitions an entry needs (the ones named in it, and the ones those refer to), in file order, as text. */
  prefixFor(entryText: string): string {
    if (!this.list.length) return '';
    const wanted = new Set<string>();
    const queue = [...words(entryText)];
    while (queue.length) {
      const name = queue.pop()!;
      const named = this.byName.get(name);
      if (!named || wanted.has(name)) continue;
      wanted.add(name);
      for (const definition of named) for (const refer of definition.refers) queue.push(refer);
    }
    if (!wanted.size) return '';
    return this.list
      .filter((definition) => wanted.has(definition.name))
      .map((definition) => definition.text + '\n')
      .join('');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Values in fields, and the macros that are used but not defined

/** A name citation-js reads as a macro (its lexer's identifier). */
const MACRO_NAME = /[A-Za-z_][A-Za-z0-9_:+-]*/y;
const NUMBER = /-?\d+/y;

/** The offset just past the `{…}` group or `"…"` text that starts at `start` (braces nest in both). */
function skipDelimited(text: string, start: number): number {
  const quoted = text[start] === '"';
  let depth = quoted ? 0 : 1;
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}') {
      depth--;
      if (!quoted && depth === 0) return i + 1;
    } else if (char === '"' && quoted && depth === 0) return i + 1;
  }
  return text.length;
}

/** One value in an entry's fields, with the field it is in: a macro (a bare word) or a `{…}` / `"…"` text. */
export interface FieldValue {
  field: string;
  macro?: string;
  /** The text between the delimiters, as written. */
  text?: string;
}

/**
 * The macros (bare words) and texts after "=" or "#" in an entry's fields, with the field each is in, in order.
 * `from` is where the fields start in `text` (after the key, or after the opening brace of an `@string`). Numbers
 * are passed over; so are comments (`%` to the end of the line).
 */
export function fieldValues(text: string, from: number): FieldValue[] {
  const values: FieldValue[] = [];
  let field = '';
  let previous = '';
  for (let i = from; i < text.length;) {
    const char = text[i]!;
    const inValue = previous === '=' || previous === '#';
    if (char === '{' || char === '"') {
      const end = skipDelimited(text, i);
      if (inValue) values.push({ field, text: text.slice(i + 1, end - 1) });
      i = end;
      previous = 'value';
      continue;
    }
    if (char === '%') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (char === '}' || char === ')') break;
    NUMBER.lastIndex = i;
    const number = inValue ? NUMBER.exec(text) : null;
    if (number) {
      i += number[0].length;
      previous = 'value';
      continue;
    }
    MACRO_NAME.lastIndex = i;
    const word = MACRO_NAME.exec(text)?.[0];
    if (word) {
      if (inValue) values.push({ field, macro: word });
      else field = word.toLowerCase();
      i += word.length;
      previous = 'word';
      continue;
    }
    if (!/\s/.test(char)) previous = char;
    i++;
  }
  return values;
}

/**
 * Problems for the macros an entry uses that neither an `@string` of the file nor citation-js defines. BibTeX,
 * biber and citation-js all read such a macro as empty text, and so does this module (a made-up value would be
 * worse than none), but with a problem naming the entry, the field and the macro, so that a venue does not vanish
 * unnoticed.
 */
export function undefinedMacroReasons(text: string, from: number, strings: StringTable, predefined: Set<string>, isString = false): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  for (const { field, macro: name } of fieldValues(text, from)) {
    if (name === undefined) continue;
    const lower = name.toLowerCase();
    if (strings.byName.has(lower) || predefined.has(lower) || seen.has(`${field} ${lower}`)) continue;
    seen.add(`${field} ${lower}`);
    reasons.push(`${isString ? '' : `${field}: `}the macro "${name}" is not defined (no @string{${name} = …}); it is read as empty text`);
  }
  return reasons;
}
