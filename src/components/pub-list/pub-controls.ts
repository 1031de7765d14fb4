/** The controls above a publication list: search, grouping, sorting, facets with their counts, and downloads. */
import { html, nothing, type TemplateResult } from 'lit';
import { citationCount, hasFilters, SORT_ORDERS, type FacetCounts, type GroupBy, type PubFilter, type SortOrder } from '../../model/pub-query.js';
import { CATEGORY_LABELS, type PubEntry } from '../../model/publications.js';
import type { PublicationCategory } from '../../model/types.js';
import { EXPORTS, type ExportFormat } from './cite-controller.js';
import type { MessageKey } from '../../i18n/messages.js';
import { mostCitedFilter } from './list-inputs.js';
import type { PubWords } from './pub-words.js';
import type { PubQueryController, PubQueryHost } from './query-controller.js';

/** What the controls show and change. */
export interface ControlsContext {
  host: PubQueryHost;
  query: PubQueryController;
  /** Every loaded entry (the facets count them under the other filters). */
  entries: readonly PubEntry[];
  download(format: ExportFormat): void;
  /** The interface text in the element's language. */
  words: PubWords;
}

const GROUP_LABELS: Record<GroupBy, MessageKey> = { year: 'pubs.group.year', category: 'pubs.group.category', none: 'pubs.group.none' };
const SORT_LABELS: Record<SortOrder, MessageKey> = { newest: 'pubs.sort.newest', oldest: 'pubs.sort.oldest', title: 'pubs.sort.title', cited: 'pubs.sort.cited' };

/** A facet's count, "(12)", in the language's digits. */
const counted = (words: PubWords, count: number) => `(${words.number(count)})`;

/** Whether some entry of a list has a citation count: looked up once per list (the controls are drawn on every change). */
const withCounts = new WeakMap<readonly PubEntry[], boolean>();

function hasCounts(entries: readonly PubEntry[]): boolean {
  let counted = withCounts.get(entries);
  if (counted === undefined) withCounts.set(entries, (counted = entries.some((entry) => citationCount(entry) !== undefined)));
  return counted;
}

/** The orders the menu offers: "Most cited" only when some work has a citation count (or it is the order now). */
function sortOrders({ host, entries }: ControlsContext): SortOrder[] {
  const cited = host.sort === 'cited' || hasCounts(entries);
  return SORT_ORDERS.filter((order) => order !== 'cited' || cited);
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
const checked = (event: Event) => (event.target as HTMLInputElement).checked;

export function renderControls(context: ControlsContext): TemplateResult {
  const { host, words } = context;
  const filter = context.query.filter;
  // Counted once per change of the filter, by the query (not once per render).
  const counts = context.query.facets;
  return html`<div part="controls" class="controls">
    <div class="row">
      <label class="search">
        <span class="visually-hidden">${words.t('pubs.search')}</span>
        <input part="search" type="search" placeholder=${words.t('pubs.search-placeholder')} .value=${host.query}
          @input=${(event: Event) => (host.query = valueOf(event))} />
      </label>
      <label>${words.t('pubs.group-by')}
        <select @change=${(event: Event) => (host.groupBy = valueOf(event) as GroupBy)}>
          ${(Object.keys(GROUP_LABELS) as GroupBy[]).map((value) => html`<option value=${value} ?selected=${host.groupBy === value}>${words.t(GROUP_LABELS[value])}</option>`)}
        </select>
      </label>
      <label>${words.t('pubs.sort')}
        <select @change=${(event: Event) => (host.sort = valueOf(event) as SortOrder)}>
          ${sortOrders(context).map((value) => html`<option value=${value} ?selected=${host.sort === value}>${words.t(SORT_LABELS[value])}</option>`)}
        </select>
      </label>
    </div>
    <div part="facets" class="row facets">
      ${renderCategories(context, filter, counts)} ${renderYears(context, filter, counts)} ${renderKeywords(context, filter, counts)}
      ${renderSelected(context, counts)} ${renderMostCited(context)}
      ${hasFilters(filter) ? html`<button type="button" class="clear" @click=${() => context.query.clearFilters()}>${words.t('pubs.clear-filters')}</button>` : nothing}
    </div>
    <div class="row downloads" role="group" aria-label=${words.t('pubs.downloads')}>
      ${words.t('pubs.download')}
      ${(Object.keys(EXPORTS) as ExportFormat[]).map(
        (format) => html`<button type="button" data-format=${format} @click=${() => context.download(format)}>${EXPORTS[format].label}</button>`,
      )}
    </div>
  </div>`;
}

/** A checkbox per category the data has (or the filter names), with its count. */
function renderCategories({ query, words }: ControlsContext, filter: PubFilter, counts: FacetCounts): TemplateResult {
  const chosen = new Set(filter.categories);
  const categories = (Object.keys(CATEGORY_LABELS) as PublicationCategory[]).filter((category) => counts.categories.has(category) || chosen.has(category));
  return html`<fieldset class="categories">
    <legend>${words.t('pubs.group.category')}</legend>
    ${categories.map(
      (category) => html`<label class="check"><input type="checkbox" name="category" value=${category} .checked=${chosen.has(category)}
        @change=${(event: Event) => query.setCategory(category, checked(event))} />
        ${words.category(category)} <span class="count">${counted(words, counts.categories.get(category) ?? 0)}</span></label>`,
    )}
  </fieldset>`;
}

/** From and To year choices, when the data spans more than one year. */
/** The years the entries have, in order (worked out once per list of entries). */
const yearsOf = new WeakMap<readonly PubEntry[], number[]>();
function yearList(entries: readonly PubEntry[]): number[] {
  let years = yearsOf.get(entries);
  if (!years) {
    years = [...new Set(entries.map((entry) => entry.year).filter((year): year is number => year !== undefined))].sort((a, b) => a - b);
    yearsOf.set(entries, years);
  }
  return years;
}

function renderYears({ host, entries, words }: ControlsContext, filter: PubFilter, counts: FacetCounts): TemplateResult | typeof nothing {
  const years = yearList(entries);
  if (years.length <= 1) return nothing;
  const yearOf = (event: Event) => (valueOf(event) ? Number(valueOf(event)) : undefined);
  const options = (bound: number | undefined) => html`<option value="" ?selected=${bound === undefined}>${words.t('pubs.facet.any')}</option>
    ${years.map((year) => html`<option value=${year} ?selected=${bound === year}>${year} ${counted(words, counts.years.get(year) ?? 0)}</option>`)}`;
  return html`<fieldset class="years">
    <legend>${words.t('pubs.facet.years')}</legend>
    <label>${words.t('pubs.facet.from')}
      <select name="year-from" @change=${(event: Event) => (host.yearFrom = yearOf(event))}>${options(filter.yearFrom)}</select>
    </label>
    <label>${words.t('pubs.facet.to')}
      <select name="year-to" @change=${(event: Event) => (host.yearTo = yearOf(event))}>${options(filter.yearTo)}</select>
    </label>
  </fieldset>`;
}

/** The 50 most frequent keywords, when the data has keywords (or the filter names one). */
function renderKeywords({ host, words }: ControlsContext, filter: PubFilter, counts: FacetCounts): TemplateResult | typeof nothing {
  const keywords = [...counts.keywords.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 50);
  if (!keywords.length && !filter.keywords?.length) return nothing;
  return html`<label>${words.t('pubs.facet.keyword')}
    <select name="keyword" @change=${(event: Event) => (host.keyword = valueOf(event))}>
      <option value="" ?selected=${!host.keyword}>${words.t('pubs.facet.any')}</option>
      ${keywords.map(([keyword, count]) => html`<option value=${keyword} ?selected=${host.keyword === keyword}>${keyword} ${counted(words, count)}</option>`)}
    </select>
  </label>`;
}

/** "Selected only", when some entries are selected. */
function renderSelected({ host, entries, words }: ControlsContext, counts: FacetCounts): TemplateResult | typeof nothing {
  if (!entries.some((entry) => entry.item.selected === true)) return nothing;
  return html`<label class="check"><input type="checkbox" name="selected-only" .checked=${host.selectedOnly}
    @change=${(event: Event) => (host.selectedOnly = checked(event))} />
    ${words.t('pubs.facet.selected-only')} <span class="count">${counted(words, counts.selected)}</span></label>`;
}

/**
 * "Most cited (10)": only the list's N most cited works; offered when some work has a citation count (live counts
 * included), or when it is on.
 */
function renderMostCited({ host, query, words }: ControlsContext): TemplateResult | typeof nothing {
  const on = mostCitedFilter(host) > 0;
  if (!on && !hasCounts(query.entries)) return nothing;
  return html`<label class="check"><input type="checkbox" name="most-cited" .checked=${on} @change=${(event: Event) => query.setMostCited(checked(event))} />
    ${words.t('pubs.facet.most-cited', { count: query.mostCitedCount })}</label>`;
}
