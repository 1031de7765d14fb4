import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/researcher-card/researcher-card.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Profile } from '../../../src/model/types.js';
import { consoleWarnings, settled, shadow, shadowAll, shadowText } from '../../helpers.js';

const SEEDS = ['heyang-qin', 'minjia-zhang', 'yuxiong-he', 'samyam-rajbhandari'];

/** The key numbers as "value label" pairs, e.g. "3 Publications". */
function stats(element: ResearcherCard): string[] {
  return shadowAll(element, '[part="stats"] > div').map((pair) => `${pair.querySelector('dd')!.textContent} ${pair.querySelector('dt')!.textContent}`);
}

async function loadSeed(name: string): Promise<Profile> {
  const response = await fetch(`/demo/profiles/${name}.json`);
  return (await response.json()) as Profile;
}

async function card(profile: Profile, attributes: { variant?: string; theme?: string } = {}): Promise<ResearcherCard> {
  const element = await fixture<ResearcherCard>(html`<researcher-card
    .profile=${profile}
    variant=${attributes.variant ?? 'full'}
    theme=${attributes.theme ?? 'light'}
  ></researcher-card>`);
  return settled(element);
}

const full: Profile = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Analyst of engines',
    image: 'data:image/png;base64,AAAA',
    emails: ['ada@example.org'],
    phone: '+44 20 0000 0000',
    url: 'https://ada.example.org/',
    location: { city: 'London', country: 'United Kingdom' },
    affiliations: [{ organization: 'Analytical Society', department: 'Engines', current: true }],
    profiles: [
      { network: 'Google Scholar', url: 'https://scholar.example.org/ada' },
      { network: 'ORCID', url: 'https://orcid.org/0000-0000-0000-0000' },
      { network: 'GitHub', url: 'javascript:alert(1)' },
    ],
    researchInterests: ['Computing', 'Poetical science'],
    bio: ['First paragraph about Ada.', 'Second paragraph about the Notes.'],
  },
  publications: [
    { id: 'a', type: 'article-journal', title: 'Notes', issued: { 'date-parts': [[1843]] } },
    { id: 'b', type: 'article-journal', title: 'Letters', issued: { 'date-parts': [[1851, 3]] } },
    { id: 'c', type: 'article-journal', title: 'Undated' },
  ],
};

describe('<researcher-card>', () => {
  afterEach(() => clearSourceCache());

  it('shows name, headline, current affiliation, location, interests and key numbers', async () => {
    const element = await card(full);
    expect(shadow(element, '[part="name"]')!.textContent).to.equal('Ada Lovelace');
    expect(shadow(element, '[part="name"]')!.getAttribute('role')).to.equal('heading');
    expect(shadow(element, '[part="headline"]')!.textContent).to.equal('Analyst of engines');
    expect(shadow(element, '[part="affiliation"]')!.textContent).to.equal('Engines, Analytical Society');
    expect(shadowText(element)).to.contain('London, United Kingdom');
    expect(shadowAll(element, '[part="interest"]').map((chip) => chip.textContent)).to.deep.equal(['Computing', 'Poetical science']);
    expect(stats(element)).to.deep.equal(['3 Publications', '1843–1851 Publishing']);
    await expect(element).to.be.accessible();
  });

  it('labels every link for assistive technology and drops unsafe ones', async () => {
    const element = await card(full);
    const links = shadowAll<HTMLAnchorElement>(element, '[part="link"]');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'mailto:ada@example.org',
      'https://ada.example.org/',
      'https://scholar.example.org/ada',
      'https://orcid.org/0000-0000-0000-0000',
    ]);
    expect(links.map((link) => link.getAttribute('aria-label'))).to.deep.equal([
      'Email Ada Lovelace at ada@example.org',
      'Homepage of Ada Lovelace',
      'Google Scholar profile of Ada Lovelace',
      'ORCID profile of Ada Lovelace',
    ]);
    for (const link of links) expect(!!link.querySelector('svg[aria-hidden="true"]'), `icon in "${link.getAttribute('aria-label')}"`).to.be.true;
    // No link leads to it; the problems this local page lists quote it as text.
    expect(
      shadowAll(element, '[href], [src]')
        .map((target) => target.getAttribute('href') ?? target.getAttribute('src'))
        .join(' '),
    ).not.to.contain('javascript:');
    expect(element.problems.map((problem) => problem.path)).to.include('/basics/profiles/2/url');
    expect(shadowText(element)).to.contain('+44 20 0000 0000');
  });

  it('shows a photo, and initials when there is none or it fails to load', async () => {
    const withPhoto = await card({ basics: { name: 'Ada Lovelace', image: '/test/fixtures/missing-photo.png' } });
    const img = shadow<HTMLImageElement>(withPhoto, '[part="photo"]');
    expect(img!.alt).to.equal('Photo of Ada Lovelace');
    img!.dispatchEvent(new Event('error'));
    await withPhoto.updateComplete;
    expect(!!shadow(withPhoto, '[part="photo"]'), 'photo shown after it failed to load').to.be.false;
    expect(shadow(withPhoto, '[part="avatar"]')!.textContent).to.equal('AL');

    // The avatar is 4.5em of the card's text size (16px here): the initials' own size must not scale it.
    const avatar = shadow(withPhoto, '[part="avatar"]')!.getBoundingClientRect();
    expect([Math.round(avatar.width), Math.round(avatar.height)]).to.deep.equal([72, 72]);

    const unsafePhoto = await card({ basics: { name: 'Grace Hopper', image: 'javascript:alert(1)' } });
    expect(!!shadow(unsafePhoto, '[part="photo"]'), 'photo with a javascript: URL shown').to.be.false;
    expect(shadow(unsafePhoto, '[part="avatar"]')!.textContent).to.equal('GH');
  });

  it('shortens a long bio behind a "More" button operable by keyboard', async () => {
    const long = 'word '.repeat(120).trim();
    const element = await card({ basics: { name: 'Ada Lovelace', bio: [long, 'Second paragraph.'] } });
    const bio = () => shadow(element, '[part="bio"]')!;
    expect(bio().textContent).not.to.contain('Second paragraph.');
    expect(bio().querySelector('p')!.textContent!.length).to.be.lessThan(long.length);
    const more = shadow<HTMLButtonElement>(element, '[part="more"]')!;
    expect(more.tagName).to.equal('BUTTON');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    await expect(element).to.be.accessible();
    more.focus();
    more.click();
    await element.updateComplete;
    expect(bio().textContent).to.contain('Second paragraph.');
    expect(bio().textContent).to.contain(long);
    expect(shadow(element, '[part="more"]')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('compact variant shows identity and icon links only', async () => {
    const element = await card(full, { variant: 'compact' });
    expect(!!shadow(element, '[part="name"]'), 'name part shown').to.be.true;
    expect(!!shadow(element, '[part="bio"]'), 'bio part shown').to.be.false;
    expect(!!shadow(element, '[part="interests"]'), 'interests part shown').to.be.false;
    expect(!!shadow(element, '[part="stats"]'), 'stats part shown').to.be.false;
    const links = shadowAll(element, '[part="link"]');
    expect(links).to.have.length(4);
    // Text is visually hidden but still names the link.
    expect(!!links[0]!.querySelector('.visually-hidden'), 'visually hidden link text').to.be.true;
    await expect(element).to.be.accessible();
  });

  it('renders a minimal profile (name only) with initials and nothing else', async () => {
    const element = await card({ basics: { name: 'Minimal Person' } });
    expect(shadowText(element)).to.equal('MP Minimal Person');
    expect(!!shadow(element, '[part="links"]'), 'links part shown').to.be.false;
    await expect(element).to.be.accessible();
  });

  it('uses the requested heading level', async () => {
    const element = await fixture<ResearcherCard>(html`<researcher-card heading-level="3" .profile=${{ basics: { name: 'H' } }}></researcher-card>`);
    await settled(element);
    expect(shadow(element, '[part="name"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('uses heading level 2 by default, rounded and kept within 1-6 when set', async () => {
    const name = async (level: string) => {
      const element = await fixture<ResearcherCard>(html`<researcher-card heading-level=${level} .profile=${{ basics: { name: 'H' } }}></researcher-card>`);
      await settled(element);
      return shadow(element, '[part="name"]')!.getAttribute('aria-level');
    };
    const plain = await fixture<ResearcherCard>(html`<researcher-card .profile=${{ basics: { name: 'H' } }}></researcher-card>`);
    await settled(plain);
    expect(shadow(plain, '[part="name"]')!.getAttribute('aria-level')).to.equal('2');
    expect([await name('0'), await name('2.6'), await name('9'), await name('-1')]).to.deep.equal(['2', '3', '6', '1']);
  });

  it('leaves the bio out with hide-bio', async () => {
    const element = await fixture<ResearcherCard>(html`<researcher-card hide-bio .profile=${full}></researcher-card>`);
    await settled(element);
    expect(element.hideBio).to.be.true;
    expect(!!shadow(element, '[part="bio"]'), 'bio part shown').to.be.false;
    expect(shadowText(element)).to.contain('Analyst of engines');
  });

  it('still leaves it out with the deprecated no-bio, warning once', async () => {
    const warned = await consoleWarnings(async () => {
      for (let index = 0; index < 2; index++) {
        const element = await fixture<ResearcherCard>(html`<researcher-card no-bio .profile=${full}></researcher-card>`);
        await settled(element);
        expect(!!shadow(element, '[part="bio"]'), 'bio part shown').to.be.false;
      }
    });
    expect(warned.filter((message) => message.includes('`no-bio` is now `hide-bio`'))).to.have.length(1);
  });

  it('falls back to the ongoing position for affiliation and headline', async () => {
    const element = await card({
      basics: { name: 'Worker' },
      work: [
        { position: 'Intern', organization: 'Old Lab', startDate: '2015', endDate: '2016' },
        { position: 'Scientist', organization: 'New Lab', team: 'Systems', startDate: '2020-01', ongoing: true },
      ],
    });
    expect(shadow(element, '[part="headline"]')!.textContent).to.equal('Scientist');
    expect(shadow(element, '[part="affiliation"]')!.textContent).to.equal('Systems, New Lab');
  });

  it('formats key numbers and labels for the page language', async () => {
    const publications = Array.from({ length: 1200 }, (_, index) => ({ id: `p${index}`, type: 'article', title: `Paper ${index}` }));
    const wrapper = await fixture(html`<div lang="de"><researcher-card .profile=${{ basics: { name: 'Prolific' }, publications }}></researcher-card></div>`);
    const element = await settled(wrapper.querySelector('researcher-card')!);
    await waitUntil(() => stats(element)[0] === '1.200 Publikationen', `not in German: ${stats(element)[0]}`);
  });

  it('shows the citation metrics the profile gives, with their source and the day they were read', async () => {
    const metrics = { citations: 3010, hIndex: 4, i10Index: 4, source: 'OpenAlex', retrieved: '2026-11-29' };
    const wrapper = await fixture(html`<div lang="de"><researcher-card .profile=${{ basics: { name: 'Cited' }, metrics }}></researcher-card></div>`);
    const element = await settled(wrapper.querySelector('researcher-card')!);
    await waitUntil(() => stats(element)[0] === '3.010 Zitationen', `not in German: ${stats(element)[0]}`);
    expect(stats(element)).to.deep.equal(['3.010 Zitationen', '4 h-Index', '4 i10-Index']);
    expect(shadow(element, '[part="metrics-source"]')!.textContent).to.equal('Zitationen: OpenAlex, 29. Nov. 2026');
    await expect(element).to.be.accessible();

    const partly = await card({ basics: { name: 'Partly cited' }, publications: [{ id: 'a', type: 'article', title: 'A' }], metrics: { hIndex: 2 } });
    expect(stats(partly)).to.deep.equal(['1 Publications', '2 h-index']);
    expect(shadow(partly, '[part="metrics-source"]')!.textContent).to.equal('Citations: source not given');
    const uncited = await card({ basics: { name: 'Uncited' }, publications: [{ id: 'a', type: 'article', title: 'A' }] });
    expect(!!shadow(uncited, '[part="metrics-source"]')).to.be.false;
  });

  it('draws citations per year from the first year to the last, the same numbers in a table for screen readers', async () => {
    const countsByYear = [
      { year: 2021, citations: 7 },
      { year: 2019, citations: 5 },
    ];
    const element = await card({ basics: { name: 'Cited' }, metrics: { citations: 12, countsByYear } });
    // The chart comes in a chunk of its own, the first time a profile has citations per year.
    await waitUntil(() => !!shadow(element, '[part="citations-chart"]'), 'the chart never appeared', { timeout: 5000 });
    const chart = shadow(element, '[part="citations-chart"]')!;
    expect(chart.querySelectorAll('rect').length).to.equal(3);
    expect([...chart.querySelectorAll('rect title')].map((title) => title.textContent)).to.deep.equal(['2019: 5 citations', '2020: 0 citations', '2021: 7 citations']);
    expect([...chart.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent).join(' '))).to.deep.equal(['2019 5', '2020 0', '2021 7']);
    expect(chart.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();
    const oneYear = await card({ basics: { name: 'Once' }, metrics: { citations: 5, countsByYear: [{ year: 2021, citations: 5 }] } });
    expect(!!shadow(oneYear, '[part="citations-chart"]')).to.be.false;
  });

  for (const seed of SEEDS) {
    it(`renders the ${seed} seed profile from src, in light and dark themes`, async () => {
      const profile = await loadSeed(seed);
      for (const theme of ['light', 'dark']) {
        const element = await fixture<ResearcherCard>(html`<researcher-card src="/demo/profiles/${seed}.json" theme=${theme}></researcher-card>`);
        await settled(element);
        expect(element.problems).to.deep.equal([]);
        expect(shadow(element, '[part="name"]')!.textContent).to.equal(profile.basics.name);
        expect(stats(element)[0]).to.equal(`${profile.publications!.length} Publications`);
        for (const email of profile.basics.emails ?? []) expect(shadowText(element)).to.contain(email);
        await expect(element).to.be.accessible();
      }
    });
  }

  it('shows Heyang Qin as Senior Researcher at Azure OpenAI (the newer document stands)', async () => {
    const element = await card(await loadSeed('heyang-qin'));
    expect(shadow(element, '[part="headline"]')!.textContent).to.contain('Senior Researcher');
    expect(shadow(element, '[part="affiliation"]')!.textContent).to.contain('Azure OpenAI');
  });

  it('shows a profile with a network and a username but no address: linked where the form is fixed, else as text', async () => {
    const element = await card({
      basics: {
        name: 'Richard Hendriks',
        profiles: [
          { network: 'Twitter', username: 'neutralthoughts' },
          { network: 'GitHub', username: 'richard' },
          { network: 'ORCID', username: '0000-0002-1825-0097' },
          { network: 'LinkedIn', username: 'richard-hendriks' },
          { network: 'SoundCloud', username: 'dandymusicnl' },
          { network: 'Mastodon' },
        ],
      },
    });
    const links = shadowAll<HTMLAnchorElement>(element, '[part="link"]');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://x.com/neutralthoughts',
      'https://github.com/richard',
      'https://orcid.org/0000-0002-1825-0097',
      'https://www.linkedin.com/in/richard-hendriks',
    ]);
    expect(links.map((link) => link.innerText.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Twitter neutralthoughts',
      'GitHub richard',
      'ORCID 0000-0002-1825-0097',
      'LinkedIn richard-hendriks',
    ]);
    expect(links[0]!.getAttribute('aria-label')).to.equal('Twitter neutralthoughts: profile of Richard Hendriks');
    // Known networks get their own icon; the rest the generic link icon.
    expect(links.map((link) => link.querySelector('svg')!.innerHTML === shadow(element, '[part="profile"] svg')!.innerHTML)).to.deep.equal([false, false, false, false]);
    expect(shadowAll(element, '[part="profile"]').map((entry) => entry.innerText.replace(/\s+/g, ' ').trim())).to.deep.equal(['SoundCloud dandymusicnl', 'Mastodon']);
    await expect(element).to.be.accessible();
    const compact = await card(element.profile!, { variant: 'compact' });
    expect(shadowAll(compact, '[part="profile"]')).to.have.length(2);
    await expect(compact).to.be.accessible();
  });

  it('shows every affiliation, former ones marked, and the whole address', async () => {
    const element = await card({
      basics: {
        name: 'Ada Lovelace',
        label: 'Analyst',
        location: { address: '2712 Broadway St', postalCode: 'CA 94115', city: 'San Francisco', countryCode: 'US', region: 'California' },
        affiliations: [
          { organization: 'Analytical Society', department: 'Engines', role: 'Fellow', url: 'https://society.example.org/' },
          { organization: 'Mechanics Institute', current: true },
          { organization: 'Royal Institution', role: 'Visitor', current: false },
        ],
      },
    });
    expect(shadowAll(element, '[part="affiliation"]').map((line) => line.textContent)).to.deep.equal(['Fellow, Engines, Analytical Society', 'Mechanics Institute']);
    expect(shadowAll(element, '[part="past-affiliation"]').map((line) => line.textContent)).to.deep.equal(['Formerly: Visitor, Royal Institution']);
    expect(shadow<HTMLAnchorElement>(element, '[part="affiliation"] a')!.getAttribute('href')).to.equal('https://society.example.org/');
    // Named for screen readers ("Location:"), shown with an icon.
    expect(shadow(element, '[part="location"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Location: 2712 Broadway St, San Francisco, California CA 94115, United States',
    );
    await expect(element).to.be.accessible();
    const compact = await card(element.profile!, { variant: 'compact' });
    expect(shadowAll(compact, '[part="affiliation"]')).to.have.length(1);
    expect(shadowAll(compact, '[part="past-affiliation"]')).to.have.length(0);
  });

  it('leaves the role out of the affiliation when the headline already says it', async () => {
    const element = await card({ basics: { name: 'R', affiliations: [{ organization: 'Microsoft', department: 'Azure OpenAI', role: 'Senior Researcher' }] } });
    expect(shadow(element, '[part="headline"]')!.textContent).to.equal('Senior Researcher');
    expect(shadow(element, '[part="affiliation"]')!.textContent).to.equal('Azure OpenAI, Microsoft');
  });

  it('writes link addresses out on paper', async () => {
    const element = await card(full);
    const homepage = shadowAll<HTMLAnchorElement>(element, '[part="link"]').find((link) => link.getAttribute('href') === 'https://ada.example.org/')!;
    expect(getComputedStyle(homepage, '::after').content).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(homepage, '::after').content).to.equal('" (https://ada.example.org/)"');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
