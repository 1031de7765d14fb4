/// <reference types="node" />
/**
 * The `scholar-elements` command (bin/scholar-elements.mjs runs it from the npm build, dist/lib/cli/main.js).
 *
 *   scholar-elements prerender profile.json > page.html
 *
 * Exit codes: 0 the page was written (entries left out because of errors in the data are listed on stderr);
 * 1 the profile could not be read or used, or the page could not be written; 2 the command line is wrong.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ScholarLoadError } from '../events/scholar-error.js';
import { parseJson } from '../model/json.js';
import type { Problem } from '../model/types.js';
import { safeUrl } from '../model/urls.js';
import { PrerenderError, prerenderProfile, type PrerenderOptions } from './prerender.js';

export const USAGE = `Usage: scholar-elements prerender <profile.json> [options]

Writes a complete static HTML page for a researcher profile: <researcher-profile> rendered into declarative
shadow DOM (the card, every section, every publication: readable without JavaScript), with a title, a meta
description, schema.org JSON-LD and Google Scholar citation_* meta tags (one group per publication) in the head.
Use "-" to read the profile from standard input.

Options:
  -o, --out <file>       Write the page to <file> (folders are created) instead of standard output.
      --lang <code>      Language of the page and of its dates (default: en).
      --title <text>     Page title (default: the researcher's name).
      --base-url <url>   The address the page will be published at: relative links in the profile become absolute
                         against it (search engines and citation tags need full URLs); it is the canonical URL.
      --script <url>     Add <script type="module" src="<url>"> (the scholar-elements bundle) so the page becomes
                         interactive; the profile is then embedded as inline JSON for the element. Without it
                         the page runs no script, and the publication list leaves out its search and filters.
  -h, --help             Show this help.

Entries with errors are left out of the page and listed on standard error; the exit code is still 0.
Google Scholar expects one article per page: on a profile page listing many, a paper is indexed most reliably
from a page of its own.`;

/** Where the command writes; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: () => readAll(process.stdin),
};

class UsageError extends Error {}

function problemLine(problem: Problem): string {
  return `  ${problem.message}${problem.line !== undefined ? ` (line ${problem.line})` : ''}`;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

async function prerenderCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      title: { type: 'string' },
      'base-url': { type: 'string' },
      script: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `expected one profile, got ${positionals.length}` : 'no profile given');
  const file = positionals[0]!;
  const options: PrerenderOptions = { source: file === '-' ? 'standard input' : file };
  if (values.lang !== undefined) {
    if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(values.lang)) throw new UsageError(`--lang: "${values.lang}" is not a language tag (e.g. en, de, pt-BR)`);
    options.lang = values.lang;
  }
  if (values.title !== undefined) options.title = values.title;
  if (values['base-url'] !== undefined) {
    let base: URL;
    try {
      base = new URL(values['base-url']);
    } catch {
      throw new UsageError(`--base-url: "${values['base-url']}" is not an absolute URL`);
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new UsageError('--base-url: use an http or https address');
    options.baseUrl = base.href;
  }
  if (values.script !== undefined) {
    if (!safeUrl(values.script)) throw new UsageError(`--script: "${values.script}" is not an http(s) or relative URL`);
    options.script = values.script;
  }

  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    io.stderr(`scholar-elements: cannot read ${file}: ${reasonOf(error)}\n`);
    return 1;
  }
  let input: unknown;
  try {
    input = parseJson(text, options.source!);
  } catch (error) {
    // "<file> is not valid JSON: line 3, column 14: Expected ',' or '}' after property value."
    io.stderr(`scholar-elements: ${error instanceof ScholarLoadError ? error.detail.message : reasonOf(error)}\n`);
    return 1;
  }
  let result;
  try {
    result = await prerenderProfile(input, options);
  } catch (error) {
    if (!(error instanceof PrerenderError)) throw error;
    io.stderr(`scholar-elements: ${error.message}\n`);
    return 1;
  }
  if (result.problems.length) {
    const count = result.problems.length;
    io.stderr(`scholar-elements: ${options.source}: ${count === 1 ? '1 entry' : `${count} entries`} left out because of errors in the data:\n${result.problems.map(problemLine).join('\n')}\n`);
  }
  if (values.out !== undefined) {
    try {
      await mkdir(dirname(values.out), { recursive: true });
      await writeFile(values.out, result.html, 'utf8');
    } catch (error) {
      io.stderr(`scholar-elements: cannot write ${values.out}: ${reasonOf(error)}\n`);
      return 1;
    }
  } else io.stdout(result.html);
  return 0;
}

/** Runs the command line `argv` (without "node" and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === 'prerender') return await prerenderCommand(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    // parseArgs reports unknown options and missing values with a TypeError carrying an ERR_PARSE_ARGS_* code.
    const parseError = typeof (error as NodeJS.ErrnoException)?.code === 'string' && (error as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) {
      io.stderr(`scholar-elements: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
