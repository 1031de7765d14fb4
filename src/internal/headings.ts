/** Heading levels: every element that draws headings takes `heading-level` and reads it through here. */

/** The level of an element's first heading when `heading-level` is not set: below the page's `h1`. */
export const DEFAULT_HEADING_LEVEL = 2;

/** The same for an element that is a whole page's main content (`<researcher-profile>`): its title is the page's. */
export const PAGE_HEADING_LEVEL = 1;

/**
 * The level for a heading `deeper` levels under an element's first one, whose level is `level` (the element's
 * `heading-level`): rounded and kept within 1–6; a value that is not a number gives the default.
 */
export function headingLevel(level: number | undefined, deeper = 0): number {
  const start = typeof level === 'number' && Number.isFinite(level) ? Math.round(level) : DEFAULT_HEADING_LEVEL;
  return Math.min(6, Math.max(1, (start || DEFAULT_HEADING_LEVEL) + deeper));
}
