/** Person names: display, initials, and recognising one person across the forms author lists use. */
import type { CslName } from './types.js';

/** Strips accents and case so "Ruwase", "RUWASE" and "Rúwase" compare equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** "Given Family" for a CSL name (with particles and suffix), or its literal. */
export function formatCslName(name: CslName): string {
  // Parts come from data files: only text (or a number) is a name part, whatever else a file holds there.
  const text = (part: unknown) => (typeof part === 'string' ? part.trim() : typeof part === 'number' ? String(part) : '');
  if (text(name.literal)) return text(name.literal);
  return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix].map(text).filter(Boolean).join(' ');
}

/** Splits a written name into given and family parts: "Zhang, Minjia", "M. Zhang", "Minjia Zhang". */
export function splitName(written: string): { given: string; family: string } {
  const text = written.replace(/\s+/g, ' ').trim();
  const comma = text.indexOf(',');
  if (comma >= 0) return { family: text.slice(0, comma).trim(), given: text.slice(comma + 1).trim() };
  const words = text.split(' ');
  if (words.length === 1) return { given: '', family: text };
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
}

/** Up to two initials for an avatar: "Minjia Zhang" → "MZ", "Zhang, Minjia" → "MZ". */
export function initials(written: string): string {
  const { given, family } = splitName(written);
  const first = [...given.trim()][0] ?? '';
  const last = [...family.trim()][0] ?? '';
  return (first + last).toUpperCase() || '?';
}

/** Letters only, folded: "Zhang," → "zhang". */
export function letters(text: string): string {
  return foldText(text).replace(/[^a-z]/g, '');
}

/** The first given name, folded: "Minjia" → "minjia", "M. J." → "m", "" → "". */
export function firstGiven(given: string): string {
  return letters(
    foldText(given)
      .split(/[\s.]+/)
      .find((token) => letters(token)) ?? '',
  );
}

/**
 * A matcher for one person under all the forms an author list may use: the full name, "M. Zhang",
 * "Zhang, M.", "Zhang, Minjia", and any listed variants (including misspellings, matched exactly after folding).
 * An initial matches the person's initial; a written-out first name must be one of the person's.
 */
export function personMatcher(name: string, variants: readonly string[] = []): (author: CslName | string) => boolean {
  const exact = new Set<string>();
  const byFamily = new Map<string, { initials: Set<string>; names: Set<string> }>();
  for (const form of [name, ...variants]) {
    exact.add(letters(form));
    const { given, family } = splitName(form);
    const entry = byFamily.get(letters(family)) ?? { initials: new Set<string>(), names: new Set<string>() };
    const first = firstGiven(given);
    if (first) {
      entry.initials.add(first[0]!);
      if (first.length > 1) entry.names.add(first);
    }
    byFamily.set(letters(family), entry);
  }
  return (author) => {
    const written = typeof author === 'string' ? author : formatCslName(author);
    if (exact.has(letters(written))) return true;
    const { given, family } = typeof author === 'string' || !author.family ? splitName(written) : { given: author.given ?? '', family: author.family };
    const particle = typeof author === 'string' ? undefined : author['non-dropping-particle'];
    const entry = byFamily.get(letters(family)) ?? (particle ? byFamily.get(letters(`${particle} ${family}`)) : undefined);
    const first = firstGiven(given);
    if (!entry || !first) return false;
    if (first.length === 1 || entry.names.size === 0) return entry.initials.has(first[0]!);
    return entry.names.has(first);
  };
}
