import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Profile } from '../../../src/model/types.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

async function loadSeed(name: string): Promise<Profile> {
  return (await (await fetch(`/demo/profiles/${name}.json`)).json()) as Profile;
}

async function profilePage(src: string, attributes = ''): Promise<ResearcherProfile> {
  const wrapper = await fixture(html`<div .innerHTML=${`<researcher-profile src="${src}" ${attributes}></researcher-profile>`}></div>`);
  return settled(wrapper.querySelector('researcher-profile')!);
}

function section(element: ResearcherProfile, key: string): HTMLElement {
  return shadow(element, `[part="section"][data-section="${key}"]`)!;
}

describe('<researcher-profile>', () => {
  afterEach(() => clearSourceCache());

  it("renders every section of Minjia Zhang's CV with every item", async () => {
    const profile = await loadSeed('minjia-zhang');
    const element = await profilePage('/demo/profiles/minjia-zhang.json');
    expect(element.shownSections).to.deep.equal(['publications', 'experience', 'education', 'talks', 'mentoring', 'honors', 'service', 'press']);
    expect(shadowAll(element, '[part="section"]').map((node) => node.dataset.section)).to.deep.equal(element.shownSections);
    const talks = section(element, 'talks');
    expect(talks.querySelectorAll('[part="item"]')).to.have.length(24);
    expect([...talks.querySelectorAll('.group')].map((group) => `${group.getAttribute('data-kind')} ${group.querySelectorAll('[part="item"]').length}`)).to.deep.equal([
      'keynote 2',
      'invited-talk 6',
      'lecture 4',
      'presentation 12',
    ]);
    expect(section(element, 'mentoring').querySelectorAll('[part="item"]')).to.have.length(11);
    expect(section(element, 'honors').querySelectorAll('[part="item"]')).to.have.length(16);
    expect(section(element, 'press').querySelectorAll('[part="item"]')).to.have.length(18);
    expect(section(element, 'experience').querySelectorAll('[part="item"]')).to.have.length(9);
    expect(section(element, 'education').querySelectorAll('[part="item"]')).to.have.length(3);
    // Service: grouped by role, venues with their years compressed; every one of the 43 roles is in its group's line.
    const service = section(element, 'service');
    const lines = [...service.querySelectorAll('[part="item"]')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    for (const entry of profile.service!) {
      const line = lines.find((text) => text.startsWith(entry.role.trim()));
      expect(line, entry.role).to.exist;
      if (entry.venue) expect(line, `${entry.role} ${entry.venue}`).to.contain(entry.venue);
    }
    expect(lines.find((line) => line.startsWith('Program Committee'))).to.contain('IPDPS 2018–2020');
    // Publications: the whole list, every one shown.
    const list = section(element, 'publications').querySelector('pub-list') as PubList;
    await settled(list);
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part="publication"]').length === profile.publications!.length, 'publications never all rendered', { timeout: 10000 });
    await expect(element).to.be.accessible();
  });

  it("renders Heyang Qin's teaching, research themes and personal interests", async () => {
    const element = await profilePage('/demo/profiles/heyang-qin.json');
    expect(element.shownSections).to.include.members(['about', 'themes', 'teaching', 'interests']);
    const teaching = section(element, 'teaching');
    expect(teaching.querySelectorAll('[part="item"]')).to.have.length(2);
    expect(teaching.textContent).to.contain('CPE 201 – Digital Design');
    expect(section(element, 'themes').textContent).to.contain('SimiGrad');
    expect(section(element, 'themes').querySelectorAll('[part="item"]')).to.have.length(5);
    expect(section(element, 'interests').textContent).to.contain('table tennis');
    // The header card: name as the page's top heading, no duplicate bio.
    const card = shadow<HTMLElementTagNameMap['researcher-card']>(element, 'researcher-card')!;
    await settled(card);
    expect(card.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('1');
    expect(!!card.shadowRoot!.querySelector('[part="bio"]'), 'bio part shown in the header card').to.be.false;
  });

  it('shows the chosen sections in the chosen order, leaving out those without data', async () => {
    const element = await profilePage('/demo/profiles/heyang-qin.json', 'sections="teaching, talks, about"');
    expect(shadowAll(element, '[part="section"]').map((node) => node.dataset.section)).to.deep.equal(['teaching', 'about']);
  });

  it('navigates to a section from the in-page navigation, moving focus to its heading', async () => {
    const element = await profilePage('/demo/profiles/minjia-zhang.json');
    const links = shadowAll<HTMLAnchorElement>(element, '[part="nav-link"]');
    expect(links.map((link) => link.textContent)).to.deep.equal(['Publications', 'Experience', 'Education', 'Talks', 'Mentoring', 'Honors and awards', 'Service', 'Press']);
    links.find((link) => link.textContent === 'Press')!.click();
    const heading = section(element, 'press').querySelector('[role="heading"]');
    expect(element.shadowRoot!.activeElement === heading, `focus on the Press heading (is on ${element.shadowRoot!.activeElement?.outerHTML.slice(0, 80)})`).to.be.true;
  });

  it('adds schema.org JSON-LD naming the person and every publication, unless hide-structured-data', async () => {
    const profile = await loadSeed('minjia-zhang');
    const element = await profilePage('/demo/profiles/minjia-zhang.json');
    await waitUntil(() => !!element.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const script = element.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as { '@context': string; '@graph': Array<Record<string, unknown>> };
    expect(data['@context']).to.equal('https://schema.org');
    const [person, ...articles] = data['@graph'];
    expect(person!['@type']).to.equal('Person');
    expect(person!.name).to.equal('Minjia Zhang');
    expect((person!.affiliation as { name: string }).name).to.equal('Microsoft');
    expect(articles).to.have.length(profile.publications!.length);
    expect(articles.map((article) => article.name)).to.deep.equal(profile.publications!.map((publication) => publication.title));
    expect(articles.every((article) => article['@type'] === 'ScholarlyArticle')).to.be.true;
    // Nested elements leave it to the page-level element.
    const list = section(element, 'publications').querySelector('pub-list') as PubList;
    expect(!!list.querySelector('script[type="application/ld+json"]'), 'JSON-LD in the nested list').to.be.false;
    element.hideStructuredData = true;
    await element.updateComplete;
    expect(!!element.querySelector('script[type="application/ld+json"]'), 'JSON-LD with hide-structured-data').to.be.false;
  });

  it('prints as a clean CV: no navigation or controls, links written out', async () => {
    const element = await profilePage('/demo/profiles/heyang-qin.json');
    const list = section(element, 'publications').querySelector('pub-list') as PubList;
    await settled(list);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(element, '[part="nav"]')!).display).to.equal('none');
      expect(getComputedStyle(list.shadowRoot!.querySelector('[part="controls"]')!).display).to.equal('none');
      expect(getComputedStyle(list.shadowRoot!.querySelector('[part="cite-button"]')!).display).to.equal('none');
      expect(getComputedStyle(list.shadowRoot!.querySelector('[part="chart"]')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(shadow(element, '[part="nav"]')!).display).not.to.equal('none');
  });

  it('stays as wide as the page when something inside is wider: the rest of the sections do not widen with it', async () => {
    const wrapper = await fixture(html`<div style="width: 400px"></div>`);
    const element = document.createElement('researcher-profile');
    element.profile = {
      basics: { name: 'Ada Lovelace', bio: ['Mathematician.'] },
      work: [{ position: 'Analyst', organization: 'Analytical Engine', startDate: '1842' }],
      publications: [{ id: 'notes', type: 'article-journal', title: 'Notes on the Engine', issued: { 'date-parts': [[1843]] } }],
    } as Profile;
    wrapper.append(element);
    await settled(element);
    // A nested list wider than the page (a wide chart, a long address): it overflows on its own.
    const wide = document.createElement('style');
    wide.textContent = 'pub-list { min-width: 1500px; }';
    element.shadowRoot!.append(wide);
    const widths = () => ({
      nav: Math.round(shadow(element, '[part="nav"]')!.getBoundingClientRect().width),
      experience: Math.round(section(element, 'experience').getBoundingClientRect().width),
    });
    await waitUntil(() => shadow(element, '[part="nav"]') && section(element, 'experience'), 'the page never rendered');
    expect(widths(), 'the nav and the other sections keep the page width').to.deep.equal({ nav: 400, experience: 400 });
  });

  it('shows a clear error for a missing profile', async () => {
    const element = await fixture<ResearcherProfile>(html`<researcher-profile src="/test/fixtures/none.json"></researcher-profile>`);
    await settled(element, 'error');
    expect(shadow(element, '[part="error"]')!.textContent).to.contain('404');
    await expect(element).to.be.accessible();
  });
});

describe('<researcher-profile> theme', () => {
  it('hands its theme to the card, the list and the timeline inside, and stays readable in dark', async () => {
    const wrapper = await fixture(html`<div style="background: #0d1117">
      <researcher-profile theme="dark" src="/demo/profiles/heyang-qin.json" sections="about, publications, timeline"></researcher-profile>
    </div>`);
    const element = await settled(wrapper.querySelector('researcher-profile')!);
    for (const tag of ['researcher-card', 'pub-list', 'timeline-view']) {
      const inner = shadow(element, tag)!;
      expect(inner.getAttribute('theme'), tag).to.equal('dark');
      await settled(inner as HTMLElementTagNameMap['pub-list']);
    }
    await expect(element).to.be.accessible();
  });
});

describe('<researcher-profile> parts', () => {
  it("exports the header card's parts with a card- prefix, for ::part() styling", async () => {
    const style = document.createElement('style');
    style.textContent = 'researcher-profile::part(card-name) { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const element = await fixture<HTMLElementTagNameMap['researcher-profile']>(html`<researcher-profile .profile=${{ basics: { name: 'Styled' } }}></researcher-profile>`);
      await settled(element);
      const card = shadow<HTMLElementTagNameMap['researcher-card']>(element, 'researcher-card')!;
      await settled(card);
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part="name"]')!).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });
});

describe('<researcher-profile> JSON Resume sections', () => {
  const resume: Profile = {
    basics: { name: 'Richard Hendriks', personalInterests: ['Compression.'] },
    work: [{ position: 'CEO', organization: 'Pied Piper' }],
    education: [{ institution: 'University of Oklahoma' }],
    honors: [{ title: 'Digital Compression Pioneer Award' }],
    certificates: [{ name: 'Certified Compressor' }],
    service: [
      { role: 'Reviewer', venue: 'DCC', venueFull: 'Data Compression Conference', year: 2014 },
      { role: 'Chair', venue: 'Hooli XYZ', year: 2015 },
    ],
    volunteer: [{ organization: 'CoderDojo', position: 'Teacher' }],
    skills: [{ name: 'Compression', keywords: ['Mpeg', 'MP4'] }],
    languages: [{ language: 'English', fluency: 'Native speaker' }],
    interests: [{ name: 'Wildlife', keywords: ['Ferrets'] }],
    references: [{ name: 'Erlich Bachman', reference: 'A valuable addition to any company.' }],
    meta: { lastModified: '2017-12-24T15:53:00' },
  };

  async function page(profile: Profile): Promise<ResearcherProfile> {
    const wrapper = await fixture(html`<div lang="en"><researcher-profile .profile=${profile}></researcher-profile></div>`);
    return settled(wrapper.querySelector('researcher-profile')!);
  }

  it('shows each of them as a section, in CV order, in the navigation too', async () => {
    const element = await page(resume);
    const expected = ['experience', 'education', 'honors', 'certificates', 'service', 'volunteer', 'skills', 'languages', 'interests', 'references'];
    expect(shadowAll(element, '[part="section"]').map((node) => node.dataset.section)).to.deep.equal(expected);
    expect(shadowAll(element, '[part="nav-link"]').map((link) => link.textContent)).to.deep.equal([
      'Experience',
      'Education',
      'Honors and awards',
      'Certificates',
      'Service',
      'Volunteering',
      'Skills',
      'Languages',
      'Personal interests',
      'References',
    ]);
    await expect(element).to.be.accessible();
  });

  it('says when the profile was last updated', async () => {
    const element = await page(resume);
    const footer = shadow(element, '[part="footer"]')!;
    expect(footer.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Last updated Dec 24, 2017');
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal('2017-12-24T15:53:00');
    const without = await page({ basics: { name: 'R' }, skills: [{ name: 'S' }] });
    expect(!!shadow(without, '[part="footer"]')).to.equal(false);
  });

  it('prints service venues in full and keywords without pills', async () => {
    const element = await page(resume);
    const details = section(element, 'service').querySelector('details')!;
    const list = details.querySelector('ul')!;
    const chip = section(element, 'skills').querySelector('.chips li')!;
    expect(details.open).to.equal(false);
    expect(list.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(list.checkVisibility()).to.equal(true);
      expect(getComputedStyle(chip).borderTopStyle).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(chip).borderTopStyle).to.equal('solid');
  });
});
