/**
 * A timeline's entries read from profiles and placed in time: partial dates become half-open spans of UTC days
 * (the rule is in the module comment of `timeline.ts`), sorted in date order. Pure TypeScript, no DOM.
 */
import { utcDayStart, type DateParts } from './dates.js';
import { drafts, type Draft } from './timeline-drafts.js';
import { DEFAULT_TIMELINE_KINDS, POINT_KINDS, TIMELINE_KINDS, type CollectOptions, type TimelineItem, type TimelineKind, type UndatedEntry } from './timeline-types.js';
import type { Profile } from './types.js';
import { safeUrl } from './urls.js';

/**
 * The first instant of a UTC day (months and days past their end roll over). `Date.UTC` is several times quicker than
 * a Date object, but reads the years 0–99 as 1900–1999: those go through `utcDayStart`, which keeps them.
 */
const dayStart = (year: number, monthIndex: number, day: number) => (year >= 100 ? Date.UTC(year, monthIndex, day) : utcDayStart(year, monthIndex, day));

/** The first instant of a partial date's period (UTC). Years keep their value: 50 is the year 50, never 1950. */
export function placeStart(parts: DateParts): number {
  return dayStart(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** The first instant after a partial date's period (UTC): the exclusive end of "2017" is 1 Jan 2018. */
export function placeEnd(parts: DateParts): number {
  if (parts.month === undefined) return dayStart(parts.year + 1, 0, 1);
  if (parts.day === undefined) return dayStart(parts.year, parts.month, 1);
  return dayStart(parts.year, parts.month - 1, parts.day + 1);
}

/** `today` as a calendar date (a Date is read in local time: the reader's today; an invalid Date is no date). */
function todayParts(today: Date | DateParts | undefined): DateParts {
  if (today && !(today instanceof Date)) return { year: today.year, month: today.month ?? 12, day: today.day ?? 31 };
  const date = today && !Number.isNaN(today.getTime()) ? today : new Date();
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

const KIND_ORDER = new Map(TIMELINE_KINDS.map((kind, index) => [kind, index]));

/** Ids compared with their numbers as numbers ("0-work-9" before "0-work-10"); one collator for every comparison. */
const ID_ORDER = new Intl.Collator('en', { numeric: true });

/** Date order: by start, then the longer entry first, then kind, person and position in the data. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return a.startTime - b.startTime || b.endTime - a.endTime || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || a.personIndex - b.personIndex || ID_ORDER.compare(a.id, b.id);
}

/** Who an item belongs to and its id, given by the caller. */
interface ItemContext {
  id: string;
  person: string;
  personIndex: number;
  /** The exclusive end of today: where ongoing ranges end. */
  todayEnd: number;
}

/** A dated draft placed in time (see the module comment of `timeline.ts`), with only the fields it has. */
function placeDraft(draft: Draft & { start: DateParts }, kind: TimelineKind, context: ItemContext): TimelineItem {
  const point = POINT_KINDS.has(kind);
  const ongoing = !point && draft.ongoing === true;
  const startTime = placeStart(draft.start);
  const periodEnd = placeEnd(draft.start);
  let endTime: number;
  if (ongoing) endTime = Math.max(context.todayEnd, periodEnd);
  else if (!point && draft.end) endTime = Math.max(placeEnd(draft.end), periodEnd);
  else endTime = periodEnd;
  const { id, person, personIndex } = context;
  const item: TimelineItem = {
    id,
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
  return item;
}

/**
 * Reads the dated entries of the chosen kinds from each profile (person `i` is `profiles[i]`), placed by the rule
 * in the module comment of `timeline.ts` and sorted in date order. Entries without a usable date are returned in
 * `undated`.
 */
export function collectItems(profiles: readonly Profile[], options: CollectOptions = {}): { items: TimelineItem[]; undated: UndatedEntry[] } {
  const kinds = options.kinds ?? DEFAULT_TIMELINE_KINDS;
  const todayEnd = placeEnd(todayParts(options.today));
  const items: TimelineItem[] = [];
  const undated: UndatedEntry[] = [];
  profiles.forEach((profile, personIndex) => {
    const person = profile.basics.name;
    for (const kind of TIMELINE_KINDS.filter((known) => kinds.includes(known))) {
      // An honor given in several years yields several entries from one path, one after another: they are numbered.
      let lastPath = '';
      let count = 0;
      for (const draft of drafts(profile, kind, { locale: options.locale })) {
        if (!draft.start) {
          undated.push({ kind, title: draft.title, person, path: draft.path });
          continue;
        }
        count = draft.path === lastPath ? count + 1 : 0;
        lastPath = draft.path;
        const baseId = `${personIndex}-${draft.path.slice(1).replaceAll('/', '-')}`;
        const id = count ? `${baseId}-${count}` : baseId;
        items.push(placeDraft(draft as Draft & { start: DateParts }, kind, { id, person, personIndex, todayEnd }));
      }
    }
  });
  items.sort(compareItems);
  return { items, undated };
}
