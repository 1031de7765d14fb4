/**
 * Messages in a language: filling placeholders, choosing plural forms (`Intl.PluralRules`) and writing numbers
 * (`Intl.NumberFormat`). Pure functions (no DOM): the elements get their language and catalogue from
 * src/internal/controllers/localize-controller.ts.
 */
import { en, type Catalogue, type Message, type MessageKey } from './en.js';

export { type Catalogue, type Message, type MessageKey };

/**
 * The English messages at hand: the built-in ones (en.ts), and each element's part once its code has loaded. Also
 * the text of a message a translation lacks.
 */
export const english: Catalogue = { ...en };

/** Adds an element's part of the English source catalogue (en-pubs.ts…); called once when that element's code loads. */
export function addEnglish(part: Catalogue): void {
  Object.assign(english, part);
}

/** Values for a message's placeholders; a number is written in the language's digits and grouping. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The interface text `key` in an element's language, with `values` in its placeholders (`LocalizeController.t`). */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let found = cache.get(locale);
  if (!found) {
    try {
      found = make(locale);
    } catch {
      // A tag Intl does not accept ("xx-"): the interface still reads, in English conventions.
      found = make('en');
    }
    cache.set(locale, found);
  }
  return found;
}

/** `value` written as `locale` writes numbers ("1,234", "1.234", "١٬٢٣٤"). */
export function formatNumber(value: number, locale: string): string {
  return cached(numberFormats, locale, (tag) => new Intl.NumberFormat(tag)).format(value);
}

/** The form of `message` for `count` in `locale` (its plural category, else `other`). */
function pluralForm(message: Message, count: number | undefined, locale: string): string {
  if (typeof message === 'string') return message;
  const category = count === undefined ? 'other' : cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag)).select(count);
  return message[category] ?? message.other;
}

/** The placeholders a text uses: "{name} at {email}" → ["name", "email"]. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([a-z][a-z0-9-]*)\}/gi)].map((match) => match[1]!);
}

/**
 * The message `key` in `catalogue` (English when the catalogue lacks it), its plural form chosen by `values.count`,
 * its placeholders filled from `values` (numbers written in `locale`).
 */
export function formatMessage(catalogue: Catalogue, key: MessageKey, values: MessageValues = {}, locale = 'en'): string {
  const message = (Object.hasOwn(catalogue, key) ? catalogue[key] : undefined) ?? english[key] ?? key;
  const count = typeof values.count === 'number' ? values.count : undefined;
  return pluralForm(message, count, locale).replace(/\{([a-z][a-z0-9-]*)\}/gi, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
