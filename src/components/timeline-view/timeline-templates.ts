/** The parts of a `<timeline-view>` around its entries: toolbar, axis, bands, notes. */
import type { entryList } from './entry-list.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/controllers/localize-controller.js';
import { formatYearRange, utcDayStart } from '../../model/dates.js';
import { axisFraction, TIMELINE_KINDS, type TimelineKind, type UndatedEntry, type YearAxis } from '../../model/timeline.js';
import { cssVars } from './css-vars.js';
import type { EntryListListeners } from './entry-focus-controller.js';
import type { TimelinePerson } from './timeline-people.js';
import { KIND_KEYS, KIND_TEXT_KEYS, type EntryWords } from './timeline-words.js';

/** Where a year starts on the axis, as a private custom property for ticks and gridlines. */
const at = (axis: YearAxis, year: number) => cssVars({ '--_scholar-timeline-at': `${axisFraction(axis, utcDayStart(year)) * 100}%` });

/**
 * The message of an element with nothing to show: no data, or nothing dated of the kinds asked for; on the author's
 * view, with `hint` (what `kinds` could add: `kindsHint`).
 */
export function emptyTemplate(loaded: boolean, kinds: readonly TimelineKind[], i18n: LocalizeController, hint = ''): TemplateResult {
  if (!loaded) return html`<div part="empty">${i18n.t('profile.empty')}</div>`;
  const names = kinds.map((kind) => i18n.t(KIND_TEXT_KEYS[kind]));
  return html`<div part="empty">${i18n.t('timeline.empty-kinds', { kinds: listOf(names, i18n.locale, 'disjunction') })}${hint ? `${sentenceGap(i18n.locale)}${hint}` : ''}</div>`;
}

/**
 * The note of a band with nothing of the kinds shown. Visitors read that there is nothing yet; the page's author
 * (`authorView`) reads which kinds are shown and, when the person has dated entries of others, how to show them:
 * "No dated entries of the kinds shown (experience, education, teaching). Add publications with kinds="experience,
 * education, teaching, publications"."
 */
export function bandEmptyText(author: boolean, shown: readonly TimelineKind[], asked: readonly TimelineKind[], more: readonly TimelineKind[], i18n: LocalizeController): string {
  if (!author) return i18n.t('timeline.band-empty');
  const names = shown.map((kind) => i18n.t(KIND_TEXT_KEYS[kind]));
  const note = i18n.t('timeline.band-empty-author', { kinds: listOf(names, i18n.locale, 'unit') });
  const hint = kindsHint(asked, more, i18n);
  return hint ? `${note}${sentenceGap(i18n.locale)}${hint}` : note;
}

/** What goes between two sentences: nothing in Chinese and Japanese, a space elsewhere. */
const sentenceGap = (locale: string) => (/^(ja|zh)\b/i.test(locale) ? '' : ' ');

/** For the author: how `kinds` would show the kinds `more` too ("Add talks and publications with kinds="…"."), or ''. */
export function kindsHint(asked: readonly TimelineKind[], more: readonly TimelineKind[], i18n: LocalizeController): string {
  if (!more.length) return '';
  const names = more.map((kind) => i18n.t(KIND_TEXT_KEYS[kind]));
  // The attribute's words are the kit's keywords: written as the page writes them, never translated.
  const attribute = `kinds="${[...asked, ...more].join(', ')}"`;
  return i18n.t('timeline.band-empty-hint', { more: listOf(names, i18n.locale, 'conjunction'), attribute });
}

/** "experience, education, or teaching" as the language writes a list (English when Intl knows not the tag). */
function listOf(items: readonly string[], locale: string, type: Intl.ListFormatType): string {
  const style = type === 'unit' ? 'short' : 'long';
  try {
    return new Intl.ListFormat(locale, { type, style }).format(items);
  } catch {
    return new Intl.ListFormat('en', { type, style }).format(items);
  }
}

/** The year labels of the horizontal axis. */
export function axisTemplate(axis: YearAxis, years: readonly number[], lang: string): TemplateResult {
  const format = new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' });
  return html`<div part="axis" class="axis" aria-hidden="true">
    ${years.map((year) => html`<span part="tick" class="tick" ${at(axis, year)}>${format.format(new Date(utcDayStart(year, 6, 1)))}</span>`)}
  </div>`;
}

/** One person's band. */
export interface BandView {
  person: TimelinePerson;
  index: number;
  /** The heading level of the person's name. */
  level: number;
  /** Several people: the name is shown (else it only labels the band for screen readers). */
  several: boolean;
  lanes: number;
  /** The axis, when the band has entries. */
  axis: YearAxis | undefined;
  /** The years with a gridline (horizontal layout). */
  gridYears: readonly number[];
  /** The note of a band with no entries of the kinds shown, in the element's language. */
  emptyText: string;
  /** The directive that keeps the band's list items (`entryList(…)`), in element position on the list. */
  entries: ReturnType<typeof entryList>;
  /** On the server, where the directive draws nothing: the entries as templates (`entryTemplate`). */
  serverEntries: TemplateResult[] | undefined;
  listeners: EntryListListeners;
}

/**
 * A person's band: their name as a heading, and their entries as a list in date order over gridlines (a `role="list"`
 * whose items come in blocks: see `entry-list.ts`).
 */
export function bandTemplate(band: BandView): TemplateResult {
  const { person, axis, listeners } = band;
  const labelId = `person-${band.index}`;
  return html`<section part="band" class="band" aria-labelledby=${labelId} data-person=${person.name}>
    <div part="person" id=${labelId} class="person ${band.several ? '' : 'visually-hidden'}" role="heading" aria-level=${band.level}>${person.name}</div>
    ${
      axis
        ? html`<div class="band-body">
          ${band.gridYears.map((year) => html`<span class="gridline" aria-hidden="true" ${at(axis, year)}></span>`)}
          <div
            part="entries"
            class="entries"
            role="list"
            aria-labelledby=${labelId}
            aria-describedby="keyboard-hint"
            ${cssVars({ '--_scholar-timeline-lanes': String(band.lanes) })}
            ${band.entries}
            @click=${listeners.click}
            @keydown=${listeners.keydown}
            @focusin=${listeners.focusin}
            @focusout=${listeners.focusout}
            @pointerover=${listeners.pointerover}
            @pointerout=${listeners.pointerout}
          >${band.serverEntries ?? nothing}</div>
        </div>`
        : html`<p part="band-empty" class="band-empty">${band.emptyText}</p>`
    }
  </section>`;
}

/** Filter chips for the kinds present (none for fewer than two): toggle buttons, pressed while the kind is shown. */
export function filtersTemplate(
  counts: ReadonlyMap<TimelineKind, number>,
  hidden: readonly TimelineKind[],
  toggle: (kind: TimelineKind) => void,
  i18n: LocalizeController,
): TemplateResult | typeof nothing {
  const present = TIMELINE_KINDS.filter((kind) => counts.has(kind));
  if (present.length < 2) return nothing;
  return html`<div part="filters" class="filters" role="group" aria-label=${i18n.t('timeline.filters')}>
    ${present.map(
      (
        kind,
      ) => html`<button part="chip" class="chip kind-${kind}" type="button" data-kind=${kind} aria-pressed=${hidden.includes(kind) ? 'false' : 'true'} @click=${() => toggle(kind)}>
        <span class="swatch" aria-hidden="true"></span>${i18n.t('timeline.chip', { kind: i18n.t(KIND_KEYS[kind]), count: counts.get(kind) ?? 0 })}
      </button>`,
    )}
  </div>`;
}

/** How many entries are shown, and the years they span. */
export function summaryTemplate(count: number, axis: YearAxis | undefined, i18n: LocalizeController, lang: string): TemplateResult {
  const years = axis ? formatYearRange(axis.firstYear, axis.endYear - 1, lang) : '';
  const text = count === 0 ? i18n.t('timeline.summary-none') : years ? i18n.t('timeline.summary', { count, years }) : i18n.t('timeline.summary-count', { count });
  return html`<p part="summary" class="summary" role="status">${text}</p>`;
}

/** The note shown when the filter chips hide every kind, with a button that shows them all again. */
export function noMatchTemplate(showAll: () => void, i18n: LocalizeController): TemplateResult {
  return html`<p part="no-match" class="no-match">${i18n.t('timeline.no-match')}<button type="button" @click=${showAll}>${i18n.t('timeline.show-all')}</button></p>`;
}

/** The entries that have no date and so are not on the timeline (with their person's name, for several people). */
export function undatedTemplate(undated: readonly UndatedEntry[], several: boolean, i18n: LocalizeController, words: EntryWords): TemplateResult | typeof nothing {
  if (!undated.length) return nothing;
  return html`<details part="undated" class="undated">
    <summary>${i18n.t('timeline.undated', { count: undated.length })}</summary>
    <ul>
      ${undated.map((entry) => html`<li>${entry.title || words.untitled[entry.kind]}${several ? ` (${entry.person})` : ''}</li>`)}
    </ul>
  </details>`;
}
