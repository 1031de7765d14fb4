/**
 * The collaborators section links each person to the page's publication list filtered to them: in a
 * <researcher-profile> (its own publications section), and in a <profile-section> next to a <pub-list sync-url>.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/profile-section/profile-section.js';
import '../../../src/components/pub-list/pub-list.js';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ProfileSection } from '../../../src/components/profile-section/profile-section.component.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { collaborators, type Collaborator } from '../../../src/model/collaborators.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const MINJIA = '/demo/profiles/minjia-zhang.json';

async function minjiaCollaborators(): Promise<Collaborator[]> {
  const profile = (await (await fetch(MINJIA)).json()) as Profile;
  return collaborators(profile.publications!, { name: profile.basics.name, variants: profile.basics.nameVariants! });
}

/** The section's "N works" links, once drawn (they are looked for after the element's first render). */
async function worksLinks(element: HTMLElement, count: number): Promise<HTMLAnchorElement[]> {
  await waitUntil(() => shadowAll(element, '.collaborators a[href^="#"]').length === count, 'the works links were never drawn');
  return shadowAll<HTMLAnchorElement>(element, '.collaborators a[href^="#"]');
}

const summary = (list: PubList) => shadow(list, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('collaborators linking to their works', () => {
  let before: string;
  beforeEach(() => (before = location.hash));
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search + before);
    clearSourceCache();
  });

  it('in a profile page: each "N works" opens the publications section filtered to that person, with that many works, and lands on it', async () => {
    const people = await minjiaCollaborators();
    const element = await fixture<ResearcherProfile>(html`<researcher-profile src=${MINJIA} sections="publications, collaborators"></researcher-profile>`);
    await settled(element);
    const list = shadow<PubList>(element, 'pub-list')!;
    await settled(list);
    const links = await worksLinks(element, people.length);
    expect(shadowAll(element, '.collaborators details')).to.have.length(0);
    const total = list.publications.length;
    // Yuxiong He (the most shared), one from the middle and the last.
    for (const index of [0, Math.floor(people.length / 2), people.length - 1]) {
      const person = people[index]!;
      const link = links[index]!;
      expect(link.textContent!.trim()).to.equal(person.count === 1 ? '1 work' : `${person.count} works`);
      expect(link.getAttribute('aria-label')).to.equal(`${link.textContent!.trim()} with ${person.name}`);
      expect(link.getAttribute('href')).to.equal(`#${new URLSearchParams([['publications.author', person.name]]).toString()}`);
      window.scrollTo(0, document.documentElement.scrollHeight);
      link.click();
      await waitUntil(() => list.author === person.name, `the list never showed ${person.name}’s works`);
      await list.updateComplete;
      expect(list.publications.length, person.name).to.equal(person.count);
      expect(summary(list)).to.equal(`Showing ${person.count} of ${total} publications`);
      expect(shadow(list, '[part="author-filter"]')!.textContent).to.contain(`Works with ${person.name}`);
      // Landed: the list's top under the sticky navigation.
      const offset = parseFloat(getComputedStyle(list).getPropertyValue('--_scholar-sticky-offset')) || 0;
      await waitUntil(() => Math.abs(list.getBoundingClientRect().top - offset) < 2, `never landed on the list for ${person.name}`);
    }
    // The same link again (the hash holds its view already) lands again.
    window.scrollTo(0, document.documentElement.scrollHeight);
    const last = links[people.length - 1]!;
    last.click();
    const offset = parseFloat(getComputedStyle(list).getPropertyValue('--_scholar-sticky-offset')) || 0;
    await waitUntil(() => Math.abs(list.getBoundingClientRect().top - offset) < 2, 'never landed on the list again');
    await expect(element).to.be.accessible();
  });

  it('in a profile page: the links are drawn in the first render, never the inline works first', async () => {
    const holder = await fixture(html`<div></div>`);
    const element = document.createElement('researcher-profile') as ResearcherProfile;
    element.setAttribute('src', MINJIA);
    element.setAttribute('sections', 'publications, collaborators');
    holder.append(element);
    // The shadow root is made on connecting; everything drawn in it from then on is seen.
    let detailsDrawn = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node instanceof Element) detailsDrawn += node.matches('details') ? 1 : node.querySelectorAll('details').length;
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    await settled(element);
    await worksLinks(element, (await minjiaCollaborators()).length);
    observer.disconnect();
    expect(detailsDrawn, 'inline works drawn before the links').to.equal(0);
  });

  it('in a section next to a <pub-list sync-url>: the links use that list’s id and its counts match', async () => {
    const people = await minjiaCollaborators();
    const wrapper = await fixture(html`<div>
      <profile-section kind="collaborators" src=${MINJIA}></profile-section>
      <pub-list id="papers" sync-url src=${MINJIA}></pub-list>
    </div>`);
    const section = wrapper.querySelector<ProfileSection>('profile-section')!;
    const list = wrapper.querySelector<PubList>('pub-list')!;
    await settled(section);
    await settled(list);
    const links = await worksLinks(section, people.length);
    expect(links[0]!.getAttribute('href')).to.equal('#papers.author=Yuxiong+He');
    for (const index of [0, 2]) {
      links[index]!.click();
      await waitUntil(() => list.author === people[index]!.name, 'the list never read the hash');
      await list.updateComplete;
      expect(list.publications.length).to.equal(people[index]!.count);
    }
  });

  it('a profile page without its publications section keeps each person’s works inline', async () => {
    const people = await minjiaCollaborators();
    const element = await fixture<ResearcherProfile>(html`<researcher-profile src=${MINJIA} sections="about, collaborators"></researcher-profile>`);
    await settled(element);
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shadowAll(element, '.collaborators details')).to.have.length(people.length);
    expect(shadowAll(element, '.collaborators a[href^="#"]')).to.have.length(0);
  });

  it('a section with no list on the page keeps each person’s works inline', async () => {
    const people = await minjiaCollaborators();
    const element = await fixture<ProfileSection>(html`<profile-section kind="collaborators" src=${MINJIA}></profile-section>`);
    await settled(element);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shadowAll(element, '.collaborators details')).to.have.length(people.length);
    expect(shadowAll(element, '.collaborators a[href^="#"]')).to.have.length(0);
  });
});
