/**
 * De-duplication of publication lists merged from several sources (a lab's members, a profile plus a .bib file):
 * the same work is shown once, its other versions (arXiv preprint, workshop version, a co-author's copy) listed
 * under it.
 *
 * Two entries are the same work when
 * - they have the same DOI (case-insensitive), or
 * - their titles are equal after folding (case, accents, punctuation, LaTeX commands and braces, math), or one title
 *   equals the other's subtitle (the part after the first ":"), e.g. "Enabling Efficient Inference of …" and
 *   "DeepSpeed Inference: Enabling Efficient Inference of …",
 *   and in both title cases the author lists overlap (at least one person in common, compared the way
 *   `personMatcher` compares names) and the years are at most one apart. When either side lists no authors, only
 *   identical folded titles count as overlap.
 *
 * Matching is transitive (a preprint that matches a conference paper and a co-author's copy of the preprint makes
 * one group of three). Candidates are found through indexes on DOI and folded title, so the cost is linear in the
 * number of entries plus the pairs that share a title.
 */
import { bareDoi } from './cite.js';
import { mathToPlainText } from './tex-text.js';
import { foldText, personMatcher } from './names.js';
import type { PubEntry } from './publications.js';
import type { CslName, PublicationCategory } from './types.js';

/** LaTeX accent commands whose argument is the letter itself: `\"o`, `\'{e}`, `\c{c}`, `\v s`. */
const ACCENT_COMMAND = /\\(["'`^~=.]|[uvHckbdrt](?![a-zA-Z]))\s*\{?\s*(\\?[a-zA-Z])\s*\}?/g;

/** LaTeX letters written as commands. */
const LETTER_COMMANDS: Record<string, string> = {
  i: 'i',
  j: 'j',
  o: 'o',
  O: 'o',
  l: 'l',
  L: 'l',
  ss: 'ss',
  ae: 'ae',
  AE: 'ae',
  oe: 'oe',
  OE: 'oe',
  aa: 'a',
  AA: 'a',
};

/**
 * A title reduced to what identifies it: lowercase letters and digits separated by single spaces, without accents,
 * LaTeX markup, math delimiters or punctuation ("&" reads as "and"). `R$^3$-SQL`, `R³-SQL` and "R3 SQL" fold the same.
 */
export function foldTitle(title: string): string {
  const text = mathToPlainText(title)
    .replace(ACCENT_COMMAND, (_match, _accent: string, letter: string) => letter.replace('\\', ''))
    .replace(/\\([a-zA-Z]+)\s*/g, (_match, name: string) => (name in LETTER_COMMANDS ? LETTER_COMMANDS[name]! : ' '))
    .replace(/\\(.)/g, '$1')
    // Braces never separate words: "{D}eep" is "Deep".
    .replace(/[{}]/g, '')
    .replace(/&/g, ' and ');
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded part after the first ":" (or undefined when there is none or it is too short to identify a work). */
function foldedSubtitle(title: string): string | undefined {
  const colon = title.indexOf(':');
  if (colon < 0) return undefined;
  const subtitle = foldTitle(title.slice(colon + 1));
  // "Poster: X" and "X: A" both have subtitles; a one- or two-word subtitle ("Part I", "A Survey") says too little.
  return subtitle.split(' ').length >= 3 ? subtitle : undefined;
}

/** A DOI compared case-insensitively, without its resolver prefix. */
function doiKey(entry: PubEntry): string | undefined {
  const raw = typeof entry.item.DOI === 'string' ? entry.item.DOI : entry.links.find((link) => link.kind === 'doi')?.url;
  if (!raw) return undefined;
  const bare = bareDoi(raw)?.toLowerCase();
  return bare && /^10\.\S+\/\S+/.test(bare) ? bare : undefined;
}

/** How much a version counts as the one to show: peer-reviewed first. */
const CATEGORY_RANK: Record<PublicationCategory, number> = {
  journal: 5,
  conference: 5,
  workshop: 4,
  chapter: 4,
  book: 4,
  thesis: 3,
  patent: 3,
  poster: 2,
  other: 1,
  'technical-report': 0,
  preprint: 0,
};

/** How much data an entry carries: filled fields, links, authors. Ties between equally reviewed versions. */
function richness(entry: PubEntry): number {
  let score = 0;
  for (const [field, value] of Object.entries(entry.item)) {
    if (field === 'id' || field === 'notes' || value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    score++;
  }
  return score + entry.links.length + Math.min(entry.authors.length, 1) * 2 + (entry.bibtex ? 1 : 0);
}

/** "Family, Given" for personMatcher (keeps multi-word family names whole: "Yazdani Aminabadi, Reza"). */
function nameForm(name: CslName): string | undefined {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  if (!family) return name.given;
  return name.given ? `${family}, ${name.given}` : family;
}

/** Letters of a family name (or literal), the key under which a person can be looked up. */
function familyKey(name: CslName): string {
  return foldText(String(name.family ?? name.literal ?? '')).replace(/[^\p{L}]/gu, '');
}

interface Candidate {
  entry: PubEntry;
  index: number;
  title: string;
  subtitle?: string;
  /** Family-name keys of the authors, for a quick test before names are compared. */
  families?: Set<string>;
}

function families(candidate: Candidate): Set<string> {
  candidate.families ??= new Set(candidate.entry.authors.map(familyKey).filter(Boolean));
  return candidate.families;
}

/** At least one person in common, by personMatcher's rules (initials match full names; variants of one family). */
function authorsOverlap(a: Candidate, b: Candidate): boolean {
  const shared = families(a);
  for (const other of b.entry.authors) {
    const key = familyKey(other);
    if (!key || !shared.has(key)) continue;
    for (const mine of a.entry.authors) {
      if (familyKey(mine) !== key) continue;
      const form = nameForm(mine);
      if (form && personMatcher(form)(other)) return true;
      if (!form && !nameForm(other)) return true;
    }
  }
  return false;
}

function yearsClose(a: PubEntry, b: PubEntry): boolean {
  return a.year === undefined || b.year === undefined || Math.abs(a.year - b.year) <= 1;
}

/** Whether two entries whose titles matched (exactly when `identical`, else title↔subtitle) are the same work. */
function sameWork(a: Candidate, b: Candidate, identical: boolean): boolean {
  if (!yearsClose(a.entry, b.entry)) return false;
  if (!a.entry.authors.length || !b.entry.authors.length) return identical;
  return authorsOverlap(a, b);
}

/** Which version of a work leads: peer-reviewed first, then the one with more data, then the first listed. */
function leadOf(group: readonly Candidate[]): Candidate {
  let lead = group[0]!;
  let leadRank = CATEGORY_RANK[lead.entry.category] ?? 1;
  let leadRichness = richness(lead.entry);
  for (const candidate of group.slice(1)) {
    const rank = CATEGORY_RANK[candidate.entry.category] ?? 1;
    if (rank < leadRank) continue;
    const rich = richness(candidate.entry);
    if (rank > leadRank || rich > leadRichness) {
      lead = candidate;
      leadRank = rank;
      leadRichness = rich;
    }
  }
  return lead;
}

/** Disjoint sets of entry positions (union–find); the root of a set is its earliest position. */
class Groups {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The root is the earlier entry, so a group's root is where it appears in the output.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Adds `value` to the list under `key`. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function candidateOf(entry: PubEntry, index: number): Candidate {
  // A work without a title (shown as "(untitled)") matches nothing by title.
  const titled = typeof entry.item.title === 'string' && entry.item.title.trim() !== '';
  const candidate: Candidate = { entry, index, title: titled ? foldTitle(entry.title) : '' };
  const subtitle = titled ? foldedSubtitle(entry.title) : undefined;
  if (subtitle && subtitle !== candidate.title) candidate.subtitle = subtitle;
  return candidate;
}

/** Groups the candidates that are versions of one work: the same DOI, the same title, or a title that is another's subtitle. */
function groupVersions(candidates: readonly Candidate[]): Groups {
  const groups = new Groups(candidates.length);
  const byDoi = new Map<string, number>();
  const byTitle = new Map<string, Candidate[]>();
  const bySubtitle = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const doi = doiKey(candidate.entry);
    if (doi) {
      const first = byDoi.get(doi);
      if (first === undefined) byDoi.set(doi, candidate.index);
      else groups.union(first, candidate.index);
    }
    if (candidate.title) addTo(byTitle, candidate.title, candidate);
    if (candidate.subtitle) addTo(bySubtitle, candidate.subtitle, candidate);
  }

  // Compares `candidate` with the first `count` of `others` that are not already in its group.
  const link = (candidate: Candidate, others: readonly Candidate[] | undefined, identical: boolean, count = others?.length ?? 0) => {
    for (let i = 0; i < count; i++) {
      const other = others![i]!;
      if (other.index === candidate.index || groups.find(other.index) === groups.find(candidate.index)) continue;
      if (sameWork(candidate, other, identical)) groups.union(candidate.index, other.index);
    }
  };
  for (const group of byTitle.values()) {
    for (let i = 1; i < group.length; i++) link(group[i]!, group, true, i);
  }
  for (const candidate of candidates) {
    // Its title is someone's subtitle ("Enabling …" vs "DeepSpeed Inference: Enabling …").
    link(candidate, bySubtitle.get(candidate.title), false);
  }
  return groups;
}

/** The versions of one work as one entry: the lead, with the others (flattened) as its `versions`. */
function mergeGroup(group: readonly Candidate[]): PubEntry {
  if (group.length === 1) return group[0]!.entry;
  const lead = leadOf(group);
  const versions: PubEntry[] = [...lead.entry.versions];
  for (const candidate of group) {
    if (candidate === lead) continue;
    const { versions: nested, ...version } = candidate.entry;
    versions.push({ ...version, versions: [] }, ...nested);
  }
  return { ...lead.entry, versions };
}

/**
 * Merges the versions of each work into one entry. The result keeps the input order (each work where its first
 * version was); the lead version of a work keeps its own key and data, and its `versions` lists the others, each a
 * PubEntry (versions the inputs already carried are kept, flattened). Entries are not modified: merged leads are
 * shallow copies with a new `versions` array.
 */
export function mergeEntries(entries: readonly PubEntry[]): PubEntry[] {
  const candidates = entries.map(candidateOf);
  const groups = groupVersions(candidates);
  const byRoot = new Map<number, Candidate[]>();
  for (const candidate of candidates) addTo(byRoot, groups.find(candidate.index), candidate);
  return [...byRoot.values()].map(mergeGroup);
}
