import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/researcher-card/researcher-card.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import type { Profile } from '../../../src/model/types.js';
import { interceptFetch, settled, shadow, shadowAll } from '../../helpers.js';

const ORCID = '0000-0002-1825-0097';
const PROFILE: Profile = {
  basics: { name: 'Ada Lovelace', profiles: [{ network: 'ORCID', url: `https://orcid.org/${ORCID}` }] },
  metrics: { citations: 10, hIndex: 1, source: 'the profile', retrieved: '2025-01-01' },
};
const AUTHOR = {
  cited_by_count: 3010,
  summary_stats: { h_index: 4, i10_index: 4 },
  counts_by_year: [
    { year: 2024, cited_by_count: 980 },
    { year: 2025, cited_by_count: 1210 },
  ],
};

const stats = (element: ResearcherCard) =>
  shadowAll(element, '[part="stats"] > div').map((pair) => `${pair.querySelector('dd')!.textContent} ${pair.querySelector('dt')!.textContent}`);
const json = (value: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } }));
const isOpenAlex = (url: string) => url.startsWith('https://api.openalex.org/');

function forgetKept(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('scholar-elements:openalex:')) localStorage.removeItem(key);
}

describe('<researcher-card metrics="openalex">', () => {
  beforeEach(forgetKept);
  afterEach(forgetKept);

  it('reads the researcher’s metrics from OpenAlex by ORCID iD after showing the data’s own, and keeps the answer for the next card', async () => {
    const api = interceptFetch((url) => (isOpenAlex(url) ? json(AUTHOR) : undefined));
    try {
      const element = await fixture<ResearcherCard>(html`<researcher-card metrics="openalex" .profile=${PROFILE}></researcher-card>`);
      await settled(element);
      await waitUntil(() => stats(element).includes('3,010 Citations'), 'the live metrics never showed', { timeout: 5000 });
      expect(stats(element)).to.deep.equal(['3,010 Citations', '4 h-index', '4 i10-index']);
      expect(shadow(element, '[part="metrics-source"]')!.textContent).to.match(/^Citations: OpenAlex, \w{3} \d{1,2}, \d{4}$/);
      await waitUntil(() => shadowAll(element, '[part="citations-chart"] rect').length === 2, 'the citations chart never showed', { timeout: 5000 });
      expect(api.calls.filter(isOpenAlex)).to.deep.equal([`https://api.openalex.org/authors/orcid:${ORCID}`]);
      const again = await fixture<ResearcherCard>(html`<researcher-card metrics="openalex" .profile=${PROFILE}></researcher-card>`);
      await settled(again);
      await waitUntil(() => stats(again).includes('3,010 Citations'), 'the kept metrics never showed', { timeout: 5000 });
      expect(api.calls.filter(isOpenAlex)).to.have.length(1);
    } finally {
      api.restore();
    }
  });

  it('asks again once a kept answer is a day old', async () => {
    const stale = { at: Date.now() - 25 * 60 * 60 * 1000, value: { citations: 1, source: 'OpenAlex', retrieved: '2020-01-01' } };
    localStorage.setItem(`scholar-elements:openalex:orcid:${ORCID}`, JSON.stringify(stale));
    const api = interceptFetch((url) => (isOpenAlex(url) ? json(AUTHOR) : undefined));
    try {
      const element = await fixture<ResearcherCard>(html`<researcher-card metrics="openalex" .profile=${PROFILE}></researcher-card>`);
      await settled(element);
      await waitUntil(() => stats(element).includes('3,010 Citations'), 'the fresh metrics never showed', { timeout: 5000 });
      expect(api.calls.filter(isOpenAlex)).to.have.length(1);
    } finally {
      api.restore();
    }
  });

  it('keeps the data’s own metrics, without a word, when OpenAlex is unreachable or refuses', async () => {
    for (const answer of [() => Promise.reject(new TypeError('Failed to fetch')), () => json({ error: 'Too many requests' }, 429)]) {
      forgetKept();
      const api = interceptFetch((url) => (isOpenAlex(url) ? answer() : undefined));
      try {
        const element = await fixture<ResearcherCard>(html`<researcher-card metrics="openalex" .profile=${PROFILE}></researcher-card>`);
        await settled(element);
        await waitUntil(() => api.calls.some(isOpenAlex), 'OpenAlex was never asked', { timeout: 5000 });
        // Give the failed answer time to arrive; nothing may change.
        await new Promise((resolve) => setTimeout(resolve, 50));
        await element.updateComplete;
        expect(stats(element)).to.deep.equal(['10 Citations', '1 h-index']);
        expect(element.state).to.equal('ready');
        expect(!!shadow(element, '[part="error"]')).to.be.false;
        // Nothing is kept from a failure: the next page asks again.
        expect(localStorage.getItem(`scholar-elements:openalex:orcid:${ORCID}`)).to.equal(null);
      } finally {
        api.restore();
      }
    }
  });

  it('asks nothing without the attribute or without an ORCID iD', async () => {
    const api = interceptFetch((url) => (isOpenAlex(url) ? json(AUTHOR) : undefined));
    try {
      const off = await fixture<ResearcherCard>(html`<researcher-card .profile=${PROFILE}></researcher-card>`);
      const noOrcid = await fixture<ResearcherCard>(
        html`<researcher-card metrics="openalex" .profile=${{ basics: { name: 'No iD' }, metrics: { citations: 1 } }}></researcher-card>`,
      );
      await settled(off);
      await settled(noOrcid);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(api.calls.filter(isOpenAlex)).to.deep.equal([]);
      expect(stats(off)).to.deep.equal(['10 Citations', '1 h-index']);
    } finally {
      api.restore();
    }
  });
});
