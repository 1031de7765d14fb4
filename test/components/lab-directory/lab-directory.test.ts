import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/lab-directory/lab-directory.js';
import type { LabDirectory } from '../../../src/components/lab-directory/lab-directory.component.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import type { ScholarErrorEvent } from '../../../src/events/scholar-error.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Lab } from '../../../src/model/lab.js';
import type { Profile } from '../../../src/model/types.js';
import { consoleWarnings, interceptFetch, settled, shadow, shadowAll, shadowText } from '../../helpers.js';

const FIXTURES = '/test/components/lab-directory/fixtures';

/** Waits until the directory and every card in it have rendered. */
async function ready(element: LabDirectory, state: 'ready' | 'error' = 'ready'): Promise<LabDirectory> {
  await settled(element, state);
  const cards = shadowAll<ResearcherCard>(element, 'researcher-card');
  await waitUntil(() => cards.every((card) => card.getAttribute('state') === 'ready'), 'a card never became ready', { timeout: 5000 });
  await Promise.all(cards.map((card) => card.updateComplete));
  return element;
}

async function fromSrc(src: string, attributes = ''): Promise<LabDirectory> {
  const wrapper = await fixture(html`<div .innerHTML=${`<lab-directory src="${src}" ${attributes}></lab-directory>`}></div>`);
  return ready(wrapper.querySelector('lab-directory')!);
}

/** The names on the cards, group by group. */
function namesByGroup(element: LabDirectory): string[][] {
  return shadowAll(element, '[part="group"]').map((group) =>
    [...group.querySelectorAll<ResearcherCard>('researcher-card')].map((card) => card.shadowRoot!.querySelector('[part="name"]')!.textContent!),
  );
}

describe('<lab-directory>', () => {
  afterEach(() => clearSourceCache());

  it('shows the lab, then every member grouped by role with a count per group (the demo lab)', async () => {
    const element = await fromSrc('/demo/lab.json');
    const name = shadow(element, '[part="name"]')!;
    expect(name.textContent).to.equal('Systems group');
    expect(name.getAttribute('role')).to.equal('heading');
    expect(name.getAttribute('aria-level')).to.equal('2');
    expect(shadow(element, '[part="description"]')!.textContent).to.equal('Large-scale training and inference systems for deep learning.');

    const groups = shadowAll(element, '[part="group"]');
    expect(groups.map((group) => group.dataset.group)).to.deep.equal(['faculty', 'researchers']);
    const headings = groups.map((group) => group.querySelector<HTMLElement>('[part="group-heading"]')!);
    expect(headings.map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Principal researchers (2)', 'Researchers (2)']);
    expect(headings.map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
    expect(groups.map((group) => group.querySelector('[part="count"]')!.textContent)).to.deep.equal(['(2)', '(2)']);
    // Each section is named by its heading.
    groups.forEach((group, index) => expect(group.getAttribute('aria-labelledby')).to.equal(headings[index]!.id));

    expect(namesByGroup(element)).to.deep.equal([
      ['Minjia Zhang', 'Yuxiong He'],
      ['Samyam Rajbhandari', 'Heyang Qin'],
    ]);
    const cards = shadowAll<ResearcherCard>(element, 'researcher-card');
    expect(cards.map((card) => card.variant)).to.deep.equal(['compact', 'compact', 'compact', 'compact']);
    expect(cards.map((card) => card.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level'))).to.deep.equal(['4', '4', '4', '4']);
    // Cards inside the directory add no JSON-LD of their own: the directory describes the lab.
    expect(cards.every((card) => !card.querySelector('script'))).to.equal(true);

    // Each card is followed by a link to the member's page, resolved against the lab file.
    const links = shadowAll<HTMLAnchorElement>(element, '[part="page-link"]');
    expect(links.map((link) => new URL(link.href).pathname)).to.deep.equal([
      '/demo/people/minjia-zhang.html',
      '/demo/people/yuxiong-he.html',
      '/demo/people/samyam-rajbhandari.html',
      '/demo/people/heyang-qin.html',
    ]);
    expect(links[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Profile page of Minjia Zhang');
    expect(element.problems).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('shows whole cards with variant="full", and leaves the header out with hide-header', async () => {
    const element = await fromSrc('/demo/lab.json', 'variant="full" hide-header heading-level="3"');
    expect(element.getAttribute('variant')).to.equal('full');
    expect(shadowAll<ResearcherCard>(element, 'researcher-card').map((card) => card.variant)).to.deep.equal(['full', 'full', 'full', 'full']);
    expect(!!shadow(element, '[part="header"]'), 'header part shown').to.be.false;
    // The groups take the directory's heading level, the cards the next.
    expect(shadowAll(element, '[part="group-heading"]').map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
    const card = shadow<ResearcherCard>(element, 'researcher-card')!;
    expect(card.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('4');
    await expect(element).to.be.accessible();
  });

  it('still leaves the header out with the deprecated no-header, warning once', async () => {
    const warned = await consoleWarnings(async () => {
      for (let index = 0; index < 2; index++) {
        const element = await fromSrc('/demo/lab.json', 'no-header');
        expect(!!shadow(element, '[part="header"]'), 'header part shown').to.be.false;
        expect(shadowAll(element, '[part="group-heading"]').map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['2', '2']);
      }
    });
    expect(warned.filter((message) => message.includes('`no-header` is now `hide-header`'))).to.have.length(1);
  });

  it('shows profiles given as a property as one group, leaving out and naming one that cannot be used', async () => {
    const element = await fixture<LabDirectory>(html`<lab-directory
      .profiles=${[{ basics: { name: 'Ada Lovelace' } }, { basics: {} }, { basics: { name: 'Charles Babbage' } }] as Profile[]}
    ></lab-directory>`);
    await ready(element);
    expect(shadow(element, '[part="group-heading"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Members (2)');
    expect(namesByGroup(element)).to.deep.equal([['Ada Lovelace', 'Charles Babbage']]);
    expect(element.problems.map((problem) => problem.message)).to.deep.equal(['Profile 2 is not a usable profile: basics: missing required field "name".']);
    // A lab, when given too, is shown instead.
    element.lab = { name: 'Engines lab', members: { faculty: [{ profile: { basics: { name: 'Grace Hopper' } } }] } };
    await element.updateComplete;
    await ready(element);
    expect(namesByGroup(element)).to.deep.equal([['Grace Hopper']]);
    element.lab = undefined;
    element.profiles = [{ basics: {} } as unknown as Profile];
    await element.updateComplete;
    await settled(element, 'error');
    expect(shadow(element, '[part="error"]')!.textContent).to.contain('Profile 1 is not a usable profile');
  });

  it('reads a lab given as a property: embedded profiles, roles, title overrides, URLs relative to the page', async () => {
    const lab: Lab = {
      name: 'Engines lab',
      description: ['Analytical engines.', 'And poetry.'],
      url: 'https://lab.example.org/',
      logo: 'javascript:alert(1)',
      members: {
        faculty: [{ profile: { basics: { name: 'Ada Lovelace', label: 'Analyst' } }, role: 'Director', title: 'Professor of Engines', page: 'people/ada.html' }],
        'visiting-scholars': [{ profile: '/demo/profiles/heyang-qin.json', role: 'Visitor, summer 2024' }],
      },
    };
    const element = await fixture<LabDirectory>(html`<lab-directory .lab=${lab}></lab-directory>`);
    await ready(element);
    expect(shadowAll(element, '[part="description"]').map((paragraph) => paragraph.textContent)).to.deep.equal(['Analytical engines.', 'And poetry.']);
    expect(shadow<HTMLAnchorElement>(element, '[part="name"] a')!.href).to.equal('https://lab.example.org/');
    // A logo URL with a script scheme never reaches the page.
    expect(!!shadow(element, '[part="logo"]'), 'logo part shown').to.be.false;
    expect(shadowAll(element, '[part="group-heading"]').map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Faculty (1)', 'Visiting scholars (1)']);
    expect(shadowAll(element, '[part="role"]').map((role) => role.textContent)).to.deep.equal(['Director', 'Visitor, summer 2024']);
    const ada = shadow<ResearcherCard>(element, 'researcher-card')!;
    expect(ada.shadowRoot!.querySelector('[part="headline"]')!.textContent).to.equal('Professor of Engines');
    expect(shadow<HTMLAnchorElement>(element, '[part="page-link"]')!.href).to.equal(new URL('people/ada.html', document.baseURI).href);
    expect(shadowAll(element, '[part="page-link"]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('shows plain profiles (no lab) as one group', async () => {
    const element = await fromSrc('/demo/profiles/heyang-qin.json /demo/profiles/yuxiong-he.json');
    expect(!!shadow(element, '[part="header"]'), 'header part shown').to.be.false;
    expect(shadow(element, '[part="group-heading"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Members (2)');
    expect(namesByGroup(element)).to.deep.equal([['Heyang Qin', 'Yuxiong He']]);
  });

  it('shows the members that load when one cannot, and says which failed and which entries were left out', async () => {
    const element = document.createElement('lab-directory');
    const failed = oneEvent(element, 'scholar-error') as Promise<ScholarErrorEvent>;
    element.src = `${FIXTURES}/broken-member.json`;
    document.body.append(element);
    try {
      const error = (await failed).detail;
      expect(error.status).to.equal(404);
      expect(error.source).to.match(/\/lab-directory\/fixtures\/does-not-exist\.json$/);
      await ready(element);
      expect(namesByGroup(element)).to.deep.equal([['Minjia Zhang', 'Yuxiong He'], ['Heyang Qin']]);
      expect(shadowAll(element, '[part="count"]').map((count) => count.textContent)).to.deep.equal(['(2)', '(1)']);
      const note = shadow(element, '[part="problems"]')!.textContent!.replace(/\s+/g, ' ');
      expect(note).to.contain('2 problems in the data');
      expect(note).to.match(/broken-member\.json, members\.students\[0\] \(Nobody Here\): Could not load \S+\/does-not-exist\.json: the server answered HTTP 404/);
      expect(note).to.contain('members.students[1]: missing required field "profile"');
      expect(element.problems.map((problem) => problem.path)).to.include('/members/students/1');
      expect(shadowAll(element, '[part="role"]').map((role) => role.textContent)).to.deep.equal(['Ph.D. student']);
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
  });

  it('shows an error when the lab itself cannot be loaded or used', async () => {
    const missing = await fixture<LabDirectory>(html`<lab-directory src="${FIXTURES}/nope.json"></lab-directory>`);
    await settled(missing, 'error');
    expect(shadowText(missing)).to.contain('HTTP 404');
    const notALab = await fixture<LabDirectory>(html`<lab-directory .lab=${{ members: { faculty: [] } } as unknown as Lab}></lab-directory>`);
    await settled(notALab, 'error');
    expect(shadow(notALab, '[part="error"]')!.textContent).to.contain('The lab is not a usable lab: (the document): missing required field "name"');
  });

  it('cancels the members’ requests when src changes', async () => {
    const signals = new Map<string, AbortSignal>();
    const fetches = interceptFetch((url, init) => {
      if (init?.signal) signals.set(url, init.signal);
      return undefined;
    });
    try {
      const element = await fixture<LabDirectory>(html`<lab-directory src="${FIXTURES}/slow.json"></lab-directory>`);
      await waitUntil(() => [...signals.keys()].filter((url) => url.includes('/delay/')).length === 2, 'the members were never requested', { timeout: 5000 });
      element.src = '/demo/lab.json';
      await ready(element);
      const slow = [...signals].filter(([url]) => url.includes('/delay/'));
      expect(slow.every(([, signal]) => signal.aborted)).to.equal(true);
      expect(namesByGroup(element)).to.deep.equal([
        ['Minjia Zhang', 'Yuxiong He'],
        ['Samyam Rajbhandari', 'Heyang Qin'],
      ]);
      expect(fetches.calls.some((url) => url.endsWith('/demo/lab.json'))).to.equal(true);
    } finally {
      fetches.restore();
    }
  });

  it('describes the lab and its members as schema.org JSON-LD', async () => {
    const element = await fromSrc('/demo/lab.json');
    await waitUntil(() => !!element.querySelector(':scope > script[type="application/ld+json"]'), 'no JSON-LD');
    const script = element.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as { '@type': string; name: string; member: Array<{ '@type': string; name: string }> };
    expect(data['@type']).to.equal('ResearchOrganization');
    expect(data.name).to.equal('Systems group');
    expect(data.member.map((person) => `${person['@type']} ${person.name}`)).to.deep.equal([
      'Person Minjia Zhang',
      'Person Yuxiong He',
      'Person Samyam Rajbhandari',
      'Person Heyang Qin',
    ]);
  });
});
