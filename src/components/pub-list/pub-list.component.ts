import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { JsonLdWriters } from '../../internal/structured-data.js';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from '../../internal/headings.js';
import { LIST_SEPARATOR } from '../../internal/list-attributes.js';
import { checkedHandOn } from '../../internal/checked-profiles.js';
import { ScholarElement, type Interpreted, type LoadedInput, type SourceInfo } from '../../internal/scholar-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import type { CitationFormat } from '../../model/citation-formats.js';
import type { Lab } from '../../model/lab.js';
import { readPublicationSources, type PubLibrary } from '../../model/publication-sources.js';
import { countsPerYear, type GroupBy, type PubFilter, type SortOrder } from '../../model/pub-query.js';
import type { PubEntry } from '../../model/publications.js';
import type { CslName, Profile, Publication } from '../../model/types.js';
import { IncrementalRenderController } from '../../internal/controllers/incremental-render-controller.js';
import { LiveCounts } from './live-counts.js';
import { entryStates, FIRST_BLOCK, renderGroups, STEP_BUDGET, toggled } from './pub-groups.js';
import { CiteController, citationText, exportText, type ExportFormat } from './cite-controller.js';
import { ListSwapController } from './list-swap-controller.js';
import { MathController, type MathSupport } from './math-controller.js';
import { renderChart } from './pub-chart.js';
import { renderControls } from './pub-controls.js';
import { renderEntry, type EntryContext } from './pub-entry.js';
import { renderAuthorFilter, renderNoMatch, renderNoPublications, renderShowAll, renderSummary } from './pub-summary.js';
import { pubWords, type PubWords } from './pub-words.js';
import { decodePublications } from './decode-publications.js';
import { pubListStyles } from './pub-list.styles.js';
import { listAttribute, PubQueryController } from './query-controller.js';
import { authorFilter, hashHoldsView, listedProfiles, selfMatcher } from './list-inputs.js';

export type { PubLibrary } from '../../model/publication-sources.js';
export type { ExportFormat } from './cite-controller.js';

/** A list of up to this many drawn entries is removed at once when another replaces it; a longer one in slices. */
const SWAP_AT_ONCE = 400;

/**
 * @summary A publication list from profile JSON, BibTeX or CSL-JSON: search, facets, grouping, a per-year chart,
 * citations in five styles, and export.
 *
 * Several sources (`src="a.json b.bib"`, `profiles`, or a lab: `src="lab.json"` or `lab`) merge into one list: the
 * same work is shown once with its other versions, and every profile's owner is emphasised.
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
 * @csspart author-filter - The pressed "Works with …" button shown while `author` filters the list; pressing it shows every work again.
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
  static override styles = [themeStyles, ...pubListStyles];

  /** A profile whose publications to list (its owner's name is emphasised). Takes precedence over `src`. */
  @property({ attribute: false, accepts: 'object' }) profile: Profile | undefined;

  /** CSL-JSON items to list. Used when `profile` is not set; takes precedence over `src`. */
  @property({ attribute: false, accepts: 'array' }) items: Publication[] | undefined;

  /**
   * Several profiles whose publications to list as one, every owner emphasised (as a lab's members are); a profile
   * that cannot be used is listed in `problems` and the others are shown. Used when `profile` and `items` are not
   * set; takes precedence over `lab` and `src`.
   */
  @property({ attribute: false, accepts: 'array' }) profiles: Profile[] | undefined;

  /**
   * A lab (see `schema/lab.schema.json`) whose members' publications to list as one, every member emphasised; its
   * profile URLs resolve against the page. Used when `profile`, `items` and `profiles` are not set; `src="lab.json"`
   * works too.
   */
  @property({ attribute: false, accepts: 'object' }) lab: Lab | undefined;

  /** `year` (default), `category` or `none`. */
  @property({ type: String, attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'year';

  /** `newest` (default), `oldest`, `title` or `cited` (most cited first, by the works' `metrics.citations`). */
  @property({ type: String, reflect: true }) sort: SortOrder = 'newest';

  /**
   * `openalex`: after the list has shown its data, read each work's citation counts from OpenAlex by DOI (50 to a
   * request, kept a day in localStorage) and show them instead of the data's own. Off by default: with it, the
   * reader's browser sends the works' DOIs to api.openalex.org (allow it in a Content-Security-Policy's
   * `connect-src`). Offline or refused, the data's own counts stay.
   */
  @property({ type: String }) metrics: 'openalex' | '' = '';

  /** Free-text search over titles, authors, venues and keywords. */
  @property({ type: String }) query = '';

  /**
   * Only these categories, comma-separated (e.g. "conference, journal"). Empty: all. (Space-separated lists still
   * work, with a deprecation warning.)
   */
  @property({ type: String, listSeparator: LIST_SEPARATOR }) category = '';

  /** Only publications from this year on. */
  @property({ type: Number, attribute: 'year-from' }) yearFrom: number | undefined;

  /** Only publications up to this year. */
  @property({ type: Number, attribute: 'year-to' }) yearTo: number | undefined;

  /**
   * Only publications with this keyword (several, comma-separated: with all of them). (Lists separated by ";" still
   * work, with a deprecation warning.)
   */
  @property({ type: String, listSeparator: LIST_SEPARATOR }) keyword = '';

  /** Only selected (featured) publications. */
  @property({ type: Boolean, attribute: 'selected-only' }) selectedOnly = false;

  /**
   * Only works by this person (e.g. "Minjia Zhang"), recognised under every form author lists use ("M. Zhang", "Zhang,
   * Minjia"), as `highlight` is. Shown as a pressed "Works with …" button, which shows every work again.
   */
  @property({ type: String }) author = '';

  /**
   * Only the list's N most cited works (by `metrics.citations`, ties at the cut included), with the other filters on
   * top, in any sort and grouping; 0: off. The controls offer "Most cited (10)" when some work has a count.
   */
  @property({ type: Number, attribute: 'most-cited' }) mostCited = 0;

  /** Show at most this many, with a "Show all" button (0: no limit). */
  @property({ type: Number }) limit = 0;

  /**
   * More names to emphasise in author lists, comma-separated (e.g. "M. Zhang, Minjia Zhang"). (Lists separated by
   * ";" still work, with a deprecation warning.)
   */
  @property({ type: String, listSeparator: LIST_SEPARATOR }) highlight = '';

  /** Author lists longer than this collapse to "and N more". */
  @property({ type: Number, attribute: 'max-authors' }) maxAuthors = 10;

  /** The level (1–6) of the list's top-most headings, its group headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Hide the search box, facets and downloads. */
  @property({ type: Boolean, attribute: 'hide-controls' }) hideControls = false;

  /** Hide the per-year chart. */
  @property({ type: Boolean, attribute: 'hide-chart' }) hideChart = false;

  /** Keep the filters in the page's URL hash (`#pubs.q=moe`, or `#<id>.q=moe`), so a filtered view can be linked to. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private openAbstracts: ReadonlySet<string> = new Set();
  @state() private expandedAuthors: ReadonlySet<string> = new Set();

  readonly #query = new PubQueryController(
    this,
    () => this.#entries,
    () => this.#startOver(),
  );
  readonly #blocks = new IncrementalRenderController(this, () => this.#query.shown.length, { first: FIRST_BLOCK, budget: STEP_BUDGET });
  /** A list drawn anew (other entries, order or grouping) starts from its first screen; a long old one leaves in slices. */
  readonly #lists = new ListSwapController(this, { budget: STEP_BUDGET });
  /** How many entries the list drawn last holds. */
  #drawnCount = 0;
  readonly #cite = new CiteController(this, { entries: () => this.#query.visible, locale: () => this.locale, t: (key, values) => this.i18n.t(key, values) });
  readonly #math = new MathController(this, () => this.#entries);
  readonly #liveCounts = new LiveCounts(this, () => this.loadedData?.entries ?? []);
  #isSelf: (author: CslName) => boolean = () => false;
  /** With `sync-url`: the URL-hash controller, loading (its module is downloaded only by lists that sync). */
  #urlHash: Promise<void> | undefined;

  /** The loaded entries, with OpenAlex's counts in once they came (`metrics="openalex"`). */
  get #entries(): readonly PubEntry[] {
    return this.#liveCounts.entries(this.loadedData?.entries ?? []);
  }

  /** The publications shown now, after filtering and sorting (read-only). */
  get publications(): readonly PubEntry[] {
    return this.#query.visible;
  }

  /** The filter the attributes and controls describe now. */
  get filter(): PubFilter {
    return this.#query.filter;
  }

  /** Clears every filter (search, categories, years, keyword, selected-only, author, most cited). */
  clearFilters(): void {
    this.#query.clearFilters();
  }

  /** The shown publications (after filters) as text in `format`, as the Download buttons save it. */
  exportText(format: ExportFormat): Promise<string> {
    return exportText(this.#query.visible, format);
  }

  /** The citation of one entry in a format (BibTeX: its original text when it came from BibTeX). */
  citationText(entry: PubEntry, format: CitationFormat): Promise<string> {
    return citationText(entry, format, this.locale);
  }

  /**
   * Math support, handed over up front by server rendering (src/cli/prerender.ts), which has one pass only.
   * @internal
   */
  protected get math(): MathSupport | undefined {
    return this.#math.support;
  }

  protected set math(support: MathSupport | undefined) {
    this.#math.support = support;
  }

  // ---------------------------------------------------------------- loading

  protected override directInput(): unknown {
    return this.profile ?? this.items ?? this.profiles ?? this.lab;
  }

  protected override inputChanged(changed: PropertyValues): boolean {
    return changed.has('profile') || changed.has('items') || changed.has('profiles') || changed.has('lab');
  }

  protected override readsLabs(): boolean {
    return true;
  }

  protected override inlineTypes(): string[] {
    return ['application/json', 'application/x-bibtex', 'text/x-bibtex'];
  }

  protected override decode(text: string, info: SourceInfo, preview?: (data: PubLibrary) => void): Promise<unknown> {
    // A large file's newest entries are shown first, when the list shows the newest first.
    const onFirstScreen = preview && this.sort === 'newest' && !(this.syncUrl && hashHoldsView(this)) ? (entries: PubEntry[]) => preview({ entries, owners: [] }) : undefined;
    return decodePublications(text, info, onFirstScreen);
  }

  protected override interpret(inputs: LoadedInput[], signal?: AbortSignal, preview?: (data: PubLibrary) => void): Interpreted<PubLibrary> | Promise<Interpreted<PubLibrary>> {
    // A profile the element this list is drawn in checked (a profile page's section) is read as it is.
    const fromProfiles = this.profile == null && this.items == null && Array.isArray(this.profiles);
    const sources = inputs.flatMap(({ input, info }) => listedProfiles(input, info, fromProfiles) ?? [{ input, source: info.source, checked: checkedHandOn(this, input) }]);
    // With `sync-url` and a view of this list in the URL hash, the data is shown once that view has been read; without
    // one, at once (the hash is kept from then on).
    const viewInHash = this.#urlHash && hashHoldsView(this) ? this.#urlHash : undefined;
    // In the browser a large profile is read in slices, so the page stays responsive; a newer load stops it. Its
    // newest publications are shown first, when the list shows the newest first (and no view in the hash is pending).
    const onFirstScreen = this.sort === 'newest' && !viewInHash ? preview : undefined;
    const read = readPublicationSources(sources, { inSlices: !isServer, signal, onFirstScreen });
    return viewInHash ? viewInHash.then(() => read) : read;
  }

  protected override jsonLd(library: PubLibrary, { jsonLdDocument }: JsonLdWriters): object {
    return jsonLdDocument(undefined, library.entries);
  }

  protected override isEmpty(library: PubLibrary): boolean {
    return library.entries.length === 0;
  }

  /** The list shows other entries, or in another order or grouping: draw it anew from its first screen. */
  #startOver(): void {
    this.#lists.swap(this.#drawnCount > SWAP_AT_ONCE);
    this.#blocks.reset();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('groupBy') && this.hasUpdated) this.#startOver();
    if (this.syncUrl && !this.#urlHash && !isServer) {
      this.#urlHash = import('./url-hash-controller.js').then(
        ({ UrlHashController }) => void new UrlHashController(this),
        // Without its module (offline) the list works, without the hash.
        () => undefined,
      );
    }
    super.willUpdate(changed);
    if (changed.has('loadedData') || changed.has('highlight')) this.#isSelf = selfMatcher(this.loadedData, listAttribute(this, 'highlight', this.highlight));
  }

  // ---------------------------------------------------------------- rendering

  protected override renderEmpty(): TemplateResult {
    return renderNoPublications(pubWords(this.i18n));
  }

  #entryContext(entry: PubEntry, words: PubWords): EntryContext {
    const { key } = entry;
    const citation = this.#cite.citation?.key === key ? this.#cite.citation : undefined;
    const context: EntryContext = {
      words,
      isSelf: this.#isSelf,
      maxAuthors: Math.max(1, this.maxAuthors || 10),
      authorsExpanded: this.expandedAuthors.has(key),
      abstractOpen: this.openAbstracts.has(key),
      citeOpen: this.#cite.open === key,
      onToggleAuthors: () => (this.expandedAuthors = toggled(this.expandedAuthors, key)),
      onToggleAbstract: () => (this.openAbstracts = toggled(this.openAbstracts, key)),
      onToggleCite: () => this.#cite.togglePanel(key),
      onCite: (format) => void this.#cite.cite(entry, format),
    };
    if (citation) context.citation = citation;
    if (this.#math.support) context.parseTitle = this.#math.support.parseTitle;
    if (this.#math.renderTex) context.renderTex = this.#math.renderTex;
    return context;
  }

  /** The entries shown, in their groups; every chunk already drawn is drawn again when the language changes (`words`). */
  #renderList(shown: readonly PubEntry[], words: PubWords): TemplateResult[] {
    this.#drawnCount = Math.min(shown.length, this.#blocks.count);
    return renderGroups(shown, {
      groupBy: this.groupBy,
      headingLevel: headingLevel(this.headingLevel),
      words,
      budget: this.#blocks.count,
      dependencies: [this.#math.support, this.#math.renderTex, this.#isSelf, this.maxAuthors, words],
      entryStates: entryStates({ abstracts: this.openAbstracts, authors: this.expandedAuthors, citeOpen: this.#cite.open, citation: this.#cite.citation }),
      renderEntry: (entry) => renderEntry(entry, this.#entryContext(entry, words)),
    });
  }

  #renderNoMatch(words: PubWords): TemplateResult {
    this.#drawnCount = 0;
    return renderNoMatch(words, () => this.#query.clearFilters());
  }

  protected override renderContent(library: PubLibrary): TemplateResult {
    const query = this.#query;
    const visible = query.visible;
    const shown = query.shown;
    // The interface text in the reader's language: a new object when it changes, and everything cached is drawn again.
    const words = pubWords(this.i18n);
    // The controls and the chart change with the filter or the language, not as the list grows: drawn again only then.
    return html`<div part="base" class="base">
      ${
        this.hideControls
          ? nothing
          : guard([...query.inputs, library.entries, this.groupBy, words], () =>
              renderControls({ host: this, query, entries: library.entries, words, download: (format) => void this.#cite.download(format) }),
            )
      }
      ${this.hideChart ? nothing : guard([library.entries, query.activeYear, words], () => renderChart(countsPerYear(library.entries), query.activeYear, (year) => query.toggleYear(year), words))}
      ${renderSummary(words, visible.length, library.entries.length)} ${renderAuthorFilter(words, authorFilter(this), () => (this.author = ''))}
      ${this.#lists.render(visible.length ? this.#renderList(shown, words) : this.#renderNoMatch(words))}
      ${renderShowAll(words, shown.length, visible.length, () => query.showEverything())}
    </div>`;
  }
}
