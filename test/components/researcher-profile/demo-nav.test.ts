/**
 * The in-page navigation on the demo's own profiles (demo/people/*.html), on a phone's width and a desktop's: every
 * link lands its section right under the sticky nav (which wraps to several lines on a phone), or as far as the page
 * scrolls for the last ones; and with no room kept when the nav is not sticky.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const PROFILES = ['minjia-zhang', 'heyang-qin', 'yuxiong-he', 'samyam-rajbhandari'];

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until the page has not scrolled for 12 frames in a row (and at most 10 s). */
async function scrollingEnded(): Promise<void> {
  let last = NaN;
  let still = 0;
  for (let frames = 0; still < 12 && frames < 600; frames++) {
    await frame();
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
  }
}

/** A demo page: the profile in a `<main>` with the demo's padding, a header above and a footer below. */
async function demoPage(name: string): Promise<ResearcherProfile> {
  const wrapper = await fixture(html`<div style="font-family: system-ui, sans-serif">
    <header style="padding: 1.5rem"><a href="#top">← Systems group</a></header>
    <main style="max-width: 72rem; margin: 0 auto; padding: 1.5rem"><researcher-profile src="/demo/profiles/${name}.json"></researcher-profile></main>
    <footer style="padding: 1.5rem">Built with scholar-elements.</footer>
  </div>`);
  scrollTo(0, 0);
  const element = wrapper.querySelector<ResearcherProfile>('researcher-profile')!;
  await settled(element);
  const list = shadow(element, '[data-section="publications"] pub-list') as ResearcherProfile | null;
  if (list) await settled(list);
  for (let index = 0; index < 5; index++) await frame();
  return element;
}

/** Clicks every nav link, from the top of the page (and from its end); the landings that are off, in words. */
async function offLandings(element: ResearcherProfile, starts: ReadonlyArray<'top' | 'end'> = ['top']): Promise<string[]> {
  const off: string[] = [];
  const links = shadowAll<HTMLAnchorElement>(element, '[part="nav-link"]');
  expect(links.length, 'the nav has links').to.be.greaterThan(1);
  for (const start of starts) {
    for (const link of links) {
      scrollTo(0, start === 'top' ? 0 : document.documentElement.scrollHeight);
      await scrollingEnded();
      link.click();
      await scrollingEnded();
      const key = link.getAttribute('href')!.replace('#section-', '');
      const section = shadow(element, `[data-section="${key}"]`)!;
      const nav = shadow(element, '[part="nav"]')!;
      const covered = getComputedStyle(nav).position === 'sticky' ? nav.getBoundingClientRect().bottom : 0;
      const offset = section.getBoundingClientRect().top - covered;
      const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
      if (Math.abs(offset) > 2 && !(atEnd && offset > 0)) off.push(`${key} from the ${start}: ${offset.toFixed(1)} px from the nav's bottom`);
    }
  }
  return off;
}

describe('<researcher-profile> in-page navigation on the demo profiles', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of [
    [412, 823],
    [1280, 800],
  ] as const) {
    it(`lands every section under the sticky nav at ${width} px wide`, async function () {
      this.timeout(120000);
      await setViewport({ width, height });
      await emulateMedia({ reducedMotion: 'reduce' });
      for (const name of PROFILES) {
        const element = await demoPage(name);
        expect(await offLandings(element, name === 'minjia-zhang' ? ['top', 'end'] : ['top']), name).to.deep.equal([]);
      }
    });
  }

  it('lands with smooth scrolling on a phone, the nav wrapped to several lines', async function () {
    this.timeout(120000);
    await setViewport({ width: 412, height: 823 });
    const element = await demoPage('minjia-zhang');
    const nav = shadow(element, '[part="nav"]')!;
    const link = shadowAll<HTMLAnchorElement>(element, '[part="nav-link"]')[0]!;
    expect(nav.getBoundingClientRect().height, 'the nav is taller than one line of links').to.be.greaterThan(link.getBoundingClientRect().height * 1.8);
    expect(await offLandings(element)).to.deep.equal([]);
  });

  it('keeps no room when the nav is not sticky', async function () {
    this.timeout(120000);
    await setViewport({ width: 412, height: 823 });
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await demoPage('minjia-zhang');
    const style = document.createElement('style');
    style.textContent = '.nav { position: static !important; }';
    element.shadowRoot!.append(style);
    expect(await offLandings(element)).to.deep.equal([]);
    expect(shadow(element, '.page')!.style.getPropertyValue('--_scholar-sticky-offset'), 'no room kept').to.equal('0px');
  });
});
