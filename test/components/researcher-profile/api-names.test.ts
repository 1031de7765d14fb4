/**
 * The attribute names of the API rules on <researcher-profile>: `hide-nav`, `hide-structured-data`, `sections` as a
 * comma list and `heading-level`; the older `nav="off"`, `structured-data="off"` and space-separated `sections`
 * still work, with one deprecation warning each per page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import type { Profile } from '../../../src/model/types.js';
import { consoleWarnings, settled, shadow, shadowAll } from '../../helpers.js';

const profile: Profile = {
  basics: { name: 'Ada Lovelace', bio: ['Mathematician.'] },
  work: [{ position: 'Analyst', organization: 'Analytical Engine', highlights: ['Wrote notes.'], summary: 'Notes.' }],
  talks: [{ title: 'On the Engine', kind: 'keynote', date: '1843' }],
  honors: [{ title: 'Countess' }],
  publications: [{ id: 'notes', type: 'article-journal', title: 'Notes on the Engine', issued: { 'date-parts': [[1843]] } }],
};

async function page(attributes: string): Promise<ResearcherProfile> {
  const wrapper = await fixture(html`<div .innerHTML=${`<researcher-profile ${attributes}></researcher-profile>`}></div>`);
  const element = wrapper.querySelector('researcher-profile')!;
  element.profile = profile;
  return settled(element);
}

const sectionKeys = (element: ResearcherProfile) => shadowAll(element, '[part="section"]').map((node) => node.dataset.section);
const levels = (element: ResearcherProfile, selector: string) => shadowAll(element, selector).map((node) => node.getAttribute('aria-level'));
const jsonLd = (element: ResearcherProfile) => !!element.querySelector('script[type="application/ld+json"]');

describe('<researcher-profile> API names', () => {
  it('hides the navigation with hide-nav', async () => {
    const shown = await page('');
    expect(!!shadow(shown, '[part="nav"]'), 'nav by default').to.be.true;
    const hidden = await page('hide-nav');
    expect(hidden.hideNav).to.be.true;
    expect(!!shadow(hidden, '[part="nav"]'), 'nav with hide-nav').to.be.false;
  });

  it('still hides it with the deprecated nav="off", warning once', async () => {
    const warned = await consoleWarnings(async () => {
      const first = await page('nav="off"');
      const second = await page('nav="off"');
      expect(!!shadow(first, '[part="nav"]') || !!shadow(second, '[part="nav"]'), 'nav with nav="off"').to.be.false;
    });
    expect(warned.filter((message) => message.includes('`nav="off"` is now `hide-nav`'))).to.have.length(1);
  });

  it('reads sections as a comma list, and takes an array of keys', async () => {
    const element = await page('sections="honors, talks ,experience"');
    expect(sectionKeys(element)).to.deep.equal(['honors', 'talks', 'experience']);
    element.sections = ['about', 'honors'] as unknown as string;
    await element.updateComplete;
    expect(element.sections).to.equal('about, honors');
    expect(sectionKeys(element)).to.deep.equal(['about', 'honors']);
  });

  it('still reads sections separated by spaces, warning once', async () => {
    const warned = await consoleWarnings(async () => {
      const first = await page('sections="honors talks"');
      await page('sections="about experience"');
      expect(sectionKeys(first)).to.deep.equal(['honors', 'talks']);
    });
    expect(warned.filter((message) => message.includes('`sections` separated by spaces'))).to.have.length(1);
  });

  it('hides its JSON-LD with hide-structured-data', async () => {
    // JSON-LD is written once its code has loaded, after the render.
    const shown = await page('');
    await waitUntil(() => jsonLd(shown), 'JSON-LD by default');
    const hidden = await page('hide-structured-data');
    expect(jsonLd(hidden), 'JSON-LD with hide-structured-data').to.be.false;
    hidden.hideStructuredData = false;
    await waitUntil(() => jsonLd(hidden), 'JSON-LD once hide-structured-data is removed');
  });

  it('still hides it with the deprecated structured-data="off", warning once', async () => {
    const warned = await consoleWarnings(async () => {
      expect(jsonLd(await page('structured-data="off"'))).to.be.false;
      expect(jsonLd(await page('structured-data="off"'))).to.be.false;
    });
    expect(warned.filter((message) => message.includes('`structured-data="off"` is now `hide-structured-data`'))).to.have.length(1);
  });

  it('puts the name at heading-level 1 by default, section titles below it and sub-headings below those', async () => {
    const element = await page('');
    expect(element.headingLevel).to.equal(1);
    const card = shadow<HTMLElementTagNameMap['researcher-card']>(element, 'researcher-card')!;
    await settled(card);
    expect(card.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('1');
    expect(levels(element, '[part="section"] > [role="heading"]')).to.deep.equal(['2', '2', '2', '2', '2']);
    expect(levels(element, '[data-section="talks"] .group > [role="heading"]')).to.deep.equal(['3']);
    // The list in the publications section starts below the section title.
    expect(shadow(element, 'pub-list')!.getAttribute('heading-level')).to.equal('3');
    expect(shadow(element, 'pub-list')!.hasAttribute('hide-structured-data')).to.be.true;
  });

  it('moves every heading with heading-level', async () => {
    const element = await page('heading-level="3" sections="about, talks, publications"');
    const card = shadow<HTMLElementTagNameMap['researcher-card']>(element, 'researcher-card')!;
    await settled(card);
    expect(card.getAttribute('heading-level')).to.equal('3');
    expect(card.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('3');
    expect(levels(element, '[part="section"] > [role="heading"]')).to.deep.equal(['4', '4', '4']);
    expect(levels(element, '[data-section="talks"] .group > [role="heading"]')).to.deep.equal(['5']);
    expect(shadow(element, 'pub-list')!.getAttribute('heading-level')).to.equal('5');
    const clamped = await page('heading-level="9"');
    expect(levels(clamped, '[part="section"] > [role="heading"]').every((level) => level === '6')).to.be.true;
  });
});
