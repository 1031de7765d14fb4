/**
 * A lab member's profile is checked once: the directory shows what the lab's reading found, and each member's card
 * shows the directory's profile as it is (a card the page makes still checks what it is given). A page opened at a
 * fragment keeps its target in place while a directory above it grows.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/lab-directory/lab-directory.js';
import '../../../src/components/pub-list/pub-list.js';
import type { LabDirectory } from '../../../src/components/lab-directory/lab-directory.component.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Lab } from '../../../src/model/lab.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadowAll } from '../../helpers.js';

/** What an element shows now (protected on the element). */
const shown = (element: Element) => (element as unknown as { loadedData: unknown }).loadedData;

async function ready(element: LabDirectory): Promise<ResearcherCard[]> {
  await settled(element);
  const cards = shadowAll<ResearcherCard>(element, 'researcher-card');
  await waitUntil(() => cards.every((card) => card.getAttribute('state') === 'ready'), 'a card never became ready', { timeout: 5000 });
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('a lab member is checked once', () => {
  afterEach(() => clearSourceCache());

  it('each card shows the directory’s profile as it is, with the problems the lab’s reading found', async () => {
    const lab: Lab = {
      name: 'Engines lab',
      members: {
        faculty: [{ profile: '/demo/profiles/heyang-qin.json', title: 'Director' }],
        researchers: [{ profile: { basics: { name: 'Ada Lovelace' }, publications: [{ title: 'Notes', awards: 5 }] } as unknown as Profile }],
      },
    };
    const element = await fixture<LabDirectory>(html`<lab-directory .lab=${lab}></lab-directory>`);
    const cards = await ready(element);
    const members = (shown(element) as { groups: Array<{ members: Array<{ profile: Profile }> }> }).groups.flatMap((group) => group.members);
    expect(members.map((member) => member.profile.basics.label)).to.deep.equal(['Director', undefined]);
    expect(cards.map((card) => shown(card))).to.deep.equal(members.map((member) => member.profile));
    cards.forEach((card, index) => expect(shown(card), 'the very object').to.equal(members[index]!.profile));
    expect(element.problems.map((problem) => problem.path)).to.deep.equal(['/publications/0/awards']);
    expect(cards.every((card) => card.problems.length === 0)).to.equal(true);
  });

  it('a card the page makes checks a profile another element showed', async () => {
    const lab: Lab = { name: 'Engines lab', members: { faculty: [{ profile: { basics: { name: 'Ada Lovelace' } } }] } };
    const element = await fixture<LabDirectory>(html`<lab-directory .lab=${lab}></lab-directory>`);
    const [inner] = await ready(element);
    const card = await fixture<ResearcherCard>(html`<researcher-card .profile=${shown(inner) as Profile}></researcher-card>`);
    await settled(card);
    expect(shown(card)).not.to.equal(shown(inner));
    expect(shown(card)).to.deep.equal(shown(inner));
  });

  it('elements reading one lab one after the other are given one input per member', async () => {
    const wrapper = await fixture(html`<div><lab-directory src="/demo/lab.json"></lab-directory></div>`);
    await ready(wrapper.querySelector('lab-directory')!);
    // A second element, later: the member files read as before, so the inputs are the ones checked then.
    const list = document.createElement('pub-list');
    const loaded = oneEvent(list, 'scholar-load');
    list.setAttribute('src', '/demo/lab.json');
    wrapper.append(list);
    const { detail } = await loaded;
    expect(detail.problems).to.deep.equal([]);
    expect(shadowAll(list, '[part="publication"]').length).to.be.greaterThan(10);
  });
});

describe('a page opened at a fragment', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    document.documentElement.style.overflowAnchor = '';
    scrollTo(0, 0);
  });

  async function page(): Promise<{ element: LabDirectory; target: HTMLElement }> {
    // The browser's own scroll anchoring off: the landing is the kit's.
    document.documentElement.style.overflowAnchor = 'none';
    const wrapper = await fixture(html`<div>
      <lab-directory></lab-directory>
      <div style="height: 2000px"></div>
      <h2 id="landing-target">Target</h2>
      <div style="height: 2000px"></div>
    </div>`);
    const target = wrapper.querySelector<HTMLElement>('#landing-target')!;
    const reached = oneEvent(window, 'hashchange');
    location.hash = 'landing-target';
    await reached;
    for (let index = 0; index < 3; index++) await frame();
    expect(Math.abs(target.getBoundingClientRect().top)).to.be.lessThan(2);
    return { element: wrapper.querySelector('lab-directory')!, target };
  }

  const grow = async (element: LabDirectory) => {
    element.profiles = Array.from({ length: 12 }, (_, index) => ({ basics: { name: `Member ${index}`, label: 'Researcher' } }));
    await ready(element);
    for (let index = 0; index < 5; index++) await frame();
  };

  it('keeps the target at the top while an element above it grows', async () => {
    const { element, target } = await page();
    await grow(element);
    const top = target.getBoundingClientRect().top;
    expect(Math.abs(top) <= 2, `the target's top is at ${top.toFixed(1)} px`).to.equal(true);
  });

  it('leaves the page to the reader once they scroll', async () => {
    const { element, target } = await page();
    window.dispatchEvent(new WheelEvent('wheel', { deltaY: 10 }));
    await grow(element);
    expect(target.getBoundingClientRect().top, 'the target moved down with the growth').to.be.greaterThan(100);
  });
});
