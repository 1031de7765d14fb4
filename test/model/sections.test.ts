import { expect } from 'vitest';
import {
  chooseSections,
  countryName,
  formatEntryDate,
  formatEntryRange,
  formatHonorDates,
  formatLocation,
  groupService,
  hasServiceDetails,
  groupTalks,
  kindLabel,
  knownKind,
  linkLabel,
  relatedPublications,
  sectionSize,
  SECTION_KEYS,
} from '../../src/model/sections.js';
import type { Profile } from '../../src/model/types.js';

const resume: Profile = {
  basics: { name: 'R', personalInterests: ['Chess.', ' '] },
  work: [{ position: 'Engineer', organization: 'Hooli' }],
  education: [{ institution: 'Oklahoma' }],
  honors: [{ title: 'Pioneer' }],
  certificates: [{ name: 'Cert' }],
  volunteer: [{ organization: 'CoderDojo' }],
  skills: [{ name: 'Compression' }, { name: 'Web' }],
  languages: [{ language: 'English' }],
  interests: [{ name: 'Wildlife' }],
  references: [{ name: 'Erlich' }],
};

describe('sections', () => {
  it('lists the JSON Resume sections in CV order', () => {
    expect(chooseSections(resume)).to.deep.equal(['experience', 'education', 'honors', 'certificates', 'volunteer', 'skills', 'languages', 'interests', 'references']);
    expect(SECTION_KEYS).to.include.members(['certificates', 'volunteer', 'skills', 'languages', 'references']);
  });

  it('counts personal interests as paragraphs and structured interests together', () => {
    expect(sectionSize(resume, 'interests')).to.equal(2);
    expect(sectionSize({ basics: { name: 'R' }, interests: [{ name: 'Wildlife' }] }, 'interests')).to.equal(1);
    expect(sectionSize(resume, 'skills')).to.equal(2);
  });
});

describe('formatLocation', () => {
  it('writes every part of a location, a country code as its name', () => {
    expect(formatLocation({ address: '2712 Broadway St', postalCode: 'CA 94115', city: 'San Francisco', countryCode: 'US', region: 'California' }, { locale: 'en' })).to.equal(
      '2712 Broadway St, San Francisco, California CA 94115, United States',
    );
    expect(formatLocation({ city: 'London', countryCode: 'GB', country: 'England' }, { locale: 'en' })).to.equal('London, England');
    expect(formatLocation('Palo Alto, CA')).to.equal('Palo Alto, CA');
    expect(formatLocation({})).to.equal(undefined);
  });

  it('keeps a country code it cannot name', () => {
    expect(countryName('ZZZ', 'en')).to.equal('ZZZ');
    expect(countryName('de', 'de')).to.equal('Deutschland');
  });
});

describe('formatHonorDates', () => {
  it('gives a precise date among the other years', () => {
    expect(formatHonorDates({ year: 2019, years: [2020], date: '2021-06' }, { locale: 'en' })).to.equal('2019–2020, Jun 2021');
    expect(formatHonorDates({ date: '2014-11-01' }, { locale: 'en' })).to.equal('Nov 1, 2014');
    expect(formatHonorDates({ years: [2023], date: '2014-11' }, { locale: 'en' })).to.equal('Nov 2014, 2023');
    expect(formatHonorDates({ year: 2019, date: '2019' }, { locale: 'en' })).to.equal('2019');
  });
});

describe('formatEntryRange and formatEntryDate', () => {
  it('format dates as the page shows them', () => {
    expect(formatEntryRange({ startDate: '2019-06', ongoing: true }, { locale: 'en' })).to.equal('Jun 2019 – Present');
    expect(formatEntryRange({ startDate: '2016-08-24', endDate: '2016-08-24' }, { locale: 'en' })).to.equal('Aug 24, 2016');
    expect(formatEntryDate({ date: '2014-11' }, { locale: 'en' })).to.equal('Nov 2014');
  });

  it('show a date as written where the source said more than the date holds', () => {
    expect(formatEntryRange({ startDate: '2020', endDate: '2021-05', asWritten: { startDate: 'Spring 2020' } }, { locale: 'en' })).to.equal('Spring 2020 – May 2021');
    expect(formatEntryRange({ startDate: '2019', endDate: '2021', asWritten: { startDate: 'Fall 2019 – Spring 2021' } }, { locale: 'en' })).to.equal('Fall 2019 – Spring 2021');
    expect(formatEntryDate({ date: '2014', asWritten: { date: 'Fall 2014' } }, { locale: 'en' })).to.equal('Fall 2014');
    expect(formatHonorDates({ years: [2016], date: '2014', asWritten: { date: 'Fall 2014' } }, { locale: 'en' })).to.equal('Fall 2014, 2016');
  });

  it('say "Present" for an ongoing range even when its end was written', () => {
    expect(formatEntryRange({ startDate: '2019', ongoing: true, asWritten: { endDate: 'now' } }, { locale: 'en' })).to.equal('2019 – Present');
  });
});

describe('groupService', () => {
  it('keeps full venue names and links by entry, newest first', () => {
    const [group] = groupService([
      { role: 'Program Committee', venue: 'IPDPS', year: 2019, venueFull: 'The 33rd IPDPS', url: 'https://ipdps.example/2019' },
      { role: 'Program Committee', venue: 'IPDPS', year: 2020, venueFull: 'The 34th IPDPS' },
      { role: 'Program Committee', venue: 'IPDPS', year: 2018, venueFull: 'The 33rd IPDPS', url: 'https://ipdps.example/2019' },
    ]);
    expect(group!.summary).to.equal('IPDPS 2018–2020');
    expect(group!.venues[0]!.details).to.deep.equal([
      { venueFull: 'The 34th IPDPS', years: '2020', latest: 2020 },
      { venueFull: 'The 33rd IPDPS', url: 'https://ipdps.example/2019', years: '2018–2019', latest: 2019 },
    ]);
    expect(hasServiceDetails(group!)).to.equal(true);
  });

  it('has no details when entries name no full venue and no link', () => {
    const [group] = groupService([{ role: 'Reviewer', venue: 'NeurIPS', year: 2019, venueFull: 'NeurIPS' }]);
    expect(hasServiceDetails(group!)).to.equal(false);
  });
});

describe('labels', () => {
  it('writes kinds as words and links by their label or kind', () => {
    expect(kindLabel('research-assistant')).to.equal('Research assistant');
    expect(kindLabel(' ')).to.equal(undefined);
    expect(linkLabel({ kind: 'arxiv' })).to.equal('arXiv');
    expect(linkLabel({ kind: 'talk-recording' })).to.equal('Talk recording');
    expect(linkLabel({ kind: 'pdf', label: 'Paper' })).to.equal('Paper');
  });

  it('names links in the words it is given; a kind the kit does not know stays the researcher’s', () => {
    const german = { kind: (kind: string) => (kind === 'slides' ? 'Folien' : undefined), link: 'Link' };
    expect(linkLabel({ kind: 'slides' }, german)).to.equal('Folien');
    expect(linkLabel({ kind: 'talk-recording' }, german)).to.equal('Talk recording');
    expect(linkLabel({ kind: 'slides', label: 'Deck' }, german)).to.equal('Deck');
    expect(linkLabel({ kind: ' ' }, { kind: () => undefined, link: 'Verweis' })).to.equal('Verweis');
  });

  it('knows the kinds the kit names, however they are written', () => {
    expect(knownKind('Research_Assistant')).to.equal('research-assistant');
    expect(knownKind(' invited talk ')).to.equal('invited-talk');
    expect(knownKind('salon-reading')).to.equal(undefined);
    expect(knownKind(undefined)).to.equal(undefined);
  });

  it('groups talks by kind, in order, the rest under other', () => {
    const groups = groupTalks([{ title: 'A', kind: 'panel' }, { title: 'B', kind: 'keynote' }, { title: 'C', kind: 'salon' }, { title: 'D' }]);
    expect(groups.map((group) => [group.kind, group.label, group.talks.map((talk) => talk.title).join()])).to.deep.equal([
      ['keynote', 'Keynotes', 'B'],
      ['panel', 'Panels', 'A'],
      ['other', 'Other talks', 'C,D'],
    ]);
  });

  it("finds a project's publications by id", () => {
    const profile: Profile = {
      basics: { name: 'R' },
      publications: [
        { id: 'a', type: 'article', title: 'A' },
        { id: 7, type: 'article', title: 'Seven' },
      ],
    };
    expect(relatedPublications({ publications: ['7', 'missing', 'a'] }, profile).map((item) => item.title)).to.deep.equal(['Seven', 'A']);
  });
});
