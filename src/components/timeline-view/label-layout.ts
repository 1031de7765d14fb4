/**
 * Where the labels of a band's bars go in the horizontal layout, and how tall each lane is then — so that a reader
 * never meets a label cut short or left out (issue 15):
 * - a bar wide enough for the longest word of its label holds it, wrapped onto as many lines as it needs (up to
 *   IN_LINES for the title), and its lane grows to fit;
 * - a bar too short for that has its label BESIDE it: after its end, or (near the axis end) before its start, when
 *   the lane is free there;
 * - else the label goes BELOW the bar, in a line of its own within the lane (labels below one lane that would meet
 *   stack into further lines).
 *
 * Nothing is measured in the DOM: widths are estimated from the text (characters × their typical width in ems, a
 * little on the generous side), in time linear in the characters of the band's labels, and only again when the
 * entries, the words or the element's width or font size change. The lanes then keep their minimum height
 * (`--scholar-timeline-lane-height`) plus what their labels need, in ems.
 */
import type { TimelineEntry } from '../../model/timeline.js';
import { DATES_LINE, linesOf, TITLE_LINE, type LabelMeasure } from './label-measure.js';

export { measureLabel, type LabelMeasure, type LabelText } from './label-measure.js';

/** How a label is placed. */
export const LabelPlace = {
  /** Inside its bar, wrapped. */
  In: 0,
  /** Beside the bar, after its end. */
  After: 1,
  /** Beside the bar, before its start. */
  Before: 2,
  /** Below the bar, in a line of its own within the lane. */
  Below: 3,
} as const;
export type LabelPlace = (typeof LabelPlace)[keyof typeof LabelPlace];

/** The class of each place, on the entry. */
export const LABEL_CLASSES = ['label-in', 'label-after', 'label-before', 'label-below'] as const;

/** The content height a bar has without growing: the default lane (2.75em) less its gap (0.375em), padding and border. */
const BAR_CONTENT = 2.75 - 0.375 - 0.25;
/** The most lines of title a narrow bar holds before its label goes beside or below it; a bar WIDE_BAR wide holds any. */
const IN_LINES = 3;
const WIDE_BAR = 10;
/** A label below its bar that must wrap starts at the bar when it has this many ems before the axis end. */
const BELOW_ROOM = 12;
/** The space between a bar and a label beside it, and between labels below a lane, in ems. */
export const LABEL_GAP = 0.375;
/** The space above a line of labels below the bars. */
const BELOW_GAP = 0.25;

/** The labels of one band, and the heights of its lanes. */
export interface LabelLayout {
  /** Where each entry's label goes (by its index in the band). */
  place: Uint8Array;
  /** For a label below its bar: its distance below the lane's top, in ems beyond the bar (0 otherwise). */
  belowTop: Float32Array;
  /** For a label below its bar: its inline offset from the bar's start, in ems. */
  belowStart: Float32Array;
  /** For a label below its bar that must wrap: its width in ems (0: as wide as its text). */
  belowWidth: Float32Array;
  /** How much taller than the minimum each lane's bars are, in ems. */
  barExtra: Float32Array;
  /** The extra height (ems) of the lanes above each lane: `extraBefore[lane]`, and the band's in `extraBefore[lanes]`. */
  extraBefore: Float64Array;
}

/** A length of `lanes` minimum lane heights and `extra` ems, for CSS (lane tops, band and probe heights). */
export const laneLength = (lanes: number, extra: number): string =>
  extra > 0.0005 ? `calc(${lanes} * var(--_scholar-timeline-lane-height) + ${Math.round(extra * 1000) / 1000}em)` : `calc(${lanes} * var(--_scholar-timeline-lane-height))`;

/** A band with no labels to place (the vertical layout, or no width yet). */
export const NO_LABELS: LabelLayout = {
  place: new Uint8Array(0),
  belowTop: new Float32Array(0),
  belowStart: new Float32Array(0),
  belowWidth: new Float32Array(0),
  barExtra: new Float32Array(0),
  extraBefore: new Float64Array(1),
};

/** What the layout needs of the view: the axis fraction of each bar's start and end, and the track's size. */
export interface LabelTrack {
  /** The axis width in ems of the element's font size. */
  width: number;
  /** Where a bar starts and ends on the axis, from 0 to 1. */
  extent(entry: TimelineEntry): { start: number; end: number };
}

/** The lines of labels below one lane's bars: where each line's labels end so far, and its height. */
interface BelowRows {
  ends: number[];
  heights: number[];
}

/** Places the labels of one band, entry by entry in date order (see `layoutLabels`). */
class LabelPlacer {
  readonly width: number;
  readonly layout: LabelLayout;
  readonly #entries: readonly TimelineEntry[];
  readonly #measures: readonly LabelMeasure[];
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;
  /** The start of the next bar in the same lane, for each entry (the track's end for the last). */
  readonly #nextStart: Float64Array;
  /** Where the bars and labels beside them end in each lane, so far. */
  readonly #taken: Float64Array;
  readonly #rows = new Map<number, BelowRows>();
  readonly #rowOf: Int32Array;

  constructor(entries: readonly TimelineEntry[], measures: readonly LabelMeasure[], lanes: number, track: LabelTrack) {
    const count = entries.length;
    this.#entries = entries;
    this.#measures = measures;
    // A little less than the axis: the element's estimate of it may be a pixel or two wide.
    const width = (this.width = Math.max(1, track.width - 0.25));
    this.layout = {
      place: new Uint8Array(count),
      belowTop: new Float32Array(count),
      belowStart: new Float32Array(count),
      belowWidth: new Float32Array(count),
      barExtra: new Float32Array(lanes),
      extraBefore: new Float64Array(lanes + 1),
    };
    this.#starts = new Float64Array(count);
    this.#ends = new Float64Array(count);
    for (let index = 0; index < count; index++) {
      const { start, end } = track.extent(entries[index]!);
      this.#starts[index] = start * width;
      this.#ends[index] = end * width;
    }
    this.#nextStart = new Float64Array(count);
    const following = new Float64Array(lanes).fill(width);
    for (let index = count - 1; index >= 0; index--) {
      const lane = entries[index]!.lane;
      this.#nextStart[index] = following[lane]!;
      following[lane] = this.#starts[index]!;
    }
    this.#taken = new Float64Array(lanes).fill(-Infinity);
    this.#rowOf = new Int32Array(count).fill(-1);
  }

  /** Places the label of the entry at `index`: in its bar, beside it, or below it. */
  place(index: number): void {
    const lane = this.#entries[index]!.lane;
    const end = this.#ends[index]!;
    if (this.#inside(index)) this.#taken[lane] = end;
    else if (!this.#beside(index)) {
      this.#below(index);
      this.#taken[lane] = end;
    }
  }

  /** In the bar, when it is wide enough for the label's longest word (and not so narrow that it takes many lines). */
  #inside(index: number): boolean {
    const entry = this.#entries[index]!;
    const { title, dates } = this.#measures[index]!;
    const bar = this.#ends[index]! - this.#starts[index]!;
    // The bar's inner width: less its padding (min(0.375em, 10%) a side; min(0.625em, 25%) for a point) and borders.
    const padding = entry.point ? Math.min(0.625, bar * 0.25) : Math.min(0.375, bar * 0.1);
    const inner = bar - 2 * padding - 0.25;
    if (inner <= 0 || title.longest > inner || dates.longest > inner) return false;
    const titleLines = linesOf(title, inner);
    if (titleLines > IN_LINES && inner < WIDE_BAR) return false;
    const grow = titleLines * TITLE_LINE + linesOf(dates, inner) * DATES_LINE - BAR_CONTENT;
    const { barExtra } = this.layout;
    if (grow > barExtra[entry.lane]!) barExtra[entry.lane] = grow;
    return true;
  }

  /** Beside the bar, on one line each for title and dates: after its end, else before its start, where the lane is free. */
  #beside(index: number): boolean {
    const lane = this.#entries[index]!.lane;
    const { title, dates } = this.#measures[index]!;
    const label = Math.max(title.line, dates.line);
    const start = this.#starts[index]!;
    const end = this.#ends[index]!;
    if (end + LABEL_GAP + label <= Math.min(this.#nextStart[index]! - LABEL_GAP, this.width)) {
      this.layout.place[index] = LabelPlace.After;
      this.#taken[lane] = end + LABEL_GAP + label;
      return true;
    }
    if (start - LABEL_GAP - label >= Math.max(0, this.#taken[lane]! + LABEL_GAP)) {
      this.layout.place[index] = LabelPlace.Before;
      this.#taken[lane] = end;
      return true;
    }
    return false;
  }

  /**
   * Below the bar, in the first line of labels below the lane where it meets no other: from the bar's start, or
   * ending at the track's end (as wide as the track at most); a long label wraps from the bar's start to the axis end
   * when there is room enough, else across the track.
   */
  #below(index: number): void {
    const lane = this.#entries[index]!.lane;
    const { title, dates } = this.#measures[index]!;
    const label = Math.max(title.line, dates.line);
    const start = this.#starts[index]!;
    const { width, layout } = this;
    const room = width - Math.max(0, start);
    const box = label <= room || room < BELOW_ROOM ? Math.min(label, width) : room;
    const wraps = label > box;
    const at = Math.max(0, Math.min(start, width - box));
    const height = (wraps ? linesOf(title, box) * TITLE_LINE + linesOf(dates, box) * DATES_LINE : TITLE_LINE + DATES_LINE) + BELOW_GAP;
    let rows = this.#rows.get(lane);
    if (!rows) this.#rows.set(lane, (rows = { ends: [], heights: [] }));
    let row = rows.ends.findIndex((rowEnd) => rowEnd + LABEL_GAP <= at);
    if (row < 0) {
      row = rows.ends.length;
      rows.ends.push(0);
      rows.heights.push(0);
    }
    rows.ends[row] = at + box;
    if (height > rows.heights[row]!) rows.heights[row] = height;
    this.#rowOf[index] = row;
    layout.place[index] = LabelPlace.Below;
    layout.belowStart[index] = at - start;
    layout.belowWidth[index] = wraps ? box : 0;
  }

  /** Each lane's extra height (its bars' growth and its lines of labels below), and the top of each label below. */
  finish(): LabelLayout {
    const { barExtra, extraBefore, belowTop } = this.layout;
    const rowTops = new Map<number, number[]>();
    for (let lane = 0; lane < barExtra.length; lane++) {
      let extra = barExtra[lane]!;
      const rows = this.#rows.get(lane);
      if (rows) {
        const tops: number[] = [];
        let top = BELOW_GAP;
        for (const height of rows.heights) {
          tops.push(top);
          top += height;
        }
        rowTops.set(lane, tops);
        extra += top;
      }
      extraBefore[lane + 1] = extraBefore[lane]! + extra;
    }
    for (let index = 0; index < this.#rowOf.length; index++) {
      const row = this.#rowOf[index]!;
      if (row >= 0) belowTop[index] = rowTops.get(this.#entries[index]!.lane)![row]!;
    }
    return this.layout;
  }
}

/**
 * Places the labels of a band (its entries in date order, `lanes` lanes) on a track `track.width` ems wide. Linear
 * in the entries, plus the words of the labels that wrap and the lines of labels below a lane.
 */
export function layoutLabels(entries: readonly TimelineEntry[], measures: readonly LabelMeasure[], lanes: number, track: LabelTrack): LabelLayout {
  const placer = new LabelPlacer(entries, measures, lanes, track);
  for (let index = 0; index < entries.length; index++) placer.place(index);
  return placer.finish();
}
