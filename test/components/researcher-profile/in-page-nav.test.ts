import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const WORDS = 'sparse attention inference training compression distributed systems graph search latency memory'.split(' ');

/** Deterministic filler: `count` words chosen from `seed`. */
function words(seed: number, count: number): string {
  return Array.from({ length: count }, (_, index) => WORDS[(seed * 7 + index * 3) % WORDS.length]).join(' ');
}

/** A long homepage: 300 publications (titles, author lists and abstracts of varied length), 40 jobs, then education. */
function longProfile(): Profile {
  return {
    basics: { name: 'Ada Long', label: 'Researcher' },
    publications: Array.from({ length: 300 }, (_, index) => ({
      id: `p${index}`,
      type: 'paper-conference',
      title: `${words(index, 6 + (index % 13))} ${index}`,
      author: Array.from({ length: 1 + (index % 9) }, (_, author) => ({ family: `Author${author}`, given: 'A.' })).concat(index % 2 ? [{ family: 'Long', given: 'Ada' }] : []),
      issued: { 'date-parts': [[2024 - Math.floor(index / 20)]] },
      'container-title': index % 3 ? `Proceedings of the ${words(index + 1, 2 + (index % 5))} conference` : undefined,
      abstract: index % 4 ? words(index, 20 + ((index * 37) % 400)) : undefined,
    })),
    work: Array.from({ length: 40 }, (_, index) => ({
      position: `Position ${index}`,
      organization: `Organisation ${index}`,
      startDate: `${2020 - index}-01`,
      endDate: `${2021 - index}-01`,
      summary: words(index, 10 + (index % 30)),
      highlights: index % 3 ? [words(index, 12), words(index + 2, 8)] : undefined,
    })),
    education: [
      { institution: 'University One', degree: 'PhD', field: 'Computer science', startDate: '1975', endDate: '1980' },
      { institution: 'University Two', degree: 'BSc', field: 'Mathematics', startDate: '1971', endDate: '1975' },
    ],
  } as Profile;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until the page has not scrolled for 20 frames in a row (and at most 10 s). */
async function scrollingEnded(): Promise<void> {
  let last = NaN;
  let still = 0;
  for (let frames = 0; still < 20 && frames < 600; frames++) {
    await frame();
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
  }
}

async function longPage(attributes = ''): Promise<ResearcherProfile> {
  // Room below the last section, so that it can be scrolled to the top of the viewport.
  const page = `<researcher-profile ${attributes}></researcher-profile><div style="height: 1500px"></div>`;
  const wrapper = await fixture(html`<div .innerHTML=${page}></div>`);
  scrollTo(0, 0);
  const element = wrapper.querySelector('researcher-profile')!;
  element.profile = longProfile();
  await settled(element);
  const list = shadow(element, '[data-section="publications"] pub-list') as PubList;
  await settled(list);
  await waitUntil(() => list.shadowRoot!.querySelectorAll('[part="publication"]').length === 300, 'publications never all rendered', { timeout: 10000 });
  return element;
}

function navLink(element: ResearcherProfile, key: string): HTMLAnchorElement {
  return shadowAll<HTMLAnchorElement>(element, '[part="nav-link"]').find((node) => node.getAttribute('href') === `#section-${key}`)!;
}

/**
 * Clicks the nav link to `key` and waits for scrolling to end. `offset()`: how far the section's top is from the nav's
 * bottom; `positions`: how many scroll positions the page passed through in the first 10 frames.
 */
async function jumpTo(element: ResearcherProfile, key: string): Promise<{ offset: () => number; positions: number }> {
  navLink(element, key).click();
  const seen = new Set<number>();
  for (let index = 0; index < 10; index++) {
    await frame();
    seen.add(Math.round(scrollY));
  }
  await scrollingEnded();
  const section = shadow(element, `[data-section="${key}"]`)!;
  const nav = shadow(element, '[part="nav"]');
  return { offset: () => section.getBoundingClientRect().top - (nav ? nav.getBoundingClientRect().bottom : 0), positions: seen.size };
}

/** Makes every publication row draw its real content (as after the reader has scrolled past them all). */
async function renderAllRows(element: ResearcherProfile): Promise<void> {
  const list = shadow(element, '[data-section="publications"] pub-list')!;
  const style = document.createElement('style');
  style.textContent = '.publication { content-visibility: visible !important; }';
  list.shadowRoot!.append(style);
  for (let index = 0; index < 10; index++) await frame();
}

describe('<researcher-profile> in-page navigation', () => {
  before(() => setViewport({ width: 1000, height: 700 }));
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('lands a far section exactly under the sticky nav, and it stays there once every row has rendered', async () => {
    const element = await longPage();
    const { offset, positions } = await jumpTo(element, 'education');
    expect(positions > 3, `the page scrolled smoothly (${positions} positions in 10 frames)`).to.be.true;
    const landed = offset();
    expect(Math.abs(landed) <= 2, `Education's top is ${landed.toFixed(1)} px from the nav's bottom`).to.be.true;
    const navTop = shadow(element, '[part="nav"]')!.getBoundingClientRect().top;
    expect(Math.abs(navTop) <= 1, `the nav is stuck at the top (its top is at ${navTop.toFixed(1)} px)`).to.be.true;
    await renderAllRows(element);
    const after = offset();
    expect(Math.abs(after) <= 2, `after every row rendered, Education's top is ${after.toFixed(1)} px from the nav's bottom`).to.be.true;
  });

  it('lands exactly with reduced motion too, and back up on a section above', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await longPage();
    const down = await jumpTo(element, 'education');
    expect(down.positions, 'one jump, no animation').to.equal(1);
    expect(Math.abs(down.offset()) <= 2, `Education's top is ${down.offset().toFixed(1)} px from the nav's bottom`).to.be.true;
    const up = await jumpTo(element, 'experience');
    expect(Math.abs(up.offset()) <= 2, `Experience's top is ${up.offset().toFixed(1)} px from the nav's bottom`).to.be.true;
  });

  it('keeps no room for a nav that is not sticky', async () => {
    const element = await longPage();
    const style = document.createElement('style');
    style.textContent = '.nav { position: static !important; }';
    element.shadowRoot!.append(style);
    for (let index = 0; index < 5; index++) await frame();
    const section = shadow(element, '[data-section="education"]')!;
    navLink(element, 'education').click();
    await scrollingEnded();
    const top = section.getBoundingClientRect().top;
    expect(Math.abs(top) <= 2, `Education's top is at ${top.toFixed(1)} px`).to.be.true;
  });

  it('stops correcting a jump once the reader scrolls', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await longPage();
    navLink(element, 'education').click();
    window.dispatchEvent(new WheelEvent('wheel', { deltaY: -100 }));
    scrollTo(0, 100);
    await scrollingEnded();
    expect(Math.round(scrollY), 'where the reader scrolled to').to.equal(100);
  });

  it('keeps room for the nav after being moved elsewhere in the page, and none once the nav is hidden', async () => {
    const element = await longPage();
    // The element may draw its page anew when it comes back (and show its loading state until then): read the page
    // and the nav as they are now, NaN while there are none.
    const room = () => parseFloat(shadow(element, '.page')?.style.getPropertyValue('--_scholar-sticky-offset') ?? 'NaN');
    const navHeight = () => shadow(element, '[part="nav"]')?.getBoundingClientRect().height ?? NaN;
    await waitUntil(() => Math.abs(room() - navHeight()) <= 1, 'room for the nav');
    const before = navHeight();
    const parent = element.parentElement!;
    // Back in the page, the element reads its data again (maybe in slices, over several tasks) and draws anew.
    const loaded = oneEvent(element, 'scholar-load');
    element.remove();
    parent.append(element);
    await loaded;
    await settled(element);
    const tall = document.createElement('style');
    tall.textContent = '.nav { padding-block: 40px !important; }';
    element.shadowRoot!.append(tall);
    await waitUntil(() => navHeight() > before + 60 && Math.abs(room() - navHeight()) <= 1, `room for the taller nav (${room()} px)`, { timeout: 5000 });
    element.hideNav = true;
    await element.updateComplete;
    expect(room(), 'no nav, no room').to.equal(0);
  });

  it('scrolls a focused control of a nested list out from under the sticky nav', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await longPage();
    const list = shadow(element, '[data-section="publications"] pub-list')!;
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    const nav = shadow(element, '[part="nav"]')!;
    // Scrolled so that the nav, stuck at the top, covers the upper part of the search box: in the viewport, but hidden.
    scrollTo(0, scrollY + search.getBoundingClientRect().top - nav.getBoundingClientRect().height + 8);
    await scrollingEnded();
    const covered = search.getBoundingClientRect().top - nav.getBoundingClientRect().bottom;
    expect(covered < -4, `the nav covers the search box before (${covered.toFixed(1)} px)`).to.be.true;
    search.focus();
    await scrollingEnded();
    expect(list.shadowRoot!.activeElement === search, 'the search box has the focus').to.be.true;
    const gap = search.getBoundingClientRect().top - nav.getBoundingClientRect().bottom;
    expect(gap >= -1, `the search box's top is ${gap.toFixed(1)} px from the nav's bottom (negative: under the nav)`).to.be.true;
    expect(search.getBoundingClientRect().bottom <= innerHeight, 'the search box is in view').to.be.true;
  });
});
