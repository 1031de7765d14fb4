/**
 * `scholar-elements validate <file…>`: reads each file as the elements would and lists everything they would leave
 * out, one problem per line with its file, line and column (like a compiler), then a summary; `--json` prints the
 * same as one JSON report.
 */
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, loadFile, type LoadedInput } from './inputs.js';
import { plural, UsageError, type CliIo } from './io.js';
import { formatProblem, problemText, type LocatedProblem } from './locate.js';

export const VALIDATE_USAGE = `Usage: scholar-elements validate <file…> [options]

Checks data files the way the elements read them, and lists everything they would leave out: one problem per line,
"file:line:column error what: why", then a summary. Reads researcher profiles and JSON Resume files, labs, BibTeX,
RIS, CSL-JSON, and OpenAlex or ORCID works (JSON), told apart by their content and extension. Use "-" to read
standard input.

Options:
      --json             Print one JSON report instead: every file with its format, entry count and problems.
  -h, --help             Show this help.

Exit codes: 0 nothing would be left out; 1 a file has problems or cannot be read; 2 the command line is wrong.`;

/** One problem in the JSON report. */
interface ReportProblem {
  line?: number;
  column?: number;
  pointer?: string;
  label?: string;
  severity: 'error';
  /** The problem as the text output writes it after the location. */
  message: string;
  /** True when the file could not be used at all. */
  fatal?: boolean;
}

function reportProblem(problem: LocatedProblem, fatal = false): ReportProblem {
  const { line, column, pointer, label } = problem;
  return {
    ...(line !== undefined ? { line, column: column ?? 1 } : {}),
    ...(pointer !== undefined ? { pointer } : {}),
    ...(label !== undefined ? { label } : {}),
    severity: 'error',
    message: problemText(problem),
    ...(fatal ? { fatal } : {}),
  };
}

/** All problems of an input, the one that made it unusable first. */
function problemsOf(input: LoadedInput): LocatedProblem[] {
  return input.fatal ? [input.fatal, ...input.problems] : input.problems;
}

function summary(inputs: readonly LoadedInput[]): string {
  const count = inputs.reduce((sum, input) => sum + problemsOf(input).length, 0);
  const files = plural(inputs.length, 'file');
  if (!count) return `No problems in ${files}.`;
  const withProblems = inputs.filter((input) => problemsOf(input).length).length;
  return `${plural(count, 'problem')} in ${withProblems === inputs.length ? files : `${withProblems} of ${files}`}: what they concern would be left out.`;
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(`${VALIDATE_USAGE}\n`);
    return 0;
  }
  if (!positionals.length) throw new UsageError('no file given');
  if (positionals.filter((file) => file === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');

  const inputs: LoadedInput[] = [];
  for (const file of positionals) inputs.push(await loadFile(file, io));
  const failed = inputs.some((input) => problemsOf(input).length > 0);

  if (values.json) {
    const report = {
      ok: !failed,
      problemCount: inputs.reduce((sum, input) => sum + problemsOf(input).length, 0),
      files: inputs.map((input) => ({
        file: input.source,
        ...(input.format ? { format: input.format } : {}),
        entries: input.entryCount,
        problems: [...(input.fatal ? [reportProblem(input.fatal, true)] : []), ...input.problems.map((problem) => reportProblem(problem))],
      })),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return failed ? 1 : 0;
  }

  const lines = inputs.flatMap((input) => problemsOf(input).map(formatProblem));
  if (lines.length) io.stdout(`${lines.join('\n')}\n\n`);
  for (const input of inputs) {
    if (input.format && !input.fatal) {
      const what =
        input.format === 'lab' ? plural(input.entryCount, 'member') : input.profile ? plural(input.entryCount, 'entry', 'entries') : plural(input.entryCount, 'publication');
      io.stdout(`${input.source}: ${FORMAT_NAMES[input.format]}, ${what}${input.problems.length ? `, ${plural(input.problems.length, 'problem')}` : ''}\n`);
    }
  }
  io.stdout(`${summary(inputs)}\n`);
  return failed ? 1 : 0;
}
