import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/timeline-view/timeline-view.js';
import type { TimelineView } from '../../../src/components/timeline-view/timeline-view.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { TimelineEntry } from '../../../src/model/timeline.js';
import type { Profile } from '../../../src/model/types.js';
import { consoleWarnings, settled, shadow, shadowAll, shadowText } from '../../helpers.js';

const TODAY = new Date(2025, 2, 15); // 15 March 2025
const seed = (name: string) => `/demo/profiles/${name}.json`;
const SEEDS = ['minjia-zhang', 'heyang-qin', 'yuxiong-he', 'samyam-rajbhandari'];

async function loadSeed(name: string): Promise<Profile> {
  return (await (await fetch(seed(name))).json()) as Profile;
}

/** Renders `template` (one <timeline-view>) inside a div `width` pixels wide; waits for data and layout. */
async function mount(template: TemplateResult, width = 1000, state: 'ready' | 'empty' | 'error' = 'ready') {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const element = container.querySelector('timeline-view')!;
  await settled(element, state);
  if (state === 'ready' && element.layout === 'auto') {
    const expected = width >= element.breakpoint ? 'horizontal' : 'vertical';
    await waitUntil(() => element.currentLayout === expected, `layout never became ${expected}`);
  }
  await element.updateComplete;
  return { container, element };
}

const entryElements = (element: TimelineView) => shadowAll<HTMLLIElement>(element, 'li[part="entry"]');
const entryElement = (element: TimelineView, id: string) => shadow<HTMLLIElement>(element, `li[part="entry"][data-id="${id}"]`)!;
const buttonOf = (element: TimelineView, id: string) => entryElement(element, id).querySelector('button')!;
/** An entry's details; only an open entry has them in the DOM. */
const detailsOf = (element: TimelineView, id: string) => entryElement(element, id).querySelector<HTMLElement>('[part="details"]')!;
const hasDetails = (element: TimelineView, id: string) => !!entryElement(element, id).querySelector('[part="details"]');
const byPath = (element: TimelineView, path: string, person = 0) => element.entries.find((entry) => entry.path === path && entry.personIndex === person)!;
const datesText = (element: TimelineView, id: string) => entryElement(element, id).querySelector('[part="entry-dates"]')!.textContent!.replace(/\s+/g, ' ').trim();

const overlapsInTime = (a: TimelineEntry, b: TimelineEntry) => a.startTime < b.endTime && b.startTime < a.endTime;

/** The most entries covering one instant (brute force over the entries' starts). */
function maxOverlap(entries: readonly TimelineEntry[]): number {
  let most = 0;
  for (const probe of entries) most = Math.max(most, entries.filter((entry) => entry.startTime <= probe.startTime && probe.startTime < entry.endTime).length);
  return most;
}

/** The most bars covering one x position on screen (bars that merely touch do not count as overlapping). */
function maxScreenOverlap(rects: readonly DOMRect[]): number {
  let most = 0;
  for (const probe of rects) {
    const x = probe.left + 0.25;
    most = Math.max(most, rects.filter((rect) => rect.left <= x && x + 0.25 < rect.right).length);
  }
  return most;
}

/**
 * Checks a horizontal timeline's lanes from `entries` and from what is on screen, band by band:
 * - entries that overlap in time have different lanes;
 * - entries in one lane do not overlap horizontally on screen, and share a row;
 * - entries in different lanes are in different rows (no vertical overlap), lane 0 at the top;
 * - the lane count is minimal: the largest number of bars over one point of the axis, and for ranges (drawn exactly
 *   at their dates) the largest number of entries covering one instant.
 */
function expectLanesHold(element: TimelineView): void {
  const people = new Set(element.entries.map((entry) => entry.personIndex));
  for (const person of people) {
    const entries = element.entries.filter((entry) => entry.personIndex === person);
    const rects = new Map(entries.map((entry) => [entry.id, entryElement(element, entry.id).getBoundingClientRect()]));
    for (const [i, a] of entries.entries()) {
      expect(entryElement(element, a.id).dataset.lane).to.equal(String(a.lane));
      for (const b of entries.slice(i + 1)) {
        const ra = rects.get(a.id)!;
        const rb = rects.get(b.id)!;
        const label = `${a.title} (${a.path}, lane ${a.lane}) / ${b.title} (${b.path}, lane ${b.lane})`;
        if (overlapsInTime(a, b)) expect(a.lane, `${label} overlap in time`).to.not.equal(b.lane);
        if (a.lane === b.lane) {
          expect(ra.right <= rb.left + 0.5 || rb.right <= ra.left + 0.5, `${label}: same lane, overlapping on screen`).to.equal(true);
          expect(Math.abs(ra.top - rb.top), `${label}: same lane, same row`).to.be.below(0.5);
        } else {
          expect(ra.bottom <= rb.top + 0.5 || rb.bottom <= ra.top + 0.5, `${label}: different lanes, same row`).to.equal(true);
          expect(a.lane < b.lane === ra.top < rb.top, `${label}: lanes are rows from the top`).to.equal(true);
        }
      }
    }
    const lanes = Math.max(...entries.map((entry) => entry.lane)) + 1;
    expect(lanes, `person ${person}: lane count against the screen`).to.equal(maxScreenOverlap([...rects.values()]));
    if (entries.every((entry) => !entry.point)) expect(lanes, `person ${person}: lane count against the dates`).to.equal(maxOverlap(entries));
  }
}

/** A profile of work entries given as [position, start, end?] ("now" = ongoing). */
function workProfile(name: string, rows: Array<[string, string, string?]>, extra: Partial<Profile> = {}): Profile {
  return {
    basics: { name },
    work: rows.map(([position, startDate, endDate]) => ({
      position,
      organization: `${position} Org`,
      startDate,
      ...(endDate === 'now' ? { ongoing: true } : endDate ? { endDate } : {}),
    })),
    ...extra,
  };
}

describe('<timeline-view>', () => {
  // Bars move and resize with a transition; geometry is measured without it (as readers who ask for less motion see it).
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  afterEach(async () => {
    clearSourceCache();
    await resetMouse();
  });

  describe('lanes', () => {
    it('shows Minjia Zhang’s nine positions and three degrees in three lanes, checked on screen', async () => {
      const { element } = await mount(html`<timeline-view src=${seed('minjia-zhang')} .today=${TODAY}></timeline-view>`, 1100);
      expect(element.currentLayout).to.equal('horizontal');
      expect(element.entries).to.have.length(12);
      expect(element.entries.filter((entry) => entry.kind === 'experience')).to.have.length(9);
      expect(element.entries.filter((entry) => entry.kind === 'education')).to.have.length(3);
      expect(Math.max(...element.entries.map((entry) => entry.lane)) + 1).to.equal(3);
      // The three 2015–2016 internships sit beside the Ph.D. and the assistantship, in lane 2.
      expect(['/work/5', '/work/4', '/work/2'].map((path) => byPath(element, path).lane)).to.deep.equal([2, 2, 2]);
      expect([byPath(element, '/education/0').lane, byPath(element, '/work/3').lane]).to.deep.equal([0, 1]);
      expectLanesHold(element);
      // Three rows of at least the lane height (2.75rem = 44px: taller where labels need more lines, or go below
      // short bars), and a bar where its dates are on the axis (2004 – 2025).
      const list = shadow(element, '[part="entries"]')!;
      expect(list.getBoundingClientRect().height).to.be.at.least(3 * 44);
      const lowest = Math.max(...entryElements(element).map((item) => item.getBoundingClientRect().bottom));
      expect(lowest).to.be.at.most(list.getBoundingClientRect().bottom + 0.5);
      const track = list.getBoundingClientRect();
      const phd = entryElement(element, byPath(element, '/education/0').id).getBoundingClientRect();
      const axisSpan = Date.UTC(2026, 0, 1) - Date.UTC(2004, 0, 1);
      expect((phd.left - track.left) / track.width).to.be.closeTo((Date.UTC(2010, 8, 1) - Date.UTC(2004, 0, 1)) / axisSpan, 0.001);
      expect((phd.right - track.left) / track.width).to.be.closeTo((Date.UTC(2016, 9, 1) - Date.UTC(2004, 0, 1)) / axisSpan, 0.001);
    });

    it('puts Heyang Qin’s assistantships beside his internship and his roles, checked on screen', async () => {
      const { element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 1000);
      const [ra, ta, intern, phd] = ['/work/3', '/work/4', '/work/2', '/education/0'].map((path) => byPath(element, path));
      expect(new Set([ra!.lane, ta!.lane, intern!.lane, phd!.lane]).size).to.equal(4);
      // On screen: four different rows whose bars all cover late 2020.
      const rects = [ra, ta, intern, phd].map((entry) => entryElement(element, entry!.id).getBoundingClientRect());
      expect(new Set(rects.map((rect) => Math.round(rect.top))).size).to.equal(4);
      const x = Math.max(...rects.map((rect) => rect.left));
      expect(rects.every((rect) => rect.left <= x && x < rect.right)).to.equal(true);
      // Researcher and Senior Researcher share June 2024.
      expect(byPath(element, '/work/1').lane).to.not.equal(byPath(element, '/work/0').lane);
      expect(Math.max(...element.entries.map((entry) => entry.lane)) + 1).to.equal(5);
      expectLanesHold(element);
    });

    it('packs synthetic overlaps minimally, ranges and points alike', async () => {
      const profile = workProfile(
        'Ada Lovelace',
        [
          ['Long', '2010', '2020'],
          ['A', '2011-03', '2012-02'],
          ['B', '2012-02', '2013'], // shares February 2012 with A
          ['C', '2012-06', '2012-09'],
          ['D', '2013-01', '2013-02'],
          ['E', '2015', 'now'],
          ['F', '2016-05-01', '2016-05-31'],
          ['G', '2016-06-01', '2016-06-30'], // the day after F ends
        ],
        {
          talks: [
            { title: 'T1', date: '2014-03-02' },
            { title: 'T2', date: '2014-03-05' },
            { title: 'T3', date: '2014-03' },
            { title: 'T4', date: '2018' },
          ],
        },
      );
      const { element } = await mount(html`<timeline-view kinds="experience, talks" .profile=${profile} .today=${TODAY}></timeline-view>`, 900);
      expect(element.entries).to.have.length(12);
      const lane = (title: string) => element.entries.find((entry) => entry.title === title)!.lane;
      expect(['Long', 'A', 'B', 'C', 'D'].map(lane)).to.deep.equal([0, 1, 2, 1, 1]);
      expect(lane('F')).to.equal(lane('G'));
      // The three March 2014 talks are drawn (and packed) wider than a day, so each needs its own lane.
      expect(new Set(['T1', 'T2', 'T3'].map(lane)).size).to.equal(3);
      expectLanesHold(element);
    });
  });

  describe('dates', () => {
    const profile = workProfile(
      'Ada Lovelace',
      [
        ['Years', '2017', '2019'],
        ['Months', '2019-08', '2020-02'],
        ['Ongoing', '2020-03', 'now'],
        ['Same month', '2021-05', '2021-05'],
      ],
      { talks: [{ title: 'A talk', date: '2022-04-18' }] },
    );

    it('shows partial dates only as precise as the data, and "Present" for ongoing ranges', async () => {
      const { element } = await mount(html`<timeline-view kinds="experience, talks" .profile=${profile} .today=${TODAY}></timeline-view>`, 500);
      const dates = Object.fromEntries(element.entries.map((entry) => [entry.title, datesText(element, entry.id)]));
      expect(dates).to.deep.equal({
        Years: '2017 – 2019',
        Months: 'Aug 2019 – Feb 2020',
        Ongoing: 'Mar 2020 – Present',
        'Same month': 'May 2021',
        'A talk': 'Apr 18, 2022',
      });
      const ongoing = element.entries.find((entry) => entry.title === 'Ongoing')!;
      expect(ongoing.ongoing).to.equal(true);
      expect(ongoing.endTime).to.equal(Date.UTC(2025, 2, 16));
      expect([...entryElement(element, ongoing.id).querySelectorAll('[part="entry-dates"] time')].map((time) => time.getAttribute('datetime'))).to.deep.equal(['2020-03']);
      // A "2017" start is the start of 2017 and a "2019" end the end of 2019.
      const years = element.entries.find((entry) => entry.title === 'Years')!;
      expect([years.startTime, years.endTime]).to.deep.equal([Date.UTC(2017, 0, 1), Date.UTC(2020, 0, 1)]);
    });

    it('formats dates for the element’s language: lang="de" reads "heute"', async () => {
      const container = await fixture<HTMLDivElement>(html`<div lang="de" style="width: 500px">
        <timeline-view kinds="experience, talks" .profile=${profile} .today=${TODAY}></timeline-view>
      </div>`);
      const element = await settled(container.querySelector('timeline-view')!);
      const dates = Object.fromEntries(element.entries.map((entry) => [entry.title, datesText(element, entry.id)]));
      expect(dates).to.deep.equal({
        Years: '2017 – 2019',
        Months: 'Aug. 2019 – Feb. 2020',
        Ongoing: 'März 2020 – heute',
        'Same month': 'Mai 2021',
        'A talk': '18. Apr. 2022',
      });
    });
  });

  describe('layout', () => {
    it('switches between horizontal and vertical with the width of its container, not the window', async () => {
      const { container, element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 1000);
      const base = () => shadow(element, '[part="base"]')!;
      expect(element.currentLayout).to.equal('horizontal');
      expect(base().dataset.layout).to.equal('horizontal');
      expect(!!shadow(element, '[part="axis"]'), 'axis part shown').to.be.true;
      expect(getComputedStyle(entryElements(element)[0]!).position).to.equal('absolute');

      container.style.width = '420px';
      await waitUntil(() => element.currentLayout === 'vertical', 'did not switch to vertical');
      await element.updateComplete;
      expect(base().dataset.layout).to.equal('vertical');
      expect(!!shadow(element, '[part="axis"]'), 'axis part shown').to.be.false;
      const items = entryElements(element);
      expect(getComputedStyle(items[0]!).position).to.equal('relative');
      // A list: each entry below the previous one.
      for (let index = 1; index < items.length; index++) {
        expect(items[index]!.getBoundingClientRect().top).to.be.above(items[index - 1]!.getBoundingClientRect().bottom - 0.5);
      }

      container.style.width = '800px';
      await waitUntil(() => element.currentLayout === 'horizontal', 'did not switch back to horizontal');
      await element.updateComplete;
      expect(base().dataset.layout).to.equal('horizontal');
      expectLanesHold(element);
    });

    it('follows layout="vertical" or "horizontal" whatever its width', async () => {
      const wide = await mount(html`<timeline-view layout="vertical" src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 1200);
      expect(wide.element.currentLayout).to.equal('vertical');
      expect(shadow(wide.element, '[part="base"]')!.dataset.layout).to.equal('vertical');

      const narrow = await mount(html`<timeline-view layout="horizontal" src=${seed('minjia-zhang')} .today=${TODAY}></timeline-view>`, 480);
      expect(narrow.element.currentLayout).to.equal('horizontal');
      expectLanesHold(narrow.element);

      narrow.element.layout = 'auto';
      await narrow.element.updateComplete;
      expect(narrow.element.currentLayout).to.equal('vertical');
      expect(narrow.element.getAttribute('layout')).to.equal('auto');
    });

    it('keeps entries a list in date order in both layouts', async () => {
      const { container, element } = await mount(html`<timeline-view src=${seed('minjia-zhang')} .today=${TODAY}></timeline-view>`, 1000);
      const check = () => {
        // A list whose items come in blocks (role="none", so that the items are the list's own).
        const list = shadow(element, '[part="entries"]')!;
        expect(list.getAttribute('role')).to.equal('list');
        expect([...list.children].every((block) => block.getAttribute('role') === 'none')).to.equal(true);
        const items = [...list.querySelectorAll<HTMLLIElement>('li[part="entry"]')];
        expect(items.every((item) => item.parentElement!.parentElement === list && item.getAttribute('role') === 'listitem')).to.equal(true);
        const ids = items.map((item) => item.dataset.id);
        expect(ids).to.deep.equal(element.entries.map((entry) => entry.id));
        const starts = element.entries.map((entry) => entry.startTime);
        expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
        expect(items[0]!.querySelector('[part="entry-title"]')!.textContent).to.equal('Bachelor of Science (B.S.)');
      };
      check();
      container.style.width = '400px';
      await waitUntil(() => element.currentLayout === 'vertical');
      await element.updateComplete;
      check();
    });
  });

  describe('filter chips', () => {
    it('toggles kinds with pressed buttons, and the axis zooms to what is shown', async () => {
      const { element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 1000);
      const chips = shadowAll<HTMLButtonElement>(element, '[part="chip"]');
      expect(chips.map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Experience (5)', 'Education (2)', 'Teaching (2)']);
      expect(chips.map((chip) => chip.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true']);
      expect(shadow(element, '[part="filters"]')!.getAttribute('role')).to.equal('group');
      const ticks = () => shadowAll(element, '[part="tick"]').map((tick) => tick.textContent!.trim());
      expect(shadow(element, '[part="summary"]')!.textContent).to.equal('9 entries, 2013–2025');
      expect(ticks()[0]).to.equal('2013');
      expect(ticks().at(-1)).to.equal('2025');
      const bachelor = byPath(element, '/education/1').id;
      const widthBefore = entryElement(element, bachelor).getBoundingClientRect().width;

      chips[0]!.click();
      await element.updateComplete;
      expect(chips[0]!.getAttribute('aria-pressed')).to.equal('false');
      expect(element.entries.map((entry) => entry.kind)).to.not.include('experience');
      expect(element.entries).to.have.length(4);
      expect(entryElements(element)).to.have.length(4);
      // Education 2013–2022 and teaching 2017–2019: the axis ends with 2022, and the same degree is drawn wider.
      expect(shadow(element, '[part="summary"]')!.textContent).to.equal('4 entries, 2013–2022');
      expect(ticks().at(-1)).to.equal('2022');
      expect(entryElement(element, bachelor).getBoundingClientRect().width).to.be.closeTo((widthBefore * 13) / 10, 1);
      // Repacked without the positions: Ph.D. follows the B.S. in lane 0; the courses beside it.
      expect(element.entries.map((entry) => `${entry.path} ${entry.lane}`)).to.deep.equal(['/education/1 0', '/education/0 0', '/teaching/0 1', '/teaching/1 2']);
      expectLanesHold(element);

      chips[1]!.click();
      chips[2]!.click();
      await element.updateComplete;
      expect(element.entries).to.have.length(0);
      expect(shadow(element, '[part="no-match"]')!.textContent).to.contain('Every kind is hidden.');
      await expect(element).to.be.accessible();
      shadow<HTMLButtonElement>(element, '[part="no-match"] button')!.click();
      await element.updateComplete;
      expect(element.entries).to.have.length(9);
      expect(shadowAll(element, '[part="chip"]').map((chip) => chip.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true']);
    });

    it('offers chips only for kinds that have entries, and reads more kinds on request', async () => {
      const { element } = await mount(
        html`<timeline-view kinds="experience, education, teaching, talks, honors, publications" src=${seed('minjia-zhang')} .today=${TODAY}></timeline-view>`,
        1200,
      );
      expect(shadowAll(element, '[part="chip"]').map((chip) => chip.dataset.kind)).to.deep.equal(['experience', 'education', 'talks', 'honors', 'publications']);
      expect(element.entries).to.have.length(9 + 3 + 24 + 20 + 50);
      expect(shadow(element, '[part="undated"] summary')!.textContent).to.equal('1 entry has no date and is not on the timeline');
      expectLanesHold(element);
    });
  });

  describe('attributes', () => {
    const profile = workProfile('Ada Lovelace', [['Analyst', '1840', '1852']], { talks: [{ title: 'A talk', date: '1843-07' }], honors: [{ title: 'An honor', date: '1850' }] });
    const kindsShown = (element: TimelineView) => [...new Set(element.entries.map((entry) => entry.kind))];

    it('reads `kinds` as a comma-separated list, spaces around the commas or not', async () => {
      const { element } = await mount(html`<timeline-view kinds="experience,talks , honors" .profile=${profile} .today=${TODAY}></timeline-view>`, 1000);
      expect(kindsShown(element)).to.have.members(['experience', 'talks', 'honors']);
      element.kinds = ['talks', 'honors'] as unknown as string;
      await element.updateComplete;
      expect(element.kinds).to.equal('talks, honors');
      expect(kindsShown(element)).to.have.members(['talks', 'honors']);
    });

    it('still reads `kinds` separated by spaces, and says once that it is deprecated', async () => {
      const warnings = await consoleWarnings(async () => {
        const first = await mount(html`<timeline-view kinds="experience talks" .profile=${profile} .today=${TODAY}></timeline-view>`, 1000);
        expect(kindsShown(first.element)).to.have.members(['experience', 'talks']);
        const second = await mount(html`<timeline-view kinds="talks honors" .profile=${profile} .today=${TODAY}></timeline-view>`, 1000);
        expect(kindsShown(second.element)).to.have.members(['talks', 'honors']);
      });
      const deprecations = warnings.filter((message) => message.includes('deprecated'));
      expect(deprecations).to.have.length(1);
      expect(deprecations[0]).to.contain('<timeline-view> `kinds`');
    });

    it('puts the person names at `heading-level`, 2 by default', async () => {
      const level = (element: TimelineView) => shadow(element, '[part="person"]')!.getAttribute('aria-level');
      const plain = await mount(html`<timeline-view .profile=${profile} .today=${TODAY}></timeline-view>`, 1000);
      expect(plain.element.headingLevel).to.equal(2);
      expect(level(plain.element)).to.equal('2');
      const set = await mount(html`<timeline-view heading-level="4" .profile=${profile} .today=${TODAY}></timeline-view>`, 1000);
      expect(level(set.element)).to.equal('4');
      set.element.headingLevel = 9;
      await set.element.updateComplete;
      expect(level(set.element)).to.equal('6');
    });
  });

  describe('several people', () => {
    it('gives each person a labelled band of lanes, from src listing several profiles', async () => {
      const { element } = await mount(html`<timeline-view src="${seed('minjia-zhang')} ${seed('heyang-qin')}" .today=${TODAY}></timeline-view>`, 1100);
      const bands = shadowAll(element, '[part="band"]');
      expect(bands.map((band) => band.dataset.person)).to.deep.equal(['Minjia Zhang', 'Heyang Qin']);
      for (const band of bands) {
        const heading = band.querySelector<HTMLElement>('[part="person"]')!;
        expect(heading.getAttribute('role')).to.equal('heading');
        expect(heading.classList.contains('visually-hidden')).to.equal(false);
        expect(band.getAttribute('aria-labelledby')).to.equal(heading.id);
        expect(band.querySelector('[part="entries"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
        expect(heading.textContent).to.equal(band.dataset.person);
        // Every entry of the band is this person's.
        expect([...band.querySelectorAll<HTMLElement>('[part="entry"]')].map((item) => item.dataset.person)).to.satisfy((names: string[]) =>
          names.every((name) => name === band.dataset.person),
        );
      }
      expect(bands[0]!.querySelectorAll('[part="entry"]')).to.have.length(12);
      expect(bands[1]!.querySelectorAll('[part="entry"]')).to.have.length(9);
      // Each band packs its own lanes from 0; bands do not overlap on screen.
      expect(Math.max(...element.entries.filter((entry) => entry.personIndex === 0).map((entry) => entry.lane))).to.equal(2);
      expect(Math.max(...element.entries.filter((entry) => entry.personIndex === 1).map((entry) => entry.lane))).to.equal(4);
      expect(bands[0]!.getBoundingClientRect().bottom).to.be.at.most(bands[1]!.getBoundingClientRect().top);
      expectLanesHold(element);
      // `entries` is in date order across people.
      const starts = element.entries.map((entry) => entry.startTime);
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    });

    it('shows a lab of four, saying which people have nothing of the kinds shown', async () => {
      const { element } = await mount(html`<timeline-view src=${SEEDS.map(seed).join(' ')} .today=${TODAY}></timeline-view>`, 1100);
      const bands = shadowAll(element, '[part="band"]');
      expect(bands.map((band) => band.querySelector('[part="person"]')!.textContent)).to.deep.equal(['Minjia Zhang', 'Heyang Qin', 'Yuxiong He', 'Samyam Rajbhandari']);
      // The tests run on localhost: the author's view, which says what `kinds` could add (labels.test.ts has the visitor's).
      const hint = 'No dated entries of the kinds shown (experience, education, teaching). Add publications with kinds="experience, education, teaching, publications".';
      expect(bands.map((band) => band.querySelector('[part="band-empty"]')?.textContent ?? '')).to.deep.equal(['', '', hint, hint]);
      await expect(element).to.be.accessible();
    });

    it('takes several profiles through the `profiles` property, and labels one person without showing the label', async () => {
      const ada = workProfile('Ada Lovelace', [['Analyst', '1840', '1852']]);
      const grace = workProfile('Grace Hopper', [
        ['Officer', '1943', '1986'],
        ['Programmer', '1949', '1971'],
      ]);
      const { element } = await mount(html`<timeline-view .profiles=${[ada, grace]} .today=${TODAY}></timeline-view>`, 1000);
      expect(shadowAll(element, '[part="person"]').map((label) => label.textContent)).to.deep.equal(['Ada Lovelace', 'Grace Hopper']);
      expect(element.entries.map((entry) => `${entry.person} ${entry.lane}`)).to.deep.equal(['Ada Lovelace 0', 'Grace Hopper 0', 'Grace Hopper 1']);

      element.profiles = [grace];
      await waitUntil(() => element.entries.length === 2, 'the new profiles were not shown');
      await element.updateComplete;
      const label = shadow(element, '[part="person"]')!;
      expect(label.textContent).to.equal('Grace Hopper');
      expect(label.classList.contains('visually-hidden')).to.equal(true);
      expect(shadow(element, '[part="entries"]')!.getAttribute('aria-labelledby')).to.equal(label.id);
    });

    it('shows the usable profiles when one of several is not one, and lists the other', async () => {
      const ada = workProfile('Ada Lovelace', [['Analyst', '1840', '1852']]);
      const { element } = await mount(html`<timeline-view .profiles=${[ada, { basics: {} }]} .today=${TODAY}></timeline-view>`, 1000);
      expect(shadowAll(element, '[part="band"]')).to.have.length(1);
      expect(element.problems.map((problem) => problem.message)).to.deep.equal([
        'Profile 2 is not a usable profile: ' + element.problems[0]!.message.split(': ').slice(1).join(': '),
      ]);
      expect(shadow(element, '[part="problems"] summary')!.textContent).to.contain('1 problem in the data');
    });
  });

  describe('details and keyboard', () => {
    it('moves between entries with arrow keys, Home and End; one tab stop for all entries', async () => {
      const { element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 1000);
      const ids = element.entries.map((entry) => entry.id);
      const focused = () => (element.shadowRoot!.activeElement?.closest('li') as HTMLElement | null)?.dataset.id;
      expect(entryElements(element).map((item) => item.querySelector('button')!.tabIndex)).to.deep.equal(ids.map((_, index) => (index === 0 ? 0 : -1)));

      buttonOf(element, ids[0]!).focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal(ids[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(ids[2]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()).to.equal(ids[1]);
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal(ids.at(-1));
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal(ids.at(-1));
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal(ids[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused()).to.equal(ids[0]);
      // The focused entry is the tab stop.
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(
        entryElements(element)
          .filter((item) => item.querySelector('button')!.tabIndex === 0)
          .map((item) => item.dataset.id),
      ).to.deep.equal([ids[1]]);
    });

    it('shows details on focus, keeps them with Enter, and closes them with Escape', async () => {
      const { container, element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 1000);
      const outside = document.createElement('button');
      outside.textContent = 'Outside';
      container.after(outside);
      try {
        const phd = byPath(element, '/education/0').id;
        const button = buttonOf(element, phd);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(hasDetails(element, phd), 'closed: no details in the DOM').to.equal(false);
        expect(button.hasAttribute('aria-controls')).to.equal(false);

        button.focus();
        await element.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        const details = detailsOf(element, phd);
        expect(button.getAttribute('aria-controls')).to.equal(details.id);
        const facts = [...details.querySelectorAll('dl > div')].map((pair) => `${pair.querySelector('dt')!.textContent}: ${pair.querySelector('dd')!.textContent}`);
        expect(facts).to.deep.equal(['Field: Computer Science and Engineering', 'Advisors: Feng Yan, Lei Yang', 'GPA: 4.00']);
        await expect(element).to.be.accessible();

        // Moving on closes it and opens the next.
        await sendKeys({ press: 'ArrowRight' });
        await element.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const next = element.entries[element.entries.findIndex((entry) => entry.id === phd) + 1]!.id;
        expect(buttonOf(element, next).getAttribute('aria-expanded')).to.equal('true');

        // Enter keeps it open after focus leaves the timeline; Enter again closes it.
        await sendKeys({ press: 'ArrowLeft' });
        await sendKeys({ press: 'Enter' });
        outside.focus();
        await element.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('false');

        // Escape closes what focus opened.
        await sendKeys({ press: 'ArrowRight' });
        await element.updateComplete;
        expect(buttonOf(element, next).getAttribute('aria-expanded')).to.equal('true');
        await sendKeys({ press: 'Escape' });
        await element.updateComplete;
        expect(buttonOf(element, next).getAttribute('aria-expanded')).to.equal('false');
        expect(hasDetails(element, next)).to.equal(false);
      } finally {
        outside.remove();
      }
    });

    it('shows details on hover, and keeps them open after a click or tap until a second one or a click elsewhere', async () => {
      // Narrower than the test page's 800px viewport, so that the mouse can reach every bar.
      const { element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 760);
      expect(element.currentLayout).to.equal('horizontal');
      const senior = byPath(element, '/work/0').id;
      const button = buttonOf(element, senior);
      const center = () => {
        const rect = button.getBoundingClientRect();
        return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] as [number, number];
      };
      await sendMouse({ type: 'move', position: center() });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(detailsOf(element, senior).textContent).to.contain('Azure OpenAI');
      await sendMouse({ type: 'move', position: [2, 2] });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');

      await sendMouse({ type: 'click', position: center() });
      await sendMouse({ type: 'move', position: [2, 2] });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // A click outside the element closes it.
      await sendMouse({ type: 'click', position: [2, 2] });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('toggles details with a click in the vertical list', async () => {
      const { element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 420);
      expect(element.currentLayout).to.equal('vertical');
      const senior = byPath(element, '/work/0').id;
      const button = buttonOf(element, senior);
      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const details = detailsOf(element, senior);
      expect(details.querySelectorAll('ul > li')).to.have.length(3);
      // In the list, details follow the entry in the flow (they do not float over other entries).
      expect(getComputedStyle(details).position).to.equal('static');
      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('names each entry for screen readers: kind, title, dates and organisation', async () => {
      const { element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 1000);
      // The name is the button's aria-label: the time-axis layout draws only title and dates, a run of its words.
      const name = (path: string) => buttonOf(element, byPath(element, path).id).getAttribute('aria-label');
      expect(name('/work/0')).to.equal('Position: Senior Researcher, Jun 2024 – Present, Microsoft');
      expect(name('/teaching/0')).to.equal('Teaching: CPE 201: Digital Design, Aug 2017 – Jun 2019, University of Nevada, Reno');
      // Every part of the name is in the bar's text too (find-in-page, the list layout), in the same order.
      const button = buttonOf(element, byPath(element, '/work/0').id);
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Position Senior Researcher Jun 2024 – Present Microsoft');
    });
  });

  describe('motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'reduce' }));

    it('animates the zoom only when the reader has not asked for reduced motion', async () => {
      const { element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 1000);
      const item = entryElements(element)[0]!;
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(item).transitionDuration).to.equal('0.3s, 0.3s, 0.3s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(item).transitionDuration).to.equal('0s');
    });
  });

  describe('accessibility and states', () => {
    for (const theme of ['light', 'dark']) {
      for (const width of [1000, 420]) {
        it(`passes axe in the ${width >= 640 ? 'horizontal' : 'vertical'} layout, ${theme} theme`, async () => {
          const { element } = await mount(
            html`<timeline-view theme=${theme} kinds="experience, education, teaching, talks, honors" src="${seed('minjia-zhang')} ${seed('heyang-qin')}" .today=${TODAY}></timeline-view>`,
            width,
          );
          expect(element.currentLayout).to.equal(width >= 640 ? 'horizontal' : 'vertical');
          await expect(element).to.be.accessible();
          // With details open as well.
          buttonOf(element, byPath(element, '/education/0', 1).id).click();
          await element.updateComplete;
          await expect(element).to.be.accessible();
        });
      }
    }

    it('is empty, and says of what, when the profile has nothing of the kinds asked for', async () => {
      const samyam = await loadSeed('samyam-rajbhandari');
      const { element } = await mount(html`<timeline-view .profile=${samyam} .today=${TODAY}></timeline-view>`, 1000, 'empty');
      // (On the author's view, as the tests on localhost are, with what `kinds` could add.)
      expect(shadow(element, '[part="empty"]')!.textContent).to.equal(
        'Nothing to put on the timeline: no dated experience, education, or teaching. Add publications with kinds="experience, education, teaching, publications".',
      );
      expect(element.entries).to.have.length(0);
      await expect(element).to.be.accessible();
      // Asking for publications fills it; asking for positions again empties it.
      element.kinds = 'publications';
      await element.updateComplete;
      await element.updateComplete;
      expect(element.state).to.equal('ready');
      expect(element.entries).to.have.length(7);
      element.kinds = 'experience';
      await element.updateComplete;
      await element.updateComplete;
      expect(element.state).to.equal('empty');
      expect(shadow(element, '[part="empty"]')!.textContent).to.equal(
        'Nothing to put on the timeline: no dated experience. Add publications with kinds="experience, publications".',
      );
    });

    it('is empty without any data', async () => {
      const { element } = await mount(html`<timeline-view></timeline-view>`, 1000, 'empty');
      expect(shadow(element, '[part="empty"]')!.textContent).to.equal('No profile given.');
      await expect(element).to.be.accessible();
    });

    it('shows an error in words when the file is missing or not a profile', async () => {
      const missing = await mount(html`<timeline-view src="/demo/profiles/nobody.json"></timeline-view>`, 1000, 'error');
      expect(shadow(missing.element, '[part="error"]')!.textContent).to.contain('the server answered HTTP 404');
      await expect(missing.element).to.be.accessible();

      const invalid = await mount(html`<timeline-view .profile=${{ basics: { label: 'No name' } } as unknown as Profile}></timeline-view>`, 1000, 'error');
      expect(shadowText(invalid.element)).to.contain('The profile is not a usable profile');
      await expect(invalid.element).to.be.accessible();
    });

    it('has a read-only `entries`', async () => {
      const { element } = await mount(html`<timeline-view src=${seed('heyang-qin')} .today=${TODAY}></timeline-view>`, 1000);
      expect(() => ((element as unknown as { entries: unknown }).entries = [])).to.throw(TypeError);
      expect(element.entries).to.have.length(9);
      expect(entryElements(element).map((item) => [item.dataset.kind, item.dataset.person, item.getAttribute('part')])).to.deep.include(['teaching', 'Heyang Qin', 'entry']);
    });
  });
});

describe('<timeline-view> under a strict Content-Security-Policy', () => {
  it('renders and positions its bars with no policy violation (positions are set through the CSSOM)', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.srcdoc = `<!doctype html><html><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
      <script type="module" src="/test/components/timeline-view/csp-violations.ts"></script>
      <script type="module" src="/src/components/timeline-view/timeline-view.ts"></script>
      </head><body><timeline-view layout="horizontal" src="/demo/profiles/heyang-qin.json"></timeline-view><div id="probe"></div></body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.readyState === 'complete', 'frame did not load', { timeout: 5000 });
      const frameWindow = frame.contentWindow as Window & { cspViolations?: string[] };
      const timeline = () => frame.contentDocument!.querySelector('timeline-view');
      await waitUntil(() => timeline()?.getAttribute('state') === 'ready', 'timeline never became ready', { timeout: 5000 });
      const element = timeline() as TimelineView;
      await element.updateComplete;
      const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('li[part="entry"]')];
      expect(items).to.have.length(9);
      // The lanes and positions arrived on the first render: five lanes, five rows.
      expect(frameWindow.getComputedStyle(items[0]!).position).to.equal('absolute');
      expect(new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size).to.equal(5);
      expect(frameWindow.cspViolations).to.deep.equal([]);
      // The recorder works: an inline style attribute is a violation.
      frame.contentDocument!.getElementById('probe')!.setAttribute('style', 'color: red');
      await waitUntil(() => frameWindow.cspViolations!.length > 0, 'no violation recorded for an inline style attribute');
      expect(frameWindow.cspViolations![0]).to.match(/^style-src-attr/);
    } finally {
      frame.remove();
    }
  });
});
