/**
 * Lanes: each person's entries packed into the fewest rows in which no two overlap (the proof is in the module
 * comment of `timeline.ts`). Pure TypeScript, no DOM.
 */
import type { PackOptions, Span, TimelineEntry, TimelineItem } from './timeline-types.js';

/** The span an entry occupies in its lane: its dates, or for a point at least `minPointSpan`. */
export function occupiedEnd(span: Span, minPointSpan = 0): number {
  return span.point ? Math.max(span.endTime, span.startTime + minPointSpan) : span.endTime;
}

/**
 * A binary min-heap of lanes by a number (when a lane comes free, or the lane's own number): O(log n) push and pop,
 * in typed arrays (no object or closure per lane: a career of 20,000 entries packs in a few milliseconds).
 */
class LaneHeap {
  readonly #lanes: Int32Array;
  readonly #keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.#lanes = new Int32Array(Math.max(1, capacity));
    this.#keys = new Float64Array(Math.max(1, capacity));
  }

  /** The key of the top lane (Infinity when empty). */
  topKey(): number {
    return this.size ? this.#keys[0]! : Number.POSITIVE_INFINITY;
  }

  push(lane: number, key: number): void {
    const lanes = this.#lanes;
    const keys = this.#keys;
    let index = this.size++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (keys[parent]! <= key) break;
      lanes[index] = lanes[parent]!;
      keys[index] = keys[parent]!;
      index = parent;
    }
    lanes[index] = lane;
    keys[index] = key;
  }

  /** Removes the top lane and returns it (the heap must not be empty). */
  pop(): number {
    const lanes = this.#lanes;
    const keys = this.#keys;
    const top = lanes[0]!;
    const size = --this.size;
    if (size === 0) return top;
    const lastLane = lanes[size]!;
    const lastKey = keys[size]!;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && keys[right]! < keys[left]! ? right : left;
      if (keys[child]! >= lastKey) break;
      lanes[index] = lanes[child]!;
      keys[index] = keys[child]!;
      index = child;
    }
    lanes[index] = lastLane;
    keys[index] = lastKey;
    return top;
  }
}

/**
 * Lanes for spans (all of one band): each span, taken in order of start (ties: longer first), goes into the
 * lowest-numbered lane that is free at its start. Returns the lane of each span, in the order given. Optimal: the
 * number of lanes equals the largest number of spans covering one instant (see the module comment of `timeline.ts`).
 *
 * O(n log n): busy lanes wait in a heap by the time they come free, free lanes in a heap by number. Starts come in
 * order, so a lane free at one start is free at every later one. Spans already in that order (a timeline's entries
 * are) are not sorted again.
 */
export function packLanes(spans: readonly Span[], options: PackOptions = {}): number[] {
  const minPointSpan = options.minPointSpan ?? 0;
  const count = spans.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let ordered = true;
  for (let index = 0; index < count; index++) {
    const span = spans[index]!;
    starts[index] = span.startTime;
    ends[index] = occupiedEnd(span, minPointSpan);
    if (index && (starts[index - 1]! > starts[index]! || (starts[index - 1] === starts[index] && ends[index - 1]! < ends[index]!))) ordered = false;
  }
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index++) order[index] = index;
  if (!ordered) order.sort((a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]! || a - b);
  const busy = new LaneHeap(count);
  const free = new LaneHeap(count);
  const lanes = new Array<number>(count);
  let laneCount = 0;
  for (let position = 0; position < count; position++) {
    const index = order[position]!;
    const start = starts[index]!;
    while (busy.size && busy.topKey() <= start) {
      const lane = busy.pop();
      free.push(lane, lane);
    }
    const lane = free.size ? free.pop() : laneCount++;
    busy.push(lane, ends[index]!);
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
  if (items.every((item) => item.personIndex === items[0]!.personIndex)) {
    // One person (the usual case): one packing, no regrouping.
    const lanes = packLanes(items, options);
    return items.map((item, index) => ({ ...item, lane: lanes[index]! }));
  }
  const byPerson = new Map<number, number[]>();
  items.forEach((item, index) => {
    const list = byPerson.get(item.personIndex) ?? [];
    list.push(index);
    byPerson.set(item.personIndex, list);
  });
  const entries: TimelineEntry[] = items.map((item) => ({ ...item, lane: 0 }));
  for (const indices of byPerson.values()) {
    const lanes = packLanes(
      indices.map((index) => items[index]!),
      options,
    );
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
