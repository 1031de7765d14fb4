/**
 * No timeline label a reader cannot read (issue 15): on the demo's timelines (the four people, alone and as the lab)
 * and the stories' long-and-short profile, at 1280 and 390 pixels, left to right and right to left, every entry's
 * title and dates are drawn whole — not cut short, not clipped, not transparent — and a label outside its bar
 * (beside or below it) meets no other bar or label. And a band with nothing of the kinds shown says what it could
 * show, to the page's author only.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/timeline-view/timeline-view.js';
import { TimelineView } from '../../../src/components/timeline-view/timeline-view.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Profile } from '../../../src/model/types.js';
import { longAndShort } from '../../../stories/components/timeline-view/long-and-short.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const TODAY = new Date(2025, 2, 15);
const SEEDS = ['minjia-zhang', 'heyang-qin', 'yuxiong-he', 'samyam-rajbhandari'];
const seed = (name: string) => `/demo/profiles/${name}.json`;
const EVERY_KIND = 'experience, education, teaching, talks, honors, publications';

/** Renders `template` (one <timeline-view>) in a box `width` pixels wide, right to left when `rtl`; waits for every entry. */
async function mount(template: TemplateResult, width: number, rtl = false): Promise<TimelineView> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px" dir=${rtl ? 'rtl' : 'ltr'}>${template}</div>`);
  const element = await settled(container.querySelector('timeline-view')!);
  if (element.layout === 'auto') {
    const expected = width >= element.breakpoint ? 'horizontal' : 'vertical';
    await waitUntil(() => element.currentLayout === expected, `layout never became ${expected}`);
  }
  await waitUntil(() => shadowAll(element, 'li[part="entry"]').length === element.entries.length, 'not every entry was added');
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return element;
}

const inside = (inner: DOMRect, outer: DOMRect, slack = 1) =>
  inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
const meet = (a: DOMRect, b: DOMRect, slack = 0.5) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

/** Whether a computed colour paints (not transparent, not fully see-through). */
function paints(color: string): boolean {
  if (color === 'transparent') return false;
  const alpha = /rgba?\([^)]*[,/]\s*([\d.]+%?)\s*\)$/.exec(color)?.[1];
  return alpha === undefined || parseFloat(alpha) > 0.5;
}

/** Checks one drawn text element: whole, not clipped, painted. */
function expectReadable(node: HTMLElement, what: string): void {
  expect(node.getClientRects().length, `${what}: not drawn`).to.be.above(0);
  expect(node.scrollWidth, `${what}: cut short (width)`).to.be.at.most(node.clientWidth + 1);
  expect(node.scrollHeight, `${what}: cut short (height)`).to.be.at.most(node.clientHeight + 1);
  const style = getComputedStyle(node);
  expect(paints(style.color), `${what}: colour ${style.color}`).to.equal(true);
  expect(style.textOverflow, `${what}: ellipsis`).to.not.equal('ellipsis');
  expect(style.visibility, `${what}: hidden`).to.equal('visible');
  expect(Number(style.opacity), `${what}: see-through`).to.equal(1);
}

/** A rect relative to `origin` (the band's list): comparable across scroll positions. */
const relative = (rect: DOMRect, origin: DOMRect) => new DOMRect(rect.left - origin.left, rect.top - origin.top, rect.width, rect.height);

/**
 * Checks every entry's label: the title reads the entry's title, title and dates are readable; in the horizontal
 * layout a label in its bar stays in the bar, a label outside it stays in its block (which clips what is outside)
 * and meets no other bar or label of its band. Entries of lanes far from the screen are not drawn: the page scrolls
 * to them.
 */
async function expectLabelsReadable(element: TimelineView, name: string): Promise<void> {
  const horizontal = element.currentLayout === 'horizontal';
  const boxes = new Map<HTMLLIElement, { bar: DOMRect; label: DOMRect }>();
  const checked = new Set<HTMLLIElement>();
  const items = shadowAll<HTMLLIElement>(element, 'li[part="entry"]');
  expect(items.length, `${name}: entries`).to.equal(element.entries.length);
  for (;;) {
    for (const item of items) {
      const button = item.querySelector('button')!;
      if (checked.has(item) || button.hidden) continue;
      checked.add(item);
      const entry = element.entries.find((candidate) => candidate.id === item.dataset.id)!;
      const title = item.querySelector<HTMLElement>('[part="entry-title"]')!;
      const dates = item.querySelector<HTMLElement>('[part="entry-dates"]')!;
      const what = `${name}: “${entry.title}” (${item.className})`;
      expect(title.textContent, `${what}: its text`).to.equal(entry.title || title.textContent);
      expect(title.textContent!.length).to.be.above(0);
      expectReadable(title, `${what} title`);
      expectReadable(dates, `${what} dates`);
      if (!horizontal) continue;
      const list = item.closest('[part="entries"]')!.getBoundingClientRect();
      const label = item.querySelector<HTMLElement>('.label')!;
      const box = { bar: relative(button.getBoundingClientRect(), list), label: relative(label.getBoundingClientRect(), list) };
      boxes.set(item, box);
      if (item.classList.contains('label-in')) expect(inside(box.label, box.bar), `${what}: its label leaves its bar`).to.equal(true);
      expect(inside(box.label, relative(item.parentElement!.getBoundingClientRect(), list)), `${what}: its label leaves its block`).to.equal(true);
      expect(inside(box.label, relative(list, list)), `${what}: its label leaves its band`).to.equal(true);
    }
    const next = items.find((item) => !checked.has(item));
    if (!next) break;
    next.scrollIntoView({ block: 'center' });
    await waitUntil(() => !next.querySelector('button')!.hidden, `${name}: ${next.dataset.id} is never drawn`);
  }
  window.scrollTo(0, 0);
  if (!horizontal) return;
  for (const band of shadowAll(element, '[part="entries"]')) {
    const own = [...band.querySelectorAll<HTMLLIElement>('li[part="entry"]')];
    for (const a of own) {
      if (a.classList.contains('label-in')) continue;
      const boxA = boxes.get(a)!;
      for (const b of own) {
        if (a === b) continue;
        const boxB = boxes.get(b)!;
        expect(meet(boxA.label, boxB.bar), `${name}: the label of ${a.dataset.id} (${a.className}) meets the bar of ${b.dataset.id}`).to.equal(false);
        if (!b.classList.contains('label-in')) {
          expect(meet(boxA.label, boxB.label), `${name}: the labels of ${a.dataset.id} and ${b.dataset.id} meet`).to.equal(false);
        }
      }
    }
  }
}

interface Case {
  name: string;
  template: () => TemplateResult;
}

const CASES: Case[] = [
  // Yuxiong He and Samyam Rajbhandari list no positions or degrees: their careers are empty (see the lab).
  ...SEEDS.slice(0, 2).map((name) => ({ name, template: () => html`<timeline-view src=${seed(name)} .today=${TODAY}></timeline-view>` })),
  ...SEEDS.map((name) => ({ name: `${name}, every kind`, template: () => html`<timeline-view src=${seed(name)} kinds=${EVERY_KIND} .today=${TODAY}></timeline-view>` })),
  { name: 'the lab (demo/lab.html)', template: () => html`<timeline-view src="/demo/lab.json" heading-level="3" .today=${TODAY}></timeline-view>` },
  {
    name: 'the lab, with publications',
    template: () => html`<timeline-view src="/demo/lab.json" kinds="experience, education, teaching, publications" .today=${TODAY}></timeline-view>`,
  },
  { name: 'long and short (story)', template: () => html`<timeline-view .profile=${longAndShort} kinds="experience, education, teaching, talks" .today=${TODAY}></timeline-view>` },
];

describe('<timeline-view> labels', () => {
  // Bars move with a transition; geometry is measured without it.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => clearSourceCache());

  for (const width of [1280, 390]) {
    for (const rtl of [false, true]) {
      it(`draws every label whole at ${width} px, ${rtl ? 'right to left' : 'left to right'}`, async function () {
        this.timeout(60_000);
        for (const { name, template } of CASES) {
          const element = await mount(template(), width, rtl).catch((error: Error) => {
            throw new Error(`${name}: ${error.message}`);
          });
          expect(element.currentLayout).to.equal(width >= 640 ? 'horizontal' : 'vertical');
          await expectLabelsReadable(element, `${name} at ${width}${rtl ? ' rtl' : ''}`);
        }
      });
    }
  }

  it('draws every label whole in a narrow horizontal timeline, beside or below short bars', async () => {
    for (const rtl of [false, true]) {
      const element = await mount(
        html`<timeline-view layout="horizontal" .profile=${longAndShort} kinds="experience, education, teaching, talks" .today=${TODAY}></timeline-view>`,
        480,
        rtl,
      );
      await expectLabelsReadable(element, `long and short at 480${rtl ? ' rtl' : ''}`);
      const classes = shadowAll(element, 'li[part="entry"]').map((item) => item.className);
      // Each way of placing a label is used here.
      expect(classes.some((name) => name.includes('label-in'))).to.equal(true);
      expect(classes.some((name) => name.includes('label-after') || name.includes('label-before'))).to.equal(true);
      expect(classes.some((name) => name.includes('label-below'))).to.equal(true);
    }
  });

  it('wraps a long title in its bar and grows its lane, and places a short bar’s label after it', async () => {
    const profile: Profile = {
      basics: { name: 'Ada' },
      work: [
        { position: 'A title long enough to need several lines in a bar of this width, but no more', organization: 'X', startDate: '2000', endDate: '2010' },
        { position: 'Short', organization: 'Y', startDate: '2011-01', endDate: '2011-02' },
        { position: 'Other', organization: 'Z', startDate: '2000', endDate: '2020' },
      ],
    };
    const element = await mount(html`<timeline-view .profile=${profile} .today=${TODAY}></timeline-view>`, 700);
    const item = (index: number) => shadow<HTMLLIElement>(element, `li[data-id="${element.entries.find((entry) => entry.path === `/work/${index}`)!.id}"]`)!;
    expect(item(0).className).to.contain('label-in');
    // Two lanes: the first grew to fit the wrapped title, the second starts below it.
    const first = item(0).getBoundingClientRect();
    const title = item(0).querySelector('[part="entry-title"]')!.getBoundingClientRect();
    expect(title.height).to.be.above(30);
    expect(first.height).to.be.above(44);
    // "Other" (the longer of the two from 2000) is in lane 0; the long title's lane 1 starts below it.
    const other = item(2).getBoundingClientRect();
    expect(first.top).to.be.at.least(other.bottom);
    expect(item(1).className).to.contain('label-after');
    await expectLabelsReadable(element, 'wrapped');
  });

  describe('an empty band', () => {
    afterEach(() => {
      TimelineView.authorView = undefined;
    });

    const lab = () => html`<timeline-view src=${SEEDS.map(seed).join(' ')} .today=${TODAY}></timeline-view>`;
    const emptyNotes = (element: TimelineView) => shadowAll(element, '[part="band"]').map((band) => band.querySelector('[part="band-empty"]')?.textContent ?? '');

    it('tells a visitor there is nothing to show yet', async () => {
      TimelineView.authorView = false;
      const element = await mount(lab(), 1100);
      expect(emptyNotes(element)).to.deep.equal(['', '', 'Nothing to show on this timeline yet.', 'Nothing to show on this timeline yet.']);
    });

    it('tells the author which kinds are shown and how to show what the person has', async () => {
      TimelineView.authorView = true;
      const element = await mount(lab(), 1100);
      const notes = emptyNotes(element);
      expect(notes.slice(0, 2)).to.deep.equal(['', '']);
      for (const note of notes.slice(2)) {
        expect(note).to.match(
          /^No dated entries of the kinds shown \(experience, education, teaching\)\. Add .*publications.* with kinds="experience, education, teaching, .*publications.*"\.$/,
        );
      }
    });

    it('says what the whole element could show, to the author', async () => {
      TimelineView.authorView = true;
      const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const element = document.createElement('timeline-view') as TimelineView;
      element.today = TODAY;
      element.profile = { basics: { name: 'Ada' }, talks: [{ title: 'A talk', date: '2020' }] };
      container.append(element);
      await settled(element, 'empty');
      expect(shadow(element, '[part="empty"]')!.textContent).to.equal(
        'Nothing to put on the timeline: no dated experience, education, or teaching. Add talks with kinds="experience, education, teaching, talks".',
      );
      TimelineView.authorView = false;
      element.requestUpdate();
      await element.updateComplete;
      expect(shadow(element, '[part="empty"]')!.textContent).to.equal('Nothing to put on the timeline: no dated experience, education, or teaching.');
    });
  });
});
