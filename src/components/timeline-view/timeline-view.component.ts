import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ScholarLoadError } from '../../events/scholar-error.js';
import { ScholarElement, type Interpreted, type LoadedInput } from '../../internal/scholar-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { formatDateParts, presentLabel, utcDayStart, type DateParts } from '../../model/dates.js';
import {
  assignLanes,
  axisFraction,
  collectItems,
  laneCounts,
  occupiedEnd,
  parseKinds,
  tickStep,
  tickYears,
  TIMELINE_KIND_LABELS,
  TIMELINE_KINDS,
  yearAxis,
  type TimelineEntry,
  type TimelineItem,
  type TimelineKind,
  type UndatedEntry,
  type YearAxis,
} from '../../model/timeline.js';
import type { Lab } from '../../model/lab.js';
import type { Problem, Profile } from '../../model/types.js';
import { validateProfile } from '../../model/validate.js';
import { cssVars } from './css-vars.js';
import { timelineStyles } from './timeline-view.styles.js';
import type { ScholarPropertyDeclarations } from '../../internal/property-types.js';

/** One person on a timeline. */
export interface TimelinePerson {
  name: string;
  profile: Profile;
  /** Where the profile came from: a URL, "inline" or "property". */
  source: string;
}

/** What a timeline has loaded: the people, in the order of their sources. */
export interface TimelineData {
  people: TimelinePerson[];
}

/** `horizontal`: a time axis with lanes as rows; `vertical`: a list in date order; `auto`: by the element's width. */
export type TimelineLayout = 'auto' | 'horizontal' | 'vertical';

/** A point event is drawn (and packed) at least this share of the axis wide, so that it stays visible and clickable. */
const POINT_SHARE = 0.015;

/** Bars narrower than this many ems (of the element's font size) show their colour only, not their text. */
const NARROW_BAR_EMS = 4.5;

/**
 * Entries rendered at first; the rest follow in blocks of {@link BLOCK}, one block per frame, so that a timeline of
 * thousands of entries shows at once and the page stays responsive while the rest is added. On the server, all.
 */
const FIRST_BLOCK = isServer ? Number.POSITIVE_INFINITY : 300;
const MAX_BLOCK = 4000;

/**
 * Entries are rendered in chunks of this many, each re-rendered only when something it shows changed: adding a
 * block, or opening one entry, does not go through every other entry of a long timeline.
 */
const CHUNK = 100;

/** Singular kind names, read before each entry by screen readers (the colours say it to sighted readers). */
const KIND_NAMES: Record<TimelineKind, string> = {
  experience: 'Position',
  education: 'Education',
  teaching: 'Teaching',
  talks: 'Talk',
  honors: 'Honor',
  publications: 'Publication',
};

/** A partial date as an ISO string for `<time datetime>`: "2017", "2017-08", "2017-08-15". */
function isoDate(parts: DateParts): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return [String(parts.year).padStart(4, '0'), parts.month && pad(parts.month), parts.month && parts.day && pad(parts.day)].filter(Boolean).join('-');
}

/** `locale` if Intl accepts it, else English: a page's `lang="x_bad"` must not stop the timeline from rendering. */
function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** A string safe for an `id`: the entry ids are made of digits, letters and dashes already. */
const domId = (id: string) => `entry-${id.replace(/[^\w-]/g, '_')}`;

/**
 * @summary A career timeline: positions, degrees and teaching (and, on request, talks, honors and publications) on a
 * time axis, with overlapping roles packed into lanes. Horizontal when wide, a vertical list when narrow.
 *
 * Entries are an ordered list in date order in both layouts; overlapping ranges sit in different lanes, and the
 * lane count is the smallest possible. With several profiles (`src="a.json b.json"`, `profiles`, or a lab:
 * `src="lab.json"` or `lab`), each person gets a labelled band of lanes. Filter chips show or hide kinds, and the axis
 * zooms to what is shown. Details open on hover (horizontal layout), focus, click or tap; arrow keys move between
 * entries, Home/End go to the first/last, Escape closes details.
 *
 * Partial dates: a start is placed at the beginning of its period and an end at the end of its period ("2017–2019"
 * covers 1 Jan 2017 to 31 Dec 2019); ongoing ranges run to today and read "Present" in the element's language.
 *
 * @event scholar-load - The profiles were loaded and rendered. `detail`: `{ data, problems, source }`; `data.people` lists each person's name, profile and source.
 * @event scholar-error - A profile could not be loaded or used. `detail`: `{ kind, message, source, status?, line?, column?, path? }`.
 *
 * @csspart base - The timeline's outer box.
 * @csspart toolbar - The row above the timeline: filter chips and the summary.
 * @csspart filters - The group of filter chips.
 * @csspart chip - One filter chip (a toggle button with `aria-pressed`); carries `data-kind`.
 * @csspart summary - How many entries are shown, and the years they span.
 * @csspart axis - The year axis (horizontal layout).
 * @csspart tick - One year label on the axis.
 * @csspart band - One person's band of lanes; carries `data-person`.
 * @csspart person - The person's name above their band (visually hidden when there is only one person).
 * @csspart entries - A band's ordered list of entries.
 * @csspart entry - One entry (a list item); carries `data-lane`, `data-kind`, `data-person` and `data-id`.
 * @csspart entry-button - The button that shows an entry's details (`aria-expanded`).
 * @csspart entry-title - The role, degree, course, talk, honor or title.
 * @csspart entry-organization - The organisation, institution, event or venue.
 * @csspart entry-dates - The date range, or the date of a point event.
 * @csspart details - An entry's details: organisation, place, dates, facts, summary, highlights, link.
 * @csspart link - The link in an entry's details.
 * @csspart band-empty - The note in a band whose person has no entries of the kinds shown.
 * @csspart no-match - The note shown when the filter chips hide every entry.
 * @csspart undated - The note listing entries that have no date and so are not on the timeline.
 * @csspart error - The message shown when nothing could be loaded.
 * @csspart problems - The note listing entries and values left out because of errors in the data; shown on the author's own view of the page or with `show-problems`.
 * @csspart loading - The loading indicator.
 * @csspart empty - The message shown when there is nothing to put on the timeline.
 *
 * @cssprop --scholar-accent - Focus rings and links.
 * @cssprop --scholar-text - Main text colour.
 * @cssprop --scholar-muted - Secondary text colour (dates, axis labels).
 * @cssprop --scholar-surface - Background.
 * @cssprop --scholar-surface-alt - Button background.
 * @cssprop --scholar-border - Borders, axis and gridlines.
 * @cssprop --scholar-danger - Error messages.
 * @cssprop --scholar-radius - Corner radius.
 * @cssprop --scholar-spacing - Base spacing unit.
 * @cssprop --scholar-font - Font family (inherits the page's font by default).
 * @cssprop --scholar-font-size - Base font size.
 * @cssprop --scholar-timeline-lane-height - Height of one lane in the horizontal layout (default 2.75rem).
 * @cssprop --scholar-timeline-experience - Colour of positions.
 * @cssprop --scholar-timeline-education - Colour of degrees.
 * @cssprop --scholar-timeline-teaching - Colour of teaching.
 * @cssprop --scholar-timeline-talks - Colour of talks.
 * @cssprop --scholar-timeline-honors - Colour of honors.
 * @cssprop --scholar-timeline-publications - Colour of publications.
 */
export class TimelineView extends ScholarElement<TimelineData> {
  static override styles = [themeStyles, timelineStyles];

  static override properties: ScholarPropertyDeclarations = {
    profile: { attribute: false, accepts: 'object' },
    profiles: { attribute: false, accepts: 'array' },
    lab: { attribute: false, accepts: 'object' },
    kinds: { type: String, listSeparator: ' ' },
    layout: { type: String, reflect: true },
    breakpoint: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    today: { attribute: false, accepts: 'date' },
    hiddenKinds: { state: true },
    width: { state: true },
    renderedCount: { state: true },
    pinnedId: { state: true },
    previewId: { state: true },
    focusId: { state: true },
  };

  /**
   * One profile as an object (see `schema/profile.schema.json`). When set, it is shown instead of `src`, `profiles`
   * or inline JSON. Bad entries are left out and listed in `problems`.
   */
  declare profile: Profile | undefined;

  /** Several profiles as objects: one band per person, in this order. Used when `profile` is not set. */
  declare profiles: Profile[] | undefined;

  /**
   * A lab (see `schema/lab.schema.json`): one band per member, in the lab's order; its profile URLs resolve against
   * the page. Used when `profile` and `profiles` are not set; `src="lab.json"` works too.
   */
  declare lab: Lab | undefined;

  /**
   * What to show, as words separated by spaces (or commas): `experience education teaching` (the default) and any of
   * the point events `talks honors publications` (publications by their issued date). The profile's section names
   * work too (`work` for `experience`); unknown words are ignored.
   */
  declare kinds: string | undefined;

  /**
   * `auto` (default): horizontal when the element is at least `breakpoint` pixels wide, else vertical — the
   * element's own width, not the window's. `horizontal` or `vertical` forces one.
   */
  declare layout: 'auto' | 'horizontal' | 'vertical';

  /** The width in CSS pixels from which `layout="auto"` is horizontal (default 640). */
  declare breakpoint: number;

  /** The heading level of the person names above their bands (1–6), to fit the page's outline. */
  declare headingLevel: number;

  /**
   * The day ongoing ranges run to. Defaults to the current date; set it for a reproducible page (a printout, a
   * test).
   */
  declare today: Date | undefined;

  private declare hiddenKinds: TimelineKind[];
  private declare width: number;
  /** How many entries (in DOM order) are in the DOM so far; see FIRST_BLOCK. */
  private declare renderedCount: number;
  private declare pinnedId: string | undefined;
  private declare previewId: string | undefined;
  private declare focusId: string | undefined;

  #items: TimelineItem[] = [];
  #undated: UndatedEntry[] = [];
  #entries: TimelineEntry[] = [];
  /** The shown entries of each person (by person index), each in date order: the bands, and the DOM's order. */
  #bands: TimelineEntry[][] = [];
  /** Each band's entries in chunks of CHUNK (the same arrays until what is shown changes, for `guard`). */
  #chunks: TimelineEntry[][][] = [];
  #chunkOf = new Map<string, TimelineEntry[]>();
  #laneCounts: number[] = [];
  #kindCounts = new Map<TimelineKind, number>();
  #ordered: TimelineEntry[] = [];
  #byId = new Map<string, TimelineEntry>();
  #axis: YearAxis | undefined;
  #minPointSpan = 0;
  /** The element's font size in pixels, read with its width: bars narrower than NARROW_BAR_EMS of it show colour only. */
  #fontSize = 16;
  /** The element's language for this render (looked up once: thousands of dates are written with it). */
  #lang = 'en';
  #resizeObserver: ResizeObserver | undefined;
  #resizeFrame = 0;
  #growFrame: number | undefined;
  #collected: { key: { data: TimelineData | undefined; kinds: string | undefined; today: number | undefined }; result: ReturnType<typeof collectItems> } | undefined;

  constructor() {
    super();
    this.layout = 'auto';
    this.breakpoint = 640;
    this.headingLevel = 3;
    this.hiddenKinds = [];
    this.width = 0;
    this.renderedCount = FIRST_BLOCK;
  }

  /**
   * The entries shown now (after the filter chips), normalised and in date order, each with its `lane` within its
   * person's band (0 is the top lane). Read-only. (A timeline of more than a few hundred entries puts the first in
   * the DOM at once and adds the rest over the next frames.)
   */
  get entries(): readonly TimelineEntry[] {
    return this.#entries;
  }

  /** The layout in use now: `layout`, or for `auto` the one the element's width calls for. Read-only. */
  get currentLayout(): 'horizontal' | 'vertical' {
    if (this.layout === 'horizontal' || this.layout === 'vertical') return this.layout;
    return this.width >= this.breakpoint ? 'horizontal' : 'vertical';
  }

  /** The kinds this element reads, from `kinds`. */
  get #kinds(): TimelineKind[] {
    return parseKinds(this.kinds);
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver ??= new ResizeObserver((records) => {
      const record = records[records.length - 1];
      if (!record) return;
      const width = record.contentBoxSize?.[0]?.inlineSize ?? record.contentRect.width;
      // Only a change of width matters (heights change with the layout). Applied in the next frame: a render inside
      // the observer's callback would resize the element again before the frame ends (a "ResizeObserver loop").
      cancelAnimationFrame(this.#resizeFrame);
      this.#resizeFrame = requestAnimationFrame(() => {
        this.#fontSize = parseFloat(getComputedStyle(this).fontSize) || 16;
        if (Math.abs(width - this.width) >= 0.5) this.width = width;
      });
    });
    this.#resizeObserver.observe(this);
    document.addEventListener('pointerdown', this.#onDocumentPointerDown);
    if (this.hasUpdated) this.#growLater();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#growFrame !== undefined) cancelAnimationFrame(this.#growFrame);
    this.#growFrame = undefined;
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#resizeFrame);
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
  }

  // ---------------------------------------------------------------- loading

  protected override directInput(): unknown {
    return this.profile ?? this.profiles ?? this.lab;
  }

  protected override inputChanged(changed: PropertyValues): boolean {
    return changed.has('profile') || changed.has('profiles') || changed.has('lab');
  }

  protected override readsLabs(): boolean {
    return true;
  }

  /** Each input is one profile, or (the `profiles` property) a list of them. */
  protected override interpret(inputs: LoadedInput[]): Interpreted<TimelineData> {
    const people: TimelinePerson[] = [];
    const problems: Problem[] = [];
    let firstFailure: ScholarLoadError | undefined;
    for (const { input, info } of inputs) {
      const documents = Array.isArray(input) ? input : [input];
      documents.forEach((document, index) => {
        const label = info.source === 'property' ? (Array.isArray(input) ? `Profile ${index + 1}` : 'The profile') : info.source;
        const result = validateProfile(document, info.source);
        if (!result.profile) {
          const fatal = result.fatal!;
          const message = `${label} is not a usable profile: ${fatal.message}`;
          firstFailure ??= new ScholarLoadError({ kind: 'schema', source: info.source, path: fatal.path, message });
          problems.push({ path: fatal.path, source: info.source, message });
          return;
        }
        problems.push(...result.problems);
        people.push({ name: result.profile.basics.name, profile: result.profile, source: info.source });
      });
    }
    // Nothing usable: an error. Some usable: show them and list the rest (as the base does for failed requests).
    if (!people.length && firstFailure) throw firstFailure;
    return { data: { people }, problems };
  }

  protected override isEmpty(data: TimelineData): boolean {
    return this.#collect(data).items.length === 0;
  }

  /** The dated entries of `data` for the current `kinds` and `today`, read once for `isEmpty` and the render after it. */
  #collect(data: TimelineData | undefined): ReturnType<typeof collectItems> {
    const key = { data, kinds: this.kinds, today: this.today?.getTime?.() };
    const last = this.#collected;
    if (last && last.key.data === key.data && last.key.kinds === key.kinds && last.key.today === key.today) return last.result;
    const result = collectItems(
      (data?.people ?? []).map((person) => person.profile),
      { kinds: this.#kinds, today: this.today },
    );
    this.#collected = { key, result };
    return result;
  }

  // ---------------------------------------------------------------- derived state

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The first render with data reads the width now: waiting for the resize observer would lay a large timeline out
    // twice (as a list, then on the axis).
    if (changed.has('loadedData') && this.loadedData && this.width === 0 && this.layout === 'auto' && this.isConnected && typeof this.getBoundingClientRect === 'function') {
      this.width = this.getBoundingClientRect().width;
      this.#fontSize = parseFloat(getComputedStyle(this).fontSize) || 16;
    }
    if (changed.has('loadedData') || changed.has('kinds') || changed.has('today')) {
      const { items, undated } = this.#collect(this.loadedData);
      this.#items = items;
      this.#undated = undated;
      this.#kindCounts = new Map();
      for (const item of items) this.#kindCounts.set(item.kind, (this.#kindCounts.get(item.kind) ?? 0) + 1);
      // `kinds` or `today` changed after loading: what there is to show may have appeared or gone.
      if (this.loadedData && (this.state === 'ready' || this.state === 'empty') && !changed.has('loadedData')) {
        this.setState(items.length ? 'ready' : 'empty');
      }
    }
    if (['loadedData', 'kinds', 'today', 'hiddenKinds'].some((name) => changed.has(name))) {
      const shown = this.#items.filter((item) => !this.hiddenKinds.includes(item.kind));
      // Point events are at least POINT_SHARE of the axis wide; lanes are packed with that width.
      const bare = yearAxis(shown);
      this.#minPointSpan = bare ? (bare.endTime - bare.startTime) * POINT_SHARE : 0;
      this.#entries = Object.freeze(assignLanes(shown, { minPointSpan: this.#minPointSpan })) as TimelineEntry[];
      this.#axis = yearAxis(this.#entries, { minPointSpan: this.#minPointSpan });
      this.#bands = [];
      for (const entry of this.#entries) (this.#bands[entry.personIndex] ??= []).push(entry);
      this.#ordered = this.#bands.flatMap((band) => band ?? []);
      this.#chunks = this.#bands.map((band) => {
        const chunks: TimelineEntry[][] = [];
        for (let index = 0; index < (band?.length ?? 0); index += CHUNK) chunks.push(band.slice(index, index + CHUNK));
        return chunks;
      });
      this.#chunkOf = new Map(this.#chunks.flatMap((chunks) => chunks.flatMap((chunk) => chunk.map((entry) => [entry.id, chunk] as const))));
      this.#laneCounts = laneCounts(this.#entries, this.loadedData?.people.length ?? 0);
      this.#byId = new Map(this.#entries.map((entry) => [entry.id, entry]));
      this.renderedCount = FIRST_BLOCK;
      const ids = this.#byId;
      if (this.pinnedId && !ids.has(this.pinnedId)) this.pinnedId = undefined;
      if (this.previewId && !ids.has(this.previewId)) this.previewId = undefined;
      if (this.focusId && !ids.has(this.focusId)) this.focusId = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#growLater();
  }

  /** Adds the next block of entries in the next frame, while some are not in the DOM yet. */
  #growLater(): void {
    if (this.renderedCount >= this.#ordered.length || this.#growFrame !== undefined || !this.isConnected) return;
    this.#growFrame = requestAnimationFrame(() => {
      this.#growFrame = undefined;
      this.renderedCount += Math.min(MAX_BLOCK, this.renderedCount);
    });
  }

  // ---------------------------------------------------------------- interaction

  #onDocumentPointerDown = (event: PointerEvent) => {
    if (this.pinnedId && !event.composedPath().includes(this)) this.pinnedId = undefined;
  };

  #toggleKind(kind: TimelineKind): void {
    this.hiddenKinds = this.hiddenKinds.includes(kind) ? this.hiddenKinds.filter((hidden) => hidden !== kind) : [...this.hiddenKinds, kind];
  }

  #onEntryClick(entry: TimelineEntry): void {
    this.focusId = entry.id;
    if (this.pinnedId === entry.id) {
      // Close, even while the pointer or focus is still on the entry.
      this.pinnedId = undefined;
      if (this.previewId === entry.id) this.previewId = undefined;
    } else {
      this.pinnedId = entry.id;
    }
  }

  #onEntryFocusIn(entry: TimelineEntry): void {
    this.focusId = entry.id;
    this.previewId = entry.id;
  }

  #onEntryFocusOut(entry: TimelineEntry, item: HTMLElement, event: FocusEvent): void {
    if (event.relatedTarget instanceof Node && item.contains(event.relatedTarget)) return;
    if (this.previewId === entry.id) this.previewId = undefined;
  }

  #onEntryPointerEnter(entry: TimelineEntry, event: PointerEvent): void {
    // Hover previews only where details float over the axis; in the list they would push entries around.
    if (event.pointerType === 'mouse' && this.currentLayout === 'horizontal') this.previewId = entry.id;
  }

  #onEntryPointerLeave(entry: TimelineEntry, item: HTMLElement, event: PointerEvent): void {
    if (event.pointerType !== 'mouse') return;
    if (item.contains(this.shadowRoot?.activeElement ?? null)) return;
    if (this.previewId === entry.id) this.previewId = undefined;
  }

  async #onEntryKeyDown(entry: TimelineEntry, event: KeyboardEvent): Promise<void> {
    const entries = this.#ordered;
    const index = entries.indexOf(entry);
    let target: TimelineEntry | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        target = entries[Math.min(entries.length - 1, index + 1)];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        target = entries[Math.max(0, index - 1)];
        break;
      case 'Home':
        target = entries[0];
        break;
      case 'End':
        target = entries[entries.length - 1];
        break;
      case 'Escape':
        if (this.pinnedId === entry.id || this.previewId === entry.id) {
          event.preventDefault();
          this.pinnedId = undefined;
          this.previewId = undefined;
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (!target || target.id === entry.id) return;
    this.focusId = target.id;
    // An entry not yet in the DOM (a long timeline still being added) comes in now.
    this.renderedCount = Math.max(this.renderedCount, entries.indexOf(target) + 1);
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(target.id)}"] > button`)?.focus();
  }

  /**
   * Entry events are handled once per band (delegated from its list), not bound on every entry: a timeline of
   * thousands of entries renders and updates without thousands of listeners.
   */
  #entryOf(target: EventTarget | null): { entry: TimelineEntry; item: HTMLElement } | undefined {
    const item = target instanceof Element ? target.closest<HTMLElement>('li[part="entry"]') : null;
    const entry = item?.dataset.id === undefined ? undefined : this.#byId.get(item.dataset.id);
    return entry && item ? { entry, item } : undefined;
  }

  #onListClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest('button[part="entry-button"]')) return;
    const found = this.#entryOf(event.target);
    if (found) this.#onEntryClick(found.entry);
  };

  #onListKeyDown = (event: KeyboardEvent) => {
    if (!(event.target instanceof Element) || !event.target.matches('button[part="entry-button"]')) return;
    const found = this.#entryOf(event.target);
    if (found) void this.#onEntryKeyDown(found.entry, event);
  };

  #onListFocusIn = (event: FocusEvent) => {
    const found = this.#entryOf(event.target);
    if (found) this.#onEntryFocusIn(found.entry);
  };

  #onListFocusOut = (event: FocusEvent) => {
    const found = this.#entryOf(event.target);
    if (found) this.#onEntryFocusOut(found.entry, found.item, event);
  };

  /** Pointer enter and leave of an entry, from the bubbling over/out events: moves inside one entry are no change. */
  #onListPointerOver = (event: PointerEvent) => {
    const found = this.#entryOf(event.target);
    if (found && !(event.relatedTarget instanceof Node && found.item.contains(event.relatedTarget))) this.#onEntryPointerEnter(found.entry, event);
  };

  #onListPointerOut = (event: PointerEvent) => {
    const found = this.#entryOf(event.target);
    if (found && !(event.relatedTarget instanceof Node && found.item.contains(event.relatedTarget))) this.#onEntryPointerLeave(found.entry, found.item, event);
  };

  // ---------------------------------------------------------------- rendering

  protected override renderEmpty(): TemplateResult {
    if (!this.loadedData) return html`<div part="empty">No profile given.</div>`;
    const kinds = this.#kinds.map((kind) => TIMELINE_KIND_LABELS[kind].toLowerCase());
    const list = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}` : kinds[0];
    return html`<div part="empty">Nothing to put on the timeline: no dated ${list}.</div>`;
  }

  #formatDate(parts: DateParts): TemplateResult {
    return html`<time datetime=${isoDate(parts)}>${formatDateParts(parts, { locale: this.#lang })}</time>`;
  }

  /** The start as a `<time>` and, for a range, " – " and its end ("Present", or another `<time>`). */
  #renderDates(entry: TimelineEntry): TemplateResult {
    const ranged = !entry.point && (entry.ongoing || (entry.end !== undefined && isoDate(entry.start) !== isoDate(entry.end)));
    const end = !ranged ? nothing : entry.ongoing ? presentLabel(this.#lang) : this.#formatDate(entry.end!);
    return html`<time datetime=${isoDate(entry.start)}>${formatDateParts(entry.start, { locale: this.#lang })}</time>${ranged ? ' – ' : ''}${end}`;
  }

  /** An open entry's details (closed entries have none in the DOM: a large timeline renders one template per bar). */
  #renderDetails(entry: TimelineEntry): TemplateResult {
    const { details } = entry;
    const where = [entry.organization, entry.place].filter(Boolean).join(' · ');
    return html`<div part="details" class="details" id="${domId(entry.id)}-details">
      <div class="details-head">
        <span class="kind-label">${KIND_NAMES[entry.kind]}</span>
        <span class="title">${entry.title}</span>
        ${where ? html`<p>${where}</p>` : nothing}
        <p class="dates">${this.#renderDates(entry)}</p>
      </div>
      ${entry.place && this.currentLayout === 'vertical' ? html`<p>${entry.place}</p>` : nothing}
      ${details.facts.length
        ? html`<dl class="facts">
            ${details.facts.map((fact) => html`<div><dt>${fact.label}</dt><dd>${fact.values.join(', ')}</dd></div>`)}
          </dl>`
        : nothing}
      ${details.summary ? html`<p>${details.summary}</p>` : nothing}
      ${details.highlights.length ? html`<ul>${details.highlights.map((highlight) => html`<li>${highlight}</li>`)}</ul>` : nothing}
      ${entry.url
        ? html`<p><a part="link" href=${entry.url} rel="noopener">Website<span class="visually-hidden"> of ${entry.title}</span></a></p>`
        : nothing}
    </div>`;
  }

  /**
   * One bar: one template, its place set as plain CSS properties (not custom properties, which would give each of
   * thousands of entries its own copy of every inherited one), its details only while open.
   */
  #renderEntry(entry: TimelineEntry, tabbable: boolean, horizontal: boolean): TemplateResult {
    const open = this.pinnedId === entry.id || this.previewId === entry.id;
    const axis = this.#axis!;
    const start = axisFraction(axis, entry.startTime);
    const end = axisFraction(axis, occupiedEnd(entry, this.#minPointSpan));
    const place = horizontal
      ? cssVars({ top: `calc(${entry.lane} * var(--_lane-height))`, 'inset-inline-start': `${start * 100}%`, width: `${(end - start) * 100}%` })
      : cssVars({});
    // A bar too narrow for its text shows its colour only (its text stays its accessible name).
    const narrow = horizontal && (end - start) * Math.max(0, this.width - 32) < NARROW_BAR_EMS * this.#fontSize;
    const classes = `entry kind-${entry.kind} ${entry.point ? 'point' : 'range'}${open ? ' open' : ''}${narrow ? ' narrow' : ''}${(start + end) / 2 > 0.5 ? ' align-end' : ''}`;
    return html`<li part="entry" class=${classes} ${place} data-lane=${entry.lane} data-kind=${entry.kind} data-person=${entry.person} data-id=${entry.id}>
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
        ${entry.organization
          ? html`<span class="organization-line"><span class="visually-hidden">, </span><span part="entry-organization" class="organization">${entry.organization}</span></span>`
          : nothing}
        <span class="dates-line"><span class="visually-hidden">, </span><span part="entry-dates" class="dates">${this.#renderDates(entry)}</span></span>
      </button>
      ${open ? this.#renderDetails(entry) : nothing}
    </li>`;
  }

  #renderAxis(axis: YearAxis, horizontal: boolean): TemplateResult | typeof nothing {
    if (!horizontal) return nothing;
    const years = tickYears(axis, tickStep(axis, Math.max(0, this.width - 32)));
    const format = new Intl.DateTimeFormat(this.#lang, { year: 'numeric', timeZone: 'UTC' });
    return html`<div part="axis" class="axis" aria-hidden="true">
      ${years.map(
        (year) => html`<span part="tick" class="tick" ${cssVars({ '--at': `${axisFraction(axis, utcDayStart(year)) * 100}%` })}
          >${format.format(new Date(utcDayStart(year, 6, 1)))}</span
        >`,
      )}
    </div>`;
  }

  /** `first`: the position of the band's first entry in DOM order (entries from `renderedCount` on are added later). */
  /** A band's entries from `first` (their position in DOM order) up to `renderedCount`, chunk by chunk. */
  #renderChunks(index: number, first: number, tabbableId: string | undefined, horizontal: boolean): unknown[] {
    const rendered: unknown[] = [];
    let position = first;
    for (const chunk of this.#chunks[index] ?? []) {
      const shown = Math.min(chunk.length, this.renderedCount - position);
      if (shown <= 0) break;
      const entries = shown < chunk.length ? chunk.slice(0, shown) : chunk;
      const has = (id: string | undefined) => (id !== undefined && this.#chunkOf.get(id) === chunk ? id : undefined);
      const inputs = [entries, horizontal, this.width, this.#fontSize, this.#lang, this.#axis, has(this.pinnedId), has(this.previewId), has(tabbableId)];
      rendered.push(guard(inputs, () => entries.map((entry) => this.#renderEntry(entry, entry.id === tabbableId, horizontal))));
      position += chunk.length;
    }
    return rendered;
  }

  #renderBand(person: TimelinePerson, index: number, first: number, lanes: number, several: boolean, tabbableId: string | undefined): TemplateResult {
    const all = this.#bands[index] ?? [];
    const labelId = `person-${index}`;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const axis = this.#axis;
    const horizontal = this.currentLayout === 'horizontal';
    const gridYears = axis && horizontal ? tickYears(axis, tickStep(axis, Math.max(0, this.width - 32))) : [];
    return html`<section part="band" class="band" aria-labelledby=${labelId} data-person=${person.name}>
      <div part="person" id=${labelId} class="person ${several ? '' : 'visually-hidden'}" role="heading" aria-level=${level}>${person.name}</div>
      ${all.length && axis
        ? html`<div class="band-body">
            ${gridYears.map(
              (year) => html`<span class="gridline" aria-hidden="true" ${cssVars({ '--at': `${axisFraction(axis, utcDayStart(year)) * 100}%` })}></span>`,
            )}
            <ol
              part="entries"
              class="entries"
              aria-labelledby=${labelId}
              aria-describedby="keyboard-hint"
              ${cssVars({ '--lanes': String(lanes) })}
              @click=${this.#onListClick}
              @keydown=${this.#onListKeyDown}
              @focusin=${this.#onListFocusIn}
              @focusout=${this.#onListFocusOut}
              @pointerover=${this.#onListPointerOver}
              @pointerout=${this.#onListPointerOut}
            >
              ${this.#renderChunks(index, first, tabbableId, horizontal)}
            </ol>
          </div>`
        : html`<p part="band-empty" class="band-empty">No dated entries of the kinds shown.</p>`}
    </section>`;
  }

  #renderFilters(): TemplateResult | typeof nothing {
    const counts = this.#kindCounts;
    const present = TIMELINE_KINDS.filter((kind) => counts.has(kind));
    if (present.length < 2) return nothing;
    return html`<div part="filters" class="filters" role="group" aria-label="Kinds shown">
      ${present.map(
        (kind) => html`<button
          part="chip"
          class="chip kind-${kind}"
          type="button"
          data-kind=${kind}
          aria-pressed=${this.hiddenKinds.includes(kind) ? 'false' : 'true'}
          @click=${() => this.#toggleKind(kind)}
        >
          <span class="swatch" aria-hidden="true"></span>${TIMELINE_KIND_LABELS[kind]} (${counts.get(kind)})
        </button>`,
      )}
    </div>`;
  }

  #renderSummary(): TemplateResult {
    const count = this.#entries.length;
    const axis = this.#axis;
    const format = new Intl.NumberFormat(this.#lang);
    const years = axis ? (axis.endYear - 1 === axis.firstYear ? `${axis.firstYear}` : `${axis.firstYear}–${axis.endYear - 1}`) : '';
    const text = count === 0 ? 'No entries shown' : `${format.format(count)} ${count === 1 ? 'entry' : 'entries'}${years ? `, ${years}` : ''}`;
    return html`<p part="summary" class="summary" role="status">${text}</p>`;
  }

  #renderUndated(): TemplateResult | typeof nothing {
    const undated = this.#undated;
    if (!undated.length) return nothing;
    const several = (this.loadedData?.people.length ?? 0) > 1;
    return html`<details part="undated" class="undated">
      <summary>${undated.length === 1 ? '1 entry has' : `${undated.length} entries have`} no date and ${undated.length === 1 ? 'is' : 'are'} not on the timeline</summary>
      <ul>
        ${undated.map((entry) => html`<li>${entry.title}${several ? ` (${entry.person})` : ''}</li>`)}
      </ul>
    </details>`;
  }

  protected override renderContent(data: TimelineData): TemplateResult {
    this.#lang = usableLocale(this.locale);
    const layout = this.currentLayout;
    const horizontal = layout === 'horizontal';
    const several = data.people.length > 1;
    const lanes = this.#laneCounts;
    const tabbableId = this.focusId !== undefined && this.#byId.has(this.focusId) ? this.focusId : this.#ordered[0]?.id;
    let first = 0;
    return html`<div part="base" class="timeline ${layout}" data-layout=${layout}>
      <div part="toolbar" class="toolbar">${this.#renderFilters()} ${this.#renderSummary()}</div>
      <p id="keyboard-hint" class="visually-hidden">Arrow keys move between entries; Enter shows or hides an entry's details.</p>
      ${this.#entries.length === 0
        ? html`<p part="no-match" class="no-match">
            Every kind is hidden.<button type="button" @click=${() => (this.hiddenKinds = [])}>Show all</button>
          </p>`
        : html`${this.#renderAxis(this.#axis!, horizontal)}
          ${data.people.map((person, index) => {
            const band = this.#renderBand(person, index, first, lanes[index] ?? 0, several, tabbableId);
            first += this.#bands[index]?.length ?? 0;
            return band;
          })}`}
      ${this.#renderUndated()}
    </div>`;
  }
}
