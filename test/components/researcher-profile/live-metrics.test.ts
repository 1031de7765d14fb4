import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import type { Profile } from '../../../src/model/types.js';
import { interceptFetch, settled, shadow } from '../../helpers.js';

const PROFILE: Profile = {
  basics: { name: 'Ada Lovelace', profiles: [{ network: 'ORCID', url: 'https://orcid.org/0000-0002-1825-0097' }] },
  publications: [{ id: 'notes', type: 'article-journal', title: 'Notes on the Engine', issued: { 'date-parts': [[1843]] }, DOI: '10.1000/notes' }],
};

const forgetKept = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('scholar-elements:openalex:')) localStorage.removeItem(key);
};

describe('<researcher-profile metrics="openalex">', () => {
  beforeEach(forgetKept);
  afterEach(forgetKept);

  it('hands the setting to its card and its publication list, which then read their counts from OpenAlex', async () => {
    const api = interceptFetch((url) => {
      if (!url.startsWith('https://api.openalex.org/')) return undefined;
      const body = url.includes('/authors/')
        ? { cited_by_count: 3010, summary_stats: { h_index: 4 } }
        : { results: [{ doi: 'https://doi.org/10.1000/notes', cited_by_count: 77 }] };
      return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
    });
    try {
      const element = await fixture<ResearcherProfile>(html`<researcher-profile metrics="openalex" .profile=${PROFILE}></researcher-profile>`);
      await settled(element);
      const card = shadow(element, 'researcher-card')!;
      const list = shadow(element, 'pub-list')!;
      expect(card.getAttribute('metrics')).to.equal('openalex');
      expect(list.getAttribute('metrics')).to.equal('openalex');
      await waitUntil(() => card.shadowRoot?.querySelector('[part="stats"]')?.textContent?.includes('3,010'), 'the card never showed the live counts', { timeout: 5000 });
      await waitUntil(() => list.shadowRoot?.querySelector('[part="citations"]')?.textContent?.includes('Cited by 77'), 'the list never showed the live counts', { timeout: 5000 });
    } finally {
      api.restore();
    }
  });

  it('asks nothing without it', async () => {
    const api = interceptFetch((url) => (url.startsWith('https://api.openalex.org/') ? Promise.reject(new Error('not expected')) : undefined));
    try {
      const element = await fixture<ResearcherProfile>(html`<researcher-profile .profile=${PROFILE}></researcher-profile>`);
      await settled(element);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(shadow(element, 'researcher-card')!.hasAttribute('metrics')).to.equal(false);
      expect(api.calls.filter((url) => url.startsWith('https://api.openalex.org/'))).to.deep.equal([]);
    } finally {
      api.restore();
    }
  });
});
