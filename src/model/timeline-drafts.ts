/**
 * A timeline's entries as a profile's sections give them, before they are placed: title, organisation, place,
 * link, dates as written and the details shown when an entry opens. Pure TypeScript, no DOM, and no words of the
 * interface: a fact is labelled by a {@link FactId} and a kind is given as the data writes it, for the page to name
 * in its language; an entry without a title has the title "" (the page names it by its kind).
 */
import { cslDateParts, isYearInBounds, parsePartialDate, type DateParts } from './dates.js';
import { formatCslName } from './names.js';
import { formatLocation } from './location.js';
import { text, texts } from './text.js';
import type { TimelineDetails, TimelineFact, TimelineKind } from './timeline-types.js';
import type { DateRange, Education, Honor, Profile, Publication, Talk, Teaching, Work } from './types.js';
import { safeUrl } from './urls.js';

/** One entry of a profile as read for the timeline; `start` is missing when it has no usable date. */
export interface Draft {
  kind: TimelineKind;
  path: string;
  title: string;
  type?: string | undefined;
  organization?: string | undefined;
  place?: string | undefined;
  url?: unknown;
  start?: DateParts | undefined;
  end?: DateParts | undefined;
  ongoing?: boolean | undefined;
  details: TimelineDetails;
}

/** How drafts are read: `locale` writes places (country names from country codes). */
interface DraftOptions {
  locale?: string | undefined;
}

/** "research-assistant" → "research assistant". */
const words = (value: unknown): string | undefined => text(value)?.replace(/[-_]+/g, ' ');

/**
 * What a fact in an entry's details says: its `label`. Pages name it in their language; `type` holds a kind as the
 * data writes it ("internship", "invited-talk"), `authors` every author (a page may show the first few).
 */
export const FACT_IDS = [
  'team',
  'type',
  'mentors',
  'field',
  'advisors',
  'committee',
  'thesis',
  'gpa',
  'course',
  'role',
  'co-instructors',
  'host',
  'years',
  'authors',
  'awards',
] as const;

export type FactId = (typeof FACT_IDS)[number];

function fact(facts: TimelineFact[], label: FactId, values: unknown): void {
  const list = Array.isArray(values) ? texts(values) : [text(values)].filter((item): item is string => !!item);
  if (list.length) facts.push({ label, values: list });
}

/** Details for display. Editorial `note`s in the data (where a value came from) are not shown. */
function details(summary: unknown, highlights: unknown, facts: TimelineFact[]): TimelineDetails {
  const result: TimelineDetails = { highlights: texts(highlights), facts };
  const summaryText = text(summary);
  if (summaryText) result.summary = summaryText;
  return result;
}

/** Where an entry with a date range starts and ends, and whether it goes on. */
function span(range: DateRange): Pick<Draft, 'start' | 'end' | 'ongoing'> {
  return { start: parsePartialDate(range.startDate), end: parsePartialDate(range.endDate), ongoing: range.ongoing === true };
}

function workDraft(work: Work, index: number, options: DraftOptions): Draft {
  const facts: TimelineFact[] = [];
  const title = text(work.position) ?? '';
  fact(facts, 'team', work.team);
  // "internship" says something a title such as "Research Intern" does not; "job" and "research assistant" do not.
  const type = words(work.kind);
  if (type && type !== 'job' && !title.toLowerCase().includes(type.toLowerCase())) fact(facts, 'type', work.kind);
  fact(facts, 'mentors', work.mentors);
  return {
    kind: 'experience',
    path: `/work/${index}`,
    title,
    type: text(work.kind),
    organization: text(work.organization),
    place: formatLocation(work.location, options),
    url: work.url,
    ...span(work),
    details: details(work.summary, work.highlights, facts),
  };
}

function educationDraft(education: Education, index: number, options: DraftOptions): Draft {
  const facts: TimelineFact[] = [];
  fact(facts, 'field', education.field);
  fact(facts, 'advisors', education.advisors);
  fact(facts, 'committee', education.committee);
  fact(facts, 'thesis', education.thesis?.title);
  fact(facts, 'gpa', education.gpa);
  return {
    kind: 'education',
    path: `/education/${index}`,
    title: text(education.degree) ?? text(education.field) ?? '',
    organization: text(education.institution),
    place: formatLocation(education.location, options),
    url: education.url ?? education.thesis?.url,
    ...span(education),
    details: details(education.summary, undefined, facts),
  };
}

function teachingDraft(teaching: Teaching, index: number): Draft {
  const facts: TimelineFact[] = [];
  fact(facts, 'course', teaching.courseCode);
  fact(facts, 'role', teaching.role);
  fact(facts, 'co-instructors', teaching.coInstructors);
  const code = text(teaching.courseCode);
  const title = text(teaching.title) ?? code ?? '';
  return {
    kind: 'teaching',
    path: `/teaching/${index}`,
    title: code && title !== code ? `${code}: ${title}` : title,
    type: text(teaching.role),
    organization: text(teaching.institution),
    url: teaching.url,
    ...span(teaching),
    details: details(teaching.summary, undefined, facts),
  };
}

function talkDraft(talk: Talk, index: number): Draft {
  const facts: TimelineFact[] = [];
  fact(facts, 'type', talk.kind);
  fact(facts, 'host', talk.host);
  return {
    kind: 'talks',
    path: `/talks/${index}`,
    title: text(talk.title) ?? '',
    type: text(talk.kind),
    organization: text(talk.event),
    place: text(talk.place),
    url: talk.url ?? talk.links?.find((link) => safeUrl(link.url))?.url,
    start: parsePartialDate(talk.date),
    details: details(undefined, undefined, facts),
  };
}

/** An honor is a point at its date, its year, or each of its years (one entry per year); years out of bounds are left out. */
function honorDrafts(honor: Honor, index: number): Draft[] {
  const base: Draft = {
    kind: 'honors',
    path: `/honors/${index}`,
    title: text(honor.title) ?? '',
    organization: text(honor.issuer),
    url: honor.url,
    details: details(honor.summary, undefined, []),
  };
  const date = parsePartialDate(honor.date);
  if (date) return [{ ...base, start: date }];
  const years = [...new Set([...(Array.isArray(honor.years) ? honor.years : []), ...(typeof honor.year === 'number' ? [honor.year] : [])])]
    .filter((year) => isYearInBounds(year))
    .sort((a, b) => a - b);
  if (!years.length) return [base];
  if (years.length > 1) base.details.facts.push({ label: 'years', values: years.map(String) });
  return years.map((year) => ({ ...base, start: { year } }));
}

function publicationDraft(publication: Publication, index: number): Draft {
  const facts: TimelineFact[] = [];
  const authors = (publication.author ?? []).map(formatCslName).filter(Boolean);
  if (authors.length) facts.push({ label: 'authors', values: authors });
  fact(facts, 'awards', publication.awards);
  const doi = text(publication.DOI);
  return {
    kind: 'publications',
    path: `/publications/${index}`,
    title: text(publication.title) ?? '',
    type: text(publication.category),
    organization: text(publication['container-title']) ?? text(publication['event-title']) ?? text(publication.venueShort) ?? text(publication.publisher),
    place: text(publication['event-place']),
    url: publication.URL ?? (doi ? `https://doi.org/${doi}` : undefined),
    start: cslDateParts(publication.issued),
    details: details(undefined, undefined, facts),
  };
}

/** The entries of one kind in `profile`, in the order of its data (an honor of several years gives several). */
export function drafts(profile: Profile, kind: TimelineKind, options: DraftOptions = {}): Draft[] {
  switch (kind) {
    case 'experience':
      return (profile.work ?? []).map((work, index) => workDraft(work, index, options));
    case 'education':
      return (profile.education ?? []).map((education, index) => educationDraft(education, index, options));
    case 'teaching':
      return (profile.teaching ?? []).map(teachingDraft);
    case 'talks':
      return (profile.talks ?? []).map(talkDraft);
    case 'honors':
      return (profile.honors ?? []).flatMap(honorDrafts);
    case 'publications':
      return (profile.publications ?? []).map(publicationDraft);
  }
}
