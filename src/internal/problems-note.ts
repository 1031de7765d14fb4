/**
 * The note listing the problems found in an element's data, for the page's author, and the words it is put in
 * (`model/problems.ts`, loaded with the first data that has problems: most data has none).
 *
 * The note's own words (its summary, why it is shown, "…and N more") are in the page's language (src/i18n). The
 * problem messages themselves stay in English on purpose: they are diagnostics for the page's author, the same text
 * the console and the `problems` property give, and they quote the data's fields and values as written.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/messages.js';
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
  /** The element's interface text (its localize controller). */
  i18n: { t: Translate };
}

/** A quiet note of the problems, each with its place and reason, grouped by source when there are several. */
export function renderProblemsNote(problems: Problem[], words: ProblemWords, { sources, explainLocal, i18n }: ProblemsNoteOptions): TemplateResult {
  const count = problems.length;
  const { groupProblems, problemLine, MAX_LISTED_PROBLEMS } = words;
  const t: Translate = (key, values) => i18n.t(key, values);
  const more = count - MAX_LISTED_PROBLEMS;
  const groups = groupProblems(problems.slice(0, MAX_LISTED_PROBLEMS), sources || t('problems.the-data'));
  // Each problem's line is English (see the module's description).
  const list = (listed: Problem[]) => html`<ul>${listed.map((problem) => html`<li>${problemLine(problem)}</li>`)}</ul>`;
  return html`<details part="problems">
    <summary>${t('problems.summary', { count })}</summary>
    ${explainLocal ? html`<p>${t('problems.local')}</p>` : nothing}
    ${groups.length > 1 ? html`<ul>${groups.map((group) => html`<li>${group.source}${list(group.problems)}</li>`)}</ul>` : list(groups[0]!.problems)}
    ${more > 0 ? html`<p>${t('problems.more', { count: more })}</p>` : nothing}
  </details>`;
}
