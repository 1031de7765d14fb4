/**
 * What a career timeline is made of: its kinds of entries, the entries as read from profiles and as placed in lanes,
 * and the options of reading and packing them. See `timeline.ts` for how dates are placed and lanes packed.
 * Pure TypeScript, no DOM.
 */
import type { DateParts } from './dates.js';

/** What a timeline can show. Ranges: experience (the profile's `work`), education, teaching. Points: talks, honors, publications. */
export type TimelineKind = 'experience' | 'education' | 'teaching' | 'talks' | 'honors' | 'publications';

/** Every kind, in the order filters and legends list them. */
export const TIMELINE_KINDS: readonly TimelineKind[] = ['experience', 'education', 'teaching', 'talks', 'honors', 'publications'];

/** The kinds shown when none are chosen: the ranges of a career. */
export const DEFAULT_TIMELINE_KINDS: readonly TimelineKind[] = ['experience', 'education', 'teaching'];

/** Kinds whose entries are single dates rather than ranges. */
export const POINT_KINDS: ReadonlySet<TimelineKind> = new Set<TimelineKind>(['talks', 'honors', 'publications']);

/** English names of the kinds, for filters and legends. */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  experience: 'Experience',
  education: 'Education',
  teaching: 'Teaching',
  talks: 'Talks',
  honors: 'Honors',
  publications: 'Publications',
};

/** Other words pages may write in `kinds`, mapped to a kind (the profile's section names, singulars). */
const KIND_ALIASES: Record<string, TimelineKind> = {
  work: 'experience',
  positions: 'experience',
  talk: 'talks',
  honor: 'honors',
  awards: 'honors',
  publication: 'publications',
  papers: 'publications',
};

/**
 * The kinds named by `words` (kind names or their aliases, in any case), in order and without repeats; unknown words
 * are ignored. None known: the default kinds.
 */
export function kindsFrom(words: readonly string[]): TimelineKind[] {
  const kinds: TimelineKind[] = [];
  for (const word of words.map((item) => item.toLowerCase())) {
    const kind = (TIMELINE_KINDS as readonly string[]).includes(word) ? (word as TimelineKind) : KIND_ALIASES[word];
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length ? kinds : [...DEFAULT_TIMELINE_KINDS];
}

/** Reads a `kinds` attribute value: words separated by commas or spaces; unknown words are ignored. */
export function parseKinds(text: string | null | undefined): TimelineKind[] {
  return kindsFrom((text ?? '').split(/[\s,]+/));
}

/**
 * One fact in an entry's details: `label` is a fact id (`FactId` in timeline-drafts.ts: 'advisors', 'type'…), named
 * by the page in its language; e.g. advisors: Feng Yan, Lei Yang.
 */
export interface TimelineFact {
  label: string;
  values: string[];
}

/** What an entry's details show beyond its title, organisation, place and dates. */
export interface TimelineDetails {
  summary?: string;
  highlights: string[];
  facts: TimelineFact[];
}

/** What lane packing needs of an entry. */
export interface Span {
  startTime: number;
  endTime: number;
  point?: boolean;
}

/** A timeline entry before lanes are assigned. */
export interface TimelineItem extends Span {
  /** Unique within the timeline and stable across renders, e.g. "0-work-3" (person 0, `/work/3`). */
  id: string;
  kind: TimelineKind;
  /** The data's own finer kind, when it has one: "internship", "keynote", "conference"… */
  type?: string;
  /** The role, degree, course, talk, honor or paper title. */
  title: string;
  /** Organisation, institution, event, issuer or venue. */
  organization?: string;
  /** Where, as written in the data. */
  place?: string;
  /** A safe link for the entry, when the data has one. */
  url?: string;
  /** The start (or the date of a point event), only as precise as the data. */
  start: DateParts;
  /** The end, as the data gives it; undefined for ongoing ranges, point events and ranges without an end. */
  end?: DateParts;
  /** True when the range has not ended: it runs to `today` and reads "Present". */
  ongoing: boolean;
  /** True for point events (talks, honors, publications). */
  point: boolean;
  /** Where the entry begins, in milliseconds since 1970 (UTC midnight; see the module comment of `timeline.ts`). */
  startTime: number;
  /** Where the entry ends, exclusive, in milliseconds since 1970 (see the module comment of `timeline.ts`). */
  endTime: number;
  details: TimelineDetails;
  /** The person's name. */
  person: string;
  /** Which person: the position of their profile among the inputs, from 0. */
  personIndex: number;
  /** JSON pointer of the entry in the person's profile, e.g. "/work/3". */
  path: string;
}

/** A timeline entry as shown: normalised, placed, and in its lane (0 is the top lane of its person's band). */
export interface TimelineEntry extends TimelineItem {
  lane: number;
}

/** An entry that cannot be placed because it has no usable date. */
export interface UndatedEntry {
  kind: TimelineKind;
  title: string;
  person: string;
  path: string;
}

export interface CollectOptions {
  /** Which kinds to read (default {@link DEFAULT_TIMELINE_KINDS}). */
  kinds?: readonly TimelineKind[];
  /** The day ongoing ranges run to (default: the current date). Only its calendar date counts. */
  today?: Date | DateParts;
  /** The language places are written in (country names from country codes); default the runtime's. */
  locale?: string;
}

export interface PackOptions {
  /**
   * The shortest span a point event occupies, in milliseconds (default 0). A view that draws a point wider than
   * its date (a marker) passes the marker's width in time here, so that markers in one lane never overlap.
   * Ranges always occupy exactly their dates.
   */
  minPointSpan?: number;
}

export interface TimelineOptions extends CollectOptions, PackOptions {}

/** The result of reading profiles: entries in date order with lanes, and what had no date. */
export interface Timeline {
  entries: TimelineEntry[];
  undated: UndatedEntry[];
}
