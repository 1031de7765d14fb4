/** Partial dates ("2021", "2021-06", "2021-06-15") and ranges, for sorting and display. */
import type { CslDate, DateRange, PartialDate } from './types.js';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Parses "2021", "2021-06" or "2021-06-15"; anything else gives undefined. */
export function parsePartialDate(value: PartialDate | undefined | null): DateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) return undefined;
  const parts: DateParts = { year: Number(match[1]) };
  if (match[2]) parts.month = Number(match[2]);
  if (match[3]) parts.day = Number(match[3]);
  return parts;
}

/** The first date of a CSL `issued`-style date (date-parts, or a year found in raw/literal text). */
export function cslDateParts(date: CslDate | undefined | null): DateParts | undefined {
  if (!date || typeof date !== 'object') return undefined;
  const first = date['date-parts']?.[0];
  if (first && first.length) {
    const [year, month, day] = first.map((part) => Number(part));
    if (Number.isFinite(year)) {
      const parts: DateParts = { year: year! };
      if (month && Number.isFinite(month)) parts.month = month;
      if (day && Number.isFinite(day)) parts.day = day;
      return parts;
    }
  }
  for (const text of [date.raw, date.literal]) {
    if (typeof text !== 'string') continue;
    const iso = parsePartialDate(text);
    if (iso) return iso;
    const year = /\b(\d{4})\b/.exec(text);
    if (year) return { year: Number(year[1]) };
  }
  return undefined;
}

/**
 * A sortable number: year*10000 + month*100 + day. Missing parts sort as the start of the period
 * (so "2021" sorts before "2021-03") unless `end` is set, when they sort as its end.
 */
export function dateKey(parts: DateParts | undefined, end = false): number {
  if (!parts) return end ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  const month = parts.month ?? (end ? 12 : 0);
  const day = parts.day ?? (end ? 31 : 0);
  return parts.year * 10000 + month * 100 + day;
}

export interface FormatOptions {
  /** BCP 47 locale; defaults to the runtime's. */
  locale?: string;
  /** How to write months: "short" (Jun 2021) or "long" (June 2021). */
  month?: 'short' | 'long';
}

/** "2021", "Jun 2021" or "Jun 15, 2021", localised with Intl, only as precise as the data. */
export function formatDateParts(parts: DateParts | undefined, options: FormatOptions = {}): string {
  if (!parts) return '';
  if (parts.month === undefined) return String(parts.year);
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day ?? 1));
  const format: Intl.DateTimeFormatOptions = { year: 'numeric', month: options.month ?? 'short', timeZone: 'UTC' };
  if (parts.day !== undefined) format.day = 'numeric';
  return new Intl.DateTimeFormat(options.locale, format).format(date);
}

/** The word for an ongoing range's end, in the locale's language where we know it. */
export function presentLabel(locale?: string): string {
  const language = (locale ?? 'en').toLowerCase().split('-')[0]!;
  return PRESENT[language] ?? 'Present';
}

const PRESENT: Record<string, string> = {
  en: 'Present',
  de: 'heute',
  fr: 'présent',
  es: 'actualidad',
  it: 'presente',
  pt: 'presente',
  nl: 'heden',
  zh: '至今',
  ja: '現在',
  ko: '현재',
};

/** "Jun 2024 – Present", "2017 – 2022", "2019": a range as a page shows it. */
export function formatRange(range: DateRange, options: FormatOptions = {}): string {
  const start = formatDateParts(parsePartialDate(range.startDate), options);
  const end = range.ongoing ? presentLabel(options.locale) : formatDateParts(parsePartialDate(range.endDate), options);
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start || end;
}
