/**
 * `scholar-elements enrich profile.json --openalex [--author id] [--mailto you@x] [--dry-run] [--force] [-o out.json]`:
 * citation counts from OpenAlex written into the profile as `metrics` — each publication's (by DOI, 50 to a request;
 * else by title and year, a confident match only) and the researcher's own (citations, h-index, i10-index). The rest
 * of the file is kept exactly; values entered by hand are kept unless --force (see model/enrich.ts).
 */
import { parseArgs } from 'node:util';
import { applyMetrics, authorMetrics, confidentMatch, lookups, normaliseDoi, workMetrics, type Lookup, type MetricsChange } from '../model/enrich.js';
import { profileOrcid } from '../model/orcid-id.js';
import { isObject } from '../model/text.js';
import type { ProfileMetrics, PublicationMetrics } from '../model/types.js';
import { validateProfile } from '../model/validate-full.js';
import { CommandFailure, plural, readJsonObject, reasonOf, UsageError, writeOutput, type CliIo } from './io.js';
import { fetchOpenAlexAuthor, fetchOpenAlexByDoi, openAlexAuthorFilter, RemoteError, searchOpenAlexTitle, type RemoteOptions } from './remote.js';

export const ENRICH_USAGE = `Usage: scholar-elements enrich <profile.json> --openalex [options]

Adds citation counts from OpenAlex (open data, CC0) to a profile, as "metrics": each publication's citations and
citations per year, looked up by DOI (50 to a request), else by title and year — accepted only when OpenAlex has the
same title, a year at most one apart and an author in common; the rest are listed. With the researcher's OpenAlex
author id or ORCID iD (--author, or an ORCID link in basics.profiles), the researcher's citations, h-index and
i10-index too. Every value says its source and the day it was read. Metrics entered by hand are kept unless --force;
nothing else in the file changes.

Options:
      --openalex           Look the counts up in OpenAlex (the source; required).
      --author <id>        The researcher's OpenAlex author id (A…) or ORCID iD.
      --mailto <email>     Your address, sent to OpenAlex for its polite pool (faster, more reliable answers).
      --dry-run            Show what would change; write nothing.
      --force              Replace metrics entered by hand too.
  -o, --out <file>         Write the profile to <file> ("-": standard output) instead of over the input.
  -h, --help               Show this help.

Requests answered 429 or 5xx are retried with exponential backoff (honouring Retry-After), five attempts in all;
DOI lookups follow OpenAlex's cursor paging. The API address can be changed with SCHOLAR_ELEMENTS_OPENALEX_URL
(default https://api.openalex.org).

Exit codes: 0 done (publications OpenAlex does not know are listed, not errors); 1 the profile could not be read,
used or written, or OpenAlex could not be reached; 2 the command line is wrong.`;

function parseEnrichArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      openalex: { type: 'boolean' },
      author: { type: 'string' },
      mailto: { type: 'string' },
      'dry-run': { type: 'boolean' },
      force: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

type EnrichValues = ReturnType<typeof parseEnrichArgs>['values'];

/** Each found publication's metrics by index, and the ones OpenAlex does not know. */
async function publicationMetrics(wanted: Lookup[], retrieved: string, remote: RemoteOptions) {
  const found = new Map<number, PublicationMetrics>();
  const byDoi = wanted.filter((lookup) => lookup.doi);
  const works = await fetchOpenAlexByDoi([...new Set(byDoi.map((lookup) => lookup.doi!))], remote);
  const workByDoi = new Map(works.filter(isObject).map((work) => [normaliseDoi(work.doi), work]));
  let viaDoi = 0;
  const left: Lookup[] = [];
  for (const lookup of wanted) {
    const work = lookup.doi ? workByDoi.get(lookup.doi) : undefined;
    const metrics = work && workMetrics(work, retrieved);
    if (metrics) {
      found.set(lookup.index, metrics);
      viaDoi++;
    } else left.push(lookup);
  }
  const unmatched: Lookup[] = [];
  for (const lookup of left) {
    const work = confidentMatch(lookup, await searchOpenAlexTitle(lookup.title, lookup.year, remote));
    const metrics = work && workMetrics(work, retrieved);
    if (metrics) found.set(lookup.index, metrics);
    else unmatched.push(lookup);
  }
  return { found, viaDoi, unmatched };
}

const count = (value: number | undefined) => (value === undefined ? 'none' : value.toLocaleString('en-US'));

/** One line per change: "  Title: 12 → 15 citations", or why it was kept. */
function changeLine(change: MetricsChange): string {
  const name = change.index < 0 ? 'The researcher' : `“${change.title}”`;
  if (change.kept) return `  ${name}: kept the metrics entered by hand (${count(change.before)} citations; OpenAlex: ${count(change.after)}; --force replaces them).`;
  return `  ${name}: ${count(change.before)} → ${count(change.after)} citations.`;
}

function summary(total: number, found: number, viaDoi: number, unmatched: Lookup[], author: ProfileMetrics | undefined, authorAsked: boolean): string[] {
  const lines = [`OpenAlex knows ${found} of ${plural(total, 'publication')} (${viaDoi} by DOI, ${found - viaDoi} by title and year).`];
  if (unmatched.length) {
    lines.push(`Not found (no DOI match and no confident title match), left as they are:`);
    for (const lookup of unmatched) lines.push(`  “${lookup.title}”${lookup.year === undefined ? '' : ` (${lookup.year})`}`);
  }
  if (author) lines.push(`The researcher: ${count(author.citations)} citations, h-index ${count(author.hIndex)}, i10-index ${count(author.i10Index)}.`);
  else if (!authorAsked) lines.push('No author id (--author, or an ORCID link in basics.profiles): the researcher’s own metrics were not looked up.');
  return lines;
}

async function enrich(file: string, values: EnrichValues, io: CliIo): Promise<number> {
  const log = (text: string) => io.stderr(`${text}\n`);
  const { value: profile, indent } = await readJsonObject(file, 'profile');
  const check = validateProfile(profile, file);
  if (check.fatal) throw new CommandFailure(`${check.fatal.message} Nothing was written.`);
  const remote: RemoteOptions = { log, ...(values.mailto ? { mailto: values.mailto } : {}) };
  const retrieved = new Date().toISOString().slice(0, 10);
  const wanted = lookups(profile);
  const { found, viaDoi, unmatched } = await publicationMetrics(wanted, retrieved, remote);
  // The researcher: --author, else the ORCID iD of an ORCID link in the profile.
  const id = values.author ?? profileOrcid(profile);
  const author = id === undefined ? undefined : authorMetrics(await fetchOpenAlexAuthor(id, remote), retrieved);
  const { profile: enriched, changes } = applyMetrics(profile, found, author, values.force);
  for (const line of summary(wanted.length, found.size, viaDoi, unmatched, author, id !== undefined)) log(line);
  if (values['dry-run']) {
    log(changes.length ? 'Would change (--dry-run; nothing was written):' : 'Nothing would change (--dry-run).');
    for (const change of changes) log(changeLine(change));
    return 0;
  }
  for (const change of changes.filter((change) => change.kept)) log(changeLine(change));
  const out = values.out ?? file;
  await writeOutput(out, `${JSON.stringify(enriched, null, indent)}\n`, io);
  if (out !== '-') log(`Wrote ${out}.`);
  return 0;
}

export async function enrichCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseEnrichArgs(args);
  if (values.help) {
    io.stdout(`${ENRICH_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'enrich takes one profile at a time' : 'no profile given');
  if (!values.openalex) throw new UsageError('say where the counts come from: --openalex');
  if (values.author !== undefined && !openAlexAuthorFilter(values.author))
    throw new UsageError(`--author "${values.author}" is neither an OpenAlex author id (A…) nor an ORCID iD`);
  try {
    return await enrich(positionals[0]!, values, io);
  } catch (error) {
    if (!(error instanceof CommandFailure || error instanceof RemoteError)) throw error;
    io.stderr(`scholar-elements: ${reasonOf(error)}${error instanceof RemoteError ? ' Nothing was written.' : ''}\n`);
    if (error instanceof RemoteError && error.status === 429)
      io.stderr(`OpenAlex is limiting how often it answers: try again later${values.mailto ? '' : ', with --mailto you@example.org for its polite pool'}.\n`);
    return 1;
  }
}
