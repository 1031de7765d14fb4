/** Facts derived from a profile for display: current affiliation, publication counts and years, the career's span. */
import { cslDateParts, dateKey, parsePartialDate } from './dates.js';
import type { Affiliation, DateRange, Profile, Work } from './types.js';

/** The affiliation a card shows: the first current one, else the latest ongoing position. */
export function currentAffiliation(profile: Profile): Affiliation | undefined {
  const listed = profile.basics.affiliations?.find((affiliation) => affiliation.current !== false);
  if (listed) return listed;
  const ongoing = latestPosition(profile, (work) => work.ongoing === true && !!work.organization);
  if (!ongoing?.organization) return undefined;
  const affiliation: Affiliation = { organization: ongoing.organization, role: ongoing.position };
  if (ongoing.team) affiliation.department = ongoing.team;
  return affiliation;
}

function latestPosition(profile: Profile, accept: (work: Work) => boolean): Work | undefined {
  let best: Work | undefined;
  for (const work of profile.work ?? []) {
    if (!accept(work)) continue;
    if (!best || dateKey(parsePartialDate(work.startDate)) > dateKey(parsePartialDate(best.startDate))) best = work;
  }
  return best;
}

/** The headline: the profile's label, else the current role. */
export function headline(profile: Profile): string | undefined {
  return profile.basics.label ?? currentAffiliation(profile)?.role;
}

export interface PublicationStats {
  count: number;
  firstYear?: number;
  latestYear?: number;
}

/** How many publications, and the span of years they cover. */
export function publicationStats(profile: Profile): PublicationStats {
  const publications = profile.publications ?? [];
  let firstYear: number | undefined;
  let latestYear: number | undefined;
  for (const publication of publications) {
    const year = cslDateParts(publication.issued)?.year;
    if (year === undefined) continue;
    if (firstYear === undefined || year < firstYear) firstYear = year;
    if (latestYear === undefined || year > latestYear) latestYear = year;
  }
  const stats: PublicationStats = { count: publications.length };
  if (firstYear !== undefined) stats.firstYear = firstYear;
  if (latestYear !== undefined) stats.latestYear = latestYear;
  return stats;
}

/** True when a profile holds nothing to show beyond its name. */
export function isNameOnly(profile: Profile): boolean {
  const { name: _name, ...rest } = profile.basics;
  const hasBasics = Object.values(rest).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== ''));
  return !hasBasics && !Object.entries(profile).some(([key, value]) => key !== 'basics' && Array.isArray(value) && value.length > 0);
}

/** The years a career covers: from the earliest position's start to the latest end, or on to the present. */
export interface CareerSpan {
  firstYear: number;
  /** The latest end (or start) year; absent when a position is still held (`ongoing`). */
  latestYear?: number;
}

/**
 * The span of the profile's dated positions (`work` and `education`): the earliest year any starts (or ends, for an
 * entry with an end date only) to "present" when one is ongoing, else to the latest year any ends. Undefined when no
 * position carries a date.
 */
export function careerSpan(profile: Profile): CareerSpan | undefined {
  const positions: DateRange[] = [...(profile.work ?? []), ...(profile.education ?? [])];
  let first: number | undefined;
  let latest: number | undefined;
  let ongoing = false;
  for (const position of positions) {
    const start = parsePartialDate(position.startDate)?.year;
    const end = parsePartialDate(position.endDate)?.year;
    const years = [start, end].filter((year): year is number => year !== undefined);
    if (!years.length) continue;
    first = Math.min(first ?? Infinity, ...years);
    latest = Math.max(latest ?? -Infinity, ...years);
    if (position.ongoing === true) ongoing = true;
  }
  if (first === undefined) return undefined;
  return ongoing || latest === undefined ? { firstYear: first } : { firstYear: first, latestYear: latest };
}
