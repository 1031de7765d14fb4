/**
 * How a card uses the room it is given (issue 15): in a grid row, cards are as tall as each other with their key
 * numbers along the foot; a wide full card sets its content in two columns (who at the start; links, interests and
 * numbers at the end); focus rings and print keep working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/researcher-card/researcher-card.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { settled, shadow } from '../../helpers.js';

const SEEDS = ['minjia-zhang', 'heyang-qin', 'yuxiong-he', 'samyam-rajbhandari'];

/** The demo index's grid (demo/demo.css `.grid`). */
const GRID = 'display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); align-items: stretch; width: 70rem;';

async function grid(): Promise<ResearcherCard[]> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${GRID} .innerHTML=${SEEDS.map((seed) => `<researcher-card src="/demo/profiles/${seed}.json" theme="light"></researcher-card>`).join('')}></div>`,
  );
  const cards = [...wrapper.querySelectorAll<ResearcherCard>('researcher-card')];
  await Promise.all(cards.map((card) => settled(card)));
  return cards;
}

const base = (card: ResearcherCard) => shadow(card, '[part="base"]')!.getBoundingClientRect();

describe('<researcher-card> layout', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => clearSourceCache());

  it('fills a stretched grid cell: cards in a row are as tall as each other, their numbers along the foot', async () => {
    const cards = await grid();
    const row = cards.filter((card) => Math.round(card.getBoundingClientRect().top) === Math.round(cards[0]!.getBoundingClientRect().top));
    expect(row.length, 'cards in the first row').to.be.greaterThan(1);
    const heights = row.map((card) => base(card).height);
    expect(Math.max(...heights) - Math.min(...heights), `heights ${heights.join(', ')}`).to.be.at.most(1);
    for (const card of row) expect(Math.abs(base(card).height - card.getBoundingClientRect().height)).to.be.at.most(1);
    const feet = row.map((card) => shadow(card, '[part="stats"]')!.getBoundingClientRect().bottom);
    expect(Math.max(...feet) - Math.min(...feet), `stats bottoms ${feet.join(', ')}`).to.be.at.most(1);
  });

  it('keeps its own height where nothing stretches it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 24rem"><researcher-card .profile=${{ basics: { name: 'Ada Lovelace' } }}></researcher-card></div>`);
    const card = await settled(wrapper.querySelector<ResearcherCard>('researcher-card')!);
    expect(Math.abs(base(card).height - card.getBoundingClientRect().height)).to.be.at.most(1);
    expect(base(card).height).to.be.lessThan(140);
  });

  it('sets a wide full card in two columns, and a narrow one in one', async () => {
    const profile = await (await fetch('/demo/profiles/heyang-qin.json')).json();
    const wide = await settled(await fixture<ResearcherCard>(html`<researcher-card style="width: 60rem" hide-bio .profile=${profile}></researcher-card>`));
    const name = shadow(wide, '[part="name"]')!.getBoundingClientRect();
    const links = shadow(wide, '[part="links"]')!.getBoundingClientRect();
    const stats = shadow(wide, '[part="stats"]')!.getBoundingClientRect();
    expect(links.left, 'links beside the name').to.be.greaterThan(name.right);
    expect(stats.left).to.equal(links.left);
    expect(links.top).to.be.lessThan(name.bottom);

    const narrow = await settled(await fixture<ResearcherCard>(html`<researcher-card style="width: 24rem" hide-bio .profile=${profile}></researcher-card>`));
    const narrowName = shadow(narrow, '[part="name"]')!.getBoundingClientRect();
    expect(shadow(narrow, '[part="links"]')!.getBoundingClientRect().top, 'links under the header').to.be.greaterThan(narrowName.bottom);
  });

  it('keeps one column when a wide card has nothing for the end', async () => {
    const card = await settled(
      await fixture<ResearcherCard>(html`<researcher-card style="width: 60rem" .profile=${{ basics: { name: 'Ada Lovelace', label: 'Analyst' } }}></researcher-card>`),
    );
    const layout = shadow(card, '.layout')!;
    expect(getComputedStyle(layout).display).to.equal('contents');
  });

  it('rings a link focused from the keyboard in the accent colour, its text underlined', async () => {
    const card = await settled(
      await fixture<ResearcherCard>(html`<researcher-card theme="light" .profile=${{ basics: { name: 'Ada Lovelace', url: 'https://ada.example.org/' } }}></researcher-card>`),
    );
    const link = shadow<HTMLAnchorElement>(card, '[part="link"]')!;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(card.shadowRoot!.activeElement === link, 'the link has the focus').to.be.true;
    const style = getComputedStyle(link);
    expect([style.outlineStyle, style.outlineWidth, style.outlineColor]).to.deep.equal(['solid', '2px', 'rgb(29, 78, 216)']);
    expect(getComputedStyle(link.querySelector('.link-text')!).textDecorationLine).to.equal('underline');
  });

  it('prints the initials in the text colour with a ring, not white on an absent background', async () => {
    const card = await settled(await fixture<ResearcherCard>(html`<researcher-card theme="light" .profile=${{ basics: { name: 'Ada Lovelace' } }}></researcher-card>`));
    await emulateMedia({ media: 'print' });
    try {
      const avatar = shadow(card, '[part="avatar"]')!;
      const style = getComputedStyle(avatar);
      expect(style.backgroundImage === 'none' && style.backgroundColor === 'rgba(0, 0, 0, 0)').to.be.true;
      expect(style.color).to.equal('rgb(31, 35, 40)');
      expect(style.borderTopStyle).to.equal('solid');
      expect(getComputedStyle(shadow(card, '[part="base"]')!).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
