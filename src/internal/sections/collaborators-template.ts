/**
 * The collaborators section: everyone the researcher wrote with, read from their own publications (model/
 * collaborators.ts), most shared works first. Each person opens onto the works they share, so a reader sees the
 * publication list filtered to that person without leaving the section.
 */
import { html, nothing, type TemplateResult } from 'lit';
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

function collaborator(person: Collaborator, byId: Map<string, Publication>, options: SectionOptions): TemplateResult {
  const span = years(person, options.locale);
  const shared = person.publications.map((id) => byId.get(String(id))).filter((publication): publication is Publication => !!publication);
  return html`<li class="item" part="item">
    <details class="disclosure">
      <summary><bdi class="name">${person.name}</bdi> <span class="meta">${options.i18n.t('collaborators.works', { count: person.count })}${span ? ` · ${span}` : ''}</span></summary>
      <ul>
        ${shared.map(work)}
      </ul>
    </details>
  </li>`;
}

/** The people the profile's owner wrote with, ranked, each opening onto their shared works. */
export function collaboratorsSection(profile: Profile, options: SectionOptions): TemplateResult {
  const publications = profile.publications ?? [];
  const byId = new Map(publications.map((publication) => [String(publication.id), publication]));
  const people = collaborators(publications, { name: profile.basics.name, variants: profile.basics.nameVariants ?? [] });
  return html`<ol class="items collaborators">
    ${people.map((person) => collaborator(person, byId, options))}
  </ol>`;
}
