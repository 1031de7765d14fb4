/** How one publication looks: title with math, authors, venue, badges, links, abstract, versions and the Cite panel. */
import { LINK_KIND_LABELS } from '../../model/link-labels.js';
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';
import { CITATION_FORMATS, CITATION_LABELS, type CitationFormat } from '../../model/citation-formats.js';
import { formatCslName } from '../../model/names.js';
import type { MathPart } from '../../model/math.js';
import { CATEGORY_LABELS, type PubEntry } from '../../model/publications.js';
import type { CslName, Link } from '../../model/types.js';
import { safeUrl } from '../../model/urls.js';

/** What the list tells each entry's template. */
export interface EntryContext {
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
function authorMarker(author: CslName): { text: string; title: string } | undefined {
  const text = `${author.equal ? '*' : ''}${author.corresponding ? '†' : ''}`;
  if (!text) return undefined;
  return { text, title: [author.equal ? 'Equal contribution' : '', author.corresponding ? 'Corresponding author' : ''].filter(Boolean).join(', ') };
}

function renderAuthor(author: CslName, context: EntryContext): TemplateResult {
  const name = formatCslName(author);
  const found = authorMarker(author);
  const marker = found ? html`<sup class="marker" title=${found.title}>${found.text}</sup>` : nothing;
  return context.isSelf(author) ? html`<strong part="author author-self">${name}</strong>${marker}` : html`<span part="author">${name}</span>${marker}`;
}

/** One author as nodes: as {@link renderAuthor} draws it. */
function authorNodes(author: CslName, context: EntryContext): Node[] {
  const name = formatCslName(author);
  const found = authorMarker(author);
  const nodes: Node[] = [context.isSelf(author) ? element('strong', { part: 'author author-self' }, name) : element('span', { part: 'author' }, name)];
  if (found) nodes.push(element('sup', { class: 'marker', title: found.title }, found.text));
  return nodes;
}

/**
 * The authors shown and what goes between them (", ", " and ", ", and "), then — when the list is collapsed past the
 * profile's owner — ", …, " and the owner; as templates (server) or as nodes (browser).
 */
function authorList(authors: readonly CslName[], shown: readonly CslName[], collapsed: boolean, selfHidden: boolean, context: EntryContext): unknown {
  const separator = (index: number) => (index === authors.length - 1 && !collapsed ? (authors.length > 2 ? ', and ' : ' and ') : ', ');
  const self = selfHidden ? authors.find((author) => context.isSelf(author)) : undefined;
  const template = () => {
    const items: unknown[] = [];
    shown.forEach((author, index) => {
      if (index > 0) items.push(separator(index));
      items.push(renderAuthor(author, context));
    });
    if (self) items.push(', …, ', renderAuthor(self, context));
    return items;
  };
  const build = () => {
    const fragment = document.createDocumentFragment();
    shown.forEach((author, index) => {
      if (index > 0) fragment.append(separator(index));
      fragment.append(...authorNodes(author, context));
    });
    if (self) fragment.append(', …, ', ...authorNodes(self, context));
    return fragment;
  };
  return built([authors, shown.length, collapsed, context.isSelf], template, build);
}

function renderAuthors(entry: PubEntry, context: EntryContext): TemplateResult | typeof nothing {
  const { authors } = entry;
  if (!authors.length) return nothing;
  const collapsed = !context.authorsExpanded && authors.length > context.maxAuthors;
  // Keep the researcher visible even when the list is collapsed past them.
  const shown = collapsed ? authors.slice(0, Math.max(1, context.maxAuthors - 1)) : authors;
  const hidden = authors.length - shown.length;
  const selfHidden = collapsed && authors.slice(shown.length).some((author) => context.isSelf(author));
  const legend = authors.some((author) => author.equal || author.corresponding);
  return html`<div class="authors" part="authors">${authorList(authors, shown, collapsed, selfHidden, context)}${
    collapsed
      ? html`, <button type="button" class="text-button" part="more-authors" aria-expanded="false" @click=${context.onToggleAuthors}>
            and ${hidden} more
          </button>`
      : authors.length > context.maxAuthors
        ? html` <button type="button" class="text-button" part="more-authors" aria-expanded="true" @click=${context.onToggleAuthors}>show fewer</button>`
        : nothing
  }${legend ? html` <span class="legend">(${legendText(authors)})</span>` : nothing}</div>`;
}

/** "* equal contribution; † corresponding author", or the one of them the authors have. */
function legendText(authors: readonly CslName[]): string {
  return [authors.some((author) => author.equal) ? '* equal contribution' : '', authors.some((author) => author.corresponding) ? '† corresponding author' : '']
    .filter(Boolean)
    .join('; ');
}

/** A link's label and address (undefined when the data names none, or an unsafe one). */
function linkParts(link: Link): { label: string; href: string | undefined } {
  return { label: link.label ?? LINK_KIND_LABELS[link.kind] ?? link.kind, href: safeUrl(link.url) };
}

const UNAVAILABLE_LINK = 'The source names this link but gives no address';

/** An entry's links: as templates (server) or as nodes (browser). */
function renderLinks(entry: PubEntry): unknown {
  if (!entry.links.length) return nothing;
  const build = () => {
    const fragment = document.createDocumentFragment();
    for (const link of entry.links) {
      const { label, href } = linkParts(link);
      fragment.append(
        href
          ? element('a', { part: 'link', class: 'link', href, rel: 'noopener', 'data-kind': link.kind, 'aria-label': `${label}: ${entry.title.replace(/\$/g, '')}` }, label)
          : element('span', { part: 'link link-unavailable', class: 'link unavailable', title: UNAVAILABLE_LINK }, label),
      );
    }
    return fragment;
  };
  return built([entry], () => entry.links.map((link) => renderLink(link, entry)), build);
}

function renderLink(link: Link, entry: PubEntry): TemplateResult {
  const { label, href } = linkParts(link);
  if (!href) return html`<span part="link link-unavailable" class="link unavailable" title=${UNAVAILABLE_LINK}>${label}</span>`;
  return html`<a part="link" class="link" href=${href} rel="noopener" data-kind=${link.kind}
    aria-label="${label}: ${entry.title.replace(/\$/g, '')}">${label}</a>`;
}

function renderCitePanel(entry: PubEntry, context: EntryContext): TemplateResult | typeof nothing {
  if (!context.citeOpen) return nothing;
  const id = idFor(entry.key);
  return html`<div class="cite-panel" part="cite-panel" id="cite-${id}" role="group" aria-label="Cite this publication">
    ${CITATION_FORMATS.map(
      ({ id, label }) => html`<button type="button" part="cite-option" data-format=${id} @click=${() => context.onCite(id)}>
        Copy ${label}
      </button>`,
    )}
    ${
      context.citation?.text
        ? html`<pre part="citation" class="citation" aria-label="${CITATION_LABELS[context.citation.format]} citation">${context.citation.text}</pre>`
        : nothing
    }
    <span class="status" role="status" aria-live="polite">${context.citation?.status ?? ''}</span>
  </div>`;
}

function renderVersions(entry: PubEntry): TemplateResult | typeof nothing {
  // Several sources may carry the same record (one preprint in three co-authors' profiles): list it once.
  const shown = new Map<string, { label: string; href?: string; category: PubEntry['category'] }>();
  const labelOf = (version: PubEntry) => {
    const venue = version.venueShort ?? version.venue ?? CATEGORY_LABELS[version.category];
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
    Also published as:
    <ul>
      ${[...shown.values()].map(
        (version) => html`<li part="version">${version.href ? html`<a href=${version.href} rel="noopener">${version.label}</a>` : version.label}
          <span class="muted">(${CATEGORY_LABELS[version.category].toLowerCase()})</span></li>`,
      )}
    </ul>
  </div>`;
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** "Cited by N", when the item carries a citation count; where it comes from (and as of when) goes in its tooltip. */
function citationsNote(entry: PubEntry): { text: string; title: string } | undefined {
  const metrics = entry.item.metrics;
  const citations = metrics && typeof metrics === 'object' ? metrics.citations : undefined;
  if (typeof citations !== 'number' || !Number.isFinite(citations) || citations < 0) return undefined;
  const origin = typeof metrics!.source === 'string' && metrics!.source.trim() ? metrics!.source.trim() : undefined;
  const asOf = typeof metrics!.retrieved === 'string' && metrics!.retrieved.trim() ? metrics!.retrieved.trim() : undefined;
  const count = COUNT_FORMAT.format(Math.floor(citations));
  return { text: `Cited by ${count}`, title: `${count} citation${citations === 1 ? '' : 's'}${origin ? ` according to ${origin}` : ''}${asOf ? ` (as of ${asOf})` : ''}` };
}

/** The badges: short venue, category, awards, "Selected"; as templates (server) or as nodes (browser). */
function renderBadges(entry: PubEntry): unknown {
  const { item } = entry;
  const awards = item.awards ?? [];
  const template = () => html`${entry.venueShort ? html`<span part="venue-badge" class="badge venue">${entry.venueShort}</span>` : nothing}<span
      part="category" class="badge category">${CATEGORY_LABELS[entry.category]}</span
    >${awards.map((award) => html`<span part="award" class="badge award">${award}</span>`)}${
      item.selected ? html`<span part="selected" class="badge selected">Selected</span>` : nothing
    }`;
  const build = () => {
    const fragment = document.createDocumentFragment();
    if (entry.venueShort) fragment.append(element('span', { part: 'venue-badge', class: 'badge venue' }, entry.venueShort));
    fragment.append(element('span', { part: 'category', class: 'badge category' }, CATEGORY_LABELS[entry.category]));
    for (const award of awards) fragment.append(element('span', { part: 'award', class: 'badge award' }, String(award)));
    if (item.selected) fragment.append(element('span', { part: 'selected', class: 'badge selected' }, 'Selected'));
    return fragment;
  };
  return built([entry], template, build);
}

/** Below the authors: the venue and year, acceptance rate and impact factor, "Cited by N"; templates or nodes. */
function renderDetails(entry: PubEntry): unknown {
  const { item } = entry;
  const notes = [
    item.acceptanceRate ? `Acceptance rate: ${item.acceptanceRate}` : '',
    item.impactFactor !== undefined && item.impactFactor !== '' ? `Impact factor: ${item.impactFactor}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const venueLine = [entry.venue, entry.venue && entry.year !== undefined && !entry.venue.includes(String(entry.year)) ? entry.year : entry.venue ? undefined : entry.year]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  const citations = citationsNote(entry);
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
  return built([entry], template, build);
}

/**
 * One publication. Its template has no whitespace between its blocks (each would be a text node in every entry),
 * and what has no event listeners is built as plain nodes ({@link BuiltNodes}).
 */
export function renderEntry(entry: PubEntry, context: EntryContext): TemplateResult {
  const { item } = entry;
  const id = idFor(entry.key);
  const abstract = typeof item.abstract === 'string' && item.abstract.trim() ? item.abstract : undefined;
  return html`<li part="publication" class="publication" role="listitem" data-key=${entry.key} data-category=${entry.category}
    ><div class="badges">${renderBadges(entry)}</div
    ><div part="title" class="title" id="title-${id}">${renderTitle(entry.title, context)}</div
    >${renderAuthors(entry, context)}${renderDetails(entry)}<div class="actions" part="actions">${renderLinks(entry)}${
      abstract
        ? html`<button type="button" part="abstract-toggle" aria-expanded=${context.abstractOpen ? 'true' : 'false'}
            aria-controls="abstract-${id}" @click=${context.onToggleAbstract}>Abstract</button>`
        : nothing
    }<button type="button" part="cite-button" aria-expanded=${context.citeOpen ? 'true' : 'false'} aria-controls="cite-${id}"
        @click=${context.onToggleCite}>Cite</button></div
    >${abstract && context.abstractOpen ? html`<p part="abstract" class="abstract" id="abstract-${id}">${abstract}</p>` : nothing}${renderCitePanel(entry, context)}${renderVersions(
      entry,
    )}</li>`;
}
