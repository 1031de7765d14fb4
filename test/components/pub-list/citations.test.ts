import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { Publication } from '../../../src/model/types.js';
import { interceptFetch, shadowAll } from '../../helpers.js';
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

describe('<pub-list metrics="openalex">', () => {
  const forgetKept = () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('scholar-elements:openalex:')) localStorage.removeItem(key);
  };
  beforeEach(forgetKept);
  afterEach(forgetKept);

  const withDoi = (id: string, year: number, doi: string, citations?: number): Publication => ({ ...work(id, year, citations), DOI: doi });
  const answer = (results: unknown[]) =>
    Promise.resolve(new Response(JSON.stringify({ meta: { count: results.length }, results }), { headers: { 'Content-Type': 'application/json' } }));
  const isOpenAlex = (url: string) => url.startsWith('https://api.openalex.org/');
  const cited = (list: PubList) => drawnEntries(list).map((entry) => entry.querySelector('[part="citations"]')?.textContent?.trim() ?? '');

  it('reads the works’ counts by DOI after showing the data’s own, one request, and ranks by them', async () => {
    const api = interceptFetch((url) =>
      url.startsWith('https://api.openalex.org/')
        ? answer([
            { doi: 'https://doi.org/10.1000/b', cited_by_count: 7 },
            { doi: 'https://doi.org/10.1000/a', cited_by_count: 900, counts_by_year: [{ year: 2025, cited_by_count: 100 }] },
          ])
        : undefined,
    );
    try {
      const items = [withDoi('a', 2020, 'https://doi.org/10.1000/A', 5), withDoi('b', 2021, '10.1000/b'), work('c', 2022, 50)];
      const list = await fixture<PubList>(html`<pub-list metrics="openalex" group-by="none" sort="cited" .items=${items}></pub-list>`);
      await fullyRendered(list);
      await waitUntil(() => titles(list)[0] === 'Work a', 'the live counts never showed', { timeout: 5000 });
      expect(titles(list)).to.deep.equal(['Work a', 'Work c', 'Work b']);
      expect(cited(list)).to.deep.equal(['Cited by 900', 'Cited by 50', 'Cited by 7']);
      const asked = api.calls.filter((url) => url.startsWith('https://api.openalex.org/'));
      expect(asked).to.have.length(1);
      expect(decodeURIComponent(asked[0]!)).to.contain('filter=doi:10.1000/a|10.1000/b');
    } finally {
      api.restore();
    }
  });

  it('keeps the data’s own counts when OpenAlex cannot be reached', async () => {
    const api = interceptFetch((url) => (url.startsWith('https://api.openalex.org/') ? Promise.reject(new TypeError('Failed to fetch')) : undefined));
    try {
      const list = await fixture<PubList>(html`<pub-list metrics="openalex" group-by="none" .items=${[withDoi('a', 2020, '10.1000/a', 5)]}></pub-list>`);
      await fullyRendered(list);
      await waitUntil(() => api.calls.some((url) => url.startsWith('https://api.openalex.org/')), 'OpenAlex was never asked', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await list.updateComplete;
      expect(cited(list)).to.deep.equal(['Cited by 5']);
      expect(list.state).to.equal('ready');
    } finally {
      api.restore();
    }
  });

  it('keeps each DOI’s answer for the next list: a second list asks nothing', async () => {
    const api = interceptFetch((url) => (isOpenAlex(url) ? answer([{ doi: 'https://doi.org/10.1000/a', cited_by_count: 900 }]) : undefined));
    try {
      const items = [withDoi('a', 2020, '10.1000/a', 5), withDoi('b', 2021, '10.1000/b', 3)];
      const first = await fixture<PubList>(html`<pub-list metrics="openalex" group-by="none" .items=${items}></pub-list>`);
      await fullyRendered(first);
      await waitUntil(() => cited(first).includes('Cited by 900'), 'the live counts never showed', { timeout: 5000 });
      expect(api.calls.filter(isOpenAlex)).to.have.length(1);
      // 10.1000/b is kept too, as "OpenAlex does not know it": the second list does not ask about it either.
      const second = await fixture<PubList>(html`<pub-list metrics="openalex" group-by="none" .items=${items}></pub-list>`);
      await fullyRendered(second);
      await waitUntil(() => cited(second).includes('Cited by 900'), 'the kept counts never showed', { timeout: 5000 });
      expect(cited(second)).to.deep.equal(['Cited by 3', 'Cited by 900']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(api.calls.filter(isOpenAlex)).to.have.length(1);
    } finally {
      api.restore();
    }
  });

  it('asks again once a kept answer is a day old', async () => {
    const stale = { at: Date.now() - 25 * 60 * 60 * 1000, value: { citations: 1, source: 'OpenAlex', retrieved: '2020-01-01' } };
    localStorage.setItem('scholar-elements:openalex:doi:10.1000/a', JSON.stringify(stale));
    const api = interceptFetch((url) => (isOpenAlex(url) ? answer([{ doi: 'https://doi.org/10.1000/a', cited_by_count: 900 }]) : undefined));
    try {
      const list = await fixture<PubList>(html`<pub-list metrics="openalex" group-by="none" .items=${[withDoi('a', 2020, '10.1000/a', 5)]}></pub-list>`);
      await fullyRendered(list);
      await waitUntil(() => cited(list).includes('Cited by 900'), 'the fresh count never showed', { timeout: 5000 });
      const asked = api.calls.filter(isOpenAlex);
      expect(asked).to.have.length(1);
      expect(decodeURIComponent(asked[0]!)).to.contain('filter=doi:10.1000/a');
      expect(JSON.parse(localStorage.getItem('scholar-elements:openalex:doi:10.1000/a')!).value.citations).to.equal(900);
    } finally {
      api.restore();
    }
  });

  it('keeps the data’s own counts, without a word, when OpenAlex answers 429 Too Many Requests', async () => {
    const api = interceptFetch((url) =>
      isOpenAlex(url) ? Promise.resolve(new Response(JSON.stringify({ error: 'Too many requests' }), { status: 429, headers: { 'Content-Type': 'application/json' } })) : undefined,
    );
    try {
      const list = await fixture<PubList>(
        html`<pub-list metrics="openalex" group-by="none" sort="cited" .items=${[withDoi('a', 2020, '10.1000/a', 5), withDoi('b', 2021, '10.1000/b', 40)]}></pub-list>`,
      );
      await fullyRendered(list);
      await waitUntil(() => api.calls.some(isOpenAlex), 'OpenAlex was never asked', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await list.updateComplete;
      expect(titles(list)).to.deep.equal(['Work b', 'Work a']);
      expect(cited(list)).to.deep.equal(['Cited by 40', 'Cited by 5']);
      expect(list.state).to.equal('ready');
      expect(!!list.shadowRoot!.querySelector('[part="error"]')).to.be.false;
      // A refusal is not kept: the next page asks again.
      expect(Object.keys(localStorage).filter((key) => key.startsWith('scholar-elements:openalex:'))).to.deep.equal([]);
    } finally {
      api.restore();
    }
  });
});
