/**
 * Property-based tests of profile loading: real profiles (the demo's and JSON Resume files) with a few values
 * broken at random. See test/fuzz/settings.ts for run counts and replaying a failure.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { pointerSegments, valueAt } from '../../src/model/json-pointer.js';
import type { Problem } from '../../src/model/types.js';
import { validateProfile } from '../../src/model/validate.js';
import { fixtureJson } from '../model/fixture-files.js';
import { unaccounted } from '../model/profile-coverage.js';
import { allowTimeFor, fuzzParameters } from './settings.js';

type Json = Record<string, unknown>;

const ROOT = new URL('../../', import.meta.url);
const seedFiles = (folder: string) =>
  readdirSync(new URL(folder, ROOT))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `/${folder}${name}`);
/** A file that mixes both conventions: JSON Resume names next to the profile's own, awards next to honors. */
function mixedSeed(): Json {
  const input = fixtureJson('/test/fixtures/json-resume/sample.resume.json') as Json & { basics: Json; publications: Json[] };
  input.basics.emails = ['richard@example.org'];
  input.basics.affiliations = ['Pied Piper', { organization: 'Hooli', current: false }];
  input.honors = [{ title: 'Best Demo', year: '2014', date: 'Spring 2014' }];
  input.publications.push({ id: 'own', type: 'paper-conference', title: 'Our own paper', issued: 'June 2015', links: { pdf: 'own.pdf', code: 'https://example.org/code' } });
  (input.work as Json[]).push({ organization: 'Raviga', startDate: '2015 – present', highlights: 'Board seat' });
  return input;
}

const SEEDS = [
  ...[...seedFiles('demo/profiles/'), ...seedFiles('test/fixtures/json-resume/')].map((path) => ({ path, input: fixtureJson(path) as Json })),
  { path: 'mixed', input: mixedSeed() },
];
const QUICK_RUNS = 200;
allowTimeFor(QUICK_RUNS, 10);

/** JSON Resume section names and the profile sections they fill. */
const SECTION_NAMES: Record<string, string> = { awards: 'honors' };

/** Values of every JSON kind, to put where another kind is expected. */
const WRONG_VALUES: unknown[] = [42, true, 'text', null, {}, [], { nested: [1] }, ['a', 2], -1.5, 0];
const PRESENT_WORDS = ['present', 'Present', 'now', 'CURRENT', 'ongoing'];
const BROKEN_DATES = ['2021-02-31', '2021-13', '2021-00-05', '2019-02-29', '2021-06-31', '31/31/2021', 'someday', '2021-06-15T25:99'];

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

interface Mutation {
  kind: 'wrong-type' | 'delete' | 'present' | 'empty' | 'break-date';
  pick: number;
  choice: number;
}

/** Every path below the root: members of objects and items of lists, containers and values alike. */
function paths(value: unknown, path: string[] = [], into: string[][] = []): string[][] {
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push([...path, key]);
      paths(item, [...path, key], into);
    }
  }
  return into;
}

const isDateField = (path: string[]) => /(^|[a-z])(date|Date)$|^issued$|^releaseDate$/.test(path[path.length - 1] ?? '');

/** A copy of `seed` with the mutations applied, and the paths they touched. Only object members are deleted, so no list item moves. */
function mutate(seed: Json, mutations: Mutation[]): { input: Json; touched: string[][] } {
  const input = structuredClone(seed);
  const touched: string[][] = [];
  for (const mutation of mutations) {
    const all = paths(input);
    const candidates =
      mutation.kind === 'break-date' ? all.filter(isDateField) : mutation.kind === 'delete' ? all.filter((path) => !Array.isArray(valueAt(input, path.slice(0, -1)))) : all;
    if (!candidates.length) continue;
    const path = candidates[mutation.pick % candidates.length]!;
    const parent = valueAt(input, path.slice(0, -1)) as Json;
    const key = path[path.length - 1]!;
    switch (mutation.kind) {
      case 'wrong-type': {
        const current = kindOf(parent[key]);
        const others = WRONG_VALUES.filter((value) => kindOf(value) !== current);
        parent[key] = structuredClone(others[mutation.choice % others.length]);
        break;
      }
      case 'delete':
        delete parent[key];
        break;
      case 'present':
        parent[key] = PRESENT_WORDS[mutation.choice % PRESENT_WORDS.length];
        break;
      case 'empty':
        parent[key] = '';
        break;
      case 'break-date':
        parent[key] = BROKEN_DATES[mutation.choice % BROKEN_DATES.length];
        break;
    }
    touched.push(path);
  }
  return { input, touched };
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('wrong-type', 'delete', 'present', 'empty', 'break-date'),
  pick: fc.nat(),
  choice: fc.nat(),
});

const caseArbitrary = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }),
});

/** JSON with object keys sorted, so that equal values give equal texts. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Json)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const isPrefix = (prefix: readonly string[], path: readonly string[]) => prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);

const baselines = new Map<string, Json>();
function baseline(path: string, input: Json): Json {
  let profile = baselines.get(path);
  if (!profile) {
    const result = validateProfile(input);
    expect(result.problems, `${path} loads without problems`).to.deep.equal([]);
    baselines.set(path, (profile = result.profile as unknown as Json));
  }
  return profile;
}

describe('profile loading, fuzzed', () => {
  it('never throws, never modifies its input, and gives the same result for the same input', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ seed, mutations }) => {
        const { input } = mutate(SEEDS[seed]!.input, mutations);
        const snapshot = structuredClone(input);
        const first = validateProfile(input);
        expect(input).to.deep.equal(snapshot);
        expect(JSON.stringify(validateProfile(input))).to.equal(JSON.stringify(first));
      }),
      fuzzParameters(QUICK_RUNS),
    );
  });

  it('keeps every record the mutations did not touch, unchanged', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ seed, mutations }) => {
        const { path, input: original } = SEEDS[seed]!;
        const expected = baseline(path, original);
        const { input, touched } = mutate(original, mutations);
        const result = validateProfile(input);
        if (result.fatal) {
          // Only a broken name (or basics, or the document) makes a profile unusable.
          expect(
            touched.some((where) => where[0] === 'basics' && where.length <= 2),
            result.fatal.message,
          ).to.equal(true);
          return;
        }
        const profile = result.profile as unknown as Json;
        // A touched JSON Resume section touches the profile section it fills, after the records given there.
        const offset = (name: string) => {
          const ours = original[SECTION_NAMES[name] ?? ''];
          return Array.isArray(ours) ? ours.length : 0;
        };
        const touchedIn = (section: string) =>
          touched.flatMap((where) => {
            if (where[0] === section) return [where.slice(1)];
            if (SECTION_NAMES[where[0]!] !== section) return [];
            return [where.length > 1 ? [String(Number(where[1]) + offset(where[0]!)), ...where.slice(2)] : []];
          });
        for (const [section, value] of Object.entries(expected)) {
          const changes = touchedIn(section);
          if (!changes.length) {
            expect(canonical(profile[section]), `untouched ${section}`).to.equal(canonical(value));
            continue;
          }
          if (!Array.isArray(value) || changes.some((where) => where.length === 0)) continue;
          const kept = new Set((Array.isArray(profile[section]) ? (profile[section] as unknown[]) : []).map(canonical));
          value.forEach((record, index) => {
            if (changes.some((where) => where[0] === String(index))) return;
            expect(kept.has(canonical(record)), `untouched ${section}[${index}] survives`).to.equal(true);
          });
        }
      }),
      fuzzParameters(QUICK_RUNS),
    );
  });

  it('shows or reports every value, reports only what the mutations touched, at paths that exist in the input', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ seed, mutations }) => {
        const { input, touched } = mutate(SEEDS[seed]!.input, mutations);
        const result = validateProfile(input);
        if (result.fatal) return;
        const problems: Problem[] = result.problems;
        expect(unaccounted(input, result.profile, problems)).to.deep.equal([]);
        for (const problem of problems) {
          const at = pointerSegments(problem.path);
          expect(valueAt(input, at) !== undefined, `${problem.path} exists in the input`).to.equal(true);
          expect(
            touched.some((where) => isPrefix(where, at) || isPrefix(at, where)),
            `${problem.message} is about a touched value`,
          ).to.equal(true);
          expect(problem.message).to.match(/: (expected|missing required field|must not be empty|does not)/);
        }
      }),
      fuzzParameters(QUICK_RUNS),
    );
  });

  it('gives a profile that loads again unchanged and without problems', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ seed, mutations }) => {
        const { input } = mutate(SEEDS[seed]!.input, mutations);
        const result = validateProfile(input);
        if (result.fatal) return;
        const again = validateProfile(result.profile);
        expect(again.problems).to.deep.equal([]);
        expect(canonical(again.profile)).to.equal(canonical(result.profile));
      }),
      fuzzParameters(QUICK_RUNS),
    );
  });

  it('takes time in proportion to the size of the profile, however many values are bad', () => {
    const profile = (count: number) => ({
      basics: { name: 'X' },
      publications: Array.from({ length: count }, (_, index) => ({
        title: `Paper ${index}`,
        keywords: ['ok', index, 'fine'],
        issued: { 'date-parts': [[2021, 2, 31]] },
        author: [{ given: 'A', family: index }, { family: 'B' }],
        links: { pdf: index },
      })),
    });
    const time = (count: number) => {
      const input = profile(count);
      const start = performance.now();
      const result = validateProfile(input);
      const elapsed = performance.now() - start;
      expect(result.problems).to.have.length(count * 4);
      return elapsed;
    };
    time(200);
    const small = Math.min(time(500), time(500));
    const large = Math.min(time(2000), time(2000));
    // Four times the entries: about four times the time (a quadratic step would make it sixteen).
    expect(large / small).to.be.below(10);
  });
});
