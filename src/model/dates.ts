/** Partial dates ("2021", "2021-06", "2021-06-15") and ranges, for sorting and display; dates as people write them, read. */
import type { CslDate, DateRange, PartialDate } from './types.js';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The earliest year a date may have. A date with an earlier year ("0050-06", a BibTeX `year = {50}`) is a problem
 * for its value: the value is left out with a message naming it and the bounds, and its entry is kept without it.
 * Bounds keep every date placeable on one axis and one chart (no list of a hundred thousand years), and years
 * below 100 away from `Date`'s habit of reading them as 19xx.
 */
export const EARLIEST_YEAR = 1000;

/** The latest year a date may have; a later year is treated as one before {@link EARLIEST_YEAR}. */
export const LATEST_YEAR = 2999;

/** Whether `year` is a whole number from {@link EARLIEST_YEAR} to {@link LATEST_YEAR}. */
export function isYearInBounds(year: number): boolean {
  return Number.isInteger(year) && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** Why a year cannot be used ("the year 123456 is outside 1000–2999, the years a date may have"), or undefined. */
export function yearBoundsReason(year: number): string | undefined {
  if (isYearInBounds(year)) return undefined;
  return `the year ${year} is outside ${EARLIEST_YEAR}–${LATEST_YEAR}, the years a date may have`;
}

/** Days in a month (1–12) of a year of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether the parts name a day, month or year that exists (no 13th month, no 31 February) and whose year is within
 * {@link EARLIEST_YEAR}–{@link LATEST_YEAR}.
 */
export function isRealDate(parts: DateParts): boolean {
  if (!isYearInBounds(parts.year)) return false;
  if (parts.month === undefined) return parts.day === undefined;
  if (!Number.isInteger(parts.month) || parts.month < 1 || parts.month > 12) return false;
  if (parts.day === undefined) return true;
  return Number.isInteger(parts.day) && parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month);
}

/**
 * Parses "2021", "2021-06" or "2021-06-15"; anything else, a day that does not exist ("2021-02-31") and a year
 * outside {@link EARLIEST_YEAR}–{@link LATEST_YEAR} ("0050-06") give undefined.
 */
export function parsePartialDate(value: PartialDate | undefined | null): DateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) return undefined;
  const parts: DateParts = { year: Number(match[1]) };
  if (match[2]) parts.month = Number(match[2]);
  if (match[3]) parts.day = Number(match[3]);
  return isRealDate(parts) ? parts : undefined;
}

/** Parts → "2021", "2021-06" or "2021-06-15". */
export function formatPartialDate(parts: DateParts): PartialDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  let text = String(parts.year).padStart(4, '0');
  if (parts.month !== undefined) text += `-${pad(parts.month)}`;
  if (parts.month !== undefined && parts.day !== undefined) text += `-${pad(parts.day)}`;
  return text;
}

/** A CSL date read: its first date as parts, or why its year cannot be used. */
export interface CslDateReading {
  parts?: DateParts;
  /** Set when the date has a year outside {@link EARLIEST_YEAR}–{@link LATEST_YEAR}: the date is left out, and this says why. */
  problem?: string;
}

/**
 * Reads the first date of a CSL `issued`-style date (date-parts, or a date or year found in raw/literal text). A
 * month or day that does not exist is left out, never carried into the next month; a year outside
 * {@link EARLIEST_YEAR}–{@link LATEST_YEAR} leaves out the whole date, with `problem` saying why.
 */
export function readCslDate(date: CslDate | undefined | null): CslDateReading {
  if (!date || typeof date !== 'object') return {};
  const first = Array.isArray(date['date-parts']) ? date['date-parts'][0] : undefined;
  if (Array.isArray(first) && first.length) {
    const [year, month, day] = first.slice(0, 3).map((part) => Number(part));
    if (Number.isInteger(year)) {
      const problem = yearBoundsReason(year!);
      if (problem) return { problem };
      const parts: DateParts = { year: year! };
      if (month && isRealDate({ year: year!, month })) parts.month = month;
      if (parts.month && day && isRealDate({ year: year!, month: parts.month, day })) parts.day = day;
      return { parts };
    }
  }
  for (const text of [date.raw, date.literal]) {
    if (typeof text !== 'string') continue;
    const iso = parsePartialDate(text);
    if (iso) return { parts: iso };
    const found = /\b(\d{4})\b/.exec(text);
    if (found) {
      const year = Number(found[1]);
      const problem = yearBoundsReason(year);
      return problem ? { problem } : { parts: { year } };
    }
  }
  return {};
}

/** The first date of a CSL `issued`-style date, as {@link readCslDate} reads it; undefined when there is none it can use. */
export function cslDateParts(date: CslDate | undefined | null): DateParts | undefined {
  return readCslDate(date).parts;
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

/**
 * The UTC instant a calendar day begins, for any year: unlike `Date.UTC`, years 0–99 stay themselves (not 1900–1999).
 * NaN for a day beyond what `Date` holds (about 270,000 years either side of 1970).
 */
export function utcDayStart(year: number, monthIndex = 0, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** "2021", "Jun 2021" or "Jun 15, 2021", localised with Intl, only as precise as the data. */
export function formatDateParts(parts: DateParts | undefined, options: FormatOptions = {}): string {
  if (!parts) return '';
  // A month or day that does not exist, or a year out of bounds, is written as the data has it: no Date moves it.
  if (parts.month === undefined || !isRealDate({ year: parts.year, month: parts.month })) return String(parts.year);
  if (parts.day !== undefined && !isRealDate(parts)) return formatDateParts({ year: parts.year, month: parts.month }, options);
  const date = new Date(utcDayStart(parts.year, parts.month - 1, parts.day ?? 1));
  return dateFormat(options.locale, options.month ?? 'short', parts.day !== undefined).format(date);
}

/** Formats made so far, by locale, month style and whether a day is shown: making one costs far more than using it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** How many formats are kept; past this the cache starts over (a page uses a handful of locales). */
const DATE_FORMATS_KEPT = 64;

function dateFormat(locale: string | undefined, month: 'short' | 'long', day: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${month}|${day}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month, timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A locale tag that is not one (`locale="%%"`) reads as the runtime's own locale rather than failing the page.
      format = new Intl.DateTimeFormat(undefined, options);
    }
    if (dateFormats.size >= DATE_FORMATS_KEPT) dateFormats.clear();
    dateFormats.set(key, format);
  }
  return format;
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
  ar: 'حتى الآن',
};

/** Year formats by locale, for year ranges. */
const yearFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "2018–2022" as the locale writes a span of years ("2018–2022", "2018年～2022年"), or one year when they are the
 * same: Intl's `formatRange`, closed up around an en dash. Years Intl cannot place (out of the bounds a Date holds) are joined with an en dash.
 */
export function formatYearRange(first: number, last: number, locale?: string): string {
  const start = utcDayStart(first, 6, 1);
  const end = utcDayStart(last, 6, 1);
  if (!Number.isFinite(start) || !Number.isFinite(end) || first > last) return first === last ? String(first) : `${first}–${last}`;
  const key = locale ?? '';
  let format = yearFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat(undefined, options);
    }
    if (yearFormats.size >= DATE_FORMATS_KEPT) yearFormats.clear();
    yearFormats.set(key, format);
  }
  // Spans of years close up around an en dash ("2018–2022", as most languages' own form is; English's has thin spaces).
  return first === last ? format.format(start) : format.formatRange(start, end).replace(/\s*–\s*/, '–');
}

/** "Jun 2024 – Present", "2017 – 2022", "2019": a range as a page shows it. */
export function formatRange(range: DateRange, options: FormatOptions = {}): string {
  const start = formatDateParts(parsePartialDate(range.startDate), options);
  const end = range.ongoing ? presentLabel(options.locale) : formatDateParts(parsePartialDate(range.endDate), options);
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start || end;
}

/** A date as written by hand, read: see {@link interpretDate}. */
export type DateReading =
  /** Nothing given: "" or only spaces. */
  | { kind: 'empty' }
  /** A word for "not ended": "present", "current", "now", "ongoing"… */
  | { kind: 'present' }
  | SingleDateReading
  | {
      kind: 'range';
      start: SingleDateReading;
      /** Absent when the range has not ended. */
      end?: SingleDateReading;
      ongoing?: true;
      exact: boolean;
    }
  /** Written like a date, but no such day, month or year exists ("2021-02-31", "13/2021"); `reason` says why. */
  | { kind: 'impossible'; reason: string }
  /** Not a date form this reader knows. */
  | { kind: 'unreadable' };

export interface SingleDateReading {
  kind: 'date';
  /** "2021", "2021-06" or "2021-06-15". */
  date: PartialDate;
  parts: DateParts;
  /** False when the text said more than `date` holds (a season, a time of day). */
  exact: boolean;
  /** CSL season: 1 spring, 2 summer, 3 autumn, 4 winter. */
  season?: 1 | 2 | 3 | 4;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SEASON_WORD = '(spring|summer|fall|autumn|winter)';
const TERM = '(?:\\s+(?:semester|term|quarter))?';
const ORDINAL = '(?:st|nd|rd|th)?';
const SEASONS: Record<string, 1 | 2 | 3 | 4> = { spring: 1, summer: 2, fall: 3, autumn: 3, winter: 4 };
const PRESENT_WORDS = new Set(['present', 'current', 'currently', 'now', 'ongoing', 'today', 'to date', 'till date', 'till now', 'until now']);

const YEAR_FIRST = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NAMED_MONTH_YEAR = new RegExp(`^${MONTH_WORD}\\.?,?\\s+(\\d{4})$`, 'i');
const NAMED_MONTH_DAY_YEAR = new RegExp(`^${MONTH_WORD}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i');
const DAY_NAMED_MONTH_YEAR = new RegExp(`^(\\d{1,2})${ORDINAL}\\s+${MONTH_WORD}\\.?,?\\s+(\\d{4})$`, 'i');
const SEASON_YEAR = new RegExp(`^${SEASON_WORD}${TERM},?\\s+(\\d{4})$`, 'i');
const YEAR_SEASON = new RegExp(`^(\\d{4}),?\\s+${SEASON_WORD}${TERM}$`, 'i');
/** Separators that always mean "to": dashes, a spaced hyphen, "to", "until", "till". */
const RANGE_SEPARATOR = /^(.+?)(\s*[–—]\s*|\s+-\s+|\s+(?:to|until|till)\s+)(.+)$/i;
/** An unspaced hyphen is a range only between a year and a year or a word: "2019-2021", "Jun 2019-present". */
const HYPHEN_RANGE = /^(.*\d{4})-(\d{4}|[a-z].*)$/i;

function monthNumber(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(word.toLowerCase().slice(0, 3))) + 1;
}

/**
 * Why a year, month and day do not name a date that exists ("February 2021 has 28 days") or whose year is out of
 * bounds ({@link yearBoundsReason}), or undefined when they do.
 */
export function impossibleDateReason(year: number, month?: number, day?: number): string | undefined {
  const outside = yearBoundsReason(year);
  if (outside) return outside;
  if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) return `there is no month ${month}`;
  if (month !== undefined && day !== undefined && (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month))) {
    return day < 1 || !Number.isInteger(day) ? `there is no day ${day}` : `${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
  }
  return undefined;
}

function dated(year: number, month: number | undefined, day: number | undefined, exact: boolean): SingleDateReading | { kind: 'impossible'; reason: string } {
  const reason = impossibleDateReason(year, month, day);
  if (reason) return { kind: 'impossible', reason };
  const parts: DateParts = { year };
  if (month !== undefined) parts.month = month;
  if (month !== undefined && day !== undefined) parts.day = day;
  return { kind: 'date', date: formatPartialDate(parts), parts, exact };
}

/** One date, or undefined when the text is no date form known here. */
function readSingle(text: string): SingleDateReading | { kind: 'impossible'; reason: string } | undefined {
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  let match = YEAR_FIRST.exec(text);
  if (match) return dated(Number(match[1]), number(match[3]), number(match[4]), true);
  if ((match = DATE_TIME.exec(text))) return dated(Number(match[1]), Number(match[2]), Number(match[3]), false);
  if ((match = MONTH_YEAR.exec(text))) return dated(Number(match[2]), Number(match[1]), undefined, true);
  if ((match = NAMED_MONTH_YEAR.exec(text))) return dated(Number(match[2]), monthNumber(match[1]!), undefined, true);
  if ((match = NAMED_MONTH_DAY_YEAR.exec(text))) return dated(Number(match[3]), monthNumber(match[1]!), Number(match[2]), true);
  if ((match = DAY_NAMED_MONTH_YEAR.exec(text))) return dated(Number(match[3]), monthNumber(match[2]!), Number(match[1]), true);
  const season = SEASON_YEAR.exec(text) ?? YEAR_SEASON.exec(text);
  if (season) {
    const [word, year] = /^\d/.test(season[1]!) ? [season[2]!, season[1]!] : [season[1]!, season[2]!];
    const outside = yearBoundsReason(Number(year));
    if (outside) return { kind: 'impossible', reason: outside };
    return { kind: 'date', date: year, parts: { year: Number(year) }, exact: false, season: SEASONS[word.toLowerCase()]! };
  }
  return undefined;
}

function isPresentWord(text: string): boolean {
  return PRESENT_WORDS.has(text.toLowerCase().replace(/\.$/, ''));
}

/** "2019 – 2021", "Jun 2019 to present", "2019–21": a start and an end (or "present"), or undefined. */
function readRange(text: string): DateReading | undefined {
  const match = RANGE_SEPARATOR.exec(text) ?? HYPHEN_RANGE.exec(text);
  if (!match) return undefined;
  const spaced = match.length === 4;
  const [left, separator, right] = spaced ? [match[1]!, match[2]!.trim(), match[3]!] : [match[1]!, '-', match[2]!];
  const start = readSingle(left.trim());
  if (!start) return undefined;
  if (start.kind === 'impossible') return start;
  if (isPresentWord(right.trim())) return { kind: 'range', start, ongoing: true, exact: start.exact };
  let endText = right.trim();
  // "2019–21": a two-digit end year after a dash belongs to the start's century (or the next one).
  if (/^\d{2}$/.test(endText) && /^[–—]$/.test(separator) && start.parts.month === undefined) {
    const century = Math.floor(start.parts.year / 100) * 100;
    const year = century + Number(endText);
    endText = String(year < start.parts.year ? year + 100 : year);
  }
  const end = readSingle(endText);
  if (!end) return undefined;
  if (end.kind === 'impossible') return end;
  return { kind: 'range', start, end, exact: start.exact && end.exact };
}

/**
 * Reads a date as people write it in a CV: ISO ("2021", "2021-06", "2021-06-15", also "2021/06", "2021-6"),
 * an ISO date and time (the time is dropped), "06/2021", "June 2021", "Jun. 2021", "June 15, 2021",
 * "15 June 2021", a season ("Spring 2020": the year, with the season), a word for "not ended" ("present",
 * "current", "now", "ongoing", "today"…), or a range of two of these ("2019–2021", "2019 - present",
 * "Jun 2019 to Aug 2021", "2019–21"). Month names are English. Day-first or month-first numbers such as
 * "06/07/2021" are ambiguous and not read. A form that names a day or month that does not exist is `impossible`,
 * never moved to another day.
 */
export function interpretDate(text: string): DateReading {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed) return { kind: 'empty' };
  if (isPresentWord(trimmed)) return { kind: 'present' };
  return readSingle(trimmed) ?? readRange(trimmed) ?? { kind: 'unreadable' };
}
