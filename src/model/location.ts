/** Places as one line of text. Kept apart from the sections so an element that shows a place needs no more. */
import type { FormatOptions } from './dates.js';
import { text } from './text.js';
import type { Location } from './types.js';

/** A country's name from its ISO 3166 code ("US" → "United States"), or the code when the runtime does not know it. */
export function countryName(code: string, locale?: string): string {
  const trimmed = code.trim();
  if (!/^[A-Za-z]{2}$/.test(trimmed)) return trimmed;
  try {
    return new Intl.DisplayNames(locale ? [locale, 'en'] : undefined, { type: 'region', fallback: 'code' }).of(trimmed.toUpperCase()) ?? trimmed;
  } catch {
    return trimmed;
  }
}

/**
 * A location as one line, every part it has: "2712 Broadway St, San Francisco, California CA 94115, United States".
 * A country code alone is written as the country's name.
 */
export function formatLocation(location: Location | undefined, options: Pick<FormatOptions, 'locale'> = {}): string | undefined {
  if (!location) return undefined;
  if (typeof location === 'string') return location.trim() || undefined;
  const countryCode = text(location.countryCode);
  const country = text(location.country) ?? (countryCode ? countryName(countryCode, options.locale) : undefined);
  const regionAndCode = [text(location.region), text(location.postalCode)].filter(Boolean).join(' ');
  return [text(location.address), text(location.city), regionAndCode, country].filter(Boolean).join(', ') || undefined;
}
