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
  if (name.literal) return name.literal;
  return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix]
    .filter((part) => part && String(part).trim())
    .join(' ');
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

/** The key two forms of one name share: folded family name plus the first given initial. */
function nameKey(given: string, family: string): string {
  const initial = foldText(given).replace(/[^a-z]/g, '')[0] ?? '';
  return `${foldText(family).replace(/[^a-z]/g, '')}|${initial}`;
}

/**
 * A matcher for one person under all the forms an author list may use: the full name, "M. Zhang",
 * "Zhang, M.", "Zhang, Minjia", and any listed variants (including misspellings, matched exactly after folding).
 */
export function personMatcher(name: string, variants: readonly string[] = []): (author: CslName | string) => boolean {
  const keys = new Set<string>();
  const exact = new Set<string>();
  for (const form of [name, ...variants]) {
    const { given, family } = splitName(form);
    keys.add(nameKey(given, family));
    exact.add(foldText(form).replace(/[^a-z]/g, ''));
  }
  return (author) => {
    const written = typeof author === 'string' ? author : formatCslName(author);
    if (exact.has(foldText(written).replace(/[^a-z]/g, ''))) return true;
    const parts =
      typeof author === 'string' || !author.family
        ? splitName(written)
        : { given: author.given ?? '', family: [author['non-dropping-particle'], author.family].filter(Boolean).join(' ') };
    return keys.has(nameKey(parts.given, parts.family));
  };
}
