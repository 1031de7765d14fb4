/**
 * BibTeX / BibLaTeX import: text → publication entries, entry by entry.
 *
 * citation-js 0.9 does the LaTeX work (accents and commands to Unicode, names, dates, month and `@string` macros, `#`
 * concatenation, the BibLaTeX → CSL mapping). Around it, this module:
 * - splits the file into entries itself, so that one broken entry is reported (key, line, reason) while every
 *   other entry is kept, and so that each entry keeps its original text and line;
 * - gives citation-js a placeholder key per entry (keys such as `__proto__` or `constructor` are ordinary keys here)
 *   and only the `@string` definitions the entry refers to;
 * - keeps `$...$` math in titles as written (the list element renders it); a `$` that opens no math is a dollar sign;
 * - reports each use of a `@string` macro that the file does not define (BibTeX reads it as empty text, and so does
 *   this module, but silently losing a venue is worse than a message);
 * - refuses an entry whose braces nest deeper than {@link MAX_BIBTEX_BRACE_DEPTH} levels, with its line, rather than
 *   letting the recursive LaTeX reader overflow the call stack;
 * - reads the fields citation-js drops (al-folio's `abbr`, `selected`, `pdf`, `code`, `award`, …) onto the
 *   item's scholar-elements extensions, and sets `category` from the entry type;
 * - leaves out the address of a link field (`url`, `pdf`, `website`, `code`…) whose scheme is not http(s) or
 *   mailto (`javascript:`, `data:`…), reporting it with the entry's key, line and field; a link kind (`pdf`…)
 *   stays named, without an address, as in a profile.
 *
 * citation-js is loaded on first use (`import()`), so pages that never see BibTeX never download it.
 * Pure TypeScript, no DOM: runs in browsers, Web Workers and Node.
 */
import { BIBTEX_LINK_FIELDS, toEntry, uniqueKey, type PubEntry, type PubImport } from './publications.js';
import type { CslName, Link, Problem, Publication, PublicationCategory } from './types.js';
import { refusedLinkReason, refusedLinks, safeUrl, withoutPaths } from './urls.js';

/** An entry as citation-js's BibTeX tokenizer gives it: macros and `#` resolved, values still LaTeX. */
interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, string | number>;
  annotations?: unknown;
}

/** The part of citation-js this module uses. */
interface CitationJs {
  input: {
    data(input: unknown, format: string): unknown;
    chain(input: unknown, options: Record<string, unknown>): Array<Record<string, unknown>>;
  };
  /** Commands citation-js converts (anything else would be kept as "\name" text). */
  knownCommands: Set<string>;
  /** Macros citation-js defines without an `@string` (month names, classic journal abbreviations), lowercased. */
  predefinedMacros: Set<string>;
  /** Drops citation-js's log buffer, which grows with every parse even when logging is silent. */
  clearLog(): void;
}

let loading: Promise<CitationJs> | undefined;

/** citation-js core and its BibTeX plugin, imported once. */
function loadCitationJs(): Promise<CitationJs> {
  loading ??= (async () => {
    const coreModule = await import('@citation-js/core');
    await import('@citation-js/plugin-bibtex');
    // Node's CommonJS interop may put the exports under `default`.
    const core = ('plugins' in coreModule ? coreModule : (coreModule as unknown as { default: typeof coreModule }).default) as typeof coreModule;
    const constants = (core.plugins.config.get('@bibtex') as { constants?: Record<string, unknown> } | undefined)?.constants ?? {};
    const knownCommands = new Set<string>();
    for (const table of ['commands', 'mathCommands', 'diacritics', 'formattingCommands', 'formattingEnvs', 'argumentCommands', 'mathScriptFormatting']) {
      const entries = constants[table];
      if (entries && typeof entries === 'object') for (const name of Object.keys(entries)) knownCommands.add(name);
    }
    const predefinedMacros = new Set(Object.keys((constants.defaultStrings as Record<string, string> | undefined) ?? {}).map((name) => name.toLowerCase()));
    const logger = (core as unknown as { logger?: { _log?: unknown[] } }).logger;
    return {
      input: core.plugins.input as unknown as CitationJs['input'],
      knownCommands,
      predefinedMacros,
      clearLog: () => {
        if (Array.isArray(logger?._log)) logger._log.length = 0;
      },
    };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

// ---------------------------------------------------------------------------------------------------------------
// Splitting the file into entries

interface ScannedEntry {
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
function scanEntries(text: string): ScannedEntry[] {
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
      pos = unclosed ? (text.indexOf('\n', at) + 1 || text.length) : end;
      continue;
    }
    const entry: ScannedEntry = { type, line: lineAt(at), text: text.slice(at, end).replace(/\s+$/, '') };
    // Lines are counted forwards only: the place inside the entry before the next entry's.
    if (tooDeep !== undefined) entry.tooDeepLine = lineAt(tooDeep);
    if (unclosed) entry.unclosed = unclosed === 'eof' ? 'a closing "}" is missing before the end of the file' : `a closing "}" is missing before the next entry (line ${lineAt(unclosed)})`;
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

const STRING_NAME = /^@\s*string\s*[{(]\s*([A-Za-z_][\w:+\-.]*)\s*=/i;
const WORD = /[A-Za-z_][\w:+\-.]*/g;

function words(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(WORD), (match) => match[0].toLowerCase()));
}

/** Macro names citation-js would look up on a plain object's prototype ("journal = constructor" gives "function Object()…"). */
const UNSAFE_MACRO = /^(?:__proto__|constructor)$/i;

/**
 * Renames the macros `__proto__` and `constructor` (definitions in `@string`, references after "=" or "#"
 * elsewhere) so that citation-js treats them as ordinary macros. Text inside braces and quotes is left alone.
 */
function safeMacros(text: string, isString: boolean): string {
  if (!/__proto__|constructor/i.test(text)) return text;
  const open = text.search(/[{(]/);
  let out = text.slice(0, open + 1);
  let depth = 0;
  let quoted = false;
  let previous = '';
  for (let i = open + 1; i < text.length; ) {
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
class StringTable {
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
// LaTeX in values

/** Fields whose values are addresses or identifiers: passed on as written. */
const VERBATIM_FIELDS = new Set([
  'url', 'doi', 'eprint', 'file', 'pdf', 'code', 'slides', 'video', 'poster', 'website', 'html', 'arxiv', 'supp', 'blog',
  'preview', 'isbn', 'issn', 'urldate', 'google_scholar_id', 'altmetric', 'dimensions', 'inspirehep_id', 'crossref', 'xref',
]);

/**
 * Commands citation-js 0.9 does not know, written out. Any other unknown command is dropped and its argument kept
 * ("\\foo{bar}" → "bar"; citation-js would write "\\foobar").
 */
const EXTRA_COMMANDS: Record<string, string> = {
  // text
  LaTeX: 'LaTeX', LaTeXe: 'LaTeX2ε', TeX: 'TeX', BibTeX: 'BibTeX', BibLaTeX: 'BibLaTeX', XeTeX: 'XeTeX', LuaTeX: 'LuaTeX',
  AA: 'Å', aa: 'å', ldots: '…', dots: '…', cdots: '⋯', S: '§', P: '¶', dag: '†', ddag: '‡', pounds: '£', euro: '€',
  quad: ' ', qquad: ' ', slash: '/', newline: ' ', linebreak: ' ', textvisiblespace: '␣',
  // math outside titles (titles keep their math as written)
  times: '×', cdot: '·', pm: '±', mp: '∓', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠', approx: '≈',
  sim: '∼', simeq: '≃', equiv: '≡', propto: '∝', infty: '∞', to: '→', rightarrow: '→', leftarrow: '←',
  leftrightarrow: '↔', Rightarrow: '⇒', Leftarrow: '⇐', Leftrightarrow: '⇔', implies: '⟹', iff: '⟺', mapsto: '↦',
  uparrow: '↑', downarrow: '↓', in: '∈', notin: '∉', subset: '⊂', subseteq: '⊆', supset: '⊃', supseteq: '⊇',
  cup: '∪', cap: '∩', setminus: '∖', emptyset: '∅', varnothing: '∅', forall: '∀', exists: '∃', neg: '¬', lnot: '¬',
  wedge: '∧', land: '∧', vee: '∨', lor: '∨', oplus: '⊕', otimes: '⊗', circ: '∘', bullet: '•', ast: '∗', star: '⋆',
  sum: '∑', prod: '∏', int: '∫', partial: '∂', nabla: '∇', sqrt: '√', ell: 'ℓ', hbar: 'ℏ', Re: 'ℜ', Im: 'ℑ',
  aleph: 'ℵ', top: '⊤', bot: '⊥', perp: '⊥', prime: '′', mid: '|', vert: '|', lvert: '|', rvert: '|', Vert: '‖',
  langle: '⟨', rangle: '⟩', lceil: '⌈', rceil: '⌉', lfloor: '⌊', rfloor: '⌋', ll: '≪', gg: '≫', log: 'log',
  ln: 'ln', exp: 'exp', sin: 'sin', cos: 'cos', tan: 'tan', min: 'min', max: 'max', arg: 'arg', lim: 'lim',
  sup: 'sup', inf: 'inf', det: 'det', Pr: 'Pr',
};

/** Commands whose argument is not text to show: dropped with it. */
const DROPPED_WITH_ARGUMENT = new Set(['hspace', 'vspace', 'label', 'ref', 'cite', 'citep', 'citet', 'index', 'thanks', 'footnote']);

/** Where the brace group starting at `open` ends (just past its "}"), or -1. */
function groupEnd(value: string, open: number): number {
  let depth = 0;
  for (let i = open; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === '{') depth++;
    else if (value[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Prepares one LaTeX value for citation-js: math scripts braced, line breaks (`\\\\`) and spacing commands become spaces, commands it
 * does not know are written out (`EXTRA_COMMANDS`) or dropped with their argument kept.
 */
function prepareLatex(input: string, known: Set<string>): string {
  // In math outside titles, "^" and "_" take one character, as in TeX ("$n^2)$"); citation-js would take "2)".
  const value = input.replace(MATH, (segment) => (segment === '$' ? '\\$' : segment.replace(/([\^_])([^{\\\s$])/g, '$1{$2}')));
  const command = /\\([A-Za-z]+|[^A-Za-z])/g;
  let out = '';
  let last = 0;
  for (let match = command.exec(value); match; match = command.exec(value)) {
    const name = match[1]!;
    let replacement: string = match[0];
    if (/^[A-Za-z]/.test(name)) {
      if (DROPPED_WITH_ARGUMENT.has(name)) {
        const open = /^\*?\s*(\[[^\]]*\])?\s*\{/.exec(value.slice(command.lastIndex));
        const end = open ? groupEnd(value, command.lastIndex + open[0].length - 1) : -1;
        if (end > 0) command.lastIndex = end;
        replacement = '';
      } else if (!known.has(name)) {
        replacement = Object.hasOwn(EXTRA_COMMANDS, name) ? EXTRA_COMMANDS[name]! : '';
      }
    } else if ('\\ ,;:\n\t'.includes(name)) {
      replacement = ' ';
    } else if ('!/-@'.includes(name)) {
      replacement = '';
    }
    out += value.slice(last, match.index) + replacement;
    last = command.lastIndex;
  }
  return out + value.slice(last);
}

/**
 * `$…$` and `$$…$$` segments, escaped dollars (`\$`, kept escaped so that the title's math stays unambiguous), and
 * last a lone `$` that opens no segment ("costs $5"): a dollar sign, escaped before citation-js sees it (its LaTeX
 * reader would refuse the whole entry for an unclosed math segment).
 */
const MATH = /\\\$|(?<!\\)\$\$[\s\S]+?(?<!\\)\$\$|(?<!\\)\$(?:[^$\\]|\\[\s\S])+?\$|\$/g;
const MATH_MARK = /\uE000(\d+)\uE001/g;

/**
 * Replaces math segments (and `\$`) with private-use markers citation-js passes through; `restoreMath` puts them
 * back. A lone `$` comes back escaped (`\$`): a dollar sign, not the start of math.
 */
function protectMath(value: string, store: string[]): string {
  return value.replace(MATH, (segment) => `\uE000${store.push(segment === '$' ? '\\$' : segment) - 1}\uE001`);
}

function restoreMath(value: string, store: string[]): string {
  return value.replace(MATH_MARK, (marker, index: string) => store[Number(index)] ?? marker);
}

/** CSL rich-text markup citation-js writes for \emph, \textbf, \textsc…: the model keeps plain text. */
const MARKUP = /<\/?(?:i|b|sup|sub)>|<span (?:class|style)="[^"<>]*">|<\/span>/g;

/** One output string made plain: markup gone, dotless ı/ȷ with an accent made a regular letter ("\'{\i}" → "í"). */
function plainText(value: string): string {
  return value
    .replace(MARKUP, '')
    .replace(/([ıȷ])([\u0300-\u036f]+)/g, (_whole, letter: string, marks: string) => (letter === 'ı' ? 'i' : 'j') + marks)
    .normalize('NFC');
}

/** Applies `plainText` to every string in a CSL value. */
function plainDeep<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T;
  if (Array.isArray(value)) return value.map(plainDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty: a "__proto__" key stays a key (assignment would set the prototype).
    for (const [key, inner] of Object.entries(value)) Object.defineProperty(out, key, { value: plainDeep(inner), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

/** A link or identifier as written, minus LaTeX escapes ("a\_b" → "a_b") and braces. */
function verbatim(value: string | number): string {
  return String(value)
    .replace(/\\([_%&#$~])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Fields citation-js drops

/** Fields converted as text through citation-js, then mapped by `applyExtensions`. */
const TEXT_EXTENSION_FIELDS = ['abbr', 'award', 'award_name', 'keywords', 'additional_info'];

/** Fields kept on the item as written, under their own name. */
const KEPT_FIELDS = ['preview', 'google_scholar_id', 'altmetric', 'dimensions', 'inspirehep_id'];

const ARXIV_ID = /^(?:arxiv:\s*)?((?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?)$/i;

function arxivUrl(value: string): string {
  const id = ARXIV_ID.exec(value.trim());
  return id ? `https://arxiv.org/abs/${id[1]}` : value;
}

function flag(value: string | number | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const text = verbatim(value).toLowerCase();
  if (/^(true|yes|y|1|on)$/.test(text)) return true;
  if (/^(false|no|n|0|off)$/.test(text)) return false;
  return undefined;
}

const CATEGORIES = new Set<PublicationCategory>([
  'conference', 'journal', 'workshop', 'preprint', 'technical-report', 'patent', 'thesis', 'book', 'chapter', 'poster', 'other',
]);

function isArxiv(properties: RawEntry['properties']): boolean {
  const said = (field: string) => /\b(arxiv|corr)\b/i.test(String(properties[field] ?? ''));
  return (
    said('eprinttype') || said('archiveprefix') || Object.hasOwn(properties, 'arxiv') ||
    /arxiv\.org/i.test(String(properties.url ?? '')) || said('journal') || said('journaltitle') || said('howpublished') || said('publisher')
  );
}

/** The category an entry's BibTeX type implies, unless a `category` field names one. */
function categoryFor(type: string, properties: RawEntry['properties']): PublicationCategory {
  const named = String(properties.category ?? properties.pubtype ?? '').trim().toLowerCase() as PublicationCategory;
  if (CATEGORIES.has(named)) return named;
  switch (type) {
    case 'inproceedings':
    case 'conference':
      return /\bworkshop\b/i.test(String(properties.booktitle ?? properties.eventtitle ?? '')) ? 'workshop' : 'conference';
    case 'article': {
      const journal = String(properties.journal ?? properties.journaltitle ?? '');
      return /\b(arxiv|corr)\b/i.test(journal) || (!journal.trim() && isArxiv(properties)) ? 'preprint' : 'journal';
    }
    case 'techreport':
    case 'report':
      return 'technical-report';
    case 'phdthesis':
    case 'mastersthesis':
    case 'thesis':
      return 'thesis';
    case 'patent':
      return 'patent';
    case 'book':
    case 'mvbook':
    case 'proceedings':
    case 'mvproceedings':
    case 'collection':
    case 'mvcollection':
      return 'book';
    case 'incollection':
    case 'inbook':
    case 'bookinbook':
    case 'suppbook':
    case 'suppcollection':
      return 'chapter';
    case 'misc':
    case 'online':
    case 'electronic':
    case 'unpublished':
    case 'preprint':
      return isArxiv(properties) ? 'preprint' : 'other';
    default:
      return 'other';
  }
}

/** A link field left out for its scheme: the BibTeX field, and the address as read. */
interface RefusedField {
  field: string;
  link: string;
}

/**
 * Puts the fields citation-js dropped onto the item. `converted` holds the LaTeX-converted text fields. A link field
 * whose address `safeUrl` refuses goes into `refused`; its link is kept without the address.
 */
function applyExtensions(item: Publication, type: string, properties: RawEntry['properties'], converted: Record<string, string>, refused: RefusedField[]): void {
  item.category = categoryFor(type, properties);
  if (converted.abbr) item.venueShort = converted.abbr;
  const selected = flag(properties.selected);
  if (selected !== undefined) item.selected = selected;
  const bibtexShow = flag(properties.bibtex_show);
  if (bibtexShow !== undefined) item.bibtex_show = bibtexShow;
  else if (properties.bibtex_show !== undefined) item.bibtex_show = verbatim(properties.bibtex_show);

  const links: Link[] = [];
  const addLink = (field: string, kind: string, url: string) => {
    if (!url || links.some((link) => link.kind === kind && link.url === url)) return;
    if (safeUrl(url)) {
      links.push({ kind, url });
      return;
    }
    // The address is left out; the link stays named, as one a profile gives without its address.
    refused.push({ field, link: url });
    if (!links.some((link) => link.kind === kind && link.url === undefined)) links.push({ kind });
  };
  for (const [field, value] of Object.entries(properties)) {
    // A field named "constructor" or "toString" must not find the table's prototype.
    if (!Object.hasOwn(BIBTEX_LINK_FIELDS, field)) continue;
    const kind = BIBTEX_LINK_FIELDS[field]!;
    addLink(field, kind, kind === 'arxiv' ? arxivUrl(verbatim(value)) : verbatim(value));
  }
  // An arXiv eprint ("eprint = {2201.05596}, archivePrefix = {arXiv}") is an arXiv link too.
  const eprintType = String(properties.eprinttype ?? properties.archiveprefix ?? '');
  if (properties.eprint !== undefined && /arxiv/i.test(eprintType) && !links.some((link) => link.kind === 'arxiv')) {
    addLink('eprint', 'arxiv', arxivUrl(verbatim(properties.eprint)));
  }
  if (links.length) item.links = links;

  if (!item.DOI && properties.doi !== undefined && verbatim(properties.doi)) item.DOI = verbatim(properties.doi);

  // al-folio: `award_name` is the badge, `award` the longer text behind it; either alone is the award.
  const award = converted.award_name || converted.award;
  if (award) item.awards = [award];
  if (converted.award_name && converted.award && converted.award !== converted.award_name) item.award = converted.award;

  if (converted.keywords) {
    const keywords = converted.keywords.split(/\s*[,;]\s*/).map((keyword) => keyword.trim()).filter(Boolean);
    if (keywords.length) item.keywords = keywords;
  }
  if (converted.additional_info) item.additional_info = converted.additional_info;
  for (const field of KEPT_FIELDS) {
    if (properties[field] !== undefined && verbatim(properties[field])) item[field] = verbatim(properties[field]);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Error messages

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

/** A citation-js syntax error in words, with the line it points at in the original file. */
function describeError(error: unknown, entryLine: number, prefixLines: number, parseText: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at line (\d+) col (\d+)/.exec(message);
  let where = '';
  let found = '';
  // citation-js's LaTeX reader counts lines from 0 within one value: no place in the file.
  if (position && position[1] !== '0') {
    const lineInParse = Number(position[1]);
    const lineInFile = entryLine + lineInParse - 1 - prefixLines;
    where = ` at line ${lineInFile}`;
    const textLine = parseText.split('\n')[lineInParse - 1] ?? '';
    const word = /^[^\s,={}"#]+|^[,={}"#]/.exec(textLine.slice(Number(position[2]) - 1))?.[0];
    if (word) found = `"${word.length > 30 ? `${word.slice(0, 30)}…` : word}"`;
  }
  const expected = /expected "(\w+)", got (?:"(\w+)"|EOF)/.exec(message);
  if (expected) {
    const [, want, got] = expected;
    if (want === 'rbrace' && got === 'identifier') return `a comma is missing before ${found || 'a field'}${where}`;
    return `expected ${tokenWords(want!)} but found ${got ? found || tokenWords(got) : 'the end of the entry'}${where}`;
  }
  if (/invalid syntax/.test(message)) return `unexpected ${found || 'text'}${where}`;
  return `${message.split('\n')[0]!.replace(/\s*\(.*\)$/, '')}${where}`;
}

/** Why citation-js's LaTeX reader refuses one value, in words: "expected text but found the end of the value". */
function describeValueError(error: unknown, value: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const column = /at line \d+ col (\d+)/.exec(message)?.[1];
  // (A title's math is held by private-use markers at this point: not words to quote.)
  const word = column ? /^[^\s,={}"#$\uE000\uE001]+|^[,={}"#$]/.exec(value.slice(Number(column) - 1))?.[0] : undefined;
  const found = word ? `"${word.length > 30 ? `${word.slice(0, 30)}…` : word}"` : '';
  const expected = /expected "(\w+)", got (?:"(\w+)"|EOF)/.exec(message);
  if (expected) {
    const [, want, got] = expected;
    return `expected ${tokenWords(want!)} but found ${got ? found || tokenWords(got) : 'the end of the value'}`;
  }
  if (/invalid syntax/.test(message)) return `unexpected ${found || 'text'}`;
  return message.split('\n')[0]!.replace(/\s*\(.*\)$/, '').replace(/ at line \d+ col \d+:?$/, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Macros that are used but not defined

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

/**
 * Each macro an entry's fields use (a bare word after "=" or "#"), with the field it is in, in order. `from` is
 * where the fields start in `text` (after the key, or after the opening brace of an `@string`).
 */
function macroUses(text: string, from: number): Array<{ field: string; name: string }> {
  const uses: Array<{ field: string; name: string }> = [];
  let field = '';
  let previous = '';
  for (let i = from; i < text.length; ) {
    const char = text[i]!;
    if (char === '{' || char === '"') {
      i = skipDelimited(text, i);
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
    const number = previous === '=' || previous === '#' ? NUMBER.exec(text) : null;
    if (number) {
      i += number[0].length;
      previous = 'value';
      continue;
    }
    MACRO_NAME.lastIndex = i;
    const word = MACRO_NAME.exec(text)?.[0];
    if (word) {
      if (previous === '=' || previous === '#') uses.push({ field, name: word });
      else field = word.toLowerCase();
      i += word.length;
      previous = 'word';
      continue;
    }
    if (!/\s/.test(char)) previous = char;
    i++;
  }
  return uses;
}

/**
 * Problems for the macros an entry uses that neither an `@string` of the file nor citation-js defines. BibTeX,
 * biber and citation-js all read such a macro as empty text, and so does this module (a made-up value would be
 * worse than none), but with a problem naming the entry, the field and the macro, so that a venue does not vanish
 * unnoticed.
 */
function undefinedMacroReasons(text: string, from: number, strings: StringTable, predefined: Set<string>, isString = false): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  for (const { field, name } of macroUses(text, from)) {
    const lower = name.toLowerCase();
    if (strings.byName.has(lower) || predefined.has(lower) || seen.has(`${field} ${lower}`)) continue;
    seen.add(`${field} ${lower}`);
    reasons.push(`${isString ? '' : `${field}: `}the macro "${name}" is not defined (no @string{${name} = …}); it is read as empty text`);
  }
  return reasons;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

const PLACEHOLDER_KEY = 'scholar-entry';

/**
 * The entry's text with its key replaced by `label` (citation-js indexes entries by key in plain objects), and a
 * comma after it when the entry has no fields ("@misc{key}", which citation-js would refuse).
 */
function withLabel(entry: ScannedEntry, label: string): string {
  const rest = entry.text.slice(entry.keyEnd);
  return entry.text.slice(0, entry.keyStart) + label + (/^\s*,/.test(rest) ? '' : ',') + rest;
}

/** Tokenizes one entry (with the `@string`s it needs) into citation-js's raw form. Throws citation-js's error. */
function tokenize(cite: CitationJs, entry: ScannedEntry, label: string, strings: StringTable): { raw: RawEntry; prefixLines: number; parseText: string } {
  const prefix = strings.prefixFor(entry.text);
  const parseText = prefix + safeMacros(withLabel(entry, label), false);
  const prefixLines = prefix ? prefix.split('\n').length - 1 : 0;
  try {
    const raws = cite.input.data(parseText, '@biblatex/text') as RawEntry[];
    if (raws.length !== 1 || !raws[0]) throw new Error('no entry could be read');
    return { raw: raws[0], prefixLines, parseText };
  } catch (error) {
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { prefixLines, parseText });
  }
}

/**
 * Parses a BibTeX or BibLaTeX file. Every entry that can be read becomes a `PubEntry` (with its original text and
 * line); every entry that cannot is a `Problem` naming its key (or "#<index>" when it has none), line and reason.
 *
 * Duplicate keys: every entry is kept; the second gets a list key such as "smith2020~2" (its `item.id` stays the
 * written key). That is not reported as a problem, since nothing is left out.
 */
export async function parseBibtex(text: string, source: string): Promise<PubImport> {
  const cite = await loadCitationJs();
  try {
    return parseWith(cite, text, source);
  } finally {
    cite.clearLog();
  }
}

function parseWith(cite: CitationJs, input: string, source: string): PubImport {
  const text = input.replace(/^\uFEFF/, '');
  const scanned = scanEntries(text);
  const problems: Problem[] = [];
  const entries: PubEntry[] = [];
  const taken = new Set<string>();

  const strings = new StringTable();
  for (const entry of scanned) {
    if (entry.type !== 'string') continue;
    const name = STRING_NAME.exec(entry.text)?.[1]?.toLowerCase();
    const definition = safeMacros(entry.text, true);
    let reason = entry.unclosed ?? (entry.tooDeepLine !== undefined ? tooDeepReason(entry.tooDeepLine) : undefined);
    if (!reason && !name) reason = 'expected "@string{name = value}"';
    if (!reason) {
      try {
        cite.input.data(definition, '@biblatex/text');
      } catch (error) {
        reason = describeError(error, entry.line, 0, entry.text);
      }
    }
    if (reason) {
      const label = `@string${name ? ` ${name}` : ''}`;
      problems.push({ source, line: entry.line, path: label, message: `${label} (line ${entry.line}): ${reason}` });
      continue;
    }
    strings.add({ name: name!, text: definition, refers: words(entry.text.slice(entry.text.indexOf('=') + 1)), entry });
  }

  for (const definition of strings.list) {
    const entry = definition.entry;
    const label = `@string ${definition.name}`;
    for (const reason of undefinedMacroReasons(entry.text, entry.text.search(/[{(]/) + 1, strings, cite.predefinedMacros, true)) {
      problems.push({ source, line: entry.line, path: label, message: `${label} (line ${entry.line}): ${reason}`, leftOut: 'value' });
    }
  }

  const dataEntries = scanned.filter((entry) => entry.type !== 'string' && entry.type !== 'preamble');
  const byKey = new Map<string, ScannedEntry>();
  for (const entry of dataEntries) if (entry.key && !entry.unclosed) byKey.set(entry.key.toLowerCase(), entry);

  dataEntries.forEach((entry, index) => {
    const path = entry.key ?? `#${index + 1}`;
    const fail = (reason: string) => {
      problems.push({ source, line: entry.line, path, message: `${path} (line ${entry.line}): ${reason}` });
    };
    if (entry.unclosed) return fail(entry.unclosed);
    if (entry.tooDeepLine !== undefined) return fail(tooDeepReason(entry.tooDeepLine));
    if (!entry.key) return fail('the entry has no key (expected "@type{key, …")');
    try {
      const { item, unreadable, refused } = parseEntry(cite, entry, byKey, strings);
      const fieldProblem = (reason: string) => {
        problems.push({ source, line: entry.line, path, message: `${path} (line ${entry.line}): ${reason}`, leftOut: 'value' });
      };
      for (const { field, reason } of unreadable) fieldProblem(`${field}: ${reason}; it is left out`);
      for (const { field, link } of refused) fieldProblem(`${field}: ${refusedLinkReason(link)}`);
      for (const reason of undefinedMacroReasons(entry.text, entry.keyEnd!, strings, cite.predefinedMacros)) fieldProblem(reason);
      entries.push(toEntry(item, uniqueKey(entry.key, taken), source, { line: entry.line, bibtex: entry.text, path, problems }));
    } catch (error) {
      const context = error as { prefixLines?: number; parseText?: string };
      fail(describeError(error, entry.line, context.prefixLines ?? 0, context.parseText ?? entry.text));
    }
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { entries, problems };
}

function tooDeepReason(line: number): string {
  return `braces are nested deeper than ${MAX_BIBTEX_BRACE_DEPTH} levels (line ${line}); the limit is ${MAX_BIBTEX_BRACE_DEPTH}`;
}

/** Why citation-js cannot read `value` as LaTeX text, or undefined when it can. */
function latexError(cite: CitationJs, value: string): string | undefined {
  try {
    cite.input.chain([{ type: 'misc', label: `${PLACEHOLDER_KEY}-check`, properties: { title: value } }], { generateGraph: false, forceType: '@biblatex/entries+list' });
    return undefined;
  } catch (error) {
    return `its LaTeX could not be read (${describeValueError(error, value)})`;
  }
}

/**
 * One entry → its CSL item with extensions, and the fields left out because citation-js could not read their
 * LaTeX. Throws when citation-js cannot read the entry.
 */
function parseEntry(
  cite: CitationJs,
  entry: ScannedEntry,
  byKey: Map<string, ScannedEntry>,
  strings: StringTable,
): { item: Publication; unreadable: Array<{ field: string; reason: string }>; refused: RefusedField[] } {
  const { raw } = tokenize(cite, entry, PLACEHOLDER_KEY, strings);
  const properties = raw.properties;
  const math: string[] = [];
  const prepared = (field: string, value: string | number) =>
    typeof value === 'string' && !VERBATIM_FIELDS.has(field) ? prepareLatex(value, cite.knownCommands) : value;
  // Math is set aside before anything else touches the title, so that it stays exactly as written.
  if (typeof properties.title === 'string') properties.title = protectMath(properties.title, math);
  for (const [field, value] of Object.entries(properties)) properties[field] = prepared(field, value);

  // Parents named by `crossref` go into the same conversion, under placeholder keys too.
  const parents: RawEntry[] = [];
  let child = raw;
  for (let depth = 0; depth < 3 && typeof child.properties.crossref === 'string'; depth++) {
    const parentEntry = byKey.get(child.properties.crossref.trim().toLowerCase());
    if (!parentEntry || parentEntry === entry) break;
    const label = `${PLACEHOLDER_KEY}-parent-${depth}`;
    let parent: RawEntry;
    try {
      parent = tokenize(cite, parentEntry, label, strings).raw;
    } catch {
      break;
    }
    for (const [field, value] of Object.entries(parent.properties)) parent.properties[field] = prepared(field, value);
    child.properties.crossref = label;
    parents.push(parent);
    child = parent;
  }
  // A parent that is not in the file (or not read) is named by a placeholder that names nothing: citation-js looks
  // the name up in a plain object, where "toString" or "__proto__" would find Object's members and fail.
  if (typeof child.properties.crossref === 'string') child.properties.crossref = `${PLACEHOLDER_KEY}-no-parent`;

  // The text fields citation-js would drop are converted by it as the titles of helper entries.
  let extensionFields: string[] = [];
  const convert = () => {
    extensionFields = TEXT_EXTENSION_FIELDS.filter((field) => properties[field] !== undefined && String(properties[field]).trim());
    const helpers: RawEntry[] = extensionFields.map((field, index) => ({
      type: 'misc',
      label: `${PLACEHOLDER_KEY}-field-${index}`,
      properties: { title: String(properties[field]) },
    }));
    return cite.input.chain([raw, ...parents, ...helpers], { generateGraph: false, forceType: '@biblatex/entries+list' });
  };
  const unreadable: Array<{ field: string; reason: string }> = [];
  let output: Array<Record<string, unknown>>;
  try {
    output = convert();
  } catch (error) {
    // One value whose LaTeX citation-js refuses ("$x^$" in a note) would cost the whole entry: each text value is
    // tried alone, the ones it refuses are left out (and reported), and the rest is converted again.
    for (const [field, value] of Object.entries(properties)) {
      if (typeof value !== 'string' || VERBATIM_FIELDS.has(field)) continue;
      const reason = latexError(cite, value);
      if (reason === undefined) continue;
      delete properties[field];
      unreadable.push({ field, reason });
    }
    if (!unreadable.length) throw error;
    output = convert();
  }
  const [converted, ...rest] = output;
  if (!converted) throw new Error('no entry could be read');
  const fields: Record<string, string> = {};
  rest.slice(parents.length).forEach((helper, index) => {
    if (typeof helper.title === 'string') fields[extensionFields[index]!] = plainText(helper.title).trim();
  });

  const item = plainDeep(converted) as unknown as Publication;
  item.id = entry.key!;
  (item as Record<string, unknown>)['citation-key'] = entry.key!;
  if (typeof item.title === 'string') item.title = restoreMath(item.title, math).trim();
  // An entry without a title is still listed (as "(untitled)"); the CSL item's title stays empty.
  if (!item.title) item.title = '';
  for (const role of ['author', 'editor'] as const) {
    const names = item[role];
    if (Array.isArray(names)) item[role] = names.filter((name: CslName) => Object.keys(name).length > 0);
  }
  const refused: RefusedField[] = [];
  applyExtensions(item, entry.type, properties, fields, refused);
  // Links citation-js made (`url` → URL, and any other): the field it read them from, as far as its name says.
  const made = refusedLinks(item);
  for (const { path, link } of made) refused.push({ field: path.length === 1 && path[0] === 'URL' ? 'url' : path.join('.'), link });
  return { item: withoutPaths(item, made.map(({ path }) => path)), unreadable, refused };
}
