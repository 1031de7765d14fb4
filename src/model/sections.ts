/**
 * A profile's CV sections as a page shows them: which sections have data, talks grouped by kind, service grouped by
 * role with venues and years compressed ("Reviewer — NeurIPS 2019–2020, ICLR 2020–2022"), lists in date order.
 */
import { dateKey, parsePartialDate } from './dates.js';
import type { Honor, Press, Profile, Service, Talk } from './types.js';

/** Every section a homepage can show, in the default order. */
export const SECTION_KEYS = [
  'about',
  'themes',
  'publications',
  'experience',
  'education',
  'timeline',
  'teaching',
  'talks',
  'mentoring',
  'honors',
  'service',
  'press',
  'interests',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_TITLES: Record<SectionKey, string> = {
  about: 'About',
  themes: 'Research',
  publications: 'Publications',
  experience: 'Experience',
  education: 'Education',
  timeline: 'Career timeline',
  teaching: 'Teaching',
  talks: 'Talks',
  mentoring: 'Mentoring',
  honors: 'Honors and awards',
  service: 'Service',
  press: 'Press',
  interests: 'Personal interests',
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
    case 'interests':
      return (profile.basics.personalInterests ?? []).filter((item) => item.trim()).length;
  }
}

/** The sections to show: the requested ones (or all) that have data, in the requested order. */
export function chooseSections(profile: Profile, requested?: readonly string[]): SectionKey[] {
  const keys = requested?.length ? requested.filter(isSectionKey) : SECTION_KEYS.filter((key) => key !== 'timeline');
  return keys.filter((key, index) => keys.indexOf(key) === index && sectionSize(profile, key) > 0);
}

const TALK_GROUPS: Array<{ kind: string; label: string }> = [
  { kind: 'keynote', label: 'Keynotes' },
  { kind: 'invited-talk', label: 'Invited talks' },
  { kind: 'lecture', label: 'Lectures' },
  { kind: 'tutorial', label: 'Tutorials' },
  { kind: 'panel', label: 'Panels' },
  { kind: 'presentation', label: 'Presentations' },
];

/** Talks grouped by kind (keynotes, invited talks, lectures, …, presentations, other), each in source order. */
export function groupTalks(talks: readonly Talk[]): Array<{ kind: string; label: string; talks: Talk[] }> {
  const known = new Set(TALK_GROUPS.map((group) => group.kind));
  const groups = TALK_GROUPS.map((group) => ({ ...group, talks: talks.filter((talk) => talk.kind === group.kind) }));
  groups.push({ kind: 'other', label: 'Other talks', talks: talks.filter((talk) => !talk.kind || !known.has(talk.kind)) });
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

export interface ServiceGroup {
  /** The role as written ("Reviewer", "Program Committee"). */
  role: string;
  kind?: string;
  /** Venues with their years compressed, most recent first: "NeurIPS 2019–2020". */
  venues: Array<{ venue: string; years: string; latest: number }>;
  /** The compact line: "NeurIPS 2019–2020, ICLR 2020–2022". */
  summary: string;
}

const KIND_ORDER = ['chair', 'organizer', 'editor', 'program-committee', 'reviewer', 'other'];

/** Service grouped by role, with each venue's years compressed, e.g. "Reviewer — NeurIPS 2019–2020, ICLR 2020–2022". */
export function groupService(service: readonly Service[]): ServiceGroup[] {
  const groups = new Map<string, { role: string; kind?: string; venues: Map<string, Set<number>>; order: number }>();
  service.forEach((entry, index) => {
    const roleKey = entry.role.trim().toLowerCase();
    let group = groups.get(roleKey);
    if (!group) {
      group = { role: entry.role.trim(), venues: new Map(), order: index };
      if (entry.kind) group.kind = entry.kind;
      groups.set(roleKey, group);
    }
    const venue = (entry.venue ?? entry.venueFull ?? '').trim();
    const years = group.venues.get(venue) ?? new Set<number>();
    for (const year of yearsOf(entry)) years.add(year);
    group.venues.set(venue, years);
  });
  const rank = (kind: string | undefined) => {
    const position = KIND_ORDER.indexOf(kind ?? 'other');
    return position < 0 ? KIND_ORDER.length : position;
  };
  return [...groups.values()]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.order - b.order)
    .map((group) => {
      const venues = [...group.venues.entries()]
        .map(([venue, years]) => ({ venue, years: compressYears([...years]), latest: Math.max(0, ...years) }))
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
