/**
 * The directory's boxes (issue 15): in a row, members' boxes are as tall as each other, and what the lab adds under
 * a card (the member's role, the link to their page) is inside the box's border, not below it. Hover and focus on a
 * page link light the whole box; on paper a box is not split and the link gives its address.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/components/lab-directory/lab-directory.js';
import type { LabDirectory } from '../../../src/components/lab-directory/lab-directory.component.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { settled, shadowAll } from '../../helpers.js';

async function directory(attributes = ''): Promise<LabDirectory> {
  const wrapper = await fixture(html`<div style="width: 60rem" .innerHTML=${`<lab-directory src="/demo/lab.json" ${attributes}></lab-directory>`}></div>`);
  const element = await settled(wrapper.querySelector<LabDirectory>('lab-directory')!);
  const cards = shadowAll<ResearcherCard>(element, 'researcher-card');
  await waitUntil(() => cards.every((card) => card.getAttribute('state') === 'ready'), 'a card never became ready', { timeout: 5000 });
  await Promise.all(cards.map((card) => card.updateComplete));
  return element;
}

/** The members' boxes, grouped by the row they sit in (same top edge). */
function rows(element: LabDirectory): DOMRect[][] {
  const byTop = new Map<number, DOMRect[]>();
  for (const member of shadowAll(element, '[part="member"]')) {
    const box = member.getBoundingClientRect();
    const top = Math.round(box.top);
    byTop.set(top, [...(byTop.get(top) ?? []), box]);
  }
  return [...byTop.values()];
}

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

describe('<lab-directory> layout', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => clearSourceCache());

  for (const variant of ['compact', 'full']) {
    it(`gives the members in a row boxes of one height (${variant})`, async () => {
      const element = await directory(`variant="${variant}"`);
      const shared = rows(element).filter((row) => row.length > 1);
      expect(shared.length, 'rows with more than one member').to.be.greaterThan(0);
      for (const row of shared) {
        const heights = row.map((box) => box.height);
        expect(Math.max(...heights) - Math.min(...heights), `heights ${heights.join(', ')}`).to.be.at.most(1);
      }
    });
  }

  it('keeps the role and the page link inside the member’s border, the card drawing none of its own', async () => {
    const element = await directory();
    const members = shadowAll(element, '[part="member"]');
    expect(members).to.have.length(4);
    for (const member of members) {
      const box = member.getBoundingClientRect();
      const link = member.querySelector<HTMLElement>('[part="page-link"]')!;
      expect(inside(link.getBoundingClientRect(), box), `the page link of ${member.dataset.source} is inside its box`).to.be.true;
      expect(getComputedStyle(member).borderTopWidth).to.equal('1px');
      const card = member.querySelector<ResearcherCard>('researcher-card')!;
      const base = card.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(inside(base.getBoundingClientRect(), box)).to.be.true;
      expect(getComputedStyle(base).borderTopWidth).to.equal('0px');
    }
    // The page links of a row line up along the boxes' foot.
    const links = shadowAll(element, '[part="page-link"]').map((link) => link.getBoundingClientRect());
    expect(Math.abs(links[0]!.bottom - links[1]!.bottom)).to.be.at.most(1);
  });

  it('keeps a role given by the lab inside the box too', async () => {
    const lab = {
      version: '1',
      name: 'Lab',
      members: {
        students: [
          { name: 'A', role: 'PhD student, second year', page: 'https://example.org/a', profile: { basics: { name: 'Ada Lovelace', label: 'Student' } } },
          { name: 'B', profile: { basics: { name: 'Grace Hopper' } } },
        ],
      },
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 60rem"><lab-directory .lab=${lab}></lab-directory></div>`);
    const element = await settled(wrapper.querySelector<LabDirectory>('lab-directory')!);
    await Promise.all(shadowAll<ResearcherCard>(element, 'researcher-card').map((card) => settled(card)));
    const [first, second] = shadowAll(element, '[part="member"]');
    const box = first!.getBoundingClientRect();
    expect(inside(first!.querySelector('[part="role"]')!.getBoundingClientRect(), box)).to.be.true;
    expect(inside(first!.querySelector('[part="page-link"]')!.getBoundingClientRect(), box)).to.be.true;
    expect(Math.abs(second!.getBoundingClientRect().height - box.height)).to.be.at.most(1);
  });

  it('on paper, does not split a box and writes out where a page link leads', async () => {
    const element = await directory();
    await emulateMedia({ media: 'print' });
    try {
      const member = shadowAll(element, '[part="member"]')[0]!;
      expect(getComputedStyle(member).breakInside).to.equal('avoid');
      const link = member.querySelector<HTMLAnchorElement>('[part="page-link"]')!;
      expect(getComputedStyle(link, '::after').content).to.contain(link.href);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('stays as wide as its column on a phone, the collaborations table scrolling inside it', async () => {
    await setViewport({ width: 390, height: 844 });
    // In a grid, as pages place elements: a grid item is as wide as its content needs at least.
    const wrapper = await fixture(html`<div style="display: grid; width: 358px" .innerHTML=${'<lab-directory src="/demo/lab.json" show-collaborations></lab-directory>'}></div>`);
    const element = await settled(wrapper.querySelector<LabDirectory>('lab-directory')!);
    await waitUntil(() => !!element.shadowRoot!.querySelector('[part="collaborations"]'), 'no collaborations table');
    const wide = shadowAll(element, '*').filter((node) => node.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 0.5 && !node.closest('.matrix table'));
    expect(wide.map((node) => `${node.tagName}.${node.className}`)).to.deep.equal([]);
    const matrix = element.shadowRoot!.querySelector<HTMLElement>('.matrix')!;
    expect(matrix.scrollWidth > matrix.clientWidth, 'the table scrolls sideways').to.equal(true);
    // Nothing of the table, its cells' hidden words included, hangs out of it and widens the page.
    expect(document.documentElement.scrollWidth, 'the page is as wide as the window').to.equal(document.documentElement.clientWidth);
    await setViewport({ width: 1280, height: 900 });
  });
});
