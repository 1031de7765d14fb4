/**
 * fast-check arbitraries for everything the kit reads: profile JSON, JSON Resume, lab JSON, BibTeX text and CSL-JSON
 * items. Each mixes valid values with hostile ones — wrong types, huge texts, deep nesting, far-away years, links
 * with a `javascript:` / `data:` / `vbscript:` scheme in every link field, duplicate ids and keys — and each case
 * carries one known-good record, written so that nothing else in the case can touch it.
 *
 * No DOM and no Node: the Node suite (test/fuzz/*.test.ts) and the Chromium one (test/components/fuzz.test.ts)
 * share these.
 */
import fc from 'fast-check';

type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------------------------
// Texts, numbers, links, dates

/** Texts that have broken parsers, renderers and templates before, or could. */
export const SPECIAL_TEXTS: readonly string[] = [
  '',
  ' ',
  '\n\t ',
  'null',
  'undefined',
  'NaN',
  'true',
  '0',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; alert(1); '",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<!--',
  ']]>',
  '&amp;&lt;',
  '&#x6A;avascript:alert(1)',
  '\u202Egnp.exe',
  '\uFEFF',
  '\u0000',
  '\u0007bell',
  '\uD800',
  '\uDFFFx',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  'Ünïcödé Ærø',
  '中文标题',
  'مرحبا بالعالم',
  '\u200B\u200C\u200D',
  '\r\n\r\n',
  'a\u2028b\u2029c',
  '$x^$',
  '$',
  '$${}$',
  '$\\frac{1}{$',
  '$\\alpha + \\beta$',
  '$\\href{javascript:alert(1)}{x}$',
  '$\\unknowncommand$',
  '\\',
  '\\relax',
  '{\\"u}',
  '%',
  '#',
  '~',
  '--',
  '...',
  'present',
  'Present',
  'now',
  '2021-02-31',
  '0050-06',
  '99999999',
  '123456',
  '-1',
  '1e21',
  'Spring 2020',
  '2019–2021',
];

/** A text far longer than any real field. */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 5_000, max: 120_000 }), fc.constantFrom('x', 'word ', 'é', '{}', '$', '<b>', 'javascript:'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Any text: ordinary, Unicode, broken surrogates and control characters, the special texts, now and then a huge one. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 16, arbitrary: fc.constantFrom(...SPECIAL_TEXTS) },
  { weight: 1, arbitrary: hugeText },
);

/** A text that is there: not empty, not only spaces (a field that needs one). */
export const someText: fc.Arbitrary<string> = anyText.filter((text) => text.trim() !== '');

/** Words, for names and titles that should simply work. */
export const plainWords: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('Deep', 'learning', 'for', 'graphs', 'Über', 'analysis', 'of', 'sparse', 'systems', 'Ada', 'Grace', 'Hopper', 'München', 'São', 'Paulo'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((words) => words.join(' '));

/** Numbers a field may hold by mistake, JavaScript's odd ones included (a property can hold them). */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, -1, 1e21, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, NaN, Infinity, -Infinity),
);

/** Links that must never reach an `href` or `src`: every spelling browsers still run. */
export const UNSAFE_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript://example.org/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'data:application/pdf;base64,JVBERi0=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0000',
  'about:blank',
  'chrome://settings',
];

/** Links that are fine: http(s), mailto, relative (these resolve to the test server in a browser). */
export const SAFE_URLS: readonly string[] = [
  'https://example.org/paper.pdf',
  'http://example.org/',
  'HTTPS://EXAMPLE.ORG/UPPER',
  'mailto:ada@example.org',
  'paper.pdf',
  '../img/me.jpg',
  '/cv.pdf',
  '//example.org/protocol-relative',
  '#talks',
  'https://example.org/a?b=c&d=<e>#f',
  'https://doi.org/10.1000/182',
];

/** A value for a link field: mostly a link (safe or not), sometimes any text. */
export const anyUrl: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SAFE_URLS) },
  { weight: 3, arbitrary: fc.constantFrom(...UNSAFE_URLS) },
  { weight: 1, arbitrary: anyText },
);

/** Years, from plausible to absurd. */
export const anyYear: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1950, max: 2030 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 50, 999, 1000, 2999, 3000, 10_000, 123_456, 99_999_999, -1, -44, 1e21) },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }) },
);

const pad = (number: number, width = 2) => String(number).padStart(width, '0');

/** A date written as the profile format wants it ("2021", "2021-06", "2021-06-15"), with the year from `years`. */
export const isoDate = (years: fc.Arbitrary<number> = fc.integer({ min: 1950, max: 2030 })): fc.Arbitrary<string> =>
  fc
    .record({ year: years, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), precision: fc.constantFrom(1, 2, 3) })
    .map(({ year, month, day, precision }) => [year < 0 ? `-${pad(-year, 4)}` : pad(year, 4), pad(month), pad(day)].slice(0, precision).join('-'));

/** Dates as people write them, and ones that cannot exist or cannot be read. */
export const anyDate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: isoDate() },
  { weight: 2, arbitrary: isoDate(anyYear) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'June 2021',
      '06/2021',
      'Spring 2020',
      '2019–2021',
      '2019 - present',
      'present',
      'Present',
      'now',
      'ongoing',
      'circa 1990',
      '2021-02-31',
      '2021-13',
      '2021-00-05',
      '2019-02-29',
      '0050-06',
      '0000',
      '99999999',
      '123456',
      '+002021-01-01',
      '2021-06-15T25:99',
      'someday',
      '31/31/2021',
      '1e3',
    ),
  },
  { weight: 1, arbitrary: anyYear },
  { weight: 1, arbitrary: anyText },
);

// ---------------------------------------------------------------------------------------------------------------
// Wrong types and deep nesting

/** Object keys, with the ones that reach prototypes or collide with real fields. */
export const anyKey: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'title', 'url', 'URL', 'id', 'name', 'href', 'date-parts', 'items', 'members'),
);

/** An object built from key-value pairs as JSON.parse would build it: `__proto__` is an own key, not the prototype. */
const objectOf = (pairs: Array<[string, unknown]>): Json => {
  const object: Json = {};
  for (const [key, value] of pairs) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
};

/** Any JSON-like value, a few levels deep, JavaScript's odd numbers included. */
export const { value: anyValue } = fc.letrec<{ value: unknown; list: unknown[]; object: Json }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, anyText, anyNumber, fc.boolean(), fc.constant(null), tie('list'), tie('object')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.array(fc.tuple(anyKey, tie('value')), { maxLength: 4 }).map(objectOf),
}));

/** Whether a long run was asked for (`FUZZ_RUNS` in Node): it adds the largest sizes, which take seconds each. */
const LONG_RUN = !!(globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.FUZZ_RUNS;

/** Nesting depths: ordinary, and the ones that overflow recursive code. */
export const NESTING_DEPTHS: readonly number[] = [100, 1_000, 10_000];

/** A value nested `depth` lists or objects deep (built in a loop: fast-check's own recursion stays shallow). */
export const deepValue: fc.Arbitrary<unknown> = fc
  .record({
    depth: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(...NESTING_DEPTHS)),
    shape: fc.constantFrom('list', 'object', 'both'),
  })
  .map(({ depth, shape }) => {
    let value: unknown = 'the bottom';
    for (let level = 0; level < depth; level++) {
      const list = shape === 'list' || (shape === 'both' && level % 2 === 0);
      value = list ? [value] : { nested: value };
    }
    return value;
  });

/** Lengths of lists far longer than any real one (100,000 only in long runs: each such case takes seconds). */
const HUGE_LENGTHS = fc.oneof(
  { weight: 6, arbitrary: fc.constant(1_000) },
  { weight: 1, arbitrary: fc.constant(10_000) },
  ...(LONG_RUN ? [{ weight: 1, arbitrary: fc.constant(100_000) }] : []),
);

/** A long list of bad values where a list of texts is expected. */
export const hugeList: fc.Arbitrary<unknown[]> = fc.tuple(HUGE_LENGTHS, anyNumber).map(([length, value]) => Array.from({ length }, (_, index) => (index % 2 ? value : index)));

/** Something of another kind than expected: mostly any value; rarely a deep one or a huge list (they are slow to check). */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof({ weight: 120, arbitrary: anyValue }, { weight: 1, arbitrary: deepValue }, { weight: 1, arbitrary: hugeList });

/** `good` most of the time; otherwise anything. `weight` is how many good values come for one hostile. */
export function mostly<T>(good: fc.Arbitrary<T>, weight = 6): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight, arbitrary: good }, { weight: 1, arbitrary: wrongValue });
}

/** Objects with some of the given fields (each possibly hostile), and now and then an unknown extra field. */
function entry(fields: Record<string, fc.Arbitrary<unknown>>, required: string[] = []): fc.Arbitrary<Json> {
  const record = fc.record(fields, { requiredKeys: required as never[], noNullPrototype: true }) as fc.Arbitrary<Json>;
  return fc.tuple(record, fc.option(fc.tuple(anyKey, anyValue), { freq: 6 })).map(([object, extra]) => {
    if (!extra) return object;
    const [key, value] = extra;
    return Object.hasOwn(object, key) ? object : objectOf([...Object.entries(object), [key, value]]);
  });
}

/** A record of plain objects, as JSON.parse makes them (fast-check would also make some without a prototype). */
function data<T extends Record<string, fc.Arbitrary<unknown>>>(fields: T, required?: Array<keyof T & string>): fc.Arbitrary<{ [K in keyof T]?: unknown }> {
  return fc.record(fields, { noNullPrototype: true, ...(required ? { requiredKeys: required as never[] } : {}) }) as never;
}

const listOf = <T>(item: fc.Arbitrary<T>, maxLength = 4) => fc.array(item, { maxLength });
const texts = mostly(fc.oneof(listOf(anyText), anyText));

// ---------------------------------------------------------------------------------------------------------------
// Known-good records: valid, distinctive, and never produced by the generators below

export const KNOWN_GOOD = {
  /** A publication in the profile format (and CSL-JSON). */
  publication: {
    id: 'known-good-publication',
    type: 'article-journal',
    title: 'A known good title',
    author: [{ family: 'Lovelace', given: 'Ada' }],
    issued: { 'date-parts': [[2020, 5]] },
    'container-title': 'Journal of Known Results',
    URL: 'https://example.org/known-good.pdf',
  },
  /** A position in the profile format. */
  work: { organization: 'Known Good Institute', position: 'Known good researcher', startDate: '2019-01', endDate: '2021-06', url: 'https://example.org/institute' },
  /** A publication in JSON Resume's words. */
  resumePublication: { name: 'A known good title', publisher: 'Known Press', releaseDate: '2020-05-01', url: 'https://example.org/known-good.pdf', summary: 'Known good summary.' },
  /** A position in JSON Resume's words. */
  resumeWork: { name: 'Known Good Institute', position: 'Known good researcher', startDate: '2019-01-01', endDate: '2021-06-30', url: 'https://example.org/institute' },
  /** The key and text of a BibTeX entry. */
  bibtexKey: 'knowngood2020',
  bibtex:
    '@article{knowngood2020,\n  title = {A known good title},\n  author = {Lovelace, Ada},\n  journal = {Journal of Known Results},\n  year = {2020},\n  url = {https://example.org/known-good.pdf}\n}',
  /** The name of a person whose profile is shown. */
  name: 'Known Good Person',
  /** A lab member with an embedded profile. */
  member: { profile: { basics: { name: 'Known Good Member', label: 'Known good student' } }, role: 'Known good role' },
} as const;

/** Distinctive words of the known-good records; hostile generators never produce them (see `notKnownGood`). */
const KNOWN_WORDS = /known[ -]?good/i;
const notKnownGood = (value: unknown) => !(typeof value === 'string' && KNOWN_WORDS.test(value));

/** `items` with `item` put in at `position` (taken modulo the length + 1). */
export function insertAt<T>(items: readonly T[], item: T, position: number): T[] {
  const at = position % (items.length + 1);
  return [...items.slice(0, at), item, ...items.slice(at)];
}

// ---------------------------------------------------------------------------------------------------------------
// Profile JSON (schema/profile.schema.json)

const title = mostly(fc.oneof({ weight: 3, arbitrary: plainWords }, { weight: 2, arbitrary: someText }).filter(notKnownGood));
const name = mostly(fc.oneof(plainWords, someText).filter(notKnownGood));
const location = mostly(fc.oneof(plainWords, entry({ city: anyText, region: anyText, countryCode: fc.constantFrom('DE', 'US', 'xx', ''), address: anyText })));
const dateRange = { startDate: mostly(anyDate), endDate: mostly(anyDate), ongoing: mostly(fc.boolean()) };

const cslName = mostly(
  fc.oneof(
    entry({ family: name, given: name, 'non-dropping-particle': fc.constantFrom('van', 'de'), suffix: fc.constantFrom('Jr.', 'III'), equal: fc.boolean() }, ['family']),
    entry({ literal: name }, ['literal']),
    name,
  ),
);

const cslDate = mostly(
  fc.oneof(
    data({ 'date-parts': fc.tuple(fc.tuple(anyYear, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))).map(([[y, m, d]]) => [[y, m, d].slice(0, 1 + (m % 3))]) }),
    data({ 'date-parts': fc.array(fc.array(fc.oneof(anyYear, anyText), { maxLength: 3 }), { maxLength: 2 }) }),
    data({ raw: anyDate }),
    data({ literal: anyText }),
    anyDate,
  ),
);

const link = mostly(entry({ kind: mostly(fc.constantFrom('pdf', 'code', 'slides', 'video', 'doi', 'website', 'javascript', '')), url: anyUrl, label: anyText }, ['kind']));
const links = mostly(
  fc.oneof({ weight: 3, arbitrary: listOf(link) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('pdf', 'code', 'slides', 'video'), anyUrl, { noNullPrototype: true }) }),
);

/** Publication ids, repeated on purpose. */
const publicationId = mostly(
  fc.oneof(fc.constantFrom('p1', 'p1', 'smith2020', 'smith2020', '__proto__', 'constructor', '1', ''), fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 6 })),
);

export const publication = entry(
  {
    id: publicationId,
    type: mostly(fc.constantFrom('article-journal', 'paper-conference', 'book', 'chapter', 'thesis', 'report', 'patent', 'article', 'document', 'webpage', 'nonsense')),
    title,
    author: mostly(listOf(cslName, 5)),
    editor: mostly(listOf(cslName, 2)),
    issued: cslDate,
    'container-title': mostly(anyText),
    publisher: mostly(anyText),
    DOI: mostly(fc.constantFrom('10.1000/182', 'https://doi.org/10.1000/182', 'not a doi', 'javascript:alert(1)')),
    URL: anyUrl,
    abstract: mostly(anyText),
    keywords: texts,
    keyword: mostly(anyText),
    category: mostly(fc.constantFrom('conference', 'journal', 'workshop', 'preprint', 'other', 'bogus')),
    venueShort: mostly(anyText),
    selected: mostly(fc.boolean()),
    awards: texts,
    links,
    note: mostly(anyText),
  },
  ['title'],
);

const workEntry = entry({
  organization: name,
  position: title,
  team: anyText,
  location,
  kind: anyText,
  description: anyText,
  url: anyUrl,
  summary: anyText,
  highlights: texts,
  note: mostly(anyText),
  ...dateRange,
});
const educationEntry = entry(
  {
    institution: name,
    degree: title,
    field: anyText,
    location,
    url: anyUrl,
    thesis: mostly(entry({ title: anyText, url: anyUrl })),
    advisors: texts,
    courses: texts,
    ...dateRange,
  },
  ['institution'],
);
const teachingEntry = entry({ title, courseCode: anyText, institution: anyText, role: anyText, url: anyUrl, ...dateRange }, ['title']);
const projectEntry = entry({ name: title, kind: fc.constantFrom('theme', 'project', 'x'), description: anyText, url: anyUrl, keywords: texts, publications: texts, ...dateRange }, [
  'name',
]);
const talkEntry = entry(
  { title, kind: fc.constantFrom('invited-talk', 'keynote', 'lecture', 'panel', 'other', 'x'), event: anyText, place: anyText, date: mostly(anyDate), url: anyUrl, links },
  ['title'],
);
const menteeEntry = entry({ mentee: name, position: anyText, institution: anyText, topic: anyText, url: anyUrl, ...dateRange }, ['mentee']);
const honorEntry = entry({ title, issuer: anyText, year: mostly(anyYear), years: mostly(listOf(anyYear)), date: mostly(anyDate), url: anyUrl }, ['title']);
const serviceEntry = entry(
  { role: title, kind: fc.constantFrom('chair', 'reviewer', 'program-committee', 'x'), venue: anyText, year: mostly(anyYear), years: mostly(listOf(anyYear)), url: anyUrl },
  ['role'],
);
const pressEntry = entry({ title, outlet: anyText, date: mostly(anyDate), url: anyUrl }, ['title']);
const certificateEntry = entry({ name: title, issuer: anyText, date: mostly(anyDate), url: anyUrl }, ['name']);
const volunteerEntry = entry({ organization: name, position: anyText, url: anyUrl, summary: anyText, highlights: texts, ...dateRange });
const skillEntry = entry({ name: title, level: anyText, keywords: texts }, ['name']);
const languageEntry = entry({ language: title, fluency: anyText }, ['language']);
const interestEntry = entry({ name: title, keywords: texts }, ['name']);
const referenceEntry = entry({ name, reference: anyText }, ['name']);

/** A section: a short list of mostly plausible entries, now and then a wrong value in the list or instead of it. */
function section(item: fc.Arbitrary<Json>, maxLength = 4): fc.Arbitrary<unknown> {
  return mostly(listOf(fc.oneof({ weight: 5, arbitrary: item }, { weight: 1, arbitrary: wrongValue }), maxLength), 8);
}

export const basics = (nameArbitrary: fc.Arbitrary<unknown> = name) =>
  entry(
    {
      name: nameArbitrary,
      label: mostly(anyText),
      image: anyUrl,
      emails: mostly(fc.oneof(listOf(fc.constantFrom('ada@example.org', 'not an email', 'javascript:alert(1)@x')), anyText)),
      phone: mostly(anyText),
      url: anyUrl,
      location,
      affiliations: mostly(
        listOf(mostly(fc.oneof(entry({ organization: name, department: anyText, role: anyText, url: anyUrl, current: mostly(fc.boolean()) }, ['organization']), name))),
        8,
      ),
      profiles: mostly(
        listOf(mostly(entry({ network: fc.constantFrom('GitHub', 'Twitter', 'ORCID', 'Google Scholar', 'Mastodon', 'x'), username: anyText, url: anyUrl }, ['network']))),
      ),
      bio: texts,
      researchInterests: texts,
    },
    ['name'],
  );

/** The sections of a profile and their entries. */
const SECTION_ENTRIES: Record<string, fc.Arbitrary<Json>> = {
  work: workEntry,
  education: educationEntry,
  teaching: teachingEntry,
  projects: projectEntry,
  publications: publication,
  talks: talkEntry,
  mentoring: menteeEntry,
  honors: honorEntry,
  service: serviceEntry,
  press: pressEntry,
  certificates: certificateEntry,
  volunteer: volunteerEntry,
  skills: skillEntry,
  languages: languageEntry,
  interests: interestEntry,
  references: referenceEntry,
};

/** A profile with the known-good publication and position among hostile entries, and where they were put. */
export interface ProfileCase {
  profile: Json;
}

/**
 * A profile in our format: plausible basics (a hostile name now and then, unless `name` is given), every section
 * possibly present, possibly hostile, and the known-good publication and position among the entries.
 */
export function profileCase(options: { name?: string; maxEntries?: number } = {}): fc.Arbitrary<ProfileCase> {
  const sections = Object.fromEntries(Object.entries(SECTION_ENTRIES).map(([key, item]) => [key, section(item, options.maxEntries ?? 4)]));
  return fc
    .record({
      basics: options.name ? basics(fc.constant(options.name)) : mostly(basics(), 12),
      sections: fc.record(sections, { requiredKeys: [] }),
      publicationsAt: fc.nat(),
      workAt: fc.nat(),
      extra: fc.option(fc.tuple(fc.constantFrom('$schema', 'version', 'meta', 'custom', '__proto__'), anyValue), { freq: 4 }),
    })
    .map(({ basics, sections, publicationsAt, workAt, extra }) => {
      const list = (value: unknown) => (Array.isArray(value) ? value : []);
      const profile: Json = { basics, ...sections };
      // The known-good records need a list to be in: a hostile section is replaced by one holding them.
      profile.publications = insertAt(list(sections.publications), structuredClone(KNOWN_GOOD.publication), publicationsAt);
      profile.work = insertAt(list(sections.work), structuredClone(KNOWN_GOOD.work), workAt);
      return { profile: extra ? objectOf([...Object.entries(profile), extra]) : profile };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// JSON Resume (https://jsonresume.org/schema, v1.0.0)

const resumeWork = entry({
  name,
  position: title,
  url: anyUrl,
  startDate: mostly(anyDate),
  endDate: mostly(anyDate),
  summary: anyText,
  highlights: texts,
  location: anyText,
  description: anyText,
});
const resumeVolunteer = entry({ organization: name, position: anyText, url: anyUrl, startDate: mostly(anyDate), endDate: mostly(anyDate), summary: anyText, highlights: texts });
const resumeEducation = entry({
  institution: name,
  url: anyUrl,
  area: anyText,
  studyType: anyText,
  startDate: mostly(anyDate),
  endDate: mostly(anyDate),
  score: anyText,
  courses: texts,
});
const resumeAward = entry({ title, date: mostly(anyDate), awarder: anyText, summary: anyText });
const resumeCertificate = entry({ name: title, date: mostly(anyDate), url: anyUrl, issuer: anyText });
const resumePublication = entry({ name: title, publisher: anyText, releaseDate: mostly(anyDate), url: anyUrl, summary: anyText });
const resumeProject = entry({
  name: title,
  startDate: mostly(anyDate),
  endDate: mostly(anyDate),
  description: anyText,
  highlights: texts,
  url: anyUrl,
  roles: texts,
  entity: anyText,
  type: anyText,
  keywords: texts,
});
const resumeBasics = (nameArbitrary: fc.Arbitrary<unknown>) =>
  entry(
    {
      name: nameArbitrary,
      label: mostly(anyText),
      image: anyUrl,
      picture: anyUrl,
      email: mostly(fc.constantFrom('ada@example.org', 'not an email', '')),
      phone: mostly(anyText),
      url: anyUrl,
      website: anyUrl,
      summary: mostly(anyText),
      location: mostly(entry({ address: anyText, postalCode: anyText, city: anyText, countryCode: anyText, region: anyText })),
      profiles: mostly(listOf(mostly(entry({ network: fc.constantFrom('GitHub', 'Twitter', 'x'), username: anyText, url: anyUrl })))),
    },
    ['name'],
  );

/** A JSON Resume document with the known-good publication and position (in JSON Resume's words) among hostile ones; now and then a field of our own format too. */
export function resumeCase(options: { name?: string } = {}): fc.Arbitrary<ProfileCase> {
  return fc
    .record({
      basics: options.name ? resumeBasics(fc.constant(options.name)) : mostly(resumeBasics(name), 12),
      sections: fc.record(
        {
          work: section(resumeWork),
          volunteer: section(resumeVolunteer),
          education: section(resumeEducation),
          awards: section(resumeAward),
          certificates: section(resumeCertificate),
          publications: section(resumePublication),
          skills: section(entry({ name: title, level: anyText, keywords: texts })),
          languages: section(entry({ language: title, fluency: anyText })),
          interests: section(entry({ name: title, keywords: texts })),
          references: section(entry({ name, reference: anyText })),
          projects: section(resumeProject),
          meta: mostly(entry({ canonical: anyUrl, version: anyText, lastModified: anyText })),
          honors: section(honorEntry),
        },
        { requiredKeys: [] },
      ),
      publicationsAt: fc.nat(),
      workAt: fc.nat(),
    })
    .map(({ basics, sections, publicationsAt, workAt }) => {
      const list = (value: unknown) => (Array.isArray(value) ? value : []);
      const profile: Json = { basics, ...sections };
      profile.publications = insertAt(list(sections.publications), structuredClone(KNOWN_GOOD.resumePublication), publicationsAt);
      profile.work = insertAt(list(sections.work), structuredClone(KNOWN_GOOD.resumeWork), workAt);
      return { profile };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// CSL-JSON

/** A CSL item: mostly a plausible one (type and title given), sometimes one without them, sometimes not an object. */
export const cslItem: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: publication.map((item) => ({ type: 'article-journal', ...item })) },
  { weight: 1, arbitrary: publication },
  { weight: 1, arbitrary: wrongValue },
);

export interface CslCase {
  /** The document: a list of items, or `{ items: [...] }`. */
  document: unknown;
  /** The items in it. */
  items: unknown[];
}

/**
 * The field that tells which item of a case an entry came from: readers keep unknown fields, so every item that is
 * an object carries its position in it.
 */
export const CASE_INDEX = 'x-case-index';

/** A CSL-JSON document with the known-good item among the others, each object item marked with its position. */
export const cslCase: fc.Arbitrary<CslCase> = fc.record({ items: listOf(cslItem, 6), at: fc.nat(), wrapped: fc.boolean() }).map(({ items, at, wrapped }) => {
  const all = insertAt(items, structuredClone(KNOWN_GOOD.publication) as unknown, at).map((item, index) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) ? objectOf([...Object.entries(item), [CASE_INDEX, index]]) : item,
  );
  return { document: wrapped ? { items: all } : all, items: all };
});

// ---------------------------------------------------------------------------------------------------------------
// Lab JSON (schema/lab.schema.json)

/** A lab member: an embedded profile or a profile URL (relative or hostile), and the member's own fields. */
export const labMember = (profileUrls: fc.Arbitrary<string>): fc.Arbitrary<unknown> =>
  mostly(
    entry(
      {
        profile: mostly(fc.oneof(profileUrls, data({ basics: data({ name: name.filter(notKnownGood), label: anyText }, ['name']) }))),
        name: mostly(name),
        role: mostly(anyText),
        title: mostly(anyText),
        page: anyUrl,
        note: mostly(anyText),
      },
      ['profile'],
    ),
  );

/** Profile URLs in a lab: relative ones (repeated, for duplicate members) and hostile ones. */
export const memberProfileUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('people/ada.json', 'people/ada.json', './people/ada.json', 'people/grace.json', 'https://example.org/people/hopper.json'),
  fc.constantFrom(...UNSAFE_URLS),
  anyText,
);

export interface LabCase {
  lab: Json;
  /** The group and position of the known-good member. */
  group: string;
  index: number;
}

/** Group names: the usual ones, and some that are not. */
const groupName = fc.oneof(fc.constantFrom('faculty', 'researchers', 'students', 'alumni', 'visiting-scholars', '', '__proto__', 'constructor'), fc.string({ maxLength: 6 }));

/** A lab with the known-good member among the others, in a group that is a list; its name `name` when given, else possibly hostile. */
export function labCase(profileUrls: fc.Arbitrary<string> = memberProfileUrl, options: { name?: string } = {}): fc.Arbitrary<LabCase> {
  return fc
    .record({
      name: options.name ? fc.constant(options.name) : mostly(fc.oneof(plainWords, someText), 12),
      description: mostly(fc.oneof(anyText, listOf(anyText))),
      url: anyUrl,
      logo: anyUrl,
      groupLabels: mostly(fc.dictionary(groupName, anyText, { maxKeys: 3, noNullPrototype: true })),
      groups: fc.array(fc.tuple(groupName, mostly(listOf(labMember(profileUrls), 4), 8)), { maxLength: 4 }),
      knownGroup: fc.constantFrom('students', 'researchers', 'faculty'),
      at: fc.nat(),
      extra: fc.option(fc.tuple(anyKey, anyValue), { freq: 4 }),
    })
    .map(({ name, description, url, logo, groupLabels, groups, knownGroup, at, extra }) => {
      const members = objectOf(groups);
      const list = Array.isArray(members[knownGroup]) ? (members[knownGroup] as unknown[]) : [];
      const withKnown = insertAt(list, structuredClone(KNOWN_GOOD.member), at);
      Object.defineProperty(members, knownGroup, { value: withKnown, enumerable: true, writable: true, configurable: true });
      const lab = objectOf([
        ['name', name],
        ['description', description],
        ['url', url],
        ['logo', logo],
        ['groupLabels', groupLabels],
        ['members', members],
      ]);
      if (extra && !(extra[0] in lab)) Object.defineProperty(lab, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
      return {
        lab,
        group: knownGroup,
        index: withKnown.indexOf(withKnown.find((member) => member !== null && typeof member === 'object' && (member as Json).role === KNOWN_GOOD.member.role)!),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// BibTeX text

/** Text for BibTeX values: no "@" (it would start an entry of its own where a value runs unclosed). */
const bibText = fc.oneof(anyText, plainWords).map((text) => text.replace(/@/g, '(at)'));

/** Values of BibTeX fields as written after "=", from plain to hostile. */
const bibValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: bibText.map((text) => `{${text.replace(/[{}]/g, '')}}`) },
  { weight: 2, arbitrary: bibText.map((text) => `"${text.replace(/["{}]/g, '')}"`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '{{Deep} Learning for {GPUs}}',
      '{Sch{\\"o}n {\\ss}e Gr{\\\'e}ße}',
      "{\\'{E}cole \\c{c}a \\v{s} \\o}",
      '{Na{\\"\\i}ve}',
      '"with {"}quotes{"}"',
      '{Bounds for $x^$ in practice}',
      '{Lone $ dollar}',
      '{Empty $${}$ math}',
      '{$\\mathcal{O}(n^2)$ time}',
      '{$\\frac{a}{b}$ and $\\sqrt{x}$}',
      '{\\url{https://example.org}}',
      '{\\href{javascript:alert(1)}{click}}',
      '{\\textbf{bold} \\emph{it}}',
      '{100\\% \\& more}',
      '{a % comment }',
      '{\\unknowncommand{x}}',
      '{\\\\}',
      '{\\{ \\}}',
      '{write to ada(at)example.org here}',
      '{<script>alert(1)</script>}',
      '{javascript:alert(1)}',
      '{data:text/html,x}',
      '{vbscript:msgbox(1)}',
      '{Doe, Jane and Roe, Richard and others}',
      '{{Barnes and Noble}}',
      '{van der Berg, Jr., Jan}',
      '{and and and}',
      '{, , ,}',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...SAFE_URLS, ...UNSAFE_URLS).map((url) => `{${url}}`) },
  { weight: 2, arbitrary: anyYear.map((year) => (Number.isInteger(year) && Math.abs(year) < 1e15 ? String(year) : `{${year}}`)) },
  { weight: 1, arbitrary: fc.constantFrom('jan', 'feb', 'dec', 'jconf', 'undefinedmacro', '__proto__', 'constructor', 'toString') },
  { weight: 1, arbitrary: fc.constantFrom('jan # " 1"', '"a" # {b} # jconf', 'jconf # nothere', '{x} #', '# {x}', '"a" ## "b"') },
  { weight: 1, arbitrary: fc.constantFrom(10, 100, 1_000, 5_000).map((depth) => `${'{'.repeat(depth)}nested${'}'.repeat(depth)}`) },
  { weight: 1, arbitrary: fc.constantFrom('{unbalanced', 'unbalanced}', '"unclosed', '{}', '""', '', '{{}', '=', ',') },
);

const fieldName = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'title',
      'author',
      'year',
      'journal',
      'booktitle',
      'pages',
      'doi',
      'url',
      'pdf',
      'code',
      'slides',
      'abstract',
      'keywords',
      'month',
      'note',
      'crossref',
      'abbr',
      'selected',
      'award',
      'eprint',
      'archiveprefix',
      'date',
      'editor',
      'publisher',
      'volume',
      'html',
      'website',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('TITLE', 'Year', '__proto__', 'constructor', 'x-custom', 'title') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/) },
);

/** Between fields: a comma as it should be, or one missing, doubled or trailing. */
const separator = fc.oneof({ weight: 8, arbitrary: fc.constant(',\n  ') }, { weight: 1, arbitrary: fc.constantFrom('\n  ', ' ', ',,', ', ,\n', ';') });

const bibKey = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9:_-]{0,10}$/).filter(notKnownGood) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('dup', 'dup', 'Dup', 'DUP', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'smith:2020', 'a/b', 'ümlaut', '123', 'knowngood2020'),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'with space', 'comma,key', '{brace}') },
);

/** One data entry ("@type{key, field = value, …}") as written: possibly malformed. */
export const bibEntry: fc.Arbitrary<string> = fc
  .record({
    type: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('article', 'inproceedings', 'book', 'misc', 'phdthesis', 'techreport', 'online', 'incollection') },
      { weight: 1, arbitrary: fc.constantFrom('ARTICLE', 'InProceedings', 'unknowntype', 'x', 'conference') },
    ),
    key: bibKey,
    fields: fc.array(fc.tuple(fieldName, bibValue, separator), { maxLength: 7 }),
    // The opening delimiter, then what closes the entry: as it should, missing, doubled or mismatched.
    delimiters: fc.oneof({ weight: 6, arbitrary: fc.constant('{}') }, { weight: 1, arbitrary: fc.constantFrom('()', '{', '{}}', '(}') }),
    equals: fc.oneof({ weight: 12, arbitrary: fc.constant(' = ') }, { weight: 1, arbitrary: fc.constantFrom(' ', ' == ', '=') }),
  })
  .map(({ type, key, fields, delimiters, equals }) => {
    const [open, close] = [delimiters.slice(0, 1), delimiters.slice(1)];
    const body = fields.map(([field, value, after], index) => `${field}${equals}${value}${index < fields.length - 1 ? after : ''}`).join('');
    return `@${type}${open}${key}${fields.length ? ',\n  ' : ''}${body}\n${close}`;
  });

/** Text between entries, which BibTeX ignores (no "@": it would start an entry). */
const junk = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: bibText },
  { weight: 2, arbitrary: fc.constantFrom('% a comment', '@', '@@', '@ 123', '@{oops}', 'junk } } }', '{ {', '{}', '[1, 2', '{ "a": 1 }', '"', '\u0000\u0001', '\uFEFF') },
);

/** Non-data entries: macros (some used by the values above, some broken), preambles and comments. */
const otherEntry: fc.Arbitrary<string> = fc.constantFrom(
  '@string{jconf = "Journal of Conferences"}',
  '@string{jconf = {Redefined}}',
  '@STRING(jan = "January")',
  '@string{__proto__ = "polluted"}',
  '@string{constructor = {polluted}}',
  '@string{toString = "x"}',
  '@string{ = "no name"}',
  '@string{broken = }',
  '@string{loop = loop # loop}',
  '@string{unclosed = "x"',
  '@preamble{"\\newcommand{\\noopsort}[1]{}"}',
  '@comment{anything @article{notanentry, title={x}} here}',
  '@comment this line only',
);

/** One piece of a BibTeX file, each on lines of its own. */
export type BibPiece = { kind: 'data' | 'other' | 'junk'; text: string };

export interface BibCase {
  text: string;
  /** Every piece written, in order, with its first line (1-based). */
  pieces: Array<BibPiece & { line: number }>;
  /** The first line of the known-good entry. */
  knownLine: number;
}

/** A BibTeX file: data entries (hostile or not), macros, preambles, comments and junk, with the known-good entry among them. */
export const bibCase: fc.Arbitrary<BibCase> = fc
  .record({
    pieces: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: bibEntry.map((text): BibPiece => ({ kind: 'data', text })) },
        { weight: 1, arbitrary: otherEntry.map((text): BibPiece => ({ kind: 'other', text })) },
        { weight: 2, arbitrary: junk.map((text): BibPiece => ({ kind: 'junk', text })) },
      ),
      { maxLength: 8 },
    ),
    at: fc.nat(),
    bom: fc.boolean(),
    newline: fc.constantFrom('\n', '\n', '\r\n'),
  })
  .map(({ pieces, at, bom, newline }) => {
    const all = insertAt(pieces, { kind: 'data', text: KNOWN_GOOD.bibtex }, at);
    const placed: BibCase['pieces'] = [];
    let line = 1;
    const parts: string[] = [];
    for (const piece of all) {
      const text = piece.text.replace(/\r?\n/g, newline);
      placed.push({ ...piece, text, line });
      parts.push(text);
      line += (text.match(/\n/g)?.length ?? 0) + 1;
    }
    const known = placed.find((piece) => piece.text.replace(/\r\n/g, '\n') === KNOWN_GOOD.bibtex)!;
    return { text: (bom ? '\uFEFF' : '') + parts.join(newline), pieces: placed, knownLine: known.line };
  });
