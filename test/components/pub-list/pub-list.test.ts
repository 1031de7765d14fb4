import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { CATEGORY_LABELS } from '../../../src/model/publications.js';
import type { Profile, Publication } from '../../../src/model/types.js';
import { settled, shadow, shadowAll, shadowText } from '../../helpers.js';
import { drawnEntries, fullyRendered } from './harness.js';

const SEEDS = ['heyang-qin', 'minjia-zhang', 'yuxiong-he', 'samyam-rajbhandari'];

async function loadSeed(name: string): Promise<Profile> {
  return (await (await fetch(`/demo/profiles/${name}.json`)).json()) as Profile;
}

function titles(list: PubList): string[] {
  return shadowAll(list, '[part="title"]').map((title) => title.textContent!.trim());
}

const sample: Profile = {
  basics: { name: 'Minjia Zhang', nameVariants: ['M. Zhang'] },
  publications: [
    {
      id: 'p1',
      type: 'paper-conference',
      category: 'conference',
      title: 'R$^3$-SQL: Ranking with $L_0$ and $\\alpha$',
      author: [
        { given: 'Ada', family: 'Lovelace', equal: true },
        { given: 'M.', family: 'Zhang', equal: true },
        { given: 'Grace', family: 'Hopper', corresponding: true },
      ],
      issued: { 'date-parts': [[2021, 12]] },
      'container-title': 'Advances in Neural Information Processing Systems',
      venueShort: 'NeurIPS 2021',
      acceptanceRate: '2371/9122=26%',
      awards: ['Distinguished Paper Award'],
      links: [{ kind: 'pdf', url: 'https://example.org/p1.pdf' }, { kind: 'slides' }, { kind: 'code', url: 'javascript:alert(1)' }],
      abstract: 'We rank things.',
      keywords: ['ranking'],
      selected: true,
    },
    {
      id: 'p2',
      type: 'article-journal',
      title: 'A journal paper',
      author: [{ given: 'Minjia', family: 'Zhang' }],
      issued: { 'date-parts': [[2019]] },
      'container-title': 'IEEE IoT Journal',
      impactFactor: '9.515',
      keywords: ['systems'],
    },
    {
      id: 'p3',
      type: 'article',
      title: 'A preprint',
      author: Array.from({ length: 30 }, (_, index) => ({ given: 'Author', family: `Number${index + 1}` })),
      issued: { 'date-parts': [[2022]] },
      'container-title': 'arXiv',
    },
    { id: 'p4', type: 'patent', title: 'A patent', author: [{ given: 'Minjia', family: 'Zhang' }], issued: { 'date-parts': [[2019]] } },
  ],
};

async function list(profile: Profile = sample, attributes = ''): Promise<PubList> {
  const wrapper = await fixture(html`<div .innerHTML=${`<pub-list ${attributes}></pub-list>`}></div>`);
  const element = wrapper.querySelector('pub-list')!;
  element.profile = profile;
  return fullyRendered(element);
}

describe('<pub-list>', () => {
  afterEach(() => clearSourceCache());

  describe('seed profiles', () => {
    for (const seed of SEEDS) {
      it(`renders every publication of ${seed}, with the right count per category`, async () => {
        const profile = await loadSeed(seed);
        const element = await list(profile, 'group-by="category"');
        const expected = new Map<string, number>();
        for (const publication of profile.publications!) expected.set(publication.category!, (expected.get(publication.category!) ?? 0) + 1);
        const shown = shadowAll(element, '[part="group"]').map((group) => [group.dataset.group, group.querySelectorAll('[part="publication"]').length]);
        expect(Object.fromEntries(shown)).to.deep.equal(Object.fromEntries(expected));
        const allTitles = titles(element);
        expect(allTitles).to.have.length(profile.publications!.length);
        // Every category facet says how many it holds.
        for (const [category, count] of expected) {
          expect(shadowText(element)).to.contain(`${CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS]} (${count})`);
        }
        await expect(element).to.be.accessible();
      });
    }

    it("emphasises the profile's owner under every name form, and shows Minjia Zhang's acceptance rates", async () => {
      const element = await list(await loadSeed('minjia-zhang'));
      const selves = shadowAll(element, '[part~="author-self"]');
      expect(selves.length).to.be.greaterThan(40);
      expect(new Set(selves.map((self) => self.textContent))).to.deep.equal(new Set(['Minjia Zhang']));
      expect(shadowText(element)).to.contain('Acceptance rate: \u206850/272=18.4%\u2069');
    });
  });

  describe('each entry', () => {
    it('shows title math, authors with markers and legend, venue badge, award, notes, links and abstract', async () => {
      const element = await list();
      const entry = shadow(element, '[data-key="p1"]')!;
      const title = entry.querySelector('[part="title"]')!;
      // Math support loads on the first "$".
      await waitUntil(() => title.querySelector('sup'), 'title math never rendered', { timeout: 5000 });
      expect(title.querySelector('sup')!.textContent).to.equal('3');
      expect(title.querySelector('sub')!.textContent).to.equal('0');
      expect(title.textContent).to.contain('α');
      expect(title.textContent).not.to.contain('$');
      expect(entry.querySelector('[part~="author-self"]')!.textContent).to.equal('M. Zhang');
      expect(entry.querySelector('[part="authors"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('* equal contribution; † corresponding author');
      expect(entry.querySelector('[part="venue-badge"]')!.textContent).to.equal('NeurIPS 2021');
      expect(entry.querySelector('[part="award"]')!.textContent).to.equal('Distinguished Paper Award');
      expect(entry.querySelector('[part="note"]')!.textContent).to.contain('Acceptance rate: \u20682371/9122=26%\u2069');
      expect(shadow(element, '[data-key="p2"] [part="note"]')!.textContent).to.contain('Impact factor: \u20689.515\u2069');
      const links = [...entry.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
      expect(links.map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([['PDF', 'https://example.org/p1.pdf']]);
      expect(entry.querySelector('[part~="link-unavailable"]')!.textContent).to.equal('Slides');
      expect(entry.innerHTML).not.to.contain('javascript:');
      const toggle = entry.querySelector<HTMLButtonElement>('[part="abstract-toggle"]')!;
      expect(!!entry.querySelector('[part="abstract"]'), 'abstract shown before the toggle').to.be.false;
      toggle.click();
      await element.updateComplete;
      expect(shadow(element, '[data-key="p1"] [part="abstract"]')!.textContent).to.equal('We rank things.');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('collapses long author lists to "and N more", expandable', async () => {
      const element = await list(sample, 'max-authors="5"');
      const entry = () => shadow(element, '[data-key="p3"]')!;
      expect(entry().querySelectorAll('[part~="author"]')).to.have.length(4);
      const more = entry().querySelector<HTMLButtonElement>('[part="more-authors"]')!;
      expect(more.textContent!.trim()).to.equal('and 26 more');
      more.click();
      await element.updateComplete;
      expect(entry().querySelectorAll('[part~="author"]')).to.have.length(30);
      expect(entry().textContent).to.contain('Author Number30');
    });
  });

  describe('organising the list', () => {
    it('groups by year (newest first) by default, and by category or nothing on request', async () => {
      const element = await list();
      expect(shadowAll(element, '[part="group-heading"]').map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['2022 (1)', '2021 (1)', '2019 (2)']);
      element.groupBy = 'category';
      await element.updateComplete;
      expect(shadowAll(element, '[part="group"]').map((group) => group.dataset.group)).to.deep.equal(['conference', 'journal', 'preprint', 'patent']);
      element.groupBy = 'none';
      await element.updateComplete;
      expect(shadowAll(element, '[part="group-heading"]')).to.have.length(0);
    });

    it('sorts oldest first and by title', async () => {
      const element = await list(sample, 'group-by="none" sort="oldest"');
      expect(element.publications.map((entry) => entry.key)).to.deep.equal(['p2', 'p4', 'p1', 'p3']);
      element.sort = 'title';
      await element.updateComplete;
      await waitUntil(() => titles(element).includes('R3-SQL: Ranking with L0 and α'), 'title math never rendered', { timeout: 5000 });
      expect(titles(element)).to.deep.equal(['A journal paper', 'A patent', 'A preprint', 'R3-SQL: Ranking with L0 and α']);
    });

    it('filters by text typed in the search box, and reports the count', async () => {
      const element = await list();
      const search = shadow<HTMLInputElement>(element, '[part="search"]')!;
      search.focus();
      search.value = 'journal';
      search.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(element.publications.map((entry) => entry.key)).to.deep.equal(['p2']);
      expect(shadow(element, '[part="summary"]')!.textContent!.trim()).to.equal('Showing 1 of 4 publications');
      search.value = 'no such words';
      search.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(!!shadow(element, '[part="no-match"]'), 'no-match part shown').to.be.true;
      shadow<HTMLButtonElement>(element, '[part="no-match"] button')!.click();
      await element.updateComplete;
      expect(element.publications).to.have.length(4);
      await expect(element).to.be.accessible();
    });

    it('filters by category, year range, keyword and selected-only from the facet controls', async () => {
      const element = await list();
      const checkbox = shadow<HTMLInputElement>(element, 'input[name="category"][value="journal"]')!;
      checkbox.click();
      await element.updateComplete;
      expect(element.publications.map((entry) => entry.key)).to.deep.equal(['p2']);
      checkbox.click();
      await element.updateComplete;
      const from = shadow<HTMLSelectElement>(element, 'select[name="year-from"]')!;
      from.value = '2021';
      from.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.publications.map((entry) => entry.key)).to.deep.equal(['p3', 'p1']);
      element.clearFilters();
      await element.updateComplete;
      const keyword = shadow<HTMLSelectElement>(element, 'select[name="keyword"]')!;
      expect([...keyword.options].map((option) => option.textContent)).to.deep.equal(['any', 'ranking (1)', 'systems (1)']);
      keyword.value = 'systems';
      keyword.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.publications.map((entry) => entry.key)).to.deep.equal(['p2']);
      element.clearFilters();
      await element.updateComplete;
      shadow<HTMLInputElement>(element, 'input[name="selected-only"]')!.click();
      await element.updateComplete;
      expect(element.publications.map((entry) => entry.key)).to.deep.equal(['p1']);
    });

    it('takes its initial view from attributes', async () => {
      const element = await list(sample, 'category="journal patent" year-from="2019" year-to="2019" group-by="none"');
      expect(element.publications.map((entry) => entry.key).sort()).to.deep.equal(['p2', 'p4']);
    });

    it('limits the list, with a "Show all" button', async () => {
      const element = await list(sample, 'limit="2"');
      expect(shadowAll(element, '[part="publication"]')).to.have.length(2);
      const showAll = shadow<HTMLButtonElement>(element, '[part="show-all"]')!;
      expect(showAll.textContent).to.contain('Show all 4 publications');
      showAll.click();
      await element.updateComplete;
      expect(shadowAll(element, '[part="publication"]')).to.have.length(4);
    });

    it('draws publications per year; a year button filters to that year and again clears it', async () => {
      const element = await list();
      const table = shadow(element, '[part="chart"] table')!;
      expect([...table.querySelectorAll('tbody tr')].map((row) => row.textContent)).to.deep.equal(['20192', '20200', '20211', '20221']);
      expect(shadowAll(element, '[part="chart"] rect')).to.have.length(4);
      const year2019 = shadowAll<HTMLButtonElement>(element, '[part="chart-year"]')[0]!;
      expect(year2019.querySelector('.visually-hidden')!.textContent).to.equal('2019: 2 publications');
      year2019.click();
      await element.updateComplete;
      expect(element.publications.map((entry) => entry.key).sort()).to.deep.equal(['p2', 'p4']);
      expect(year2019.getAttribute('aria-pressed')).to.equal('true');
      year2019.click();
      await element.updateComplete;
      expect(element.publications).to.have.length(4);
      await expect(element).to.be.accessible();
    });

    it('keeps the filters in the URL hash with sync-url, and reads them back', async () => {
      const before = location.hash;
      try {
        const element = await list(sample, 'sync-url id="papers"');
        element.query = 'patent';
        element.groupBy = 'category';
        await element.updateComplete;
        expect(decodeURIComponent(location.hash)).to.contain('papers.q=patent');
        history.replaceState(null, '', '#papers.cat=journal&papers.sort=oldest');
        const second = await list(sample, 'sync-url id="papers"');
        expect(second.publications.map((entry) => entry.key)).to.deep.equal(['p2']);
        expect(second.sort).to.equal('oldest');
      } finally {
        history.replaceState(null, '', location.pathname + location.search + before);
      }
    });
  });

  describe('large lists', () => {
    it('renders 2,000 entries in blocks and filters without re-reading the data', async () => {
      const items: Publication[] = Array.from({ length: 2000 }, (_, index) => ({
        id: `w${index}`,
        type: 'paper-conference',
        title: `Work number ${index}`,
        author: [{ given: 'Ada', family: 'Lovelace' }],
        issued: { 'date-parts': [[1990 + (index % 30)]] },
      }));
      const element = await fixture<PubList>(html`<pub-list group-by="none" .items=${items}></pub-list>`);
      await settled(element);
      // The first paint holds only the first block.
      expect(shadowAll(element, '[part="publication"]').length).to.be.lessThan(2000);
      await fullyRendered(element);
      expect(shadowAll(element, '[part="publication"]')).to.have.length(2000);
      const data = element.publications;
      element.query = 'number 1999';
      await element.updateComplete;
      expect(element.publications.map((entry) => entry.key)).to.deep.equal(['w1999']);
      element.query = '';
      await element.updateComplete;
      // Same entry objects: filtering never re-parses.
      expect(element.publications[0]).to.equal(data[0]);
    });

    it('keeps a long list drawn when a new query leaves the same entries (typing on in the search box)', async () => {
      const items: Publication[] = Array.from({ length: 1000 }, (_, index) => ({
        id: `q${index}`,
        type: 'paper-conference',
        title: `Quantization study ${index}`,
        issued: { 'date-parts': [[2000 + (index % 20)]] },
      }));
      const element = await fixture<PubList>(html`<pub-list group-by="none" .items=${items}></pub-list>`);
      await settled(element);
      await fullyRendered(element);
      for (const query of ['qua', 'quan', 'quantiz', 'quantization']) {
        element.query = query;
        await element.updateComplete;
        // Every prefix matches all 1,000: nothing to draw again, so the list does not start over from its first block.
        expect(shadowAll(element, '[part="publication"]').length, query).to.equal(1000);
      }
      element.query = 'quantization study 999';
      await element.updateComplete;
      // A query that leaves fewer entries draws those (the long list drawn before leaves in slices, hidden).
      expect(element.publications.map((entry) => entry.key)).to.deep.equal(['q999']);
      expect(drawnEntries(element)).to.have.length(1);
      await waitUntil(() => shadowAll(element, '[part="publication"]').length === 1, 'the old list never left', { timeout: 10000 });
    });
  });
});
