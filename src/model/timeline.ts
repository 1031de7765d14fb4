/**
 * Career timelines: the dated entries of one or several profiles, placed on a time axis and packed into lanes.
 * Pure TypeScript, no DOM. Split by concern: what a timeline holds (`timeline-types.ts`), entries read from a profile
 * (`timeline-drafts.ts`) and placed in time (`timeline-entries.ts`), lanes (`timeline-lanes.ts`) and the year axis
 * (`timeline-axis.ts`); this module gives all of them, and builds a whole timeline at once.
 *
 * ## Where partial dates go
 * An entry covers a half-open span of UTC calendar days, `[startTime, endTime)`:
 * - a start is placed at the beginning of the period it names: "2017" → 1 Jan 2017, "2017-08" → 1 Aug 2017,
 *   "2017-08-15" → that day;
 * - an end is placed at the end of the period it names (as the exclusive first instant after it): "2017" → the end
 *   of 31 Dec 2017, "2017-08" → the end of 31 Aug 2017, "2017-08-15" → the end of that day;
 * - an ongoing range ends at the end of `today`;
 * - a range with a start and no end (and not ongoing) lasts the period of its start ("2019" → all of 2019); an end
 *   before the start is read the same way (the data is inconsistent; the start is trusted);
 * - a point event (a talk, an honor, a publication) covers the period of its date: a "2022" paper covers 2022, a
 *   "2022-04-18" talk covers that day.
 * So two ranges overlap exactly when their periods share a day; "…–2017" and "2018–…" do not, while "…–2017-08"
 * and "2017-08–…" do (both claim August 2017; the data cannot say which day the change happened).
 *
 * ## Lanes
 * Per person, entries are sorted by start (then longest first) and each takes the lowest-numbered lane that is free
 * at its start; a new lane opens only when every lane is taken. This greedy colouring of an interval graph is
 * optimal: a lane is opened only at an instant where all existing lanes hold an entry that covers it, so the lane
 * count equals the largest number of entries that cover one instant, which no packing can go below.
 */
export * from './timeline-types.js';
export { compareItems, collectItems, placeEnd, placeStart } from './timeline-entries.js';
export { assignLanes, laneCounts, maxOverlap, occupiedEnd, packLanes } from './timeline-lanes.js';
export { axisFraction, tickStep, tickYears, yearAxis, type YearAxis } from './timeline-axis.js';

import { collectItems } from './timeline-entries.js';
import { assignLanes } from './timeline-lanes.js';
import type { Timeline, TimelineOptions } from './timeline-types.js';
import type { Profile } from './types.js';

/** Everything at once: one or several profiles → entries in date order, with lanes, and the undated rest. */
export function buildTimeline(profiles: Profile | readonly Profile[], options: TimelineOptions = {}): Timeline {
  const list = Array.isArray(profiles) ? (profiles as readonly Profile[]) : [profiles as Profile];
  const { items, undated } = collectItems(list, options);
  return { entries: assignLanes(items, options), undated };
}

/**
 * A location as one line of text.
 * @deprecated Use `formatLocation` (from the same module as the CV sections), which every element uses: it is the same
 * function, also writing the address, the postal code and a country code as the country's name.
 */
export { formatLocation as locationText } from './location.js';
