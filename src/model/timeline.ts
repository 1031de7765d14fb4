/**
 * Career timelines: the dated entries of one or several profiles, placed on a time axis and packed into lanes.
 * Pure TypeScript, no DOM.
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
import { cslDateParts, isYearInBounds, parsePartialDate, utcDayStart, type DateParts } from './dates.js';
import { formatCslName } from './names.js';
import { safeUrl } from './urls.js';
import type { Education, Honor, Location, Profile, Publication, Talk, Teaching, Work } from './types.js';

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

/** One labelled fact in an entry's details, e.g. Advisors: Feng Yan, Lei Yang. */
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

/** A timeline entry before lanes are assigned. */
export interface TimelineItem {
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
  /** Where the entry begins, in milliseconds since 1970 (UTC midnight; see the module comment). */
  startTime: number;
  /** Where the entry ends, exclusive, in milliseconds since 1970 (see the module comment). */
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

// ------------------------------------------------------------------------------------------------ placement

/** The first instant of a partial date's period (UTC). Years keep their value: 50 is the year 50, never 1950. */
export function placeStart(parts: DateParts): number {
  return utcDayStart(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** The first instant after a partial date's period (UTC): the exclusive end of "2017" is 1 Jan 2018. */
export function placeEnd(parts: DateParts): number {
  if (parts.month === undefined) return utcDayStart(parts.year + 1, 0, 1);
  if (parts.day === undefined) return utcDayStart(parts.year, parts.month, 1);
  return utcDayStart(parts.year, parts.month - 1, parts.day + 1);
}

/** `today` as a calendar date (a Date is read in local time: the reader's today; an invalid Date is no date). */
function todayParts(today: Date | DateParts | undefined): DateParts {
  if (today && !(today instanceof Date)) return { year: today.year, month: today.month ?? 12, day: today.day ?? 31 };
  const date = today && !Number.isNaN(today.getTime()) ? today : new Date();
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

// ------------------------------------------------------------------------------------------------ reading

/** Reads a `kinds` attribute value: words separated by spaces or commas; unknown words are ignored. */
export function parseKinds(text: string | null | undefined): TimelineKind[] {
  const kinds: TimelineKind[] = [];
  for (const word of (text ?? '').toLowerCase().split(/[\s,]+/)) {
    const kind = (TIMELINE_KINDS as readonly string[]).includes(word) ? (word as TimelineKind) : KIND_ALIASES[word];
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length ? kinds : [...DEFAULT_TIMELINE_KINDS];
}

/** A location as one line of text. */
export function locationText(location: Location | undefined): string | undefined {
  if (!location) return undefined;
  if (typeof location === 'string') return location.trim() || undefined;
  return [location.city, location.region, location.country ?? location.countryCode].filter(Boolean).join(', ') || undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter((item): item is string => !!item) : []);

/** "research-assistant" → "research assistant". */
const words = (value: unknown): string | undefined => text(value)?.replace(/[-_]+/g, ' ');

function fact(facts: TimelineFact[], label: string, values: unknown): void {
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

interface Draft {
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

function workDraft(work: Work, index: number): Draft {
  const facts: TimelineFact[] = [];
  const title = text(work.position) ?? 'Position';
  fact(facts, 'Team', work.team);
  // "internship" says something a title such as "Research Intern" does not; "job" and "research assistant" do not.
  const type = words(work.kind);
  if (type && type !== 'job' && !title.toLowerCase().includes(type.toLowerCase())) fact(facts, 'Type', type);
  fact(facts, 'Mentors', work.mentors);
  return {
    kind: 'experience',
    path: `/work/${index}`,
    title,
    type: text(work.kind),
    organization: text(work.organization),
    place: locationText(work.location),
    url: work.url,
    start: parsePartialDate(work.startDate),
    end: parsePartialDate(work.endDate),
    ongoing: work.ongoing === true,
    details: details(work.summary, work.highlights, facts),
  };
}

function educationDraft(education: Education, index: number): Draft {
  const facts: TimelineFact[] = [];
  fact(facts, 'Field', education.field);
  fact(facts, 'Advisors', education.advisors);
  fact(facts, 'Committee', education.committee);
  fact(facts, 'Thesis', education.thesis?.title);
  fact(facts, 'GPA', education.gpa);
  return {
    kind: 'education',
    path: `/education/${index}`,
    title: text(education.degree) ?? text(education.field) ?? 'Studies',
    organization: text(education.institution),
    place: locationText(education.location),
    url: education.url ?? education.thesis?.url,
    start: parsePartialDate(education.startDate),
    end: parsePartialDate(education.endDate),
    ongoing: education.ongoing === true,
    details: details(education.summary, undefined, facts),
  };
}

function teachingDraft(teaching: Teaching, index: number): Draft {
  const facts: TimelineFact[] = [];
  fact(facts, 'Course', teaching.courseCode);
  fact(facts, 'Role', teaching.role);
  fact(facts, 'Co-instructors', teaching.coInstructors);
  const code = text(teaching.courseCode);
  const title = text(teaching.title) ?? code ?? 'Course';
  return {
    kind: 'teaching',
    path: `/teaching/${index}`,
    title: code && title !== code ? `${code}: ${title}` : title,
    type: text(teaching.role),
    organization: text(teaching.institution),
    url: teaching.url,
    start: parsePartialDate(teaching.startDate),
    end: parsePartialDate(teaching.endDate),
    ongoing: teaching.ongoing === true,
    details: details(teaching.summary, undefined, facts),
  };
}

function talkDraft(talk: Talk, index: number): Draft {
  const facts: TimelineFact[] = [];
  fact(facts, 'Type', words(talk.kind));
  fact(facts, 'Host', talk.host);
  return {
    kind: 'talks',
    path: `/talks/${index}`,
    title: text(talk.title) ?? 'Talk',
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
    title: text(honor.title) ?? 'Honor',
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
  if (years.length > 1) base.details.facts.push({ label: 'Years', values: years.map(String) });
  return years.map((year) => ({ ...base, start: { year } }));
}

function publicationDraft(publication: Publication, index: number): Draft {
  const facts: TimelineFact[] = [];
  const authors = (publication.author ?? []).map(formatCslName).filter(Boolean);
  if (authors.length) facts.push({ label: 'Authors', values: authors.length > 6 ? [...authors.slice(0, 6), `${authors.length - 6} more`] : authors });
  fact(facts, 'Awards', publication.awards);
  const doi = text(publication.DOI);
  return {
    kind: 'publications',
    path: `/publications/${index}`,
    title: text(publication.title) ?? 'Untitled',
    type: text(publication.category),
    organization: text(publication['container-title']) ?? text(publication['event-title']) ?? text(publication.venueShort) ?? text(publication.publisher),
    place: text(publication['event-place']),
    url: publication.URL ?? (doi ? `https://doi.org/${doi}` : undefined),
    start: cslDateParts(publication.issued),
    details: details(undefined, undefined, facts),
  };
}

function drafts(profile: Profile, kind: TimelineKind): Draft[] {
  switch (kind) {
    case 'experience':
      return (profile.work ?? []).map(workDraft);
    case 'education':
      return (profile.education ?? []).map(educationDraft);
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

const KIND_ORDER = new Map(TIMELINE_KINDS.map((kind, index) => [kind, index]));

/** Ids compared with their numbers as numbers ("0-work-9" before "0-work-10"); one collator for every comparison. */
const ID_ORDER = new Intl.Collator('en', { numeric: true });

/** Date order: by start, then the longer entry first, then kind, person and position in the data. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.startTime - b.startTime ||
    b.endTime - a.endTime ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    a.personIndex - b.personIndex ||
    ID_ORDER.compare(a.id, b.id)
  );
}

/**
 * Reads the dated entries of the chosen kinds from each profile (person `i` is `profiles[i]`), placed by the rule
 * in the module comment and sorted in date order. Entries without a usable date are returned in `undated`.
 */
export function collectItems(profiles: readonly Profile[], options: CollectOptions = {}): { items: TimelineItem[]; undated: UndatedEntry[] } {
  const kinds = options.kinds ?? DEFAULT_TIMELINE_KINDS;
  const today = todayParts(options.today);
  const todayEnd = placeEnd(today);
  const items: TimelineItem[] = [];
  const undated: UndatedEntry[] = [];
  profiles.forEach((profile, personIndex) => {
    const person = profile.basics.name;
    for (const kind of TIMELINE_KINDS) {
      if (!kinds.includes(kind)) continue;
      const seen = new Map<string, number>();
      for (const draft of drafts(profile, kind)) {
        if (!draft.start) {
          undated.push({ kind, title: draft.title, person, path: draft.path });
          continue;
        }
        const point = POINT_KINDS.has(kind);
        const ongoing = !point && draft.ongoing === true;
        const startTime = placeStart(draft.start);
        const periodEnd = placeEnd(draft.start);
        let endTime: number;
        if (ongoing) endTime = Math.max(todayEnd, periodEnd);
        else if (!point && draft.end) endTime = Math.max(placeEnd(draft.end), periodEnd);
        else endTime = periodEnd;
        // An honor given in several years yields several entries from one path: number them.
        const baseId = `${personIndex}-${draft.path.slice(1).replace(/\//g, '-')}`;
        const count = seen.get(baseId) ?? 0;
        seen.set(baseId, count + 1);
        const item: TimelineItem = {
          id: count ? `${baseId}-${count}` : baseId,
          kind,
          title: draft.title,
          start: draft.start,
          ongoing,
          point,
          startTime,
          endTime,
          details: draft.details,
          person,
          personIndex,
          path: draft.path,
        };
        if (draft.type) item.type = draft.type;
        if (draft.organization) item.organization = draft.organization;
        if (draft.place) item.place = draft.place;
        const url = safeUrl(draft.url);
        if (url) item.url = url;
        if (!point && !ongoing && draft.end) item.end = draft.end;
        items.push(item);
      }
    }
  });
  items.sort(compareItems);
  return { items, undated };
}

// ------------------------------------------------------------------------------------------------ lanes

/** What lane packing needs of an entry. */
export interface Span {
  startTime: number;
  endTime: number;
  point?: boolean;
}

/** The span an entry occupies in its lane: its dates, or for a point at least `minPointSpan`. */
export function occupiedEnd(span: Span, minPointSpan = 0): number {
  return span.point ? Math.max(span.endTime, span.startTime + minPointSpan) : span.endTime;
}

/** A binary min-heap of numbers ordered by `key`: O(log n) push and pop. */
class MinHeap {
  readonly #items: number[] = [];
  readonly #key: (item: number) => number;

  constructor(key: (item: number) => number) {
    this.#key = key;
  }

  get size(): number {
    return this.#items.length;
  }

  peek(): number | undefined {
    return this.#items[0];
  }

  push(item: number): void {
    const items = this.#items;
    let index = items.push(item) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.#key(items[parent]!) <= this.#key(item)) break;
      items[index] = items[parent]!;
      index = parent;
    }
    items[index] = item;
  }

  pop(): number | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (!items.length || last === undefined) return top;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && this.#key(items[right]!) < this.#key(items[left]!) ? right : left;
      if (this.#key(items[child]!) >= this.#key(last)) break;
      items[index] = items[child]!;
      index = child;
    }
    items[index] = last;
    return top;
  }
}

/**
 * Lanes for spans (all of one band): each span, taken in order of start (ties: longer first), goes into the
 * lowest-numbered lane that is free at its start. Returns the lane of each span, in the order given. Optimal: the
 * number of lanes equals the largest number of spans covering one instant (see the module comment).
 *
 * O(n log n): busy lanes wait in a heap by the time they come free, free lanes in a heap by number. Starts come in
 * order, so a lane free at one start is free at every later one.
 */
export function packLanes(spans: readonly Span[], options: PackOptions = {}): number[] {
  const minPointSpan = options.minPointSpan ?? 0;
  const order = spans
    .map((span, index) => ({ index, start: span.startTime, end: occupiedEnd(span, minPointSpan) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const freeAt: number[] = [];
  const busy = new MinHeap((lane) => freeAt[lane]!);
  const free = new MinHeap((lane) => lane);
  const lanes = new Array<number>(spans.length);
  for (const { index, start, end } of order) {
    while (busy.size && freeAt[busy.peek()!]! <= start) free.push(busy.pop()!);
    const lane = free.size ? free.pop()! : freeAt.length;
    freeAt[lane] = end;
    busy.push(lane);
    lanes[index] = lane;
  }
  return lanes;
}

/** The largest number of spans that cover one instant (the fewest lanes any packing needs). */
export function maxOverlap(spans: readonly Span[], options: PackOptions = {}): number {
  const minPointSpan = options.minPointSpan ?? 0;
  // Ends sort before starts at the same instant: spans are half-open.
  const events = spans.flatMap((span) => [
    { time: span.startTime, change: 1 },
    { time: occupiedEnd(span, minPointSpan), change: -1 },
  ]);
  events.sort((a, b) => a.time - b.time || a.change - b.change);
  let current = 0;
  let most = 0;
  for (const event of events) {
    current += event.change;
    most = Math.max(most, current);
  }
  return most;
}

/** Assigns lanes per person (each person's band starts at lane 0). Keeps the order given. */
export function assignLanes(items: readonly TimelineItem[], options: PackOptions = {}): TimelineEntry[] {
  const byPerson = new Map<number, number[]>();
  items.forEach((item, index) => {
    const list = byPerson.get(item.personIndex) ?? [];
    list.push(index);
    byPerson.set(item.personIndex, list);
  });
  const entries: TimelineEntry[] = items.map((item) => ({ ...item, lane: 0 }));
  for (const indices of byPerson.values()) {
    const lanes = packLanes(indices.map((index) => items[index]!), options);
    indices.forEach((index, position) => (entries[index]!.lane = lanes[position]!));
  }
  return entries;
}

/** How many lanes each person's band has (0 for a person without entries), indexed by person. */
export function laneCounts(entries: readonly TimelineEntry[], people: number): number[] {
  const counts = new Array<number>(people).fill(0);
  for (const entry of entries) counts[entry.personIndex] = Math.max(counts[entry.personIndex] ?? 0, entry.lane + 1);
  return counts;
}

/** Everything at once: one or several profiles → entries in date order, with lanes, and the undated rest. */
export function buildTimeline(profiles: Profile | readonly Profile[], options: TimelineOptions = {}): Timeline {
  const list = Array.isArray(profiles) ? (profiles as readonly Profile[]) : [profiles as Profile];
  const { items, undated } = collectItems(list, options);
  return { entries: assignLanes(items, options), undated };
}

// ------------------------------------------------------------------------------------------------ axis

/** A time axis of whole years: from 1 Jan of `firstYear` to 1 Jan of `endYear` (exclusive). */
export interface YearAxis {
  firstYear: number;
  /** The year after the last one shown. */
  endYear: number;
  startTime: number;
  endTime: number;
}

/** The whole years that hold every span (undefined for none). */
export function yearAxis(spans: readonly Span[], options: PackOptions = {}): YearAxis | undefined {
  if (!spans.length) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    start = Math.min(start, span.startTime);
    end = Math.max(end, occupiedEnd(span, options.minPointSpan));
  }
  const firstYear = new Date(start).getUTCFullYear();
  const lastInstant = new Date(end - 1);
  const endYear = lastInstant.getUTCFullYear() + 1;
  return { firstYear, endYear, startTime: utcDayStart(firstYear), endTime: utcDayStart(endYear) };
}

/** The year step between labelled ticks so that labels are at least `minGap` pixels apart. */
export function tickStep(axis: YearAxis, width: number, minGap = 56): number {
  const years = axis.endYear - axis.firstYear;
  const perYear = width / Math.max(1, years);
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100]) if (step * perYear >= minGap) return step;
  return Math.ceil(years / 2);
}

/** The years that get a labelled tick: multiples of `step` inside the axis (all years when `step` is 1). */
export function tickYears(axis: YearAxis, step: number): number[] {
  const years: number[] = [];
  for (let year = Math.ceil(axis.firstYear / step) * step; year < axis.endYear; year += step) years.push(year);
  if (!years.length) years.push(axis.firstYear);
  return years;
}

/** Where an instant falls on the axis, from 0 to 1. */
export function axisFraction(axis: YearAxis, time: number): number {
  return (time - axis.startTime) / (axis.endTime - axis.startTime);
}
