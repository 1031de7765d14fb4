/** One entry of a `<timeline-view>`: its bar (a button) and, while open, its details. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateParts, presentLabel, type DateParts } from '../../model/dates.js';
import { axisFraction, occupiedEnd, type TimelineEntry, type TimelineKind, type YearAxis } from '../../model/timeline.js';
import { cssVars } from './css-vars.js';

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

/** A string safe for an `id`: the entry ids are made of digits, letters and dashes already. */
const domId = (id: string) => `entry-${id.replace(/[^\w-]/g, '_')}`;

function timeTemplate(parts: DateParts, lang: string): TemplateResult {
  return html`<time datetime=${isoDate(parts)}>${formatDateParts(parts, { locale: lang })}</time>`;
}

/** The start as a `<time>` and, for a range, " – " and its end ("Present", or another `<time>`). */
function datesTemplate(entry: TimelineEntry, lang: string): TemplateResult {
  const ranged = !entry.point && (entry.ongoing || (entry.end !== undefined && isoDate(entry.start) !== isoDate(entry.end)));
  const end = !ranged ? nothing : entry.ongoing ? presentLabel(lang) : timeTemplate(entry.end!, lang);
  return html`${timeTemplate(entry.start, lang)}${ranged ? ' – ' : ''}${end}`;
}

/** An open entry's details (closed entries have none in the DOM: a large timeline renders one template per bar). */
function detailsTemplate(entry: TimelineEntry, view: EntryView): TemplateResult {
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

/** Where a bar is on the axis, from 0 to 1: its start and its (occupied) end. */
function barExtent(entry: TimelineEntry, view: EntryView): { start: number; end: number } {
  return { start: axisFraction(view.axis, entry.startTime), end: axisFraction(view.axis, occupiedEnd(entry, view.minPointSpan)) };
}

/** The classes of an entry's list item: kind, range or point, open, too narrow for its text, details at the end. */
function entryClasses(entry: TimelineEntry, view: EntryView, open: boolean, { start, end }: { start: number; end: number }): string {
  // A bar too narrow for its text shows its colour only (its text stays its accessible name).
  const narrow = view.horizontal && (end - start) * view.trackWidth < NARROW_BAR_EMS * view.fontSize;
  return `entry kind-${entry.kind} ${entry.point ? 'point' : 'range'}${open ? ' open' : ''}${narrow ? ' narrow' : ''}${(start + end) / 2 > 0.5 ? ' align-end' : ''}`;
}

/**
 * One bar: one template, its place set as plain CSS properties (not custom properties, which would give each of
 * thousands of entries its own copy of every inherited one), its details only while open.
 */
export function entryTemplate(entry: TimelineEntry, view: EntryView, tabbable: boolean): TemplateResult {
  const open = view.isOpen(entry.id);
  const extent = barExtent(entry, view);
  const { start, end } = extent;
  const place = view.horizontal
    ? cssVars({
        top: `calc(${entry.lane} * var(--_scholar-timeline-lane-height))`,
        'inset-inline-start': `${start * 100}%`,
        width: `${(end - start) * 100}%`,
      })
    : cssVars({});
  return html`<li part="entry" class=${entryClasses(entry, view, open, extent)} ${place} data-lane=${entry.lane} data-kind=${entry.kind} data-person=${entry.person} data-id=${entry.id}>
    <button
      part="entry-button"
      class="bar"
      type="button"
      tabindex=${tabbable ? 0 : -1}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? `${domId(entry.id)}-details` : nothing}
    >
      <span class="kind-label">${KIND_NAMES[entry.kind]}<span class="visually-hidden">: </span></span>
      <span part="entry-title" class="title">${entry.title}</span>
      ${
        entry.organization
          ? html`<span class="organization-line"><span class="visually-hidden">, </span><span part="entry-organization" class="organization">${entry.organization}</span></span>`
          : nothing
      }
      <span class="dates-line"><span class="visually-hidden">, </span><span part="entry-dates" class="dates">${datesTemplate(entry, view.lang)}</span></span>
    </button>
    ${open ? detailsTemplate(entry, view) : nothing}
  </li>`;
}
