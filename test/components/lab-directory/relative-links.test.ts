import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/lab-directory/lab-directory.js';
import type { LabDirectory } from '../../../src/components/lab-directory/lab-directory.component.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const FIXTURES = '/test/fixtures/links';
const onServer = (path: string) => new URL(path, location.href).href;

async function directory(attributes = ''): Promise<LabDirectory> {
  const wrapper = await fixture(html`<div .innerHTML=${`<lab-directory src="${FIXTURES}/lab.json" ${attributes}></lab-directory>`}></div>`);
  const element = await settled(wrapper.querySelector<LabDirectory>('lab-directory')!);
  const cards = shadowAll<ResearcherCard>(element, 'researcher-card');
  await waitUntil(() => cards.every((card) => card.getAttribute('state') === 'ready'), 'a card never became ready', { timeout: 5000 });
  await Promise.all(cards.map((card) => card.updateComplete));
  return element;
}

/** Each card's photo address and homepage link, as written in the card. */
function cardLinks(element: LabDirectory): Array<{ photo?: string | null; homepage?: string | null }> {
  return shadowAll<ResearcherCard>(element, 'researcher-card').map((card) => ({
    photo: shadow(card, '[part="photo"]')?.getAttribute('src'),
    homepage: shadow(card, 'a[aria-label^="Homepage"]')?.getAttribute('href'),
  }));
}

describe('<lab-directory> relative links', () => {
  afterEach(() => clearSourceCache());

  it("in a member's profile file point next to that file; in a profile embedded in the lab, next to the lab", async () => {
    const element = await directory();
    expect(cardLinks(element)).to.deep.equal([
      { photo: onServer(`${FIXTURES}/people/photo.svg`), homepage: onServer(`${FIXTURES}/people/member.html`) },
      { photo: onServer(`${FIXTURES}/photo.svg`), homepage: onServer(`${FIXTURES}/embedded.html`) },
    ]);
    // The lab's own addresses resolve against the lab file, as before.
    expect(shadow(element, '[part="logo"]')!.getAttribute('src')).to.equal(onServer(`${FIXTURES}/photo.svg`));
    expect(shadow(element, '[part="page-link"]')!.getAttribute('href')).to.equal(onServer(`${FIXTURES}/people/member.html`));
    await expect(element).to.be.accessible();
  });

  it('point under link-base when it is given', async () => {
    const element = await directory(`link-base="${FIXTURES}/people/"`);
    expect(cardLinks(element)).to.deep.equal([
      { photo: onServer(`${FIXTURES}/people/photo.svg`), homepage: onServer(`${FIXTURES}/people/member.html`) },
      { photo: onServer(`${FIXTURES}/people/photo.svg`), homepage: onServer(`${FIXTURES}/people/embedded.html`) },
    ]);
  });
});
