import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ScholarLoadError } from '../../events/scholar-error.js';
import { ScholarElement, type Interpreted, type LoadedInput, type SourceInfo } from '../../internal/scholar-element.js';
import { parseJson } from '../../model/json.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { jsonLdDocument } from '../../model/json-ld.js';
import { personMatcher } from '../../model/names.js';
import {
  countsPerYear,
  facetCounts,
  filterEntries,
  groupEntries,
  sortEntries,
  type GroupBy,
  type PubFilter,
  type SortOrder,
} from '../../model/pub-query.js';
import type { Lab } from '../../model/lab.js';
import { CATEGORY_LABELS, entriesFromItems, uniqueKey, type PubEntry, type PubImport } from '../../model/publications.js';
import type { CslName, Problem, Profile, Publication, PublicationCategory } from '../../model/types.js';
import { validateProfile } from '../../model/validate.js';
import { CITATION_LABELS, type CitationFormat } from './citation-formats.js';
import { renderChart } from './pub-chart.js';
import { renderEntry, type EntryContext } from './pub-entry.js';
import { pubListStyles } from './pub-list.styles.js';
import type { ScholarPropertyDeclarations } from '../../internal/property-types.js';

/** The publications a list has loaded, with the people whose names it emphasises. */
export interface PubLibrary {
  entries: PubEntry[];
  /** Names (with their variants) of the profiles the entries came from. */
  owners: Array<{ name: string; variants: string[] }>;
}

/**
 * Entries rendered before the first paint; the rest follow in blocks, so 10,000 entries never block the page.
 * Server-side rendering has one pass only, so it renders them all.
 */
const FIRST_BLOCK = isServer ? Number.POSITIVE_INFINITY : 60;
const BLOCK = 250;

/** Export formats for the Download buttons. */
export type ExportFormat = 'bibtex' | 'ris' | 'csl-json';

const EXPORTS: Record<ExportFormat, { label: string; extension: string; type: string }> = {
  bibtex: { label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex' },
  ris: { label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems' },
  'csl-json': { label: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
};

function isPubImport(value: unknown): value is PubImport {
  return !!value && typeof value === 'object' && Array.isArray((value as PubImport).entries) && Array.isArray((value as PubImport).problems);
}

function splitList(value: string | undefined, separator: RegExp): string[] {
  return (value ?? '').split(separator).map((part) => part.trim()).filter(Boolean);
}

/**
 * @summary A publication list from profile JSON, BibTeX or CSL-JSON: search, facets, grouping, a per-year chart,
 * citations in five styles, and export.
 *
 * Several sources (`src="a.json b.bib"`, or a lab: `src="lab.json"` or `lab`) merge into one list: the same work is
 * shown once with its other versions, and every profile's owner is emphasised.
 *
 * Relative links in a file point next to that file (`pdf = {paper.pdf}` in `src="/data/papers.bib"` links to
 * `/data/paper.pdf`), or under `link-base` when it is set (`link-base="/assets/pdf/"`, as al-folio keeps PDFs).
 *
 * @event scholar-load - The publications were loaded and rendered. `detail`: `{ data, problems, source }`.
 * @event scholar-error - A source could not be loaded or read. `detail`: `{ kind, message, source, status?, line?, column?, path? }`.
 *
 * @csspart base - The whole list.
 * @csspart controls - The search box, facets, grouping, sorting and downloads.
 * @csspart search - The search input.
 * @csspart facets - The facet controls.
 * @csspart summary - "Showing N of M publications".
 * @csspart chart - The per-year chart.
 * @csspart chart-year - One year's button under the chart.
 * @csspart group - One group (a year or a category).
 * @csspart group-heading - A group's heading.
 * @csspart publication - One publication.
 * @csspart title - A publication's title.
 * @csspart authors - The author list.
 * @csspart author - One author.
 * @csspart author-self - An author who is the profile's owner or named in `highlight`.
 * @csspart more-authors - The button that shows every author.
 * @csspart venue - The full venue and year.
 * @csspart venue-badge - The short venue badge, e.g. "NeurIPS 2021".
 * @csspart category - The category badge.
 * @csspart award - An award badge.
 * @csspart selected - The "Selected" badge.
 * @csspart note - Acceptance rate and impact factor.
 * @csspart actions - A publication's links and buttons.
 * @csspart link - A link to a PDF, slides, code….
 * @csspart link-unavailable - A link the data names without an address.
 * @csspart abstract-toggle - The button that shows the abstract.
 * @csspart abstract - The abstract.
 * @csspart cite-button - The Cite button.
 * @csspart cite-panel - The citation choices.
 * @csspart cite-option - One citation format button.
 * @csspart citation - The citation text last produced.
 * @csspart citations - The quiet "Cited by N" note on works whose data has a citation count (its title names the source).
 * @csspart versions - Other versions of the same work.
 * @csspart version - One other version.
 * @csspart show-all - The button that lifts `limit`.
 * @csspart no-match - The message shown when the filters match nothing.
 * @csspart error - The message shown when nothing could be loaded.
 * @csspart problems - The problems found in the data (entries and values left out, sources that failed), with source, line and reason; shown on the author's own view of the page or with `show-problems`.
 * @csspart loading - The loading indicator.
 * @csspart empty - The message shown when there are no publications.
 *
 * @cssprop --scholar-accent - Links, highlights, chart bars and focus rings.
 * @cssprop --scholar-accent-contrast - Text on accent-coloured backgrounds.
 * @cssprop --scholar-text - Main text colour.
 * @cssprop --scholar-muted - Secondary text colour.
 * @cssprop --scholar-surface - Background.
 * @cssprop --scholar-surface-alt - Badge and control background.
 * @cssprop --scholar-border - Borders.
 * @cssprop --scholar-danger - Error messages.
 * @cssprop --scholar-radius - Corner radius.
 * @cssprop --scholar-spacing - Base spacing unit.
 * @cssprop --scholar-font - Font family (inherits the page's font by default).
 * @cssprop --scholar-font-size - Base font size.
 */
export class PubList extends ScholarElement<PubLibrary> {
  static override styles = [themeStyles, pubListStyles];

  static override properties: ScholarPropertyDeclarations = {
    profile: { attribute: false, accepts: 'object' },
    items: { attribute: false, accepts: 'array' },
    lab: { attribute: false, accepts: 'object' },
    groupBy: { type: String, attribute: 'group-by', reflect: true },
    sort: { type: String, reflect: true },
    query: { type: String },
    category: { type: String, listSeparator: ' ' },
    yearFrom: { type: Number, attribute: 'year-from' },
    yearTo: { type: Number, attribute: 'year-to' },
    keyword: { type: String, listSeparator: '; ' },
    selectedOnly: { type: Boolean, attribute: 'selected-only' },
    limit: { type: Number },
    highlight: { type: String, listSeparator: '; ' },
    maxAuthors: { type: Number, attribute: 'max-authors' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideControls: { type: Boolean, attribute: 'hide-controls' },
    hideChart: { type: Boolean, attribute: 'hide-chart' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    showAll: { state: true },
    renderedCount: { state: true },
    openAbstracts: { state: true },
    openCite: { state: true },
    expandedAuthors: { state: true },
    citation: { state: true },
    math: { state: true },
    mathRenderer: { state: true },
  };

  /** A profile whose publications to list (its owner's name is emphasised). Takes precedence over `src`. */
  declare profile: Profile | undefined;

  /** CSL-JSON items to list. Used when `profile` is not set; takes precedence over `src`. */
  declare items: Publication[] | undefined;

  /**
   * A lab (see `schema/lab.schema.json`) whose members' publications to list as one, every member emphasised; its
   * profile URLs resolve against the page. Used when `profile` and `items` are not set; `src="lab.json"` works too.
   */
  declare lab: Lab | undefined;

  /** `year` (default), `category` or `none`. */
  declare groupBy: GroupBy;

  /** `newest` (default), `oldest` or `title`. */
  declare sort: SortOrder;

  /** Free-text search over titles, authors, venues and keywords. */
  declare query: string;

  /** Only these categories, space-separated (e.g. "conference journal"). Empty: all. */
  declare category: string;

  /** Only publications from this year on. */
  declare yearFrom: number | undefined;

  /** Only publications up to this year. */
  declare yearTo: number | undefined;

  /** Only publications with this keyword. */
  declare keyword: string;

  /** Only selected (featured) publications. */
  declare selectedOnly: boolean;

  /** Show at most this many, with a "Show all" button (0: no limit). */
  declare limit: number;

  /** More names to emphasise in author lists, separated by ";" (e.g. "M. Zhang; Zhang, Minjia"). */
  declare highlight: string;

  /** Author lists longer than this collapse to "and N more". */
  declare maxAuthors: number;

  /** The heading level of group headings (1–6). */
  declare headingLevel: number;

  /** Hide the search box, facets and downloads. */
  declare hideControls: boolean;

  /** Hide the per-year chart. */
  declare hideChart: boolean;

  /** Keep the filters in the page's URL hash, so a filtered view can be linked to. */
  declare syncUrl: boolean;

  private declare showAll: boolean;
  private declare renderedCount: number;
  private declare openAbstracts: ReadonlySet<string>;
  private declare openCite: string | undefined;
  private declare expandedAuthors: ReadonlySet<string>;
  private declare citation: { key: string; format: CitationFormat; text: string; status: string } | undefined;
  private declare math: typeof import('../../model/math.js') | undefined;
  private declare mathRenderer: ((tex: string) => DocumentFragment) | undefined;

  #visible: PubEntry[] = [];
  #isSelf: (author: CslName) => boolean = () => false;
  #growTimer: number | undefined;

  constructor() {
    super();
    this.groupBy = 'year';
    this.sort = 'newest';
    this.query = '';
    this.category = '';
    this.keyword = '';
    this.selectedOnly = false;
    this.limit = 0;
    this.highlight = '';
    this.maxAuthors = 10;
    this.headingLevel = 3;
    this.hideControls = false;
    this.hideChart = false;
    this.syncUrl = false;
    this.showAll = false;
    this.renderedCount = FIRST_BLOCK;
    this.openAbstracts = new Set();
    this.expandedAuthors = new Set();
  }

  /** The publications shown now, after filtering and sorting (read-only). */
  get publications(): readonly PubEntry[] {
    return this.#visible;
  }

  /** The filter the attributes and controls describe now. */
  get filter(): PubFilter {
    const filter: PubFilter = {
      text: this.query,
      categories: splitList(this.category, /[\s,]+/) as PublicationCategory[],
      keywords: splitList(this.keyword, /;/),
      selectedOnly: this.selectedOnly,
    };
    if (Number.isFinite(this.yearFrom)) filter.yearFrom = this.yearFrom!;
    if (Number.isFinite(this.yearTo)) filter.yearTo = this.yearTo!;
    return filter;
  }

  // ---------------------------------------------------------------- loading

  protected override directInput(): unknown {
    return this.profile ?? this.items ?? this.lab;
  }

  protected override inputChanged(changed: PropertyValues): boolean {
    return changed.has('profile') || changed.has('items') || changed.has('lab');
  }

  protected override readsLabs(): boolean {
    return true;
  }

  protected override inlineTypes(): string[] {
    return ['application/json', 'application/x-bibtex', 'text/x-bibtex'];
  }

  protected override async decode(text: string, info: SourceInfo): Promise<unknown> {
    const { detectFormat, importPublications } = await import('../../model/import-publications.js');
    const format = detectFormat(text, { contentType: info.contentType ?? '', url: info.source });
    if (format === 'bibtex') {
      const { parseBibtexOffThread } = await import('../../internal/bibtex-worker.js');
      return parseBibtexOffThread(text, info.source);
    }
    // RIS, OpenAlex and ORCID become entries here; profiles and CSL-JSON are read in interpret().
    if (format !== 'profile' && format !== 'csl-json') return importPublications(text, { source: info.source, contentType: info.contentType ?? '', url: info.source });
    return parseJson(text, info.source);
  }

  /** A profile's publications and owner; throws when the document is not a usable profile. */
  #fromProfile(input: unknown, source: string): { entries: PubEntry[]; owner: PubLibrary['owners'][number]; problems: Problem[] } {
    const result = validateProfile(input, source);
    if (!result.profile) {
      const fatal = result.fatal!;
      throw new ScholarLoadError({ kind: 'schema', source, path: fatal.path, message: `${source} is not a usable profile or publication list: ${fatal.message}` });
    }
    const { basics } = result.profile;
    return {
      entries: entriesFromItems(result.profile.publications ?? [], source),
      owner: { name: basics.name, variants: basics.nameVariants ?? [] },
      problems: result.problems,
    };
  }

  protected override interpret(inputs: LoadedInput[]): Interpreted<PubLibrary> | Promise<Interpreted<PubLibrary>> {
    // One profile reads synchronously (so it also renders on the server); anything else may need lazy modules.
    const only = inputs.length === 1 ? inputs[0]! : undefined;
    if (only && !isPubImport(only.input) && !Array.isArray(only.input) && !(only.input && typeof only.input === 'object' && 'items' in only.input)) {
      const { entries, owner, problems } = this.#fromProfile(only.input, only.info.source);
      return { data: { entries, owners: [owner] }, problems };
    }
    return this.#interpretMany(inputs);
  }

  async #interpretMany(inputs: LoadedInput[]): Promise<Interpreted<PubLibrary>> {
    const problems: Problem[] = [];
    const owners: PubLibrary['owners'] = [];
    const lists: PubEntry[][] = [];
    for (const { input, info } of inputs) {
      if (isPubImport(input)) {
        lists.push(input.entries);
        problems.push(...input.problems);
      } else if (Array.isArray(input) || (input && typeof input === 'object' && Array.isArray((input as { items?: unknown }).items))) {
        const { parseCslJson } = await import('../../model/csl-json.js');
        const imported = parseCslJson(input, info.source);
        lists.push(imported.entries);
        problems.push(...imported.problems);
      } else {
        const profile = this.#fromProfile(input, info.source);
        problems.push(...profile.problems);
        owners.push(profile.owner);
        lists.push(profile.entries);
      }
    }
    let entries: PubEntry[];
    if (lists.length === 1) entries = lists[0]!;
    else {
      // Keys must stay unique across sources; then the same work from several sources is shown once.
      const taken = new Set<string>();
      const all = lists.flat().map((entry) => ({ ...entry, key: uniqueKey(entry.key, taken) }));
      const { mergeEntries } = await import('../../model/dedupe.js');
      entries = mergeEntries(all);
    }
    return { data: { entries, owners }, problems };
  }

  protected override jsonLd(library: PubLibrary): object {
    return jsonLdDocument(undefined, library.entries);
  }

  protected override isEmpty(library: PubLibrary): boolean {
    return library.entries.length === 0;
  }

  // ---------------------------------------------------------------- derived state

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated && this.syncUrl) this.#readHash();
    if (changed.has('loadedData') || changed.has('highlight')) {
      const matchers = [
        ...(this.loadedData?.owners ?? []).map((owner) => personMatcher(owner.name, owner.variants)),
        ...splitList(this.highlight, /;/).map((name) => personMatcher(name)),
      ];
      this.#isSelf = (author) => matchers.some((matches) => matches(author));
    }
    const filtering = ['loadedData', 'query', 'category', 'yearFrom', 'yearTo', 'keyword', 'selectedOnly', 'sort'];
    if (filtering.some((name) => changed.has(name))) {
      this.#visible = sortEntries(filterEntries(this.loadedData?.entries ?? [], this.filter), this.sort);
      this.renderedCount = FIRST_BLOCK;
      if (this.hasUpdated && this.syncUrl) this.#writeHash();
    }
    if (changed.has('loadedData')) void this.#loadMath(this.loadedData?.entries ?? []);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Render the rest of a long list in blocks after the first paint, one block per frame.
    if (this.renderedCount < this.#shownEntries().length && this.#growTimer === undefined) {
      this.#growTimer = requestAnimationFrame(() => {
        this.#growTimer = undefined;
        this.renderedCount += BLOCK;
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#growTimer !== undefined) cancelAnimationFrame(this.#growTimer);
    this.#growTimer = undefined;
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  /** Math support loads only for titles that have math: the parser at the first "$", the renderer for complex TeX. */
  async #loadMath(entries: readonly PubEntry[]): Promise<void> {
    const withMath = entries.filter((entry) => entry.title.includes('$'));
    if (!withMath.length) return;
    const math = (this.math ??= await import('../../model/math.js'));
    if (!this.mathRenderer && withMath.some((entry) => math.needsMathRenderer(entry.title))) {
      this.mathRenderer = (await import('../../internal/math-render.js')).renderTex;
    }
  }

  #shownEntries(): PubEntry[] {
    return this.limit > 0 && !this.showAll ? this.#visible.slice(0, this.limit) : this.#visible;
  }

  // ---------------------------------------------------------------- URL hash

  get #hashPrefix(): string {
    return this.id || 'pubs';
  }

  #onHashChange = (): void => {
    if (this.syncUrl) this.#readHash();
  };

  #readHash(): void {
    const params = new URLSearchParams(location.hash.slice(1));
    const get = (name: string) => params.get(`${this.#hashPrefix}.${name}`);
    if (![...params.keys()].some((key) => key.startsWith(`${this.#hashPrefix}.`))) return;
    this.query = get('q') ?? '';
    this.category = (get('cat') ?? '').replace(/,/g, ' ');
    this.keyword = get('kw') ?? '';
    this.selectedOnly = get('sel') === '1';
    this.yearFrom = get('from') ? Number(get('from')) : undefined;
    this.yearTo = get('to') ? Number(get('to')) : undefined;
    const group = get('group');
    if (group === 'year' || group === 'category' || group === 'none') this.groupBy = group;
    const sort = get('sort');
    if (sort === 'newest' || sort === 'oldest' || sort === 'title') this.sort = sort;
  }

  #writeHash(): void {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const key of [...params.keys()]) if (key.startsWith(`${this.#hashPrefix}.`)) params.delete(key);
    const set = (name: string, value: string | number | undefined | false) => {
      if (value !== undefined && value !== '' && value !== false) params.set(`${this.#hashPrefix}.${name}`, String(value));
    };
    set('q', this.query);
    set('cat', splitList(this.category, /[\s,]+/).join(','));
    set('kw', this.keyword);
    set('sel', this.selectedOnly && '1');
    set('from', Number.isFinite(this.yearFrom) ? this.yearFrom : undefined);
    set('to', Number.isFinite(this.yearTo) ? this.yearTo : undefined);
    if (this.groupBy !== 'year') set('group', this.groupBy);
    if (this.sort !== 'newest') set('sort', this.sort);
    const hash = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  }

  // ---------------------------------------------------------------- actions

  /** Clears every filter (search, categories, years, keyword, selected-only). */
  clearFilters(): void {
    this.query = '';
    this.category = '';
    this.keyword = '';
    this.selectedOnly = false;
    this.yearFrom = undefined;
    this.yearTo = undefined;
  }

  /** The shown publications (after filters) as text in `format`, as the Download buttons save it. */
  async exportText(format: ExportFormat): Promise<string> {
    const { toBibtex, toRis, toCslJson } = await import('../../model/export.js');
    if (format === 'bibtex') return toBibtex(this.#visible);
    if (format === 'ris') return toRis(this.#visible);
    return toCslJson(this.#visible);
  }

  /** The citation of one entry in a format (BibTeX: its original text when it came from BibTeX). */
  async citationText(entry: PubEntry, format: CitationFormat): Promise<string> {
    if (format === 'bibtex' || format === 'ris') {
      const { entryToBibtex, entryToRis } = await import('../../model/export.js');
      return format === 'bibtex' ? entryToBibtex(entry) : entryToRis(entry);
    }
    const { formatCitation } = await import('../../model/cite.js');
    return formatCitation(entry, format, this.locale);
  }

  async #download(format: ExportFormat): Promise<void> {
    const text = await this.exportText(format);
    const { extension, type } = EXPORTS[format];
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `publications.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  async #cite(entry: PubEntry, format: CitationFormat): Promise<void> {
    const label = CITATION_LABELS[format];
    this.citation = { key: entry.key, format, text: '', status: `Preparing the ${label} citation…` };
    let text: string;
    try {
      text = await this.citationText(entry, format);
    } catch (error) {
      this.citation = { key: entry.key, format, text: '', status: `The ${label} citation could not be made: ${error instanceof Error ? error.message : String(error)}` };
      return;
    }
    let status = `${label} citation copied to the clipboard.`;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      status = `${label} citation shown above: select it to copy.`;
    }
    if (this.citation?.key === entry.key) this.citation = { key: entry.key, format, text, status };
  }

  #toggle(set: ReadonlySet<string>, key: string): Set<string> {
    const next = new Set(set);
    if (!next.delete(key)) next.add(key);
    return next;
  }

  #onYear(year: number): void {
    const active = this.yearFrom === year && this.yearTo === year;
    this.yearFrom = active ? undefined : year;
    this.yearTo = active ? undefined : year;
  }

  #toggleCategory(category: PublicationCategory, on: boolean): void {
    const current = new Set(splitList(this.category, /[\s,]+/));
    if (on) current.add(category);
    else current.delete(category);
    this.category = [...current].join(' ');
  }

  // ---------------------------------------------------------------- rendering

  protected override renderEmpty(): TemplateResult {
    return html`<div part="empty">No publications to show.</div>`;
  }

  #entryContext(entry: PubEntry): EntryContext {
    const citation = this.citation?.key === entry.key ? this.citation : undefined;
    const context: EntryContext = {
      isSelf: this.#isSelf,
      maxAuthors: Math.max(1, this.maxAuthors || 10),
      authorsExpanded: this.expandedAuthors.has(entry.key),
      abstractOpen: this.openAbstracts.has(entry.key),
      citeOpen: this.openCite === entry.key,
      onToggleAuthors: () => (this.expandedAuthors = this.#toggle(this.expandedAuthors, entry.key)),
      onToggleAbstract: () => (this.openAbstracts = this.#toggle(this.openAbstracts, entry.key)),
      onToggleCite: () => (this.openCite = this.openCite === entry.key ? undefined : entry.key),
      onCite: (format) => void this.#cite(entry, format),
    };
    if (citation) context.citation = citation;
    if (this.math) context.parseTitle = this.math.parseTitle;
    if (this.mathRenderer) context.renderTex = this.mathRenderer;
    return context;
  }

  #renderControls(library: PubLibrary): TemplateResult | typeof nothing {
    if (this.hideControls) return nothing;
    const filter = this.filter;
    const counts = facetCounts(library.entries, filter);
    const chosen = new Set(filter.categories);
    const categories = (Object.keys(CATEGORY_LABELS) as PublicationCategory[]).filter((category) => counts.categories.has(category) || chosen.has(category));
    const years = [...new Set(library.entries.map((entry) => entry.year).filter((year): year is number => year !== undefined))].sort((a, b) => a - b);
    const keywords = [...counts.keywords.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 50);
    const anyFilter = !!(filter.text || chosen.size || filter.keywords?.length || filter.selectedOnly || filter.yearFrom !== undefined || filter.yearTo !== undefined);
    const hasSelected = library.entries.some((entry) => entry.item.selected === true);
    return html`<div part="controls" class="controls">
      <div class="row">
        <label class="search">
          <span class="visually-hidden">Search publications</span>
          <input part="search" type="search" placeholder="Search titles, authors, venues" .value=${this.query}
            @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} />
        </label>
        <label>Group by
          <select @change=${(event: Event) => (this.groupBy = (event.target as HTMLSelectElement).value as GroupBy)}>
            ${(['year', 'category', 'none'] as const).map((value) => html`<option value=${value} ?selected=${this.groupBy === value}>${{ year: 'Year', category: 'Category', none: 'Nothing' }[value]}</option>`)}
          </select>
        </label>
        <label>Sort
          <select @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as SortOrder)}>
            ${(['newest', 'oldest', 'title'] as const).map((value) => html`<option value=${value} ?selected=${this.sort === value}>${{ newest: 'Newest first', oldest: 'Oldest first', title: 'Title' }[value]}</option>`)}
          </select>
        </label>
      </div>
      <div part="facets" class="row facets">
        <fieldset class="categories">
          <legend>Category</legend>
          ${categories.map(
            (category) => html`<label class="check"><input type="checkbox" name="category" value=${category} .checked=${chosen.has(category)}
              @change=${(event: Event) => this.#toggleCategory(category, (event.target as HTMLInputElement).checked)} />
              ${CATEGORY_LABELS[category]} <span class="count">(${counts.categories.get(category) ?? 0})</span></label>`,
          )}
        </fieldset>
        ${years.length > 1
          ? html`<fieldset class="years">
              <legend>Years</legend>
              <label>From
                <select name="year-from" @change=${(event: Event) => { const value = (event.target as HTMLSelectElement).value; this.yearFrom = value ? Number(value) : undefined; }}>
                  <option value="" ?selected=${filter.yearFrom === undefined}>any</option>
                  ${years.map((year) => html`<option value=${year} ?selected=${filter.yearFrom === year}>${year} (${counts.years.get(year) ?? 0})</option>`)}
                </select>
              </label>
              <label>To
                <select name="year-to" @change=${(event: Event) => { const value = (event.target as HTMLSelectElement).value; this.yearTo = value ? Number(value) : undefined; }}>
                  <option value="" ?selected=${filter.yearTo === undefined}>any</option>
                  ${years.map((year) => html`<option value=${year} ?selected=${filter.yearTo === year}>${year} (${counts.years.get(year) ?? 0})</option>`)}
                </select>
              </label>
            </fieldset>`
          : nothing}
        ${keywords.length || filter.keywords?.length
          ? html`<label>Keyword
              <select name="keyword" @change=${(event: Event) => (this.keyword = (event.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!this.keyword}>any</option>
                ${keywords.map(([keyword, count]) => html`<option value=${keyword} ?selected=${this.keyword === keyword}>${keyword} (${count})</option>`)}
              </select>
            </label>`
          : nothing}
        ${hasSelected
          ? html`<label class="check"><input type="checkbox" name="selected-only" .checked=${this.selectedOnly}
              @change=${(event: Event) => (this.selectedOnly = (event.target as HTMLInputElement).checked)} />
              Selected only <span class="count">(${counts.selected})</span></label>`
          : nothing}
        ${anyFilter ? html`<button type="button" class="clear" @click=${() => this.clearFilters()}>Clear filters</button>` : nothing}
      </div>
      <div class="row downloads" role="group" aria-label="Download the shown publications">
        Download:
        ${(Object.keys(EXPORTS) as ExportFormat[]).map(
          (format) => html`<button type="button" data-format=${format} @click=${() => void this.#download(format)}>${EXPORTS[format].label}</button>`,
        )}
      </div>
    </div>`;
  }

  #renderGroups(entries: PubEntry[]): TemplateResult[] {
    const groups = groupEntries(entries, this.groupBy);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    let budget = this.renderedCount;
    const out: TemplateResult[] = [];
    for (const group of groups) {
      if (budget <= 0) break;
      const slice = group.entries.slice(0, budget);
      budget -= slice.length;
      // Blocks of entries re-render only when what they show changes, so growing a long list stays cheap.
      const blocks: TemplateResult[] = [];
      for (let start = 0; start < slice.length; start += BLOCK) {
        const block = slice.slice(start, start + BLOCK);
        const keys = block.map((entry) => entry.key).join('\n');
        blocks.push(html`${guard([keys, this.openAbstracts, this.openCite, this.expandedAuthors, this.citation, this.math, this.mathRenderer, this.#isSelf, this.maxAuthors], () => block.map((entry) => renderEntry(entry, this.#entryContext(entry))))}`);
      }
      out.push(html`<section part="group" class="group" data-group=${group.key}>
        ${this.groupBy === 'none' ? nothing : html`<div part="group-heading" class="group-heading" role="heading" aria-level=${level}>${group.label} <span class="count">(${group.entries.length})</span></div>`}
        <ol class="entries">${blocks}</ol>
      </section>`);
    }
    return out;
  }

  protected override renderContent(library: PubLibrary): TemplateResult {
    const shown = this.#shownEntries();
    const total = library.entries.length;
    const active = this.yearFrom !== undefined && this.yearFrom === this.yearTo ? this.yearFrom : undefined;
    return html`<div part="base" class="base">
      ${this.#renderControls(library)}
      ${this.hideChart ? nothing : renderChart(countsPerYear(library.entries), active, (year) => this.#onYear(year))}
      <div part="summary" class="summary" role="status" aria-live="polite">
        ${this.#visible.length === total ? `${total} publication${total === 1 ? '' : 's'}` : `Showing ${this.#visible.length} of ${total} publications`}
      </div>
      ${this.#visible.length
        ? this.#renderGroups(shown)
        : html`<p part="no-match" class="no-match">No publications match these filters.
            <button type="button" @click=${() => this.clearFilters()}>Clear filters</button></p>`}
      ${shown.length < this.#visible.length
        ? html`<button type="button" part="show-all" class="show-all" @click=${() => (this.showAll = true)}>Show all ${this.#visible.length} publications</button>`
        : nothing}
    </div>`;
  }
}
