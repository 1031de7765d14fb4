/**
 * <researcher-profile> in the reader's language: the navigation, the section titles, the labels inside sections and
 * the footer; the researcher's own text as written.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const profile: Profile = {
  basics: { name: 'Ada Lovelace', bio: ['Wrote the first published program.'] },
  work: [{ organization: 'Analytical Society', position: 'Analyst', startDate: '1840', mentors: ['Charles Babbage'] }],
  education: [{ institution: 'Home tutoring', area: 'Mathematics', endDate: '1835' }],
  meta: { lastModified: '2026-11-02' },
};

const navLinks = (element: ResearcherProfile) => shadowAll(element, '[part="nav-link"]').map((link) => link.textContent!.trim());

describe('<researcher-profile> languages', () => {
  it('shows its navigation, section titles and labels in German', async () => {
    const element = await settled(await fixture<ResearcherProfile>(html`<researcher-profile lang="de" .profile=${profile}></researcher-profile>`));
    await waitUntil(() => navLinks(element).includes('Berufserfahrung'), `not in German: ${navLinks(element).join(', ')}`);
    expect(navLinks(element)).to.deep.equal(['Über mich', 'Berufserfahrung', 'Ausbildung']);
    expect(shadow(element, 'nav')!.getAttribute('aria-label')).to.equal('Abschnitte');
    const titles = shadowAll(element, '[part="section"] > [role="heading"]').map((heading) => heading.textContent!.trim());
    expect(titles).to.deep.equal(['Über mich', 'Berufserfahrung', 'Ausbildung']);
    const text = shadow(element, '[data-section="experience"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text.includes('Mentor:innen: Charles Babbage')).to.be.true;
    expect(shadow(element, '[part="footer"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Zuletzt aktualisiert 2. Nov. 2026');
    expect(shadow(element, '[data-section="about"]')!.textContent!.includes('Wrote the first published program.')).to.be.true;
  });

  it('adds no landmark of its own, so a page’s <main> around it stays the only one (axe clean in Arabic)', async () => {
    const page = await fixture<HTMLElement>(html`<main lang="ar"><researcher-profile .profile=${profile}></researcher-profile></main>`);
    const element = page.querySelector('researcher-profile') as ResearcherProfile;
    await settled(element);
    await waitUntil(() => navLinks(element).includes('الخبرة'), `not in Arabic: ${navLinks(element).join(', ')}`);
    expect(shadowAll(element, 'main, [role="main"]').length).to.equal(0);
    await expect(page).to.be.accessible();
  });
});
