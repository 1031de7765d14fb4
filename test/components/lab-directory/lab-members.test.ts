/**
 * <lab-directory> given a careless or hostile lab: a member listed twice is shown once and reported; a member whose
 * profile URL is `javascript:` or `data:` is refused, reported, and never fetched.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/lab-directory/lab-directory.js';
import type { LabDirectory } from '../../../src/components/lab-directory/lab-directory.component.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Lab } from '../../../src/model/lab.js';
import { interceptFetch, settled, shadow, shadowAll } from '../../helpers.js';

async function ready(element: LabDirectory): Promise<LabDirectory> {
  await settled(element);
  const cards = shadowAll<ResearcherCard>(element, 'researcher-card');
  await waitUntil(() => cards.every((card) => card.getAttribute('state') === 'ready'), 'a card never became ready', { timeout: 5000 });
  await Promise.all(cards.map((card) => card.updateComplete));
  return element;
}

const names = (element: LabDirectory) => shadowAll<ResearcherCard>(element, 'researcher-card').map((card) => card.shadowRoot!.querySelector('[part="name"]')!.textContent);

describe('<lab-directory> members listed twice or with refused URLs', () => {
  afterEach(() => clearSourceCache());

  it('shows a member listed twice once, fetched once, and reports the repeat at its path', async () => {
    const fetches = interceptFetch(() => undefined);
    try {
      const lab: Lab = {
        name: 'Systems group',
        members: {
          faculty: [{ profile: '/demo/profiles/minjia-zhang.json' }, { profile: '/demo/profiles/yuxiong-he.json' }],
          researchers: [{ profile: '/demo/profiles/yuxiong-he.json', role: 'Listed again' }, { profile: { basics: { name: 'Ada Lovelace' } } }],
          alumni: [{ profile: { basics: { name: 'Ada Lovelace' } } }],
        },
      };
      const wrapper = await fixture(html`<div><lab-directory .lab=${lab} show-problems></lab-directory></div>`);
      const element = await ready(wrapper.querySelector('lab-directory')!);
      expect(names(element)).to.deep.equal(['Minjia Zhang', 'Yuxiong He', 'Ada Lovelace']);
      expect(fetches.calls.filter((url) => url.includes('yuxiong-he')).length).to.equal(1);
      expect(element.problems.map((problem) => problem.path)).to.deep.equal(['/members/researchers/0', '/members/alumni/0']);
      const note = shadow(element, '[part="problems"]')!.textContent!.replace(/\s+/g, ' ');
      expect(note).to.contain('members.researchers[0] lists the same member as members.faculty[1]');
      await expect(element).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });

  it('refuses javascript: and data: profile URLs without fetching them, and shows the other members', async () => {
    const fetches = interceptFetch(() => undefined);
    try {
      const lab: Lab = {
        name: 'Systems group',
        members: {
          faculty: [{ profile: '/demo/profiles/minjia-zhang.json' }],
          students: [{ profile: 'javascript:alert(document.domain)', name: 'Mallory' }, { profile: 'data:application/json,{"basics":{"name":"Eve"}}' }],
        },
      };
      const wrapper = await fixture(html`<div><lab-directory .lab=${lab} show-problems></lab-directory></div>`);
      const element = await ready(wrapper.querySelector('lab-directory')!);
      expect(names(element)).to.deep.equal(['Minjia Zhang']);
      expect(
        fetches.calls.some((url) => /^(javascript|data):/i.test(url)),
        fetches.calls.join(' '),
      ).to.equal(false);
      const problems = element.problems.map((problem) => problem.message).join('\n');
      expect(problems).to.contain('members.students[0] (Mallory): "javascript:alert(document.domain)" is a javascript: URL');
      expect(problems).to.contain('is a data: URL');
      const links = shadowAll<HTMLAnchorElement>(element, 'a[href]').map((link) => link.getAttribute('href')!);
      expect(links.some((href) => /^(javascript|data):/i.test(href))).to.equal(false);
      await expect(element).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });
});
