/**
 * A large JSON profile from `src` is read in the JSON worker (internal/json-worker.ts): the page never parses the
 * whole text, and the element shows the same data and problems, or the same error, as when the page reads it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { ScholarElement } from '../../../src/internal/scholar-element.js';
import { clearSourceCache, offThreadJson } from '../../../src/internal/fetch-source.js';
import { jsonWorkerReads, stopJsonWorker } from '../../../src/internal/json-worker.js';

/** A profile with `count` publications (every 40th without a title, every 50th with a bad year) and a long work list. */
function largeProfile(count: number): object {
  return {
    basics: { name: 'Ada Lovelace', url: 'https://example.org/ada' },
    publications: Array.from({ length: count }, (_, index) => ({
      id: `p${index}`,
      type: 'article-journal',
      ...(index % 40 === 7 ? {} : { title: `Paper "${index}" [x] {y}` }),
      author: [{ given: 'Ada', family: 'Lovelace' }],
      issued: index % 50 === 3 ? 'not a date' : { 'date-parts': [[1990 + (index % 30), 1 + (index % 12)]] },
      URL: `https://example.org/p/${index}`,
    })),
    work: Array.from({ length: 250 }, (_, index) => ({ name: `Org ${index}`, position: 'Fellow', startDate: `${1990 + (index % 30)}` })),
  };
}

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

/** Puts `tag` with `src` in the page and waits for its `scholar-load` or `scholar-error` (its detail). */
async function load(tag: 'pub-list' | 'researcher-profile', src: string, linkBase?: string): Promise<{ element: ScholarElement<unknown>; event: string; detail: unknown }> {
  const wrapper = await fixture(html`<div></div>`);
  const element = document.createElement(tag) as unknown as ScholarElement<unknown>;
  const outcome = new Promise<{ event: string; detail: unknown }>((resolve) => {
    element.addEventListener('scholar-load', (event) => resolve({ event: 'load', detail: (event as CustomEvent).detail }), { once: true });
    element.addEventListener('scholar-error', (event) => resolve({ event: 'error', detail: (event as CustomEvent).detail }), { once: true });
  });
  element.setAttribute('src', src);
  if (linkBase) element.setAttribute('link-base', linkBase);
  wrapper.append(element);
  return { element, ...(await outcome) };
}

/** Loads `text` once through the worker and once on the page (the same URL, the cache cleared between). */
async function bothWays(tag: 'pub-list' | 'researcher-profile', text: string, linkBase?: string) {
  const src = blobUrl(text);
  offThreadJson.fromBytes = 1;
  const before = jsonWorkerReads();
  const worker = await load(tag, src, linkBase);
  const readInWorker = jsonWorkerReads().files - before.files;
  const partsFromWorker = jsonWorkerReads().parts - before.parts;
  clearSourceCache();
  offThreadJson.fromBytes = Number.POSITIVE_INFINITY;
  const page = await load(tag, src, linkBase);
  return { worker, page, readInWorker, partsFromWorker };
}

describe('large JSON from src, read in the JSON worker', () => {
  const defaultFrom = offThreadJson.fromBytes;
  afterEach(() => {
    offThreadJson.fromBytes = defaultFrom;
    clearSourceCache();
    stopJsonWorker();
  });

  it('gives <pub-list> the same entries and problems as reading on the page', async () => {
    const { worker, page, readInWorker, partsFromWorker } = await bothWays('pub-list', JSON.stringify(largeProfile(600), null, 1));
    expect(readInWorker).to.equal(1);
    // Checked in the worker too: the page asked it for parts (how many it took depends on the two threads' pace).
    expect(partsFromWorker > 0).to.be.true;
    expect([worker.event, page.event]).to.deep.equal(['load', 'load']);
    const [viaWorker, onPage] = [worker.element, page.element] as unknown as PubList[];
    expect(viaWorker.publications.length).to.equal(585);
    expect(JSON.stringify(viaWorker.publications)).to.equal(JSON.stringify(onPage.publications));
    expect(viaWorker.problems.length > 0).to.be.true;
    expect(JSON.stringify(viaWorker.problems)).to.equal(JSON.stringify(onPage.problems));
  });

  it('gives <researcher-profile> the same profile and problems', async () => {
    const { worker, page, readInWorker, partsFromWorker } = await bothWays('researcher-profile', JSON.stringify(largeProfile(400)));
    expect(readInWorker).to.equal(1);
    expect(partsFromWorker > 0).to.be.true;
    expect(JSON.stringify((worker.detail as { data: unknown }).data)).to.equal(JSON.stringify((page.detail as { data: unknown }).data));
    expect(JSON.stringify(worker.element.problems)).to.equal(JSON.stringify(page.element.problems));
  });

  it('resolves relative links in a large profile as the page does, before checking it', async () => {
    const profile = largeProfile(450) as { publications: Array<Record<string, unknown>> };
    profile.publications.forEach((item, index) => (item.URL = index % 3 ? `p/${index}.pdf` : `javascript:alert(${index})`));
    const { worker, page, readInWorker, partsFromWorker } = await bothWays('pub-list', JSON.stringify(profile), 'https://example.org/base/');
    expect(readInWorker).to.equal(1);
    expect(partsFromWorker > 0).to.be.true;
    const [viaWorker, onPage] = [worker.element, page.element] as unknown as PubList[];
    expect(viaWorker.publications.find((entry) => entry.key === 'p5')!.item.URL).to.equal('https://example.org/base/p/5.pdf');
    expect(JSON.stringify(viaWorker.publications)).to.equal(JSON.stringify(onPage.publications));
    expect(viaWorker.problems.some((problem) => problem.path === '/publications/3/URL')).to.be.true;
    expect(JSON.stringify(viaWorker.problems)).to.equal(JSON.stringify(onPage.problems));
  });

  it('reports bad JSON with the same error', async () => {
    const text = JSON.stringify(largeProfile(300)).replace('"Paper \\"5\\"', '"Paper 5" oops');
    const { worker, page, readInWorker } = await bothWays('pub-list', text);
    expect(readInWorker).to.equal(1);
    expect(worker.event).to.equal('error');
    expect(JSON.stringify(worker.detail)).to.equal(JSON.stringify(page.detail));
  });

  it('reads other JSON (CSL-JSON) as the element reads text', async () => {
    const items = (largeProfile(300) as { publications: object[] }).publications;
    const { worker, page, readInWorker } = await bothWays('pub-list', JSON.stringify({ items }));
    expect(readInWorker).to.equal(1);
    expect((worker.element as unknown as PubList).publications.length).to.equal(292);
    expect(JSON.stringify((worker.element as unknown as PubList).publications)).to.equal(JSON.stringify((page.element as unknown as PubList).publications));
  });

  it('shows only the newest src when src changes while the worker reads', async () => {
    offThreadJson.fromBytes = 1;
    const big = blobUrl(JSON.stringify(largeProfile(3000)));
    const small = blobUrl(JSON.stringify({ basics: { name: 'Grace' }, publications: [{ id: 'g', type: 'article', title: 'Only one' }] }));
    const wrapper = await fixture(html`<div></div>`);
    const list = document.createElement('pub-list') as PubList;
    const loads: number[] = [];
    list.addEventListener('scholar-load', () => loads.push(list.publications.length));
    list.setAttribute('src', big);
    wrapper.append(list);
    await new Promise((resolve) => setTimeout(resolve, 5));
    list.setAttribute('src', small);
    await new Promise<void>((resolve) => list.addEventListener('scholar-load', () => resolve(), { once: true }));
    // The large file's read ends later, unseen.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(loads).to.deep.equal([1]);
    expect(list.publications[0]!.title).to.equal('Only one');
  });
});
