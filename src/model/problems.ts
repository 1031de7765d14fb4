/**
 * Problems found in data, put into words for the page's author: a summary, one line per problem with where it is
 * (JSON path or BibTeX line) and what is wrong, grouped by source. Pure TypeScript, no DOM.
 */
import { describePath } from './json-pointer.js';
import type { Problem } from './types.js';

/** The problems of one source, in the order they were found. */
export interface ProblemGroup {
  /** A URL as given, "inline" or "property". */
  source: string;
  problems: Problem[];
}

/**
 * "3 problems in the data: the entries and values they concern were left out." A problem may have cost a whole
 * entry, a single value or a source that could not be loaded; the words cover all three.
 */
export function problemsSummary(count: number): string {
  return count === 1 ? '1 problem in the data: the entry or value it concerns was left out.' : `${count} problems in the data: the entries and values they concern were left out.`;
}

/** Where a problem is, as its author looks for it: "line 12" in BibTeX, "publications[3].title" in JSON. */
export function problemLocation(problem: Problem): string {
  if (problem.line !== undefined) return `line ${problem.line}`;
  if (!problem.path) return '';
  return problem.path.startsWith('/') ? describePath(problem.path) : problem.path;
}

/** One problem as a line: its message, preceded by where it is unless the message says so already. */
export function problemLine(problem: Problem): string {
  const location = problemLocation(problem);
  return location && !problem.message.includes(location) ? `${location}: ${problem.message}` : problem.message;
}

/**
 * How many problems a report or list spells out; the rest are counted ("and 99,900 more"). A file with 100,000 bad
 * values still gets a readable note, and every problem stays in the element's `problems` property.
 */
export const MAX_LISTED_PROBLEMS = 100;

/** "…and 99,900 more, all in the element's `problems` property." */
export function moreProblems(count: number): string {
  return `…and ${count.toLocaleString('en')} more, all in the element's \`problems\` property.`;
}

/** Problems grouped by their source, sources in the order they first appear; `fallback` names problems without one. */
export function groupProblems(problems: readonly Problem[], fallback: string): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const source = problem.source || fallback;
    let group = groups.get(source);
    if (!group) groups.set(source, (group = { source, problems: [] }));
    group.problems.push(problem);
  }
  return [...groups.values()];
}

/**
 * The whole report as one text, for the browser console: who found the problems (`reporter`, e.g.
 * `<pub-list> /data/papers.bib`), the summary, then one indented line per problem, under its source's name when
 * there are several sources.
 */
export function problemsReport(reporter: string, problems: readonly Problem[], fallbackSource: string): string {
  const groups = groupProblems(problems.slice(0, MAX_LISTED_PROBLEMS), fallbackSource);
  const lines = [`${reporter}: ${problemsSummary(problems.length)}`];
  for (const group of groups) {
    if (groups.length > 1) lines.push(`${group.source}:`);
    for (const problem of group.problems) lines.push(`  ${problemLine(problem)}`);
  }
  if (problems.length > MAX_LISTED_PROBLEMS) lines.push(`  ${moreProblems(problems.length - MAX_LISTED_PROBLEMS)}`);
  return lines.join('\n');
}
