import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from '../../internal/headings.js';
import { LIST_SEPARATOR, readListAttribute } from '../../internal/list-attributes.js';
import { ScholarElement, type Interpreted, type LoadedInput } from '../../internal/scholar-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import type { Lab } from '../../model/lab.js';
import { collectItems, kindsFrom, tickStep, tickYears, TIMELINE_KINDS, type TimelineEntry, type TimelineKind } from '../../model/timeline.js';
import type { Profile } from '../../model/types.js';
import { ElementSizeController } from './element-size-controller.js';
import { EntryFocusController } from './entry-focus-controller.js';
import { entryList } from './entry-list.js';
import { entryTemplate, type EntryView } from './entry-template.js';
import { IncrementalRenderController } from '../../internal/controllers/incremental-render-controller.js';
import { arrange, EntryCollector, kindCounts, NO_ARRANGEMENT, type Arrangement, type Collected } from './timeline-arrangement.js';
import { readPeople, type TimelineData } from './timeline-people.js';
import { axisTemplate, bandEmptyText, bandTemplate, emptyTemplate, filtersTemplate, kindsHint, noMatchTemplate, summaryTemplate, undatedTemplate } from './timeline-templates.js';
import { timelineLayoutStyles } from './timeline-layout.styles.js';
import { timelineStyles } from './timeline-view.styles.js';
import { entryWords, type EntryWords } from './timeline-words.js';

export type { TimelineData, TimelinePerson } from './timeline-people.js';

/** `horizontal`: a time axis with lanes as rows; `vertical`: a list in date order; `auto`: by the element's width. */
export type TimelineLayout = 'auto' | 'horizontal' | 'vertical';

/** Entries in the DOM with the first render: about a screenful in either layout. */
const FIRST_BLOCK = 300;

/**
 * How long (ms) the script of one step of adding the rest may take. The frame after it styles, lays out and paints
 * what was added: in the horizontal layout only the entries of lanes near the screen are drawn (the others cost
 * little: see entry-list.ts), in the vertical one only the blocks near the screen; so each task stays under a long
 * task (50 ms), and a long timeline takes few frames to settle.
 */
const STEP_BUDGET = 20;

/** `locale` if Intl accepts it, else English: a page's `lang="x_bad"` must not stop the timeline from rendering. */
function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * @summary A career timeline: positions, degrees and teaching (and, on request, talks, honors and publications) on a
 * time axis, with overlapping roles packed into lanes. Horizontal when wide, a vertical list when narrow.
 *
 * Entries are a list in date order in both layouts; overlapping ranges sit in different lanes, and the
 * lane count is the smallest possible. With several profiles (`src="a.json b.json"`, `profiles`, or a lab:
 * `src="lab.json"` or `lab`), each person gets a labelled band of lanes. Filter chips show or hide kinds, and the axis
 * zooms to what is shown. Details open on hover (horizontal layout), focus, click or tap; arrow keys move between
 * entries, Home/End go to the first/last, Escape closes details.
 *
 * Every entry's label (its title and dates) is drawn whole, never cut short: in the horizontal layout a long title
 * wraps within its bar and the lane grows to fit; a bar too short for a word has its label beside it (after its end,
 * or before its start near the axis end) or, when the next entry is in the way, below it in a line of its own.
 *
 * Partial dates: a start is placed at the beginning of its period and an end at the end of its period ("2017–2019"
 * covers 1 Jan 2017 to 31 Dec 2019); ongoing ranges run to today and read "Present" in the element's language.
 *
 * Its words (kinds, the legend, notes, the entries' names) are in the element's language (`lang` on it, an ancestor or
 * the page); the researcher's own text (titles, organisations, kinds the kit does not know) is shown as written.
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
 * @csspart entries - A band's list of entries (`role="list"`, in date order; its items come in blocks of 100, each drawn only near the screen).
 * @csspart entry - One entry (a list item); carries `data-lane`, `data-kind`, `data-person` and `data-id`.
 * @csspart entry-button - The button that shows an entry's details (`aria-expanded`); named by kind, title, dates and organisation (`aria-label`).
 * @csspart entry-title - The role, degree, course, talk, honor or title.
 * @csspart entry-organization - The organisation, institution, event or venue.
 * @csspart entry-dates - The date range, or the date of a point event.
 * @csspart details - An entry's details: organisation, place, dates, facts, summary, highlights, link.
 * @csspart link - The link in an entry's details.
 * @csspart band-empty - The note in a band whose person has no entries of the kinds shown; on the author's own view of the page (see `problems`), it names the kinds shown and the `kinds` that would show what the person has.
 * @csspart no-match - The note shown when the filter chips hide every entry.
 * @csspart undated - The note listing entries that have no date and so are not on the timeline.
 * @csspart error - The message shown when nothing could be loaded.
 * @csspart problems - The note listing entries and values left out because of errors in the data; shown on the author's own view of the page or with `show-problems`.
 * @csspart loading - The loading indicator.
 * @csspart empty - The message shown when there is nothing to put on the timeline; on the author's own view of the page, with the `kinds` that would show what the profiles have.
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
 * @cssprop --scholar-timeline-lane-height - The least height of one lane in the horizontal layout (default 2.75em); a lane is taller where its labels need more lines.
 * @cssprop --scholar-timeline-experience - Colour of positions.
 * @cssprop --scholar-timeline-education - Colour of degrees.
 * @cssprop --scholar-timeline-teaching - Colour of teaching.
 * @cssprop --scholar-timeline-talks - Colour of talks.
 * @cssprop --scholar-timeline-honors - Colour of honors.
 * @cssprop --scholar-timeline-publications - Colour of publications.
 */
export class TimelineView extends ScholarElement<TimelineData> {
  static override styles = [themeStyles, timelineStyles, timelineLayoutStyles];

  /**
   * One profile as an object (see `schema/profile.schema.json`). When set, it is shown instead of `src`, `profiles`
   * or inline JSON. Bad entries are left out and listed in `problems`.
   */
  @property({ attribute: false, accepts: 'object' }) profile: Profile | undefined;

  /** Several profiles as objects: one band per person, in this order. Used when `profile` is not set. */
  @property({ attribute: false, accepts: 'array' }) profiles: Profile[] | undefined;

  /**
   * A lab (see `schema/lab.schema.json`): one band per member, in the lab's order; its profile URLs resolve against
   * the page. Used when `profile` and `profiles` are not set; `src="lab.json"` works too.
   */
  @property({ attribute: false, accepts: 'object' }) lab: Lab | undefined;

  /**
   * What to show, as a comma-separated list: `experience, education, teaching` (the default) and any of the point
   * events `talks, honors, publications` (publications by their issued date). The profile's section names work too
   * (`work` for `experience`); unknown words are ignored. Words separated by spaces still work, but are deprecated.
   */
  @property({ type: String, listSeparator: LIST_SEPARATOR }) kinds: string | undefined;

  /**
   * `auto` (default): horizontal when the element is at least `breakpoint` pixels wide, else vertical — the
   * element's own width, not the window's. `horizontal` or `vertical` forces one.
   */
  @property({ type: String, reflect: true }) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** The width in CSS pixels from which `layout="auto"` is horizontal (default 640). */
  @property({ type: Number }) breakpoint = 640;

  /** The heading level of the person names above their bands (1–6, default 2), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  /**
   * The day ongoing ranges run to. Defaults to the current date; set it for a reproducible page (a printout, a
   * test).
   */
  @property({ attribute: false, accepts: 'date' }) today: Date | undefined;

  /** The kinds the filter chips hide. */
  @state() private hiddenKinds: TimelineKind[] = [];

  readonly #size = new ElementSizeController(this);
  // 300 entries show at once; then each painted frame adds as many as fit in STEP_BUDGET milliseconds.
  readonly #rendered = new IncrementalRenderController(this, () => this.#arrangement.ordered.length, { first: FIRST_BLOCK, budget: STEP_BUDGET });
  readonly #focus = new EntryFocusController(this, {
    entries: () => this.#arrangement.ordered,
    entry: (id) => this.#arrangement.byId.get(id),
    reveal: (count) => this.#rendered.reveal(count),
  });
  readonly #collector = new EntryCollector();
  #collected: Collected = { items: [], undated: [] };
  #kindCounts = new Map<TimelineKind, number>();
  #arrangement: Arrangement = NO_ARRANGEMENT;
  /** The element's language for this render (looked up once: thousands of dates are written with it). */
  #lang = 'en';
  /** The language the entries were read in (places name countries in it). */
  #readLocale = '';
  /** The words of the entries in the element's language: the same object while they stay the same. */
  #words: EntryWords | undefined;
  /** The kinds beyond `kinds` each profile has dated entries of (for the author's note in an empty band), by the kinds and day asked. */
  #moreKinds = new WeakMap<Profile, { key: string; kinds: TimelineKind[] }>();

  /**
   * The entries shown now (after the filter chips), normalised and in date order, each with its `lane` within its
   * person's band (0 is the top lane). Read-only. (A timeline of more than a few hundred entries puts the first in
   * the DOM at once and adds the rest over the next frames.)
   */
  get entries(): readonly TimelineEntry[] {
    return this.#arrangement.entries;
  }

  /** The layout in use now: `layout`, or for `auto` the one the element's width calls for. Read-only. */
  get currentLayout(): 'horizontal' | 'vertical' {
    if (this.layout === 'horizontal' || this.layout === 'vertical') return this.layout;
    return this.#size.width >= this.breakpoint ? 'horizontal' : 'vertical';
  }

  /** The kinds this element reads, from `kinds` (a comma-separated list; spaces between words are deprecated). */
  get #kinds(): TimelineKind[] {
    return kindsFrom(readListAttribute(this, 'kinds', this.kinds, 'whitespace', 'kinds="experience, talks"'));
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

  protected override interpret(inputs: LoadedInput[]): Interpreted<TimelineData> {
    return readPeople(inputs);
  }

  protected override isEmpty(data: TimelineData): boolean {
    return this.#collect(data).items.length === 0;
  }

  /** The dated entries of `data` for the current `kinds`, `today` and language, read once for `isEmpty` and the render after it. */
  #collect(data: TimelineData | undefined): Collected {
    this.#readLocale = usableLocale(this.locale);
    return this.#collector.read({ data, kinds: this.#kinds, today: this.today, locale: this.#readLocale });
  }

  // ---------------------------------------------------------------- derived state

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('loadedData') && this.loadedData && this.layout === 'auto') this.#size.measureOnce();
    // The language changed (a `lang` in the page): places are read again in it.
    const relocalized = !!this.loadedData && usableLocale(this.locale) !== this.#readLocale;
    if (changed.has('loadedData') || changed.has('kinds') || changed.has('today') || relocalized) this.#readEntries(changed.has('loadedData'));
    if (relocalized || ['loadedData', 'kinds', 'today', 'hiddenKinds'].some((name) => changed.has(name))) {
      this.#arrangement = arrange(this.#collected.items, this.hiddenKinds, this.loadedData?.people.length ?? 0);
      this.#rendered.reset();
      this.#focus.forgetMissing();
    }
  }

  /** Reads the entries of the data; `kinds` or `today` changed after loading: what there is to show may have appeared or gone. */
  #readEntries(loaded: boolean): void {
    this.#collected = this.#collect(this.loadedData);
    this.#kindCounts = kindCounts(this.#collected.items);
    if (this.loadedData && (this.state === 'ready' || this.state === 'empty') && !loaded) {
      this.setState(this.#collected.items.length ? 'ready' : 'empty');
    }
  }

  #toggleKind(kind: TimelineKind): void {
    this.hiddenKinds = this.hiddenKinds.includes(kind) ? this.hiddenKinds.filter((hidden) => hidden !== kind) : [...this.hiddenKinds, kind];
  }

  // ---------------------------------------------------------------- rendering

  protected override renderEmpty(): TemplateResult {
    const data = this.loadedData;
    const kinds = this.#kinds;
    // The author's view: which kinds `kinds` could add (visitors read the note alone).
    const hint = data && this.problemsShown ? kindsHint(kinds, this.#kindsBeyond(data.people.map((person) => person.profile)), this.i18n) : '';
    return emptyTemplate(!!data, kinds, this.i18n, hint);
  }

  /** The kinds not in `kinds` that some of `profiles` have dated entries of, in the kit's order (remembered per profile). */
  #kindsBeyond(profiles: readonly Profile[]): TimelineKind[] {
    const asked = this.#kinds;
    const others = TIMELINE_KINDS.filter((kind) => !asked.includes(kind));
    const key = `${others.join()}|${this.today?.getTime() ?? ''}`;
    const found = new Set<TimelineKind>();
    for (const profile of profiles) {
      let known = this.#moreKinds.get(profile);
      if (known?.key !== key) {
        const { items } = collectItems([profile], { kinds: others, today: this.today, locale: this.#readLocale || 'en' });
        known = { key, kinds: others.filter((kind) => items.some((item) => item.kind === kind)) };
        this.#moreKinds.set(profile, known);
      }
      for (const kind of known.kinds) found.add(kind);
    }
    return others.filter((kind) => found.has(kind));
  }

  /** The width of the axis on screen: the element's, less its padding and border. */
  get #trackWidth(): number {
    return Math.max(0, this.#size.width - 32);
  }

  /** The bands of every person, after the axis (horizontal layout). */
  #renderBands(data: TimelineData, horizontal: boolean): TemplateResult {
    const { axis, bands, laneCounts, minPointSpan } = this.#arrangement;
    const years = axis && horizontal ? tickYears(axis, tickStep(axis, this.#trackWidth)) : [];
    const words = this.#entryWords();
    const view: EntryView = {
      lang: this.#lang,
      words,
      t: (key, values) => this.i18n.t(key, values),
      horizontal,
      axis: axis!,
      minPointSpan,
      trackWidth: this.#trackWidth,
      fontSize: this.#size.fontSize,
      isOpen: (id) => this.#focus.isOpen(id),
    };
    const tabbableId = this.#focus.tabbableId();
    const open = new Set([this.#focus.pinnedId, this.#focus.previewId].filter((id): id is string => id !== undefined));
    const level = headingLevel(this.headingLevel);
    const author = this.problemsShown;
    const asked = this.#kinds;
    const shown = asked.filter((kind) => !this.hiddenKinds.includes(kind));
    let first = 0;
    return html`${axis && horizontal ? axisTemplate(axis, years, this.#lang) : nothing}
    ${data.people.map((person, index) => {
      const band = bands[index] ?? [];
      const entries = entryList({ entries: band, count: Math.max(0, this.#rendered.count - first), view, open, tabbableId });
      first += band.length;
      const several = data.people.length > 1;
      return bandTemplate({
        person,
        index,
        level,
        several,
        lanes: laneCounts[index] ?? 0,
        axis: band.length ? axis : undefined,
        gridYears: years,
        emptyText: band.length ? '' : bandEmptyText(author, shown, asked, author ? this.#kindsBeyond([person.profile]) : [], this.i18n),
        entries,
        serverEntries: isServer ? band.map((entry) => entryTemplate(entry, view)) : undefined,
        listeners: this.#focus.listeners,
      });
    })}`;
  }

  /** The words of the entries in the element's language now (the previous object when they are the same). */
  #entryWords(): EntryWords {
    return (this.#words = entryWords((key, values) => this.i18n.t(key, values), this.#lang, this.#words));
  }

  protected override renderContent(data: TimelineData): TemplateResult {
    this.#lang = usableLocale(this.locale);
    const layout = this.currentLayout;
    const i18n = this.i18n;
    return html`<div part="base" class="timeline ${layout}" data-layout=${layout}>
      <div part="toolbar" class="toolbar">
        ${filtersTemplate(this.#kindCounts, this.hiddenKinds, (kind) => this.#toggleKind(kind), i18n)}
        ${summaryTemplate(this.entries.length, this.#arrangement.axis, i18n, this.#lang)}
      </div>
      <p id="keyboard-hint" class="visually-hidden">${i18n.t('timeline.keyboard-hint')}</p>
      ${this.entries.length === 0 ? noMatchTemplate(() => (this.hiddenKinds = []), i18n) : this.#renderBands(data, layout === 'horizontal')}
      ${undatedTemplate(this.#collected.undated, data.people.length > 1, i18n, this.#entryWords())}
    </div>`;
  }
}
