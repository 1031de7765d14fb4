/**
 * `scholar-elements prerender <file>`: a static HTML page for a profile or JSON Resume, or a publications page for a
 * publication list (BibTeX, RIS, CSL-JSON, OpenAlex or ORCID works): see ./prerender.ts.
 */
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { ScholarLoadError } from '../model/load-error.js';
import { detectFormat, jsonFormat } from '../model/import-publications.js';
import { parseJson } from '../model/json.js';
import { isLabDocument } from '../model/lab.js';
import { decodeText } from '../model/text-decoding.js';
import type { Problem } from '../model/types.js';
import { safeUrl } from '../model/urls.js';
import { loadText } from './inputs.js';
import { plural, readInputBytes, reasonOf, STDIN_NAME, UsageError, writeOutput, type CliIo } from './io.js';
import { formatProblem } from './locate.js';
import { PrerenderError, prerenderProfile, type PrerenderOptions } from './prerender.js';

export const PRERENDER_USAGE = `Usage: scholar-elements prerender <file> [options]

Writes a complete static HTML page for a researcher profile: <researcher-profile> rendered into declarative
shadow DOM (the card, every section, every publication: readable without JavaScript), with a title, a meta
description, schema.org JSON-LD and Google Scholar citation_* meta tags (one group per publication) in the head.
Reads what the elements read: a profile or a JSON Resume, or a publication list (BibTeX, RIS, CSL-JSON, OpenAlex or
ORCID works), which becomes a publications page under --name. Use "-" to read standard input.

Options:
  -o, --out <file>       Write the page to <file> (folders are created) instead of standard output.
      --name <name>      The name a publication list's page is for (default: the file's name).
      --lang <code>      Language of the page and of its dates (default: en).
      --title <text>     Page title (default: the researcher's name).
      --base-url <url>   The address the page will be published at: relative links in the profile become absolute
                         against it (search engines and citation tags need full URLs); it is the canonical URL.
      --script <url>     Add <script type="module" src="<url>"> (the scholar-elements bundle) so the page becomes
                         interactive; the profile is then embedded as inline JSON for the element. Without it
                         the page runs no script, and the publication list leaves out its search and filters.
  -h, --help             Show this help.

Entries with errors are left out of the page and listed on standard error; the exit code is still 0.
Exit codes: 0 the page was written; 1 the file could not be read or used, or the page could not be written;
2 the command line is wrong.
Google Scholar expects one article per page: on a profile page listing many, a paper is indexed most reliably
from a page of its own.`;

function problemLine(problem: Problem): string {
  return `  ${problem.message}${problem.line !== undefined ? ` (line ${problem.line})` : ''}`;
}

/** What a page is made from: the profile's input, and the problems of the publication list it was made from (as lines). */
interface PageInput {
  input: unknown;
  listProblems: string[];
}

/** The profile's input: a profile or JSON Resume as parsed, or a publications profile made from a list. */
async function readProfile(text: string, file: string, source: string, name: string | undefined, io: CliIo): Promise<PageInput | undefined> {
  const url = file === '-' ? '' : file;
  const format = detectFormat(text, { url });
  if (format !== 'bibtex' && format !== 'ris') {
    const value = parseJson(text, source);
    if (isLabDocument(value)) {
      io.stderr(`scholar-elements: ${source} is a lab: prerender makes the page of one profile; prerender each member's profile.\n`);
      return undefined;
    }
    if (jsonFormat(value) === 'profile') return { input: value, listProblems: [] };
  }
  const list = await loadText(text, source, url);
  if (list.fatal) {
    io.stderr(`scholar-elements: ${formatProblem(list.fatal)}\n`);
    return undefined;
  }
  const pageName = name ?? (file === '-' ? 'Publications' : basename(file, extname(file)));
  return { input: { basics: { name: pageName }, publications: list.publications ?? [] }, listProblems: list.problems.map((problem) => `  ${formatProblem(problem)}`) };
}

/** The command line of `prerender`, as parsed (unknown options are a usage error). */
function parsePrerenderArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      name: { type: 'string' },
      lang: { type: 'string' },
      title: { type: 'string' },
      'base-url': { type: 'string' },
      script: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

type PrerenderValues = ReturnType<typeof parsePrerenderArgs>['values'];

/** The page options the command line asks for, checked: a UsageError names the first option that is wrong. */
function pageOptions(values: PrerenderValues, source: string): PrerenderOptions {
  const options: PrerenderOptions = { source };
  if (values.lang !== undefined) {
    if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(values.lang)) throw new UsageError(`--lang: "${values.lang}" is not a language tag (e.g. en, de, pt-BR)`);
    options.lang = values.lang;
  }
  if (values.title !== undefined) options.title = values.title;
  if (values.name !== undefined && !values.name.trim()) throw new UsageError('--name: the name is empty');
  if (values['base-url'] !== undefined) options.baseUrl = baseUrlOf(values['base-url']);
  if (values.script !== undefined) {
    if (!safeUrl(values.script)) throw new UsageError(`--script: "${values.script}" is not an http(s) or relative URL`);
    options.script = values.script;
  }
  return options;
}

/** `--base-url` as an absolute http(s) address, or a UsageError. */
function baseUrlOf(value: string): string {
  let base: URL;
  try {
    base = new URL(value);
  } catch {
    throw new UsageError(`--base-url: "${value}" is not an absolute URL`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new UsageError('--base-url: use an http or https address');
  return base.href;
}

/** Reads and parses `file` into the page's input; undefined (the reason already on standard error) when it cannot be used. */
async function readPageInput(file: string, source: string, name: string | undefined, io: CliIo): Promise<PageInput | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(file, io);
  } catch (error) {
    io.stderr(`scholar-elements: cannot read ${file}: ${reasonOf(error)}\n`);
    return undefined;
  }
  try {
    return await readProfile(decodeText(bytes, { source }), file, source, name, io);
  } catch (error) {
    // "<file> is not valid JSON: line 3, column 14: Expected ',' or '}' after property value."
    if (!(error instanceof ScholarLoadError)) throw error;
    io.stderr(`scholar-elements: ${error.detail.message}\n`);
    return undefined;
  }
}

/** Renders the page, lists the entries left out of it, and writes it to `out`; the exit code. */
async function writePage(read: PageInput, options: PrerenderOptions, out: string | undefined, io: CliIo): Promise<number> {
  let result;
  try {
    result = await prerenderProfile(read.input, options);
  } catch (error) {
    if (!(error instanceof PrerenderError)) throw error;
    io.stderr(`scholar-elements: ${error.message}\n`);
    return 1;
  }
  const lines = [...read.listProblems, ...result.problems.map(problemLine)];
  if (lines.length)
    io.stderr(
      `scholar-elements: ${options.source}: ${plural(lines.length, 'problem')} in the data; the entries and values they concern are left out of the page:\n${lines.join('\n')}\n`,
    );
  try {
    await writeOutput(out, result.html, io);
  } catch (error) {
    io.stderr(`scholar-elements: cannot write ${out}: ${reasonOf(error)}\n`);
    return 1;
  }
  return 0;
}

export async function prerenderCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parsePrerenderArgs(args);
  if (values.help) {
    io.stdout(`${PRERENDER_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `expected one file, got ${positionals.length}` : 'no file given');
  const file = positionals[0]!;
  const source = file === '-' ? STDIN_NAME : file;
  const options = pageOptions(values, source);
  const read = await readPageInput(file, source, values.name?.trim(), io);
  if (!read) return 1;
  return writePage(read, options, values.out, io);
}
