import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/researcher-card/researcher-card.js';
import '../../src/components/timeline-view/timeline-view.js';
import type { ResearcherCard } from '../../src/components/researcher-card/researcher-card.component.js';
import type { TimelineView } from '../../src/components/timeline-view/timeline-view.component.js';
import { clearSourceCache } from '../../src/internal/fetch-source.js';
import { settled, shadow } from '../helpers.js';

const FIXTURES = '/test/fixtures/links';
const onServer = (path: string) => new URL(path, location.href).href;

async function card(markup: string): Promise<ResearcherCard> {
  const wrapper = await fixture(html`<div .innerHTML=${markup}></div>`);
  return settled(wrapper.querySelector('researcher-card')!);
}

const photo = (element: Element) => shadow<HTMLImageElement>(element, '[part="photo"]')?.getAttribute('src') ?? '(no photo)';
const homepage = (element: Element) => shadow<HTMLAnchorElement>(element, 'a[part="link"][aria-label^="Homepage"]')?.getAttribute('href') ?? '(no homepage)';

// Relative to the test page, which the test server serves from its root.
const INLINE_PROFILE = `<script type="application/json">
  { "basics": { "name": "Inline Person", "image": "test/fixtures/links/photo.svg", "url": "about.html" } }
</script>`;

// Relative links are resolved by the shared base, so every element reads them the same way.
describe('relative links in profile data (through <researcher-card>)', () => {
  afterEach(() => clearSourceCache());

  it('in profile JSON loaded by src point next to the JSON: the photo and the homepage', async () => {
    const element = await card(`<researcher-card src="${FIXTURES}/profile.json"></researcher-card>`);
    expect(photo(element)).to.equal(onServer(`${FIXTURES}/photo.svg`));
    expect(homepage(element)).to.equal(onServer(`${FIXTURES}/about.html`));
    expect(shadow<HTMLAnchorElement>(element, 'a[part="link"][href^="https://github.com"]')!.getAttribute('href')).to.equal('https://github.com/relative-person');
    await expect(element).to.be.accessible();
  });

  it('in inline JSON and in the profile property point where the page says', async () => {
    const inline = await card(`<researcher-card>${INLINE_PROFILE}</researcher-card>`);
    expect(photo(inline)).to.equal('test/fixtures/links/photo.svg');
    expect(homepage(inline)).to.equal('about.html');
    const profile = { basics: { name: 'Property Person', image: 'test/fixtures/links/photo.svg', url: 'about.html' } };
    const wrapper = await fixture(html`<div><researcher-card .profile=${profile}></researcher-card></div>`);
    const property = await settled(wrapper.querySelector('researcher-card')!);
    expect(photo(property)).to.equal('test/fixtures/links/photo.svg');
    expect(homepage(property)).to.equal('about.html');
  });

  it('point under link-base when it is given, for any source; absolute links stay', async () => {
    const fromFile = await card(`<researcher-card src="${FIXTURES}/profile.json" link-base="${FIXTURES}/people/"></researcher-card>`);
    expect(photo(fromFile)).to.equal(onServer(`${FIXTURES}/people/photo.svg`));
    expect(homepage(fromFile)).to.equal(onServer(`${FIXTURES}/people/about.html`));
    const inline = await card(`<researcher-card link-base="${location.origin}/elsewhere/">${INLINE_PROFILE}</researcher-card>`);
    expect(homepage(inline)).to.equal(`${location.origin}/elsewhere/about.html`);
    const profile = { basics: { name: 'Property Person', image: onServer(`${FIXTURES}/photo.svg`), url: 'https://example.org/' } };
    const wrapper = await fixture(html`<div><researcher-card .profile=${profile} link-base="/elsewhere/"></researcher-card></div>`);
    const property = await settled(wrapper.querySelector('researcher-card')!);
    expect(photo(property)).to.equal(onServer(`${FIXTURES}/photo.svg`));
    expect(homepage(property)).to.equal('https://example.org/');
  });

  it("in <timeline-view>: an entry's link points next to the JSON", async () => {
    const wrapper = await fixture(html`<div .innerHTML=${`<timeline-view src="${FIXTURES}/timeline.json" kinds="experience"></timeline-view>`}></div>`);
    const element = wrapper.querySelector<TimelineView>('timeline-view')!;
    element.today = new Date(2024, 0, 1);
    await settled(element);
    expect(element.entries.map((entry) => entry.url)).to.deep.equal([onServer(`${FIXTURES}/engines.html`)]);
  });
});
