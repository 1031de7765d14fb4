/**
 * <timeline-view> given very many entries, and dates far outside the years it places: it shows at once, adds the
 * rest of a long timeline over the next frames without blocking the page, and never puts "0050-06" in 1950.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/timeline-view/timeline-view.js';
import type { TimelineView } from '../../../src/components/timeline-view/timeline-view.component.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const TODAY = new Date(2025, 2, 15);

/** `count` positions of one person, every one overlapping every other: the most lanes a timeline can need. */
function crowded(count: number): Profile {
  const work = Array.from({ length: count }, (_, index) => ({
    position: `Role ${index}`,
    organization: `Org ${index % 50}`,
    startDate: `${2000 + (index % 10)}-01`,
    endDate: '2015-06',
  }));
  return { basics: { name: 'Many Hats' }, work } as Profile;
}

const entryCount = (element: TimelineView) => element.shadowRoot!.querySelectorAll('li[part="entry"]').length;

/** A timeline of `profile` in a box `width` pixels wide (900: the horizontal layout; 420: the list), on a fixed day, loaded. */
async function timelineIn(profile: Profile, width = 900): Promise<TimelineView> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const element = document.createElement('timeline-view') as TimelineView;
  element.today = TODAY;
  element.profile = profile;
  container.append(element);
  return settled(element);
}

describe('<timeline-view> at scale and at the edges of time', () => {
  // A test that scrolls the page leaves it where it started, even when it fails.
  afterEach(() => window.scrollTo(0, 0));

  it('lays out 20,000 overlapping positions, one lane each, and lets the keyboard reach the last one at once', async function () {
    this.timeout(120_000);
    const element = await timelineIn(crowded(20_000));
    expect(element.entries.length).to.equal(20_000);
    expect(element.currentLayout).to.equal('horizontal');
    expect(new Set(element.entries.map((entry) => entry.lane)).size).to.equal(20_000);
    expect(shadow(element, '[part="summary"]')!.textContent).to.equal('20,000 entries, 2000–2015');

    // End from the first entry goes to the last in date order, even before the rest is in the DOM.
    shadow<HTMLButtonElement>(element, 'li[part="entry"] > button')!.focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    const last = element.entries.reduce((latest, entry) => (entry.startTime > latest.startTime ? entry : latest));
    const focused = element.shadowRoot!.activeElement?.closest<HTMLElement>('li[part="entry"]')?.dataset.id;
    expect(element.entries.find((entry) => entry.id === focused)?.startTime).to.equal(last.startTime);

    await waitUntil(() => entryCount(element) === 20_000, `only ${entryCount(element)} of 20,000 entries were added`, { timeout: 100_000 });
    const lanes = shadowAll<HTMLLIElement>(element, 'li[part="entry"]').map((item) => Number(item.dataset.lane));
    expect(new Set(lanes).size).to.equal(20_000);
  });

  it('shows a long timeline first in part and then whole, in the same order as `entries`', async function () {
    this.timeout(60_000);
    const element = await timelineIn(crowded(3_000), 420);
    expect(element.currentLayout).to.equal('vertical');
    expect(entryCount(element), 'the first render holds only the first entries').to.be.below(3_000);
    await waitUntil(() => entryCount(element) === 3_000, 'the rest was never added', { timeout: 50_000 });
    const ids = shadowAll<HTMLLIElement>(element, 'li[part="entry"]').map((item) => item.dataset.id);
    expect(ids).to.deep.equal(element.entries.map((entry) => entry.id));
  });

  it('puts every entry of a long list in the DOM, in blocks; a block out of view is not drawn, yet its entries stay there', async function () {
    this.timeout(60_000);
    const element = await timelineIn(crowded(3_000), 420);
    await waitUntil(() => entryCount(element) === 3_000, `only ${entryCount(element)} of 3,000 entries were added`, { timeout: 50_000 });
    const list = shadow(element, '[part="entries"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    const blocks = [...list.children] as HTMLElement[];
    expect(blocks.length).to.equal(30);
    expect(blocks.every((block) => block.getAttribute('role') === 'none' && getComputedStyle(block).contentVisibility === 'auto')).to.equal(true);
    const items = shadowAll<HTMLLIElement>(element, 'li[part="entry"]');
    // The first entries are drawn; the last, far below, are not (content-visibility skips their block) but are there,
    // with their text and name, for screen readers and find-in-page.
    expect(items[0]!.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    expect(items.at(-1)!.checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
    expect(items.at(-1)!.querySelector('[part="entry-title"]')!.textContent).to.equal(element.entries.at(-1)!.title);
    expect(items.at(-1)!.querySelector('button')!.getAttribute('aria-label')).to.contain(element.entries.at(-1)!.title);
  });

  it('draws each bar with a handful of nodes (no template markers), and moves focus to the last of 3,000 with End', async function () {
    this.timeout(60_000);
    const element = await timelineIn(crowded(3_000));
    const first = shadow<HTMLLIElement>(element, 'li[part="entry"]')!;
    const walker = document.createTreeWalker(first, NodeFilter.SHOW_ALL);
    let nodes = 1;
    while (walker.nextNode()) nodes++;
    // li, button, kind, the label (title and dates, a <time> for each end) and organisation with their text, and the
    // spaces between them: 18 (a Lit template per entry made about 40, half of them comment markers).
    expect(nodes, 'nodes in one closed entry').to.be.at.most(18);
    expect([...first.querySelectorAll('*')].some((node) => node.childNodes.length && [...node.childNodes].some((child) => child.nodeType === Node.COMMENT_NODE))).to.equal(false);

    first.querySelector('button')!.focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    const focused = element.shadowRoot!.activeElement?.closest<HTMLElement>('li[part="entry"]')?.dataset.id;
    expect(focused).to.equal(element.entries.at(-1)!.id);
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.closest<HTMLElement>('li[part="entry"]')?.dataset.id).to.equal(element.entries[0]!.id);
  });

  it('leaves the entries of lanes far from the screen undrawn but in the list, and draws them as they come near', async function () {
    this.timeout(60_000);
    // 600 lanes of 2.75em: a band about 26,000 pixels tall, nearly all of it off screen.
    const element = await timelineIn(crowded(600));
    await waitUntil(() => entryCount(element) === 600, `only ${entryCount(element)} of 600 entries were added`, { timeout: 50_000 });
    const items = shadowAll<HTMLLIElement>(element, 'li[part="entry"]');
    const undrawn = (item: HTMLLIElement) => item.querySelector('button')!.getAttribute('hidden') === 'until-found';
    const drawn = (item: HTMLLIElement) => item.querySelector('[part="entry-title"]')!.checkVisibility();
    expect(items.at(-1)!.dataset.lane).to.equal('599');
    await waitUntil(() => undrawn(items.at(-1)!), 'the entries of far lanes were all drawn');
    expect(undrawn(items[0]!)).to.equal(false);
    expect(drawn(items[0]!)).to.equal(true);
    expect(drawn(items.at(-1)!)).to.equal(false);
    expect(items.filter(undrawn).length, 'entries not drawn').to.be.above(450);
    // Still in the list, in order, named and with their text (screen readers, find-in-page).
    expect(items.map((item) => item.dataset.id)).to.deep.equal(element.entries.map((entry) => entry.id));
    expect(items.at(-1)!.querySelector('button')!.getAttribute('aria-label')).to.contain(element.entries.at(-1)!.title);
    expect(items.at(-1)!.querySelector('[part="entry-title"]')!.textContent).to.equal(element.entries.at(-1)!.title);

    // Scrolled to, the last lanes are drawn, and the first ones, now far above, are not.
    items.at(-1)!.scrollIntoView({ block: 'center' });
    await waitUntil(() => !undrawn(items.at(-1)!) && undrawn(items[0]!), 'the entries did not follow the scroll');
    expect(drawn(items.at(-1)!)).to.equal(true);
    window.scrollTo(0, 0);
    await waitUntil(() => !undrawn(items[0]!), 'the first entries were not drawn again');
    await waitUntil(() => undrawn(items.at(-1)!), 'the last entries stayed drawn far from the screen');

    // The keyboard reaches a far entry, and it is drawn as it takes the focus.
    items[0]!.querySelector('button')!.focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.closest<HTMLElement>('li[part="entry"]')?.dataset.id).to.equal(items.at(-1)!.dataset.id);
    await waitUntil(() => !undrawn(items.at(-1)!) && drawn(items.at(-1)!), 'the focused entry was not drawn');
    (element.shadowRoot!.activeElement as HTMLElement).blur();

    // In the list layout every entry is whole (blocks out of view are skipped there).
    element.parentElement!.style.width = '420px';
    await waitUntil(() => element.currentLayout === 'vertical');
    await element.updateComplete;
    expect(shadowAll<HTMLLIElement>(element, 'li[part="entry"]').filter(undrawn).length).to.equal(0);
    expect(shadowAll(element, '.lane-probe').length).to.equal(0);
  });

  it('lets the pointer reach every bar on screen, whichever block it is in (blocks overlap on the axis)', async function () {
    this.timeout(60_000);
    // 1,000 positions of 1 to 48 months over 40 years: consecutive entries land in lanes far apart, so blocks overlap.
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const month = (months: number) => `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
    const work = Array.from({ length: 1_000 }, (_, index) => {
      const start = 1980 * 12 + Math.floor(random() * 40 * 12);
      return { position: `Role ${index}`, startDate: month(start), endDate: month(start + 1 + Math.floor(random() * 48)) };
    });
    const element = await timelineIn({ basics: { name: 'Busy' }, work } as Profile);
    await waitUntil(() => entryCount(element) === 1_000, `only ${entryCount(element)} of 1,000 entries were added`, { timeout: 50_000 });
    expect(shadowAll(element, '.block').length).to.equal(10);
    // The bars of the top lanes within the window, from every block: the element under each one's middle is that bar.
    const middle = (item: Element) => {
      const rect = item.getBoundingClientRect();
      return [rect.left + rect.width / 2, rect.top + rect.height / 2] as const;
    };
    // (Lanes grow with the labels below their short bars: the top lanes may reach below the window.)
    const onScreen = shadowAll<HTMLLIElement>(element, 'li[part="entry"]').filter(
      (item) => Number(item.dataset.lane) < 4 && middle(item)[0] < window.innerWidth && middle(item)[1] < window.innerHeight,
    );
    expect(new Set(onScreen.map((item) => item.parentElement)).size, 'blocks with bars in the top lanes').to.be.above(5);
    const missed = onScreen.filter((item) => element.shadowRoot!.elementFromPoint(...middle(item))?.closest('li') !== item);
    expect(missed.map((item) => item.dataset.id)).to.deep.equal([]);
  });

  it('leaves "0050-06" and honors in far years off the axis, reported, and never in 1950', async () => {
    const profile = {
      basics: { name: 'Ada' },
      work: [
        { position: 'Ancient post', organization: 'Rome', startDate: '0050-06', endDate: '0052' },
        { position: 'Analyst', organization: 'Engines', startDate: '2019-06', endDate: '2021-02' },
      ],
      honors: [{ title: 'Far prize', years: [99999] }],
    };
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <timeline-view .profile=${profile} .today=${TODAY} kinds="experience, honors" show-problems></timeline-view>
    </div>`);
    const element = await settled(container.querySelector('timeline-view')!);
    expect(element.entries.map((entry) => entry.title)).to.deep.equal(['Analyst']);
    expect(shadow(element, '[part="summary"]')!.textContent).to.equal('1 entry, 2019–2021');
    const ticks = shadowAll(element, '[part="tick"]').map((tick) => tick.textContent!.trim());
    expect(
      ticks.some((tick) => /19[56]\d|^5\d$/.test(tick)),
      ticks.join(' '),
    ).to.equal(false);
    expect(shadow(element, '[part="undated"]')!.textContent).to.contain('Ancient post').and.to.contain('Far prize');
    const problems = element.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n');
    expect(problems).to.contain('/work/0/startDate').and.to.contain('1000–2999');
    await expect(element).to.be.accessible();
  });

  it('writes its dates in English under a lang that is no locale, rather than failing', async () => {
    const profile = { basics: { name: 'Ada' }, work: [{ position: 'Analyst', organization: 'Engines', startDate: '2019-06', endDate: '2021-02' }] };
    const container = await fixture<HTMLDivElement>(html`<div lang="x_not a locale" style="width: 900px">
      <timeline-view .profile=${profile} .today=${TODAY}></timeline-view>
    </div>`);
    const element = await settled(container.querySelector('timeline-view')!);
    expect(shadow(element, '[part="entry-dates"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Jun 2019 – Feb 2021');
  });
});
