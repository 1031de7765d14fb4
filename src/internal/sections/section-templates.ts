/**
 * How each CV section looks. Shared by <profile-section> (one section) and <researcher-profile> (all of them), so
 * a section looks the same wherever a page places it. Every value meant for readers is shown; editorial `note`s
 * (where a value came from, what was corrected) are not. The publications and timeline sections hold a <pub-list>
 * and a <timeline-view>, loaded when first shown.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  formatEntryDate,
  formatEntryRange,
  formatHonorDates,
  groupService,
  groupTalks,
  relatedPublications,
  sortPress,
  hasServiceDetails,
  type SectionKey,
  type ServiceGroup,
} from '../../model/sections.js';
import type { Profile, Talk } from '../../model/types.js';
import { headingLevel } from '../headings.js';
import { collaboratorsSection } from './collaborators-template.js';
import { kindName, SECTION_TITLE_KEYS, TALK_GROUP_KEYS } from './section-titles.js';
import { both, bullets, chips, dates, facts, heading, joined, link, links, list, names, paragraph, place, quoted, translate, type SectionOptions } from './section-parts.js';

export type { SectionOptions } from './section-parts.js';

function about(profile: Profile): TemplateResult {
  return html`${(profile.basics.bio ?? []).filter((paragraph) => paragraph.trim()).map((paragraph) => html`<p>${paragraph}</p>`)}`;
}

function themes(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<div class="themes">
    ${(profile.projects ?? []).map((project) => {
      const related = relatedPublications(project, profile);
      // Every entry of this section is a research theme unless it says otherwise. A JSON Resume project says what
      // it is in `type` ("application").
      const kindText = project.kind ?? (typeof project['type'] === 'string' ? project['type'] : undefined);
      const kind = kindText === 'theme' ? undefined : kindName(kindText, translate(options));
      const range = formatEntryRange(project, { locale: options.locale });
      return html`<article class="item" part="item">
        ${heading(options, 1, project.name)}
        ${facts([kind, project.entity, project.roles?.length ? options.i18n.t('section.roles', { roles: list(project.roles, options) }) : undefined, range])}
        ${paragraph(project.description)}
        ${bullets(project.highlights)}
        ${chips(project.keywords, options.i18n.t('section.keywords'))}
        ${related.length ? html`<div class="meta">${options.i18n.t('section.related')} ${related.map((publication, index) => html`${index ? '; ' : ''}${quoted(link(publication.URL, publication.title), options)}`)}</div>` : nothing}
        ${project.url ? html`<div class="meta">${link(project.url, options.i18n.t('section.project-page'))}</div>` : nothing}
      </article>`;
    })}
  </div>`;
}

/** "Position · Organization", the organisation linked (the position when there is no organisation); either may be missing. */
function positionAt(position: string | undefined, organization: string | undefined, url: string | undefined): TemplateResult {
  const place = organization?.trim() ? link(url, organization) : undefined;
  if (!position?.trim()) return html`<strong>${place}</strong>`;
  return html`<strong>${place ? position : link(url, position)}</strong>${place ? html` · ${place}` : nothing}`;
}

function experience(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.work ?? []).map(
      (work) => html`<li class="item" part="item">
        <div class="line">${positionAt(work.position, joined([work.organization, work.team], ' — ') || undefined, work.url)} ${dates(work, options.locale)}</div>
        ${facts([kindName(work.kind, translate(options)), work.description, place(work.location, options)])}
        ${paragraph(work.summary)}
        ${bullets(work.highlights)}
        ${names(options, 'section.mentors', work.mentors)}
      </li>`,
    )}
  </ol>`;
}

function education(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.education ?? []).map((degree) => {
      const title = both(options, 'section.degree-in', ['degree', degree.degree], ['field', degree.field]);
      return html`<li class="item" part="item">
        <div class="line"><strong>${title || link(degree.url, degree.institution)}</strong>${title ? html` · ${link(degree.url, degree.institution)}` : nothing}
          ${dates(degree, options.locale)}</div>
        ${facts([place(degree.location, options)])}
        ${degree.gpa ? html`<div class="meta">${options.i18n.t('section.gpa', { gpa: degree.gpa })}</div>` : nothing}
        ${names(options, 'section.advisors', degree.advisors)} ${names(options, 'section.committee', degree.committee)}
        ${degree.thesis?.title ? html`<div class="meta">${options.i18n.t('section.thesis')} ${link(degree.thesis.url, degree.thesis.title)}</div>` : nothing}
        ${paragraph(degree.summary)}
        ${bullets(degree.highlights)}
        ${names(options, 'section.courses', degree.courses)}
      </li>`;
    })}
  </ol>`;
}

function teaching(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.teaching ?? []).map(
      (course) => html`<li class="item" part="item">
        <div class="line"><strong>${link(course.url, joined([course.courseCode, course.title], ' – '))}</strong>
          ${course.institution ? html` · ${course.institution}` : nothing} ${dates(course, options.locale)}</div>
        ${course.role ? html`<div class="meta">${course.role}</div>` : nothing}
        ${names(options, 'section.co-instructors', course.coInstructors)}
        ${paragraph(course.summary)}
      </li>`,
    )}
  </ol>`;
}

function talk(item: Talk, group: string, options: SectionOptions): TemplateResult {
  const date = formatEntryDate(item, { locale: options.locale });
  // A kind with no group of its own ("salon-reading") is said on the talk itself.
  const kind = group === 'other' && item.kind !== 'other' ? kindName(item.kind, translate(options)) : undefined;
  return html`<li class="item" part="item">
    <span class="title">${quoted(link(item.url, item.title), options)}</span>${kind ? html` <span class="meta">(${kind})</span>` : nothing}${item.event ? html`, <bdi>${item.event}</bdi>` : nothing}${item.host ? html`, ${options.i18n.t('section.hosted-by', { host: `\u2068${item.host}\u2069` })}` : nothing}${item.place ? html`, <bdi>${item.place}</bdi>` : nothing}${date ? html`, <span class="dates">${date}</span>` : nothing}${item.links?.length ? html` · ${links(item.links, options)}` : nothing}
  </li>`;
}

function talks(profile: Profile, options: SectionOptions): TemplateResult {
  return html`${groupTalks(profile.talks ?? []).map(
    (group) => html`<div class="group" data-kind=${group.kind}>
      ${heading(options, 1, options.i18n.t('section.talk-group', { group: options.i18n.t(TALK_GROUP_KEYS[group.kind]), count: group.talks.length }))}
      <ol class="items">${group.talks.map((item) => talk(item, group.kind, options))}</ol>
    </div>`,
  )}`;
}

function mentoring(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.mentoring ?? []).map(
      (mentee) => html`<li class="item" part="item">
        <div class="line"><strong>${link(mentee.url, mentee.mentee)}</strong>${mentee.position || mentee.institution ? html`, ${both(options, 'section.position-at', ['position', mentee.position], ['institution', mentee.institution])}` : nothing}
          ${dates(mentee, options.locale)}</div>
        ${mentee.topic ? html`<div>${mentee.topic}</div>` : nothing}
        ${mentee.outcome ? html`<div class="meta">${mentee.outcome}</div>` : nothing}
        ${names(options, 'section.co-advisors', mentee.coAdvisors)}
      </li>`,
    )}
  </ol>`;
}

function honors(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.honors ?? []).map((honor) => {
      const when = formatHonorDates(honor, { locale: options.locale });
      return html`<li class="item" part="item">
        <strong>${link(honor.url, honor.title)}</strong>${honor.issuer ? html`, ${honor.issuer}` : nothing}${when ? html` <span class="dates">${when}</span>` : nothing}
        ${honor.summary ? html`<div class="meta">${honor.summary}</div>` : nothing}
      </li>`;
    })}
  </ol>`;
}

function certificates(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.certificates ?? []).map((certificate) => {
      const when = formatEntryDate(certificate, { locale: options.locale });
      return html`<li class="item" part="item">
        <strong>${link(certificate.url, certificate.name)}</strong>${certificate.issuer ? html`, ${certificate.issuer}` : nothing}${when ? html` <span class="dates">${when}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

/** "Reviewer — NeurIPS 2019–2020, ICLR 2020–2022": a service group in one line. */
function serviceLine(group: ServiceGroup): TemplateResult {
  return html`<strong>${group.role}</strong>${group.summary ? html` — ${group.summary}` : nothing}`;
}

/**
 * A service group whose entries name venues in full or link to them: the compact line opens onto one line per
 * venue and full name, linked ("IPDPS — The 34th IEEE International Parallel & Distributed Processing Symposium, 2020").
 */
function serviceWithDetails(group: ServiceGroup, options: SectionOptions): TemplateResult {
  return html`<details class="disclosure service-details">
    <summary>${serviceLine(group)}</summary>
    <ul>
      ${group.venues.flatMap((venue) =>
        venue.details.map((detail) => {
          const name = detail.venueFull ? joined([venue.venue, detail.venueFull], ' — ') : venue.venue;
          return html`<li>${link(detail.url, name || options.i18n.t('section.link'))}${detail.years ? html`, <span class="dates">${detail.years}</span>` : nothing}</li>`;
        }),
      )}
    </ul>
  </details>`;
}

function service(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ul class="items service">
    ${groupService(profile.service ?? []).map(
      (group) => html`<li class="item" part="item" data-kind=${group.kind ?? 'other'}>${hasServiceDetails(group) ? serviceWithDetails(group, options) : serviceLine(group)}</li>`,
    )}
  </ul>`;
}

function volunteer(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.volunteer ?? []).map(
      (work) => html`<li class="item" part="item">
        <div class="line">${positionAt(work.position, work.organization, work.url)} ${dates(work, options.locale)}</div>
        ${facts([place(work.location, options)])}
        ${paragraph(work.summary)}
        ${bullets(work.highlights)}
      </li>`,
    )}
  </ol>`;
}

function press(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${sortPress(profile.press ?? []).map((item) => {
      const date = formatEntryDate(item, { locale: options.locale });
      return html`<li class="item" part="item">
        ${item.outlet ? html`<strong>${item.outlet}</strong>: ` : nothing}${link(item.url, item.title)}${date ? html`, <span class="dates">${date}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

function skills(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ul class="items skills">
    ${(profile.skills ?? []).map(
      (skill) => html`<li class="item" part="item">
        <strong>${skill.name}</strong>${skill.level ? html` <span class="level">${skill.level}</span>` : nothing}
        ${chips(skill.keywords, options.i18n.t('section.keywords-of', { name: skill.name }))}
      </li>`,
    )}
  </ul>`;
}

function languages(profile: Profile): TemplateResult {
  return html`<ul class="items languages">
    ${(profile.languages ?? []).map(
      (language) =>
        html`<li class="item" part="item"><strong>${language.language}</strong>${language.fluency ? html` <span class="level">${language.fluency}</span>` : nothing}</li>`,
    )}
  </ul>`;
}

function interests(profile: Profile, options: SectionOptions): TemplateResult {
  const structured = profile.interests ?? [];
  return html`${(profile.basics.personalInterests ?? []).filter((item) => item.trim()).map((paragraph) => html`<p>${paragraph}</p>`)}
  ${
    structured.length
      ? html`<ul class="items interests">
        ${structured.map((interest) => html`<li class="item" part="item"><strong>${interest.name}</strong>${chips(interest.keywords, options.i18n.t('section.keywords-of', { name: interest.name }))}</li>`)}
      </ul>`
      : nothing
  }`;
}

function references(profile: Profile): TemplateResult {
  return html`<ul class="items references">
    ${(profile.references ?? []).map(
      (reference) => html`<li class="item" part="item">
        <figure class="reference">
          ${reference.reference?.trim() ? html`<blockquote>${reference.reference}</blockquote>` : nothing}
          <figcaption>${reference.reference?.trim() ? '— ' : ''}${reference.name}</figcaption>
        </figure>
      </li>`,
    )}
  </ul>`;
}

/** The custom property a section's `<pub-list>` reads its room from while it loads (section.styles.ts, theme.styles.ts). */
const LOADING_HEIGHT = '--_scholar-loading-height';

/**
 * Gives each `<pub-list>` under `root` about the room its `profile`'s publications take (a row's placeholder is 8em,
 * plus controls and chart), kept while its code and data load so the sections below it do not jump. Called by the
 * elements after each render: set through the CSSOM (a strict CSP refuses style attributes), and never on the
 * server, whose page holds the list itself.
 */
export function reserveListRoom(root: ParentNode, profile: Profile | undefined): void {
  const room = `${(profile?.publications?.length ?? 0) * 8 + 12}em`;
  for (const list of root.querySelectorAll<HTMLElement>('pub-list')) {
    if (list.style.getPropertyValue(LOADING_HEIGHT) !== room) list.style.setProperty(LOADING_HEIGHT, room);
  }
}

/**
 * The publications and timeline sections draw `<pub-list>` and `<timeline-view>`, loaded the first time a page shows
 * such a section: a profile page without them never downloads them. (Server rendering defines them beforehand.)
 */
/**
 * The language of a nested element: in a browser it finds the outer element's itself (through the shadow roots);
 * a server renders it unconnected, so there it is told (the prerender command's `--lang`).
 */
const nestedLang = (options: SectionOptions) => (isServer ? options.locale : undefined);

/** The hash prefix of a profile's publication list: the collaborators section links to `#publications.author=…`. */
export const PUBLICATIONS_LIST_ID = 'publications';

function publications(profile: Profile, options: SectionOptions): TemplateResult {
  void import('../../components/pub-list/pub-list.js');
  // The outer element describes the page for search engines; the inner list does not repeat it. Its view is kept in
  // the URL hash, so that a filtered view can be linked to (a collaborator's works).
  return html`<pub-list id=${PUBLICATIONS_LIST_ID} sync-url .profile=${profile} hide-structured-data heading-level=${headingLevel(options.headingLevel, 1)}
    theme=${ifDefined(options.theme)} metrics=${ifDefined(options.metrics)} lang=${ifDefined(nestedLang(options))}></pub-list>`;
}

function timeline(profile: Profile, options: SectionOptions): TemplateResult {
  void import('../../components/timeline-view/timeline-view.js');
  return html`<timeline-view .profile=${profile} hide-structured-data heading-level=${headingLevel(options.headingLevel, 1)}
    theme=${ifDefined(options.theme)} lang=${ifDefined(nestedLang(options))}></timeline-view>`;
}

const RENDERERS: Record<SectionKey, (profile: Profile, options: SectionOptions) => TemplateResult> = {
  about,
  themes,
  publications,
  collaborators: collaboratorsSection,
  experience,
  education,
  timeline,
  teaching,
  talks,
  mentoring,
  honors,
  certificates,
  service,
  volunteer,
  press,
  skills,
  languages,
  interests,
  references,
};

/** One section: `part="section"`, `data-section`, a heading, and its content. */
export function renderSection(key: SectionKey, profile: Profile, options: SectionOptions): TemplateResult {
  const id = `section-${key}`;
  return html`<section part="section" class="section" data-section=${key} id=${id} aria-labelledby="${id}-title">
    ${heading(options, 0, options.i18n.t(SECTION_TITLE_KEYS[key]), `${id}-title`)}
    ${RENDERERS[key](profile, options)}
  </section>`;
}
