/** A timeline's time axis: whole years, the ticks that label them, and where an instant falls. Pure TypeScript, no DOM. */
import { utcDayStart } from './dates.js';
import { occupiedEnd } from './timeline-lanes.js';
import type { PackOptions, Span } from './timeline-types.js';

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
