/// <reference types="node" />
/**
 * The `scholar-elements` command (bin/scholar-elements.mjs runs it from the npm build, dist/lib/cli/main.js).
 *
 *   scholar-elements validate profile.json papers.bib
 *   scholar-elements import cv.resume.json papers.bib -o profile.json
 *   scholar-elements enrich profile.json --openalex
 *   scholar-elements init "Ada Lovelace"
 *   scholar-elements prerender profile.json > page.html
 *
 * Exit codes, for every command: 0 done; 1 problems in the data, or a file or service that could not be read or
 * written; 2 the command line is wrong.
 */
import { processIo, UsageError, type CliIo } from './io.js';

export type { CliIo } from './io.js';

export const USAGE = `Usage: scholar-elements <command> [options]

Commands:
  validate <file…>       Check profiles, JSON Resume, labs, BibTeX, RIS, CSL-JSON, OpenAlex and ORCID files: every
                         problem on one line with its file, line and column.
  import <file|-…>       Turn JSON Resume, BibTeX, RIS, CSL-JSON, OpenAlex and ORCID data (files, or --orcid and
                         --openalex from the public APIs) into one profile; --merge adds only what is new.
  enrich <file>          Add citation counts from OpenAlex (--openalex) to a profile: each publication's, and the
                         researcher's citations, h-index and i10-index.
  init [name]            Write a starter profile.json with an example of every section.
  prerender <file>       Write a static HTML page (declarative shadow DOM, JSON-LD, Google Scholar tags) for a
                         profile or a publication list.

Run "scholar-elements <command> --help" for a command's options.
Exit codes: 0 done; 1 problems in the data, or a file or service that could not be used; 2 the command line is wrong.`;

interface Command {
  run(args: string[], io: CliIo): Promise<number>;
  usage: string;
}

/** Each command is loaded when it runs: `validate` need not load the server renderer that `prerender` uses. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => {
    const { validateCommand, VALIDATE_USAGE } = await import('./validate-command.js');
    return { run: validateCommand, usage: VALIDATE_USAGE };
  },
  import: async () => {
    const { importCommand, IMPORT_USAGE } = await import('./import-command.js');
    return { run: importCommand, usage: IMPORT_USAGE };
  },
  enrich: async () => {
    const { enrichCommand, ENRICH_USAGE } = await import('./enrich-command.js');
    return { run: enrichCommand, usage: ENRICH_USAGE };
  },
  init: async () => {
    const { initCommand, INIT_USAGE } = await import('./init-command.js');
    return { run: initCommand, usage: INIT_USAGE };
  },
  prerender: async () => {
    const { prerenderCommand, PRERENDER_USAGE } = await import('./prerender-command.js');
    return { run: prerenderCommand, usage: PRERENDER_USAGE };
  },
};

/** Runs the command line `argv` (without "node" and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    // "help <command>" shows that command's help.
    const usage = name === 'help' && rest[0] && Object.hasOwn(COMMANDS, rest[0]) ? (await COMMANDS[rest[0]]!()).usage : USAGE;
    (name === undefined ? io.stderr : io.stdout)(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? await COMMANDS[name]!() : undefined;
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command.run(rest, io);
  } catch (error) {
    // parseArgs reports unknown options and missing values with a TypeError carrying an ERR_PARSE_ARGS_* code.
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`scholar-elements: ${(error as Error).message}\n\n${command?.usage ?? USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
