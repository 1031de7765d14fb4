/**
 * Lanes: each person's entries packed into the fewest rows in which no two overlap (the proof is in the module
 * comment of `timeline.ts`). Pure TypeScript, no DOM.
 */
import type { PackOptions, Span, TimelineEntry, TimelineItem } from './timeline-types.js';

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
 * number of lanes equals the largest number of spans covering one instant (see the module comment of `timeline.ts`).
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
