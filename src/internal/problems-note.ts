/**
 * The note listing the problems found in an element's data, for the page's author, and the words it is put in
 * (`model/problems.ts`, loaded with the first data that has problems: most data has none).
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/types.js';
import { isLocalUrl } from '../model/urls.js';

/** How problems are put into words. */
export type ProblemWords = typeof import('../model/problems.js');

/** Loads the words problems are put in. */
export function loadProblemWords(): Promise<ProblemWords> {
  return import('../model/problems.js');
}

/** Whether the page was opened from the author's machine (see `isLocalUrl`). */
export function onLocalPage(): boolean {
  if (isServer) return false;
  // A frame made from `srcdoc` (or about:blank) has no address of its own: it belongs to the page that holds it.
  return isLocalUrl(location.protocol === 'about:' ? document.baseURI : location.href);
}

export interface ProblemsNoteOptions {
  /** The element's sources (its `src`), to group the problems by; empty for inline data or a property. */
  sources: string;
  /** Say that the note is there because the page is open from the author's own computer. */
  explainLocal: boolean;
}

/** A quiet note of the problems, each with its place and reason, grouped by source when there are several. */
export function renderProblemsNote(problems: Problem[], words: ProblemWords, { sources, explainLocal }: ProblemsNoteOptions): TemplateResult {
  const count = problems.length;
  const { groupProblems, problemLine, problemsSummary, moreProblems, MAX_LISTED_PROBLEMS } = words;
  const groups = groupProblems(problems.slice(0, MAX_LISTED_PROBLEMS), sources || 'the data');
  const list = (listed: Problem[]) => html`<ul>${listed.map((problem) => html`<li>${problemLine(problem)}</li>`)}</ul>`;
  return html`<details part="problems">
    <summary>${problemsSummary(count)}</summary>
    ${explainLocal ? html`<p>Listed here because this page is open from your own computer: visitors to the published page do not see this list.</p>` : nothing}
    ${groups.length > 1 ? html`<ul>${groups.map((group) => html`<li>${group.source}${list(group.problems)}</li>`)}</ul>` : list(groups[0]!.problems)}
    ${count > MAX_LISTED_PROBLEMS ? html`<p>${moreProblems(count - MAX_LISTED_PROBLEMS)}</p>` : nothing}
  </details>`;
}
