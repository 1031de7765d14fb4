/**
 * Property-based tests of publication lists read from BibTeX text and CSL-JSON, through the model as `<pub-list>`
 * uses it: reading (format detection included), then sorting, grouping, chart counts, merging versions, JSON-LD,
 * citation meta tags and the CSL-JSON and RIS downloads. See test/fuzz/settings.ts for run counts and replaying.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { ScholarLoadError } from '../../src/events/scholar-error.js';
import { parseBibtex } from '../../src/model/bibtex.js';
import { parseCslJson } from '../../src/model/csl-json.js';
import { mergeEntries } from '../../src/model/dedupe.js';
import { toCslJson, toRis } from '../../src/model/export.js';
import { importPublications } from '../../src/model/import-publications.js';
import { jsonLdDocument } from '../../src/model/json-ld.js';
import { countsPerYear, facetCounts, groupEntries, sortEntries } from '../../src/model/pub-query.js';
import type { PubEntry, PubImport } from '../../src/model/publications.js';
import { scholarMetaGroups } from '../../src/model/scholar-meta.js';
import { CASE_INDEX, KNOWN_GOOD, bibCase, cslCase } from './arbitraries.js';
import { canonical, disallowedLinks, listLinks, PUBLICATION_LINK_FIELDS, reportsLink, serialize, timed, timedAsync } from './checks.js';
import { allowTimeFor, fuzzParameters } from './settings.js';

const BIBTEX_RUNS = 60;
const CSL_RUNS = 100;
allowTimeFor(BIBTEX_RUNS, 150);

/** Everything a list makes from its entries for display and download. */
function shown(entries: PubEntry[]) {
  return {
    sorted: (['newest', 'oldest', 'title'] as const).map((order) => sortEntries(entries, order).map((entry) => entry.key)),
    groups: (['year', 'category'] as const).map((by) => groupEntries(entries, by).map((group) => [group.label, group.entries.length])),
    years: countsPerYear(entries),
    facets: facetCounts(entries, {}),
    merged: mergeEntries(entries).map((entry) => [entry.key, entry.versions.map((version) => version.key)]),
    jsonLd: jsonLdDocument(undefined, entries),
    meta: scholarMetaGroups(entries, { baseUrl: 'https://page.example/dir/' }),
    csl: toCslJson(entries).length,
    ris: toRis(entries).length,
  };
}

/** The links in what is made for the page's head and for search engines: JSON-LD and citation meta tags. */
const madeLinks = (made: ReturnType<typeof shown>) => ({
  jsonLd: made.jsonLd,
  meta: made.meta
    .flat()
    .filter((tag) => /url$/.test(tag.name))
    .map((tag) => ({ url: tag.content })),
});

/** The links in the entries a list shows: each entry's links and its item's link fields. */
const entryLinks = (entries: PubEntry[]) => entries.map((entry) => ({ links: entry.links, item: entry.item }));

/** An import, written out, with what is made from it: equal texts for equal results. */
const written = (imported: PubImport) => serialize({ imported, shown: shown(imported.entries) });

/** What a reader may throw for a text as a whole: a `ScholarLoadError` that says what is wrong. Anything else fails. */
function expectLoadError(error: unknown): void {
  expect(error instanceof ScholarLoadError, `only a ScholarLoadError may be thrown, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`).to.equal(
    true,
  );
  expect((error as ScholarLoadError).message.trim().length > 0, 'the error says what is wrong').to.equal(true);
}

/** The parts of an entry that do not depend on where it is in its file. */
function essence(entry: PubEntry): string {
  const { [CASE_INDEX]: _position, ...item } = entry.item;
  return canonical({
    item,
    title: entry.title,
    authors: entry.authors,
    year: entry.year,
    category: entry.category,
    venue: entry.venue,
    links: entry.links,
    keywords: entry.keywords,
  });
}

describe('BibTeX, fuzzed', () => {
  it('never throws, finishes in time, and gives the same output for the same text, read as BibTeX or by detection', async () => {
    await fc.assert(
      fc.asyncProperty(bibCase, async ({ text }) => {
        const first = await timedAsync('reading the BibTeX text', () => parseBibtex(text, 'fuzz.bib'));
        const made = timed('making what is shown', () => written(first));
        expect(written(await parseBibtex(text, 'fuzz.bib')) === made, 'the same text gave the same output').to.equal(true);
        try {
          await timedAsync('reading the text by detection', () => importPublications(text, { source: 'fuzz.bib', contentType: 'application/x-bibtex' }));
        } catch (error) {
          expectLoadError(error);
        }
      }),
      fuzzParameters(BIBTEX_RUNS),
    );
  });

  it('keeps the known-good entry whole, and lists or reports every entry at its line', async () => {
    const alone = await parseBibtex(KNOWN_GOOD.bibtex, 'known.bib');
    expect(alone.problems).to.deep.equal([]);
    const expected = essence(alone.entries[0]!);
    await fc.assert(
      fc.asyncProperty(bibCase, async ({ text, pieces, knownLine }) => {
        const { entries, problems } = await parseBibtex(text, 'fuzz.bib');
        const known = entries.filter((entry) => entry.line === knownLine);
        expect(known.length, 'the known-good entry is listed once, at its line').to.equal(1);
        expect(essence(known[0]!) === expected, 'the known-good entry is whole').to.equal(true);
        const lastLine = text.split('\n').length;
        for (const problem of problems) {
          expect(Number.isInteger(problem.line) && problem.line! >= 1 && problem.line! <= lastLine, `${problem.message}: at a line of the file (got ${problem.line})`).to.equal(
            true,
          );
          expect(problem.message, 'the message is not a raw error').not.to.match(
            /\bline 0\b|\[object Object\]|Maximum call stack|Cannot read prop|is not a function|is not iterable/,
          );
        }
        const dataLines = new Set(pieces.filter((piece) => piece.kind === 'data').map((piece) => piece.line));
        for (const entry of entries) expect(dataLines.has(entry.line!), `entry ${entry.key} starts at a line where an entry was written (${entry.line})`).to.equal(true);
        const reportedLines = new Set(problems.map((problem) => problem.line));
        for (const line of dataLines) {
          const listed = entries.filter((entry) => entry.line === line).length;
          expect(listed <= 1, `the entry at line ${line} is listed at most once`).to.equal(true);
          expect(listed === 1 || reportedLines.has(line), `the entry at line ${line} is listed or reported`).to.equal(true);
        }
        expect(new Set(entries.map((entry) => entry.key)).size, 'every entry has a key of its own').to.equal(entries.length);
      }),
      fuzzParameters(BIBTEX_RUNS),
    );
  });

  it('reads a text served as BibTeX that is not JSON as BibTeX, whatever it starts with', async () => {
    // Texts that open with what JSON opens with; control characters taken out (they make a file binary, a
    // documented refusal, left to the properties above).
    const opening = fc.constantFrom('', '{ {\n', '{}\n', '[1, 2\n', '{"title": "x"}\n');
    await fc.assert(
      fc.asyncProperty(bibCase, opening, async ({ text, knownLine }, start) => {
        const served = start + text.replace(/[\u0000-\u0008\u000B\u000E-\u001F]/g, '');
        let imported: PubImport;
        try {
          imported = await importPublications(served, { source: 'fuzz.bib', contentType: 'application/x-bibtex' });
        } catch (error) {
          expect.fail(`the text was refused: ${error instanceof Error ? error.message : String(error)}`);
        }
        const line = knownLine + (start ? 1 : 0);
        expect(
          imported.entries.some((entry) => entry.line === line),
          'the known-good entry is listed',
        ).to.equal(true);
      }),
      fuzzParameters(BIBTEX_RUNS),
    );
  });

  it('makes no link to anything but http(s), mailto or a relative address for the page head', async () => {
    await fc.assert(
      fc.asyncProperty(bibCase, async ({ text }) => {
        const { entries } = await parseBibtex(text, 'fuzz.bib');
        expect(listLinks(disallowedLinks(madeLinks(shown(entries)), PUBLICATION_LINK_FIELDS))).to.equal('');
      }),
      fuzzParameters(BIBTEX_RUNS),
    );
  });

  it('lists no entry with a link to anything but http(s), mailto or a relative address, or reports the link', async () => {
    await fc.assert(
      fc.asyncProperty(bibCase, async ({ text }) => {
        const { entries, problems } = await parseBibtex(text, 'fuzz.bib');
        const unreported = disallowedLinks(entryLinks(entries), PUBLICATION_LINK_FIELDS).filter(({ link }) => !reportsLink(problems, link));
        expect(listLinks(unreported), 'links kept without a problem').to.equal('');
      }),
      fuzzParameters(BIBTEX_RUNS),
    );
  });
});

describe('CSL-JSON, fuzzed', () => {
  it('never throws, finishes in time, leaves its input as it was, and gives the same output for the same input', async () => {
    await fc.assert(
      fc.asyncProperty(cslCase, async ({ document }) => {
        const before = serialize(document);
        const first = timed('reading the items', () => parseCslJson(document, 'property'));
        expect(serialize(document) === before, 'the input is unchanged').to.equal(true);
        const made = timed('making what is shown', () => written(first));
        expect(written(parseCslJson(document, 'property')) === made, 'the same input gave the same output').to.equal(true);
        // The same document as a file: JSON text (NaN and Infinity become null), read by detection.
        let text: string;
        try {
          text = JSON.stringify(document);
        } catch (error) {
          // Nested deeper than JSON.stringify itself can write: no file can hold it, so there is no file to read.
          if (error instanceof RangeError) return;
          throw error;
        }
        try {
          const fromText = await timedAsync('reading the file', () => importPublications(text, { source: 'fuzz.json', contentType: 'application/json' }));
          expect(
            written(await importPublications(text, { source: 'fuzz.json', contentType: 'application/json' })) === written(fromText),
            'the same file gave the same output',
          ).to.equal(true);
        } catch (error) {
          expectLoadError(error);
        }
      }),
      fuzzParameters(CSL_RUNS),
    );
  });

  it('keeps the known-good item whole, and lists or reports every item', () => {
    const alone = parseCslJson([KNOWN_GOOD.publication], 'property');
    expect(alone.problems).to.deep.equal([]);
    const expected = essence(alone.entries[0]!);
    fc.assert(
      fc.property(cslCase, ({ document, items }) => {
        const { entries, problems } = parseCslJson(document, 'property');
        expect(
          entries.some((entry) => essence(entry) === expected),
          'the known-good item is listed, whole',
        ).to.equal(true);
        const listed = entries.map((entry) => entry.item[CASE_INDEX]);
        expect(new Set(listed).size, 'each item is listed at most once').to.equal(listed.length);
        const reported = new Set<number>();
        for (const { path, message } of problems) {
          const index = /^\[(\d+)\]$/.exec(path)?.[1];
          expect(index !== undefined && Number(index) < items.length, `${path} names an item (${message})`).to.equal(true);
          reported.add(Number(index));
        }
        items.forEach((_, index) => expect(listed.includes(index) || reported.has(index), `item [${index}] is listed or reported`).to.equal(true));
        expect(new Set(entries.map((entry) => entry.key)).size, 'every entry has a key of its own').to.equal(entries.length);
      }),
      fuzzParameters(CSL_RUNS),
    );
  });

  it('makes no link to anything but http(s), mailto or a relative address for the page head', () => {
    fc.assert(
      fc.property(cslCase, ({ document }) => {
        const { entries } = parseCslJson(document, 'property');
        expect(listLinks(disallowedLinks(madeLinks(shown(entries)), PUBLICATION_LINK_FIELDS))).to.equal('');
      }),
      fuzzParameters(CSL_RUNS),
    );
  });

  it('lists no entry with a link to anything but http(s), mailto or a relative address, or reports the link', () => {
    fc.assert(
      fc.property(cslCase, ({ document }) => {
        const { entries, problems } = parseCslJson(document, 'property');
        const unreported = disallowedLinks(entryLinks(entries), PUBLICATION_LINK_FIELDS).filter(({ link }) => !reportsLink(problems, link));
        expect(listLinks(unreported), 'links kept without a problem').to.equal('');
      }),
      fuzzParameters(CSL_RUNS),
    );
  });
});
