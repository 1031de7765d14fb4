import { parsePartialDate } from '../../model/dates.js';
import type { DateRange, Profile } from '../../model/types.js';

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
