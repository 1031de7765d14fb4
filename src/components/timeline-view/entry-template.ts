/**
 * One entry of a `<timeline-view>`: its bar (a button) and, while open, its details. Bars are built straight as DOM
 * (a timeline may have tens of thousands: no template instance, binding or comment marker per bar); details, one or
 * two at a time, are a Lit template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateParts, type DateParts } from '../../model/dates.js';
import { axisFraction, occupiedEnd, type TimelineEntry, type YearAxis } from '../../model/timeline.js';
import { LABEL_CLASSES, LabelPlace, laneLength, NO_LABELS, type LabelLayout, type LabelText } from './label-layout.js';
import type { EntryWords, Translate } from './timeline-words.js';

/** What drawing entries needs to know beyond the entry. */
export interface EntryView {
  /** The language dates are written in. */
  lang: string;
  /** The words of the bars in the element's language (a new object when they change: the bars are drawn again). */
  words: EntryWords;
  /** The element's interface text, for the details of open entries (drawn again at each update). */
  t: Translate;
  horizontal: boolean;
  axis: YearAxis;
  /** The shortest span a point event occupies, in milliseconds. */
  minPointSpan: number;
  /** How wide the axis is on screen, in CSS pixels. */
  trackWidth: number;
  /** The element's font size in pixels. */
  fontSize: number;
  isOpen(id: string): boolean;
}

/** A partial date as an ISO string for `<time datetime>`: "2017", "2017-08", "2017-08-15". */
function isoDate(parts: DateParts): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return [String(parts.year).padStart(4, '0'), parts.month && pad(parts.month), parts.month && parts.day && pad(parts.day)].filter(Boolean).join('-');
}

/** A partial date as one number, yyyymmdd with 0 for what it lacks: equal for dates that read the same (as `isoDate`). */
const dateKey = (parts: DateParts) => parts.year * 10_000 + (parts.month ? parts.month * 100 + (parts.day ?? 0) : 0);

interface WrittenDate {
  iso: string;
  text: string;
}

/** Dates as written, by language and date (`dateKey`): a long career has thousands of dates but few distinct months. */
const writtenDates = new Map<string, Map<number, WrittenDate>>();

/** How many written dates are kept per language; past this they start over. */
const WRITTEN_DATES_KEPT = 20_000;

/** A partial date written in `lang`, and its ISO form. */
function written(parts: DateParts, lang: string): WrittenDate {
  let dates = writtenDates.get(lang);
  if (!dates) writtenDates.set(lang, (dates = new Map<number, WrittenDate>()));
  const key = dateKey(parts);
  let date = dates.get(key);
  if (date === undefined) {
    date = { iso: isoDate(parts), text: formatDateParts(parts, { locale: lang }) };
    if (dates.size >= WRITTEN_DATES_KEPT) dates.clear();
    dates.set(key, date);
  }
  return date;
}

/** A string safe for an `id`: the entry ids are made of digits, letters and dashes already. */
const domId = (id: string) => `entry-${id.replace(/[^\w-]/g, '_')}`;

/** Whether an entry reads as a range ("2017 – 2019", "2020 – Present") rather than one date. */
const isRanged = (entry: TimelineEntry) => !entry.point && (entry.ongoing || (entry.end !== undefined && dateKey(entry.start) !== dateKey(entry.end)));

function timeTemplate(parts: DateParts, lang: string): TemplateResult {
  const { iso, text } = written(parts, lang);
  return html`<time datetime=${iso}>${text}</time>`;
}

/** The start as a `<time>` and, for a range, " – " and its end ("Present", or another `<time>`). */
function datesTemplate(entry: TimelineEntry, view: Pick<EntryView, 'lang' | 'words'>): TemplateResult {
  const ranged = isRanged(entry);
  const end = !ranged ? nothing : entry.ongoing ? view.words.present : timeTemplate(entry.end!, view.lang);
  return html`${timeTemplate(entry.start, view.lang)}${ranged ? ' – ' : ''}${end}`;
}

/** An entry's title: its own, or (the data gives none) its kind's word for one ("Position", "Untitled"). */
export const titleOf = (entry: Pick<TimelineEntry, 'title' | 'kind'>, words: EntryWords): string => entry.title || words.untitled[entry.kind];

/** An open entry's details (closed entries have none in the DOM). */
export function detailsTemplate(entry: TimelineEntry, view: EntryView): TemplateResult {
  const { details } = entry;
  const { words, t } = view;
  const where = [entry.organization, entry.place].filter(Boolean).join(' · ');
  const title = titleOf(entry, words);
  return html`<div part="details" class="details" id="${domId(entry.id)}-details">
    <div class="details-head">
      <span class="kind-label">${words.kinds[entry.kind]}</span>
      <span class="title">${title}</span>
      ${where ? html`<p>${where}</p>` : nothing}
      <p class="dates">${datesTemplate(entry, view)}</p>
    </div>
    ${entry.place && !view.horizontal ? html`<p>${entry.place}</p>` : nothing}
    ${
      details.facts.length
        ? html`<dl class="facts">
          ${details.facts.map((fact) => html`<div><dt>${words.fact(fact.label)}</dt><dd>${words.factValues(fact, t)}</dd></div>`)}
        </dl>`
        : nothing
    }
    ${details.summary ? html`<p>${details.summary}</p>` : nothing}
    ${details.highlights.length ? html`<ul>${details.highlights.map((highlight) => html`<li>${highlight}</li>`)}</ul>` : nothing}
    ${
      entry.url
        ? html`<p><a part="link" href=${entry.url} rel="noopener">${t('timeline.link')}<span class="visually-hidden"> ${t('timeline.link-of', { title })}</span></a></p>`
        : nothing
    }
  </div>`;
}

/** The `id` of an entry's details, for the button's `aria-controls`. */
export const detailsId = (entry: TimelineEntry) => `${domId(entry.id)}-details`;

/** Where a bar is on the axis, from 0 to 1: its start and its (occupied) end. */
function barExtent(entry: TimelineEntry, view: EntryView): { start: number; end: number } {
  return { start: axisFraction(view.axis, entry.startTime), end: axisFraction(view.axis, occupiedEnd(entry, view.minPointSpan)) };
}

/** Where a bar is on the axis, from 0 to 1 (for the label layout). */
export const extentOf = (view: EntryView) => (entry: TimelineEntry) => barExtent(entry, view);

/**
 * An entry's classes: kind, range or point, open, where its label goes in the horizontal layout (in the bar, beside
 * it or below it: see label-layout.ts), details at the end.
 */
export function entryClass(entry: TimelineEntry, view: EntryView, open: boolean, place: number = LabelPlace.In): string {
  const { start, end } = barExtent(entry, view);
  const label = view.horizontal ? ` ${LABEL_CLASSES[place as LabelPlace] ?? LABEL_CLASSES[LabelPlace.In]}` : '';
  return `entry kind-${entry.kind} ${entry.point ? 'point' : 'range'}${open ? ' open' : ''}${label}${(start + end) / 2 > 0.5 ? ' align-end' : ''}`;
}

/** The text of an entry's label: its title, and its dates as written. */
export function labelText(entry: TimelineEntry, view: Pick<EntryView, 'lang' | 'words'>): LabelText {
  const { start, end } = writtenDatesOf(entry, view);
  return { title: titleOf(entry, view.words), dates: end === undefined ? start.text : `${start.text} – ${typeof end === 'string' ? end : end.text}` };
}

/** The height of a band's lanes together, for its list (horizontal layout). */
export const bandHeight = (lanes: number, labels: LabelLayout) => laneLength(lanes, labels.extraBefore[lanes] ?? 0);

/** The top of lane `lane` from the top of lane `from`. */
const laneTop = (labels: LabelLayout, lane: number, from: number) => laneLength(lane - from, (labels.extraBefore[lane] ?? 0) - (labels.extraBefore[from] ?? 0));

/**
 * Where a block of entries is in the horizontal layout: the lanes of its entries, across the whole axis (0 to 1). The
 * whole width, so that a bar keeps its place on the axis when blocks change (the zoom of a filter chip slides bars).
 */
export interface BlockBox {
  firstLane: number;
  lanes: number;
  start: number;
  end: number;
}

/** The box that holds some entries in the horizontal layout (undefined for none). */
export function blockBox(entries: readonly TimelineEntry[], from: number, to: number): BlockBox | undefined {
  if (from >= to) return undefined;
  let firstLane = Infinity;
  let lastLane = -Infinity;
  for (let index = from; index < to; index++) {
    const { lane } = entries[index]!;
    if (lane < firstLane) firstLane = lane;
    if (lane > lastLane) lastLane = lane;
  }
  return { firstLane, lanes: lastLane - firstLane + 1, start: 0, end: 1 };
}

/** Sets CSS properties through the CSSOM (a strict Content-Security-Policy allows it; a `style` attribute it does not). */
function setPlace(style: CSSStyleDeclaration, top: string, start: string, width: string): void {
  style.setProperty('top', top);
  style.setProperty('inset-inline-start', start);
  style.setProperty('width', width);
}

function clearPlace(style: CSSStyleDeclaration): void {
  if (!style.length) return;
  style.removeProperty('top');
  style.removeProperty('inset-inline-start');
  style.removeProperty('width');
}

/**
 * Sets an entry's place in the horizontal layout, within the box of its block (none in the vertical layout): plain
 * CSS properties (custom properties would give each of thousands of entries its own copy of every inherited one).
 */
export function placeEntry(item: HTMLElement, entry: TimelineEntry, view: EntryView, box: BlockBox | undefined, labels: LabelLayout = NO_LABELS, index = -1): void {
  const label = labelOf(item);
  if (!view.horizontal || !box) {
    clearPlace(item.style);
    item.style.removeProperty('height');
    clearLabel(label);
    return;
  }
  const { start, end } = barExtent(entry, view);
  const span = box.end - box.start;
  setPlace(item.style, laneTop(labels, entry.lane, box.firstLane), `${((start - box.start) / span) * 100}%`, `${((end - start) / span) * 100}%`);
  // A lane whose labels need more lines has taller bars; a label below its bar has its line and offset.
  const grow = labels.barExtra[entry.lane] ?? 0;
  if (grow > 0) item.style.setProperty('height', `calc(var(--_scholar-timeline-lane-height) - var(--_scholar-timeline-lane-gap) + ${Math.round(grow * 1000) / 1000}em)`);
  else item.style.removeProperty('height');
  if (index >= 0 && labels.place[index] === LabelPlace.Below) {
    label.style.setProperty('top', `calc(100% + ${Math.round(labels.belowTop[index]! * 1000) / 1000}em)`);
    label.style.setProperty('inset-inline-start', `${Math.round(labels.belowStart[index]! * 1000) / 1000}em`);
    const width = labels.belowWidth[index]!;
    if (width > 0) label.style.setProperty('width', `${Math.round(width * 1000) / 1000}em`);
    else label.style.removeProperty('width');
  } else clearLabel(label);
}

/** An entry's label: the title and dates in its button. */
const labelOf = (item: HTMLElement) => item.firstElementChild!.firstElementChild!.nextElementSibling as HTMLElement;

function clearLabel(label: HTMLElement): void {
  if (!label.style.length) return;
  label.style.removeProperty('top');
  label.style.removeProperty('inset-inline-start');
  label.style.removeProperty('width');
}

/**
 * Sets a block's place: in the horizontal layout the box of its entries (lanes and years); in the vertical one, the
 * height it is taken to have until it is drawn (`rows` entries of a typical height).
 */
export function placeBlock(block: HTMLElement, box: BlockBox | undefined, view: EntryView, rows: number, labels: LabelLayout = NO_LABELS): void {
  const style = block.style;
  if (view.horizontal && box) {
    setPlace(style, laneTop(labels, box.firstLane, 0), `${box.start * 100}%`, `${(box.end - box.start) * 100}%`);
    style.setProperty('height', laneTop(labels, box.firstLane + box.lanes, box.firstLane));
    style.removeProperty('contain-intrinsic-block-size');
  } else {
    clearPlace(style);
    style.removeProperty('height');
    // The block size only: an inline size would be the block's minimum width, and widen a narrow page.
    style.setProperty('contain-intrinsic-block-size', `auto ${rows * 6}em`);
  }
}

/** The bar of an entry, cloned from one prototype per document. */
const prototypes = new WeakMap<Document, HTMLLIElement>();

function prototypeIn(document: Document): HTMLLIElement {
  let item = prototypes.get(document);
  if (item) return item;
  const element = (name: string, attributes: Record<string, string>, ...children: Array<Node | string>) => {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    node.append(...children);
    return node;
  };
  item = element(
    'li',
    { part: 'entry', role: 'listitem' },
    element(
      'button',
      { part: 'entry-button', class: 'bar', type: 'button', tabindex: '-1', 'aria-expanded': 'false' },
      // Spaces between the parts: the button's text reads as words (they draw nothing between blocks).
      element('span', { class: 'kind-label' }, ''),
      ' ',
      // The label drawn for the entry (in its bar, beside it or below it): title and dates.
      element('span', { class: 'label' }, element('span', { part: 'entry-title', class: 'title' }, ''), ' ', element('span', { part: 'entry-dates', class: 'dates' })),
      ' ',
      element('span', { part: 'entry-organization', class: 'organization' }, ''),
    ),
  ) as HTMLLIElement;
  prototypes.set(document, item);
  return item;
}

function timeElement(document: Document, { iso, text }: WrittenDate): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.textContent = text;
  return time;
}

/**
 * A new list item for an entry, closed and out of the tab order (`entryClass` and `placeEntry` give it its classes
 * and place): its bar, a button that shows kind, title, dates and organisation, named by them in that order ("Position:
 * Senior Researcher, Jun 2024 – Present, Microsoft"). The name is its `aria-label`, so that the time-axis layout can
 * leave kind and organisation out of its drawing (every bar is then a few boxes) while screen readers still hear them;
 * what a layout draws is always a run of words of the name (the kind first, the organisation last).
 */
export function createEntry(document: Document, entry: TimelineEntry, view: Pick<EntryView, 'lang' | 'words'>): HTMLLIElement {
  // Thousands of entries come one after another: plain attributes and sibling links, no dataset or collection lookups.
  const item = prototypeIn(document).cloneNode(true) as HTMLLIElement;
  item.setAttribute('data-lane', String(entry.lane));
  item.setAttribute('data-kind', entry.kind);
  item.setAttribute('data-person', entry.person);
  item.setAttribute('data-id', entry.id);
  const button = item.firstChild as HTMLButtonElement;
  const kind = button.firstElementChild!;
  const label = kind.nextElementSibling!;
  const title = label.firstElementChild!;
  const dates = title.nextElementSibling!;
  const organization = label.nextElementSibling!;
  const { words } = view;
  (kind.firstChild as Text).data = words.kinds[entry.kind];
  (title.firstChild as Text).data = titleOf(entry, words);
  if (entry.organization) (organization.firstChild as Text).data = entry.organization;
  else organization.remove();
  const written = writtenDatesOf(entry, view);
  dates.append(timeElement(document, written.start));
  const { end } = written;
  if (end !== undefined) dates.append(' – ', typeof end === 'string' ? end : timeElement(document, end));
  button.setAttribute('aria-label', entryName(entry, written, words));
  return item;
}

/** An entry's dates as written: its start, and for a range its end ("Present" for an ongoing one). */
function writtenDatesOf(entry: TimelineEntry, { lang, words }: Pick<EntryView, 'lang' | 'words'>): { start: WrittenDate; end: WrittenDate | string | undefined } {
  return { start: written(entry.start, lang), end: !isRanged(entry) ? undefined : entry.ongoing ? words.present : written(entry.end!, lang) };
}

/** The name of an entry's button: kind, title, dates, organisation ("Position: Senior Researcher, Jun 2024 – Present, Microsoft"). */
function entryName(entry: TimelineEntry, { start, end }: ReturnType<typeof writtenDatesOf>, words: EntryWords): string {
  const dates = end === undefined ? start.text : `${start.text} – ${typeof end === 'string' ? end : end.text}`;
  return words.name(words.kinds[entry.kind], titleOf(entry, words), dates, entry.organization);
}

/**
 * An entry as a template, for server rendering, where there is no document to build it in (the browser builds
 * entries with `createEntry`): the same list item, button, classes and name, without its place on the axis.
 */
export function entryTemplate(entry: TimelineEntry, view: EntryView): TemplateResult {
  return html`<li part="entry" role="listitem" class=${entryClass(entry, view, false)} data-lane=${entry.lane} data-kind=${entry.kind}
    data-person=${entry.person} data-id=${entry.id}><button part="entry-button" class="bar" type="button" tabindex="-1" aria-expanded="false"
    aria-label=${entryName(entry, writtenDatesOf(entry, view), view.words)}><span class="kind-label">${view.words.kinds[entry.kind]}</span> <span class="label"><span part="entry-title" class="title">${titleOf(entry, view.words)}</span> <span
    part="entry-dates" class="dates">${datesTemplate(entry, view)}</span></span>${
      entry.organization ? html` <span part="entry-organization" class="organization">${entry.organization}</span>` : nothing
    }</button></li>`;
}

export function sameBar(a: TimelineEntry, b: TimelineEntry): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.title === b.title &&
    a.organization === b.organization &&
    a.person === b.person &&
    a.point === b.point &&
    a.ongoing === b.ongoing &&
    dateKey(a.start) === dateKey(b.start) &&
    (a.end === undefined ? -1 : dateKey(a.end)) === (b.end === undefined ? -1 : dateKey(b.end))
  );
}
