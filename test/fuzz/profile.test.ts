/**
 * Property-based tests of profiles (our format and JSON Resume) through the model, as the elements use it:
 * validation, then everything that is made from the profile for display (publication entries and their sorting,
 * grouping and chart counts, the timeline, sections, JSON-LD, citation meta tags, social links).
 * See test/fuzz/settings.ts for run counts and replaying a failure.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { pointerSegments, valueAt } from '../../src/model/json-pointer.js';
import { JSON_RESUME_SECTIONS } from '../../src/model/json-resume.js';
import { currentAffiliation, headline, isNameOnly, publicationStats } from '../../src/model/profile.js';
import { countsPerYear, facetCounts, filterEntries, groupEntries, sortEntries } from '../../src/model/pub-query.js';
import { entriesFromItems } from '../../src/model/publications.js';
import { mergeEntries } from '../../src/model/dedupe.js';
import { jsonLdDocument } from '../../src/model/json-ld.js';
import { scholarMetaGroups } from '../../src/model/scholar-meta.js';
import { SECTION_KEYS, chooseSections, formatEntryRange, formatHonorDates, groupService, groupTalks, sectionSize, sortPress } from '../../src/model/sections.js';
import { profileUrl } from '../../src/model/social.js';
import { TIMELINE_KINDS, buildTimeline } from '../../src/model/timeline.js';
import { PROFILE_SECTIONS, type Problem, type Profile } from '../../src/model/types.js';
import { validateProfile } from '../../src/model/validate.js';
import { KNOWN_GOOD, profileCase, resumeCase, type ProfileCase } from './arbitraries.js';
import { canonical, disallowedLinks, listLinks, notGiven, reportsLink, serialize, timed } from './checks.js';
import { allowTimeFor, fuzzParameters } from './settings.js';

type Json = Record<string, unknown>;

const QUICK_RUNS = 100;
allowTimeFor(QUICK_RUNS, 40);

const TODAY = new Date(Date.UTC(2025, 0, 15));
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Everything the elements make from a loaded profile for display. */
function shown(profile: Profile) {
  const entries = entriesFromItems(profile.publications ?? [], 'fuzz');
  const years = countsPerYear(entries);
  return {
    entries,
    sorted: (['newest', 'oldest', 'title'] as const).map((order) => sortEntries(entries, order).map((entry) => entry.key)),
    groups: (['year', 'category', 'none'] as const).map((by) => groupEntries(entries, by).map((group) => [group.label, group.entries.length])),
    years,
    facets: facetCounts(entries, {}),
    filtered: filterEntries(entries, { text: 'known good', yearFrom: 1900, yearTo: 2100 }).length,
    merged: mergeEntries(entries).map((entry) => [entry.key, entry.versions.length]),
    timeline: buildTimeline(profile, { kinds: TIMELINE_KINDS, today: TODAY }),
    sections: chooseSections(profile),
    sizes: SECTION_KEYS.map((key) => sectionSize(profile, key)),
    stats: publicationStats(profile),
    affiliation: currentAffiliation(profile),
    headline: headline(profile),
    nameOnly: isNameOnly(profile),
    talks: groupTalks(profile.talks ?? []).map((group) => group.talks.length),
    service: groupService(profile.service ?? []).length,
    press: sortPress(profile.press ?? []).length,
    ranges: [...(profile.work ?? []), ...(profile.education ?? [])].map((entry) => formatEntryRange(entry, { locale: 'en' })),
    honors: (profile.honors ?? []).map((honor) => formatHonorDates(honor, { locale: 'en' })),
    socialLinks: (profile.basics.profiles ?? []).map(profileUrl),
    jsonLd: jsonLdDocument(profile, entries),
    meta: scholarMetaGroups(entries, { baseUrl: 'https://page.example/dir/' }),
  };
}

/** Loading a profile and making everything shown from it, as one element does. */
function throughTheModel(input: unknown) {
  const result = validateProfile(input, 'fuzz');
  return { result, shown: result.profile ? shown(result.profile) : undefined };
}

const FORMATS: Array<{ name: string; cases: fc.Arbitrary<ProfileCase>; publication: Json; work: Json }> = [
  { name: 'profile JSON', cases: profileCase(), publication: KNOWN_GOOD.publication, work: KNOWN_GOOD.work },
  { name: 'JSON Resume', cases: resumeCase(), publication: KNOWN_GOOD.resumePublication, work: KNOWN_GOOD.resumeWork },
];

/** A record as it comes out when it is alone in a profile: what the same record must look like among hostile ones. */
function alone(section: 'publications' | 'work', record: Json): Json {
  const result = validateProfile({ basics: { name: 'Someone' }, [section]: [record] });
  expect(result.problems, `the known-good ${section} record loads without problems`).to.deep.equal([]);
  return (result.profile![section] as Json[])[0]!;
}

/** Ids of publications without one are made from title and year, unique in the list: they depend on the others. */
const withoutMadeId = (record: Json, given: Json) => (given.id === undefined ? { ...record, id: undefined } : record);

/**
 * Entry counts that must hold: for each section of the output, the entries given for it (under its own name or a
 * JSON Resume one) less those left out with a problem and those not given (null, empty text). Undefined for a
 * section that was given as something other than a list (it is reported or read as a list; the count is open).
 */
function expectedCounts(input: Json, problems: readonly Problem[]): Map<string, number | undefined> {
  // A problem at an entry's own path leaves it out, unless it says only a value went (the entry is a value itself then).
  const byPath = new Map(problems.map((problem) => [problem.path, problem]));
  const leavesOut = (path: string, item: unknown) => {
    const problem = byPath.get(path);
    return !!problem && (problem.leftOut !== 'value' || !isObject(item));
  };
  const counts = new Map<string, number | undefined>();
  const sections = new Set<string>([...PROFILE_SECTIONS, ...Object.keys(JSON_RESUME_SECTIONS)]);
  for (const [key, given] of Object.entries(input)) {
    if (!sections.has(key) || notGiven(given)) continue;
    const target = JSON_RESUME_SECTIONS[key] ?? key;
    const before = counts.has(target) ? counts.get(target) : 0;
    // A problem about the whole section leaves all of it out.
    if (leavesOut(`/${key}`, given)) continue;
    if (!Array.isArray(given)) {
      counts.set(target, undefined);
      continue;
    }
    if (before === undefined) continue;
    let kept = 0;
    given.forEach((item, index) => {
      if (!notGiven(item) && !leavesOut(`/${key}/${index}`, item)) kept++;
    });
    counts.set(target, before + kept);
  }
  return counts;
}

/** Whether the input's basics have a name a profile can be shown with. */
const hasUsableName = (input: Json) => isObject(input.basics) && typeof input.basics.name === 'string' && input.basics.name.trim() !== '';

for (const format of FORMATS) {
  describe(`${format.name}, fuzzed`, () => {
    it('never throws, finishes in time, leaves its input as it was, and gives the same output for the same input', () => {
      fc.assert(
        fc.property(format.cases, ({ profile }) => {
          const before = serialize(profile);
          const first = timed('loading the profile and making what is shown', () => throughTheModel(profile));
          expect(serialize(profile) === before, 'the input is unchanged').to.equal(true);
          const second = throughTheModel(profile);
          expect(serialize(second) === serialize(first), 'the same input gave the same output').to.equal(true);
        }),
        fuzzParameters(QUICK_RUNS),
      );
    });

    it('keeps the known-good records whole, and shows or reports every entry given', () => {
      const publication = alone('publications', format.publication);
      const work = alone('work', format.work);
      fc.assert(
        fc.property(format.cases, ({ profile }) => {
          const { result } = throughTheModel(profile);
          if (!result.profile) {
            expect(hasUsableName(profile), `only a profile without a usable name is unusable, got: ${result.fatal?.message}`).to.equal(false);
            return;
          }
          const output = result.profile as unknown as Json;
          const publications = (output.publications as Json[]).map((item) => canonical(withoutMadeId(item, format.publication)));
          expect(publications.includes(canonical(withoutMadeId(publication, format.publication))), 'the known-good publication is there, whole').to.equal(true);
          expect((output.work as Json[]).map(canonical).includes(canonical(work)), 'the known-good position is there, whole').to.equal(true);
          for (const [section, count] of expectedCounts(profile, result.problems)) {
            if (count === undefined) continue;
            const list = output[section];
            expect(Array.isArray(list) ? list.length : 0, `${section}: entries shown = entries given - entries reported`).to.equal(count);
          }
        }),
        fuzzParameters(QUICK_RUNS),
      );
    });

    it('reports each problem at a place in the input, in words', () => {
      fc.assert(
        fc.property(format.cases, ({ profile }) => {
          const { result } = throughTheModel(profile);
          for (const problem of [...result.problems, ...(result.fatal ? [result.fatal] : [])]) {
            expect(valueAt(profile, pointerSegments(problem.path)) !== undefined, `${problem.path} is in the input (${problem.message.slice(0, 200)})`).to.equal(true);
            expect(problem.message.trim().length > 0, 'the message says something').to.equal(true);
            expect(problem.message, 'the message is not a raw error').not.to.match(/\[object Object\]|Maximum call stack|Cannot read prop|is not a function|is not iterable/);
          }
        }),
        fuzzParameters(QUICK_RUNS),
      );
    });

    it('makes no link to anything but http(s), mailto or a relative address for the timeline, social links and the page head', () => {
      fc.assert(
        fc.property(format.cases, ({ profile }) => {
          const { shown: made } = throughTheModel(profile);
          if (!made) return;
          const links = {
            timeline: made.timeline.entries.map((entry) => ({ url: entry.url })),
            socialLinks: made.socialLinks.map((url) => ({ url })),
            jsonLd: made.jsonLd,
            meta: made.meta
              .flat()
              .filter((tag) => /url$/.test(tag.name))
              .map((tag) => ({ url: tag.content })),
          };
          expect(listLinks(disallowedLinks(links))).to.equal('');
        }),
        fuzzParameters(QUICK_RUNS),
      );
    });

    it('loads no link to anything but http(s), mailto or a relative address, or reports the link', () => {
      fc.assert(
        fc.property(format.cases, ({ profile }) => {
          const { result } = throughTheModel(profile);
          if (!result.profile) return;
          const unreported = disallowedLinks(result.profile).filter(({ link }) => !reportsLink(result.problems, link));
          expect(listLinks(unreported), 'links kept without a problem').to.equal('');
        }),
        fuzzParameters(QUICK_RUNS),
      );
    });
  });
}
