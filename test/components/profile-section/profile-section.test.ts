import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/profile-section/profile-section.js';
import type { ProfileSection } from '../../../src/components/profile-section/profile-section.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { collaborators } from '../../../src/model/collaborators.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow, shadowAll, shadowText } from '../../helpers.js';

describe('<profile-section>', () => {
  afterEach(() => clearSourceCache());

  it('renders one section alone, with part="section" and data-section', async () => {
    const element = await fixture<ProfileSection>(html`<profile-section kind="talks" src="/demo/profiles/minjia-zhang.json"></profile-section>`);
    await settled(element);
    const section = shadow(element, '[part="section"]')!;
    expect(section.dataset.section).to.equal('talks');
    expect(shadowAll(element, '[part="item"]')).to.have.length(24);
    expect(section.textContent).to.contain('“DeepSpeed: The library to accelerate training and inference of DNN at scale”');
    await expect(element).to.be.accessible();
  });

  it('lists collaborators from the publications, most shared first, each opening onto the works they share', async () => {
    const element = await fixture<ProfileSection>(html`<profile-section kind="collaborators" src="/demo/profiles/minjia-zhang.json"></profile-section>`);
    await settled(element);
    const profile = (await (await fetch('/demo/profiles/minjia-zhang.json')).json()) as Profile;
    const expected = collaborators(profile.publications!, { name: profile.basics.name, variants: profile.basics.nameVariants! });
    const items = shadowAll(element, '.collaborators > [part="item"]');
    expect(items.length).to.equal(expected.length);
    const first = items[0]!;
    expect(first.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Yuxiong He ${expected[0]!.count} works · ${expected[0]!.firstYear}–${expected[0]!.lastYear}`,
    );
    expect(first.querySelectorAll('details li').length).to.equal(expected[0]!.count);
    const titles = new Set(profile.publications!.filter((publication) => expected[0]!.publications.includes(publication.id)).map((publication) => publication.title));
    expect([...first.querySelectorAll('details li')].every((item) => titles.has(item.querySelector('a')?.textContent ?? item.textContent!.replace(/, \d{4}$/, '')))).to.be.true;
    expect(shadowText(element)).not.to.contain('Minjia Zhang');
    await expect(element).to.be.accessible();
  });

  it('says so when no publication names anyone besides the owner', async () => {
    const profile: Profile = {
      basics: { name: 'Ada Lovelace' },
      publications: [{ id: 'a', type: 'article-journal', title: 'Notes', author: [{ given: 'Ada', family: 'Lovelace' }] }],
    };
    const element = await fixture<ProfileSection>(html`<profile-section kind="collaborators" .profile=${profile}></profile-section>`);
    await settled(element, 'empty');
    expect(shadowText(element)).to.contain('Nothing under “Collaborators” in this profile.');
  });

  it('compresses service years per venue', async () => {
    const element = await fixture<ProfileSection>(
      html`<profile-section kind="service" .profile=${{
        basics: { name: 'R' },
        service: [
          { role: 'Reviewer', kind: 'reviewer', venue: 'NeurIPS', year: 2019 },
          { role: 'Reviewer', kind: 'reviewer', venue: 'NeurIPS', year: 2020 },
          { role: 'Reviewer', kind: 'reviewer', venue: 'ICLR', years: [2020, 2021, 2022] },
          { role: 'Session Chair', kind: 'chair', venue: 'ASPLOS', year: 2019 },
        ],
      }}></profile-section>`,
    );
    await settled(element);
    expect(shadowAll(element, '[part="item"]').map((item) => item.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Session Chair — ASPLOS 2019',
      'Reviewer — ICLR 2020–2022, NeurIPS 2019–2020',
    ]);
  });

  it('puts its title at heading-level (2 by default) and what is under it one level deeper', async () => {
    const profile: Profile = {
      basics: { name: 'R' },
      talks: [{ title: 'T', kind: 'keynote' }],
      publications: [{ id: 'a', type: 'article-journal', title: 'Notes', issued: { 'date-parts': [[1843]] } }],
    };
    const talks = await fixture<ProfileSection>(html`<profile-section kind="talks" .profile=${profile}></profile-section>`);
    await settled(talks);
    expect(shadowAll(talks, '[role="heading"]').map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['2', '3']);
    talks.headingLevel = 4;
    await talks.updateComplete;
    expect(shadowAll(talks, '[role="heading"]').map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['4', '5']);
    const publications = await fixture<ProfileSection>(html`<profile-section kind="publications" heading-level="3" .profile=${profile}></profile-section>`);
    await settled(publications);
    const list = shadow(publications, 'pub-list')!;
    expect(list.getAttribute('heading-level')).to.equal('4');
    // The section's element describes the page for search engines; the list inside does not repeat it.
    expect(list.hasAttribute('hide-structured-data')).to.equal(true);
  });

  it('is empty, and says so, when the profile has nothing for it', async () => {
    const element = await fixture<ProfileSection>(html`<profile-section kind="press" .profile=${{ basics: { name: 'R' } }}></profile-section>`);
    await settled(element, 'empty');
    expect(shadow(element, '[part="empty"]')!.textContent).to.equal('Nothing under “Press” in this profile.');
    await expect(element).to.be.accessible();
  });
});

async function sectionOf(kind: string, profile: Profile): Promise<ProfileSection> {
  const element = await fixture<ProfileSection>(html`<profile-section lang="en" kind=${kind} .profile=${profile}></profile-section>`);
  return settled(element);
}

const itemTexts = (element: ProfileSection) => shadowAll(element, '[part="item"]').map((item) => item.innerText.replace(/\s+/g, ' ').trim());
const hrefs = (element: ProfileSection) => shadowAll<HTMLAnchorElement>(element, 'a').map((link) => link.getAttribute('href'));

describe('<profile-section> JSON Resume sections', () => {
  it('shows skills with their level and keywords', async () => {
    const element = await sectionOf('skills', {
      basics: { name: 'R' },
      skills: [{ name: 'Web Development', level: 'Master', keywords: ['HTML', 'CSS'] }, { name: 'Compression' }],
    });
    expect(shadow(element, '[role="heading"]')!.textContent).to.equal('Skills');
    expect(itemTexts(element)).to.deep.equal(['Web Development Master HTML CSS', 'Compression']);
    expect(shadowAll(element, '.chips li').map((chip) => chip.textContent)).to.deep.equal(['HTML', 'CSS']);
    await expect(element).to.be.accessible();
  });

  it('shows languages with their fluency', async () => {
    const element = await sectionOf('languages', { basics: { name: 'R' }, languages: [{ language: 'English', fluency: 'Native speaker' }, { language: 'Latin' }] });
    expect(itemTexts(element)).to.deep.equal(['English Native speaker', 'Latin']);
    await expect(element).to.be.accessible();
  });

  it('shows certificates with issuer, date and link', async () => {
    const element = await sectionOf('certificates', {
      basics: { name: 'R' },
      certificates: [{ name: 'Certified Kubernetes Administrator', issuer: 'CNCF', date: '2021-11-07', url: 'https://example.com/cka', note: 'Editorial.' }],
    });
    expect(shadow(element, '[role="heading"]')!.textContent).to.equal('Certificates');
    expect(itemTexts(element)).to.deep.equal(['Certified Kubernetes Administrator, CNCF Nov 7, 2021']);
    expect(hrefs(element)).to.deep.equal(['https://example.com/cka']);
    await expect(element).to.be.accessible();
  });

  it('shows volunteer work like a position, with or without a position named', async () => {
    const element = await sectionOf('volunteer', {
      basics: { name: 'R' },
      volunteer: [
        {
          organization: 'CoderDojo',
          position: 'Teacher',
          url: 'https://coderdojo.example/',
          location: { city: 'Tulsa', countryCode: 'US' },
          startDate: '2012-01',
          endDate: '2013-01',
          summary: 'Taught kids.',
          highlights: ["Awarded 'Teacher of the Month'"],
        },
        { organization: 'Food bank', startDate: '2020', ongoing: true },
        { position: 'Mentor' },
      ],
    });
    const [first, second, third] = itemTexts(element);
    expect(first).to.equal("Teacher · CoderDojo Jan 2012 – Jan 2013 Tulsa, United States Taught kids. Awarded 'Teacher of the Month'");
    expect(second).to.equal('Food bank 2020 – Present');
    expect(third).to.equal('Mentor');
    expect(hrefs(element)).to.deep.equal(['https://coderdojo.example/']);
    expect(shadow(element, '[role="heading"]')!.textContent).to.equal('Volunteering');
    await expect(element).to.be.accessible();
  });

  it('shows references as quotations with their author', async () => {
    const element = await sectionOf('references', {
      basics: { name: 'R' },
      references: [{ name: 'Erlich Bachman', reference: 'It is my pleasure to recommend Richard.' }, { name: 'Jared Dunn' }],
    });
    expect(shadowAll(element, 'blockquote').map((quote) => quote.textContent)).to.deep.equal(['It is my pleasure to recommend Richard.']);
    expect(shadowAll(element, 'figcaption').map((caption) => caption.textContent!.trim())).to.deep.equal(['— Erlich Bachman', 'Jared Dunn']);
    await expect(element).to.be.accessible();
  });

  it('shows structured interests after the personal-interest paragraphs', async () => {
    const element = await sectionOf('interests', {
      basics: { name: 'R', personalInterests: ['I play table tennis.'] },
      interests: [{ name: 'Wildlife', keywords: ['Ferrets', 'Unicorns'] }],
    });
    expect(shadow(element, 'p')!.textContent).to.equal('I play table tennis.');
    expect(itemTexts(element)).to.deep.equal(['Wildlife Ferrets Unicorns']);
    const structuredOnly = await sectionOf('interests', { basics: { name: 'R' }, interests: [{ name: 'Wildlife' }] });
    expect(structuredOnly.state).to.equal('ready');
    await expect(element).to.be.accessible();
  });
});

describe('<profile-section> every field of the older sections', () => {
  it('experience: kind, what the organisation is, the whole location', async () => {
    const element = await sectionOf('experience', {
      basics: { name: 'R' },
      work: [
        {
          position: 'CEO',
          organization: 'Pied Piper',
          kind: 'research-assistant',
          description: 'Awesome compression company',
          location: { address: '5230 Newell Rd', city: 'Palo Alto', region: 'CA' },
          startDate: '2013-12-01',
          endDate: '2014-12-01',
        },
      ],
    });
    expect(itemTexts(element)).to.deep.equal(['CEO · Pied Piper Dec 1, 2013 – Dec 1, 2014 Research assistant · Awesome compression company · 5230 Newell Rd, Palo Alto, CA']);
  });

  it('experience: a position without a title, or without an organisation', async () => {
    const element = await sectionOf('experience', {
      basics: { name: 'R' },
      work: [
        { organization: 'Hooli', url: 'https://hooli.example/', startDate: '2012' },
        { position: 'Freelance developer', url: 'https://me.example/', startDate: '2011' },
      ],
    });
    expect(itemTexts(element)).to.deep.equal(['Hooli 2012', 'Freelance developer 2011']);
    expect(hrefs(element)).to.deep.equal(['https://hooli.example/', 'https://me.example/']);
    expect(shadowAll(element, '.line strong').map((strong) => strong.textContent!.trim())).to.deep.equal(['Hooli', 'Freelance developer']);
  });

  it('dates written more precisely than a date holds show as written', async () => {
    const element = await sectionOf('experience', {
      basics: { name: 'R' },
      work: [{ position: 'Intern', organization: 'Hooli', startDate: 'Summer 2019', endDate: 'Fall 2019' }],
    });
    expect(itemTexts(element)).to.deep.equal(['Intern · Hooli Summer 2019 – Fall 2019']);
  });

  it('education: highlights of the studies', async () => {
    const element = await sectionOf('education', {
      basics: { name: 'R' },
      education: [{ institution: 'University of Zurich', degree: 'PhD', field: 'Physics', highlights: ['Thesis on molecular dimensions'] }],
    });
    expect(shadowAll(element, '[part="item"] li').map((item) => item.textContent)).to.deep.equal(['Thesis on molecular dimensions']);
  });

  it('education: courses, and the institution linked when no degree is named', async () => {
    const element = await sectionOf('education', {
      basics: { name: 'R' },
      education: [{ institution: 'University of Oklahoma', url: 'https://www.ou.edu/', courses: ['DB1101 - Basic SQL', 'CS2011 - Java Introduction'] }],
    });
    expect(itemTexts(element)).to.deep.equal(['University of Oklahoma Courses: DB1101 - Basic SQL, CS2011 - Java Introduction']);
    expect(hrefs(element)).to.deep.equal(['https://www.ou.edu/']);
  });

  it('projects: kind, entity, roles, dates and the publications they name', async () => {
    const element = await sectionOf('themes', {
      basics: { name: 'R' },
      projects: [
        { name: 'Miss Direction', kind: 'application', entity: 'Smoogle', roles: ['Team lead', 'Designer'], startDate: '2016-08-24', endDate: '2016-08-24', publications: ['p1'] },
      ],
      publications: [{ id: 'p1', type: 'article', title: 'Misdirection at scale', URL: 'https://example.com/p1' }],
    });
    expect(itemTexts(element)).to.deep.equal(['Miss Direction Application · Smoogle · Roles: Team lead, Designer · Aug 24, 2016 Publications: “Misdirection at scale”']);
    expect(hrefs(element)).to.deep.equal(['https://example.com/p1']);
  });

  it('honors: a precise date, not only its year', async () => {
    const element = await sectionOf('honors', {
      basics: { name: 'R' },
      honors: [{ title: 'Digital Compression Pioneer Award', issuer: 'Techcrunch', date: '2014-11-01', summary: 'There is no spoon.' }],
    });
    expect(itemTexts(element)).to.deep.equal(['Digital Compression Pioneer Award, Techcrunch Nov 1, 2014 There is no spoon.']);
  });

  it('talks: their links, and a kind without a group of its own', async () => {
    const element = await sectionOf('talks', {
      basics: { name: 'R' },
      talks: [
        {
          kind: 'fireside-chat',
          title: 'On engines',
          links: [{ kind: 'slides', url: 'https://example.com/slides' }, { kind: 'video', label: 'Recording', url: 'https://example.com/video' }, { kind: 'code' }],
        },
      ],
    });
    expect(itemTexts(element)).to.deep.equal(['“On engines” (Fireside chat) · Slides · Recording · Code']);
    expect(hrefs(element)).to.deep.equal(['https://example.com/slides', 'https://example.com/video']);
  });

  it('service: the compact line opens onto full venue names and links', async () => {
    const element = await sectionOf('service', {
      basics: { name: 'R' },
      service: [
        { role: 'Program Committee', kind: 'program-committee', venue: 'IPDPS', year: 2020, venueFull: 'The 34th IEEE IPDPS', url: 'https://ipdps.example/2020' },
        { role: 'Program Committee', kind: 'program-committee', venue: 'IPDPS', year: 2019, venueFull: 'The 33rd IEEE IPDPS', note: 'Editorial.' },
      ],
    });
    const details = shadow<HTMLDetailsElement>(element, '[part="item"] details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Program Committee — IPDPS 2019–2020');
    expect([...details.querySelectorAll('li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'IPDPS — The 34th IEEE IPDPS, 2020',
      'IPDPS — The 33rd IEEE IPDPS, 2019',
    ]);
    expect(hrefs(element)).to.deep.equal(['https://ipdps.example/2020']);
    expect(shadowText(element)).not.to.contain('Editorial');
    await expect(element).to.be.accessible();
    details.open = true;
    await expect(element).to.be.accessible();
  });
});
