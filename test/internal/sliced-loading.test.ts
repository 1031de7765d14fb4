/**
 * Large profiles are read in slices in the browser (src/model/validate-slices.ts): the page gets the main thread back
 * between slices, and a newer load wins over an older one that is still being read, whose slices stop.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/researcher-card/researcher-card.js';
import '../../src/components/pub-list/pub-list.js';
import type { ResearcherCard } from '../../src/components/researcher-card/researcher-card.component.js';
import type { PubList } from '../../src/components/pub-list/pub-list.component.js';
import { clearSourceCache } from '../../src/internal/fetch-source.js';
import type { PubLibrary } from '../../src/model/publication-sources.js';
import { forgetServed, served, settled, shadowText } from '../helpers.js';

/** The data a list shows (a protected field of the element). */
const dataOf = (element: PubList) => (element as unknown as { loadedData?: PubLibrary }).loadedData;

interface YieldingScheduler {
  yield(): Promise<void>;
}

/** A profile long enough to be read in slices, with a bad value now and then. */
function bigProfile(name: string, count = 3_000): string {
  const publications = Array.from({ length: count }, (_, index) => ({
    id: `p${index}`,
    type: 'article-journal',
    title: `Slow paper number ${index}`,
    author: [{ family: 'Lovelace', given: 'Ada' }],
    issued: { 'date-parts': [[1990 + (index % 30)]] },
    keywords: index % 5 ? ['slices'] : [5],
  }));
  return JSON.stringify({ basics: { name }, publications });
}

/** Counts the turns the page is given (`scheduler.yield()`); calls `onFirst` at the first. */
function countYields(onFirst: () => void): { count: () => number; restore: () => void } {
  const scheduler = (globalThis as unknown as { scheduler: YieldingScheduler }).scheduler;
  const original = scheduler.yield.bind(scheduler);
  let count = 0;
  scheduler.yield = () => {
    if (count++ === 0) onFirst();
    return original();
  };
  return { count: () => count, restore: () => delete (scheduler as Partial<YieldingScheduler>).yield };
}

/** Lets the page run a few tasks (slices that were not stopped would run in them). */
async function someTasks(count = 20): Promise<void> {
  for (let index = 0; index < count; index++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('large profiles read in slices', () => {
  afterEach(() => {
    clearSourceCache();
    forgetServed();
  });

  it('has scheduler.yield in this browser (the slices use it)', () => {
    expect(typeof (globalThis as unknown as { scheduler?: YieldingScheduler }).scheduler?.yield).to.equal('function');
  });

  it('<researcher-card>: a newer src wins over a large profile still being read, whose slices stop', async () => {
    let started!: () => void;
    const firstSlice = new Promise<void>((resolve) => (started = resolve));
    const yields = countYields(() => started());
    try {
      const element = await fixture<ResearcherCard>(html`<researcher-card src=${served(bigProfile('Old Large Profile'), 'application/json')}></researcher-card>`);
      await firstSlice;
      element.src = '/test/fixtures/grace.json';
      await settled(element);
      const afterSwitch = yields.count();
      await someTasks();
      expect(shadowText(element)).to.contain('Grace Hopper');
      expect(shadowText(element).includes('Old Large Profile')).to.be.false;
      // At most the turn under way when the newer load started finishes; no slice of the old load runs after it.
      expect(yields.count() - afterSwitch <= 1).to.be.true;
    } finally {
      yields.restore();
    }
  });

  it('<pub-list>: a newer src wins over a large profile still being read, whose slices stop', async () => {
    let started!: () => void;
    const firstSlice = new Promise<void>((resolve) => (started = resolve));
    const yields = countYields(() => started());
    try {
      const element = await fixture<PubList>(html`<pub-list src=${served(bigProfile('Old Large Profile'), 'application/json')}></pub-list>`);
      await firstSlice;
      element.src = '/test/fixtures/ada.json';
      await settled(element);
      const afterSwitch = yields.count();
      await someTasks();
      expect(
        dataOf(element)
          ?.owners.map((owner) => owner.name)
          .join(),
      ).to.equal('Ada Lovelace');
      expect(dataOf(element)?.entries.length).to.equal(1);
      expect(shadowText(element).includes('Slow paper number')).to.be.false;
      expect(yields.count() - afterSwitch <= 1).to.be.true;
    } finally {
      yields.restore();
    }
  });

  it('<pub-list>: a large profile read in slices shows every usable publication and lists the bad values', async () => {
    const element = await fixture<PubList>(html`<pub-list src=${served(bigProfile('Large Profile', 600), 'application/json')}></pub-list>`);
    await settled(element);
    expect(dataOf(element)?.entries.length).to.equal(600);
    expect(element.problems.length).to.equal(120);
    expect(element.problems[0]!.message).to.equal('publications[0].keywords[0]: expected a string, got a number');
  });

  it('<pub-list>: shows the newest publications of a large profile while the rest is read, then all of them', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let paused!: () => void;
    const pausedAt = new Promise<void>((resolve) => (paused = resolve));
    const scheduler = (globalThis as unknown as { scheduler: YieldingScheduler }).scheduler;
    const original = scheduler.yield.bind(scheduler);
    const element = document.createElement('pub-list') as PubList;
    let first = true;
    // The first turn given to the page once the first screen is there is held until the test has looked at it.
    scheduler.yield = () => {
      if (!first || !dataOf(element)) return original();
      first = false;
      paused();
      return held.then(original);
    };
    try {
      element.src = served(bigProfile('Large Profile'), 'application/json');
      document.body.append(element);
      await pausedAt;
      await element.updateComplete;
      expect(element.state).to.equal('loading');
      expect(dataOf(element)?.entries.length).to.equal(30);
      expect(dataOf(element)?.entries.every((entry) => entry.year === 2019)).to.be.true;
      expect(shadowText(element).includes('Slow paper number')).to.be.true;
      release();
      await settled(element);
      expect(dataOf(element)?.entries.length).to.equal(3_000);
    } finally {
      release();
      element.remove();
      delete (scheduler as Partial<YieldingScheduler>).yield;
    }
  });

  it('<pub-list>: shows no first screen when it lists the oldest first', async () => {
    const yields = countYields(() => undefined);
    try {
      const element = await fixture<PubList>(html`<pub-list sort="oldest" src=${served(bigProfile('Large Profile'), 'application/json')}></pub-list>`);
      await waitUntil(() => yields.count() > 0, 'never read in slices');
      await element.updateComplete;
      if (element.state === 'loading') expect(dataOf(element) === undefined).to.be.true;
      await settled(element);
      expect(dataOf(element)?.entries.length).to.equal(3_000);
    } finally {
      yields.restore();
    }
  });
});
