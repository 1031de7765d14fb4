/**
 * The person page's header uses its width (issue 15): at 1280 px its card sets the photo, name and affiliation at the
 * start and the links and numbers at the end, instead of everything on the left and empty space on the right; on a
 * phone it is one column.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { settled, shadow } from '../../helpers.js';

async function header(): Promise<{ box: DOMRect; card: ResearcherCard }> {
  const page = await fixture<ResearcherProfile>(html`<researcher-profile src="/demo/profiles/minjia-zhang.json"></researcher-profile>`);
  await settled(page);
  const card = shadow<ResearcherCard>(page, '[part="header"] researcher-card')!;
  await settled(card);
  return { box: shadow(page, '[part="header"]')!.getBoundingClientRect(), card };
}

/** The left and right edges of what the header card shows: photo, name, each link, each key number. */
function contentSpan(card: ResearcherCard): { left: number; right: number } {
  const pieces = [...card.shadowRoot!.querySelectorAll('[part="photo"], [part="avatar"], [part="name"], [part="links"] > li, [part="stats"] > div, [part="interest"]')];
  const boxes = pieces.map((piece) => piece.getBoundingClientRect()).filter((box) => box.width > 0);
  return { left: Math.min(...boxes.map((box) => box.left)), right: Math.max(...boxes.map((box) => box.right)) };
}

describe('<researcher-profile> header layout', () => {
  afterEach(() => clearSourceCache());
  after(() => setViewport({ width: 800, height: 600 }));

  it('spreads the header’s content over at least 70% of its width at 1280 px', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { box, card } = await header();
    const span = contentSpan(card);
    expect((span.right - span.left) / box.width, `content from ${span.left} to ${span.right} in ${box.left}–${box.right}`).to.be.at.least(0.7);
    // The numbers sit beside the name, not under it.
    const name = shadow(card, '[part="name"]')!.getBoundingClientRect();
    expect(shadow(card, '[part="stats"]')!.getBoundingClientRect().left).to.be.greaterThan(name.right);
  });

  it('is one column on a phone', async () => {
    await setViewport({ width: 390, height: 800 });
    const { card } = await header();
    const name = shadow(card, '[part="name"]')!.getBoundingClientRect();
    const stats = shadow(card, '[part="stats"]')!.getBoundingClientRect();
    expect(stats.top).to.be.greaterThan(name.bottom);
  });
});
