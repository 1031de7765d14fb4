/**
 * Profile validation in slices (src/model/validate-slices.ts) gives exactly what validation at once gives: the same
 * profile (same values, same key order) and the same problems in the same order, or the same error.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScholarLoadError } from '../../src/model/load-error.js';
import { usableProfile, validateProfile } from '../../src/model/validate.js';
import { checkListPart, isLargeProfile, newestIndexes, usableProfileInSlices, validateProfileInSlices } from '../../src/model/validate-slices.js';
import { checkElsewhere, longLists, SLICE_STEP } from '../../src/model/large-profile.js';
import type { Profile } from '../../src/model/types.js';
import { readPublicationSources } from '../../src/model/publication-sources.js';
import { profileCase, resumeCase } from '../fuzz/arbitraries.js';
import { fixtureJson } from './fixture-files.js';

type Json = Record<string, unknown>;

const ROOT = new URL('../../', import.meta.url);
const FIXTURES = ['demo/profiles/', 'test/fixtures/json-resume/', 'test/fixtures/'].flatMap((folder) =>
  readdirSync(new URL(folder, ROOT))
    .filter((name) => name.endsWith('.json') && name !== 'invalid.json')
    .map((name) => `/${folder}${name}`),
);

/** Both ways of validating, as text: equal texts mean the same values in the same order. */
async function both(input: unknown, options: Parameters<typeof validateProfileInSlices>[2] = { slicedFrom: 0, step: 1, budget: Infinity }) {
  const atOnce = JSON.stringify(validateProfile(input, 'test.json'));
  const inSlices = JSON.stringify(await validateProfileInSlices(input, 'test.json', options));
  return { atOnce, inSlices };
}

/** A large profile: `count` publications made from a fixture's, with bad values in every seventh and no title in every eleventh. */
function largeProfile(count: number): Json {
  const seed = fixtureJson('/demo/profiles/minjia-zhang.json') as Json & { publications: Json[] };
  const publications = Array.from({ length: count }, (_, index) => {
    const publication: Json = structuredClone(seed.publications[index % seed.publications.length]!);
    publication.id = `p${index}`;
    if (index % 7 === 3) publication.keywords = ['ok', 5, false, ''];
    if (index % 7 === 5) publication.links = { pdf: 'javascript:alert(1)', code: 'https://example.org/code' };
    if (index % 11 === 4) delete publication.title;
    if (index % 13 === 6) publication.issued = '2021-02-31';
    if (index % 17 === 8) delete publication.id;
    if (index === 40) return null;
    if (index === 41) return 'not a publication';
    return publication;
  });
  return { ...seed, publications, work: [...(seed.work as unknown[]), { position: 5 }, { organization: 'Lab', startDate: 'someday' }] };
}

describe('validateProfileInSlices', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives what validateProfile gives for every fixture, slice by slice', async () => {
    expect(FIXTURES.length).toBeGreaterThan(4);
    for (const path of FIXTURES) {
      const { atOnce, inSlices } = await both(fixtureJson(path));
      expect(inSlices, path).toBe(atOnce);
    }
  });

  it('gives what validateProfile gives for a large profile with bad values, in slices of any size', async () => {
    const input = largeProfile(1_500);
    const atOnce = JSON.stringify(validateProfile(input, 'test.json'));
    expect(atOnce).toContain('"leftOut":"entry"');
    expect(atOnce).toContain('javascript:alert(1)');
    for (const options of [{}, { step: 1, slicedFrom: 0 }, { step: 7, slicedFrom: 0 }, { step: 1000 }]) {
      expect(JSON.stringify(await validateProfileInSlices(input, 'test.json', options))).toBe(atOnce);
    }
  });

  it('gives what validateProfile gives for generated profiles and JSON Resume documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(profileCase(), resumeCase()), fc.integer({ min: 1, max: 3 }), async ({ profile }, step) => {
        const { atOnce, inSlices } = await both(profile, { slicedFrom: 0, step, budget: Infinity });
        expect(inSlices).toBe(atOnce);
      }),
      { numRuns: 150 },
    );
  });

  it('throws the same error as usableProfile for a profile that cannot be used', async () => {
    const input = { ...largeProfile(300), basics: { label: 'no name' } };
    expect(isLargeProfile(input)).toBe(true);
    let atOnce: unknown;
    try {
      usableProfile(input, 'test.json');
    } catch (error) {
      atOnce = error;
    }
    const inSlices = await usableProfileInSlices(input, 'test.json').catch((error: unknown) => error);
    expect(atOnce instanceof ScholarLoadError).toBe(true);
    expect(inSlices instanceof ScholarLoadError).toBe(true);
    expect((inSlices as ScholarLoadError).message).toBe((atOnce as ScholarLoadError).message);
    expect(JSON.stringify((inSlices as ScholarLoadError).detail)).toBe(JSON.stringify((atOnce as ScholarLoadError).detail));
  });

  it('gives the main thread back between slices (scheduler.yield where there is one)', async () => {
    const yields = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yields });
    const input = largeProfile(500);
    const result = await usableProfileInSlices(input, 'test.json', {}, { budget: 0 });
    expect(yields.mock.calls.length).toBeGreaterThan(10);
    expect(JSON.stringify(result)).toBe(JSON.stringify(usableProfile(input, 'test.json')));
  });

  it('yields with a new task where there is no scheduler.yield', async () => {
    vi.stubGlobal('scheduler', undefined);
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    const result = await validateProfileInSlices(largeProfile(400), 'test.json', { budget: 0 });
    expect(otherTaskRan).toBe(true);
    expect(result.profile?.publications?.length).toBeGreaterThan(300);
  });

  it('stops once its signal is aborted', async () => {
    const controller = new AbortController();
    const yields = vi.fn(() => {
      controller.abort();
      return Promise.resolve();
    });
    vi.stubGlobal('scheduler', { yield: yields });
    const outcome = await usableProfileInSlices(largeProfile(500), 'test.json', {}, { budget: 0, signal: controller.signal }).catch((error: unknown) => error);
    expect((outcome as Error).name).toBe('AbortError');
    expect(yields.mock.calls.length).toBe(1);
  });

  it('reads a small profile at once', async () => {
    const input = fixtureJson('/demo/profiles/heyang-qin.json');
    expect(isLargeProfile(input)).toBe(false);
    expect(isLargeProfile(largeProfile(300))).toBe(true);
    expect(JSON.stringify(await usableProfileInSlices(input, 'x'))).toBe(JSON.stringify(usableProfile(input, 'x')));
  });

  it('gives a list the same entries, owners and problems read in slices (readPublicationSources)', async () => {
    const input = largeProfile(700);
    const atOnce = JSON.stringify(await readPublicationSources([{ input, source: 'test.json' }]));
    const inSlices = readPublicationSources([{ input, source: 'test.json' }], { inSlices: true, budget: 0 });
    expect(inSlices instanceof Promise).toBe(true);
    expect(JSON.stringify(await inSlices)).toBe(atOnce);
    const listed = [
      { input, source: 'property', listed: 'Profile 1' },
      { input: { basics: {} }, source: 'property', listed: 'Profile 2' },
    ];
    expect(JSON.stringify(await readPublicationSources(listed, { inSlices: true, budget: 0 }))).toBe(JSON.stringify(await readPublicationSources(listed)));
  });

  it('gives a first screen of the newest publications before the rest, read as the rest is', async () => {
    const input = largeProfile(900);
    const screens: Profile[] = [];
    const result = await validateProfileInSlices(input, 'test.json', { onFirstScreen: (profile) => screens.push(structuredClone(profile)), budget: 0 });
    expect(JSON.stringify(result)).toBe(JSON.stringify(validateProfile(input, 'test.json')));
    expect(screens.length).toBe(1);
    const [screen] = screens;
    expect(screen!.basics.name).toBe(result.profile!.basics.name);
    const publications = screen!.publications ?? [];
    expect(publications.length).toBeGreaterThan(20);
    expect(publications.length).toBeLessThanOrEqual(30);
    const final = new Map((result.profile!.publications ?? []).map((item) => [item.id, item]));
    const year = (item: { issued?: { 'date-parts'?: unknown[][] } }) => Number(item.issued?.['date-parts']?.[0]?.[0] ?? 0);
    const newestYear = Math.max(...[...final.values()].map(year));
    for (const item of publications) {
      // Ids given in the input are the same; ids made from titles are made again at the end.
      if (/^p\d+$/.test(String(item.id))) expect(JSON.stringify(item)).toBe(JSON.stringify(final.get(item.id)));
      expect(year(item)).toBeGreaterThanOrEqual(newestYear - 1);
    }
  });

  it('takes the parts checked elsewhere (a worker) and checks the others, with the same result', async () => {
    const input = largeProfile(610);
    const atOnce = JSON.stringify(validateProfile(input, 'test.json'));
    // Elsewhere: every part; every other part; none; and parts that turn up while the page works.
    for (const has of [() => true, (index: number) => index % 2 === 0, () => false, (_: number, asked: number) => asked > 6]) {
      const copy = structuredClone(input);
      let asked = 0;
      const taken: string[] = [];
      const left: string[] = [];
      checkElsewhere(copy, {
        source: 'test.json',
        step: SLICE_STEP,
        part: (key, offset) => {
          asked++;
          if (!has(offset / SLICE_STEP, asked)) return undefined;
          taken.push(`${key}@${offset}`);
          // What the worker sends: a copy, made by the same check.
          return structuredClone(checkListPart(copy, key, offset, SLICE_STEP, 'test.json'));
        },
        leave: (key) => left.push(key),
      });
      expect(JSON.stringify(await validateProfileInSlices(copy, 'test.json', { budget: 0 }))).toBe(atOnce);
      expect(left).toEqual(longLists(copy));
      if (has(0, 100)) expect(taken.length).toBeGreaterThan(0);
      if (!has(0, 0) && !has(0, 100)) expect(taken.length).toBe(0);
    }
    // Parts of another source or size are not taken.
    const other = structuredClone(input);
    checkElsewhere(other, { source: 'other.json', step: SLICE_STEP, part: () => ({ kept: [], problems: [] }), leave: () => undefined });
    expect(JSON.stringify(await validateProfileInSlices(other, 'test.json', { budget: 0 }))).toBe(atOnce);
  });

  it('chooses the newest items by a quick look at their dates', () => {
    const items = [{ issued: { 'date-parts': [[2019]] } }, { issued: '2021-03' }, { releaseDate: '2020-12-01' }, 'x', { issued: { raw: 'May 2022' } }, {}];
    expect(newestIndexes(items, 3)).toEqual([1, 2, 4]);
    expect(newestIndexes(items, 10)).toEqual([0, 1, 2, 3, 4, 5]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1990, max: 2000 }), { maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (years, count) => {
        const sorted = years
          .map((_, index) => index)
          .sort((a, b) => years[b]! - years[a]! || a - b)
          .slice(0, count)
          .sort((a, b) => a - b);
        expect(
          newestIndexes(
            years.map((year) => ({ issued: { 'date-parts': [[year]] } })),
            count,
          ),
        ).toEqual(sorted);
      }),
    );
  });
});
