/**
 * How a `<timeline-view>` arranges what it shows: the entries of the kinds not hidden, packed into lanes per person,
 * on a year axis, in bands and in chunks for rendering. Computed once per change of data or filters.
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

/**
 * Entries are rendered in chunks of this many, each re-rendered only when something it shows changed: adding a
 * block, or opening one entry, does not go through every other entry of a long timeline.
 */
const CHUNK = 100;

/** The entries shown, and how they are laid out. */
export interface Arrangement {
  /** In date order, each with its lane; frozen (the element's read-only `entries`). */
  entries: readonly TimelineEntry[];
  axis: YearAxis | undefined;
  /** The shortest span a point event occupies, in milliseconds: POINT_SHARE of the axis. */
  minPointSpan: number;
  /** The shown entries of each person (by person index), each in date order: the bands. */
  bands: TimelineEntry[][];
  /** Each band's entries in chunks of CHUNK (the same arrays until what is shown changes, for `guard`). */
  chunks: TimelineEntry[][][];
  /** The chunk each entry (by id) is in. */
  chunkOf: Map<string, TimelineEntry[]>;
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
  chunks: [],
  chunkOf: new Map(),
  ordered: [],
  byId: new Map(),
  laneCounts: [],
};

function chunked(band: readonly TimelineEntry[] | undefined): TimelineEntry[][] {
  const chunks: TimelineEntry[][] = [];
  for (let index = 0; index < (band?.length ?? 0); index += CHUNK) chunks.push(band!.slice(index, index + CHUNK));
  return chunks;
}

/** Arranges the items of the kinds not hidden, for `people` people. */
export function arrange(items: readonly TimelineItem[], hiddenKinds: readonly TimelineKind[], people: number): Arrangement {
  const shown = items.filter((item) => !hiddenKinds.includes(item.kind));
  // Point events are at least POINT_SHARE of the axis wide; lanes are packed with that width.
  const bare = yearAxis(shown);
  const minPointSpan = bare ? (bare.endTime - bare.startTime) * POINT_SHARE : 0;
  const entries = Object.freeze(assignLanes(shown, { minPointSpan })) as readonly TimelineEntry[];
  const bands: TimelineEntry[][] = [];
  for (const entry of entries) (bands[entry.personIndex] ??= []).push(entry);
  const chunks = Array.from(bands, chunked);
  return {
    entries,
    axis: yearAxis(entries, { minPointSpan }),
    minPointSpan,
    bands,
    chunks,
    chunkOf: new Map(chunks.flatMap((band) => band.flatMap((chunk) => chunk.map((entry) => [entry.id, chunk] as const)))),
    ordered: bands.flatMap((band) => band ?? []),
    byId: new Map(entries.map((entry) => [entry.id, entry])),
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
