/**
 * A large .bib shows its newest entries first: the worker reads and posts them before the whole file, and
 * <pub-list> shows them (state still `loading`) until the whole file is read.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../src/components/pub-list/pub-list.component.js';
import { parseBibtexOffThread, stopBibtexWorker } from '../../src/internal/bibtex-worker.js';
import { clearSourceCache } from '../../src/internal/fetch-source.js';
import { parseBibtexFirstScreen } from '../../src/model/bibtex.js';
import type { PubLibrary } from '../../src/model/publication-sources.js';
import type { PubEntry } from '../../src/model/publications.js';
import { forgetServed, served } from '../helpers.js';

/** `count` entries over 25 years (2000–2024), one without a year. */
const generated = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `@article{gen${i},\n  title = {Generated paper ${i}},\n  author = {Gen, Ann},\n  journal = {Journal of Things},\n  year = ${2000 + (i % 25)}\n}`,
  ).join('\n\n') + '\n@misc{undated, title = {No year}}\n';

describe('first screen of a large .bib', () => {
  afterEach(() => {
    stopBibtexWorker();
    clearSourceCache();
    forgetServed();
  });

  it('reads the newest entries of a file, in file order, as the whole file reads them', async () => {
    const first = await parseBibtexFirstScreen(generated(100), 'generated.bib', 8);
    expect(first.map((entry) => entry.key)).to.deep.equal(['gen23', 'gen24', 'gen48', 'gen49', 'gen73', 'gen74', 'gen98', 'gen99']);
    expect(first.every((entry) => entry.year === 2023 || entry.year === 2024)).to.be.true;
  });

  it('posts the first screen from the worker before the whole file', async () => {
    const seen: Array<{ at: 'first' | 'all'; count: number; years: number[] }> = [];
    const result = await parseBibtexOffThread(generated(300), 'generated.bib', {
      onFirstScreen: (entries) => seen.push({ at: 'first', count: entries.length, years: entries.map((entry) => entry.year ?? 0) }),
    });
    seen.push({ at: 'all', count: result.entries.length, years: [] });
    expect(seen.map(({ at, count }) => `${at} ${count}`).join()).to.equal('first 30,all 301');
    // The 30 newest of 300 entries over 25 years: 2024 and 2023 (12 each), and 6 of 2022.
    expect(seen[0]!.years.every((year) => year >= 2022)).to.be.true;
  });

  it('<pub-list> shows the newest entries while the rest is read, then every entry', async () => {
    const element = document.createElement('pub-list') as PubList;
    // What each render shows: the state, and how many entries it was given.
    const renders: string[] = [];
    const withRenders = element as unknown as { renderContent(library: PubLibrary): unknown };
    const renderContent = withRenders.renderContent.bind(element);
    withRenders.renderContent = (library: PubLibrary) => {
      renders.push(`${element.state} ${library.entries.length}`);
      return renderContent(library);
    };
    element.src = served(generated(300), 'application/x-bibtex');
    document.body.append(element);
    try {
      await waitUntil(() => element.state === 'ready', 'never ready', { timeout: 20000 });
      await element.updateComplete;
      expect(renders.includes('loading 30')).to.be.true;
      expect(renders[renders.length - 1]).to.equal('ready 301');
      expect((element.publications as readonly PubEntry[]).length).to.equal(301);
    } finally {
      element.remove();
    }
  });
});
