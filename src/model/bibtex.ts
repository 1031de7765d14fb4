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
import { applyExtensions, TEXT_EXTENSION_FIELDS, type RawProperties, type RefusedField } from './bibtex-fields.js';
import { describeError, describeValueError, tooDeepReason } from './bibtex-errors.js';
import { plainDeep, plainText, prepareLatex, protectMath, restoreMath, VERBATIM_FIELDS } from './bibtex-latex.js';
import { safeMacros, scanEntries, STRING_NAME, StringTable, undefinedMacroReasons, words, type ScannedEntry } from './bibtex-scan.js';
import { toEntry, uniqueKey, type PubEntry, type PubImport } from './publications.js';
import type { CslName, Problem, Publication } from './types.js';
import { refusedLinkReason, refusedLinks, withoutPaths } from './urls.js';

export { MAX_BIBTEX_BRACE_DEPTH } from './bibtex-scan.js';

/** An entry as citation-js's BibTeX tokenizer gives it: macros and `#` resolved, values still LaTeX. */
interface RawEntry {
  type: string;
  label: string;
  properties: RawProperties;
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

/** A file's entries as scanned, with what reading each of them needs. */
function scanFile(cite: CitationJs, input: string, source: string): { dataEntries: ScannedEntry[]; context: EntryContext } {
  const scanned = scanEntries(input.replace(/^\uFEFF/, ''));
  const problems: Problem[] = [];
  const strings = readStrings(cite, scanned, source, problems);
  const dataEntries = scanned.filter((entry) => entry.type !== 'string' && entry.type !== 'preamble');
  const byKey = new Map<string, ScannedEntry>();
  for (const entry of dataEntries) if (entry.key && !entry.unclosed) byKey.set(entry.key.toLowerCase(), entry);
  return { dataEntries, context: { byKey, strings, source, problems } };
}

/** An entry's year, from a quick look at its text (`year = 2021`, `date = {2021-06}`); 0 when none is found. */
function roughYear(text: string): number {
  const match = /\b(?:year|date)\s*=\s*[{"]?\s*(\d{4})/i.exec(text);
  return match ? Number(match[1]) : 0;
}

/**
 * The first screen of a file: its `count` newest entries (chosen by a quick look at their years), read as
 * {@link parseBibtex} reads them, in the order of the file; problems are not gathered. For a page to show before
 * the whole file is read (the keys of entries that share one may differ from the whole file's).
 */
export async function parseBibtexFirstScreen(text: string, source: string, count = 30): Promise<PubEntry[]> {
  const cite = await loadCitationJs();
  try {
    const { dataEntries, context } = scanFile(cite, text, source);
    const years = dataEntries.map((entry) => roughYear(entry.text));
    const chosen = dataEntries
      .map((_, index) => index)
      .sort((a, b) => years[b]! - years[a]! || a - b)
      .slice(0, count)
      .sort((a, b) => a - b);
    const entries: PubEntry[] = [];
    const taken = new Set<string>();
    for (const index of chosen) {
      const entry = dataEntries[index]!;
      const read = readEntry(cite, entry, `#${index + 1}`, context);
      if (read) entries.push(toEntry(read, uniqueKey(entry.key!, taken), source, { line: entry.line, bibtex: entry.text, path: entry.key!, problems: context.problems }));
    }
    return entries;
  } finally {
    cite.clearLog();
  }
}

function parseWith(cite: CitationJs, input: string, source: string): PubImport {
  const { dataEntries, context } = scanFile(cite, input, source);
  const { byKey, strings, problems } = context;
  const entries: PubEntry[] = [];
  const taken = new Set<string>();
  dataEntries.forEach((entry, index) => {
    const read = readEntry(cite, entry, `#${index + 1}`, { byKey, strings, source, problems });
    if (read) entries.push(toEntry(read, uniqueKey(entry.key!, taken), source, { line: entry.line, bibtex: entry.text, path: entry.key!, problems }));
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { entries, problems };
}

/** A problem about one entry (or `@string`) of the file: "key (line 12): reason". */
function entryProblem(source: string, line: number, path: string, reason: string, leftOut?: Problem['leftOut']): Problem {
  const problem: Problem = { source, line, path, message: `${path} (line ${line}): ${reason}` };
  if (leftOut) problem.leftOut = leftOut;
  return problem;
}

/**
 * The file's usable `@string` definitions. One that cannot be read is a problem (and is not defined); one that
 * uses a macro nobody defines is kept, with a problem.
 */
function readStrings(cite: CitationJs, scanned: ScannedEntry[], source: string, problems: Problem[]): StringTable {
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
      problems.push(entryProblem(source, entry.line, `@string${name ? ` ${name}` : ''}`, reason));
      continue;
    }
    strings.add({ name: name!, text: definition, refers: words(entry.text.slice(entry.text.indexOf('=') + 1)), entry });
  }
  for (const { entry, name } of strings.list) {
    for (const reason of undefinedMacroReasons(entry.text, entry.text.search(/[{(]/) + 1, strings, cite.predefinedMacros, true)) {
      problems.push(entryProblem(source, entry.line, `@string ${name}`, reason, 'value'));
    }
  }
  return strings;
}

/** What reading one data entry needs besides the entry: the file's entries by key, its `@string`s, where to report. */
interface EntryContext {
  byKey: Map<string, ScannedEntry>;
  strings: StringTable;
  source: string;
  problems: Problem[];
}

/**
 * One data entry as a CSL item, with a problem for each value left out; or undefined, with a problem, when the entry
 * cannot be read. `fallbackPath` names an entry without a key.
 */
function readEntry(cite: CitationJs, entry: ScannedEntry, fallbackPath: string, { byKey, strings, source, problems }: EntryContext): Publication | undefined {
  const path = entry.key ?? fallbackPath;
  const fail = (reason: string) => void problems.push(entryProblem(source, entry.line, path, reason));
  if (entry.unclosed) return fail(entry.unclosed);
  if (entry.tooDeepLine !== undefined) return fail(tooDeepReason(entry.tooDeepLine));
  if (!entry.key) return fail('the entry has no key (expected "@type{key, …")');
  try {
    const { item, unreadable, refused } = parseEntry(cite, entry, byKey, strings);
    const fieldProblem = (reason: string) => problems.push(entryProblem(source, entry.line, path, reason, 'value'));
    for (const { field, reason } of unreadable) fieldProblem(`${field}: ${reason}; it is left out`);
    for (const { field, link } of refused) fieldProblem(`${field}: ${refusedLinkReason(link)}`);
    for (const reason of undefinedMacroReasons(entry.text, entry.keyEnd!, strings, cite.predefinedMacros)) fieldProblem(reason);
    return item;
  } catch (error) {
    const context = error as { prefixLines?: number; parseText?: string };
    return fail(describeError(error, entry.line, context.prefixLines ?? 0, context.parseText ?? entry.text));
  }
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

/** A text field left out because citation-js could not read its LaTeX. */
interface UnreadableField {
  field: string;
  reason: string;
}

/** Converts a value for citation-js: LaTeX made ready for its reader, addresses and identifiers as written. */
function preparer(cite: CitationJs): (field: string, value: string | number) => string | number {
  return (field, value) => (typeof value === 'string' && !VERBATIM_FIELDS.has(field) ? prepareLatex(value, cite.knownCommands) : value);
}

/**
 * The entries named by `crossref` (parent, grandparent…, up to 3), tokenized under placeholder keys for the same
 * conversion; the child's `crossref` is pointed at the placeholder.
 */
function crossrefParents(cite: CitationJs, entry: ScannedEntry, raw: RawEntry, byKey: Map<string, ScannedEntry>, strings: StringTable): RawEntry[] {
  const prepared = preparer(cite);
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
  return parents;
}

/**
 * citation-js's CSL output for the entry, its parents, and the text fields it would drop (converted as the titles of
 * helper entries, in `fields`). One value whose LaTeX citation-js refuses ("$x^$" in a note) would cost the whole
 * entry: each text value is then tried alone, the ones it refuses are left out (into `unreadable`), and the rest is
 * converted again.
 */
function convertEntry(cite: CitationJs, raw: RawEntry, parents: RawEntry[]): { converted: Record<string, unknown>; fields: Record<string, string>; unreadable: UnreadableField[] } {
  const properties = raw.properties;
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
  const unreadable: UnreadableField[] = [];
  let output: Array<Record<string, unknown>>;
  try {
    output = convert();
  } catch (error) {
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
  return { converted, fields, unreadable };
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
): { item: Publication; unreadable: UnreadableField[]; refused: RefusedField[] } {
  const { raw } = tokenize(cite, entry, PLACEHOLDER_KEY, strings);
  const properties = raw.properties;
  const math: string[] = [];
  const prepared = preparer(cite);
  // Math is set aside before anything else touches the title, so that it stays exactly as written.
  if (typeof properties.title === 'string') properties.title = protectMath(properties.title, math);
  for (const [field, value] of Object.entries(properties)) properties[field] = prepared(field, value);
  const parents = crossrefParents(cite, entry, raw, byKey, strings);
  const { converted, fields, unreadable } = convertEntry(cite, raw, parents);

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
  return {
    item: withoutPaths(
      item,
      made.map(({ path }) => path),
    ),
    unreadable,
    refused,
  };
}
