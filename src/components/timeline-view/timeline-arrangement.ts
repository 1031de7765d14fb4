/**
 * How a `<timeline-view>` arranges what it shows: the entries of the kinds not hidden, packed into lanes per person,
 * on a year axis, in bands. Computed once per change of data or filters, in time linear in the entries (and n log n
 * for the lanes).
 */
import {
  assignLanes,
  collectItems,
  laneCounts,
  yearAxis,
  type TimelineEntry,
  type TimelineItem,
  type TimelineKind,
  type UndatedEntry,
  type YearAxis,
} from '../../model/timeline.js';
import type { TimelineData } from './timeline-people.js';

/** A point event is drawn (and packed) at least this share of the axis wide, so that it stays visible and clickable. */
const POINT_SHARE = 0.015;

/** The entries shown, and how they are laid out. */
export interface Arrangement {
  /** In date order, each with its lane; frozen (the element's read-only `entries`). */
  entries: readonly TimelineEntry[];
  axis: YearAxis | undefined;
  /** The shortest span a point event occupies, in milliseconds: POINT_SHARE of the axis. */
  minPointSpan: number;
  /** The shown entries of each person (by person index), each in date order: the bands (new arrays when what is shown changes). */
  bands: TimelineEntry[][];
  /** The entries in DOM order: band by band. */
  ordered: TimelineEntry[];
  byId: Map<string, TimelineEntry>;
  /** How many lanes each person's band has, by person index. */
  laneCounts: number[];
}

export const NO_ARRANGEMENT: Arrangement = {
  entries: Object.freeze([]) as readonly TimelineEntry[],
  axis: undefined,
  minPointSpan: 0,
  bands: [],
  ordered: [],
  byId: new Map(),
  laneCounts: [],
};

/** Arranges the items of the kinds not hidden, for `people` people. */
export function arrange(items: readonly TimelineItem[], hiddenKinds: readonly TimelineKind[], people: number): Arrangement {
  const shown = hiddenKinds.length ? items.filter((item) => !hiddenKinds.includes(item.kind)) : items;
  // Point events are at least POINT_SHARE of the axis wide; lanes are packed with that width.
  const bare = yearAxis(shown);
  const minPointSpan = bare ? (bare.endTime - bare.startTime) * POINT_SHARE : 0;
  const entries = Object.freeze(assignLanes(shown, { minPointSpan })) as readonly TimelineEntry[];
  const bands: TimelineEntry[][] = Array.from({ length: people }, () => []);
  const byId = new Map<string, TimelineEntry>();
  for (const entry of entries) {
    (bands[entry.personIndex] ??= []).push(entry);
    byId.set(entry.id, entry);
  }
  return {
    entries,
    axis: yearAxis(entries, { minPointSpan }),
    minPointSpan,
    bands,
    ordered: bands.length === 1 ? bands[0]! : bands.flat(),
    byId,
    laneCounts: laneCounts(entries, people),
  };
}

/** How many items there are of each kind. */
export function kindCounts(items: readonly TimelineItem[]): Map<TimelineKind, number> {
  const counts = new Map<TimelineKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return counts;
}

/** The dated and undated entries of some data. */
export interface Collected {
  items: TimelineItem[];
  undated: UndatedEntry[];
}

/** What the dated entries depend on. */
interface CollectKey {
  data: TimelineData | undefined;
  kinds: readonly TimelineKind[];
  today: Date | undefined;
  locale: string;
}

/** Reads the entries of the data, and reads them again only when the data, kinds, `today` or language changed. */
export class EntryCollector {
  #last: { key: CollectKey; result: Collected } | undefined;

  read(key: CollectKey): Collected {
    if (this.#last && sameKey(this.#last.key, key)) return this.#last.result;
    const profiles = (key.data?.people ?? []).map((person) => person.profile);
    const result = collectItems(profiles, { kinds: key.kinds, today: key.today, locale: key.locale });
    this.#last = { key, result };
    return result;
  }
}

function sameKey(a: CollectKey, b: CollectKey): boolean {
  return a.data === b.data && a.kinds.join() === b.kinds.join() && a.today?.getTime() === b.today?.getTime() && a.locale === b.locale;
}
