import fc from 'fast-check';
import { expect } from 'vitest';
import {
  cslDateParts,
  dateKey,
  daysInMonth,
  EARLIEST_YEAR,
  formatDateParts,
  formatPartialDate,
  formatRange,
  formatYearRange,
  impossibleDateReason,
  interpretDate,
  isRealDate,
  isYearInBounds,
  LATEST_YEAR,
  parsePartialDate,
  presentLabel,
  readCslDate,
  utcDayStart,
  yearBoundsReason,
} from '../../src/model/dates.js';

describe('parsePartialDate', () => {
  it('parses a year, a year and month, and a full date', () => {
    expect(parsePartialDate('2021')).to.deep.equal({ year: 2021 });
    expect(parsePartialDate('2021-06')).to.deep.equal({ year: 2021, month: 6 });
    expect(parsePartialDate('2021-06-15')).to.deep.equal({ year: 2021, month: 6, day: 15 });
  });

  it('ignores surrounding whitespace', () => {
    expect(parsePartialDate(' 2019-11 ')).to.deep.equal({ year: 2019, month: 11 });
  });

  it('gives undefined for anything else', () => {
    for (const value of ['03/201', '2021/06', '21', '2021-6', 'June 2021', '2021-06-15T10:00', '', 'Present']) {
      expect(parsePartialDate(value), value).to.be.undefined;
    }
    expect(parsePartialDate(undefined)).to.be.undefined;
    expect(parsePartialDate(null)).to.be.undefined;
    expect(parsePartialDate(2021 as unknown as string)).to.be.undefined;
  });

  it('gives undefined for a month or day that does not exist, as the schema does', () => {
    // The schema's partialDate pattern only allows months 01-12 and days 01-31.
    expect(parsePartialDate('2021-13')).to.be.undefined;
    expect(parsePartialDate('2021-00')).to.be.undefined;
    expect(parsePartialDate('2021-06-32')).to.be.undefined;
    expect(parsePartialDate('2021-06-00')).to.be.undefined;
  });

  it('gives undefined for a day the month does not have, never a day of the next month', () => {
    expect(parsePartialDate('2021-02-31')).to.be.undefined;
    expect(parsePartialDate('2021-02-29')).to.be.undefined;
    expect(parsePartialDate('2021-04-31')).to.be.undefined;
    expect(parsePartialDate('2020-02-29')).to.deep.equal({ year: 2020, month: 2, day: 29 });
    expect(parsePartialDate('2021-01-31')).to.deep.equal({ year: 2021, month: 1, day: 31 });
  });
});

describe('daysInMonth and isRealDate', () => {
  it('know the length of each month, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2021, month))).to.deep.equal([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2020, 2)).to.equal(29);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
  });

  it('accept dates that exist and reject the rest', () => {
    expect(isRealDate({ year: 2021 })).to.equal(true);
    expect(isRealDate({ year: 2021, month: 12 })).to.equal(true);
    expect(isRealDate({ year: 2024, month: 2, day: 29 })).to.equal(true);
    expect(isRealDate({ year: 2021, month: 13 })).to.equal(false);
    expect(isRealDate({ year: 2021, month: 0 })).to.equal(false);
    expect(isRealDate({ year: 2021, month: 2, day: 29 })).to.equal(false);
    expect(isRealDate({ year: 2021, month: 6, day: 0 })).to.equal(false);
    expect(isRealDate({ year: 2021, day: 3 })).to.equal(false);
  });

  it('say why a date does not exist', () => {
    expect(impossibleDateReason(2021, 2, 31)).to.equal('February 2021 has 28 days');
    expect(impossibleDateReason(2021, 13)).to.equal('there is no month 13');
    expect(impossibleDateReason(2021, 6, 0)).to.equal('there is no day 0');
    expect(impossibleDateReason(2020, 2, 29)).to.be.undefined;
    expect(impossibleDateReason(2021)).to.be.undefined;
  });
});

describe('formatPartialDate', () => {
  it('writes parts as the profile format stores them', () => {
    expect(formatPartialDate({ year: 2021 })).to.equal('2021');
    expect(formatPartialDate({ year: 2021, month: 6 })).to.equal('2021-06');
    expect(formatPartialDate({ year: 2021, month: 6, day: 5 })).to.equal('2021-06-05');
  });
});

describe('interpretDate', () => {
  const date = (text: string) => {
    const reading = interpretDate(text);
    return reading.kind === 'date' ? reading.date : reading.kind;
  };

  it('reads ISO dates and their common variants', () => {
    expect(date('2021')).to.equal('2021');
    expect(date('2021-06')).to.equal('2021-06');
    expect(date('2021-06-15')).to.equal('2021-06-15');
    expect(date('2021-6-5')).to.equal('2021-06-05');
    expect(date('2021/06')).to.equal('2021-06');
    expect(date('2021/06/15')).to.equal('2021-06-15');
    expect(date(' 2021-06 ')).to.equal('2021-06');
  });

  it('reads month/year and English month names', () => {
    expect(date('06/2021')).to.equal('2021-06');
    expect(date('6/2021')).to.equal('2021-06');
    expect(date('June 2021')).to.equal('2021-06');
    expect(date('Jun. 2021')).to.equal('2021-06');
    expect(date('sept 2021')).to.equal('2021-09');
    expect(date('June 15, 2021')).to.equal('2021-06-15');
    expect(date('15 June 2021')).to.equal('2021-06-15');
    expect(date('1st May 2020')).to.equal('2020-05-01');
  });

  it('keeps only the date of a date and time, and says it is not exact', () => {
    expect(interpretDate('2021-06-15T10:30:00Z')).to.deep.include({ kind: 'date', date: '2021-06-15', exact: false });
  });

  it('reads a season as its year, with the CSL season number, not exact', () => {
    expect(interpretDate('Spring 2020')).to.deep.include({ kind: 'date', date: '2020', exact: false, season: 1 });
    expect(interpretDate('Fall 2019')).to.deep.include({ date: '2019', season: 3 });
    expect(interpretDate('autumn term 2019')).to.deep.include({ date: '2019', season: 3 });
    expect(interpretDate('2018 Winter')).to.deep.include({ date: '2018', season: 4 });
  });

  it('reads words for "not ended" and nothing as empty', () => {
    for (const text of ['present', 'Present', 'CURRENT', 'now', 'ongoing', 'today']) expect(interpretDate(text).kind, text).to.equal('present');
    expect(interpretDate('').kind).to.equal('empty');
    expect(interpretDate('   ').kind).to.equal('empty');
  });

  it('reads ranges with dashes, a spaced hyphen, "to", and an unspaced hyphen between years', () => {
    const range = (text: string) => {
      const reading = interpretDate(text);
      if (reading.kind !== 'range') return reading.kind;
      return [reading.start.date, reading.end?.date ?? (reading.ongoing ? 'ongoing' : undefined)];
    };
    expect(range('2019–2021')).to.deep.equal(['2019', '2021']);
    expect(range('2019 — 2021')).to.deep.equal(['2019', '2021']);
    expect(range('2019-2021')).to.deep.equal(['2019', '2021']);
    expect(range('2019 - present')).to.deep.equal(['2019', 'ongoing']);
    expect(range('2019-Present')).to.deep.equal(['2019', 'ongoing']);
    expect(range('Jun 2019 to Aug 2021')).to.deep.equal(['2019-06', '2021-08']);
    expect(range('06/2019 - 08/2021')).to.deep.equal(['2019-06', '2021-08']);
    expect(range('2019–21')).to.deep.equal(['2019', '2021']);
    expect(range('1999–01')).to.deep.equal(['1999', '2001']);
  });

  it('calls a date that cannot exist impossible, with the reason, and never moves it', () => {
    expect(interpretDate('2021-02-31')).to.deep.equal({ kind: 'impossible', reason: 'February 2021 has 28 days' });
    expect(interpretDate('2021-13')).to.deep.equal({ kind: 'impossible', reason: 'there is no month 13' });
    expect(interpretDate('2021-00-10').kind).to.equal('impossible');
    expect(interpretDate('2021-06-00')).to.deep.equal({ kind: 'impossible', reason: 'there is no day 0' });
    expect(interpretDate('13/2021').kind).to.equal('impossible');
    expect(interpretDate('2019 – 2021-02-30').kind).to.equal('impossible');
  });

  it('does not guess: day and month order, bare words and broken numbers are unreadable', () => {
    for (const text of ['06/07/2021', '7/6/21', 'soon', '03/201', '21', 'June', '2021 or 2022']) {
      expect(interpretDate(text).kind, text).to.equal('unreadable');
    }
  });
});

describe('cslDateParts', () => {
  it('reads the first date of date-parts', () => {
    expect(cslDateParts({ 'date-parts': [[2021, 12, 6]] })).to.deep.equal({ year: 2021, month: 12, day: 6 });
    expect(cslDateParts({ 'date-parts': [[2019, 11]] })).to.deep.equal({ year: 2019, month: 11 });
    expect(cslDateParts({ 'date-parts': [[2020]] })).to.deep.equal({ year: 2020 });
  });

  it('reads numeric strings in date-parts', () => {
    expect(cslDateParts({ 'date-parts': [['2018', '07']] })).to.deep.equal({ year: 2018, month: 7 });
  });

  it('takes the start of a date range', () => {
    expect(
      cslDateParts({
        'date-parts': [
          [2015, 5],
          [2015, 8],
        ],
      }),
    ).to.deep.equal({ year: 2015, month: 5 });
  });

  it('falls back to raw: an ISO partial date, else the first four-digit year', () => {
    expect(cslDateParts({ raw: '2016-04' })).to.deep.equal({ year: 2016, month: 4 });
    expect(cslDateParts({ raw: 'Apr 2016' })).to.deep.equal({ year: 2016 });
  });

  it('falls back to literal', () => {
    expect(cslDateParts({ literal: 'Spring 2013' })).to.deep.equal({ year: 2013 });
  });

  it('prefers date-parts over raw and literal', () => {
    expect(cslDateParts({ 'date-parts': [[2022]], raw: '1999', literal: '1998' })).to.deep.equal({ year: 2022 });
  });

  it('leaves out a month or day that does not exist instead of moving to the next month', () => {
    expect(cslDateParts({ 'date-parts': [[2021, 2, 31]] })).to.deep.equal({ year: 2021, month: 2 });
    expect(cslDateParts({ 'date-parts': [[2021, 13, 5]] })).to.deep.equal({ year: 2021 });
  });

  it('gives undefined when there is no date to read', () => {
    expect(cslDateParts(undefined)).to.be.undefined;
    expect(cslDateParts(null)).to.be.undefined;
    expect(cslDateParts({})).to.be.undefined;
    expect(cslDateParts({ literal: 'forthcoming' })).to.be.undefined;
    expect(cslDateParts({ 'date-parts': [['in press']] })).to.be.undefined;
  });
});

describe('dateKey', () => {
  const key = (text: string, end = false) => dateKey(parsePartialDate(text), end);

  it('orders dates chronologically', () => {
    const sorted = ['2021-06-15', '2019', '2021-06', '2020-12-31', '2021'].sort((a, b) => key(a) - key(b));
    expect(sorted).to.deep.equal(['2019', '2020-12-31', '2021', '2021-06', '2021-06-15']);
  });

  it('sorts a missing month or day as the start of the period', () => {
    expect(key('2021')).to.be.below(key('2021-01'));
    expect(key('2021-03')).to.be.below(key('2021-03-01'));
  });

  it('with end=true, sorts a missing month or day as the end of the period', () => {
    expect(key('2021', true)).to.be.above(key('2021-12-30'));
    expect(key('2021', true)).to.be.below(key('2022-01-01'));
    expect(key('2021-03', true)).to.be.above(key('2021-03-30'));
    expect(key('2021-03', true)).to.be.below(key('2021-04-01'));
  });

  it('sorts a missing date first, or last with end=true', () => {
    expect(dateKey(undefined)).to.equal(Number.NEGATIVE_INFINITY);
    expect(dateKey(undefined, true)).to.equal(Number.POSITIVE_INFINITY);
  });
});

describe('formatDateParts', () => {
  it('writes only as much as is known, in en-US', () => {
    expect(formatDateParts({ year: 2021 }, { locale: 'en-US' })).to.equal('2021');
    expect(formatDateParts({ year: 2021, month: 6 }, { locale: 'en-US' })).to.equal('Jun 2021');
    expect(formatDateParts({ year: 2021, month: 6, day: 15 }, { locale: 'en-US' })).to.equal('Jun 15, 2021');
    expect(formatDateParts({ year: 2021, month: 6 }, { locale: 'en-US', month: 'long' })).to.equal('June 2021');
  });

  it('writes dates in German', () => {
    expect(formatDateParts({ year: 2021 }, { locale: 'de' })).to.equal('2021');
    expect(formatDateParts({ year: 2021, month: 3 }, { locale: 'de', month: 'long' })).to.equal('März 2021');
    expect(formatDateParts({ year: 2021, month: 3, day: 5 }, { locale: 'de', month: 'long' })).to.equal('5. März 2021');
  });

  it('does not shift the day by time zone', () => {
    expect(formatDateParts({ year: 2020, month: 1, day: 1 }, { locale: 'en-US' })).to.equal('Jan 1, 2020');
    expect(formatDateParts({ year: 2020, month: 12, day: 31 }, { locale: 'en-US' })).to.equal('Dec 31, 2020');
  });

  it('never writes a day the month does not have as a day of the next month', () => {
    expect(formatDateParts({ year: 2021, month: 2, day: 31 }, { locale: 'en-US' })).to.equal('Feb 2021');
    expect(formatDateParts({ year: 2021, month: 13 }, { locale: 'en-US' })).to.equal('2021');
  });

  it('writes nothing for no date', () => {
    expect(formatDateParts(undefined)).to.equal('');
  });
});

describe('formatRange', () => {
  const en = { locale: 'en-US' };

  it('writes start – end', () => {
    expect(formatRange({ startDate: '2017', endDate: '2022' }, en)).to.equal('2017 – 2022');
    expect(formatRange({ startDate: '2020-10', endDate: '2024-06' }, en)).to.equal('Oct 2020 – Jun 2024');
  });

  it('writes an ongoing range as ending "Present" in English and "heute" in German', () => {
    expect(formatRange({ startDate: '2024-06', ongoing: true }, en)).to.equal('Jun 2024 – Present');
    expect(formatRange({ startDate: '2024-06', ongoing: true }, { locale: 'de', month: 'long' })).to.equal('Juni 2024 – heute');
  });

  it('lets ongoing win over an end date', () => {
    expect(formatRange({ startDate: '2019', endDate: '2020', ongoing: true }, en)).to.equal('2019 – Present');
  });

  it('writes a single date once when start and end are the same', () => {
    expect(formatRange({ startDate: '2019', endDate: '2019' }, en)).to.equal('2019');
  });

  it('writes whichever end is known when the other is missing', () => {
    expect(formatRange({ startDate: '2019-06' }, en)).to.equal('Jun 2019');
    expect(formatRange({ endDate: '2008-06' }, en)).to.equal('Jun 2008');
    expect(formatRange({}, en)).to.equal('');
  });

  it('ignores a date it cannot read rather than printing it', () => {
    expect(formatRange({ startDate: '03/201', endDate: '2012' }, en)).to.equal('2012');
  });

  it('does not show "2021-02-31" as a day in March', () => {
    expect(formatRange({ startDate: '2021-02-31', endDate: '2022' }, en)).to.equal('2022');
  });
});

describe('presentLabel', () => {
  it('uses the language of the locale and falls back to English', () => {
    expect(presentLabel('en-GB')).to.equal('Present');
    expect(presentLabel('de-AT')).to.equal('heute');
    expect(presentLabel('FR')).to.equal('présent');
    expect(presentLabel('zh-Hans-CN')).to.equal('至今');
    expect(presentLabel('ar-EG')).to.equal('حتى الآن');
    expect(presentLabel('xx')).to.equal('Present');
    expect(presentLabel()).to.equal('Present');
  });
});

describe('year bounds', () => {
  it('are 1000 to 2999, both included', () => {
    expect([EARLIEST_YEAR, LATEST_YEAR]).to.deep.equal([1000, 2999]);
    expect([999, 1000, 2999, 3000, 50, 99999999, 2021.5].map(isYearInBounds)).to.deep.equal([false, true, true, false, false, false, false]);
    expect(yearBoundsReason(2021)).to.be.undefined;
    expect(yearBoundsReason(123456)).to.equal('the year 123456 is outside 1000–2999, the years a date may have');
  });

  it('make "0050-06" and other far years no date, with the value and the bounds as the reason', () => {
    expect(parsePartialDate('0050-06')).to.be.undefined;
    expect(parsePartialDate('0999')).to.be.undefined;
    expect(parsePartialDate('3000-01-01')).to.be.undefined;
    expect(parsePartialDate('2999-12-31')).to.deep.equal({ year: 2999, month: 12, day: 31 });
    expect(interpretDate('0050-06')).to.deep.equal({ kind: 'impossible', reason: 'the year 50 is outside 1000–2999, the years a date may have' });
    expect(interpretDate('June 0050')).to.deep.equal({ kind: 'impossible', reason: 'the year 50 is outside 1000–2999, the years a date may have' });
    expect(interpretDate('Spring 0050')).to.deep.equal({ kind: 'impossible', reason: 'the year 50 is outside 1000–2999, the years a date may have' });
    expect(interpretDate('2019 – 5000').kind).to.equal('impossible');
    expect(impossibleDateReason(50, 6)).to.equal('the year 50 is outside 1000–2999, the years a date may have');
    expect(isRealDate({ year: 50, month: 6 })).to.equal(false);
  });

  it('keep "2021-02-31" impossible, not a day in March', () => {
    expect(parsePartialDate('2021-02-31')).to.be.undefined;
    expect(interpretDate('2021-02-31')).to.deep.equal({ kind: 'impossible', reason: 'February 2021 has 28 days' });
  });

  it('leave a CSL date with a far year out, saying why, and keep every other date', () => {
    expect(readCslDate({ 'date-parts': [[99999999]] })).to.deep.equal({ problem: 'the year 99999999 is outside 1000–2999, the years a date may have' });
    expect(readCslDate({ 'date-parts': [['123456', 6]] })).to.deep.equal({ problem: 'the year 123456 is outside 1000–2999, the years a date may have' });
    expect(readCslDate({ 'date-parts': [[50, 6]] }).problem).to.contain('the year 50');
    expect(readCslDate({ raw: 'circa 0050' }).problem).to.contain('the year 50');
    expect(readCslDate({ 'date-parts': [[2021, 6]] })).to.deep.equal({ parts: { year: 2021, month: 6 } });
    expect(readCslDate({ literal: 'Spring 2020' })).to.deep.equal({ parts: { year: 2020 } });
    expect(readCslDate(undefined)).to.deep.equal({});
    expect(cslDateParts({ 'date-parts': [[99999999]] })).to.be.undefined;
  });

  it('hold for any number as a year: a CSL date is in bounds or left out with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.integer({ min: -5000, max: 5000 }), fc.double()), fc.integer({ min: -2, max: 14 }), (year, month) => {
        const reading = readCslDate({ 'date-parts': [[year, month]] });
        if (reading.parts) expect(isYearInBounds(reading.parts.year)).to.equal(true);
        if (Number.isInteger(year) && !isYearInBounds(year)) expect(reading.problem).to.contain(String(year));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatting never moves a year', () => {
  const en = { locale: 'en-US' };

  it('places any year where it is: 50 stays 50, never 1950', () => {
    expect(new Date(utcDayStart(50, 5, 1)).getUTCFullYear()).to.equal(50);
    expect(new Date(utcDayStart(50, 5, 1)).getUTCMonth()).to.equal(5);
    expect(new Date(utcDayStart(0)).getUTCFullYear()).to.equal(0);
    expect(new Date(utcDayStart(2021, 1, 29)).toISOString().slice(0, 10)).to.equal('2021-03-01');
    expect(Number.isNaN(utcDayStart(99999999))).to.equal(true);
  });

  it('writes a year out of bounds as the data has it, never as another year', () => {
    expect(formatDateParts({ year: 50, month: 6 }, en)).to.equal('50');
    expect(formatDateParts({ year: 99999999, month: 6, day: 1 }, en)).to.equal('99999999');
  });

  it('writes the year of every date in bounds as it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: EARLIEST_YEAR, max: LATEST_YEAR }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        expect(formatDateParts({ year, month, day }, en)).to.contain(String(year));
        expect(formatDateParts({ year, month }, en)).to.contain(String(year));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a locale that is not one as the runtime’s own, rather than failing', () => {
    expect(formatDateParts({ year: 2021, month: 6 }, { locale: '%%not a locale%%' })).to.contain('2021');
  });
});

describe('formatYearRange', () => {
  it('writes a span of years as the language does, one year once', () => {
    expect(formatYearRange(2013, 2025, 'en')).to.equal('2013–2025');
    expect(formatYearRange(2019, 2019, 'en')).to.equal('2019');
    expect(formatYearRange(2013, 2025, 'ja')).to.contain('年');
  });

  it('joins years Intl cannot place, and a tag that is not a locale reads as the runtime’s', () => {
    expect(formatYearRange(-300000, -299000, 'en')).to.equal('-300000–-299000');
    expect(formatYearRange(2013, 2025, '%%')).to.contain('2013');
  });
});
