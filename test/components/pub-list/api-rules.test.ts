/**
 * <pub-list> and the kit's API rules: comma-separated list attributes (the old separators still work, with one
 * deprecation warning per page), `heading-level` defaulting to 2, and `profiles` merged as a lab's members are.
 * Each deprecation is triggered once in this file only: warnings are counted per page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';
import { fullyRendered } from './harness.js';

const ada: Profile = {
  basics: { name: 'Ada Lovelace', nameVariants: ['A. Lovelace'] },
  publications: [
    {
      id: 'a1',
      type: 'article-journal',
      title: 'Notes on the Engine',
      author: [
        { given: 'Ada', family: 'Lovelace' },
        { given: 'Charles', family: 'Babbage' },
      ],
      issued: { 'date-parts': [[1843]] },
      'container-title': 'Scientific Memoirs',
      keywords: ['engines', 'notes'],
    },
    {
      id: 'shared',
      type: 'paper-conference',
      title: 'A Shared Work on Computing Machines',
      author: [
        { given: 'Ada', family: 'Lovelace' },
        { given: 'Grace', family: 'Hopper' },
      ],
      issued: { 'date-parts': [[1950]] },
      'container-title': 'Proceedings of Machines',
      keywords: ['engines'],
    },
    {
      id: 'a3',
      type: 'patent',
      title: 'A Loom Card',
      author: [
        { given: 'Ada', family: 'Lovelace' },
        { given: 'Dora', family: 'Dee' },
      ],
      issued: { 'date-parts': [[1844]] },
    },
  ],
};

const grace: Profile = {
  basics: { name: 'Grace Hopper' },
  publications: [
    { id: 'g1', type: 'report', title: 'The First Compiler', author: [{ given: 'Grace', family: 'Hopper' }], issued: { 'date-parts': [[1952]] } },
    {
      id: 'shared',
      type: 'paper-conference',
      title: 'A Shared Work on Computing Machines',
      author: [
        { given: 'Ada', family: 'Lovelace' },
        { given: 'Grace', family: 'Hopper' },
      ],
      issued: { 'date-parts': [[1950]] },
      'container-title': 'Proceedings of Machines',
    },
  ],
};

/** A list of `ada`'s publications with `attributes`, fully rendered. */
async function list(attributes: string, profile: Profile = ada): Promise<PubList> {
  const wrapper = await fixture(html`<div .innerHTML=${`<pub-list ${attributes}></pub-list>`}></div>`);
  const element = wrapper.querySelector('pub-list')!;
  element.profile = profile;
  return fullyRendered(element);
}

const keys = (element: PubList) => element.publications.map((entry) => entry.key).sort();
const selves = (element: PubList) => [...new Set(shadowAll(element, '[part~="author-self"]').map((self) => self.textContent!.trim()))].sort();

/** Records console.warn calls that mention `text` while `run` runs. */
async function warningsAbout(text: string, run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.includes(text)) seen.push(message);
    else original.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('<pub-list> list attributes', () => {
  it('reads comma-separated categories, keywords and names without warnings', async () => {
    const warnings = await warningsAbout('deprecated', async () => {
      const byCategory = await list('category="journal, patent"');
      expect(keys(byCategory)).to.deep.equal(['a1', 'a3']);
      const byKeyword = await list('keyword="engines, notes"');
      expect(keys(byKeyword)).to.deep.equal(['a1']);
      const both = await list('highlight="Charles Babbage, Dora Dee"');
      expect(selves(both)).to.deep.equal(['Ada Lovelace', 'Charles Babbage', 'Dora Dee']);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('joins an array given to category, keyword or highlight with commas', async () => {
    const element = await list('');
    (element as unknown as { category: unknown }).category = ['journal', 'patent'];
    await element.updateComplete;
    expect(element.category).to.equal('journal, patent');
    expect(keys(element)).to.deep.equal(['a1', 'a3']);
  });

  it('still reads a space-separated category, and warns once that it is deprecated', async () => {
    const warnings = await warningsAbout('`category` separates its items with commas', async () => {
      expect(keys(await list('category="journal patent"'))).to.deep.equal(['a1', 'a3']);
      expect(keys(await list('category="conference patent"'))).to.deep.equal(['a3', 'shared']);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<pub-list>').and.to.contain('deprecated');
  });

  it('still reads keywords separated by ";", and warns once that it is deprecated', async () => {
    const warnings = await warningsAbout('`keyword` separates its items with commas', async () => {
      expect(keys(await list('keyword="engines; notes"'))).to.deep.equal(['a1']);
      expect(keys(await list('keyword="notes; engines"'))).to.deep.equal(['a1']);
    });
    expect(warnings).to.have.length(1);
  });

  it('still reads names separated by ";" in highlight, and warns once that it is deprecated', async () => {
    const warnings = await warningsAbout('`highlight` separates its items with commas', async () => {
      expect(selves(await list('highlight="Babbage, Charles; Dora Dee"'))).to.deep.equal(['Ada Lovelace', 'Charles Babbage', 'Dora Dee']);
      expect(selves(await list('highlight="Dee, Dora; C. Babbage"'))).to.deep.equal(['Ada Lovelace', 'Charles Babbage', 'Dora Dee']);
    });
    expect(warnings).to.have.length(1);
  });

  it('a category checkbox writes a comma-separated category', async () => {
    const element = await list('');
    shadow<HTMLInputElement>(element, 'input[name="category"][value="journal"]')!.click();
    shadow<HTMLInputElement>(element, 'input[name="category"][value="patent"]')!.click();
    await element.updateComplete;
    expect(element.category).to.equal('journal, patent');
  });
});

describe('<pub-list> heading-level', () => {
  it('puts group headings at level 2 by default, and at heading-level when set', async () => {
    const byYear = await list('group-by="year"');
    const levels = (element: PubList) => shadowAll(element, '[part="group-heading"]').map((heading) => heading.getAttribute('aria-level'));
    expect(levels(byYear)).to.deep.equal(['2', '2', '2']);
    expect(byYear.headingLevel).to.equal(2);
    const deeper = await list('group-by="year" heading-level="4"');
    expect(levels(deeper)).to.deep.equal(['4', '4', '4']);
    deeper.headingLevel = 9;
    await deeper.updateComplete;
    expect(levels(deeper)).to.deep.equal(['6', '6', '6']);
  });
});

describe('<pub-list> profiles', () => {
  it('merges the publications of several profiles as a lab does: each work once, every owner emphasised', async () => {
    const element = await fixture<PubList>(html`<pub-list group-by="none" .profiles=${[ada, grace]}></pub-list>`);
    await fullyRendered(element);
    const shared = element.publications.filter((entry) => entry.title === 'A Shared Work on Computing Machines');
    expect(shared).to.have.length(1);
    expect(shared[0]!.versions).to.have.length(1);
    expect(element.publications).to.have.length(4);
    expect(selves(element)).to.deep.equal(['Ada Lovelace', 'Grace Hopper']);
    expect(element.problems).to.deep.equal([]);
  });

  it('lists a profile that cannot be used among the problems and shows the others; none usable is an error', async () => {
    const element = await fixture<PubList>(html`<pub-list group-by="none" .profiles=${[{ publications: [] }, grace]}></pub-list>`);
    await fullyRendered(element);
    expect(keys(element)).to.deep.equal(['g1', 'shared']);
    expect(element.problems.map((problem) => problem.message)).to.have.length(1);
    expect(element.problems[0]!.message).to.match(/^Profile 1 is not a usable profile: /);
    element.profiles = [{ basics: {} } as unknown as Profile];
    await settled(element, 'error');
    expect(shadow(element, '[part="error"]')!.textContent).to.contain('Profile 1 is not a usable profile');
  });

  it('gives `profile` precedence over `profiles`', async () => {
    const element = await fixture<PubList>(html`<pub-list group-by="none" .profiles=${[grace]} .profile=${ada}></pub-list>`);
    await fullyRendered(element);
    expect(keys(element)).to.deep.equal(['a1', 'a3', 'shared']);
    element.profile = undefined;
    await waitUntil(() => keys(element).join() === 'g1,shared', 'the profiles were never shown', { timeout: 5000 });
  });
});
