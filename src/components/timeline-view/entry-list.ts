/**
 * The entries of one band, kept by a directive on its list: `<div role="list" ${entryList(state)}></div>`.
 *
 * A timeline of 20,000 entries has 20,000 list items, each in the DOM with its text: screen readers, find-in-page
 * and the keyboard reach every one. What keeps that cheap:
 * - bars are built straight as DOM from one prototype: no Lit template instance, binding or comment marker per bar;
 * - entries come in blocks of BLOCK (a `role="none"` box, so that the items stay the list's own) with
 *   `content-visibility: auto`: a block is laid out apart from the others (adding entries to one, or opening one,
 *   does not lay out the rest), and one out of view is not laid out or painted at all. In the horizontal layout a
 *   block is the band of its entries' lanes across the whole axis;
 * - in the horizontal layout, where a block spans nearly every lane, the entries of lanes far from the screen (see
 *   `lane-window.ts`) are not drawn: their button has `hidden="until-found"` (and is clipped away), so its text is not
 *   styled, laid out or painted, yet the entry stays in the list, named by its `aria-label` for screen readers, found
 *   by find-in-page (which reveals it) and printed. They are drawn whole before they come into view;
 * - each update does only what changed: new entries are appended, bars are placed again only when the axis or the
 *   layout changed, and only the entries that open, close or become the tab stop are touched;
 * - where each label goes (in its bar, beside or below it) and how tall each lane is are estimated from the labels'
 *   text, never measured in the DOM (see `label-layout.ts`), again only when the entries, the words or the
 *   element's width change.
 */
import { noChange, nothing, render } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { TimelineEntry } from '../../model/timeline.js';
import {
  bandHeight,
  blockBox,
  createEntry,
  detailsId,
  detailsTemplate,
  entryClass,
  extentOf,
  labelText,
  placeBlock,
  placeEntry,
  sameBar,
  type BlockBox,
  type EntryView,
} from './entry-template.js';
import { layoutLabels, measureLabel, NO_LABELS, type LabelLayout, type LabelMeasure } from './label-layout.js';
import { LaneWindow } from './lane-window.js';

/** Entries per block: few enough that a block in view lays out quickly, many enough that 20,000 make 200 blocks. */
const BLOCK = 100;

/** What one band shows. */
export interface EntryListState {
  /** The band's entries, in date order (a new array when what is shown changed). */
  entries: readonly TimelineEntry[];
  /** How many of them are in the DOM (the first ones). */
  count: number;
  view: EntryView;
  /** The entries whose details are open. */
  open: ReadonlySet<string>;
  /** The entry that is the tab stop, when it is in this band. */
  tabbableId: string | undefined;
}

interface Block {
  element: HTMLElement;
  /** The index of its first entry. */
  from: number;
  box: BlockBox | undefined;
}

interface Shown {
  item: HTMLLIElement;
  entry: TimelineEntry;
  /** Its index in the band. */
  index: number;
  block: Block;
  /** Not drawn (its lane is far from the screen): its button has `hidden="until-found"`. */
  far: boolean;
}

/** How many lanes some entries take (their highest lane, plus one). */
function laneCount(entries: readonly TimelineEntry[]): number {
  let lanes = 0;
  for (const entry of entries) if (entry.lane >= lanes) lanes = entry.lane + 1;
  return lanes;
}

/** Where bars go: they move only when this changes. */
const placeKey = (view: EntryView) => `${view.horizontal}|${view.axis.startTime}|${view.axis.endTime}|${view.minPointSpan}`;

/** What bars' classes depend on beyond their entry (a bar too narrow for its text): they change only with this. */
const classKey = (view: EntryView) => `${placeKey(view)}|${view.trackWidth}|${view.fontSize}`;

class EntryListDirective extends AsyncDirective {
  #entries: readonly TimelineEntry[] = [];
  #lanes = 0;
  readonly #window = new LaneWindow(() => this.#applyWindow());
  /** The entries in the DOM, in order, and by id. */
  #order: Shown[] = [];
  #shown = new Map<string, Shown>();
  #blocks: Block[] = [];
  #lang = '';
  #words: EntryView['words'] | undefined;
  #place = '';
  #classes = '';
  #open = new Set<string>();
  #openBlocks = new Set<HTMLElement>();
  #tabbable: string | undefined;
  /** The labels' words, measured once per entries and words (by index in the band). */
  #measures: LabelMeasure[] | undefined;
  /** Where the labels go, and the lanes' heights (horizontal layout). */
  #labels: LabelLayout = NO_LABELS;
  #labelKey = '';

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('entryList() goes in element position: <div role="list" ${entryList(...)}></div>.');
  }

  render(_state: EntryListState): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [state]: [EntryListState]): typeof noChange {
    const list = part.element;
    const { entries, view } = state;
    const count = Math.min(state.count, entries.length);
    // New words (the element's language changed): every bar is drawn again.
    const rebuild = entries !== this.#entries || view.lang !== this.#lang || view.words !== this.#words;
    if (entries !== this.#entries) this.#lanes = laneCount(entries);
    const relabeled = this.#layoutLabels(entries, view, rebuild);
    if (relabeled) {
      const style = (list as HTMLElement).style;
      if (view.horizontal) style.setProperty('height', bandHeight(this.#lanes, this.#labels));
      else style.removeProperty('height');
    }
    // Which lanes are near the screen first: entries are drawn or not as they come.
    const moved = this.#window.set(list as HTMLElement, view.horizontal, this.#lanes, view.fontSize, this.#labels.extraBefore);
    if (rebuild) this.#rebuild(list, entries, count, view);
    else {
      this.#restyle(view, relabeled);
      if (moved) this.#applyWindow();
      if (count > this.#order.length) this.#append(list, count, view);
      else if (count < this.#order.length) this.#truncate(count);
    }
    this.#place = placeKey(view);
    this.#classes = classKey(view);
    this.#setOpen(state.open, view);
    this.#setTabbable(state.tabbableId);
    return noChange;
  }

  /**
   * Places the labels of the band's entries and sizes its lanes (horizontal layout) when the entries, their words,
   * the axis or the element's width or font size changed. Returns whether it did.
   */
  #layoutLabels(entries: readonly TimelineEntry[], view: EntryView, rebuild: boolean): boolean {
    if (rebuild) this.#measures = undefined;
    const key = classKey(view);
    if (!rebuild && key === this.#labelKey) return false;
    this.#labelKey = key;
    const width = view.fontSize > 0 ? view.trackWidth / view.fontSize : 0;
    if (!view.horizontal || width <= 0 || !entries.length) {
      this.#labels = NO_LABELS;
      return true;
    }
    this.#measures ??= entries.map((entry) => measureLabel(labelText(entry, view)));
    this.#labels = layoutLabels(entries, this.#measures, this.#lanes, { width, extent: extentOf(view) });
    return true;
  }

  /** The block of the entry at `index`, made and placed when it is the first one there. */
  #blockFor(list: Element, index: number, view: EntryView, reuse: readonly Block[] = []): Block {
    const at = Math.floor(index / BLOCK);
    let block = this.#blocks[at];
    if (block) return block;
    const from = at * BLOCK;
    const element = reuse[at]?.element ?? list.ownerDocument.createElement('div');
    if (!reuse[at]) {
      element.className = 'block';
      element.setAttribute('role', 'none');
      list.append(element);
    }
    block = { element, from, box: undefined };
    this.#placeBlock(block, view);
    this.#blocks[at] = block;
    return block;
  }

  #placeBlock(block: Block, view: EntryView): void {
    const to = Math.min(block.from + BLOCK, this.#entries.length);
    block.box = view.horizontal ? blockBox(this.#entries, block.from, to) : undefined;
    placeBlock(block.element, block.box, view, to - block.from, this.#labels);
  }

  /** What is shown changed: keeps the bars that show the same text (they move to their new place), makes the others. */
  #rebuild(list: Element, entries: readonly TimelineEntry[], count: number, view: EntryView): void {
    // Closed and out of the tab order first: kept bars start again from the state of a new one.
    this.#setOpen(new Set(), view);
    this.#setTabbable(undefined);
    const old = this.#shown;
    const oldBlocks = this.#blocks;
    const keep = view.lang === this.#lang && view.words === this.#words;
    this.#entries = entries;
    this.#lang = view.lang;
    this.#words = view.words;
    this.#shown = new Map();
    this.#order = [];
    this.#blocks = [];
    const document = list.ownerDocument;
    // Every block is there from the start (empty until its entries come): adding entries then changes one block,
    // never the list around it, so a frame redraws what was added and nothing else.
    for (let index = 0; index < entries.length; index += BLOCK) this.#blockFor(list, index, view, oldBlocks);
    let cursor: ChildNode | null = null;
    for (let index = 0; index < count; index++) {
      const entry = entries[index]!;
      const block = this.#blockFor(list, index, view);
      if (index === block.from) cursor = block.element.firstChild;
      const kept = keep ? old.get(entry.id) : undefined;
      let item: HTMLLIElement;
      let far = false;
      if (kept && sameBar(kept.entry, entry)) {
        old.delete(entry.id);
        item = kept.item;
        far = kept.far;
        if (kept.entry.lane !== entry.lane) item.dataset.lane = String(entry.lane);
      } else item = createEntry(document, entry, view);
      item.className = entryClass(entry, view, false, this.#labels.place[index]);
      placeEntry(item, entry, view, block.box, this.#labels, index);
      this.#remember(item, entry, index, block, far);
      if (item === cursor) cursor = cursor.nextSibling;
      else block.element.insertBefore(item, cursor);
    }
    for (const { item } of old.values()) item.remove();
    for (const block of oldBlocks.slice(this.#blocks.length)) block.element.remove();
  }

  /** Adds the entries from the last one shown up to `count`, block by block. */
  #append(list: Element, count: number, view: EntryView): void {
    const document = list.ownerDocument;
    let index = this.#order.length;
    while (index < count) {
      const block = this.#blockFor(list, index, view);
      const end = Math.min(count, block.from + BLOCK);
      const fragment = document.createDocumentFragment();
      for (; index < end; index++) {
        const entry = this.#entries[index]!;
        const item = createEntry(document, entry, view);
        item.className = entryClass(entry, view, this.#open.has(entry.id), this.#labels.place[index]);
        placeEntry(item, entry, view, block.box, this.#labels, index);
        this.#remember(item, entry, index, block, false);
        fragment.append(item);
      }
      block.element.append(fragment);
    }
  }

  #truncate(count: number): void {
    for (const shown of this.#order.splice(count)) {
      shown.item.remove();
      this.#shown.delete(shown.entry.id);
    }
  }

  #remember(item: HTMLLIElement, entry: TimelineEntry, index: number, block: Block, far: boolean): void {
    const shown = { item, entry, index, block, far };
    this.#mark(shown);
    this.#shown.set(entry.id, shown);
    this.#order.push(shown);
  }

  /** Draws an entry whole when its lane is near the screen (or its details are open), else not at all. */
  #mark(shown: Shown): void {
    const far = this.#window.active && !this.#window.isNear(shown.entry.lane) && !this.#open.has(shown.entry.id);
    if (far === shown.far) return;
    shown.far = far;
    const button = shown.item.firstElementChild!;
    if (far) button.setAttribute('hidden', 'until-found');
    else button.removeAttribute('hidden');
  }

  /** The lanes near the screen changed (or the layout did). */
  #applyWindow(): void {
    for (const shown of this.#order) this.#mark(shown);
  }

  protected override disconnected(): void {
    this.#window.disconnect();
  }

  protected override reconnected(): void {
    this.#window.reconnect();
  }

  /**
   * The axis, the layout or the element's width changed: blocks and bars are placed again (their lanes' heights and
   * labels may have changed with the width too), or only classes change.
   */
  #restyle(view: EntryView, relabeled: boolean): void {
    const place = placeKey(view) !== this.#place || relabeled;
    if (!place && classKey(view) === this.#classes) return;
    if (place) for (const block of this.#blocks) this.#placeBlock(block, view);
    for (const { item, entry, index, block } of this.#order) {
      const className = entryClass(entry, view, this.#open.has(entry.id), this.#labels.place[index]);
      if (item.className !== className) item.className = className;
      if (place) placeEntry(item, entry, view, block.box, this.#labels, index);
    }
  }

  /**
   * Opens and closes details: only the entries whose state changed, and the open ones (their details follow the
   * view). A block with an open entry is drawn whole and above the others: details float out of its box.
   */
  #setOpen(open: ReadonlySet<string>, view: EntryView): void {
    for (const id of this.#open) {
      if (open.has(id)) continue;
      const shown = this.#shown.get(id);
      if (!shown) continue;
      const button = shown.item.firstElementChild!;
      button.setAttribute('aria-expanded', 'false');
      button.removeAttribute('aria-controls');
      shown.item.className = entryClass(shown.entry, view, false, this.#labels.place[shown.index]);
      render(nothing, shown.item);
    }
    const now = new Set<string>();
    const blocks = new Set<HTMLElement>();
    for (const id of open) {
      const shown = this.#shown.get(id);
      if (!shown) continue;
      now.add(id);
      const button = shown.item.firstElementChild!;
      if (shown.far) {
        shown.far = false;
        button.removeAttribute('hidden');
      }
      button.setAttribute('aria-expanded', 'true');
      button.setAttribute('aria-controls', detailsId(shown.entry));
      shown.item.className = entryClass(shown.entry, view, true, this.#labels.place[shown.index]);
      blocks.add(shown.block.element);
      render(detailsTemplate(shown.entry, view), shown.item);
    }
    for (const block of this.#openBlocks) if (!blocks.has(block)) block.classList.remove('open');
    for (const block of blocks) block.classList.add('open');
    this.#open = now;
    this.#openBlocks = blocks;
  }

  /** Makes one entry the tab stop (tabindex 0) and the one before it not. */
  #setTabbable(id: string | undefined): void {
    const next = id !== undefined && this.#shown.has(id) ? id : undefined;
    if (next === this.#tabbable) return;
    const before = this.#tabbable === undefined ? undefined : this.#shown.get(this.#tabbable);
    before?.item.firstElementChild!.setAttribute('tabindex', '-1');
    if (next !== undefined) this.#shown.get(next)!.item.firstElementChild!.setAttribute('tabindex', '0');
    this.#tabbable = next;
  }
}

/** Keeps a list's entries: one list item per entry shown, in order, in blocks (see the module comment). */
export const entryList = directive(EntryListDirective);
