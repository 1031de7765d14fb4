/**
 * A large JSON profile read in the JSON worker: the worker sends the newest publications first, and <pub-list> shows
 * them while the page reads the rest (the first screen does not wait for the whole file to reach the page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { clearSourceCache, offThreadJson } from '../../../src/internal/fetch-source.js';
import { jsonWorkerReads, stopJsonWorker } from '../../../src/internal/json-worker.js';
import { FIRST_SCREEN } from '../../../src/model/large-profile.js';
import { sortEntries } from '../../../src/model/pub-query.js';

/** A profile with `count` publications over 40 years (every 97th without a date). */
function largeProfile(count: number, basics: object = { name: 'Ada Lovelace' }): object {
  return {
    basics,
    publications: Array.from({ length: count }, (_, index) => ({
      id: `p${index}`,
      type: 'article-journal',
      title: `Paper ${index}`,
      author: [{ given: 'Ada', family: 'Lovelace' }],
      ...(index % 97 === 5 ? {} : { issued: { 'date-parts': [[1980 + ((index * 7) % 40), 1 + (index % 12)]] } }),
      URL: `p/${index}.pdf`,
    })),
  };
}

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

interface Seen {
  event: string;
  /** The element's publications and state the first time entries were in its DOM. */
  firstKeys: string[];
  firstState: string | null;
}

/** Puts a <pub-list src> in the page; waits for its `scholar-load` or `scholar-error`, looking at it every frame. */
async function load(src: string, attributes: Record<string, string> = {}): Promise<{ list: PubList } & Seen> {
  const wrapper = await fixture(html`<div></div>`);
  const list = document.createElement('pub-list') as PubList;
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  let event: string | undefined;
  list.addEventListener('scholar-load', () => (event ??= 'load'));
  list.addEventListener('scholar-error', () => (event ??= 'error'));
  list.setAttribute('src', src);
  wrapper.append(list);
  let firstKeys: string[] | undefined;
  let firstState: string | null = null;
  while (!event) {
    if (!firstKeys && (list.shadowRoot?.querySelectorAll('[part~="publication"]').length ?? 0) > 0) {
      firstKeys = list.publications.map((entry) => entry.key);
      firstState = list.getAttribute('state');
    }
    await nextFrame();
  }
  return { list, event, firstKeys: firstKeys ?? [], firstState };
}

describe('a large profile read in the JSON worker: its first screen first', () => {
  const defaultFrom = offThreadJson.fromBytes;
  beforeEach(() => (offThreadJson.fromBytes = 1));
  afterEach(() => {
    offThreadJson.fromBytes = defaultFrom;
    clearSourceCache();
    stopJsonWorker();
  });

  it('shows the newest publications the worker sends first, while the rest is read, then the whole list', async function () {
    this.timeout(20_000);
    const before = jsonWorkerReads();
    const { list, event, firstKeys, firstState } = await load(blobUrl(JSON.stringify(largeProfile(3000))), { 'link-base': 'https://example.org/files/' });
    const after = jsonWorkerReads();
    expect(event).to.equal('load');
    expect(after.files - before.files).to.equal(1);
    expect(after.firstScreens - before.firstScreens).to.equal(1);
    // The first entries drawn were the first screen, shown while loading: the newest of the whole list.
    expect(firstState).to.equal('loading');
    expect(firstKeys.length).to.equal(FIRST_SCREEN);
    const newest = sortEntries(list.publications, 'newest').slice(0, FIRST_SCREEN);
    expect([...firstKeys].sort()).to.deep.equal(newest.map((entry) => entry.key).sort());
    expect(list.publications.length).to.equal(3000);
    // Its links resolved as the whole list's are.
    expect(list.publications.find((entry) => entry.key === 'p7')!.item.URL).to.equal('https://example.org/files/p/7.pdf');
  });

  it('leaves a first screen of a profile that cannot be used unseen: the whole file reports the same error', async function () {
    this.timeout(20_000);
    const src = blobUrl(JSON.stringify(largeProfile(600, { label: 'no name' })));
    const viaWorker = await load(src);
    clearSourceCache();
    offThreadJson.fromBytes = Number.POSITIVE_INFINITY;
    const onPage = await load(src);
    expect([viaWorker.event, onPage.event]).to.deep.equal(['error', 'error']);
    expect(viaWorker.firstKeys.length).to.equal(0);
    expect(viaWorker.list.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim()).to.equal(
      onPage.list.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim(),
    );
  });
});
