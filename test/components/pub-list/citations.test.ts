import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { Publication } from '../../../src/model/types.js';
import { shadowAll } from '../../helpers.js';
import { drawnEntries, fullyRendered } from './harness.js';

const work = (id: string, year: number, citations?: number): Publication => ({
  id,
  type: 'article-journal',
  title: `Work ${id}`,
  issued: { 'date-parts': [[year]] },
  ...(citations === undefined ? {} : { metrics: { citations, source: 'OpenAlex', retrieved: '2026-11-29' } }),
});

/** The list's sort menu. */
const sortMenu = (list: PubList) =>
  shadowAll<HTMLLabelElement>(list, '[part="controls"] label')
    .find((label) => label.textContent!.trim().startsWith('Sort'))!
    .querySelector('select')!;
const titles = (list: PubList) => drawnEntries(list).map((entry) => entry.querySelector('[part="title"]')!.textContent);

describe('<pub-list> and citation counts', () => {
  it('offers "Most cited" when works have counts, and ranks them by it (works without a count last)', async () => {
    const list = await fixture<PubList>(html`<pub-list group-by="none" .items=${[work('a', 2020, 5), work('b', 2019, 40), work('c', 2022), work('d', 2021, 5)]}></pub-list>`);
    await fullyRendered(list);
    const menu = sortMenu(list);
    expect([...menu.options].map((option) => option.textContent)).to.deep.equal(['Newest first', 'Oldest first', 'Title', 'Most cited']);
    menu.value = 'cited';
    menu.dispatchEvent(new Event('change'));
    await waitUntil(() => list.sort === 'cited' && titles(list)[0] === 'Work b', 'the list never ranked by citations', { timeout: 5000 });
    expect(titles(list)).to.deep.equal(['Work b', 'Work d', 'Work a', 'Work c']);
    expect(list.getAttribute('sort')).to.equal('cited');
  });

  it('does not offer it when no work has a count', async () => {
    const list = await fixture<PubList>(html`<pub-list .items=${[work('a', 2020), work('b', 2019)]}></pub-list>`);
    await fullyRendered(list);
    expect([...sortMenu(list).options].map((option) => option.value)).to.deep.equal(['newest', 'oldest', 'title']);
  });
});
