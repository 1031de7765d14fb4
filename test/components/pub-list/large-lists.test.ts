/**
 * <pub-list> with thousands of entries: a change (search, facet, sort, grouping) draws the new list's first screen
 * with the change and the rest step by step after it; the list drawn before leaves; growing never drops, repeats or
 * reorders an entry; an entry far down can be reached.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { filterEntries, groupEntries, sortEntries } from '../../../src/model/pub-query.js';
import type { PubEntry } from '../../../src/model/publications.js';
import type { Publication } from '../../../src/model/types.js';
import { shadowAll } from '../../helpers.js';
import { drawnEntries, fullyRendered } from './harness.js';

const WORDS = ['sparse', 'attention', 'quantization', 'memory', 'graph', 'search', 'pipeline', 'zero', 'offload', 'expert'];
const TYPES = ['paper-conference', 'article-journal', 'article', 'paper-conference', 'report'] as const;

/** `count` distinct works over 30 years, five kinds, with titles made of the words above. */
function works(count: number): Publication[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `w${index}`,
    type: TYPES[index % TYPES.length]!,
    title: `${WORDS[index % 10]} ${WORDS[(index * 7) % 10]} ${WORDS[(index * 3) % 10]} study ${index}`,
    author: [{ given: 'Ada', family: `Author${index % 50}` }],
    ...(index % 11 ? { issued: { 'date-parts': [[1995 + (index % 30), 1 + (index % 12)]] } } : {}),
  }));
}

const keysOf = (entries: readonly PubEntry[]) => entries.map((entry) => entry.key);
const drawnKeys = (list: PubList) => drawnEntries(list).map((row) => row.dataset.key);

/** The keys in the order the list must show them: the model's filter, sort and grouping over every entry. */
function expectedKeys(list: PubList, all: readonly PubEntry[]): string[] {
  const sorted = sortEntries(filterEntries(all, list.filter), list.sort);
  return groupEntries(sorted, list.groupBy).flatMap((group) => keysOf(group.entries));
}

describe('<pub-list> with thousands of entries', () => {
  it('shows the first screen with each change, then grows to the whole new list: in order, nothing lost or repeated', async function () {
    // Nine changes, each waited for to the last entry of 3,000: more than the default timeout on a busy machine.
    this.timeout(60_000);
    const list = await fixture<PubList>(html`<pub-list .items=${works(3000)}></pub-list>`);
    await fullyRendered(list);
    const all = [...list.publications];
    expect(all).to.have.length(3000);
    expect(drawnKeys(list)).to.deep.equal(expectedKeys(list, all));
    const changes: Array<[string, () => void]> = [
      ['search', () => (list.query = 'sparse')],
      ['search typed on', () => (list.query = 'sparse attention')],
      ['search cleared', () => (list.query = '')],
      ['facet', () => (list.category = 'journal, conference')],
      ['sort', () => (list.sort = 'title')],
      ['sort oldest', () => (list.sort = 'oldest')],
      ['group', () => (list.groupBy = 'category')],
      ['no groups', () => (list.groupBy = 'none')],
      ['no filter', () => (list.category = '')],
    ];
    for (const [name, change] of changes) {
      change();
      await list.updateComplete;
      const total = list.publications.length;
      const first = drawnEntries(list).length;
      // The first screen is there with the change, not the whole list.
      expect(first >= Math.min(total, 20), `${name}: ${first} of ${total} at once`).to.equal(true);
      if (total > 200) expect(first < total, `${name}: ${first} of ${total} at once`).to.equal(true);
      await fullyRendered(list);
      expect(keysOf(list.publications), name).to.deep.equal(keysOf(sortEntries(filterEntries(all, list.filter), list.sort)));
      expect(drawnKeys(list), name).to.deep.equal(expectedKeys(list, all));
    }
    // The lists drawn before have left the DOM.
    await waitUntil(() => shadowAll(list, '[part~="publication"]').length === 3000, 'the old lists never left', { timeout: 10000 });
    expect(shadowAll(list, '.list').length).to.equal(1);
  });

  it('finds a query typed letter by letter exactly as the same query set at once', async () => {
    const typed = await fixture<PubList>(html`<pub-list .items=${works(1500)}></pub-list>`);
    const atOnce = await fixture<PubList>(html`<pub-list .items=${works(1500)}></pub-list>`);
    await fullyRendered(typed);
    const query = 'quantization study 1';
    for (let length = 1; length <= query.length; length++) {
      typed.query = query.slice(0, length);
      await typed.updateComplete;
    }
    atOnce.query = query;
    await fullyRendered(atOnce);
    await fullyRendered(typed);
    expect(keysOf(typed.publications)).to.deep.equal(keysOf(atOnce.publications));
    expect(typed.publications.length > 0).to.equal(true);
    expect(drawnKeys(typed)).to.deep.equal(drawnKeys(atOnce));
    // And back: a shorter query is not a narrowing, every entry is looked at again.
    typed.query = 'quantization';
    atOnce.query = 'quantization';
    await fullyRendered(typed);
    await fullyRendered(atOnce);
    expect(drawnKeys(typed)).to.deep.equal(drawnKeys(atOnce));
  });

  it('sorts by title as the collator does (numbers by value, case and accents aside), and back and forth alike', async function () {
    this.timeout(30_000);
    const TITLES = ['Model 10', 'model 2', 'Model 02b', 'Árbol search', 'arbol Search', 'Zero-shot', 'zero shot', 'Étude 3.5', '(Re)thinking', 'co-op', 'Coop', '$x^2$ bounds'];
    const items = works(600).map((item, index) => ({ ...item, title: `${TITLES[index % TITLES.length]} ${index % 7 ? '' : 'v'}${index % 13}` }));
    const list = await fixture<PubList>(html`<pub-list group-by="none" .items=${items}></pub-list>`);
    await fullyRendered(list);
    const newest = keysOf(list.publications);
    // Equal titles (under the collator) keep the data's order.
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const ids = [...items].sort((a, b) => collator.compare(a.title!, b.title!)).map((item) => item.id);
    for (const sort of ['title', 'newest', 'title'] as const) {
      list.sort = sort;
      await fullyRendered(list);
      if (sort === 'title') expect(list.publications.map((entry) => entry.item.id)).to.deep.equal(ids);
      else expect(keysOf(list.publications)).to.deep.equal(newest);
      expect(drawnKeys(list), sort).to.deep.equal(keysOf(list.publications));
    }
  });

  it('draws each list in its own style containment, so a long list that leaves is skipped at once', async () => {
    const list = await fixture<PubList>(html`<pub-list .items=${works(500)}></pub-list>`);
    await fullyRendered(list);
    const drawn = list.shadowRoot!.querySelector('.lists > .list')!;
    // Taking content-visibility's containment into a list already drawn restyles all of it: the list has it from the start.
    expect(getComputedStyle(drawn).contain.includes('style')).to.equal(true);
    list.sort = 'title';
    await list.updateComplete;
    const leaving = list.shadowRoot!.querySelector('.lists > .list.leaving');
    expect(!!leaving).to.equal(true);
    expect(getComputedStyle(leaving!).contentVisibility).to.equal('hidden');
    await fullyRendered(list);
  });

  it('never turns a drawn chunk into a skipped one, nor takes skipped chunks out one by one', async function () {
    // Either makes the browser walk the whole document at the next frame: a long task in every step at 10,000 entries.
    this.timeout(30_000);
    const list = await fixture<PubList>(html`<pub-list .items=${works(3000)}></pub-list>`);
    const classChanges: string[] = [];
    const removedChunks: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (record.type === 'attributes' && target.classList.contains('chunk') && record.oldValue !== target.getAttribute('class')) {
          classChanges.push(`${record.oldValue} → ${target.getAttribute('class')}`);
        }
        for (const node of record.removedNodes) if (node instanceof Element && node.classList.contains('chunk')) removedChunks.push(node.className);
      }
    });
    observer.observe(list.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
    await fullyRendered(list);
    // Another order: the 3,000 drawn entries leave while the new list grows.
    list.sort = 'title';
    await fullyRendered(list);
    await waitUntil(() => shadowAll(list, '.list').length === 1, 'the old list never left', { timeout: 10000 });
    observer.disconnect();
    expect(classChanges.join('; ')).to.equal('');
    expect(removedChunks.length).to.equal(0);
    expect(drawnEntries(list).length).to.equal(3000);
  });

  it('lets the keyboard reach an entry far down, which scrolls into view', async () => {
    const list = await fixture<PubList>(html`<pub-list group-by="none" .items=${works(2000)}></pub-list>`);
    await fullyRendered(list);
    const rows = drawnEntries(list);
    const last = rows[rows.length - 1]!;
    const cite = last.querySelector<HTMLButtonElement>('[part="cite-button"]')!;
    cite.focus();
    expect(list.shadowRoot!.activeElement === cite).to.equal(true);
    await waitUntil(() => {
      const box = cite.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    }, 'the focused button never came into view');
    // Its row was laid out: it has its real height, its title its text.
    expect(last.getBoundingClientRect().height > 0).to.equal(true);
    expect(last.querySelector('[part="title"]')!.textContent).to.contain('study');
  });
});
