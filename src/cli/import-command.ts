/**
 * `scholar-elements import <file|-…> [--orcid iD] [--openalex id] [-o profile.json] [--merge existing.json]`:
 * JSON Resume, profiles, BibTeX, RIS, CSL-JSON, OpenAlex and ORCID works (files, or fetched from the public APIs)
 * → one profile JSON, valid against schema/profile.schema.json. With `--merge`, only what is new is added to an
 * existing profile (see ./merge.ts); importing the same data twice gives the same bytes.
 */
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Profile } from '../model/types.js';
import { validateProfile } from '../model/validate-full.js';
import { FORMAT_NAMES, loadFile, loadWorks, type LoadedInput } from './inputs.js';
import { CommandFailure, plural, readJsonObject, reasonOf, UsageError, writeOutput, type CliIo } from './io.js';
import { formatProblem } from './locate.js';
import { emptyReport, mergeProfile, type MergeReport } from './merge.js';
import { PROFILE_SCHEMA_URL } from './schema.js';
import { fetchOpenAlexWorks, fetchOrcidWorks, normaliseOrcid, openAlexAuthorFilter, RemoteError, type RemoteOptions } from './remote.js';

export const IMPORT_USAGE = `Usage: scholar-elements import <file|-…> [options]

Turns a CV and publication lists into one researcher profile (JSON, valid against the profile schema, with
"$schema" set). Reads JSON Resume and profile files, BibTeX (al-folio's custom fields kept: abbr, selected, pdf,
code, award…), RIS, CSL-JSON, and OpenAlex or ORCID works (JSON), told apart by their content and extension; "-" reads
standard input. Works can also be fetched from the public APIs with --orcid or --openalex.

Options:
  -o, --out <file>         Write the profile to <file> (folders are created) instead of standard output.
      --merge <file>       Add to an existing profile only what is new: the same publication (same DOI, or the same
                           title with a shared author and year) or entry is matched, never added twice; a field the
                           file has is never overwritten, a missing one may be filled in. Running the same import
                           again changes nothing. The result goes to --out (which may be the same file).
      --name <name>        The researcher's name (basics.name), when no file gives one or for a new profile.
      --orcid <iD>         Fetch the works of an ORCID record (public API: the works list, then the full records
                           100 at a time).
      --openalex <id>      Fetch the works of an OpenAlex author (A…), or of the author with an ORCID iD.
      --mailto <email>     Your address, sent to OpenAlex for its polite pool (faster, more reliable answers) and
                           in the User-Agent of API requests.
  -h, --help               Show this help.

A summary on standard error says what was added, matched and skipped, and why.
Requests answered 429 or 5xx are retried with exponential backoff (honouring Retry-After). The API addresses can be
changed for a mirror or proxy with SCHOLAR_ELEMENTS_OPENALEX_URL (default https://api.openalex.org) and
SCHOLAR_ELEMENTS_ORCID_URL (default https://pub.orcid.org/v3.0).

Exit codes: 0 everything was imported; 1 something was skipped because of problems in the data, an input could
not be read or fetched (the profile is still written with the rest); 2 the command line is wrong.`;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A profile object with `$schema` first (added when missing; an existing one is kept). */
function withSchemaFirst(profile: Json): Json {
  if (profile.$schema !== undefined) return profile;
  return { $schema: PROFILE_SCHEMA_URL, ...profile };
}

function summaryLines(report: MergeReport, skipped: number, merging: boolean): string[] {
  const publications = report.added.publications ?? 0;
  const others = Object.entries(report.added).filter(([section]) => section !== 'publications');
  const otherCount = others.reduce((sum, [, count]) => sum + count, 0);
  const added = [
    publications ? plural(publications, 'publication') : '',
    otherCount
      ? `${plural(otherCount, publications ? 'other entry' : 'entry', publications ? 'other entries' : 'entries')} (${others.map(([section, count]) => `${section}: ${count}`).join(', ')})`
      : '',
  ].filter(Boolean);
  const lines = [
    `Added ${added.length ? added.join(' and ') : 'nothing new'}; matched ${report.matched.length} already there; skipped ${skipped}${skipped ? ' (problems above)' : ''}.`,
  ];
  for (const note of report.matched) lines.push(`  matched ${note.section === 'publications' ? '' : `${note.section} `}${note.entry}: ${note.reason}`);
  // Fields of matched entries are named with them; the others (basics, top-level fields) here.
  const filled = report.filled.filter((field) => !field.includes('['));
  if (merging && filled.length) lines.push(`  filled in ${filled.join(', ')}`);
  return lines;
}

/** The command line of `import`, as parsed (unknown options are a usage error). */
function parseImportArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      merge: { type: 'string' },
      name: { type: 'string' },
      orcid: { type: 'string' },
      openalex: { type: 'string' },
      mailto: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

type ImportArgs = ReturnType<typeof parseImportArgs>;
type ImportValues = ImportArgs['values'];

/** Throws a UsageError for a command line that cannot be imported from, before anything is read or fetched. */
function checkImportArgs({ values, positionals }: ImportArgs): void {
  if (!positionals.length && values.orcid === undefined && values.openalex === undefined) throw new UsageError('nothing to import: give a file, "-", --orcid or --openalex');
  if (positionals.filter((file) => file === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  if (values.orcid !== undefined && !normaliseOrcid(values.orcid))
    throw new UsageError(`--orcid: "${values.orcid}" is not an ORCID iD (such as 0000-0002-1825-0097, with a valid check digit)`);
  if (values.openalex !== undefined && !openAlexAuthorFilter(values.openalex))
    throw new UsageError(`--openalex: "${values.openalex}" is neither an OpenAlex author id (such as A5023888391) nor an ORCID iD`);
  if (values.mailto !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.mailto)) throw new UsageError(`--mailto: "${values.mailto}" is not an email address`);
  if (values.name !== undefined && !values.name.trim()) throw new UsageError('--name: the name is empty');
}

/** One import under way: the profile being built and what has been learnt about the inputs so far. */
interface ImportRun {
  target: Json;
  /** The profile's basics as opened (undefined when a merged file's basics is not an object: it is then left alone). */
  basics: Json | undefined;
  indent: string | number;
  report: MergeReport;
  log: (text: string) => void;
  /** Entries left out because of problems in the data. */
  skipped: number;
  /** An input could not be read, fetched or used at all. */
  failed: boolean;
  /** Inputs that gave something to merge. */
  usable: number;
  /** Names a profile without one may take: the fetched authors' first, then the publication lists' file names. */
  apiNames: string[];
  fileNames: string[];
}

/** The profile to import into (`--merge`'s, else a new one) with `--name` applied, or undefined when it cannot be read. */
async function openTarget(values: ImportValues, log: (text: string) => void): Promise<ImportRun | undefined> {
  let target: Json;
  let indent: string | number = 2;
  try {
    if (values.merge !== undefined) ({ value: target, indent } = await readJsonObject(values.merge, 'profile'));
    else target = { $schema: PROFILE_SCHEMA_URL, basics: {} };
  } catch (error) {
    if (!(error instanceof CommandFailure)) throw error;
    log(`scholar-elements: ${error.message}`);
    return undefined;
  }
  target = withSchemaFirst(target);
  if (target.basics === undefined) target.basics = {};
  const basics = isObject(target.basics) ? target.basics : undefined;
  if (values.name !== undefined && basics) {
    if (basics.name === undefined) basics.name = values.name.trim();
    else if (basics.name !== values.name.trim())
      log(`scholar-elements: ${values.merge} already names ${JSON.stringify(basics.name)}; --name is not used (an existing field is never overwritten).`);
  }
  return { target, basics, indent, report: emptyReport(), log, skipped: 0, failed: false, usable: 0, apiNames: [], fileNames: [] };
}

/** Reports one loaded input and its problems, then merges what it holds (a lab, or an input that failed, adds nothing). */
function takeInput(run: ImportRun, input: LoadedInput): void {
  const { log } = run;
  const problems = input.fatal ? [input.fatal, ...input.problems] : input.problems;
  const what = input.format
    ? `${FORMAT_NAMES[input.format]}, ${input.profile ? plural(input.entryCount, 'entry', 'entries') : plural(input.entryCount, 'publication')} read`
    : 'not read';
  log(`${input.source} (${what}${problems.length ? `; ${plural(problems.length, 'problem')}` : ''})`);
  for (const problem of problems) log(`  ${formatProblem(problem)}`);
  run.skipped += input.problems.length;
  if (input.format === 'lab') log(`  ${input.source} is a lab: import reads profiles and publication lists; import each member's profile on its own.`);
  if (input.fatal || input.format === 'lab') {
    run.failed = true;
    return;
  }
  run.usable++;
  if (input.profile) mergeProfile(run.target, input.profile, run.report);
  else if (input.publications) mergeProfile(run.target, { publications: input.publications }, run.report);
}

/** Imports the files (and standard input) in the order given; a publication list's file name is kept as a possible name. */
async function importFiles(run: ImportRun, files: string[], io: CliIo): Promise<void> {
  for (const file of files) {
    const input = await loadFile(file, io);
    takeInput(run, input);
    if (input.publications && file !== '-') run.fileNames.push(basename(file, extname(file)));
  }
}

/** Fetches and imports the works of `--orcid` and `--openalex`; an API that cannot be used fails that source only. */
async function importRemoteWorks(run: ImportRun, values: ImportValues): Promise<void> {
  // The author's name is asked for only when the profile will need one.
  const wantName = values.name === undefined && values.merge === undefined;
  const remote: RemoteOptions = { log: (message: string) => run.log(`scholar-elements: ${message}`), ...(values.mailto ? { mailto: values.mailto } : {}) };
  if (values.orcid !== undefined) await importOrcidWorks(run, normaliseOrcid(values.orcid)!, wantName, remote);
  if (values.openalex !== undefined) await importOpenAlexWorks(run, values.openalex.trim(), wantName, remote);
}

/** Imports the works of the ORCID record `iD`, and adds the record as the profile's ORCID link. */
async function importOrcidWorks(run: ImportRun, iD: string, wantName: boolean, remote: RemoteOptions): Promise<void> {
  try {
    const works = await fetchOrcidWorks(iD, wantName, remote);
    if (works.name) run.apiNames.push(works.name);
    takeInput(run, await loadWorks(works.value, 'orcid', `orcid:${iD}`));
    // The record itself, as the card's ORCID link (unless the profile lists its links already).
    mergeProfile(run.target, { basics: { profiles: [{ network: 'ORCID', username: iD, url: `https://orcid.org/${iD}` }] } as unknown as Profile['basics'] }, emptyReport());
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    run.log(`scholar-elements: cannot import the works of ORCID ${iD}: ${error.message}`);
    run.failed = true;
  }
}

/** Imports the works of the OpenAlex author `id` (an OpenAlex author id or an ORCID iD). */
async function importOpenAlexWorks(run: ImportRun, id: string, wantName: boolean, remote: RemoteOptions): Promise<void> {
  try {
    const works = await fetchOpenAlexWorks(id, wantName, remote);
    if (works.name) run.apiNames.push(works.name);
    const author = openAlexAuthorFilter(id)!;
    takeInput(run, await loadWorks(works.value, 'openalex', `openalex:${author.author ?? normaliseOrcid(id)}`));
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    run.log(`scholar-elements: cannot import the works of OpenAlex author ${id}: ${error.message}`);
    run.failed = true;
  }
}

/** Gives a profile still without a name the first one found (put first in basics), and says where it came from. */
function nameProfile(run: ImportRun): void {
  const { basics, apiNames } = run;
  // The name a profile must have: one given or imported, else a fetched author's, else the file's.
  if (!basics || basics.name) return;
  delete basics.name;
  const name = [...apiNames, ...run.fileNames].find((candidate) => candidate.trim());
  if (!name) return;
  run.target.basics = { name, ...basics };
  run.log(
    `scholar-elements: basics.name is ${JSON.stringify(name)}${apiNames.includes(name) ? ' (the author’s name in the API)' : ' (from the file name)'}; edit it, or pass --name.`,
  );
}

/** Checks the imported profile, reports the import and writes the profile; the exit code. */
async function writeProfile(run: ImportRun, values: ImportValues, io: CliIo): Promise<number> {
  const { target, log } = run;
  const check = validateProfile(target, values.out ?? 'the profile');
  if (check.fatal) {
    log(`scholar-elements: the profile cannot be written: ${check.fatal.message} Pass --name "…".`);
    return 1;
  }
  if (check.problems.length) {
    log(
      `scholar-elements: ${values.merge ?? 'the profile'} has ${plural(check.problems.length, 'problem')} of its own, left as ${check.problems.length === 1 ? 'it is' : 'they are'} (run "scholar-elements validate" on it):`,
    );
    for (const problem of check.problems) log(`  ${problem.message}`);
  }
  for (const line of summaryLines(run.report, run.skipped, values.merge !== undefined)) log(line);

  try {
    await writeOutput(values.out, `${JSON.stringify(target, null, run.indent)}\n`, io);
    if (values.out !== undefined && values.out !== '-') log(`Wrote ${values.out}.`);
  } catch (error) {
    log(`scholar-elements: cannot write ${values.out}: ${reasonOf(error)}`);
    return 1;
  }
  return run.failed || run.skipped ? 1 : 0;
}

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseImportArgs(args);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return 0;
  }
  checkImportArgs(parsed);

  const run = await openTarget(values, (text: string) => io.stderr(`${text}\n`));
  if (!run) return 1;
  await importFiles(run, positionals, io);
  await importRemoteWorks(run, values);
  nameProfile(run);
  if (!run.usable && values.merge === undefined) {
    run.log('scholar-elements: nothing could be imported; no profile was written.');
    return 1;
  }
  return writeProfile(run, values, io);
}
