import { expect } from 'vitest';
import { publicationId } from '../../src/model/json-resume.js';
import { validateProfile } from '../../src/model/validate.js';
import { fixtureJson } from './fixture-files.js';
import { unaccounted } from './profile-coverage.js';

const FIXTURES = ['sample.resume.json', 'complete.json', 'al-folio.resume.json', 'al-folio-site.resume.json'] as const;

const fixture = (name: (typeof FIXTURES)[number]) => fixtureJson(`/test/fixtures/json-resume/${name}`) as Record<string, any>;

describe('JSON Resume', () => {
  for (const name of FIXTURES) {
    describe(name, () => {
      it('loads with no problems and every value shown', () => {
        const input = fixture(name);
        const { profile, problems, fatal } = validateProfile(input);
        expect(fatal).to.be.undefined;
        expect(problems).to.deep.equal([]);
        expect(unaccounted(input, profile, problems)).to.deep.equal([]);
      });

      it('is not modified', () => {
        const input = fixture(name);
        validateProfile(input);
        expect(input).to.deep.equal(fixture(name));
      });
    });
  }

  it('maps every section of the JSON Resume sample to the profile format', () => {
    const { profile } = validateProfile(fixture('sample.resume.json'));
    expect(profile).to.deep.equal({
      $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      basics: {
        name: 'Richard Hendriks',
        label: 'Programmer',
        emails: ['richard.hendriks@mail.com'],
        phone: '(912) 555-4321',
        url: 'http://richardhendricks.example.com',
        bio: [fixture('sample.resume.json').basics.summary],
        location: { address: '2712 Broadway St', postalCode: 'CA 94115', city: 'San Francisco', countryCode: 'US', region: 'California' },
        profiles: [
          { network: 'Twitter', username: 'neutralthoughts' },
          { network: 'SoundCloud', username: 'dandymusicnl', url: 'https://soundcloud.example.com/dandymusicnl' },
        ],
      },
      work: [
        {
          organization: 'Pied Piper',
          location: 'Palo Alto, CA',
          description: 'Awesome compression company',
          position: 'CEO/President',
          url: 'http://piedpiper.example.com',
          startDate: '2013-12-01',
          endDate: '2014-12-01',
          summary: fixture('sample.resume.json').work[0].summary,
          highlights: fixture('sample.resume.json').work[0].highlights,
        },
      ],
      volunteer: fixture('sample.resume.json').volunteer,
      education: [
        {
          institution: 'University of Oklahoma',
          url: 'https://www.ou.edu/',
          field: 'Information Technology',
          degree: 'Bachelor',
          startDate: '2011-06-01',
          endDate: '2014-01-01',
          gpa: '4.0',
          courses: ['DB1101 - Basic SQL', 'CS2011 - Java Introduction'],
        },
      ],
      honors: [{ title: 'Digital Compression Pioneer Award', date: '2014-11-01', issuer: 'Techcrunch', summary: 'There is no spoon.' }],
      publications: [
        {
          id: 'video-compression-for-3d-media-2014',
          type: 'document',
          title: 'Video compression for 3d media',
          publisher: 'Hooli',
          issued: { 'date-parts': [[2014, 10, 1]] },
          URL: 'http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)',
          abstract: 'Innovative middle-out compression algorithm that changes the way we store data.',
        },
      ],
      skills: fixture('sample.resume.json').skills,
      languages: [{ language: 'English', fluency: 'Native speaker' }],
      interests: [{ name: 'Wildlife', keywords: ['Ferrets', 'Unicorns'] }],
      references: fixture('sample.resume.json').references,
      projects: [
        {
          name: 'Miss Direction',
          description: 'A mapping engine that misguides you',
          highlights: fixture('sample.resume.json').projects[0].highlights,
          keywords: ['GoogleMaps', 'Chrome Extension', 'Javascript'],
          startDate: '2016-08-24',
          endDate: '2016-08-24',
          url: 'missdirection.example.com',
          roles: ['Team lead', 'Designer'],
          entity: 'Smoogle',
          type: 'application',
        },
      ],
      meta: fixture('sample.resume.json').meta,
    });
  });

  it("reads the JSON Resume 0.x names of the schema's complete example (work.company, education.gpa)", () => {
    const { profile } = validateProfile(fixture('complete.json'));
    expect(profile!.work![0]).to.deep.include({ organization: 'Pied Piper', position: 'CEO/President' });
    expect(profile!.work![0]!.company).to.be.undefined;
    expect(profile!.education![0]).to.deep.include({ degree: 'Bachelor', field: 'Information Technology', gpa: '4.0' });
  });

  it("reads al-folio's resume: publications with ids, certificates, project summaries, extra fields kept", () => {
    const { profile } = validateProfile(fixture('al-folio.resume.json'));
    expect(profile!.publications!.map((publication) => publication.id)).to.deep.equal([
      'zur-elektrodynamik-bewegter-korper-1905',
      'uber-einen-die-erzeugung-und-verwandlung-des-1905',
      'die-grundlage-der-allgemeinen-1916',
    ]);
    expect(profile!.publications![0]!.issued).to.deep.equal({ 'date-parts': [[1905, 6, 30]] });
    expect(profile!.publications![0]!['container-title']).to.be.undefined;
    expect(profile!.publications![0]!.publisher).to.equal('Annalen der Physik');
    expect(profile!.certificates![0]).to.deep.equal({ name: 'Machine Learning', date: '2018-01-01', issuer: 'Stanford University', icon: 'fa-solid fa-location-dot' });
    expect(profile!.projects![0]!.description).to.match(/^Quantum computing is the use/);
    expect(profile!.education![0]!.highlights).to.deep.equal(['Description 1.', 'Description 2.']);
    expect(profile!.honors![0]).to.deep.include({ title: 'Nobel Prize in Physics', issuer: 'Royal Swedish Academy of Sciences', date: '1921-11-01' });
    expect(profile!.basics.emails).to.deep.equal(['einstein@example.com']);
    expect(profile!.basics.image).to.be.undefined;
  });

  it('reads an al-folio site\'s resume: an end date "present" is ongoing, empty values are not given', () => {
    const { profile } = validateProfile(fixture('al-folio-site.resume.json'));
    expect(profile!.work![0]).to.deep.equal({
      organization: 'Institute for Computational Cosmology, Physics, Durham University',
      position: 'Royal Society Dorothy Hodgkin Fellow',
      startDate: '2023-10-01',
      ongoing: true,
      highlights: [],
    });
    expect(profile!.work![1]!.ongoing).to.be.undefined;
    expect(profile!.education![0]).to.deep.equal({
      institution: 'University of Victoria, Canada',
      field: 'Physics & Astronomy',
      degree: 'PhD',
      startDate: '2013-09-01',
      endDate: '2017-08-01',
      courses: [],
    });
    // Fields the profile format does not name stay as they are.
    expect(profile!.honors![0]).to.deep.equal({ title: 'Dorothy Hodgkin Fellowship', startdate: '2023', enddate: '2031', issuer: 'The Royal Society' });
  });

  describe("mixed with the profile's own names", () => {
    it("never overwrites a field given under the profile's name, and keeps the JSON Resume field as it is", () => {
      const { profile, problems } = validateProfile({
        basics: { name: 'X', bio: ['Ours.'], summary: 'Theirs.' },
        work: [{ organization: 'Ours', name: 'Theirs', position: 'P' }],
        education: [{ institution: 'U', degree: 'PhD', studyType: 'Doctorate', area: 'Physics' }],
        publications: [{ id: 'p', type: 'article', title: 'Ours', name: 'Theirs', URL: 'https://ours.example', url: 'https://theirs.example' }],
      });
      expect(problems).to.deep.equal([]);
      expect(profile!.basics).to.deep.equal({ name: 'X', bio: ['Ours.'], summary: 'Theirs.' });
      expect(profile!.work![0]).to.deep.equal({ organization: 'Ours', name: 'Theirs', position: 'P' });
      expect(profile!.education![0]).to.deep.equal({ institution: 'U', degree: 'PhD', studyType: 'Doctorate', field: 'Physics' });
      expect(profile!.publications![0]).to.deep.include({ title: 'Ours', name: 'Theirs', URL: 'https://ours.example', url: 'https://theirs.example' });
    });

    it('takes the JSON Resume value in place of one of the wrong kind, and reports that one', () => {
      const { profile, problems } = validateProfile({
        basics: { name: 'X', email: 'x@example.org', emails: 5 },
        work: [{ organization: 42, name: 'Lab' }],
        publications: [{ title: ['T'], name: 'Kept' }],
        honors: 'Best paper',
        awards: [{ title: 'Award' }],
      });
      expect(profile!.basics.emails).to.deep.equal(['x@example.org']);
      expect(profile!.work).to.deep.equal([{ organization: 'Lab' }]);
      expect(profile!.publications!.map((publication) => publication.title)).to.deep.equal(['Kept']);
      expect(profile!.honors).to.deep.equal([{ title: 'Award' }]);
      expect(problems).to.deep.equal([
        { path: '/basics/emails', message: 'basics.emails: expected a list, got a number', leftOut: 'value' },
        { path: '/work/0/organization', message: 'work[0].organization: expected a string, got a number', leftOut: 'value' },
        { path: '/publications/0/title', message: 'publications[0].title: expected a string, got a list', leftOut: 'value' },
        { path: '/honors', message: 'honors: expected a list, got a string', leftOut: 'value' },
      ]);
    });

    it("takes the JSON Resume value when the profile's field is empty", () => {
      const { profile } = validateProfile({ basics: { name: 'X' }, work: [{ organization: '', name: 'Lab', position: 'P' }] });
      expect(profile!.work![0]).to.deep.equal({ organization: 'Lab', position: 'P' });
    });

    it('adds basics.email to the emails list once', () => {
      expect(validateProfile({ basics: { name: 'X', emails: ['a@example.org'], email: 'b@example.org' } }).profile!.basics.emails).to.deep.equal([
        'a@example.org',
        'b@example.org',
      ]);
      expect(validateProfile({ basics: { name: 'X', emails: ['a@example.org'], email: 'a@example.org' } }).profile!.basics).to.deep.equal({ name: 'X', emails: ['a@example.org'] });
    });

    it("adds awards after the honors already given, and reports their problems at the awards' paths", () => {
      const { profile, problems } = validateProfile({
        basics: { name: 'X' },
        honors: [{ title: 'Ours', year: 2020 }],
        awards: [null, { title: 'Theirs', awarder: 'Society', date: '2021-02-30' }, { awarder: 'No title' }],
      });
      expect(profile!.honors).to.deep.equal([
        { title: 'Ours', year: 2020 },
        { title: 'Theirs', issuer: 'Society' },
      ]);
      expect(profile!.awards).to.be.undefined;
      expect(problems).to.deep.equal([
        { path: '/awards/1/date', message: 'awards[1].date: expected a date that exists, got "2021-02-30" (February 2021 has 28 days)', leftOut: 'value' },
        { path: '/awards/2', message: 'awards[2]: missing required field "title"', leftOut: 'entry' },
      ]);
    });

    it('reports a problem in a renamed field under the JSON Resume name the author wrote', () => {
      const { profile, problems } = validateProfile({
        basics: { name: 'X', email: 'not an address' },
        work: [{ name: 42, position: 'Kept' }],
        publications: [{ name: 'Kept', releaseDate: 'someday' }],
      });
      expect(profile!.work).to.deep.equal([{ position: 'Kept' }]);
      expect(profile!.publications![0]!.title).to.equal('Kept');
      expect(problems).to.deep.equal([
        { path: '/basics/email', message: 'basics.email: expected an email address, got "not an address"', leftOut: 'value' },
        { path: '/work/0/name', message: 'work[0].name: expected a string, got a number', leftOut: 'value' },
        { path: '/publications/0/releaseDate', message: 'publications[0].releaseDate: expected a date such as "2021", "2021-06" or "2021-06-15", got "someday"', leftOut: 'value' },
      ]);
    });
  });
});

describe('publicationId', () => {
  it("makes an id from the title's words and the year", () => {
    expect(publicationId('Video compression for 3d media', { 'date-parts': [[2014, 10, 1]] }, new Set())).to.equal('video-compression-for-3d-media-2014');
    expect(publicationId('Straße, Æther & Øresund', undefined, new Set())).to.equal('strasse-aether-oresund');
  });

  it('keeps it short, cutting between words', () => {
    const id = publicationId('Über einen die Erzeugung und Verwandlung des Lichtes betreffenden heuristischen Gesichtspunkt', undefined, new Set());
    expect(id).to.equal('uber-einen-die-erzeugung-und-verwandlung-des');
  });

  it('falls back to "publication" when the title has no letters it can use', () => {
    expect(publicationId('数据压缩', undefined, new Set())).to.equal('publication');
    expect(publicationId(undefined, { 'date-parts': [[2020]] }, new Set())).to.equal('2020');
  });

  it('keeps ids unique among those taken, and adds its own', () => {
    const taken = new Set(['paper-2020']);
    expect(publicationId('Paper', { 'date-parts': [[2020]] }, taken)).to.equal('paper-2020-2');
    expect(publicationId('Paper', { 'date-parts': [[2020]] }, taken)).to.equal('paper-2020-3');
    expect([...taken]).to.deep.equal(['paper-2020', 'paper-2020-2', 'paper-2020-3']);
  });

  it('gives the same ids for the same list every time', () => {
    const input = fixture('al-folio.resume.json');
    const ids = () => validateProfile(input).profile!.publications!.map((publication) => publication.id);
    expect(ids()).to.deep.equal(ids());
  });
});
