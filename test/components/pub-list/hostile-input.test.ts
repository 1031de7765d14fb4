/**
 * <pub-list> and <researcher-profile> given hostile or careless data: TeX the math renderer cannot read, values
 * nested thousands of levels deep, a hundred thousand bad values in one entry, runaway BibTeX braces, macros that
 * are never defined, JSON served as BibTeX. Each keeps every other entry and says what it left out, and nothing
 * escapes as an unhandled error.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/components/pub-list/pub-list.js';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { ScholarElement } from '../../../src/internal/scholar-element.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { MAX_JSON_DEPTH } from '../../../src/model/json.js';
import { forgetServed, served, settled, shadow, shadowAll, shadowText, watchUncaught } from '../../helpers.js';
import { fullyRendered } from './harness.js';

async function listFrom(src: string, attributes = ''): Promise<PubList> {
  const wrapper = await fixture(html`<div .innerHTML=${`<pub-list src="${src}" group-by="none" ${attributes}></pub-list>`}></div>`);
  return fullyRendered(wrapper.querySelector('pub-list')!);
}

const titles = (list: PubList) => shadowAll(list, '[part="title"]').map((title) => title.textContent!.replace(/\s+/g, ' ').trim());

/** A few animation frames and a macrotask: time for a lazily loaded renderer to run and for rejections to surface. */
async function frames(count = 5): Promise<void> {
  for (let index = 0; index < count; index++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const BAD_MATH_BIB = `@article{first2019,
  title = {A First Paper},
  year = {2019}
}

@article{badmath2020,
  title = {Bounds for $x^$ in practice},
  year = {2020}
}

@article{third2021,
  title = {A Third Paper with $\\mathcal{O}(n \\log n)$ Cost},
  year = {2021}
}
`;

describe('renderTex', () => {
  it('never throws: TeX the renderer cannot read shows as its source', async () => {
    const { renderTex } = await import('../../../src/internal/math-render.js');
    const bad = renderTex('x^');
    expect([...bad.childNodes].map((node) => [node.nodeName, node.textContent])).to.deep.equal([['CODE', 'x^']]);
    expect((bad.firstChild as HTMLElement).className).to.equal('tex');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('x', '^', '_', '{', '}', '\\frac', '\\left(', '\\', '&', '#', '%', '$', ' '), maxLength: 12 }), (tex) => {
        const fragment = renderTex(tex);
        expect(fragment instanceof DocumentFragment).to.equal(true);
        expect(fragment.querySelector('script, [onerror], [onload], [style]') === null).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('<pub-list> with hostile input', () => {
  before(async function () {
    // The first BibTeX file loads citation-js (bundled for the test server on first request): not what is tested here.
    this.timeout(60_000);
    const { parseBibtex } = await import('../../../src/model/bibtex.js');
    await parseBibtex('@misc{warm, title = {Warm}}', 'warm-up');
  });

  afterEach(() => {
    clearSourceCache();
    forgetServed();
  });

  it('shows a title whose math the renderer cannot read as its TeX source, and keeps every entry through a re-sort', async () => {
    const uncaught = watchUncaught();
    try {
      const list = await listFrom(served(BAD_MATH_BIB, 'application/x-bibtex'));
      // The renderer loads for the third title's \mathcal; the bad formula then goes through it too.
      await frames();
      expect(titles(list)).to.have.length(3);
      const bad = shadow(list, '[data-key="badmath2020"] [part="title"]')!;
      expect(bad.textContent!.replace(/\s+/g, ' ')).to.contain('Bounds for');
      expect(bad.textContent!).to.contain('x^');
      expect(bad.textContent!).to.contain('in practice');
      expect(!!shadow(list, '[data-key="third2021"] [part="title"] math')).to.equal(true);
      list.sort = 'oldest';
      await fullyRendered(list);
      await frames();
      expect(titles(list).map((title) => title.slice(0, 12))).to.deep.equal(['A First Pape', 'Bounds for x', 'A Third Pape']);
      list.sort = 'newest';
      await fullyRendered(list);
      await frames();
      expect(titles(list)).to.have.length(3);
      expect(list.problems).to.deep.equal([]);
      expect(uncaught.messages).to.deep.equal([]);
      await expect(list).to.be.accessible();
    } finally {
      uncaught.stop();
    }
  });

  it('keeps entries whose titles hold a lone "$" or "$${}$", showing the dollar', async () => {
    const bib = [
      '@misc{lone2020, title = {A lone $ dollar}, year = 2020}',
      '@misc{empty2021, title = {Empty $${}$ math}, year = 2021}',
      '@misc{plain2022, title = {Plain}, year = 2022}',
    ].join('\n');
    const uncaught = watchUncaught();
    try {
      const list = await listFrom(served(bib, 'application/x-bibtex'));
      await frames();
      expect(list.problems).to.deep.equal([]);
      expect(titles(list)).to.have.length(3);
      expect(shadow(list, '[data-key="lone2020"] [part="title"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('A lone $ dollar');
      expect(shadow(list, '[data-key="empty2021"] [part="title"]')!.textContent!).to.contain('$');
      expect(uncaught.messages).to.deep.equal([]);
    } finally {
      uncaught.stop();
    }
  });

  it('leaves out a note nested 10,000 levels deep, with its path, and shows both publications', async () => {
    const depth = 10_000;
    const note = `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
    const text = `{"basics":{"name":"Ada Deep"},"publications":[{"id":"deep","title":"Deep Note","type":"article-journal","note":${note}},{"id":"plain","title":"Plain Note","type":"article-journal"}]}`;
    const uncaught = watchUncaught();
    try {
      const src = served(text, 'application/json');
      const wrapper = await fixture(html`<div><pub-list src=${src} group-by="none"></pub-list><researcher-profile src=${src}></researcher-profile></div>`);
      const list = await fullyRendered(wrapper.querySelector('pub-list') as PubList);
      expect(titles(list).sort()).to.deep.equal(['Deep Note', 'Plain Note']);
      const expected = `publications[0].note: nested deeper than ${MAX_JSON_DEPTH} levels; the limit is ${MAX_JSON_DEPTH}`;
      expect(list.problems.map((problem) => [problem.path, problem.message])).to.deep.equal([['/publications/0/note', expected]]);
      const profile = await settled(wrapper.querySelector('researcher-profile') as ScholarElement<unknown>);
      expect(profile.problems.map((problem) => problem.message)).to.deep.equal([expected]);
      expect(uncaught.messages).to.deep.equal([]);
    } finally {
      uncaught.stop();
    }
  });

  it('leaves out 100,000 bad keywords of one publication and keeps its good ones and the other publication', async function () {
    this.timeout(60_000);
    const keywords = Array.from({ length: 100_000 }, (_, index) => (index < 2 ? `topic ${index}` : index));
    const text = JSON.stringify({
      basics: { name: 'Ada Many' },
      publications: [
        { id: 'many', title: 'Many Keywords', type: 'article-journal', keywords },
        { id: 'other', title: 'Other Paper', type: 'article-journal' },
      ],
    });
    // The console report would list all 99,998 problems in the test output.
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    let list: PubList;
    try {
      const wrapper = await fixture(html`<div><pub-list src=${served(text, 'application/json')} group-by="none"></pub-list></div>`);
      list = wrapper.querySelector('pub-list') as PubList;
      // Checking and reporting 99,998 values takes a few seconds.
      await waitUntil(() => list.getAttribute('state') === 'ready', 'the list never became ready', { timeout: 50_000 });
      await fullyRendered(list);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('99998 problems in the data');
    expect(titles(list).sort()).to.deep.equal(['Many Keywords', 'Other Paper']);
    expect(list.publications.find((entry) => entry.title === 'Many Keywords')!.keywords).to.deep.equal(['topic 0', 'topic 1']);
    expect(list.problems).to.have.length(99_998);
    expect(list.problems[0]!.message).to.equal('publications[0].keywords[2]: expected a string, got a number');
    expect(list.problems[99_997]!.path).to.equal('/publications/0/keywords/99999');
  });

  it('reports a BibTeX entry with 5,000 nested braces by key and line, and keeps the rest of the file', async () => {
    const bib = [
      '@misc{before2020, title = {Before}, year = 2020}',
      '',
      '@misc{braces2021,',
      `  title = {${'{'.repeat(5000)}deep${'}'.repeat(5000)}},`,
      '  year = 2021',
      '}',
      '@misc{after2022, title = {After}, year = 2022}',
    ].join('\n');
    const uncaught = watchUncaught();
    try {
      const list = await listFrom(served(bib, 'application/x-bibtex'), 'show-problems');
      expect(titles(list).sort()).to.deep.equal(['After', 'Before']);
      expect(list.problems.map((problem) => [problem.path, problem.line])).to.deep.equal([['braces2021', 3]]);
      expect(list.problems[0]!.message).to.equal('braces2021 (line 3): braces are nested deeper than 100 levels (line 4); the limit is 100');
      expect(shadowText(list)).not.to.contain('Maximum call stack');
      expect(uncaught.messages).to.deep.equal([]);
      await expect(list).to.be.accessible();
    } finally {
      uncaught.stop();
    }
  });

  it('does the same for a file large enough to be read in a Web Worker, keeping an entry nested to the limit', async () => {
    const filler = Array.from({ length: 60 }, (_, index) => `@misc{filler${index}, title = {Filler ${index}}, year = 2000}`);
    const bib = [
      ...filler,
      `@misc{limit2020, title = {${'{'.repeat(99)}At the Limit${'}'.repeat(99)}}, year = 2020}`,
      `@misc{braces2021, title = {${'{'.repeat(5000)}deep${'}'.repeat(5000)}}, year = 2021}`,
    ].join('\n');
    const uncaught = watchUncaught();
    try {
      const list = await listFrom(served(bib, 'application/x-bibtex'));
      expect(titles(list)).to.have.length(61);
      expect(titles(list)).to.include('At the Limit');
      expect(list.problems.map((problem) => [problem.path, problem.line])).to.deep.equal([['braces2021', 62]]);
      expect(uncaught.messages).to.deep.equal([]);
    } finally {
      uncaught.stop();
    }
  });

  it('says which field uses a macro that no @string defines', async () => {
    const bib = [
      '@string{neurips = "Advances in Neural Information Processing Systems"}',
      '',
      '@inproceedings{macro2021,',
      '  title = {Macros},',
      '  booktitle = jconf,',
      '  year = 2021',
      '}',
    ].join('\n');
    const list = await listFrom(served(bib, 'application/x-bibtex'), 'show-problems');
    expect(titles(list)).to.deep.equal(['Macros']);
    expect(list.problems.map((problem) => [problem.line, problem.message])).to.deep.equal([
      [3, 'macro2021 (line 3): booktitle: the macro "jconf" is not defined (no @string{jconf = …}); it is read as empty text'],
    ]);
    expect(shadow(list, '[part="problems"]')!.textContent).to.contain('the macro "jconf" is not defined');
    await expect(list).to.be.accessible();
  });

  it('reads CSL-JSON served as application/x-bibtex as the JSON it is', async () => {
    const csl = JSON.stringify([{ id: 'csl1', type: 'article-journal', title: 'Served as BibTeX', issued: { 'date-parts': [[2020]] } }]);
    const list = await listFrom(served(csl, 'application/x-bibtex'));
    expect(titles(list)).to.deep.equal(['Served as BibTeX']);
    expect(list.getAttribute('state')).to.equal('ready');
  });
});
