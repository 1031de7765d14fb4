/**
 * Merging imported data into a profile, adding only what is new:
 * - a publication is the same work as one already there by the list's own de-duplication rules (src/model/dedupe.ts:
 *   same DOI, or the same folded title, a shared author and years at most one apart); it is matched, never added twice;
 * - an entry of another section is the same when the fields that name it are (a job: organisation, position and
 *   start date), compared without case, accents or extra spaces;
 * - a field already present is never overwritten; a matched entry only gains the fields it lacks, and only from a
 *   version of the work that is unmistakably the same (same DOI, or same kind of publication without a DOI of its own).
 * So merging the same data twice changes nothing.
 */
import { foldTitle, mergeEntries } from '../model/dedupe.js';
import { foldText } from '../model/names.js';
import { entriesFromItems, type PubEntry } from '../model/publications.js';
import { PROFILE_SECTIONS, type Profile, type Publication } from '../model/types.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What the merge did with one incoming entry that was not added. */
export interface MergeNote {
  section: string;
  /** The entry as people recognise it: `"ZeRO: Memory Optimizations…" (2020)`. */
  entry: string;
  /** Why it was not added, and what was filled in. */
  reason: string;
}

/** What a merge added and matched. */
export interface MergeReport {
  /** Entries added, by section. */
  added: Record<string, number>;
  /** Entries that were already there. */
  matched: MergeNote[];
  /** Fields filled in on what was there ("basics.label", "publications[3].DOI"). */
  filled: string[];
}

export function emptyReport(): MergeReport {
  return { added: {}, matched: [], filled: [] };
}

/** The fields that name an entry of each section: two entries with the same values are the same entry. */
const IDENTITY: Record<string, readonly string[]> = {
  work: ['organization', 'position', 'startDate'],
  education: ['institution', 'degree', 'field', 'startDate'],
  teaching: ['title', 'courseCode', 'institution', 'startDate'],
  projects: ['name'],
  talks: ['title', 'event', 'date'],
  mentoring: ['mentee', 'startDate'],
  honors: ['title', 'issuer', 'year', 'date'],
  service: ['role', 'venue', 'year', 'years'],
  press: ['title', 'outlet', 'date'],
  certificates: ['name', 'issuer', 'date'],
  volunteer: ['organization', 'position', 'startDate'],
  skills: ['name'],
  languages: ['language'],
  interests: ['name'],
  references: ['name'],
};

function folded(value: unknown): string {
  if (typeof value === 'string') return foldText(value).replace(/\s+/g, ' ').trim();
  return value === undefined ? '' : JSON.stringify(value);
}

function identityOf(section: string, entry: unknown): string {
  if (!isObject(entry)) return JSON.stringify(entry);
  const fields = IDENTITY[section];
  // An entry none of whose naming fields is set is only the same as an identical one.
  if (!fields || fields.every((field) => entry[field] === undefined)) return JSON.stringify(entry);
  return fields.map((field) => folded(entry[field])).join('\u0000');
}

/** Sets each field of `from` that `into` lacks; returns their names. `into` keeps every value it has. */
function fillMissing(into: Json, from: Json, skip: ReadonlySet<string> = new Set()): string[] {
  const filled: string[] = [];
  for (const [field, value] of Object.entries(from)) {
    if (skip.has(field) || value === undefined || into[field] !== undefined) continue;
    into[field] = structuredClone(value);
    filled.push(field);
  }
  return filled;
}

function entryName(section: string, entry: unknown): string {
  if (!isObject(entry)) return JSON.stringify(entry).slice(0, 60);
  const fields = IDENTITY[section] ?? ['title', 'name'];
  const words = fields.map((field) => entry[field]).filter((value) => typeof value === 'string' || typeof value === 'number');
  return words.length ? words.join(', ') : JSON.stringify(entry).slice(0, 60);
}

function mergeSection(target: Json, section: string, incoming: unknown[], report: MergeReport): void {
  const existing = Array.isArray(target[section]) ? (target[section] as unknown[]) : undefined;
  if (target[section] !== undefined && !existing) {
    // Not a list in the existing file: left as it is, nothing added to it.
    for (const entry of incoming) report.matched.push({ section, entry: entryName(section, entry), reason: `"${section}" in the existing file is not a list; left as it is` });
    return;
  }
  const list = existing ?? [];
  const byIdentity = new Map(list.map((entry, index) => [identityOf(section, entry), index] as const));
  let added = 0;
  for (const entry of incoming) {
    const key = identityOf(section, entry);
    const index = byIdentity.get(key);
    if (index === undefined) {
      byIdentity.set(key, list.length);
      list.push(structuredClone(entry));
      added++;
      continue;
    }
    const filled = isObject(list[index]) && isObject(entry) ? fillMissing(list[index] as Json, entry) : [];
    report.filled.push(...filled.map((field) => `${section}[${index}].${field}`));
    report.matched.push({ section, entry: entryName(section, entry), reason: `already there as ${section}[${index}]${filled.length ? `; filled in ${filled.join(', ')}` : ''}` });
  }
  if (added) {
    if (!existing) target[section] = list;
    report.added[section] = (report.added[section] ?? 0) + added;
  }
}

/** A DOI as compared: lowercase, without a resolver prefix. */
function doiOf(item: Publication): string | undefined {
  const doi =
    typeof item.DOI === 'string'
      ? item.DOI.trim()
          .replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '')
          .replace(/^doi:\s*/i, '')
          .toLowerCase()
      : '';
  return doi || undefined;
}

/** `"Title…" (2020)`. */
export function publicationName(entry: PubEntry): string {
  const title = entry.title.length > 70 ? `${entry.title.slice(0, 69)}…` : entry.title;
  return `"${title}"${entry.year ? ` (${entry.year})` : ''}`;
}

/** Why two entries that de-duplication put together are the same work, in words. */
function sameWorkBecause(existing: PubEntry, incoming: PubEntry): string {
  const doi = doiOf(incoming.item);
  if (doi && doi === doiOf(existing.item)) return `same DOI ${doi}`;
  if (foldTitle(existing.title) === foldTitle(incoming.title)) return existing.authors.length && incoming.authors.length ? 'same title, a shared author and year' : 'same title';
  return 'one title is the subtitle of the other, with a shared author and year';
}

/** The fields people look for first, first: importers write them in whatever order their source had. */
const LEADING_FIELDS = [
  'id',
  'type',
  'title',
  'author',
  'editor',
  'inventor',
  'issued',
  'container-title',
  'event-title',
  'publisher',
  'volume',
  'issue',
  'page',
  'DOI',
  'URL',
  'category',
  'venueShort',
  'selected',
  'links',
];

function readableOrder(item: Publication): Publication {
  const ordered: Json = {};
  for (const field of LEADING_FIELDS) if (item[field] !== undefined) ordered[field] = item[field];
  for (const [field, value] of Object.entries(item)) if (!(field in ordered)) ordered[field] = value;
  return ordered as Publication;
}

function uniqueId(wanted: string | number, taken: Set<string>): string | number {
  if (!taken.has(String(wanted))) {
    taken.add(String(wanted));
    return wanted;
  }
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  taken.add(`${wanted}-${n}`);
  return `${wanted}-${n}`;
}

function mergePublications(target: Json, incoming: Publication[], report: MergeReport): void {
  const existing = Array.isArray(target.publications) ? (target.publications as Publication[]) : undefined;
  if (target.publications !== undefined && !existing) {
    mergeSection(target, 'publications', incoming, report);
    return;
  }
  const list = existing ?? [];
  // Existing entries that are not objects or lack a title cannot be compared; they are kept as they are.
  const comparable = list.map((item, index) => ({ item, index })).filter(({ item }) => isObject(item) && typeof item.title === 'string');
  const old = comparable.map(({ item, index }) => ({ ...entriesFromItems([item], 'existing')[0]!, key: `old:${index}` }));
  const fresh = entriesFromItems(incoming, 'incoming').map((entry, index) => ({ ...entry, key: `new:${index}` }));
  const groupOf = new Map<string, string[]>();
  for (const lead of mergeEntries([...old, ...fresh])) {
    const keys = [lead.key, ...lead.versions.map((version) => version.key)];
    for (const key of keys) groupOf.set(key, keys);
  }
  const oldByKey = new Map(old.map((entry) => [entry.key, entry]));
  const taken = new Set(list.filter(isObject).map((item) => String(item.id)));
  let added = 0;
  fresh.forEach((entry, index) => {
    const olds = (groupOf.get(entry.key) ?? []).filter((key) => key.startsWith('old:')).map((key) => oldByKey.get(key)!);
    if (!olds.length) {
      const item = readableOrder(structuredClone(incoming[index]!));
      item.id = uniqueId(item.id, taken);
      list.push(item);
      added++;
      return;
    }
    // The same rules, two at a time: which of the versions there this one is directly.
    const direct = olds.filter((version) => mergeEntries([version, entry]).length === 1);
    const name = publicationName(entry);
    if (direct.length !== 1) {
      const where = olds.map((version) => `publications[${version.key.slice(4)}]`).join(', ');
      report.matched.push({ section: 'publications', entry: name, reason: `another version of the work already there as ${where}; nothing filled in` });
      return;
    }
    const match = direct[0]!;
    const position = Number(match.key.slice(4));
    const because = sameWorkBecause(match, entry);
    const sameDoi = !!doiOf(entry.item) && doiOf(entry.item) === doiOf(match.item);
    const compatible = sameDoi || (match.category === entry.category && !(doiOf(entry.item) && doiOf(match.item)));
    if (!compatible) {
      report.matched.push({
        section: 'publications',
        entry: name,
        reason: `already there as publications[${position}] (${because}), as another version (${match.category}, not ${entry.category}); nothing filled in`,
      });
      return;
    }
    const filled = fillMissing(list[position] as unknown as Json, entry.item, new Set(['id', 'citation-key']));
    report.filled.push(...filled.map((field) => `publications[${position}].${field}`));
    report.matched.push({
      section: 'publications',
      entry: name,
      reason: `already there as publications[${position}] (${because})${filled.length ? `; filled in ${filled.join(', ')}` : ''}`,
    });
  });
  if (added) {
    if (!existing) target.publications = list;
    report.added.publications = (report.added.publications ?? 0) + added;
  }
}

/**
 * Merges `incoming` (a profile, or publications with no other data) into `target`, which is changed in place.
 * `basics` and other fields only gain what `target` lacks; list sections gain the entries they do not hold yet.
 */
export function mergeProfile(target: Json, incoming: Partial<Profile>, report: MergeReport): void {
  if (isObject(incoming.basics)) {
    target.basics ??= {};
    // Basics that are not an object in the existing file are left as they are.
    if (isObject(target.basics)) report.filled.push(...fillMissing(target.basics, incoming.basics).map((field) => `basics.${field}`));
  }
  for (const [field, value] of Object.entries(incoming)) {
    if (field === 'basics' || field === '$schema' || value === undefined) continue;
    if (field === 'publications' && Array.isArray(value)) mergePublications(target, value as Publication[], report);
    else if ((PROFILE_SECTIONS as readonly string[]).includes(field) && Array.isArray(value)) mergeSection(target, field, value, report);
    else if (target[field] === undefined) {
      target[field] = structuredClone(value);
      report.filled.push(field);
    }
  }
}
