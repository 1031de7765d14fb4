import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/pub-list/pub-list.js';
import '../../src/components/researcher-card/researcher-card.js';
import { PubList } from '../../src/components/pub-list/pub-list.component.js';
import type { ResearcherCard } from '../../src/components/researcher-card/researcher-card.component.js';
import type { ScholarLoadEvent } from '../../src/events/scholar-load.js';
import { clearSourceCache } from '../../src/internal/fetch-source.js';
import { ScholarElement } from '../../src/internal/scholar-element.js';
import type { Profile } from '../../src/model/types.js';
import { settled, shadow, shadowAll, shadowText } from '../helpers.js';

/** Records console.warn calls for the test; `restore()` puts it back. */
function captureWarnings() {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

async function cardFrom(src: string, attributes = ''): Promise<ResearcherCard> {
  const wrapper = await fixture(html`<div .innerHTML=${`<researcher-card src="${src}" ${attributes}></researcher-card>`}></div>`);
  return settled(wrapper.querySelector('researcher-card')!);
}

const hasProblemsList = (element: Element) => !!shadow(element, '[part="problems"]');

// The tests are served from localhost: the author's own view, unless ScholarElement.authorView says otherwise.
describe('who sees the problems in the data', () => {
  afterEach(() => {
    ScholarElement.authorView = undefined;
    delete (PubList as { authorView?: boolean }).authorView;
    clearSourceCache();
  });

  it('lists them inside the element on a page opened locally, saying visitors will not see the list', async () => {
    const card = await cardFrom('/test/fixtures/partly-bad.json');
    const note = shadow(card, '[part="problems"]')!;
    expect(note.tagName).to.equal('DETAILS');
    expect(note.querySelector('summary')!.textContent).to.equal('3 problems in the data: the entries and values they concern were left out.');
    expect(note.textContent).to.contain('visitors to the published page do not see this list');
    expect([...note.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
      'basics.emails[1]: expected an email address, got "not-an-email"',
      'work[0].startDate: expected a date such as "2021", "2021-06" or "2021-06-15", got "03/201"',
      'publications[1].title: expected a string, got a number',
    ]);
    note.setAttribute('open', '');
    await expect(card).to.be.accessible();
  });

  it("keeps them out of a visitor's view, and still reports them in `problems`, the event and one console warning", async () => {
    ScholarElement.authorView = false;
    const console = captureWarnings();
    const card = document.createElement('researcher-card');
    const loaded = oneEvent(card, 'scholar-load') as Promise<ScholarLoadEvent<Profile>>;
    card.src = '/test/fixtures/partly-bad.json';
    document.body.append(card);
    try {
      const event = await loaded;
      expect(hasProblemsList(card)).to.be.false;
      expect(shadowText(card)).to.contain('Partly Bad');
      expect(shadowText(card)).not.to.contain('problem');
      expect(card.problems.map((problem) => problem.path).sort()).to.deep.equal(['/basics/emails/1', '/publications/1', '/work/0/startDate']);
      expect(event.detail.problems).to.deep.equal(card.problems);
      const ours = console.warnings.filter((warning) => warning.includes('<researcher-card>'));
      expect(ours.length).to.equal(1);
      expect(ours[0]!.split('\n')).to.deep.equal([
        '<researcher-card> /test/fixtures/partly-bad.json: 3 problems in the data: the entries and values they concern were left out.',
        '  basics.emails[1]: expected an email address, got "not-an-email"',
        '  work[0].startDate: expected a date such as "2021", "2021-06" or "2021-06-15", got "03/201"',
        '  publications[1].title: expected a string, got a number',
      ]);
      await expect(card).to.be.accessible();
    } finally {
      console.restore();
      card.remove();
    }
  });

  it('warns once per load, and not at all for data without problems', async () => {
    const console = captureWarnings();
    try {
      const card = await cardFrom('/test/fixtures/ada.json');
      for (const src of ['/test/fixtures/partly-bad.json', '/test/fixtures/grace.json']) {
        const loaded = oneEvent(card, 'scholar-load');
        card.src = src;
        await loaded;
      }
      expect(console.warnings.filter((warning) => warning.includes('<researcher-card>')).length).to.equal(1);
    } finally {
      console.restore();
    }
  });

  it('show-problems lists them for every visitor', async () => {
    ScholarElement.authorView = false;
    const card = await cardFrom('/test/fixtures/partly-bad.json', 'show-problems');
    expect(card.showProblems).to.be.true;
    const note = shadow(card, '[part="problems"]')!;
    expect(note.querySelector('summary')!.textContent).to.contain('3 problems in the data');
    // Asked for on purpose: no note that only the author sees it.
    expect(note.textContent).not.to.contain('visitors');
    note.setAttribute('open', '');
    await expect(card).to.be.accessible();
    card.showProblems = false;
    await card.updateComplete;
    expect(hasProblemsList(card)).to.be.false;
  });

  it('authorView = true lists them on any page; set on one element class, it applies to that element only', async () => {
    ScholarElement.authorView = true;
    const card = await cardFrom('/test/fixtures/partly-bad.json');
    expect(hasProblemsList(card)).to.be.true;
    expect(shadow(card, '[part="problems"]')!.textContent).not.to.contain('visitors');
    ScholarElement.authorView = undefined;
    PubList.authorView = false;
    const wrapper = await fixture(
      html`<div .innerHTML=${'<pub-list src="/test/fixtures/partly-bad.json"></pub-list><researcher-card src="/test/fixtures/partly-bad.json"></researcher-card>'}></div>`,
    );
    const list = await settled(wrapper.querySelector('pub-list')!);
    const other = await settled(wrapper.querySelector('researcher-card')!);
    expect(list.problems.length).to.equal(3);
    expect(hasProblemsList(list)).to.be.false;
    expect(hasProblemsList(other)).to.be.true;
  });

  it('shows everyone the error when nothing can be shown', async () => {
    ScholarElement.authorView = false;
    const wrapper = await fixture(html`<div .innerHTML=${'<researcher-card src="/test/fixtures/no-name.json"></researcher-card>'}></div>`);
    const card = await settled(wrapper.querySelector('researcher-card')!, 'error');
    const error = shadow(card, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('missing required field "name"');
    await expect(card).to.be.accessible();
  });

  it('groups them by source when several sources have problems, a failed source among them', async () => {
    const console = captureWarnings();
    try {
      const wrapper = await fixture(
        html`<div .innerHTML=${'<pub-list src="/test/fixtures/partly-bad.json /test/fixtures/bibtex/broken.bib /test/fixtures/missing.bib"></pub-list>'}></div>`,
      );
      const list = await settled(wrapper.querySelector('pub-list')!);
      const note = shadow(list, '[part="problems"]')!;
      expect(note.querySelector('summary')!.textContent).to.equal(`${list.problems.length} problems in the data: the entries and values they concern were left out.`);
      const groups = [...note.querySelectorAll(':scope > ul > li')];
      // Each group is its source's name, then a list of its problems.
      const names = groups.map((group) =>
        [...group.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join('')
          .trim(),
      );
      expect(names.length).to.equal(3);
      expect(names[0]).to.match(/\/test\/fixtures\/missing\.bib$/);
      expect(names.slice(1)).to.deep.equal(['/test/fixtures/partly-bad.json', '/test/fixtures/bibtex/broken.bib']);
      expect(groups[0]!.querySelectorAll('li').length).to.equal(1);
      expect(groups[0]!.textContent).to.contain('the server answered HTTP 404');
      expect(groups[1]!.textContent).to.contain('publications[1].title: expected a string, got a number');
      expect(groups[2]!.textContent).to.match(/missingcomma \(line 8\)/);
      note.setAttribute('open', '');
      await expect(list).to.be.accessible();
      const ours = console.warnings.filter((warning) => warning.includes('<pub-list>'));
      expect(ours.length).to.equal(1);
      expect(ours[0]!).to.contain('\n/test/fixtures/bibtex/broken.bib:\n  ');
      expect(shadowAll(list, '[part="publication"]').length).to.be.greaterThan(0);
    } finally {
      console.restore();
    }
  });
});

describe('a very long list of problems', () => {
  it('spells out the first hundred and counts the rest, in the element and in the console', async () => {
    const warnings = captureWarnings();
    try {
      const emails = Array.from({ length: 250 }, (_, index) => `not-an-email-${index}`);
      const card = await fixture<ResearcherCard>(html`<researcher-card show-problems .profile=${{ basics: { name: 'Ada Lovelace', emails } }}></researcher-card>`);
      await settled(card);
      expect(card.problems.length).to.equal(250);
      expect(shadowAll(card, '[part="problems"] li').length).to.equal(100);
      expect(shadow(card, '[part="problems"]')!.textContent).to.contain("…and 150 more, all in the element's `problems` property.");
      expect(warnings.warnings.length).to.equal(1);
      expect(warnings.warnings[0]!.split('\n').length).to.equal(102);
    } finally {
      warnings.restore();
    }
  });
});
