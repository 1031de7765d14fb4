/**
 * Sorting ahead (model/pub-query.ts `sortAhead`): a long list sorted in small steps, stopped and taken up again at
 * any point, gives exactly the order `sortEntries` gives, and `sortedEntries` then returns it without sorting again.
 */
import { describe, expect, it } from 'vitest';
import { isSorted, sortAhead, sortedEntries, sortEntries, SORT_ORDERS } from '../../src/model/pub-query.js';
import { entriesFromItems, type PubEntry } from '../../src/model/publications.js';
import type { Publication } from '../../src/model/types.js';

/** `count` works with repeated, accented and numbered titles, missing and equal dates, and some citation counts. */
function works(count: number): Publication[] {
  const titles = ['Zeta', 'alpha', 'Émile', 'beta 10', 'beta 9', 'Beta 9', 'Ω-nets', ''];
  return Array.from({ length: count }, (_, index) => ({
    id: `w${index}`,
    type: 'article-journal',
    title: `${titles[index % titles.length]} ${(index * 7919) % 97}`,
    ...(index % 13 ? { issued: { 'date-parts': [[1990 + (index % 17), ...(index % 3 ? [1 + (index % 12)] : [])]] } } : {}),
    ...(index % 4 ? { metrics: { citations: (index * 31) % 23 } } : {}),
  }));
}

const keys = (entries: readonly PubEntry[]) => entries.map((entry) => entry.key);

describe('sortAhead', () => {
  for (const order of SORT_ORDERS) {
    it(`sorts by ${order} in steps into the order sortEntries gives`, () => {
      const entries = entriesFromItems(works(3000), 'test');
      // Stops at every look at the clock but one in four: many calls, each doing a little.
      let looks = 0;
      const stop = () => ++looks % 4 !== 0;
      let calls = 0;
      while (!sortAhead(entries, order, stop)) calls++;
      expect(calls > 10).toBe(true);
      expect(isSorted(entries, order)).toBe(true);
      expect(keys(sortedEntries(entries, order))).toEqual(keys(sortEntries(entries, order)));
    });
  }

  it('is done at once for a list already sorted, and for a short list given time', () => {
    const entries = entriesFromItems(works(50), 'test');
    sortedEntries(entries, 'title');
    expect(sortAhead(entries, 'title', () => true)).toBe(true);
    expect(sortAhead(entries, 'oldest', () => false)).toBe(true);
    expect(keys(sortedEntries(entries, 'oldest'))).toEqual(keys(sortEntries(entries, 'oldest')));
  });
});
