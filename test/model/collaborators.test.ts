import { describe, expect, it } from 'vitest';
import minjia from '../../demo/profiles/minjia-zhang.json' with { type: 'json' };
import yuxiong from '../../demo/profiles/yuxiong-he.json' with { type: 'json' };
import { collaborators, labCoauthorship } from '../../src/model/collaborators.js';
import { formatCslName, personMatcher } from '../../src/model/names.js';
import type { Publication } from '../../src/model/types.js';

const work = (id: string, year: number | undefined, ...authors: string[]): Publication => ({
  id,
  type: 'article-journal',
  title: `Work ${id}`,
  author: authors.map((name) => (name.includes(',') ? { family: name.split(',')[0]!.trim(), given: name.split(',')[1]!.trim() } : { literal: name })),
  ...(year === undefined ? {} : { issued: { 'date-parts': [[year]] } }),
});

const owner = { name: 'Ada Lovelace', variants: ['A. Lovelace'] };

describe('collaborators', () => {
  it('counts, for each of Minjia Zhang’s co-authors, the works in her list that name them in any of their written forms', () => {
    const publications = minjia.publications as unknown as Publication[];
    const list = collaborators(publications, { name: minjia.basics.name, variants: minjia.basics.nameVariants });
    expect(list.length).toBeGreaterThan(20);
    const isOwner = personMatcher(minjia.basics.name, minjia.basics.nameVariants);
    for (const collaborator of list) {
      expect(isOwner(collaborator.name)).toBe(false);
      const forms = new Set([collaborator.name, ...collaborator.variants]);
      const theirs = publications.filter((publication) => (publication.author ?? []).some((author) => forms.has(formatCslName(author))));
      expect(collaborator.count, collaborator.name).toBe(theirs.length);
      expect(collaborator.publications).toEqual(theirs.map((publication) => publication.id));
      const years = theirs.map((publication) => publication.issued?.['date-parts']?.[0]?.[0]).filter((year): year is number => typeof year === 'number');
      expect(collaborator.firstYear).toBe(Math.min(...years));
      expect(collaborator.lastYear).toBe(Math.max(...years));
    }
    // Her most frequent co-author in the demo data, and the one written both with and without a middle initial.
    expect(list[0]!.name).toBe('Yuxiong He');
    const bond = list.find((collaborator) => collaborator.name === 'Michael D. Bond');
    expect(bond?.variants).toEqual(['Michael Bond']);
  });

  it('puts the most shared first, then the most recent, then by name', () => {
    const list = collaborators(
      [
        work('1', 2020, 'Lovelace, Ada', 'Babbage, Charles'),
        work('2', 2021, 'Babbage, Charles', 'Somerville, Mary'),
        work('3', 2022, 'Herschel, Caroline'),
        work('4', 2021, 'Ada Lovelace', 'Boole, George'),
      ],
      owner,
    );
    expect(list.map(({ name, count }) => `${name} ${count}`)).toEqual(['Charles Babbage 2', 'Caroline Herschel 1', 'George Boole 1', 'Mary Somerville 1']);
    expect(list[0]).toMatchObject({ firstYear: 2020, lastYear: 2021, publications: ['1', '2'] });
  });

  it('merges an initial with the one full first name it can stand for, and keeps it apart when it could be two people', () => {
    const one = collaborators([work('1', 2020, 'Babbage, Charles'), work('2', 2021, 'Babbage, C.'), work('3', 2022, 'C. Babbage')], owner);
    expect(one.map(({ name, count, variants }) => [name, count, variants])).toEqual([['Charles Babbage', 3, ['C. Babbage']]]);
    const two = collaborators([work('1', 2020, 'Babbage, Charles'), work('2', 2021, 'Babbage, Clara'), work('3', 2022, 'Babbage, C.')], owner);
    expect(two.map(({ name }) => name).sort()).toEqual(['C. Babbage', 'Charles Babbage', 'Clara Babbage']);
  });

  it('leaves the owner out under every form, counts a name listed twice on one work once, and reads undated or odd entries', () => {
    const list = collaborators(
      [
        work('1', undefined, 'Lovelace, Ada', 'Lovelace, A.', 'Babbage, Charles', 'Babbage, Charles'),
        { id: '2', type: 'book', title: 'No authors' },
        { id: '3', type: 'book', title: 'Odd', author: 'Babbage' as never },
        { id: '4', type: 'book', title: 'Holes', author: [null as never, { literal: 'The Analytical Society' }] },
      ],
      owner,
    );
    expect(list.map(({ name, count }) => `${name} ${count}`)).toEqual(['Charles Babbage 1', 'The Analytical Society 1']);
    expect('firstYear' in list[0]!).toBe(false);
  });
});

describe('labCoauthorship', () => {
  it('counts a work listed by both members once, matches works by DOI or title and year, and leaves out pairs who never wrote together', () => {
    const shared = { ...work('x', 2020, 'Lovelace, Ada', 'Babbage, Charles'), DOI: '10.1/ABC' };
    const members = [
      { ...owner, publications: [shared, work('a', 2019, 'Lovelace, Ada', 'Babbage, C.')] },
      { name: 'Charles Babbage', publications: [{ ...shared, id: 'other-id', DOI: '10.1/abc' }, work('a', 2019, 'Lovelace, A.', 'Babbage, Charles')] },
      { name: 'Mary Somerville', publications: [work('m', 2021, 'Somerville, Mary')] },
    ];
    expect(labCoauthorship(members)).toEqual([{ a: 0, b: 1, count: 2, firstYear: 2019, lastYear: 2020 }]);
  });

  it('finds who in the demo lab publishes with whom', () => {
    const members = [minjia, yuxiong].map((profile) => ({
      name: profile.basics.name,
      variants: profile.basics.nameVariants,
      publications: profile.publications as unknown as Publication[],
    }));
    const [pair] = labCoauthorship(members);
    const withYuxiong = collaborators(members[0]!.publications, members[0]!).find((collaborator) => collaborator.name === 'Yuxiong He')!;
    const withMinjia = collaborators(members[1]!.publications, members[1]!).find((collaborator) => collaborator.name === 'Minjia Zhang')!;
    // Every work either list holds with both on it, the works both lists hold once.
    expect(pair).toMatchObject({ a: 0, b: 1 });
    expect(pair!.count).toBeGreaterThanOrEqual(Math.max(withYuxiong.count, withMinjia.count));
    expect(pair!.count).toBeLessThanOrEqual(withYuxiong.count + withMinjia.count);
  });
});
