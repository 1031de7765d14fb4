/** How one publication looks: title with math, authors, venue, badges, links, abstract, versions and the Cite panel. */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';
import { CITATION_FORMATS, CITATION_LABELS, type CitationFormat } from '../../model/citation-formats.js';
import { formatCslName } from '../../model/names.js';
import type { MathPart } from '../../model/math.js';
import type { PubEntry } from '../../model/publications.js';
import type { CslName, Link } from '../../model/types.js';
import { safeUrl } from '../../model/urls.js';
import type { PubWords } from './pub-words.js';

/** What the list tells each entry's template. */
export interface EntryContext {
  /** The interface text in the element's language (the researcher's own text is never translated). */
  words: PubWords;
  isSelf(author: CslName): boolean;
  maxAuthors: number;
  authorsExpanded: boolean;
  abstractOpen: boolean;
  citeOpen: boolean;
  /** The last citation produced for this entry, if any. */
  citation?: { format: CitationFormat; text: string; status: string };
  /** Splits titles into text and math; loaded only when some title has a "$" (until then titles show as written). */
  parseTitle?: (title: string) => MathPart[];
  /** Renders complex math, once the renderer has loaded; undefined until then (the TeX shows as code). */
  renderTex?: (tex: string) => DocumentFragment;
  onToggleAuthors(): void;
  onToggleAbstract(): void;
  onToggleCite(): void;
  onCite(format: CitationFormat): void;
}

/** A DOM id fragment from an entry key (keys may hold any character). */
export function idFor(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`);
}

function renderPart(part: MathPart, renderTex: EntryContext['renderTex']): TemplateResult | string | DocumentFragment {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'sup':
      return html`<sup>${part.text}</sup>`;
    case 'sub':
      return html`<sub>${part.text}</sub>`;
    default:
      return renderTex ? renderTex(part.tex) : html`<code class="tex">${part.tex}</code>`;
  }
}

/** A title with its math: simple parts as text, the rest through the math renderer. */
export function renderTitle(title: string, context: Pick<EntryContext, 'parseTitle' | 'renderTex'>): unknown[] | string {
  if (!context.parseTitle || !title.includes('$')) return title;
  return context.parseTitle(title).map((part) => renderPart(part, context.renderTex));
}

/**
 * Markup without event listeners that an entry holds many pieces of (its authors, its links), built with the DOM API
 * in the browser: Lit marks every value and every item of a list with comment nodes, which made up half the nodes of
 * an entry. The nodes are built again only when `deps` change. On the server (one pass, no DOM), `template()`.
 */
class BuiltNodes extends Directive {
  #deps: readonly unknown[] | undefined;

  render(_deps: readonly unknown[], template: () => unknown, _build: () => Node): unknown {
    return template();
  }

  override update(_part: Part, [deps, , build]: Parameters<this['render']>): unknown {
    const previous = this.#deps;
    if (previous && previous.length === deps.length && deps.every((value, index) => Object.is(value, previous[index]))) return noChange;
    this.#deps = deps;
    return build();
  }
}
const built = directive(BuiltNodes);

/** An element with attributes and children (text or nodes), for {@link BuiltNodes}. */
function element(tag: string, attributes: Record<string, string | undefined>, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** What marks an author (equal contribution, corresponding author): the marker's text and title, or undefined. */
function authorMarker(author: CslName, words: PubWords): { text: string; title: string } | undefined {
  const text = `${author.equal ? '*' : ''}${author.corresponding ? '†' : ''}`;
  if (!text) return undefined;
  const title = words.t(author.equal ? (author.corresponding ? 'pubs.author.both' : 'pubs.author.equal') : 'pubs.author.corresponding');
  return { text, title };
}

function renderAuthor(author: CslName, context: EntryContext): TemplateResult {
  const name = formatCslName(author);
  const found = authorMarker(author, context.words);
  const marker = found ? html`<sup class="marker" title=${found.title}>${found.text}</sup>` : nothing;
  return context.isSelf(author) ? html`<strong part="author author-self">${name}</strong>${marker}` : html`<span part="author">${name}</span>${marker}`;
}

/** One author as nodes: as {@link renderAuthor} draws it. */
function authorNodes(author: CslName, context: EntryContext): Node[] {
  const name = formatCslName(author);
  const found = authorMarker(author, context.words);
  const nodes: Node[] = [context.isSelf(author) ? element('strong', { part: 'author author-self' }, name) : element('span', { part: 'author' }, name)];
  if (found) nodes.push(element('sup', { class: 'marker', title: found.title }, found.text));
  return nodes;
}

/**
 * The authors shown and what goes between them: the language's list words when every author is shown ("A, B, and
 * C", "A, B und C", Intl.ListFormat), else the language's separator (", ", "、"), then — when the list is collapsed
 * past the profile's owner — "…" and the owner; as templates (server) or as nodes (browser). The names stay as the
 * data writes them.
 */
function authorList(authors: readonly CslName[], shown: readonly CslName[], collapsed: boolean, selfHidden: boolean, context: EntryContext): unknown {
  const { words } = context;
  const comma = words.t('pubs.authors.separator');
  const glue = collapsed ? undefined : words.listGlue(authors.length);
  const separator = (index: number) => glue?.before[index] ?? comma;
  const self = selfHidden ? authors.find((author) => context.isSelf(author)) : undefined;
  const template = () => {
    const items: unknown[] = [];
    shown.forEach((author, index) => {
      if (index > 0) items.push(separator(index));
      items.push(renderAuthor(author, context));
    });
    if (self) items.push(`${comma}…${comma}`, renderAuthor(self, context));
    if (glue?.after) items.push(glue.after);
    return items;
  };
  const build = () => {
    const fragment = document.createDocumentFragment();
    shown.forEach((author, index) => {
      if (index > 0) fragment.append(separator(index));
      fragment.append(...authorNodes(author, context));
    });
    if (self) fragment.append(`${comma}…${comma}`, ...authorNodes(self, context));
    if (glue?.after) fragment.append(glue.after);
    return fragment;
  };
  return built([authors, shown.length, collapsed, context.isSelf, words], template, build);
}

function renderAuthors(entry: PubEntry, context: EntryContext): TemplateResult | typeof nothing {
  const { authors } = entry;
  const { words } = context;
  if (!authors.length) return nothing;
  const collapsed = !context.authorsExpanded && authors.length > context.maxAuthors;
  // Keep the researcher visible even when the list is collapsed past them.
  const shown = collapsed ? authors.slice(0, Math.max(1, context.maxAuthors - 1)) : authors;
  const hidden = authors.length - shown.length;
  const selfHidden = collapsed && authors.slice(shown.length).some((author) => context.isSelf(author));
  const legend = authors.some((author) => author.equal || author.corresponding);
  return html`<div class="authors" part="authors">${authorList(authors, shown, collapsed, selfHidden, context)}${
    collapsed
      ? html`${words.t('pubs.authors.separator')}<button type="button" class="text-button" part="more-authors" aria-expanded="false" @click=${context.onToggleAuthors}>
            ${words.t('pubs.authors.more', { count: hidden })}
          </button>`
      : authors.length > context.maxAuthors
        ? html` <button type="button" class="text-button" part="more-authors" aria-expanded="true" @click=${context.onToggleAuthors}>${words.t('pubs.authors.fewer')}</button>`
        : nothing
  }${legend ? html` <span class="legend">(${legendText(authors, words)})</span>` : nothing}</div>`;
}

/** "* equal contribution; † corresponding author", or the one of them the authors have. */
function legendText(authors: readonly CslName[], words: PubWords): string {
  const equal = authors.some((author) => author.equal);
  return words.t(equal ? (authors.some((author) => author.corresponding) ? 'pubs.legend.both' : 'pubs.legend.equal') : 'pubs.legend.corresponding');
}

/**
 * A link's label (the data's own as written; else the kit's name for its kind, in the reader's language; else the
 * kind as written), its accessible name (label and title) and address (undefined when the data names none, or an
 * unsafe one).
 */
function linkParts(link: Link, entry: PubEntry, words: PubWords): { label: string; name: string; href: string | undefined } {
  const label = link.label ?? words.linkKind(link.kind) ?? link.kind;
  return { label, name: words.t('pubs.link.label', { label, title: entry.title.replace(/\$/g, '') }), href: safeUrl(link.url) };
}

/** An entry's links: as templates (server) or as nodes (browser). */
function renderLinks(entry: PubEntry, words: PubWords): unknown {
  if (!entry.links.length) return nothing;
  const unavailable = words.t('pubs.link.unavailable');
  const build = () => {
    const fragment = document.createDocumentFragment();
    for (const link of entry.links) {
      const { label, name, href } = linkParts(link, entry, words);
      fragment.append(
        href
          ? element('a', { part: 'link', class: 'link', href, rel: 'noopener', 'data-kind': link.kind, 'aria-label': name }, label)
          : element('span', { part: 'link link-unavailable', class: 'link unavailable', title: unavailable }, label),
      );
    }
    return fragment;
  };
  return built([entry, words], () => entry.links.map((link) => renderLink(link, entry, words)), build);
}

function renderLink(link: Link, entry: PubEntry, words: PubWords): TemplateResult {
  const { label, name, href } = linkParts(link, entry, words);
  if (!href) return html`<span part="link link-unavailable" class="link unavailable" title=${words.t('pubs.link.unavailable')}>${label}</span>`;
  return html`<a part="link" class="link" href=${href} rel="noopener" data-kind=${link.kind} aria-label=${name}>${label}</a>`;
}

function renderCitePanel(entry: PubEntry, context: EntryContext): TemplateResult | typeof nothing {
  if (!context.citeOpen) return nothing;
  const id = idFor(entry.key);
  const { words } = context;
  return html`<div class="cite-panel" part="cite-panel" id="cite-${id}" role="group" aria-label=${words.t('pubs.cite.panel')}>
    ${CITATION_FORMATS.map(
      ({ id, label }) => html`<button type="button" part="cite-option" data-format=${id} @click=${() => context.onCite(id)}>
        ${words.t('pubs.cite.copy', { format: label })}
      </button>`,
    )}
    ${
      context.citation?.text
        ? html`<pre part="citation" class="citation" aria-label=${words.t('pubs.cite.citation', { format: CITATION_LABELS[context.citation.format] })}>${context.citation.text}</pre>`
        : nothing
    }
    <span class="status" role="status" aria-live="polite">${context.citation?.status ?? ''}</span>
  </div>`;
}

function renderVersions(entry: PubEntry, words: PubWords): TemplateResult | typeof nothing {
  // Several sources may carry the same record (one preprint in three co-authors' profiles): list it once.
  const shown = new Map<string, { label: string; href?: string; category: PubEntry['category'] }>();
  const labelOf = (version: PubEntry) => {
    const venue = version.venueShort ?? version.venue ?? words.category(version.category);
    return version.year === undefined || venue.includes(String(version.year)) ? venue : `${venue}, ${version.year}`;
  };
  // A copy of the entry itself (same venue, year and kind) is no other version.
  const own = `${entry.category}|${labelOf(entry)}`;
  for (const version of entry.versions) {
    const label = labelOf(version);
    const key = `${version.category}|${label}`;
    if (key === own) continue;
    const href = safeUrl(version.links.find((link) => link.url)?.url);
    const known = shown.get(key);
    if (!known) shown.set(key, href ? { label, href, category: version.category } : { label, category: version.category });
    else if (!known.href && href) known.href = href;
  }
  if (!shown.size) return nothing;
  return html`<div class="versions" part="versions">
    ${words.t('pubs.versions')}
    <ul>
      ${[...shown.values()].map(
        (version) => html`<li part="version">${version.href ? html`<a href=${version.href} rel="noopener">${version.label}</a>` : version.label}
          <span class="muted">(${words.kind(version.category)})</span></li>`,
      )}
    </ul>
  </div>`;
}

/** "Cited by N", when the item carries a citation count; where it comes from (and as of when) goes in its tooltip. */
function citationsNote(entry: PubEntry, words: PubWords): { text: string; title: string } | undefined {
  const metrics = entry.item.metrics;
  const citations = metrics && typeof metrics === 'object' ? metrics.citations : undefined;
  if (typeof citations !== 'number' || !Number.isFinite(citations) || citations < 0) return undefined;
  const origin = typeof metrics!.source === 'string' && metrics!.source.trim() ? metrics!.source.trim() : undefined;
  const asOf = typeof metrics!.retrieved === 'string' && metrics!.retrieved.trim() ? metrics!.retrieved.trim() : undefined;
  const count = Math.floor(citations);
  let title = words.t('pubs.citations', { count });
  if (origin) title = words.t('pubs.citations.according', { citations: title, source: origin });
  if (asOf) title = words.t('pubs.citations.as-of', { citations: title, date: words.date(asOf) });
  return { text: words.t('pubs.cited-by', { count }), title };
}

/** The badges: short venue, category, awards, "Selected"; as templates (server) or as nodes (browser). */
function renderBadges(entry: PubEntry, words: PubWords): unknown {
  const { item } = entry;
  const category = words.category(entry.category);
  const selected = words.t('pubs.selected');
  const awards = item.awards ?? [];
  const template = () => html`${entry.venueShort ? html`<span part="venue-badge" class="badge venue">${entry.venueShort}</span>` : nothing}<span
      part="category" class="badge category">${category}</span
    >${awards.map((award) => html`<span part="award" class="badge award">${award}</span>`)}${
      item.selected ? html`<span part="selected" class="badge selected">${selected}</span>` : nothing
    }`;
  const build = () => {
    const fragment = document.createDocumentFragment();
    if (entry.venueShort) fragment.append(element('span', { part: 'venue-badge', class: 'badge venue' }, entry.venueShort));
    fragment.append(element('span', { part: 'category', class: 'badge category' }, category));
    for (const award of awards) fragment.append(element('span', { part: 'award', class: 'badge award' }, String(award)));
    if (item.selected) fragment.append(element('span', { part: 'selected', class: 'badge selected' }, selected));
    return fragment;
  };
  return built([entry, words], template, build);
}

/** `value` as text in its own direction, whatever the text around it. */
const isolated = (value: unknown): string => `\u2068${String(value)}\u2069`;

/** Below the authors: the venue and year, acceptance rate and impact factor, "Cited by N"; templates or nodes. */
function renderDetails(entry: PubEntry, words: PubWords): unknown {
  const { item } = entry;
  // The data's values are isolated (U+2068…U+2069, the plain-text <bdi>): "26%=2372/9122" stays in order after an Arabic label.
  const notes = [
    item.acceptanceRate ? words.t('pubs.acceptance-rate', { rate: isolated(item.acceptanceRate) }) : '',
    item.impactFactor !== undefined && item.impactFactor !== '' ? words.t('pubs.impact-factor', { value: isolated(item.impactFactor) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const venueLine = [entry.venue, entry.venue && entry.year !== undefined && !entry.venue.includes(String(entry.year)) ? entry.year : entry.venue ? undefined : entry.year]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  const citations = citationsNote(entry, words);
  if (!venueLine && !notes && !citations) return nothing;
  const template = () =>
    html`${venueLine ? html`<div part="venue" class="venue-line">${venueLine}</div>` : nothing}${notes ? html`<div part="note" class="muted note">${notes}</div>` : nothing}${
      citations ? html`<div part="citations" class="muted note citations" title=${citations.title}>${citations.text}</div>` : nothing
    }`;
  const build = () => {
    const fragment = document.createDocumentFragment();
    if (venueLine) fragment.append(element('div', { part: 'venue', class: 'venue-line' }, venueLine));
    if (notes) fragment.append(element('div', { part: 'note', class: 'muted note' }, notes));
    if (citations) fragment.append(element('div', { part: 'citations', class: 'muted note citations', title: citations.title }, citations.text));
    return fragment;
  };
  return built([entry, words], template, build);
}

/**
 * One publication. Its template has no whitespace between its blocks (each would be a text node in every entry),
 * and what has no event listeners is built as plain nodes ({@link BuiltNodes}).
 */
export function renderEntry(entry: PubEntry, context: EntryContext): TemplateResult {
  const { item } = entry;
  const id = idFor(entry.key);
  const abstract = typeof item.abstract === 'string' && item.abstract.trim() ? item.abstract : undefined;
  const { words } = context;
  return html`<li part="publication" class="publication" role="listitem" data-key=${entry.key} data-category=${entry.category}
    ><div class="badges">${renderBadges(entry, words)}</div
    ><div part="title" class="title" id="title-${id}">${renderTitle(entry.title, context)}</div
    >${renderAuthors(entry, context)}${renderDetails(entry, words)}<div class="actions" part="actions">${renderLinks(entry, words)}${
      abstract
        ? html`<button type="button" part="abstract-toggle" aria-expanded=${context.abstractOpen ? 'true' : 'false'}
            aria-controls="abstract-${id}" @click=${context.onToggleAbstract}>${words.t('pubs.abstract')}</button>`
        : nothing
    }<button type="button" part="cite-button" aria-expanded=${context.citeOpen ? 'true' : 'false'} aria-controls="cite-${id}"
        @click=${context.onToggleCite}>${words.t('pubs.cite')}</button></div
    >${abstract && context.abstractOpen ? html`<p part="abstract" class="abstract" id="abstract-${id}">${abstract}</p>` : nothing}${renderCitePanel(entry, context)}${renderVersions(
      entry,
      words,
    )}</li>`;
}
