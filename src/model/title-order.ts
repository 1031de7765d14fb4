/**
 * The order of titles when a list is sorted by title: the reader's language, case and accents ignored, numbers by
 * value — with precomputed keys standing in for the collator where they order titles exactly as it does. Pure.
 */
import type { PubEntry } from './publications.js';

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Sorting by title compares titles with `byTitle` (the reader's language, case and accents ignored, numbers by value).
 * A collator's comparison is slow (most of the cost of sorting thousands of titles), so a title of printable ASCII is
 * compared by a key instead: each character's place in the collator's own order (worked out once from the collator,
 * letters of either case in one place), each run of digits as its length then its digits (leading zeros left out), as
 * the collator's numeric order reads it. The keys order titles exactly as the collator does: the table is used only
 * after it sorted a set of probes (every pair of letters, every character between letters, numbers) as the collator
 * does — a language whose collation treats some ASCII otherwise ("ch" in Czech, "aa" in Danish) compares every title
 * with the collator. Any other title (accents, other scripts) is compared with the collator too.
 */
interface TitleKeys {
  /** For each character code below 127 that is not a digit: its code unit in keys (0: not in the table). */
  units: Uint16Array;
  /** The code unit that starts a run of digits in keys. */
  digits: number;
}

/** The longest run of digits a key holds (a longer number leaves the title to the collator). */
const MAX_DIGITS = 30;
/** Key code units: characters from UNIT_BASE on; a digit run's length from LENGTH_BASE on, its digits as themselves. */
const UNIT_BASE = 0x100;
const LENGTH_BASE = 0x80;

/** The title's key, or undefined when the collator must compare it. */
function titleKey(title: string, { units, digits }: TitleKeys): string | undefined {
  let key = '';
  for (let index = 0; index < title.length;) {
    const code = title.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      let end = index + 1;
      while (end < title.length && title.charCodeAt(end) >= 48 && title.charCodeAt(end) <= 57) end++;
      let start = index;
      while (start < end - 1 && title.charCodeAt(start) === 48) start++;
      if (end - start > MAX_DIGITS) return undefined;
      key += String.fromCharCode(digits, LENGTH_BASE + end - start) + title.slice(start, end);
      index = end;
      continue;
    }
    const unit = code < 127 ? units[code]! : 0;
    if (!unit) return undefined;
    key += String.fromCharCode(unit);
    index++;
  }
  return key;
}

/**
 * The collator's order of printable ASCII as key units, checked on probes; null when keys cannot follow it.
 * @internal Exported for tests.
 */
export function titleKeysFor(collator: Intl.Collator): TitleKeys | null {
  const characters: string[] = [];
  for (let code = 32; code < 127; code++) if (code < 48 || code > 57) characters.push(String.fromCharCode(code));
  // One digit stands for every run of digits: its place among the other characters.
  const ordered = [...characters, '5'].sort(collator.compare);
  const units = new Uint16Array(127);
  let digits = 0;
  let unit = UNIT_BASE;
  ordered.forEach((character, index) => {
    if (index > 0 && collator.compare(ordered[index - 1]!, character) !== 0) unit++;
    if (character === '5') digits = unit;
    else units[character.charCodeAt(0)] = unit;
  });
  // A character equal to a digit, or to nothing at all, has no place of its own: keys cannot hold it.
  for (const character of characters) {
    if (collator.compare(character, '') === 0 || collator.compare(character, '5') === 0) return null;
  }
  const table: TitleKeys = { units, digits };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const probes = ['', 'a', 'A', '0', '00', '1', '01', '2', '9', '10', '010', '100', 'a1', 'a 1', 'a-1', 'a01', 'a1b', 'a10b', 'a2b', 'a1.5', 'a1.10', '1a', 'A1', 'Z9'];
  for (const first of letters) for (const second of letters) probes.push(first + second, first.toUpperCase() + second);
  for (const character of characters) probes.push(`a${character}b`, `${character}a`, `a${character}`, `a${character}1`);
  const sorted = probes.sort(collator.compare);
  const keys = sorted.map((probe) => titleKey(probe, table));
  for (let index = 1; index < sorted.length; index++) {
    const [before, after] = [keys[index - 1]!, keys[index]!];
    if (compareKeys(before, after) !== Math.sign(collator.compare(sorted[index - 1]!, sorted[index]!))) return null;
  }
  return table;
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

let titleKeys: TitleKeys | null | undefined;

/** The key table for `byTitle`, worked out on first use (null: the collator compares every title). */
function titleTable(): TitleKeys | null {
  if (titleKeys === undefined) titleKeys = titleKeysFor(byTitle);
  return titleKeys;
}

/** Two titles (with their keys, when they have them) as `byTitle` orders them. */
function compareTitled(a: string, keyA: string | undefined, b: string, keyB: string | undefined): number {
  return keyA !== undefined && keyB !== undefined ? compareKeys(keyA, keyB) : byTitle.compare(a, b);
}

/** Each entry's title key (undefined: compared with the collator), worked out once per entry. */
const entryTitleKeys = new WeakMap<PubEntry, string | undefined>();

/** Entries by title, as `byTitle.compare` orders them (ties in their order), with keys where they can stand in for it. */
export function sortByTitle(entries: PubEntry[]): PubEntry[] {
  const table = titleTable();
  if (!table) return entries.sort((a, b) => byTitle.compare(a.title, b.title));
  const keyed = entries.map((entry) => {
    let key = entryTitleKeys.get(entry);
    if (key === undefined && !entryTitleKeys.has(entry)) entryTitleKeys.set(entry, (key = titleKey(entry.title, table)));
    return { entry, key };
  });
  keyed.sort((a, b) => compareTitled(a.entry.title, a.key, b.entry.title, b.key));
  return keyed.map(({ entry }) => entry);
}

/**
 * Works out the title keys of `entries` ahead (sorting them by title then only compares keys), a few at a time until
 * `stop()` says to stop; whether every entry has its key.
 */
export function prepareTitleKeys(entries: readonly PubEntry[], stop: () => boolean): boolean {
  const table = titleTable();
  if (!table) return true;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (entryTitleKeys.has(entry)) continue;
    if (index % 64 === 0 && stop()) return false;
    entryTitleKeys.set(entry, titleKey(entry.title, table));
  }
  return true;
}

/** `byTitle`'s comparison of two titles, as sorting by title orders them (for tests). */
export function compareTitles(a: string, b: string): number {
  const table = titleTable();
  return Math.sign(compareTitled(a, table ? titleKey(a, table) : undefined, b, table ? titleKey(b, table) : undefined));
}

/** Two entries as sorting by title orders them (with each entry's key worked out once, where it has one). */
export function titleComparison(): (a: PubEntry, b: PubEntry) => number {
  const table = titleTable();
  if (!table) return (a, b) => byTitle.compare(a.title, b.title);
  const keyOf = (entry: PubEntry) => {
    if (!entryTitleKeys.has(entry)) entryTitleKeys.set(entry, titleKey(entry.title, table));
    return entryTitleKeys.get(entry);
  };
  return (a, b) => compareTitled(a.title, keyOf(a), b.title, keyOf(b));
}
