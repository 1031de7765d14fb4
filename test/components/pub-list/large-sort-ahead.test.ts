/**
 * A long <pub-list> sorts its entries in the other orders ahead, while the page is idle: choosing another order then
 * takes the list sorted already (the change costs no sorting), and shows the same list as sorting at the change.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { isSorted, sortEntries, sortedEntries } from '../../../src/model/pub-query.js';
import type { PubEntry } from '../../../src/model/publications.js';
import type { Publication } from '../../../src/model/types.js';
import { drawnEntries, fullyRendered } from './harness.js';

/** `count` works over 30 years, their titles in no particular order, some with citation counts. */
function works(count: number, cited = false): Publication[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `w${index}`,
    type: 'article-journal',
    title: `${['Zeta', 'alpha', 'Émile', 'beta 10', 'beta 9'][index % 5]} study ${(index * 7919) % count}`,
    author: [{ given: 'Ada', family: `Author${index % 50}` }],
    ...(index % 11 ? { issued: { 'date-parts': [[1995 + (index % 30), 1 + (index % 12)]] } } : {}),
    ...(cited && index % 3 ? { metrics: { citations: (index * 31) % 97 } } : {}),
  }));
}

/** The entries the list loaded (its data, before any filter or order). */
const loadedEntries = (list: PubList) => (list as unknown as { loadedData: { entries: readonly PubEntry[] } }).loadedData.entries;
const keys = (entries: readonly PubEntry[]) => entries.map((entry) => entry.key);

describe('<pub-list>: a long list sorted in the other orders ahead', () => {
  it('sorts a long list in every other order while idle; another order is then the list sorted ahead', async function () {
    this.timeout(30_000);
    const list = await fixture<PubList>(html`<pub-list group-by="none" .items=${works(2000, true)}></pub-list>`);
    await fullyRendered(list);
    const entries = loadedEntries(list);
    await waitUntil(() => (['title', 'oldest', 'cited'] as const).every((order) => isSorted(entries, order)), 'the other orders were never sorted ahead', { timeout: 20_000 });
    for (const order of ['title', 'oldest', 'cited', 'newest'] as const) {
      const ahead = sortedEntries(entries, order);
      list.sort = order;
      await list.updateComplete;
      // The list sorted ahead itself, in the order sorting at the change gives.
      expect(list.publications === ahead, order).to.equal(true);
      expect(keys(list.publications), order).to.deep.equal(keys(sortEntries(entries, order)));
      await fullyRendered(list);
      expect(
        drawnEntries(list).map((row) => row.dataset.key),
        order,
      ).to.deep.equal(keys(list.publications));
    }
  });

  it('does not sort a short list ahead, nor in an order its data cannot have ("cited" without counts)', async () => {
    const short = await fixture<PubList>(html`<pub-list .items=${works(100)}></pub-list>`);
    const long = await fixture<PubList>(html`<pub-list .items=${works(800)}></pub-list>`);
    await fullyRendered(short);
    await fullyRendered(long);
    const longEntries = loadedEntries(long);
    await waitUntil(() => isSorted(longEntries, 'title') && isSorted(longEntries, 'oldest'), 'the long list was never sorted ahead', { timeout: 20_000 });
    expect(isSorted(longEntries, 'cited')).to.equal(false);
    expect(isSorted(loadedEntries(short), 'title')).to.equal(false);
  });
});
