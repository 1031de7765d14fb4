/**
 * Reading one input of the command (a file, standard input, or works fetched from an API) in any format the
 * elements read: a profile or a JSON Resume, a lab, or a publication list (BibTeX, RIS, CSL-JSON, OpenAlex, ORCID).
 *
 * What cannot be used is reported with its place in the source (see ./locate.ts); what can is returned as the
 * elements would show it: a profile with its bad entries left out, or publications that are valid profile entries.
 * The reading itself is the model's (src/model/), shared with the elements.
 */
import { ScholarLoadError } from '../model/load-error.js';
import { parseCslJson } from '../model/csl-json.js';
import { detectFormat, jsonFormat } from '../model/import-publications.js';
import { parseJson } from '../model/json.js';
import { pointerSegments } from '../model/json-pointer.js';
import { isLabDocument, validateLab, type Lab } from '../model/lab.js';
import { openAlexToItems } from '../model/openalex.js';
import { orcidToItems } from '../model/orcid.js';
import type { PubEntry, PubImport } from '../model/publications.js';
import { parseRis } from '../model/ris.js';
import { decodeText } from '../model/text-decoding.js';
import { PROFILE_SECTIONS, type Problem, type Profile, type Publication } from '../model/types.js';
import { validateProfile } from '../model/validate-full.js';
import { readInputBytes, reasonOf, STDIN_NAME, type CliIo } from './io.js';
import { byPosition, JsonPositions, locateLineProblems, locatePointerProblems, locateValidation, type LocatedProblem } from './locate.js';

/** Formats that hold publications only. */
export type PublicationListFormat = 'bibtex' | 'ris' | 'csl-json' | 'openalex' | 'orcid';

export type InputFormat = 'profile' | 'json-resume' | 'lab' | PublicationListFormat;

/** How the summary names a format. */
export const FORMAT_NAMES: Record<InputFormat, string> = {
  profile: 'profile',
  'json-resume': 'JSON Resume',
  lab: 'lab',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
  openalex: 'OpenAlex works',
  orcid: 'ORCID works',
};

export interface LoadedInput {
  /** The file as named on the command line, "standard input", or an API source ("openalex:A5023888391"). */
  source: string;
  /** Undefined when the input could not be read at all. */
  format?: InputFormat;
  /** A profile or JSON Resume, its bad entries left out. */
  profile?: Profile;
  /** A publication list's publications, each a valid profile entry. */
  publications?: Publication[];
  /** Where each of `publications` came from, in the same order. */
  origins?: ItemOrigin[];
  /** A lab, its bad members left out. */
  lab?: Lab;
  /** How many entries (profile entries, publications, lab members) the input holds after the bad ones were left out. */
  entryCount: number;
  /** Everything left out, and why. */
  problems: LocatedProblem[];
  /** Set when the input cannot be used at all (unreadable, not valid JSON, no usable profile…). */
  fatal?: LocatedProblem;
}

/** Where a publication came from in its source: a JSON value, or a BibTeX entry / RIS record. */
export interface ItemOrigin {
  /** JSON Pointer of the item, when the source is JSON. */
  pointer?: string;
  /** True when the item is the source's value as written (CSL-JSON), so a path inside it is a path in the source. */
  asWritten?: boolean;
  line?: number;
  column?: number;
  /** `entry "smith2020"`, `record "ID"`. */
  label?: string;
}

function fatalInput(source: string, problem: Omit<LocatedProblem, 'source'>): LoadedInput {
  return { source, entryCount: 0, problems: [], fatal: { source, ...problem } };
}

/** A thrown reading error as a located problem (JSON syntax errors keep their line and column). */
function loadFailure(error: unknown, source: string): LoadedInput {
  if (!(error instanceof ScholarLoadError)) throw error;
  const { detail } = error;
  const position = detail.line !== undefined ? { line: detail.line, column: detail.column ?? 1 } : {};
  // "<source> is not valid JSON: line 4, column 14: …" → "not valid JSON: …"
  const reason = detail.message
    .replace(`${source} `, '')
    .replace(/^is /, '')
    .replace(/: line \d+, column \d+:/, ':')
    .replace(/\.$/, '');
  return fatalInput(source, { ...position, reason });
}

/** True for a JSON Resume rather than a profile: its schema, or fields only JSON Resume has. */
function isJsonResume(value: Record<string, unknown>): boolean {
  if (typeof value.$schema === 'string' && /jsonresume/i.test(value.$schema)) return true;
  const basics = value.basics as Record<string, unknown> | undefined;
  if (basics && typeof basics === 'object' && (typeof basics.email === 'string' || typeof basics.summary === 'string')) return true;
  const work = Array.isArray(value.work) ? value.work : [];
  return work.some((job) => job && typeof job === 'object' && 'name' in job && !('organization' in job)) || Array.isArray(value.awards);
}

/** How many entries a profile holds, over all its sections. */
export function profileEntryCount(profile: Profile): number {
  return PROFILE_SECTIONS.reduce((sum, section) => sum + (Array.isArray(profile[section]) ? profile[section]!.length : 0), 0);
}

/**
 * A problem of a publication, at its origin in the source: inside it when the source holds the item as written
 * (CSL-JSON), else at the item, the field named in the reason.
 */
function atOrigin(origin: ItemOrigin, inside: readonly string[], reason: string, source: string, positions: JsonPositions | undefined): LocatedProblem {
  if (origin.pointer !== undefined && origin.asWritten) {
    const pointer = [origin.pointer, ...inside].join('/');
    return { source, pointer, reason, ...(positions?.at(pointer) ?? {}) };
  }
  const what = inside.length ? `${inside.join('.')}: ${reason}` : reason;
  if (origin.pointer !== undefined) return { source, pointer: origin.pointer, reason: what, ...(positions?.at(origin.pointer) ?? {}) };
  return { source, line: origin.line, column: origin.column, label: origin.label, reason: what };
}

/**
 * Publications read from a list, checked against the profile schema as a profile's are (values of the wrong kind,
 * links the elements would not show: an import or a page would leave out the same ones): the usable ones, and the
 * problems of the others placed at their origin in the source.
 */
function checkPublications(
  items: Publication[],
  origins: ItemOrigin[],
  source: string,
  positions: JsonPositions | undefined,
): { publications: Publication[]; origins: ItemOrigin[]; problems: LocatedProblem[] } {
  const document = { basics: { name: source }, publications: items };
  const result = validateProfile(document, source);
  const problems: LocatedProblem[] = [];
  for (const problem of locateValidation(result.problems, document, undefined, source)) {
    const [section, index, ...inside] = pointerSegments(problem.pointer ?? '');
    const origin = section === 'publications' && index !== undefined ? origins[Number(index)] : undefined;
    problems.push(origin ? atOrigin(origin, inside, problem.reason, source, positions) : problem);
  }
  // Entries are left out whole (a problem at /publications/3) or only a value of theirs (/publications/3/URL).
  const dropped = new Set(
    result.problems
      .map((problem) => /^\/publications\/(\d+)$/.exec(problem.path)?.[1])
      .filter((index) => index !== undefined)
      .map(Number),
  );
  const valid = result.profile?.publications ?? [];
  const kept = origins.filter((_origin, index) => !dropped.has(index));
  const keptOrigins = kept.length === valid.length ? kept : valid.map((): ItemOrigin => ({}));
  return { publications: valid, origins: keptOrigins, problems };
}

/** Origins of entries read from BibTeX or RIS: the line each starts on. */
function lineOrigins(entries: readonly PubEntry[], text: string, kind: 'entry' | 'record'): ItemOrigin[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return entries.map((entry) => {
    const line = entry.line ?? 1;
    const written = lines[line - 1] ?? '';
    return { line, column: written.length - written.trimStart().length + 1, label: `${kind} "${String(entry.item.id)}"` };
  });
}

/** The index in `list` of the work an OpenAlex or ORCID item was made from. */
function workIndex(list: unknown[], item: Publication, format: 'openalex' | 'orcid'): number {
  return list.findIndex((work) => {
    if (!work || typeof work !== 'object') return false;
    const record = work as Record<string, unknown>;
    if (format === 'openalex') return typeof record.id === 'string' && item.openalex !== undefined && record.id.endsWith(`/${String(item.openalex)}`);
    const inner = (record.work ?? (Array.isArray(record['work-summary']) ? record['work-summary'][0] : record)) as Record<string, unknown> | undefined;
    return inner !== undefined && item.orcidPutCode !== undefined && String(inner['put-code']) === String(item.orcidPutCode);
  });
}

/** Origins of items read from OpenAlex or ORCID JSON: the work each was made from. */
function workOrigins(value: unknown, items: readonly Publication[], format: 'openalex' | 'orcid'): ItemOrigin[] {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  let list: unknown[] | undefined;
  let base = '';
  if (Array.isArray(value)) list = value;
  else if (format === 'openalex' && Array.isArray(record.results)) [list, base] = [record.results, '/results'];
  else if (format === 'orcid' && Array.isArray(record.bulk)) [list, base] = [record.bulk, '/bulk'];
  else if (format === 'orcid' && Array.isArray(record.group)) [list, base] = [record.group, '/group'];
  return items.map((item) => {
    if (!list) return { pointer: '' };
    const index = workIndex(list, item, format);
    return index < 0 ? {} : { pointer: `${base}/${index}` };
  });
}

/**
 * Reads publications from a parsed OpenAlex or ORCID document (a file's, or an API's answer). `positions` places
 * problems in the file's text, when there is one.
 */
export async function loadWorks(value: unknown, format: 'openalex' | 'orcid', source: string, positions?: JsonPositions): Promise<LoadedInput> {
  const { items, problems } = format === 'openalex' ? openAlexToItems(value, source) : await orcidToItems(value, source);
  const read = locatePointerProblems(problems, positions, source);
  const checked = checkPublications(items, workOrigins(value, items, format), source, positions);
  return { source, format, publications: checked.publications, origins: checked.origins, entryCount: checked.publications.length, problems: [...read, ...checked.problems] };
}

/** Reads a parsed JSON document: a lab, a profile or JSON Resume, or a publication list. */
async function loadJson(value: unknown, text: string, source: string): Promise<LoadedInput> {
  const positions = new JsonPositions(text);
  if (isLabDocument(value)) {
    const result = validateLab(value, source);
    if (!result.lab)
      return fatalInput(source, {
        pointer: result.fatal?.path ?? '',
        reason: stripDescribed(result.fatal?.message ?? 'not a usable lab'),
        ...(positions.at(result.fatal?.path ?? '') ?? {}),
      });
    const problems = locateValidation(result.problems, value, positions, source);
    // Profiles embedded in the lab are checked as profiles (a profile given by URL is read when the page loads it).
    for (const entry of result.entries) {
      if (!entry.member.profile || typeof entry.member.profile !== 'object') continue;
      const prefix = `/members/${entry.group}/${entry.index}/profile`;
      const member = validateProfile(entry.member.profile, source);
      problems.push(...locateValidation(member.problems, entry.member.profile, positions, source, prefix));
      if (member.fatal) problems.push(...locateValidation([member.fatal], entry.member.profile, positions, source, prefix));
    }
    return { source, format: 'lab', lab: result.lab, entryCount: result.entries.length, problems };
  }
  const kind = jsonFormat(value);
  if (kind === 'openalex' || kind === 'orcid') return loadWorks(value, kind, source, positions);
  if (kind === 'csl-json') {
    const listBase = Array.isArray(value) ? '' : '/items';
    const { entries, problems } = parseCslJson(value, source);
    const read = locateCslProblems(problems, value, positions, source, listBase);
    const failed = new Set(
      problems
        .map((problem) => /^\[(\d+)\]$/.exec(problem.path)?.[1])
        .filter((index) => index !== undefined)
        .map(Number),
    );
    const length = (Array.isArray(value) ? value : (value as { items: unknown[] }).items).length;
    const indices = Array.from({ length }, (_, index) => index).filter((index) => !failed.has(index));
    const origins = entries.map((_entry, position) => ({ pointer: `${listBase}/${indices[position]}`, asWritten: true }));
    const checked = checkPublications(
      entries.map((entry) => entry.item),
      origins,
      source,
      positions,
    );
    return {
      source,
      format: 'csl-json',
      publications: checked.publications,
      origins: checked.origins,
      entryCount: checked.publications.length,
      problems: [...read, ...checked.problems],
    };
  }
  const result = validateProfile(value, source);
  const problems = locateValidation(result.problems, value, positions, source);
  if (!result.profile) {
    const [fatal] = locateValidation([result.fatal!], value, positions, source);
    return { source, entryCount: 0, problems, fatal: fatal! };
  }
  const profile = result.profile;
  const format = value && typeof value === 'object' && isJsonResume(value as Record<string, unknown>) ? 'json-resume' : 'profile';
  return { source, format, profile, entryCount: profileEntryCount(profile), problems };
}

/**
 * CSL-JSON's problems at their place in the file. A problem of an item as a whole ("[3] (id "x"): missing …") is at
 * the item; one about a value of an item names it ("[3].awards: expected a list…", "[3].links[0].url: the link …")
 * and is placed at that value.
 */
function locateCslProblems(problems: readonly Problem[], value: unknown, positions: JsonPositions, source: string, listBase: string): LocatedProblem[] {
  const items = Array.isArray(value) ? value : (value as { items: unknown[] }).items;
  const isValueProblem = (problem: Problem) => /^\[\d+\](\.|\[)/.test(problem.message);
  const ofItems = locatePointerProblems(
    problems.filter((problem) => !isValueProblem(problem)),
    positions,
    source,
    listBase,
  );
  // "[3].awards: …; [3].links[0]: …" → "3.awards: …; 3.links[0]: …": paths in the item list, as the profile validator writes them.
  const inItems = problems.filter(isValueProblem).map((problem) => ({ ...problem, path: '', message: problem.message.replace(/(^|; )\[(\d+)\](?=[.[])/g, '$1$2') }));
  return [...ofItems, ...locateValidation(inItems, items, positions, source, listBase)];
}

/** "members.faculty[0].name: …" → the reason alone. */
function stripDescribed(message: string): string {
  return message.replace(/^[^:]*: /, '').replace(/\.$/, '');
}

/**
 * Reads one input's text in whichever format it is (told as the elements tell it: by content, then by the file's
 * extension). Never throws for bad data: an input that cannot be used comes back with `fatal` set.
 */
export async function loadText(text: string, source: string, url = source): Promise<LoadedInput> {
  const input = await readText(text, source, url);
  return { ...input, problems: byPosition(input.problems) };
}

/** A BibTeX or RIS file's entries, checked as publications, with their problems at their lines. */
function fromEntries(
  { entries, problems }: PubImport,
  { text, source, format, unit }: { text: string; source: string; format: 'bibtex' | 'ris'; unit: 'entry' | 'record' },
): LoadedInput {
  const checked = checkPublications(
    entries.map((entry) => entry.item),
    lineOrigins(entries, text, unit),
    source,
    undefined,
  );
  return {
    source,
    format,
    publications: checked.publications,
    origins: checked.origins,
    entryCount: checked.publications.length,
    problems: [...locateLineProblems(problems, text, source, format), ...checked.problems],
  };
}

async function readText(text: string, source: string, url: string): Promise<LoadedInput> {
  try {
    const format = detectFormat(text, { url });
    if (format === 'bibtex') {
      const { parseBibtex } = await import('../model/bibtex.js');
      return fromEntries(await parseBibtex(text, source), { text, source, format, unit: 'entry' });
    }
    if (format === 'ris') return fromEntries(parseRis(text, source), { text, source, format, unit: 'record' });
    return await loadJson(parseJson(text, source), text, source);
  } catch (error) {
    return loadFailure(error, source);
  }
}

/** Reads a file (or standard input for "-") and then its content, as {@link loadText}. */
export async function loadFile(file: string, io: CliIo): Promise<LoadedInput> {
  const source = file === '-' ? STDIN_NAME : file;
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(file, io);
  } catch (error) {
    return fatalInput(source, { reason: `cannot read the file: ${reasonOf(error)}` });
  }
  let text: string;
  try {
    text = decodeText(bytes, { source });
  } catch (error) {
    return loadFailure(error, source);
  }
  return loadText(text, source, file === '-' ? '' : file);
}
