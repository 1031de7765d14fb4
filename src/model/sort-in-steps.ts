/** A stable sort done a little at a time, so that sorting a long list never makes a long task (pub-query.ts `sortAhead`). */

/** Elements sorted at once before sorted runs are merged, and steps between two looks at the clock while merging. */
const RUN = 256;
const MERGE_STEPS = 512;

/**
 * A stable sort of `items` by `compare` done a little at a time: each call sorts or merges until `stop()` says to stop,
 * and gives the sorted list once it is done (undefined until then). The same order as `items.slice().sort(compare)`.
 */
export function sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): (stop: () => boolean) => T[] | undefined {
  const length = items.length;
  let source = items.slice();
  let target = new Array<T>(length);
  // Sorting runs of RUN items; then merging pairs of sorted runs of `width` from `source` into `target`.
  let sorted = 0;
  let width = RUN;
  let start = 0;
  let merge: { left: number; middle: number; right: number; end: number; at: number } | undefined;
  return (stop) => {
    for (; sorted < length; sorted += RUN) {
      if (stop()) return undefined;
      const run = source.slice(sorted, sorted + RUN).sort(compare);
      for (let index = 0; index < run.length; index++) source[sorted + index] = run[index]!;
    }
    let steps = 0;
    while (width < length) {
      if (!merge) {
        if (start >= length) {
          [source, target] = [target, source];
          width *= 2;
          start = 0;
          continue;
        }
        const middle = Math.min(length, start + width);
        merge = { left: start, middle, right: middle, end: Math.min(length, start + 2 * width), at: start };
      }
      const step = merge;
      while (step.at < step.end) {
        if (++steps % MERGE_STEPS === 0 && stop()) return undefined;
        // The left run first among equals: stable.
        const fromLeft = step.left < step.middle && (step.right >= step.end || compare(source[step.left]!, source[step.right]!) <= 0);
        target[step.at++] = fromLeft ? source[step.left++]! : source[step.right++]!;
      }
      start = step.end;
      merge = undefined;
    }
    return source;
  };
}
