/**
 * The collaborators section: everyone the researcher wrote with, read from their own publications (model/
 * collaborators.ts), most shared works first.
 *
 * Where the page has a publication list that keeps its view in the URL hash (`<pub-list sync-url>`: the one in a
 * `<researcher-profile>`'s publications section, or one next to a `<profile-section kind="collaborators">`), each
 * person's "N works" links to that list filtered to them (`#<list id>.author=<name>`, the list's own hash format).
 * Without such a list, each person opens onto the works they share, so a reader sees them without leaving the section.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { directive, type ChildPart } from 'lit/directive.js';
import { collaborators, type Collaborator } from '../../model/collaborators.js';
import { cslDateParts, formatYearRange } from '../../model/dates.js';
import type { Profile, Publication } from '../../model/types.js';
import type { SectionOptions } from './section-parts.js';
import { safeUrl } from '../../model/urls.js';

/** "2018–2022", "2020" (as the page's language writes years), or nothing for undated works. */
function years({ firstYear, lastYear }: Collaborator, locale: string): string | undefined {
  if (firstYear === undefined || lastYear === undefined) return undefined;
  return formatYearRange(firstYear, lastYear, locale);
}

function work(publication: Publication): TemplateResult {
  const href = safeUrl(publication.URL ?? (publication.DOI ? `https://doi.org/${publication.DOI}` : undefined));
  const year = cslDateParts(publication.issued)?.year;
  const title = href ? html`<a href=${href} rel="noopener">${publication.title}</a>` : publication.title;
  return html`<li>${title}${year === undefined ? nothing : html`, <span class="dates">${year}</span>`}</li>`;
}

/** The address of a list's view filtered to one person: `#publications.author=Yuxiong+He`. */
export function authorHash(listId: string, name: string): string {
  return `#${new URLSearchParams([[`${listId}.author`, name]]).toString()}`;
}

/**
 * Following a link to the view the hash holds already changes no hash, so the list would not hear of it: it is told
 * as if the hash had changed, and shows (and lands on) that view again.
 */
function followAgain(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  if (link.hash === location.hash) window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: location.href, newURL: location.href }));
}

function collaborator(person: Collaborator, byId: Map<string, Publication>, options: SectionOptions, listId: string | undefined): TemplateResult {
  const span = years(person, options.locale);
  const works = options.i18n.t('collaborators.works', { count: person.count });
  if (listId !== undefined) {
    const label = options.i18n.t('collaborators.works-with', { count: person.count, name: person.name });
    return html`<li class="item" part="item">
      <bdi class="name">${person.name}</bdi>
      <span class="meta"><a href=${authorHash(listId, person.name)} aria-label=${label} @click=${followAgain}>${works}</a>${span ? ` · ${span}` : ''}</span>
    </li>`;
  }
  const shared = person.publications.map((id) => byId.get(String(id))).filter((publication): publication is Publication => !!publication);
  return html`<li class="item" part="item">
    <details class="disclosure">
      <summary><bdi class="name">${person.name}</bdi> <span class="meta">${works}${span ? ` · ${span}` : ''}</span></summary>
      <ul>
        ${shared.map(work)}
      </ul>
    </details>
  </li>`;
}

/** Whether an element is a publication list that keeps its view in the URL hash. */
const syncs = (list: Element) => list.hasAttribute('sync-url') || (list as Element & { syncUrl?: unknown }).syncUrl === true;

/**
 * The hash prefix of the publication list the section's links lead to: one in the element the section is drawn in
 * (a profile page's publications section), else one in the same document or shadow root, else one in a profile
 * element's publications section there. Undefined when there is none.
 */
export function linkedListId(host: Element | undefined): string | undefined {
  if (!host) return undefined;
  const root = host.getRootNode() as Document | ShadowRoot;
  const places: ParentNode[] = [...(host.shadowRoot ? [host.shadowRoot] : []), root];
  for (const profile of root.querySelectorAll?.('researcher-profile, profile-section') ?? []) if (profile !== host && profile.shadowRoot) places.push(profile.shadowRoot);
  for (const place of places) {
    const list = [...place.querySelectorAll('pub-list')].find(syncs);
    if (list) return list.id || 'pubs';
  }
  return undefined;
}

/** The people, each linking to the page's list when it has one (looked for again after the element's render). */
class CollaboratorItems extends AsyncDirective {
  #waiting = false;

  render(people: readonly Collaborator[], byId: Map<string, Publication>, options: SectionOptions, listId?: string): TemplateResult[] {
    return people.map((person) => collaborator(person, byId, options, listId));
  }

  override update(part: ChildPart, [people, byId, options]: Parameters<this['render']>): TemplateResult[] {
    const host = part.options?.host as (Element & { updateComplete?: Promise<unknown> }) | undefined;
    // A profile page knows its own list; elsewhere the list is looked for in the page.
    const listId = options.publicationsList ?? linkedListId(host);
    // On the element's first render the list drawn beside the section is not in the page yet: looked for once drawn.
    if (listId === undefined && host?.updateComplete && !this.#waiting) {
      this.#waiting = true;
      void host.updateComplete.then(() => {
        this.#waiting = false;
        const found = linkedListId(host);
        if (found !== undefined && this.isConnected) this.setValue(this.render(people, byId, options, found));
      });
    }
    return this.render(people, byId, options, listId);
  }
}

const collaboratorItems = directive(CollaboratorItems);

/** The people the profile's owner wrote with, ranked, each linking to their works in the page's list (or opening onto them). */
export function collaboratorsSection(profile: Profile, options: SectionOptions): TemplateResult {
  const publications = profile.publications ?? [];
  const byId = new Map(publications.map((publication) => [String(publication.id), publication]));
  const people = collaborators(publications, { name: profile.basics.name, variants: profile.basics.nameVariants ?? [] });
  return html`<ol class="items collaborators">
    ${collaboratorItems(people, byId, options)}
  </ol>`;
}
