/**
 * How each CV section looks. Shared by <profile-section> (one section) and <researcher-profile> (all of them), so
 * a section looks the same wherever a page places it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateParts, formatRange, parsePartialDate } from '../../model/dates.js';
import { compressYears, groupService, groupTalks, sortPress, SECTION_TITLES, yearsOf, type SectionKey } from '../../model/sections.js';
import type { Location, Profile, Talk } from '../../model/types.js';
import { safeUrl } from '../../model/urls.js';
import '../pub-list/pub-list.js';
import '../timeline-view/timeline-view.js';

export interface SectionOptions {
  locale: string;
  /** The outer element's `theme`, handed to nested elements so they match it. */
  theme?: string | undefined;
  /** Heading level of the section title (sub-headings are one deeper). */
  headingLevel: number;
}

function heading(level: number, text: string, id?: string): TemplateResult {
  const clamped = Math.min(6, Math.max(1, level));
  return html`<div role="heading" aria-level=${clamped} class="heading level-${Math.min(clamped, 4)}" id=${id ?? nothing}>${text}</div>`;
}

function place(location: Location | undefined): string | undefined {
  if (!location) return undefined;
  if (typeof location === 'string') return location;
  return [location.city, location.region, location.country ?? location.countryCode].filter(Boolean).join(', ') || undefined;
}

function link(url: string | undefined, text: string): TemplateResult | string {
  const href = safeUrl(url);
  return href ? html`<a href=${href} rel="noopener">${text}</a>` : text;
}

function joined(parts: Array<string | undefined | false>, separator = ', '): string {
  return parts.filter((part): part is string => !!part && !!part.trim()).join(separator);
}

function names(label: string, people: readonly string[] | undefined): TemplateResult | typeof nothing {
  return people?.length ? html`<div class="meta">${label}: ${people.join(', ')}</div>` : nothing;
}

function dates(range: { startDate?: string; endDate?: string; ongoing?: boolean }, locale: string): TemplateResult | typeof nothing {
  const text = formatRange(range, { locale });
  return text ? html`<span class="dates">${text}</span>` : nothing;
}

function about(profile: Profile): TemplateResult {
  return html`${(profile.basics.bio ?? []).filter((paragraph) => paragraph.trim()).map((paragraph) => html`<p>${paragraph}</p>`)}`;
}

function themes(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<div class="themes">
    ${(profile.projects ?? []).map(
      (project) => html`<article class="item" part="item">
        ${heading(options.headingLevel + 1, project.name)}
        ${project.description ? html`<p>${project.description}</p>` : nothing}
        ${project.highlights?.length ? html`<ul>${project.highlights.map((highlight) => html`<li>${highlight}</li>`)}</ul>` : nothing}
        ${project.keywords?.length ? html`<ul class="chips" aria-label="Keywords">${project.keywords.map((keyword) => html`<li>${keyword}</li>`)}</ul>` : nothing}
        ${project.url ? html`<div class="meta">${link(project.url, 'Project page')}</div>` : nothing}
      </article>`,
    )}
  </div>`;
}

function experience(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.work ?? []).map(
      (work) => html`<li class="item" part="item">
        <div class="line"><strong>${work.position}</strong> · ${link(work.url, joined([work.organization, work.team], ' — '))} ${dates(work, options.locale)}</div>
        ${place(work.location) ? html`<div class="meta">${place(work.location)}</div>` : nothing}
        ${work.summary ? html`<p>${work.summary}</p>` : nothing}
        ${work.highlights?.length ? html`<ul>${work.highlights.map((highlight) => html`<li>${highlight}</li>`)}</ul>` : nothing}
        ${names('Mentors', work.mentors)}
      </li>`,
    )}
  </ol>`;
}

function education(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.education ?? []).map(
      (degree) => html`<li class="item" part="item">
        <div class="line"><strong>${joined([degree.degree, degree.field], ' in ') || degree.institution}</strong>
          ${degree.degree || degree.field ? html` · ${link(degree.url, degree.institution)}` : nothing} ${dates(degree, options.locale)}</div>
        ${place(degree.location) ? html`<div class="meta">${place(degree.location)}</div>` : nothing}
        ${degree.gpa ? html`<div class="meta">GPA: ${degree.gpa}</div>` : nothing}
        ${names('Advisors', degree.advisors)} ${names('Committee', degree.committee)}
        ${degree.thesis?.title ? html`<div class="meta">Thesis: ${link(degree.thesis.url, degree.thesis.title)}</div>` : nothing}
        ${degree.summary ? html`<p>${degree.summary}</p>` : nothing}
      </li>`,
    )}
  </ol>`;
}

function teaching(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.teaching ?? []).map(
      (course) => html`<li class="item" part="item">
        <div class="line"><strong>${link(course.url, joined([course.courseCode, course.title], ' – '))}</strong>
          ${course.institution ? html` · ${course.institution}` : nothing} ${dates(course, options.locale)}</div>
        ${course.role ? html`<div class="meta">${course.role}</div>` : nothing}
        ${names('With', course.coInstructors)}
        ${course.summary ? html`<p>${course.summary}</p>` : nothing}
      </li>`,
    )}
  </ol>`;
}

function talk(item: Talk, options: SectionOptions): TemplateResult {
  const date = formatDateParts(parsePartialDate(item.date), { locale: options.locale });
  return html`<li class="item" part="item">
    <span class="title">“${link(item.url, item.title)}”</span>${item.event ? html`, ${item.event}` : nothing}${item.host ? html`, hosted by ${item.host}` : nothing}${item.place ? html`, ${item.place}` : nothing}${date ? html`, <span class="dates">${date}</span>` : nothing}
  </li>`;
}

function talks(profile: Profile, options: SectionOptions): TemplateResult {
  return html`${groupTalks(profile.talks ?? []).map(
    (group) => html`<div class="group" data-kind=${group.kind}>
      ${heading(options.headingLevel + 1, `${group.label} (${group.talks.length})`)}
      <ol class="items">${group.talks.map((item) => talk(item, options))}</ol>
    </div>`,
  )}`;
}

function mentoring(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${(profile.mentoring ?? []).map(
      (mentee) => html`<li class="item" part="item">
        <div class="line"><strong>${link(mentee.url, mentee.mentee)}</strong>${mentee.position || mentee.institution ? html`, ${joined([mentee.position, mentee.institution], ' at ')}` : nothing}
          ${dates(mentee, options.locale)}</div>
        ${mentee.topic ? html`<div>${mentee.topic}</div>` : nothing}
        ${mentee.outcome ? html`<div class="meta">${mentee.outcome}</div>` : nothing}
        ${names('Co-advised with', mentee.coAdvisors)}
      </li>`,
    )}
  </ol>`;
}

function honors(profile: Profile): TemplateResult {
  return html`<ol class="items">
    ${(profile.honors ?? []).map((honor) => {
      const years = compressYears(yearsOf(honor));
      return html`<li class="item" part="item">
        <strong>${link(honor.url, honor.title)}</strong>${honor.issuer ? html`, ${honor.issuer}` : nothing}${years ? html` <span class="dates">${years}</span>` : nothing}
        ${honor.summary ? html`<div class="meta">${honor.summary}</div>` : nothing}
      </li>`;
    })}
  </ol>`;
}

function service(profile: Profile): TemplateResult {
  return html`<ul class="items service">
    ${groupService(profile.service ?? []).map(
      (group) => html`<li class="item" part="item" data-kind=${group.kind ?? 'other'}><strong>${group.role}</strong>${group.summary ? html` — ${group.summary}` : nothing}</li>`,
    )}
  </ul>`;
}

function press(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<ol class="items">
    ${sortPress(profile.press ?? []).map((item) => {
      const date = formatDateParts(parsePartialDate(item.date), { locale: options.locale });
      return html`<li class="item" part="item">
        ${item.outlet ? html`<strong>${item.outlet}</strong>: ` : nothing}${link(item.url, item.title)}${date ? html`, <span class="dates">${date}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

function interests(profile: Profile): TemplateResult {
  return html`${(profile.basics.personalInterests ?? []).filter((item) => item.trim()).map((paragraph) => html`<p>${paragraph}</p>`)}`;
}

function publications(profile: Profile, options: SectionOptions): TemplateResult {
  // The outer element describes the page for search engines; the inner list does not repeat it.
  return html`<pub-list .profile=${profile} structured-data="off" theme=${options.theme ?? nothing}></pub-list>`;
}

function timeline(profile: Profile, options: SectionOptions): TemplateResult {
  return html`<timeline-view .profile=${profile} structured-data="off" theme=${options.theme ?? nothing}></timeline-view>`;
}

const RENDERERS: Record<SectionKey, (profile: Profile, options: SectionOptions) => TemplateResult> = {
  about,
  themes,
  publications,
  experience,
  education,
  timeline,
  teaching,
  talks,
  mentoring,
  honors,
  service,
  press,
  interests,
};

/** One section: `part="section"`, `data-section`, a heading, and its content. */
export function renderSection(key: SectionKey, profile: Profile, options: SectionOptions): TemplateResult {
  const id = `section-${key}`;
  return html`<section part="section" class="section" data-section=${key} id=${id} aria-labelledby="${id}-title">
    ${heading(options.headingLevel, SECTION_TITLES[key], `${id}-title`)}
    ${RENDERERS[key](profile, options)}
  </section>`;
}
