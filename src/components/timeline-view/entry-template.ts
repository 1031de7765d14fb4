/**
 * One entry of a `<timeline-view>`: its bar (a button) and, while open, its details. Bars are built straight as DOM
 * (a timeline may have tens of thousands: no template instance, binding or comment marker per bar); details, one or
 * two at a time, are a Lit template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateParts, presentLabel, type DateParts } from '../../model/dates.js';
import { axisFraction, occupiedEnd, type TimelineEntry, type TimelineKind, type YearAxis } from '../../model/timeline.js';

/** Bars narrower than this many ems (of the element's font size) show their colour only, not their text. */
const NARROW_BAR_EMS = 4.5;

/** Singular kind names, read before each entry by screen readers (the colours say it to sighted readers). */
const KIND_NAMES: Record<TimelineKind, string> = {
  experience: 'Position',
  education: 'Education',
  teaching: 'Teaching',
  talks: 'Talk',
  honors: 'Honor',
  publications: 'Publication',
};

/** What drawing entries needs to know beyond the entry. */
export interface EntryView {
  /** The language dates are written in. */
  lang: string;
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

/** Dates as written, by language and ISO date: a long career has thousands of dates but few distinct months. */
const writtenDates = new Map<string, string>();

/** How many written dates are kept; past this the cache starts over. */
const WRITTEN_DATES_KEPT = 20_000;

/** A partial date written in `lang`, and its ISO form. */
function written(parts: DateParts, lang: string): { iso: string; text: string } {
  const iso = isoDate(parts);
  const key = `${lang}|${iso}`;
  let text = writtenDates.get(key);
  if (text === undefined) {
    text = formatDateParts(parts, { locale: lang });
    if (writtenDates.size >= WRITTEN_DATES_KEPT) writtenDates.clear();
    writtenDates.set(key, text);
  }
  return { iso, text };
}

/** A string safe for an `id`: the entry ids are made of digits, letters and dashes already. */
const domId = (id: string) => `entry-${id.replace(/[^\w-]/g, '_')}`;

/** Whether an entry reads as a range ("2017 – 2019", "2020 – Present") rather than one date. */
const isRanged = (entry: TimelineEntry) => !entry.point && (entry.ongoing || (entry.end !== undefined && isoDate(entry.start) !== isoDate(entry.end)));

function timeTemplate(parts: DateParts, lang: string): TemplateResult {
  const { iso, text } = written(parts, lang);
  return html`<time datetime=${iso}>${text}</time>`;
}

/** The start as a `<time>` and, for a range, " – " and its end ("Present", or another `<time>`). */
function datesTemplate(entry: TimelineEntry, lang: string): TemplateResult {
  const ranged = isRanged(entry);
  const end = !ranged ? nothing : entry.ongoing ? presentLabel(lang) : timeTemplate(entry.end!, lang);
  return html`${timeTemplate(entry.start, lang)}${ranged ? ' – ' : ''}${end}`;
}

/** An open entry's details (closed entries have none in the DOM). */
export function detailsTemplate(entry: TimelineEntry, view: EntryView): TemplateResult {
  const { details } = entry;
  const where = [entry.organization, entry.place].filter(Boolean).join(' · ');
  return html`<div part="details" class="details" id="${domId(entry.id)}-details">
    <div class="details-head">
      <span class="kind-label">${KIND_NAMES[entry.kind]}</span>
      <span class="title">${entry.title}</span>
      ${where ? html`<p>${where}</p>` : nothing}
      <p class="dates">${datesTemplate(entry, view.lang)}</p>
    </div>
    ${entry.place && !view.horizontal ? html`<p>${entry.place}</p>` : nothing}
    ${
      details.facts.length
        ? html`<dl class="facts">
          ${details.facts.map((fact) => html`<div><dt>${fact.label}</dt><dd>${fact.values.join(', ')}</dd></div>`)}
        </dl>`
        : nothing
    }
    ${details.summary ? html`<p>${details.summary}</p>` : nothing}
    ${details.highlights.length ? html`<ul>${details.highlights.map((highlight) => html`<li>${highlight}</li>`)}</ul>` : nothing}
    ${entry.url ? html`<p><a part="link" href=${entry.url} rel="noopener">Website<span class="visually-hidden"> of ${entry.title}</span></a></p>` : nothing}
  </div>`;
}

/** The `id` of an entry's details, for the button's `aria-controls`. */
export const detailsId = (entry: TimelineEntry) => `${domId(entry.id)}-details`;

/** Where a bar is on the axis, from 0 to 1: its start and its (occupied) end. */
function barExtent(entry: TimelineEntry, view: EntryView): { start: number; end: number } {
  return { start: axisFraction(view.axis, entry.startTime), end: axisFraction(view.axis, occupiedEnd(entry, view.minPointSpan)) };
}

/** An entry's classes: kind, range or point, open, too narrow for its text, details at the end. */
export function entryClass(entry: TimelineEntry, view: EntryView, open: boolean): string {
  const { start, end } = barExtent(entry, view);
  // A bar too narrow for its text shows its colour only (its text stays its accessible name).
  const narrow = view.horizontal && (end - start) * view.trackWidth < NARROW_BAR_EMS * view.fontSize;
  return `entry kind-${entry.kind} ${entry.point ? 'point' : 'range'}${open ? ' open' : ''}${narrow ? ' narrow' : ''}${(start + end) / 2 > 0.5 ? ' align-end' : ''}`;
}

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
export function placeEntry(item: HTMLElement, entry: TimelineEntry, view: EntryView, box: BlockBox | undefined): void {
  if (!view.horizontal || !box) return clearPlace(item.style);
  const { start, end } = barExtent(entry, view);
  const span = box.end - box.start;
  setPlace(item.style, `calc(${entry.lane - box.firstLane} * var(--_scholar-timeline-lane-height))`, `${((start - box.start) / span) * 100}%`, `${((end - start) / span) * 100}%`);
}

/**
 * Sets a block's place: in the horizontal layout the box of its entries (lanes and years); in the vertical one, the
 * height it is taken to have until it is drawn (`rows` entries of a typical height).
 */
export function placeBlock(block: HTMLElement, box: BlockBox | undefined, view: EntryView, rows: number): void {
  const style = block.style;
  if (view.horizontal && box) {
    setPlace(style, `calc(${box.firstLane} * var(--_scholar-timeline-lane-height))`, `${box.start * 100}%`, `${(box.end - box.start) * 100}%`);
    style.setProperty('height', `calc(${box.lanes} * var(--_scholar-timeline-lane-height))`);
    style.removeProperty('contain-intrinsic-size');
  } else {
    clearPlace(style);
    style.removeProperty('height');
    style.setProperty('contain-intrinsic-size', `auto ${rows * 6}em`);
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
      element('span', { part: 'entry-title', class: 'title' }, ''),
      ' ',
      element('span', { part: 'entry-dates', class: 'dates' }),
      ' ',
      element('span', { part: 'entry-organization', class: 'organization' }, ''),
    ),
  ) as HTMLLIElement;
  prototypes.set(document, item);
  return item;
}

function timeElement(document: Document, parts: DateParts, lang: string): HTMLTimeElement {
  const { iso, text } = written(parts, lang);
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
export function createEntry(document: Document, entry: TimelineEntry, lang: string): HTMLLIElement {
  const item = prototypeIn(document).cloneNode(true) as HTMLLIElement;
  item.dataset.lane = String(entry.lane);
  item.dataset.kind = entry.kind;
  item.dataset.person = entry.person;
  item.dataset.id = entry.id;
  const button = item.firstChild as HTMLButtonElement;
  const [kind, title, dates, organization] = button.children as unknown as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
  (kind.firstChild as Text).data = KIND_NAMES[entry.kind];
  (title.firstChild as Text).data = entry.title;
  if (entry.organization) (organization.firstChild as Text).data = entry.organization;
  else organization.remove();
  dates.append(timeElement(document, entry.start, lang));
  if (isRanged(entry)) dates.append(' – ', entry.ongoing ? presentLabel(lang) : timeElement(document, entry.end!, lang));
  button.setAttribute('aria-label', entryName(entry, lang));
  return item;
}

/** The name of an entry's button: kind, title, dates, organisation ("Position: Senior Researcher, Jun 2024 – Present, Microsoft"). */
function entryName(entry: TimelineEntry, lang: string): string {
  let dates = written(entry.start, lang).text;
  if (isRanged(entry)) dates += ` – ${entry.ongoing ? presentLabel(lang) : written(entry.end!, lang).text}`;
  return `${KIND_NAMES[entry.kind]}: ${entry.title}, ${dates}${entry.organization ? `, ${entry.organization}` : ''}`;
}

/**
 * An entry as a template, for server rendering, where there is no document to build it in (the browser builds
 * entries with `createEntry`): the same list item, button, classes and name, without its place on the axis.
 */
export function entryTemplate(entry: TimelineEntry, view: EntryView): TemplateResult {
  return html`<li part="entry" role="listitem" class=${entryClass(entry, view, false)} data-lane=${entry.lane} data-kind=${entry.kind}
    data-person=${entry.person} data-id=${entry.id}><button part="entry-button" class="bar" type="button" tabindex="-1" aria-expanded="false"
    aria-label=${entryName(entry, view.lang)}><span class="kind-label">${KIND_NAMES[entry.kind]}</span> <span part="entry-title" class="title">${entry.title}</span> <span
    part="entry-dates" class="dates">${datesTemplate(entry, view.lang)}</span>${
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
    isoDate(a.start) === isoDate(b.start) &&
    (a.end === undefined ? '' : isoDate(a.end)) === (b.end === undefined ? '' : isoDate(b.end))
  );
}
