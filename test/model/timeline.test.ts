import fc from 'fast-check';
import { expect } from 'vitest';
import {
  assignLanes,
  axisFraction,
  buildTimeline,
  compareItems,
  collectItems,
  kindsFrom,
  laneCounts,
  maxOverlap,
  packLanes,
  parseKinds,
  placeEnd,
  placeStart,
  tickStep,
  tickYears,
  yearAxis,
  type Span,
  type TimelineEntry,
} from '../../src/model/timeline.js';
import type { Profile } from '../../src/model/types.js';
import { fixtureJson } from './fixture-files.js';

const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);
const TODAY = new Date(2025, 2, 15); // 15 March 2025, local calendar date

async function loadSeed(name: string): Promise<Profile> {
  return fixtureJson(`/demo/profiles/${name}.json`) as Profile;
}

/** Do two entries share an instant? Spans are half-open: [start, end). */
const overlaps = (a: Span, b: Span) => a.startTime < b.endTime && b.startTime < a.endTime;

/** Brute force, independent of the sweep in the model: the most spans covering one instant (some span's start). */
function bruteMaxOverlap(spans: readonly Span[]): number {
  let most = 0;
  for (const probe of spans) most = Math.max(most, spans.filter((span) => span.startTime <= probe.startTime && probe.startTime < span.endTime).length);
  return most;
}

/** Every pair of overlapping entries of one person sits in different lanes. */
function expectNoSharedLane(entries: readonly TimelineEntry[]): void {
  for (const [i, a] of entries.entries()) {
    for (const b of entries.slice(i + 1)) {
      if (a.personIndex === b.personIndex && overlaps(a, b)) {
        expect(a.lane, `${a.title} (${a.path}) and ${b.title} (${b.path}) overlap`).to.not.equal(b.lane);
      }
    }
  }
}

/** A profile of work entries given as [position, start, end?] (end "now" = ongoing). */
function workProfile(name: string, rows: Array<[string, string, string?]>): Profile {
  return {
    basics: { name },
    work: rows.map(([position, startDate, endDate]) => ({
      position,
      organization: 'Org',
      startDate,
      ...(endDate === 'now' ? { ongoing: true } : endDate ? { endDate } : {}),
    })),
  };
}

describe('timeline model: placing partial dates', () => {
  it('places a start at the beginning and an end at the end of the period named', () => {
    expect(placeStart({ year: 2017 })).to.equal(utc(2017, 1, 1));
    expect(placeStart({ year: 2017, month: 8 })).to.equal(utc(2017, 8, 1));
    expect(placeStart({ year: 2017, month: 8, day: 15 })).to.equal(utc(2017, 8, 15));
    // Exclusive ends: the first instant after the period.
    expect(placeEnd({ year: 2017 })).to.equal(utc(2018, 1, 1));
    expect(placeEnd({ year: 2017, month: 8 })).to.equal(utc(2017, 9, 1));
    expect(placeEnd({ year: 2017, month: 12 })).to.equal(utc(2018, 1, 1));
    expect(placeEnd({ year: 2017, month: 8, day: 31 })).to.equal(utc(2017, 9, 1));
    expect(placeEnd({ year: 2020, month: 2, day: 29 })).to.equal(utc(2020, 3, 1));
  });

  it('reads ranges with year, month and day precision, open ends and inconsistent ends', () => {
    const profile = workProfile('Ada', [
      ['Years', '2017', '2019'],
      ['Months', '2017-08', '2018-02'],
      ['Days', '2017-08-15', '2017-08-20'],
      ['Start only', '2021'],
      ['End before start', '2022-05', '2020'],
    ]);
    const { items } = collectItems([profile], { today: TODAY });
    const byTitle = Object.fromEntries(items.map((item) => [item.title, item]));
    expect([byTitle['Years']!.startTime, byTitle['Years']!.endTime]).to.deep.equal([utc(2017), utc(2020)]);
    expect([byTitle['Months']!.startTime, byTitle['Months']!.endTime]).to.deep.equal([utc(2017, 8), utc(2018, 3)]);
    expect([byTitle['Days']!.startTime, byTitle['Days']!.endTime]).to.deep.equal([utc(2017, 8, 15), utc(2017, 8, 21)]);
    // No end, not ongoing: the period of its start.
    expect([byTitle['Start only']!.startTime, byTitle['Start only']!.endTime]).to.deep.equal([utc(2021), utc(2022)]);
    expect(byTitle['Start only']!.end).to.equal(undefined);
    // The start is trusted; the entry lasts at least its start's period.
    expect([byTitle['End before start']!.startTime, byTitle['End before start']!.endTime]).to.deep.equal([utc(2022, 5), utc(2022, 6)]);
    // The data's own precision is kept for display.
    expect(byTitle['Months']!.start).to.deep.equal({ year: 2017, month: 8 });
    expect(byTitle['Months']!.end).to.deep.equal({ year: 2018, month: 2 });
  });

  it('runs ongoing ranges to the end of today, given as a Date or as date parts', () => {
    const profile = workProfile('Ada', [['Now', '2024-06', 'now']]);
    const [item] = collectItems([profile], { today: TODAY }).items;
    expect(item!.ongoing).to.equal(true);
    expect(item!.end).to.equal(undefined);
    expect(item!.endTime).to.equal(utc(2025, 3, 16));
    const [other] = collectItems([profile], { today: { year: 2030, month: 1, day: 2 } }).items;
    expect(other!.endTime).to.equal(utc(2030, 1, 3));
    // An ongoing range that starts after today still covers its start's period.
    const [future] = collectItems([workProfile('Ada', [['Later', '2026-02', 'now']])], { today: TODAY }).items;
    expect([future!.startTime, future!.endTime]).to.deep.equal([utc(2026, 2), utc(2026, 3)]);
  });

  it('lets "…–2017" and "2018–…" meet without overlapping, while "…–2017-08" and "2017-08–…" share August', () => {
    const years = collectItems([
      workProfile('Ada', [
        ['A', '2015', '2017'],
        ['B', '2018', '2019'],
      ]),
    ]).items;
    expect(overlaps(years[0]!, years[1]!)).to.equal(false);
    expect(packLanes(years)).to.deep.equal([0, 0]);
    const months = collectItems([
      workProfile('Ada', [
        ['A', '2015-01', '2017-08'],
        ['B', '2017-08', '2019-01'],
      ]),
    ]).items;
    expect(overlaps(months[0]!, months[1]!)).to.equal(true);
    expect(packLanes(months)).to.deep.equal([0, 1]);
  });
});

describe('timeline model: reading profiles', () => {
  it('reads experience, education and teaching by default, in date order, with their details', async () => {
    const heyang = await loadSeed('heyang-qin');
    const { items, undated } = collectItems([heyang], { today: TODAY });
    expect(undated).to.deep.equal([]);
    expect(items.map((item) => `${item.kind}: ${item.title} (${item.path})`)).to.deep.equal([
      'education: Bachelor (/education/1)',
      'experience: Research Assistant (/work/3)',
      'education: Ph.D. (/education/0)',
      'experience: Teaching Assistant (/work/4)',
      'teaching: CPE 201: Digital Design (/teaching/0)',
      'teaching: ENGR 100: Introduction to Engineering Design (/teaching/1)',
      'experience: Research Intern (/work/2)',
      'experience: Researcher (/work/1)',
      'experience: Senior Researcher (/work/0)',
    ]);
    const phd = items.find((item) => item.path === '/education/0')!;
    expect(phd.organization).to.equal('University of Nevada, Reno');
    expect(phd.details.facts).to.deep.equal([
      { label: 'field', values: ['Computer Science and Engineering'] },
      { label: 'advisors', values: ['Feng Yan', 'Lei Yang'] },
      { label: 'gpa', values: ['4.00'] },
    ]);
    const senior = items.find((item) => item.path === '/work/0')!;
    expect(senior.ongoing).to.equal(true);
    expect(senior.type).to.equal('job');
    // Facts are labelled by id and kinds given as the data writes them: the page names them in its language.
    // "job" adds nothing to a title; "internship" does; "research assistant" repeats the title.
    expect(senior.details.facts).to.deep.equal([{ label: 'team', values: ['Azure OpenAI'] }]);
    expect(items.find((item) => item.path === '/work/2')!.details.facts).to.deep.equal([
      { label: 'team', values: ['DeepSpeed'] },
      { label: 'type', values: ['internship'] },
    ]);
    expect(items.find((item) => item.path === '/work/3')!.details.facts).to.deep.equal([]);
    expect(senior.details.highlights).to.have.length(3);
    expect(senior.details.summary).to.match(/^Developing next-generation inference infrastructure/);
    expect(senior.person).to.equal('Heyang Qin');
    expect(senior.id).to.equal('0-work-0');
  });

  it('adds point events for talks, honors (one per year) and publications by issued date', async () => {
    const minjia = await loadSeed('minjia-zhang');
    const { items, undated } = collectItems([minjia], { kinds: ['talks', 'honors', 'publications'], today: TODAY });
    const count = (kind: string) => items.filter((item) => item.kind === kind).length;
    expect(count('talks')).to.equal(24);
    // 16 honors: one without a year is undated; the fellowship (3 years) and the scholarship (4 years) repeat.
    expect(count('honors')).to.equal(13 + 3 + 4);
    expect(count('publications')).to.equal(50);
    expect(undated).to.deep.equal([
      { kind: 'honors', title: 'Microsoft CTO Kevin Scott selected DeepCPU as one of three topics for "Cool Tech" showcase', person: 'Minjia Zhang', path: '/honors/3' },
    ]);
    expect(items.every((item) => item.point && !item.ongoing && item.end === undefined)).to.equal(true);
    const fellowship = items.filter((item) => item.title === 'Ohio State University Fellowship');
    expect(fellowship.map((item) => [item.id, item.start.year])).to.deep.equal([
      ['0-honors-10', 2010],
      ['0-honors-10-1', 2011],
      ['0-honors-10-2', 2013],
    ]);
    const talk = items.find((item) => item.path === '/talks/0')!;
    expect([talk.startTime, talk.endTime]).to.deep.equal([utc(2022, 7, 28), utc(2022, 7, 29)]);
    expect(talk.place).to.equal('Intel AI Group');
    expect(talk.details.facts).to.deep.equal([
      { label: 'type', values: ['invited-talk'] },
      { label: 'host', values: ['Saurabh Tangri'] },
    ]);
    // Date order throughout.
    for (let index = 1; index < items.length; index++) expect(items[index]!.startTime).to.be.at.least(items[index - 1]!.startTime);
  });

  it('reads `kinds` words, with aliases, ignoring unknown ones', () => {
    expect(parseKinds(undefined)).to.deep.equal(['experience', 'education', 'teaching']);
    expect(parseKinds('')).to.deep.equal(['experience', 'education', 'teaching']);
    expect(parseKinds('talks  Publications,honors')).to.deep.equal(['talks', 'publications', 'honors']);
    expect(parseKinds('work talk nonsense')).to.deep.equal(['experience', 'talks']);
    expect(parseKinds('nonsense')).to.deep.equal(['experience', 'education', 'teaching']);
  });

  it('reads kinds from list items (a comma-separated attribute, already split)', () => {
    expect(kindsFrom(['Talks', 'papers', 'talk', 'nonsense'])).to.deep.equal(['talks', 'publications']);
    expect(kindsFrom([])).to.deep.equal(['experience', 'education', 'teaching']);
  });

  it('writes places as the other elements do: trimmed, country names from country codes in the language asked for', () => {
    const profile: Profile = {
      basics: { name: 'Ada' },
      work: [
        { position: 'A', startDate: '2020', location: { city: ' Reno ', region: 'NV', countryCode: 'US' } },
        { position: 'B', startDate: '2021', location: '  Redmond, WA ' },
      ],
      education: [{ institution: 'U', degree: 'Ph.D.', startDate: '2015', location: { city: 'Zürich', countryCode: 'CH' } }],
    };
    const places = (locale: string) => Object.fromEntries(collectItems([profile], { today: TODAY, locale }).items.map((item) => [item.title, item.place]));
    expect(places('en')).to.deep.equal({ A: 'Reno, NV, United States', B: 'Redmond, WA', 'Ph.D.': 'Zürich, Switzerland' });
    expect(places('de')['Ph.D.']).to.equal('Zürich, Schweiz');
  });

  it('drops unsafe links and keeps safe ones', () => {
    const profile: Profile = {
      basics: { name: 'Ada' },
      work: [
        { position: 'A', organization: 'X', startDate: '2010', url: 'javascript:alert(1)' },
        { position: 'B', organization: 'X', startDate: '2011', url: 'https://example.org/b' },
      ],
    };
    const { items } = collectItems([profile]);
    expect(items.map((item) => item.url)).to.deep.equal([undefined, 'https://example.org/b']);
  });
});

describe('timeline model: lanes', () => {
  it('packs Minjia Zhang’s nine positions and three degrees into three lanes', async () => {
    const minjia = await loadSeed('minjia-zhang');
    const { entries } = buildTimeline(minjia, { today: TODAY });
    expect(entries).to.have.length(12);
    expect(entries.map((entry) => `${entry.path} ${entry.lane}`)).to.deep.equal([
      '/education/2 0', // B.S. 2004-07 – 2008-06
      '/work/8 1', // undergraduate researcher 2006-11 – 2007-09
      '/work/7 0', // RA, HUST 2008-09 – 2010-08
      '/education/1 1', // M.S. 2008-09 – 2010-08
      '/education/0 0', // Ph.D. 2010-09 – 2016-09
      '/work/6 1', // RA, Ohio State 2010-09 – 2011-03
      '/work/3 1', // RA, Ohio State 2011-05 – 2016-05
      '/work/5 2', // intern 2015-05 – 2015-08, beside the Ph.D. and the assistantship
      '/work/4 2', // intern 2015-09 – 2015-11
      '/work/2 2', // intern 2016-05 – 2016-08 (the assistantship runs to the end of May)
      '/work/1 0', // Senior RSDE 2016-10 – 2020-08
      '/work/0 1', // Principal Researcher 2020-08 – now (shares August 2020)
    ]);
    expectNoSharedLane(entries);
    expect(laneCounts(entries, 1)).to.deep.equal([3]);
    expect(maxOverlap(entries)).to.equal(3);
    expect(bruteMaxOverlap(entries)).to.equal(3);
  });

  it('puts Heyang Qin’s assistantships beside his internship, his degree and his roles', async () => {
    const heyang = await loadSeed('heyang-qin');
    const { entries } = buildTimeline(heyang, { today: TODAY });
    const lane = (path: string) => entries.find((entry) => entry.path === path)!.lane;
    const [ra, ta, intern, phd] = ['/work/3', '/work/4', '/work/2', '/education/0'].map(lane);
    // Oct 2020 – Jan 2021: research and teaching assistantships, the internship and the Ph.D. at once.
    expect(new Set([ra, ta, intern, phd]).size).to.equal(4);
    expect(entries.map((entry) => `${entry.path} ${entry.lane}`)).to.deep.equal([
      '/education/1 0',
      '/work/3 0',
      '/education/0 1',
      '/work/4 2',
      '/teaching/0 3',
      '/teaching/1 4', // June 2019 has both courses, both assistantships and the Ph.D.
      '/work/2 3',
      '/work/1 0',
      '/work/0 1', // June 2024 has both Microsoft roles
    ]);
    expectNoSharedLane(entries);
    expect(laneCounts(entries, 1)).to.deep.equal([5]);
    expect(bruteMaxOverlap(entries)).to.equal(5);
  });

  it('reuses a lane as soon as it is free and opens one only when all are taken', () => {
    const spans: Span[] = [
      { startTime: 0, endTime: 10 },
      { startTime: 2, endTime: 4 },
      { startTime: 4, endTime: 6 }, // starts when the second ends: same lane
      { startTime: 5, endTime: 12 },
      { startTime: 10, endTime: 11 }, // lane 0 is free again
      { startTime: 11, endTime: 13 },
    ];
    expect(packLanes(spans)).to.deep.equal([0, 1, 1, 2, 0, 0]);
    expect(maxOverlap(spans)).to.equal(3);
  });

  it('keeps the order given and packs identical spans into separate lanes', () => {
    const spans: Span[] = [
      { startTime: 5, endTime: 9 },
      { startTime: 1, endTime: 9 },
      { startTime: 1, endTime: 9 },
      { startTime: 9, endTime: 10 },
    ];
    expect(packLanes(spans)).to.deep.equal([2, 0, 1, 0]);
  });

  it('is minimal and overlap-free on random spans (the lane count is the largest overlap)', () => {
    // A small deterministic generator, so that a failure can be reproduced.
    let seed = 20240611;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const count = 1 + Math.floor(random() * 25);
      const spans: Span[] = Array.from({ length: count }, () => {
        const start = Math.floor(random() * 100);
        return { startTime: start, endTime: start + 1 + Math.floor(random() * 30) };
      });
      const lanes = packLanes(spans);
      for (let i = 0; i < count; i++) {
        for (let j = i + 1; j < count; j++) {
          if (overlaps(spans[i]!, spans[j]!)) expect(lanes[i], `round ${round}: spans ${i} and ${j}`).to.not.equal(lanes[j]);
        }
      }
      expect(Math.max(...lanes) + 1, `round ${round}`).to.equal(bruteMaxOverlap(spans));
      expect(maxOverlap(spans), `round ${round}`).to.equal(bruteMaxOverlap(spans));
    }
  });

  it('packs points at least `minPointSpan` wide; ranges keep their dates', () => {
    const spans: Span[] = [
      { startTime: 0, endTime: 1, point: true },
      { startTime: 3, endTime: 4, point: true },
      { startTime: 6, endTime: 7, point: true },
      { startTime: 0, endTime: 1 },
      { startTime: 1, endTime: 2 },
    ];
    expect(packLanes(spans)).to.deep.equal([0, 0, 0, 1, 0]);
    expect(maxOverlap(spans)).to.equal(2);
    // Points 5 wide: the second point collides with the first, the third fits after the first; ranges stay 1 wide.
    expect(packLanes(spans, { minPointSpan: 5 })).to.deep.equal([0, 1, 0, 1, 1]);
    expect(maxOverlap(spans, { minPointSpan: 5 })).to.equal(2);
    expect(packLanes(spans.slice(0, 3), { minPointSpan: 5 })).to.deep.equal([0, 1, 0]);
  });

  it('packs each person’s band separately, from lane 0', () => {
    const ada = workProfile('Ada', [
      ['A1', '2010', '2015'],
      ['A2', '2012', '2013'],
    ]);
    const grace = workProfile('Grace', [
      ['G1', '2011', '2014'],
      ['G2', '2012', '2016'],
      ['G3', '2013', '2013'],
    ]);
    const { entries } = buildTimeline([ada, grace]);
    expect(entries.map((entry) => `${entry.person} ${entry.title} ${entry.lane}`)).to.deep.equal([
      'Ada A1 0',
      'Grace G1 0',
      'Grace G2 1', // same start as A2, longer: first
      'Ada A2 1',
      'Grace G3 2',
    ]);
    expect(laneCounts(entries, 3)).to.deep.equal([2, 3, 0]);
    expect(assignLanes(entries.filter((entry) => entry.person === 'Grace')).map((entry) => entry.lane)).to.deep.equal([0, 1, 2]);
  });
});

describe('timeline model: many entries', () => {
  /** The first-fit packing as the model defines it, written the plain way: the lowest lane free at each start. */
  function firstFitLanes(spans: readonly Span[]): number[] {
    const order = spans.map((span, index) => ({ index, start: span.startTime, end: span.endTime })).sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
    const freeAt: number[] = [];
    const lanes: number[] = [];
    for (const { index, start, end } of order) {
      let lane = freeAt.findIndex((time) => time <= start);
      if (lane === -1) lane = freeAt.length;
      freeAt[lane] = end;
      lanes[index] = lane;
    }
    return lanes;
  }

  it('gives exactly the lanes of plain first-fit packing, on any spans', () => {
    const span = fc
      .record({ startTime: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 25 }) })
      .map(({ startTime, length }): Span => ({ startTime, endTime: startTime + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 80 }), (spans) => {
        expect(packLanes(spans)).to.deep.equal(firstFitLanes(spans));
      }),
      { numRuns: 1000 },
    );
  });

  it('packs 100,000 spans that all overlap, one lane each, in n log n (a scan of every lane per span would take minutes)', () => {
    const spans: Span[] = Array.from({ length: 100_000 }, (_, index) => ({ startTime: index % 7, endTime: 1_000_000 }));
    const lanes = packLanes(spans);
    expect(new Set(lanes).size).to.equal(100_000);
    expect(lanes.reduce((most, lane) => Math.max(most, lane), 0)).to.equal(99_999);
    expect(maxOverlap(spans)).to.equal(100_000);
  });

  it('packs a generated career of 20,000 positions as first-fit does: no overlap within a lane, the fewest lanes, date order', () => {
    // Positions of 1 to 48 months starting between 1950 and 2024, a few ongoing (like the benchmark's timeline).
    let seed = 0x71e11e;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const month = (months: number) => `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
    const work = Array.from({ length: 20_000 }, (_, index) => {
      const start = 1950 * 12 + Math.floor(random() * 75 * 12);
      return { position: `Role ${index}`, startDate: month(start), ...(random() < 0.01 ? { ongoing: true } : { endDate: month(start + 1 + Math.floor(random() * 48)) }) };
    });
    const { entries } = buildTimeline({ basics: { name: 'Long career' }, work } as Profile, { today: TODAY });
    expect(entries.length).to.equal(20_000);
    expect(entries.every((entry, index) => index === 0 || compareItems(entries[index - 1]!, entry) <= 0)).to.equal(true);
    expect(entries.map((entry) => entry.lane)).to.deep.equal(firstFitLanes(entries));
    const byLane = new Map<number, TimelineEntry[]>();
    for (const entry of entries) byLane.set(entry.lane, [...(byLane.get(entry.lane) ?? []), entry]);
    const overlapping = [...byLane.values()].filter((lane) => lane.some((entry, index) => index > 0 && lane[index - 1]!.endTime > entry.startTime));
    expect(overlapping.length, 'lanes with overlapping entries').to.equal(0);
    expect(laneCounts(entries, 1)).to.deep.equal([maxOverlap(entries)]);
  });

  it('reads and lays out 20,000 positions of one person, identical dates and all', () => {
    const work = Array.from({ length: 20_000 }, (_, index) => ({ position: `Role ${index}`, startDate: index % 2 ? '2010-01' : `${1980 + (index % 40)}-06`, endDate: '2015-06' }));
    const { entries } = buildTimeline({ basics: { name: 'Many' }, work } as Profile, { today: TODAY });
    expect(entries.length).to.equal(20_000);
    expect(laneCounts(entries, 1)).to.deep.equal([maxOverlap(entries)]);
    // Date order, and among equal dates the order of the data (ids compared by number: …-9 before …-10).
    const sameDates = entries.filter((entry) => entry.start.year === 2010 && entry.start.month === 1).map((entry) => Number(entry.path.split('/')[2]));
    expect(sameDates.slice(0, 4)).to.deep.equal([1, 3, 5, 7]);
  });
});

describe('timeline model: dates out of bounds', () => {
  it('places the year 50 in the year 50, never 1950', () => {
    expect(new Date(placeStart({ year: 50, month: 6 })).getUTCFullYear()).to.equal(50);
    expect(new Date(placeEnd({ year: 99 })).getUTCFullYear()).to.equal(100);
  });

  it('puts honors in years out of bounds, and positions dated "0050-06", among the undated', () => {
    const profile = {
      basics: { name: 'Ada' },
      work: [{ position: 'Ancient', startDate: '0050-06' }],
      honors: [
        { title: 'Far', years: [99999, 50] },
        { title: 'Mixed', years: [2019, 123456] },
      ],
    } as unknown as Profile;
    const { entries, undated } = buildTimeline(profile, { kinds: ['experience', 'honors'], today: TODAY });
    expect(entries.map((entry) => `${entry.title} ${entry.start.year}`)).to.deep.equal(['Mixed 2019']);
    expect(undated.map((entry) => entry.path)).to.deep.equal(['/work/0', '/honors/0']);
  });
});

describe('timeline model: the year axis', () => {
  it('spans whole years around the entries, including points drawn wider', () => {
    const axis = yearAxis([
      { startTime: utc(2013, 8), endTime: utc(2017, 6) },
      { startTime: utc(2019, 6), endTime: utc(2022, 1) }, // ends exactly at the start of 2022: 2021 is the last year
    ])!;
    expect(axis).to.deep.equal({ firstYear: 2013, endYear: 2022, startTime: utc(2013), endTime: utc(2022) });
    expect(axisFraction(axis, utc(2013))).to.equal(0);
    expect(axisFraction(axis, utc(2022))).to.equal(1);
    const widened = yearAxis([{ startTime: utc(2021, 12, 30), endTime: utc(2021, 12, 31), point: true }], { minPointSpan: 10 * 86_400_000 })!;
    expect([widened.firstYear, widened.endYear]).to.deep.equal([2021, 2023]);
    expect(yearAxis([])).to.equal(undefined);
  });

  it('labels years far enough apart for their width', () => {
    const axis = yearAxis([{ startTime: utc(2004), endTime: utc(2026) }])!; // 22 years
    expect(tickStep(axis, 2200)).to.equal(1);
    expect(tickStep(axis, 800)).to.equal(2);
    expect(tickStep(axis, 400)).to.equal(5);
    expect(tickYears(axis, 1)).to.have.length(22);
    expect(tickYears(axis, 5)).to.deep.equal([2005, 2010, 2015, 2020, 2025]);
  });
});

describe('timeline model: words', () => {
  it('gives no interface words: untitled entries have the title "", facts an id, every author', () => {
    const authors = Array.from({ length: 9 }, (_, index) => ({ family: `Author${index}`, given: 'A' }));
    // No position, no degree, no title (the publication's is required: left out on purpose).
    const profile = {
      basics: { name: 'R' },
      work: [{ organization: 'Org', startDate: '2019', kind: 'postdoc' }],
      education: [{ institution: 'Uni', startDate: '2010', endDate: '2014' }],
      publications: [{ id: 'p', type: 'article', issued: { 'date-parts': [[2020]] }, author: authors }],
    } as Profile;
    const { items } = collectItems([profile], { kinds: ['experience', 'education', 'publications'], today: TODAY });
    expect(items.map((item) => item.title)).to.deep.equal(['', '', '']);
    const paper = items.find((item) => item.kind === 'publications')!;
    expect(paper.details.facts).to.deep.equal([{ label: 'authors', values: authors.map((author) => `${author.given} ${author.family}`) }]);
    expect(items.find((item) => item.kind === 'experience')!.details.facts).to.deep.equal([{ label: 'type', values: ['postdoc'] }]);
  });
});
