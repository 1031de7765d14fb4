/**
 * A long list's groups, drawn in chunks that re-render only when what they show changes; how many entries are drawn
 * grows step by step after the first screen (the incremental render controller, src/internal/controllers/).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { groupEntries, type GroupBy, type PubGroup } from '../../model/pub-query.js';
import type { PubEntry } from '../../model/publications.js';
import type { PublicationCategory } from '../../model/types.js';
import type { PubWords } from './pub-words.js';

/** Entries rendered with the first update: about a screenful (the rest comes in after the first paint). */
export const FIRST_BLOCK = 24;
/** How long (ms) one step of growing the list may take: steps adapt their size to it. */
export const STEP_BUDGET = 12;
/**
 * Entries per chunk: the unit that re-renders as one (a change to one entry re-renders its chunk only), and that the
 * browser skips as one while it is out of view (`content-visibility: auto` on a full chunk, see pub-list.styles.ts;
 * the last, shorter chunk of a group is always drawn, so no chunk's estimated height is far from its real one, and so
 * are the chunks of the first screen).
 */
export const CHUNK = 32;

/** How the groups of a list are drawn. */
export interface GroupsView {
  groupBy: GroupBy;
  /** The level of group headings (1–6). */
  headingLevel: number;
  /** The interface text: the group headings' words ("No date", the categories) and numbers. */
  words: PubWords;
  /** How many entries to render at most (the incremental render controller's count). */
  budget: number;
  /** Everything besides the entries that changes how every entry looks: every chunk re-renders when one does. */
  dependencies: readonly unknown[];
  /**
   * What changes how some entries look (an open abstract, a Cite panel…): their keys, each with values one of which
   * changes whenever that entry's look does. Only the chunks holding them re-render.
   */
  entryStates: ReadonlyMap<string, readonly unknown[]>;
  renderEntry(entry: PubEntry): TemplateResult;
}

/**
 * Sorted entries in their groups, with where each entry is (group, index): worked out once per list and grouping, the
 * places only when some entry looks other than by default (most lists never need them).
 */
interface Grouping {
  groups: PubGroup[];
  where: Map<string, { group: number; index: number }> | undefined;
}

const groupings = new WeakMap<readonly PubEntry[], Map<GroupBy, Grouping>>();

/** The groups of `entries` (the same objects for the same array and grouping). */
function grouping(entries: readonly PubEntry[], groupBy: GroupBy): Grouping {
  let byGrouping = groupings.get(entries);
  if (!byGrouping) groupings.set(entries, (byGrouping = new Map<GroupBy, Grouping>()));
  let found = byGrouping.get(groupBy);
  if (!found) byGrouping.set(groupBy, (found = { groups: groupEntries(entries, groupBy), where: undefined }));
  return found;
}

/** Where each entry of a grouping is (group, index). */
function places(found: Grouping): Map<string, { group: number; index: number }> {
  if (!found.where) {
    const where = new Map<string, { group: number; index: number }>();
    found.groups.forEach((group, groupIndex) => group.entries.forEach((entry, index) => where.set(entry.key, { group: groupIndex, index })));
    found.where = where;
  }
  return found.where;
}

/** A group's heading in the reader's language: its year as written, "No date", or its category's name. */
function groupLabel(group: PubGroup, groupBy: GroupBy, words: PubWords): string {
  if (groupBy === 'category') return words.category(group.key as PublicationCategory);
  return group.key === 'undated' ? words.t('pubs.group.undated') : group.label;
}

/**
 * The sorted entries in their groups (a year or a category, with a heading; or one group without), up to `budget`.
 * Each group's entries are drawn in chunks of {@link CHUNK}; a chunk is re-rendered only when its entries, the
 * shared dependencies or the state of one of its entries changed. A group is a `role="list"` of chunks (boxes without
 * a role: an `<ol>` may hold only `<li>`) of `role="listitem"` rows.
 */
export function renderGroups(entries: readonly PubEntry[], view: GroupsView): TemplateResult[] {
  const found = grouping(entries, view.groupBy);
  const { groups } = found;
  // The states of the entries that have one, by chunk ("group:chunk").
  const chunkStates = new Map<string, unknown[]>();
  for (const [key, state] of view.entryStates) {
    const place = places(found).get(key);
    if (!place) continue;
    const chunk = `${place.group}:${Math.floor(place.index / CHUNK)}`;
    const states = chunkStates.get(chunk);
    if (states) states.push(key, ...state);
    else chunkStates.set(chunk, [key, ...state]);
  }
  let budget = view.budget;
  const { words } = view;
  const out: TemplateResult[] = [];
  // How many entries the groups before the one drawn hold.
  let before = 0;
  groups.forEach((group, groupIndex) => {
    if (budget <= 0) return;
    const count = Math.min(group.entries.length, budget);
    budget -= count;
    const chunks: unknown[] = [];
    for (let start = 0; start < count; start += CHUNK) {
      const end = Math.min(count, start + CHUNK);
      const states = chunkStates.get(`${groupIndex}:${start / CHUNK}`) ?? [];
      // A chunk is full when its group fills it, not only once drawn to its end: it is skipped out of view from the
      // start, and a chunk the list grows into keeps its class (turning the skipping on for a chunk already drawn makes
      // the browser walk the whole document at the next frame: tens of ms in every step of growing a long list). The
      // chunks of the first screen are never skipped: they are in view when drawn, and skipping a chunk drawn with the
      // first screen would cost the first frame a second pass.
      const full = start + CHUNK <= group.entries.length && before + start >= FIRST_BLOCK;
      chunks.push(
        html`<div class=${full ? 'chunk full' : 'chunk'} role="none">${guard([group.entries, start, end, ...view.dependencies, states.length, ...states], () => {
          const rendered: TemplateResult[] = [];
          for (let index = start; index < end; index++) rendered.push(view.renderEntry(group.entries[index]!));
          return rendered;
        })}</div>`,
      );
    }
    out.push(
      html`<section part="group" class="group" data-group=${group.key}>${
        view.groupBy === 'none'
          ? nothing
          : html`<div part="group-heading" class="group-heading" role="heading" aria-level=${view.headingLevel}>${groupLabel(group, view.groupBy, words)} <span class="count"
              >(${words.number(group.entries.length)})</span></div>`
      }<div class="entries" role="list">${chunks}</div></section>`,
    );
    before += group.entries.length;
  });
  return out;
}

/** What makes an entry look other than by default: its abstract open, every author shown, its Cite panel open or used. */
export interface EntryLooks {
  abstracts: ReadonlySet<string>;
  authors: ReadonlySet<string>;
  citeOpen: string | undefined;
  citation: { key: string } | undefined;
}

/** A set with `key` added, or taken out when it was in (an entry's abstract or authors opened or closed). */
export function toggled(set: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** The entries that look other than by default, each with what makes it so (a chunk re-renders when that changes). */
export function entryStates({ abstracts, authors, citeOpen, citation }: EntryLooks): Map<string, unknown[]> {
  const states = new Map<string, unknown[]>();
  const add = (key: string | undefined, ...state: unknown[]) => {
    if (key !== undefined) states.set(key, [...(states.get(key) ?? []), ...state]);
  };
  for (const key of abstracts) add(key, 'abstract');
  for (const key of authors) add(key, 'authors');
  add(citeOpen, 'cite');
  add(citation?.key, citation);
  return states;
}
