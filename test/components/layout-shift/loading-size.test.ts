/**
 * No layout shift while elements load: an element waiting for its data keeps about the room its content will take,
 * so the page under it does not jump when the data arrives.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/lab-directory/lab-directory.js';
import '../../../src/components/researcher-card/researcher-card.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import type { ScholarElement } from '../../../src/internal/scholar-element.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { settled, shadowAll } from '../../helpers.js';

/** The demo's data, answered 600 ms late: long enough to measure the element while it loads. */
const SLOW = '/delay/600/demo';

/** How far the loading height may be from the ready height, as a share of the ready height. */
const TOLERANCE = 0.25;

/** The element's height while it loads and once it (and every card inside it) is ready, in px. */
async function heights(markup: string, width: string): Promise<{ loading: number; ready: number }> {
  const wrapper = await fixture(html`<div style="width: ${width}; font-size: 16px" .innerHTML=${markup}></div>`);
  const element = wrapper.firstElementChild as ScholarElement<unknown>;
  await element.updateComplete;
  expect(element.getAttribute('state'), 'still loading when measured').to.equal('loading');
  const loading = element.getBoundingClientRect().height;
  await settled(element);
  const cards = shadowAll<ResearcherCard>(element, 'researcher-card');
  await Promise.all(cards.map((card) => settled(card)));
  return { loading, ready: element.getBoundingClientRect().height };
}

function expectClose({ loading, ready }: { loading: number; ready: number }): void {
  expect(ready, 'ready height').to.be.above(0);
  expect(Math.abs(loading - ready) / ready, `loading ${loading}px vs ready ${ready}px`).to.be.at.most(TOLERANCE);
}

describe('layout shift: size while loading', () => {
  beforeEach(() => clearSourceCache());

  it('a full researcher card keeps about its ready height while loading', async () => {
    expectClose(await heights(`<researcher-card src="${SLOW}/profiles/minjia-zhang.json"></researcher-card>`, '22rem'));
  });

  it('a compact researcher card keeps about its ready height while loading', async () => {
    expectClose(await heights(`<researcher-card variant="compact" src="${SLOW}/profiles/yuxiong-he.json"></researcher-card>`, '22rem'));
  });

  it('a lab directory keeps about its ready height while loading', async () => {
    expectClose(await heights(`<lab-directory src="${SLOW}/lab.json"></lab-directory>`, '60rem'));
  });

  it('a page rule still wins over the reserved height', async () => {
    const wrapper = await fixture(
      html`<div .innerHTML=${`<style>.tall[state='loading'] { min-height: 40rem }</style>
      <researcher-card class="tall" src="${SLOW}/profiles/minjia-zhang.json?page-rule"></researcher-card>`}></div>`,
    );
    const element = wrapper.querySelector<ResearcherCard>('researcher-card')!;
    // The `state` attribute follows the load a moment after it starts: measure once it says "loading". (The address
    // is this test's own: the lab directory above read the same file, and no cache may answer for it.)
    await waitUntil(() => element.getAttribute('state') === 'loading', `never loading (state "${element.getAttribute('state')}")`);
    await element.updateComplete;
    expect(element.getBoundingClientRect().height).to.equal(640);
    await settled(element);
  });
});
