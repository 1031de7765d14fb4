/**
 * A profile's CV sections as a page shows them: which sections have data, talks grouped by kind, service grouped by
 * role with venues and years compressed ("Reviewer — NeurIPS 2019–2020, ICLR 2020–2022"), lists in date order.
 */
import { kindLabel } from './kinds.js';
import { collaborators } from './collaborators.js';
import { LINK_KIND_LABELS } from './link-labels.js';

export { countryName, formatLocation } from './location.js';
export { KNOWN_KINDS, kindLabel, knownKind, type KnownKind } from './kinds.js';
import { dateKey, formatDateParts, interpretDate, parsePartialDate, presentLabel, type FormatOptions } from './dates.js';
import type { AsWritten, DateRange, Honor, Link, Press, Profile, Project, Publication, Service, Talk } from './types.js';

/** Every section a homepage can show, in the default order. */
export const SECTION_KEYS = [
  'about',
  'themes',
  'publications',
  'collaborators',
  'experience',
  'education',
  'timeline',
  'teaching',
  'talks',
  'mentoring',
  'honors',
  'certificates',
  'service',
  'volunteer',
  'press',
  'skills',
  'languages',
  'interests',
  'references',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

/** Each section's English title (pages take theirs from the interface catalogue: src/internal/sections/section-titles.ts). */
export const SECTION_TITLES: Record<SectionKey, string> = {
  about: 'About',
  themes: 'Research',
  publications: 'Publications',
  collaborators: 'Collaborators',
  experience: 'Experience',
  education: 'Education',
  timeline: 'Career timeline',
  teaching: 'Teaching',
  talks: 'Talks',
  mentoring: 'Mentoring',
  honors: 'Honors and awards',
  certificates: 'Certificates',
  service: 'Service',
  volunteer: 'Volunteering',
  press: 'Press',
  skills: 'Skills',
  languages: 'Languages',
  interests: 'Personal interests',
  references: 'References',
};

export function isSectionKey(value: string): value is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(value);
}

/** How many items a section would show (0: the section is left out). */
export function sectionSize(profile: Profile, key: SectionKey): number {
  switch (key) {
    case 'about':
      return (profile.basics.bio ?? []).filter((paragraph) => paragraph.trim()).length;
    case 'themes':
      return profile.projects?.length ?? 0;
    case 'publications':
      return profile.publications?.length ?? 0;
    case 'collaborators':
      return collaborators(profile.publications ?? [], { name: profile.basics.name, variants: profile.basics.nameVariants ?? [] }).length;
    case 'experience':
      return profile.work?.length ?? 0;
    case 'education':
      return profile.education?.length ?? 0;
    case 'timeline':
      return (profile.work?.length ?? 0) + (profile.education?.length ?? 0);
    case 'teaching':
      return profile.teaching?.length ?? 0;
    case 'talks':
      return profile.talks?.length ?? 0;
    case 'mentoring':
      return profile.mentoring?.length ?? 0;
    case 'honors':
      return profile.honors?.length ?? 0;
    case 'service':
      return profile.service?.length ?? 0;
    case 'press':
      return profile.press?.length ?? 0;
    case 'certificates':
      return profile.certificates?.length ?? 0;
    case 'volunteer':
      return profile.volunteer?.length ?? 0;
    case 'skills':
      return profile.skills?.length ?? 0;
    case 'languages':
      return profile.languages?.length ?? 0;
    case 'interests':
      return (profile.basics.personalInterests ?? []).filter((item) => item.trim()).length + (profile.interests?.length ?? 0);
    case 'references':
      return profile.references?.length ?? 0;
  }
}

/** Sections a page shows only when asked for: the timeline repeats Experience and Education, collaborators Publications. */
const ON_REQUEST: readonly SectionKey[] = ['timeline', 'collaborators'];

/** The sections to show: the requested ones (or all but those shown on request) that have data, in the requested order. */
export function chooseSections(profile: Profile, requested?: readonly string[]): SectionKey[] {
  const keys = requested?.length ? requested.filter(isSectionKey) : SECTION_KEYS.filter((key) => !ON_REQUEST.includes(key));
  return keys.filter((key, index) => keys.indexOf(key) === index && sectionSize(profile, key) > 0);
}

/** The kinds of talk with a group of their own, in the order the groups are shown; the rest are "other". */
export const TALK_GROUP_KINDS = ['keynote', 'invited-talk', 'lecture', 'tutorial', 'panel', 'presentation'] as const;

/** A group of talks: a kind of {@link TALK_GROUP_KINDS}, or "other". */
export type TalkGroupKind = (typeof TALK_GROUP_KINDS)[number] | 'other';

/** English group names (a page's interface text translates them by `kind`). */
const TALK_GROUP_LABELS: Record<TalkGroupKind, string> = {
  keynote: 'Keynotes',
  'invited-talk': 'Invited talks',
  lecture: 'Lectures',
  tutorial: 'Tutorials',
  panel: 'Panels',
  presentation: 'Presentations',
  other: 'Other talks',
};

/**
 * Talks grouped by kind (keynotes, invited talks, lectures, …, presentations, other), each in source order. `label`
 * is the group's English name; pages name a group by its `kind` in their language.
 */
export function groupTalks(talks: readonly Talk[]): Array<{ kind: TalkGroupKind; label: string; talks: Talk[] }> {
  const known = new Set<string>(TALK_GROUP_KINDS);
  const groups = TALK_GROUP_KINDS.map((kind) => ({ kind: kind as TalkGroupKind, label: TALK_GROUP_LABELS[kind], talks: talks.filter((talk) => talk.kind === kind) }));
  groups.push({ kind: 'other', label: TALK_GROUP_LABELS.other, talks: talks.filter((talk) => !talk.kind || !known.has(talk.kind)) });
  return groups.filter((group) => group.talks.length > 0);
}

/** Years of a service entry or honor. */
export function yearsOf(entry: Pick<Service | Honor, 'year' | 'years'> & { date?: string }): number[] {
  const years = new Set<number>([...(entry.years ?? []), ...(entry.year !== undefined ? [entry.year] : [])]);
  const dated = parsePartialDate(entry.date);
  if (dated) years.add(dated.year);
  return [...years].sort((a, b) => a - b);
}

/** "2019–2020, 2022": consecutive years as ranges. */
export function compressYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let index = 0; index < sorted.length; index++) {
    const start = sorted[index]!;
    let end = start;
    while (sorted[index + 1] === end + 1) end = sorted[++index]!;
    runs.push(end === start ? String(start) : `${start}–${end}`);
  }
  return runs.join(', ');
}

/** One venue in a service group: "NeurIPS 2019–2020", and the full names and links of its entries. */
export interface ServiceVenue {
  /** The short name as written ("NeurIPS"), or the full name when there is no short one; "" when neither is given. */
  venue: string;
  /** Its years, compressed: "2019–2020, 2022". */
  years: string;
  latest: number;
  /**
   * Its entries, those with the same full name and link merged, newest first: "The 34th Conference on Neural
   * Information Processing Systems", 2020, with its page.
   */
  details: ServiceDetail[];
}

/** Entries of one venue that share a full name and a link. */
export interface ServiceDetail {
  /** The full name, when one is given and differs from the short one. */
  venueFull?: string;
  url?: string;
  /** Their years, compressed. */
  years: string;
  latest: number;
}

export interface ServiceGroup {
  /** The role as written ("Reviewer", "Program Committee"). */
  role: string;
  kind?: string;
  /** Venues with their years compressed, most recent first: "NeurIPS 2019–2020". */
  venues: ServiceVenue[];
  /** The compact line: "NeurIPS 2019–2020, ICLR 2020–2022". */
  summary: string;
}

const KIND_ORDER = ['chair', 'organizer', 'editor', 'program-committee', 'reviewer', 'other'];

/** True when a service group has more to say than its compact line: full venue names or links. */
export function hasServiceDetails(group: ServiceGroup): boolean {
  return group.venues.some((venue) => venue.details.some((detail) => detail.venueFull || detail.url));
}

/** Service grouped by role, with each venue's years compressed, e.g. "Reviewer — NeurIPS 2019–2020, ICLR 2020–2022". */
export function groupService(service: readonly Service[]): ServiceGroup[] {
  type Details = Map<string, { venueFull?: string; url?: string; years: Set<number> }>;
  const groups = new Map<string, { role: string; kind?: string; venues: Map<string, { years: Set<number>; details: Details }>; order: number }>();
  service.forEach((entry, index) => {
    const roleKey = entry.role.trim().toLowerCase();
    let group = groups.get(roleKey);
    if (!group) {
      group = { role: entry.role.trim(), venues: new Map(), order: index };
      if (entry.kind) group.kind = entry.kind;
      groups.set(roleKey, group);
    }
    const venue = (entry.venue ?? entry.venueFull ?? '').trim();
    let found = group.venues.get(venue);
    if (!found) {
      found = { years: new Set(), details: new Map() };
      group.venues.set(venue, found);
    }
    const years = yearsOf(entry);
    for (const year of years) found.years.add(year);
    const full = entry.venueFull?.trim();
    const venueFull = full && full !== venue ? full : undefined;
    const url = entry.url?.trim() || undefined;
    const key = JSON.stringify([venueFull ?? '', url ?? '']);
    let detail = found.details.get(key);
    if (!detail) {
      detail = { years: new Set() };
      if (venueFull) detail.venueFull = venueFull;
      if (url) detail.url = url;
      found.details.set(key, detail);
    }
    for (const year of years) detail.years.add(year);
  });
  const rank = (kind: string | undefined) => {
    const position = KIND_ORDER.indexOf(kind ?? 'other');
    return position < 0 ? KIND_ORDER.length : position;
  };
  return [...groups.values()]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.order - b.order)
    .map((group) => {
      const venues = [...group.venues.entries()]
        .map(([venue, found]): ServiceVenue => ({
          venue,
          years: compressYears([...found.years]),
          latest: Math.max(0, ...found.years),
          details: [...found.details.values()]
            .map(({ years, ...rest }) => ({ ...rest, years: compressYears([...years]), latest: Math.max(0, ...years) }))
            .sort((a, b) => b.latest - a.latest),
        }))
        .sort((a, b) => b.latest - a.latest || a.venue.localeCompare(b.venue));
      const summary = venues.map((venue) => [venue.venue, venue.years].filter(Boolean).join(' ')).join(', ');
      const result: ServiceGroup = { role: group.role, venues, summary };
      if (group.kind) result.kind = group.kind;
      return result;
    });
}

/** Press items, newest first (undated last, in source order). */
export function sortPress(press: readonly Press[]): Press[] {
  return [...press].sort((a, b) => {
    const left = parsePartialDate(a.date);
    const right = parsePartialDate(b.date);
    if (!left || !right) return (left ? 0 : 1) - (right ? 0 : 1);
    return dateKey(right) - dateKey(left);
  });
}

/** How links are named in a language: a well-known kind's name (undefined for others), and the word for a link. */
export interface LinkWords {
  kind(kind: string): string | undefined;
  link: string;
}

/** Links named in English. */
const ENGLISH_LINK_WORDS: LinkWords = { kind: (kind) => (Object.hasOwn(LINK_KIND_LABELS, kind) ? LINK_KIND_LABELS[kind] : undefined), link: 'Link' };

/**
 * What a link is called on screen: its own label, else its kind's name (`words`: in the page's language; English by
 * default), else the kind as words (a kind the researcher wrote), else the word for a link.
 */
export function linkLabel(link: Pick<Link, 'kind' | 'label'>, words: LinkWords = ENGLISH_LINK_WORDS): string {
  return link.label?.trim() || words.kind(link.kind) || kindLabel(link.kind) || words.link;
}

const written = (asWritten: AsWritten | undefined, key: string): string | undefined => {
  const text = asWritten?.[key];
  return typeof text === 'string' && text.trim() ? text.trim() : undefined;
};

/**
 * A range as a page shows it ("Jun 2024 – Present": the end of an ongoing range is `options.present`, else the
 * locale's word from `presentLabel`), with a date the source wrote more precisely than a date holds
 * shown as written ("Spring 2020 – 2021"). A range written in one field ("Fall 2019 – Spring 2021") is shown whole.
 */
export function formatEntryRange(range: DateRange, options: FormatOptions & { present?: string } = {}): string {
  const startWritten = written(range.asWritten, 'startDate');
  const endWritten = written(range.asWritten, 'endDate');
  const isRange = (text: string | undefined) => !!text && interpretDate(text).kind === 'range';
  if (isRange(startWritten) || isRange(endWritten)) return [startWritten, endWritten].filter(Boolean).join('; ');
  const start = startWritten ?? formatDateParts(parsePartialDate(range.startDate), options);
  const end = range.ongoing ? (options.present ?? presentLabel(options.locale)) : (endWritten ?? formatDateParts(parsePartialDate(range.endDate), options));
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start || end;
}

/** A single date as a page shows it ("Nov 2014"), or as the source wrote it when it said more ("Fall 2014"). */
export function formatEntryDate(entry: { date?: string; asWritten?: AsWritten }, options: FormatOptions = {}): string {
  return written(entry.asWritten, 'date') ?? formatDateParts(parsePartialDate(entry.date), options);
}

/**
 * When an honor or certificate was given: its date as precise as known ("Nov 2014", or as written: "Fall 2014"),
 * among its other years compressed ("2019–2020, Nov 2021").
 */
export function formatHonorDates(entry: Pick<Honor, 'year' | 'years' | 'date' | 'asWritten'>, options: FormatOptions = {}): string {
  const date = parsePartialDate(entry.date);
  const years = yearsOf(entry);
  const asWritten = written(entry.asWritten, 'date');
  if (!date || (date.month === undefined && !asWritten)) return compressYears(years);
  const runs = compressYears(years.filter((year) => year !== date.year))
    .split(', ')
    .filter(Boolean)
    .map((run) => ({ start: Number.parseInt(run, 10), text: run }));
  runs.push({ start: date.year, text: asWritten ?? formatDateParts(date, options) });
  return runs
    .sort((a, b) => a.start - b.start)
    .map((run) => run.text)
    .join(', ');
}

/** The profile's publications a project names by id, in the project's order (unknown ids are skipped). */
export function relatedPublications(project: Pick<Project, 'publications'>, profile: Profile): Publication[] {
  const byId = new Map((profile.publications ?? []).map((publication) => [String(publication.id), publication]));
  return (project.publications ?? []).map((id) => byId.get(String(id))).filter((publication): publication is Publication => !!publication);
}
