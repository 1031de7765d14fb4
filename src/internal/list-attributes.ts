/**
 * List attributes (`category`, `kinds`, `sections`, `keyword`, `highlight`) separate their items with commas, and
 * spaces around an item do not count. Earlier versions took spaces between tokens and `;` between names and
 * keywords; those forms are still read, and reported as deprecated so pages can move to commas.
 */
import { warnDeprecated } from './deprecation.js';

/** The separator an array set from a script is joined with to give an attribute's text. */
export const LIST_SEPARATOR = ', ';

/**
 * What else a list used to be separated by: `whitespace` for lists of tokens that never hold a space (section keys,
 * kinds, categories), `semicolon` for lists of names or keywords (which may hold spaces).
 */
export type LegacySeparator = 'whitespace' | 'semicolon';

export interface ListItems {
  items: string[];
  /** Set when the text used the old separator, which still works but will not for ever. */
  legacy: boolean;
}

/** The items of a list attribute's text, in order, without empty ones. */
export function listItems(value: string | undefined, legacy: LegacySeparator): ListItems {
  const textValue = value ?? '';
  if (legacy === 'semicolon' && textValue.includes(';')) return { items: trimmed(textValue.split(';')), legacy: true };
  const items = trimmed(textValue.split(','));
  if (legacy === 'whitespace' && items.some((item) => /\s/.test(item))) return { items: trimmed(textValue.split(/[\s,]+/)), legacy: true };
  return { items, legacy: false };
}

/**
 * The items of list attribute `name` on `host`. Text in the old form still works, with one deprecation warning per
 * page that shows `example`, the attribute written with commas.
 */
export function readListAttribute(host: Element, name: string, value: string | undefined, legacy: LegacySeparator, example: string): string[] {
  const read = listItems(value, legacy);
  if (read.legacy) {
    const old = legacy === 'whitespace' ? 'spaces' : 'semicolons';
    warnDeprecated(host, `\`${name}\` separated by ${old} still works, but \`${name}\` separates its items with commas now: ${example}`);
  }
  return read.items;
}

function trimmed(parts: string[]): string[] {
  return parts.map((part) => part.trim()).filter(Boolean);
}
