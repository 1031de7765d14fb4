/**
 * A long list's groups, drawn in blocks that re-render only when what they show changes; how many entries are drawn
 * grows frame by frame (the incremental render controller, src/internal/controllers/).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { groupEntries, type GroupBy } from '../../model/pub-query.js';
import type { PubEntry } from '../../model/publications.js';

/** Entries rendered before the first paint. */
export const FIRST_BLOCK = 60;
/** Entries added per frame after it, and the size of a block that re-renders as one. */
export const BLOCK = 250;

/** How the groups of a list are drawn. */
export interface GroupsView {
  groupBy: GroupBy;
  /** The level of group headings (1–6). */
  headingLevel: number;
  /** How many entries to render at most (the incremental render controller's count). */
  budget: number;
  /** Everything besides the entries themselves that changes how an entry looks: a block re-renders when one does. */
  dependencies: readonly unknown[];
  renderEntry(entry: PubEntry): TemplateResult;
}

/** The sorted entries in their groups (a year or a category, with a heading; or one group without), up to `budget`. */
export function renderGroups(entries: readonly PubEntry[], view: GroupsView): TemplateResult[] {
  let budget = view.budget;
  const out: TemplateResult[] = [];
  for (const group of groupEntries(entries, view.groupBy)) {
    if (budget <= 0) break;
    const slice = group.entries.slice(0, budget);
    budget -= slice.length;
    const blocks: TemplateResult[] = [];
    for (let start = 0; start < slice.length; start += BLOCK) {
      const block = slice.slice(start, start + BLOCK);
      const keys = block.map((entry) => entry.key).join('\n');
      blocks.push(html`${guard([keys, ...view.dependencies], () => block.map((entry) => view.renderEntry(entry)))}`);
    }
    out.push(html`<section part="group" class="group" data-group=${group.key}>
      ${
        view.groupBy === 'none'
          ? nothing
          : html`<div part="group-heading" class="group-heading" role="heading" aria-level=${view.headingLevel}>${group.label} <span class="count">(${group.entries.length})</span></div>`
      }
      <ol class="entries">${blocks}</ol>
    </section>`);
  }
  return out;
}
