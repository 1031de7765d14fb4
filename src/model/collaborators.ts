/**
 * Who a researcher publishes with, read from the publications themselves (no outside data): each co-author once,
 * however the author lists write them ("M. Zhang", "Zhang, Minjia", "Minjia Zhang"), with how many works they share
 * and in which years. Names are recognised with the same rules as highlighting (names.ts `personMatcher`).
 */
import { cslDateParts } from './dates.js';
import { firstGiven, foldText, formatCslName, letters, personMatcher, splitName } from './names.js';
import type { CslName, Publication } from './types.js';

/** One co-author and what they share with the researcher. */
export interface Collaborator {
  /** The fullest form the author lists use ("Minjia Zhang" rather than "M. Zhang"). */
  name: string;
  /** Every other form the author lists use for this person, as written. */
  variants: string[];
  /** How many of the publications they co-wrote. */
  count: number;
  /** The first and last year of those publications (absent when none is dated). */
  firstYear?: number;
  lastYear?: number;
  /** The `id`s of those publications, in list order. */
  publications: Array<string | number>;
}

/** Who the owner is: a name and the other forms it takes in author lists. */
export interface Person {
  name: string;
  variants?: readonly string[];
}

/** One author of one work, read once. */
interface Mention {
  written: string;
  family: string;
  /** The first given name, folded; one letter when the list gives an initial only. */
  first: string;
  publication: Publication;
  year: number | undefined;
}

function mentionOf(author: CslName, publication: Publication, year: number | undefined): Mention | undefined {
  const written = formatCslName(author);
  if (!written) return undefined;
  const parts = author.family && !author.literal ? { given: author.given ?? '', family: `${author['non-dropping-particle'] ?? ''} ${author.family}` } : splitName(written);
  const first = firstGiven(parts.given);
  // A literal without given names ("The DeepSpeed Team") is one name: keep it whole.
  const family = letters(parts.family) || letters(written);
  return { written, family, first, publication, year };
}

/** Full first names under one family name, and the initials-only forms that can be told apart by them. */
function personKey(mention: Mention, fullNames: Map<string, Set<string>>): string {
  const names = fullNames.get(mention.family);
  if (mention.first.length > 1 || !names) return `${mention.family}|${mention.first}`;
  // "M. Zhang" is the one Zhang whose first name starts with M, when there is exactly one; else they stay apart.
  const matching = [...names].filter((name) => name[0] === mention.first);
  return matching.length === 1 ? `${mention.family}|${matching[0]}` : `${mention.family}|${mention.first}`;
}

/** What is known of one co-author while the works are read: the forms of their name, their works, the years. */
interface Gathered {
  forms: Map<string, { count: number; full: boolean }>;
  works: Set<Publication>;
  years: number[];
}

/** The form to show: a written-out first name over an initial, then the most used form, then the longest. */
function displayName(forms: Map<string, { count: number; full: boolean }>): string {
  const ranked = [...forms.entries()].sort(
    ([nameA, a], [nameB, b]) => Number(b.full) - Number(a.full) || b.count - a.count || nameB.length - nameA.length || nameA.localeCompare(nameB),
  );
  return ranked[0]![0];
}

/**
 * The researcher's co-authors: most shared works first, then most recent, then by name. The owner (by `name` and
 * `variants`) is never their own co-author; an author listed twice on one work counts once.
 */
export function collaborators(publications: readonly Publication[], owner: Person): Collaborator[] {
  const isOwner = personMatcher(owner.name, owner.variants);
  const mentions: Mention[] = [];
  for (const publication of publications) {
    const year = cslDateParts(publication.issued)?.year;
    for (const author of Array.isArray(publication.author) ? publication.author : []) {
      if (!author || typeof author !== 'object' || isOwner(author)) continue;
      const mention = mentionOf(author, publication, year);
      if (mention) mentions.push(mention);
    }
  }
  const fullNames = new Map<string, Set<string>>();
  for (const { family, first } of mentions) {
    if (first.length > 1) fullNames.set(family, (fullNames.get(family) ?? new Set()).add(first));
  }
  const people = new Map<string, Gathered>();
  for (const mention of mentions) {
    const key = personKey(mention, fullNames);
    const person: Gathered = people.get(key) ?? { forms: new Map(), works: new Set(), years: [] };
    const form = person.forms.get(mention.written) ?? { count: 0, full: mention.first.length > 1 };
    form.count++;
    person.forms.set(mention.written, form);
    if (!person.works.has(mention.publication)) {
      person.works.add(mention.publication);
      if (mention.year !== undefined) person.years.push(mention.year);
    }
    people.set(key, person);
  }
  const list = [...people.values()].map(({ forms, works, years }): Collaborator => {
    const name = displayName(forms);
    const collaborator: Collaborator = {
      name,
      variants: [...forms.keys()].filter((form) => form !== name),
      count: works.size,
      publications: [...works].map((work) => work.id),
    };
    if (years.length) {
      // A loop, not Math.min(...years): a spread of a very long list overflows the stack.
      collaborator.firstYear = years.reduce((a, b) => Math.min(a, b));
      collaborator.lastYear = years.reduce((a, b) => Math.max(a, b));
    }
    return collaborator;
  });
  return list.sort((a, b) => b.count - a.count || (b.lastYear ?? -Infinity) - (a.lastYear ?? -Infinity) || a.name.localeCompare(b.name));
}

/** One member of a lab, with the works listed in their profile. */
export interface LabAuthor extends Person {
  publications: readonly Publication[];
}

/** How often two members of a lab wrote together. */
export interface Coauthorship {
  /** Indexes into the members list, `a < b`. */
  a: number;
  b: number;
  /** Works both are authors of (a work listed in both profiles counts once). */
  count: number;
  firstYear?: number;
  lastYear?: number;
}

/** The same work in two profiles: its DOI, else its folded title and year. */
function workKey(publication: Publication): string {
  const doi = typeof publication.DOI === 'string' ? publication.DOI.trim().toLowerCase() : '';
  if (doi) return `doi:${doi}`;
  // Letters and digits only: enough to tell one work from another in a lab's lists (dedupe.ts reads TeX too, at a size
  // a lab page need not pay).
  const title = typeof publication.title === 'string' ? foldText(publication.title).replace(/[^\p{L}\p{N}]+/gu, '') : '';
  return `title:${title}|${cslDateParts(publication.issued)?.year ?? ''}`;
}

/**
 * Who in a lab publishes with whom: every work listed by any member (the same work in several profiles once), and
 * for each pair of members the works whose author list names both. Pairs that never wrote together are left out;
 * the rest come most shared first.
 */
export function labCoauthorship(members: readonly LabAuthor[]): Coauthorship[] {
  const matchers = members.map((member) => personMatcher(member.name, member.variants));
  const works = new Map<string, Publication>();
  for (const member of members) {
    for (const publication of member.publications) {
      const key = workKey(publication);
      if (!works.has(key)) works.set(key, publication);
    }
  }
  const pairs = new Map<string, Coauthorship>();
  for (const work of works.values()) {
    const authors = Array.isArray(work.author) ? work.author.filter((author) => author && typeof author === 'object') : [];
    const present = matchers.flatMap((matches, index) => (authors.some((author) => matches(author)) ? [index] : []));
    const year = cslDateParts(work.issued)?.year;
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const key = `${present[i]}|${present[j]}`;
        const pair = pairs.get(key) ?? { a: present[i]!, b: present[j]!, count: 0 };
        pair.count++;
        if (year !== undefined) {
          pair.firstYear = Math.min(pair.firstYear ?? year, year);
          pair.lastYear = Math.max(pair.lastYear ?? year, year);
        }
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].sort((x, y) => y.count - x.count || x.a - y.a || x.b - y.b);
}
