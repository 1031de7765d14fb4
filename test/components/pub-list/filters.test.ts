/** <pub-list>'s author filter (`author`, "Works with …") and "most cited" filter (`most-cited`), on the page and in the URL hash. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Profile, Publication } from '../../../src/model/types.js';
import { shadow, shadowAll } from '../../helpers.js';
import { drawnEntries, fullyRendered } from './harness.js';

const work = (id: string, year: number, citations: number | undefined, authors: Publication['author'], type = 'article-journal'): Publication => ({
  id,
  type,
  title: `Work ${id}`,
  author: authors,
  issued: { 'date-parts': [[year]] },
  ...(citations === undefined ? {} : { metrics: { citations, source: 'OpenAlex', retrieved: '2025-01-01' } }),
});

const ada = { given: 'Ada', family: 'Lovelace' };
const profile: Profile = {
  basics: { name: 'Ada Lovelace' },
  publications: [
    work('a', 2020, 50, [ada, { given: 'Charles', family: 'Babbage' }]),
    work('b', 2021, 10, [ada, { literal: 'C. Babbage' }], 'paper-conference'),
    work('c', 2022, 10, [ada, { family: 'Babbage', given: 'Charles' }]),
    work('d', 2019, 3, [ada, { given: 'Mary', family: 'Somerville' }]),
    work('e', 2023, undefined, [ada, { given: 'Mary', family: 'Somerville' }]),
  ],
};
const uncounted: Profile = { ...profile, publications: profile.publications!.map(({ metrics: _, ...item }) => item) };

async function list(data: Profile, attributes = ''): Promise<PubList> {
  const wrapper = await fixture(html`<div .innerHTML=${`<pub-list ${attributes}></pub-list>`}></div>`);
  const element = wrapper.querySelector('pub-list')!;
  element.profile = data;
  return fullyRendered(element);
}

const keys = (element: PubList) => element.publications.map((entry) => entry.key).sort();
const summary = (element: PubList) => shadow(element, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim();
const chip = (element: PubList) => shadow<HTMLButtonElement>(element, '[part="author-filter"]');
const mostCitedBox = (element: PubList) => shadow<HTMLInputElement>(element, 'input[name="most-cited"]');
const clearButton = (element: PubList) => shadow<HTMLButtonElement>(element, '.controls button.clear');

describe('<pub-list> author and most cited filters', () => {
  afterEach(() => clearSourceCache());

  it('shows one person’s works under every form of their name, says so in a pressed button, and shows all again', async () => {
    const element = await list(profile, 'author="Charles Babbage"');
    expect(keys(element)).to.deep.equal(['a', 'b', 'c']);
    expect(drawnEntries(element)).to.have.length(3);
    expect(element.filter.author).to.equal('Charles Babbage');
    expect(summary(element)).to.equal('Showing 3 of 5 publications');
    const button = chip(element)!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Works with Charles Babbage ×');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    // Not a facet: the panel has no author control.
    expect(!!shadow(element, '[part="facets"] [name="author"]'), 'an author control in the facets').to.be.false;
    await expect(element).to.be.accessible();
    button.click();
    await fullyRendered(element);
    expect(element.author).to.equal('');
    expect(keys(element)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(!!chip(element), 'the author button shown').to.be.false;
    expect(summary(element)).to.equal('5 publications');
  });

  it('shows the pressed button without the controls too, and "Clear filters" clears the author and the most cited', async () => {
    const bare = await list(profile, 'author="M. Somerville" hide-controls');
    expect(keys(bare)).to.deep.equal(['d', 'e']);
    expect(chip(bare)!.textContent).to.contain('Works with M. Somerville');
    const element = await list(profile, 'author="Mary Somerville" most-cited="10"');
    expect(keys(element)).to.deep.equal(['d']);
    clearButton(element)!.click();
    await fullyRendered(element);
    expect([element.author, element.mostCited]).to.deep.equal(['', 0]);
    expect(keys(element)).to.have.length(5);
    // With no other work matching, the list says nothing matches and offers to clear.
    element.author = 'Nobody Else';
    await element.updateComplete;
    expect(!!shadow(element, '[part="no-match"]'), 'no-match shown').to.be.true;
  });

  it('offers "Most cited (10)" only when some work has a count, and keeps the N most cited, ties at the cut included', async () => {
    const plain = await list(uncounted);
    expect(!!mostCitedBox(plain), 'the most cited checkbox shown').to.be.false;
    const element = await list(profile);
    const box = mostCitedBox(element)!;
    expect(box.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Most cited (10)');
    expect(box.checked).to.equal(false);
    box.click();
    await fullyRendered(element);
    expect(element.mostCited).to.equal(10);
    // Every work with a count; e has none.
    expect(keys(element)).to.deep.equal(['a', 'b', 'c', 'd']);
    element.mostCited = 2;
    await fullyRendered(element);
    // b and c tie at the cut.
    expect(keys(element)).to.deep.equal(['a', 'b', 'c']);
    expect(mostCitedBox(element)!.closest('label')!.textContent).to.contain('Most cited (2)');
    // Off and on again: the list's N comes back.
    mostCitedBox(element)!.click();
    await fullyRendered(element);
    expect(element.mostCited).to.equal(0);
    mostCitedBox(element)!.click();
    await fullyRendered(element);
    expect(element.mostCited).to.equal(2);
    await expect(element).to.be.accessible();
  });

  it('keeps the same most cited works in every sort and grouping, with the other filters on top', async () => {
    const element = await list(profile, 'most-cited="2"');
    for (const sort of ['newest', 'oldest', 'title', 'cited'] as const) {
      for (const groupBy of ['year', 'category', 'none'] as const) {
        element.sort = sort;
        element.groupBy = groupBy;
        await fullyRendered(element);
        expect(keys(element), `${sort} ${groupBy}`).to.deep.equal(['a', 'b', 'c']);
        expect(drawnEntries(element), `${sort} ${groupBy}`).to.have.length(3);
      }
    }
    element.category = 'journal';
    await fullyRendered(element);
    expect(keys(element)).to.deep.equal(['a', 'c']);
    element.author = 'C. Babbage';
    element.category = '';
    element.query = 'work';
    await fullyRendered(element);
    expect(keys(element)).to.deep.equal(['a', 'b', 'c']);
  });

  describe('in the URL hash (sync-url)', () => {
    let before: string;
    beforeEach(() => (before = location.hash));
    afterEach(() => history.replaceState(null, '', location.pathname + location.search + before));

    it('writes the author and the most cited to the hash and reads them back', async () => {
      history.replaceState(null, '', '#intro');
      const element = await list(profile, 'sync-url id="papers"');
      element.author = 'Charles Babbage';
      element.mostCited = 2;
      await element.updateComplete;
      // The hash code is loaded alongside the data (a list whose hash holds no view of it does not wait for it).
      await waitUntil(() => location.hash.includes('papers.author'), 'the view never reached the hash');
      const params = new URLSearchParams(location.hash.slice(1));
      expect(params.get('papers.author')).to.equal('Charles Babbage');
      expect(params.get('papers.top')).to.equal('2');
      // The page's own fragment is kept as it is written.
      expect(location.hash.startsWith('#intro&')).to.equal(true);
      const second = await list(profile, 'sync-url id="papers"');
      expect([second.author, second.mostCited]).to.deep.equal(['Charles Babbage', 2]);
      expect(keys(second)).to.deep.equal(['a', 'b', 'c']);
      element.clearFilters();
      await element.updateComplete;
      expect(location.hash).to.equal('#intro');
    });

    it('shows the view a link sets, and scrolls the list into view', async () => {
      const wrapper = await fixture(html`<div><div style="height: 3000px"></div><pub-list sync-url></pub-list></div>`);
      const element = wrapper.querySelector('pub-list')!;
      element.profile = profile;
      await fullyRendered(element);
      window.scrollTo(0, 0);
      location.hash = new URLSearchParams([['pubs.author', 'Mary Somerville']]).toString();
      await waitUntil(() => element.publications.length === 2, 'the hash was never read');
      expect(keys(element)).to.deep.equal(['d', 'e']);
      await waitUntil(() => Math.abs(element.getBoundingClientRect().top) < 2, 'the list was never scrolled into view');
      expect(shadowAll(element, '[part="author-filter"]')).to.have.length(1);
    });
  });
});
