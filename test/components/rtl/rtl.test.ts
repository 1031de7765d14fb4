/**
 * Right to left: in an Arabic page (lang="ar" dir="rtl" on <html>) every element mirrors — what starts a line is on
 * the right, time runs from the right, charts read from the right — while the researcher's own Latin text (a name, a
 * title ending in "(2020).") keeps its order. The same elements in a left-to-right page are drawn as before.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/researcher-card/researcher-card.js';
import '../../../src/components/pub-list/pub-list.js';
import '../../../src/components/timeline-view/timeline-view.js';
import '../../../src/components/lab-directory/lab-directory.js';
import '../../../src/components/profile-section/profile-section.js';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { TimelineView } from '../../../src/components/timeline-view/timeline-view.component.js';
import type { LabDirectory } from '../../../src/components/lab-directory/lab-directory.component.js';
import type { ProfileSection } from '../../../src/components/profile-section/profile-section.component.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import type { Lab } from '../../../src/model/lab.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

/** A Latin title whose last characters are neutral: in a right-to-left paragraph they would move to its other end. */
const TITLE = 'Notes on the Analytical Engine (2020).';
const MIRRORED = 'matrix(-1, 0, 0, 1, 0, 0)';

const profile: Profile = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Analyst',
    emails: ['ada@example.org'],
    phone: '+1 (555) 010-0199',
    researchInterests: ['Analytical engines'],
    bio: ['Mathematician and writer.'],
  },
  metrics: {
    citations: 12,
    countsByYear: [
      { year: 2018, citations: 1 },
      { year: 2019, citations: 4 },
      { year: 2020, citations: 7 },
    ],
  },
  publications: [
    {
      id: 'notes',
      type: 'article-journal',
      title: TITLE,
      issued: { 'date-parts': [[2020]] },
      author: [{ given: 'Ada', family: 'Lovelace' }],
      'container-title': 'Taylor’s Scientific Memoirs',
    },
    { id: 'sketch', type: 'article-journal', title: 'Sketch of the Engine', issued: { 'date-parts': [[2018]] }, author: [{ given: 'Ada', family: 'Lovelace' }] },
  ],
  work: [
    { position: 'Analyst', organization: 'Engine Works', startDate: '2010', endDate: '2012' },
    { position: 'Writer', organization: 'Memoirs', startDate: '2016', endDate: '2018' },
  ],
  talks: [{ title: TITLE, event: 'Royal Society', date: '2020' }],
};

const other: Profile = { basics: { name: 'Charles Babbage' } };

/** The box of one character of a text node. */
function charBox(node: Text, index: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect();
}

/** The box of all of an element's text. */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** The first text node under `element` that holds `text`. */
function textNode(element: Element, text: string): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes(text)) return node as Text;
  throw new Error(`no text "${text}"`);
}

/** Asserts that TITLE, somewhere under `element`, is drawn in its own order: "(2020)." last, on the right. */
function expectTitleInOrder(element: Element, what: string): void {
  const node = textNode(element, TITLE);
  const at = node.data.indexOf(TITLE);
  const first = charBox(node, at);
  const open = charBox(node, at + TITLE.indexOf('('));
  const close = charBox(node, at + TITLE.length - 2);
  const period = charBox(node, at + TITLE.length - 1);
  expect(first.left, `${what}: "N" before "("`).to.be.lessThan(open.left);
  expect(open.left, `${what}: "(" before ")"`).to.be.lessThan(close.left);
  expect(close.left, `${what}: ")" before "."`).to.be.lessThan(period.left);
}

/** The computed `unicode-bidi` of an element. */
const bidi = (element: Element) => getComputedStyle(element).unicodeBidi;

describe('right to left', () => {
  const root = document.documentElement;
  const before = { dir: root.dir, lang: root.lang };

  beforeEach(() => {
    root.dir = 'rtl';
    root.lang = 'ar';
  });

  afterEach(() => {
    root.dir = before.dir;
    root.lang = before.lang;
  });

  describe('<researcher-card>', () => {
    it('puts the photo on the right of the name, the name in its own order, the citations from the right', async () => {
      const element = await settled(await fixture<ResearcherCard>(html`<researcher-card style="width: 480px" .profile=${profile}></researcher-card>`));
      await waitUntil(() => shadow(element, '.citations-chart'), 'no citations chart');
      const avatar = shadow(element, '.avatar')!.getBoundingClientRect();
      const name = shadow(element, '[part="name"]')!;
      expect(avatar.left, 'photo on the right of the name').to.be.greaterThan(textBox(name).right);
      expect(bidi(name)).to.equal('plaintext');
      // A Latin name is aligned with the Arabic text around it: at the right.
      expect(Math.abs(textBox(name).right - name.getBoundingClientRect().right)).to.be.lessThan(2);
      // Years from the right: the first year is on the right of the last, and the bars follow them.
      const [first, , last] = shadowAll(element, '.citations-chart figcaption span');
      expect(first!.getBoundingClientRect().left).to.be.greaterThan(last!.getBoundingClientRect().right);
      expect(getComputedStyle(shadow(element, '.citations-chart svg')!).transform).to.equal(MIRRORED);
      // A phone number is written left to right in every script.
      expect(getComputedStyle(shadow(element, '.phone > span')!).direction).to.equal('ltr');
      // Icons that do not point (mail) are not mirrored.
      expect(getComputedStyle(shadow(element, '.links .icon')!).transform).to.equal('none');
    });

    it('mirrors an icon that points', async () => {
      const element = await settled(await fixture<ResearcherCard>(html`<researcher-card .profile=${profile}></researcher-card>`));
      // No icon of the kit points yet (icons.ts): one marked as pointing, as icon() marks it, is mirrored.
      const pointing = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      pointing.setAttribute('class', 'icon points');
      shadow(element, '.links')!.append(pointing);
      expect(getComputedStyle(pointing).transform).to.equal(MIRRORED);
      root.dir = 'ltr';
      expect(getComputedStyle(pointing).transform).to.equal('none');
    });

    it('follows dir="rtl" on an ancestor, and a dir="ltr" page is drawn as before', async () => {
      root.dir = 'ltr';
      root.lang = 'en';
      const box = await fixture<HTMLDivElement>(html`<div>
        <div dir="rtl" lang="ar"><researcher-card .profile=${profile}></researcher-card></div>
        <researcher-card .profile=${profile}></researcher-card>
      </div>`);
      const [rtl, ltr] = [...box.querySelectorAll('researcher-card')] as ResearcherCard[];
      await settled(rtl!);
      await settled(ltr!);
      const side = (element: ResearcherCard) => shadow(element, '.avatar')!.getBoundingClientRect().left - shadow(element, '[part="name"]')!.getBoundingClientRect().left;
      expect(side(rtl!), 'photo on the right in the right-to-left part').to.be.greaterThan(0);
      expect(side(ltr!), 'photo on the left in the page').to.be.lessThan(0);
      await waitUntil(() => shadow(ltr!, '.citations-chart svg'), 'no citations chart');
      expect(getComputedStyle(shadow(ltr!, '.citations-chart svg')!).transform).to.equal('none');
    });
  });

  describe('<pub-list>', () => {
    it('starts each entry at the right, keeps a Latin title in order, and reads the years from the right', async () => {
      const element = await settled(await fixture<PubList>(html`<pub-list style="width: 640px" .profile=${profile}></pub-list>`));
      await waitUntil(() => shadowAll(element, '[part="title"]').length === 2, 'entries never rendered');
      const title = shadowAll(element, '[part="title"]').find((part) => part.textContent === TITLE)!;
      expect(bidi(title)).to.equal('plaintext');
      const box = title.getBoundingClientRect();
      const text = textBox(title);
      expect(Math.abs(text.right - box.right), 'the title ends at the right edge').to.be.lessThan(2);
      expect(text.left - box.left, 'the title leaves room on the left').to.be.greaterThan(50);
      expectTitleInOrder(title, 'pub-list title');
      expect(bidi(shadow(element, '[part~="author"]')!)).to.equal('plaintext');
      // The year buttons run from the right, and the bars with them.
      const years = shadowAll(element, '[part="chart-year"]');
      expect(years[0]!.getBoundingClientRect().left, 'the earliest year on the right').to.be.greaterThan(years[years.length - 1]!.getBoundingClientRect().left);
      expect(getComputedStyle(shadow(element, '.chart svg')!).transform).to.equal(MIRRORED);
    });

    it('keeps a value from the data in its own order after an Arabic label', async () => {
      const items = [{ id: 'rate', type: 'paper-conference', title: 'Rated', issued: { 'date-parts': [[2020]] }, acceptanceRate: '26%=2372/9122' }];
      const element = await settled(await fixture<PubList>(html`<pub-list .items=${items}></pub-list>`));
      await waitUntil(() => !!shadow(element, '[part="note"]'), 'the note never rendered');
      expect(shadow(element, '[part="note"]')!.textContent).to.contain('\u206826%=2372/9122\u2069');
    });
  });

  describe('<timeline-view>', () => {
    it('runs time from the right: the earliest entry is on the right of a later one', async () => {
      const element = await settled(await fixture<TimelineView>(html`<timeline-view layout="horizontal" style="width: 900px" .profile=${profile}></timeline-view>`));
      await waitUntil(() => shadowAll(element, 'li[part="entry"]').length === 2, 'entries never rendered');
      const [earliest, later] = [...element.entries].sort((a, b) => a.startTime - b.startTime);
      const bar = (id: string) => shadow(element, `li[part="entry"][data-id="${id}"] button`)!;
      expect(bar(earliest!.id).getBoundingClientRect().left, 'earliest on the right').to.be.greaterThan(bar(later!.id).getBoundingClientRect().right);
      // The ticks too: the first year on the right.
      const ticks = shadowAll(element, '[part="tick"]');
      expect(ticks[0]!.getBoundingClientRect().left).to.be.greaterThan(ticks[ticks.length - 1]!.getBoundingClientRect().left);
      // The kind's stripe is on the side time starts from.
      expect(getComputedStyle(bar(earliest!.id)).boxShadow).to.match(/-3px 0px 0px/);
      expect(bidi(bar(earliest!.id).querySelector('.title')!)).to.equal('plaintext');
    });

    it('moves to the later entry with ArrowLeft, the way time runs', async () => {
      const element = await settled(await fixture<TimelineView>(html`<timeline-view layout="horizontal" style="width: 900px" .profile=${profile}></timeline-view>`));
      await waitUntil(() => shadowAll(element, 'li[part="entry"]').length === 2, 'entries never rendered');
      const ids = element.entries.map((entry) => entry.id);
      const focused = () => (element.shadowRoot!.activeElement?.closest('li') as HTMLElement | null)?.dataset.id;
      shadow(element, `li[part="entry"][data-id="${ids[0]}"] button`)!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()).to.equal(ids[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal(ids[0]);
    });

    it('draws the list layout’s line on the right', async () => {
      const element = await settled(await fixture<TimelineView>(html`<timeline-view layout="vertical" style="width: 400px" .profile=${profile}></timeline-view>`));
      await waitUntil(() => shadowAll(element, 'li[part="entry"]').length === 2, 'entries never rendered');
      const entry = shadow(element, 'li[part="entry"]')!;
      const block = entry.closest('.block')!.getBoundingClientRect();
      const button = entry.querySelector('button')!.getBoundingClientRect();
      expect(block.right - button.right, 'room for the line on the right').to.be.greaterThan(15);
      expect(Math.abs(button.left - block.left)).to.be.lessThan(2);
    });

    it('runs time from the left in a left-to-right page', async () => {
      root.dir = 'ltr';
      root.lang = 'en';
      const element = await settled(await fixture<TimelineView>(html`<timeline-view layout="horizontal" style="width: 900px" .profile=${profile}></timeline-view>`));
      await waitUntil(() => shadowAll(element, 'li[part="entry"]').length === 2, 'entries never rendered');
      const [earliest, later] = [...element.entries].sort((a, b) => a.startTime - b.startTime);
      const bar = (id: string) => shadow(element, `li[part="entry"][data-id="${id}"] button`)!;
      expect(bar(earliest!.id).getBoundingClientRect().right).to.be.lessThan(bar(later!.id).getBoundingClientRect().left);
      expect(getComputedStyle(bar(earliest!.id)).boxShadow).to.match(/ 3px 0px 0px/);
    });
  });

  describe('<lab-directory>', () => {
    it('lays out the members from the right, the lab’s name in its own order', async () => {
      const lab: Lab = { name: 'Engine Lab (2020).', members: { faculty: [{ profile }, { profile: other }] } };
      const element = await settled(await fixture<LabDirectory>(html`<lab-directory style="width: 900px" .lab=${lab}></lab-directory>`));
      const [first, second] = shadowAll(element, '[part="member"]');
      expect(first!.getBoundingClientRect().left, 'the first member on the right').to.be.greaterThan(second!.getBoundingClientRect().right);
      const name = shadow(element, '[part="name"]')!;
      expect(bidi(name)).to.equal('plaintext');
      const node = textNode(name, 'Engine Lab');
      expect(charBox(node, node.length - 1).left, '"." last, on the right').to.be.greaterThan(charBox(node, node.length - 2).left);
      expect(Math.abs(textBox(name).right - name.getBoundingClientRect().right)).to.be.lessThan(2);
    });
  });

  describe('<profile-section>', () => {
    it('starts a talk at the right and keeps its Latin title in order', async () => {
      const element = await settled(await fixture<ProfileSection>(html`<profile-section kind="talks" style="width: 640px" .profile=${profile}></profile-section>`));
      const item = shadow(element, '[part="item"]')!;
      expectTitleInOrder(item, 'talk title');
      expect(bidi(item.querySelector('.title')!)).to.equal('plaintext');
      // The date keeps to itself: in Arabic ("٢٠٢٠" or "يوليو 2020") it does not join the Latin text before it.
      expect(bidi(item.querySelector('.dates')!)).to.equal('isolate');
      // The event, the researcher's words, is isolated from the kit's Arabic around it.
      expect(item.querySelector('bdi')?.textContent).to.equal('Royal Society');
      expect(Math.abs(textBox(item).right - item.getBoundingClientRect().right), 'the line starts at the right').to.be.lessThan(2);
    });
  });

  describe('<researcher-profile>', () => {
    it('mirrors the whole page and stays accessible inside a page’s own <main>', async () => {
      const page = await fixture<HTMLElement>(html`<main><h1>صفحة</h1><researcher-profile style="width: 800px" .profile=${profile}></researcher-profile></main>`);
      const element = await settled(page.querySelector<ResearcherProfile>('researcher-profile')!);
      const card = shadow(element, 'researcher-card')!;
      await settled(card as ResearcherCard);
      expect(shadow(card, '.avatar')!.getBoundingClientRect().left, 'photo on the right').to.be.greaterThan(textBox(shadow(card, '[part="name"]')!).right);
      const links = shadowAll(element, '[part="nav-link"]');
      expect(links.length).to.be.greaterThan(1);
      expect(links[0]!.getBoundingClientRect().left, 'the first section link on the right').to.be.greaterThan(links[1]!.getBoundingClientRect().right);
      const list = shadow(element, 'pub-list') as PubList | null;
      if (list) {
        await settled(list);
        await waitUntil(() => list.shadowRoot!.querySelector('[part="title"]'), 'no publications');
      }
      await expect(element).to.be.accessible();
    });
  });

  describe('style sheets', () => {
    const FILES = [
      'src/internal/theme.styles.ts',
      'src/internal/shared.styles.ts',
      'src/internal/sections/section.styles.ts',
      'src/components/researcher-card/researcher-card.styles.ts',
      'src/components/researcher-profile/researcher-profile.styles.ts',
      'src/components/pub-list/pub-list.styles.ts',
      'src/components/lab-directory/lab-directory.styles.ts',
      'src/components/timeline-view/timeline-view.styles.ts',
      'src/components/timeline-view/timeline-layout.styles.ts',
    ];
    /** A physical side: `margin-left`, `left:`, `text-align: right`, `float: left`, `border-top-left-radius`… */
    const PHYSICAL = /-(?:left|right)\b|(?:^|[\s;{(])(?:left|right)\s*:|:\s*(?:left|right)\s*[;}]/g;

    it('use logical sides only (inline-start and inline-end), so that they mirror by themselves', async () => {
      const found: string[] = [];
      for (const file of FILES) {
        const response = await fetch(`/${file}`);
        expect(response.ok, file).to.be.true;
        // Only the style sheets' text: the template literals, without comments.
        const source = await response.text();
        const sheets = [...source.matchAll(/css`([\s\S]*?)`/g)].map((match) => match[1]!.replace(/\/\*[\s\S]*?\*\//g, ''));
        for (const sheet of sheets) for (const match of sheet.matchAll(PHYSICAL)) found.push(`${file}: ${match[0].trim()}`);
      }
      expect(found).to.deep.equal([]);
    });
  });
});
