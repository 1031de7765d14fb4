import { expect } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/model/json.js';
import type { Problem } from '../../src/model/types.js';
import { describePath, validateProfile, validatePublicationItems } from '../../src/model/validate.js';

/** A profile that uses most sections, with extra fields the schema does not name at every level. */
function validProfile(): Record<string, unknown> {
  return {
    version: '1',
    customTopLevel: { kept: true, list: [1, 2, 3] },
    basics: {
      name: 'Ada Lovelace',
      label: 'Analyst',
      emails: ['ada@example.org'],
      pronouns: 'she/her',
      affiliations: [{ organization: 'Analytical Society', role: 'Member', office: 'Room 1' }],
    },
    work: [{ position: 'Analyst', organization: 'Babbage & Co', startDate: '1842-07', ongoing: true, badge: 'gold' }],
    publications: [
      {
        id: 'lovelace1843notes',
        type: 'article-journal',
        title: 'Notes on the Analytical Engine',
        author: [{ given: 'Ada', family: 'Lovelace', orcid: '0000-0000-0000-0000' }],
        issued: { 'date-parts': [[1843]] },
        reviewStatus: 'classic',
      },
    ],
    honors: [{ title: 'First Programmer', year: 1843 }],
  };
}

/** The same profile with four bad entries (one per section) among good ones. */
function partlyBadProfile(): Record<string, unknown> {
  return {
    basics: { name: 'Partly Bad', emails: ['ok@example.org', 'not-an-email'] },
    publications: [
      { id: 'good1', type: 'paper-conference', title: 'A good paper' },
      { id: 'bad1', type: 'paper-conference', title: 42 },
      { id: 'good2', type: 'paper-conference', title: 'Another good paper' },
    ],
    work: [
      { position: 'Researcher', organization: 'Lab', startDate: '2020' },
      { position: 'Intern', organization: 'Lab', startDate: '03/201' },
    ],
    honors: [{ title: 'Best Paper' }, { year: 2020, issuer: 'Nobody' }],
  };
}

function problemAt(problems: Problem[], path: string): Problem {
  const problem = problems.find((candidate) => candidate.path === path);
  expect(problem, `a problem at ${path} among ${JSON.stringify(problems)}`).to.exist;
  return problem!;
}

describe('validateProfile', () => {
  describe('a valid profile', () => {
    it('passes with no problems and is unchanged', () => {
      const input = validProfile();
      const result = validateProfile(input);
      expect(result.fatal).to.be.undefined;
      expect(result.problems).to.deep.equal([]);
      expect(result.profile).to.deep.equal(validProfile());
    });

    it('keeps unknown fields at the top level, in basics, in a publication and in an author', () => {
      const profile = validateProfile(validProfile()).profile as unknown as Record<string, any>;
      expect(profile.customTopLevel).to.deep.equal({ kept: true, list: [1, 2, 3] });
      expect(profile.basics.pronouns).to.equal('she/her');
      expect(profile.basics.affiliations[0].office).to.equal('Room 1');
      expect(profile.work[0].badge).to.equal('gold');
      expect(profile.publications[0].reviewStatus).to.equal('classic');
      expect(profile.publications[0].author[0].orcid).to.equal('0000-0000-0000-0000');
    });

    it('keeps unknown fields next to a bad entry that is left out', () => {
      const input: Record<string, any> = { ...partlyBadProfile(), customTopLevel: 'still here' };
      input.basics.pronouns = 'they/them';
      const profile = validateProfile(input).profile as unknown as Record<string, any>;
      expect(profile.customTopLevel).to.equal('still here');
      expect(profile.basics.pronouns).to.equal('they/them');
    });

    it('adds the source to every problem when one is given', () => {
      const result = validateProfile(partlyBadProfile(), '/data/me.json');
      expect(result.problems).to.have.length(4);
      for (const problem of result.problems) expect(problem.source).to.equal('/data/me.json');
      expect(validateProfile(null, 'inline').fatal!.source).to.equal('inline');
    });
  });

  describe('a profile with bad values', () => {
    it('loads with exactly the bad values left out, and an entry only when it lost what it needs', () => {
      const { profile, fatal } = validateProfile(partlyBadProfile());
      expect(fatal).to.be.undefined;
      expect(profile!.basics.name).to.equal('Partly Bad');
      expect(profile!.basics.emails).to.deep.equal(['ok@example.org']);
      // A publication without its title goes; a position that lost only its start date stays.
      expect(profile!.publications!.map((publication) => publication.id)).to.deep.equal(['good1', 'good2']);
      expect(profile!.work).to.deep.equal([
        { position: 'Researcher', organization: 'Lab', startDate: '2020' },
        { position: 'Intern', organization: 'Lab' },
      ]);
      expect(profile!.honors!.map((honor) => honor.title)).to.deep.equal(['Best Paper']);
    });

    it('reports one problem per left-out value or entry, at its JSON pointer, in the order of the document', () => {
      const { problems } = validateProfile(partlyBadProfile());
      expect(problems.map((problem) => [problem.path, problem.leftOut])).to.deep.equal([
        ['/basics/emails/1', 'value'],
        ['/work/1/startDate', 'value'],
        ['/publications/1', 'entry'],
        ['/honors/1', 'entry'],
      ]);
    });

    it('says in each message where (readable path) and what was expected', () => {
      const { problems } = validateProfile(partlyBadProfile());

      const title = problemAt(problems, '/publications/1').message;
      expect(title).to.contain('publications[1].title');
      expect(title).to.contain('expected a string');
      expect(title).to.contain('got a number');

      const date = problemAt(problems, '/work/1/startDate').message;
      expect(date).to.equal('work[1].startDate: expected a date such as "2021", "2021-06" or "2021-06-15", got "03/201"');

      const email = problemAt(problems, '/basics/emails/1').message;
      expect(email).to.equal('basics.emails[1]: expected an email address, got "not-an-email"');

      const honor = problemAt(problems, '/honors/1').message;
      expect(honor).to.equal('honors[1]: missing required field "title"');
    });

    it('keeps a publication whose author is unusable, without that author', () => {
      const input = {
        basics: { name: 'X' },
        publications: [
          { id: 'a', type: 'article', title: 'Fine' },
          {
            id: 'b',
            type: 'article',
            title: 'Bad author',
            author: [
              { given: 'Ann', family: 7 },
              { given: 'Bo', family: 'Li' },
            ],
          },
        ],
      };
      const { profile, problems } = validateProfile(input);
      expect(profile!.publications!.map((publication) => publication.id)).to.deep.equal(['a', 'b']);
      expect(profile!.publications![1]!.author).to.deep.equal([{ given: 'Bo', family: 'Li' }]);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.deep.include({ path: '/publications/1/author/0', leftOut: 'entry' });
      expect(problems[0]!.message).to.equal('publications[1].author[0].family: expected a string, got a number');
    });

    it('keeps an entry that lost some values, with one problem per value', () => {
      const input = {
        basics: { name: 'X' },
        work: [{ position: 5, organization: 'Lab', startDate: 'soon', highlights: ['Shipped', 42, 'Led'] }],
      };
      const { profile, problems } = validateProfile(input);
      expect(profile!.work).to.deep.equal([{ organization: 'Lab', highlights: ['Shipped', 'Led'] }]);
      expect(problems.map((problem) => problem.path)).to.deep.equal(['/work/0/position', '/work/0/startDate', '/work/0/highlights/1']);
      expect(problems[2]!.message).to.equal('work[0].highlights[1]: expected a string, got a number');
    });

    it('leaves out an entry that lost what it needs, with all its faults in one problem', () => {
      const input = {
        basics: { name: 'X' },
        work: [{ position: 5, organization: ['Lab'], startDate: 'soon' }, { position: 'Kept' }],
      };
      const { profile, problems } = validateProfile(input);
      expect(profile!.work).to.deep.equal([{ position: 'Kept' }]);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.deep.include({ path: '/work/0', leftOut: 'entry' });
      expect(problems[0]!.message).to.contain('work[0].position: expected a string, got a number');
      expect(problems[0]!.message).to.contain('work[0].organization: expected a string, got a list');
      expect(problems[0]!.message).to.contain('work[0].startDate');
    });

    it('needs an organisation or a position for a work entry, and says so', () => {
      const { profile, problems } = validateProfile({
        basics: { name: 'X' },
        work: [{ organization: 'Only organisation' }, { position: 'Only position' }, { startDate: '2020', team: 'Nothing else' }],
      });
      expect(profile!.work).to.deep.equal([{ organization: 'Only organisation' }, { position: 'Only position' }]);
      expect(problems).to.deep.equal([{ path: '/work/2', message: 'work[2]: missing required field "organization" or "position"', leftOut: 'entry' }]);
    });

    it('leaves out a CSL date that lost what it needs, and keeps its publication', () => {
      const { profile, problems } = validateProfile({ basics: { name: 'X' }, publications: [{ id: 'a', type: 'article', title: 'T', issued: { raw: 2021 } }] });
      expect(profile!.publications![0]).to.deep.equal({ id: 'a', type: 'article', title: 'T' });
      expect(problems).to.deep.equal([{ path: '/publications/0/issued', message: 'publications[0].issued.raw: expected a string, got a number', leftOut: 'value' }]);
    });

    it('leaves out a CSL date as a whole when one of its parts is wrong (parts mean something by position)', () => {
      const { profile, problems } = validateProfile({
        basics: { name: 'X' },
        publications: [{ id: 'a', type: 'article', title: 'T', issued: { 'date-parts': [[2021, 'June', 5]] } }],
      });
      expect(profile!.publications![0]!.issued).to.be.undefined;
      expect(problems.map((problem) => problem.path)).to.deep.equal(['/publications/0/issued']);
      expect(problems[0]!.message).to.contain('publications[0].issued.date-parts[0][1]');
    });

    it('leaves out only the bad item of a list of texts', () => {
      const { profile, problems } = validateProfile({
        basics: { name: 'X', researchInterests: ['Systems', { topic: 'ML' }, 'Compilers'] },
        publications: [{ id: 'a', type: 'article', title: 'T', keywords: ['one', 2, 'three'] }],
      });
      expect(profile!.basics.researchInterests).to.deep.equal(['Systems', 'Compilers']);
      expect(profile!.publications![0]!.keywords).to.deep.equal(['one', 'three']);
      expect(problems.map((problem) => problem.path)).to.deep.equal(['/basics/researchInterests/1', '/publications/0/keywords/1']);
    });

    it('says what a value that may take several forms may be', () => {
      const { profile, problems } = validateProfile({ basics: { name: 'X', location: 5, label: 'Kept' } });
      expect(profile!.basics).to.deep.equal({ name: 'X', label: 'Kept' });
      expect(problems).to.deep.equal([{ path: '/basics/location', message: 'basics.location: expected a string or an object, got a number', leftOut: 'value' }]);
    });

    it('leaves out a bad value that is not in a list, and keeps the rest of basics', () => {
      const { profile, problems } = validateProfile({ basics: { name: 'X', label: 'Kept', emails: 42 } });
      expect(profile!.basics).to.deep.equal({ name: 'X', label: 'Kept' });
      expect(problems).to.have.length(1);
      expect(problems[0]!.path).to.equal('/basics/emails');
      expect(problems[0]!.message).to.contain('basics.emails');
      expect(problems[0]!.message).to.contain('expected a list');
    });

    it('leaves out a whole section that is not a list', () => {
      const { profile, problems } = validateProfile({ basics: { name: 'X' }, work: 'Lab', talks: [{ title: 'Kept' }] });
      expect(profile!.work).to.be.undefined;
      expect(profile!.talks).to.deep.equal([{ title: 'Kept' }]);
      expect(problems).to.deep.equal([{ path: '/work', message: 'work: expected a list, got a string', leftOut: 'value' }]);
    });

    it('does not modify the input', () => {
      const input = partlyBadProfile();
      const snapshot = structuredClone(input);
      const result = validateProfile(input);
      expect(input).to.deep.equal(snapshot);
      expect(result.profile).not.to.equal(input);
    });

    it('shares nothing it changes with the input', () => {
      const input = { basics: { name: 'X', emails: ['a@example.org', 'bad'] }, work: [{ organization: 'Lab', startDate: 'June 2020' }] };
      const { profile } = validateProfile(input);
      expect(profile!.basics).not.to.equal(input.basics);
      expect(profile!.work![0]).not.to.equal(input.work[0]);
      profile!.work![0]!.organization = 'Changed';
      expect(input.work[0]!.organization).to.equal('Lab');
    });
  });

  describe('forms people write', () => {
    const read = (input: Record<string, unknown>) => validateProfile({ basics: { name: 'X' }, ...input });

    it('reads an end date "present", "current", "now", "ongoing" or "" as ongoing, in any case', () => {
      for (const word of ['present', 'Present', 'CURRENT', 'now', 'ongoing', '']) {
        const { profile, problems } = read({ work: [{ organization: 'Lab', startDate: '2020', endDate: word }] });
        expect(problems, word).to.deep.equal([]);
        expect(profile!.work![0], word).to.deep.equal({ organization: 'Lab', startDate: '2020', ongoing: true });
      }
    });

    it('keeps ongoing as given when it says false, and the end date as written', () => {
      const { profile } = read({ work: [{ organization: 'Lab', startDate: '2020', endDate: 'present', ongoing: false }] });
      expect(profile!.work![0]).to.deep.equal({ organization: 'Lab', startDate: '2020', ongoing: false, asWritten: { endDate: 'present' } });
    });

    it('reads hand-written dates into the profile form', () => {
      const { profile, problems } = read({
        work: [
          { organization: 'A', startDate: 'June 2019', endDate: '06/2021' },
          { organization: 'B', startDate: '2021/06', endDate: 'Jan 5, 2022' },
        ],
        talks: [{ title: 'T', date: '15 March 2022' }],
      });
      expect(problems).to.deep.equal([]);
      expect(profile!.work!.map((work) => [work.startDate, work.endDate])).to.deep.equal([
        ['2019-06', '2021-06'],
        ['2021-06', '2022-01-05'],
      ]);
      expect(profile!.talks![0]!.date).to.equal('2022-03-15');
    });

    it('reads a season as its year and keeps the text as written', () => {
      const { profile, problems } = read({ teaching: [{ title: 'Compilers', startDate: 'Spring 2020', endDate: 'Fall 2021' }] });
      expect(problems).to.deep.equal([]);
      expect(profile!.teaching![0]).to.deep.equal({
        title: 'Compilers',
        startDate: '2020',
        endDate: '2021',
        asWritten: { startDate: 'Spring 2020', endDate: 'Fall 2021' },
      });
    });

    it('reads a range written in one date field into both ends', () => {
      const { profile, problems } = read({
        work: [
          { organization: 'A', startDate: '2019–2021' },
          { organization: 'B', startDate: '2019-2021' },
          { organization: 'C', startDate: '2019 - present' },
          { organization: 'D', endDate: 'Jun 2018 to Aug 2019' },
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(profile!.work).to.deep.equal([
        { organization: 'A', startDate: '2019', endDate: '2021' },
        { organization: 'B', startDate: '2019', endDate: '2021' },
        { organization: 'C', startDate: '2019', ongoing: true },
        { organization: 'D', endDate: '2019-08', startDate: '2018-06' },
      ]);
    });

    it('never replaces a given end with one from a range, and keeps the range as written', () => {
      const { profile } = read({ work: [{ organization: 'A', startDate: '2019–2021', endDate: '2022' }] });
      expect(profile!.work![0]).to.deep.equal({ organization: 'A', startDate: '2019', endDate: '2022', asWritten: { startDate: '2019–2021' } });
    });

    it('reads a range in a one-date field as its start, keeping the text', () => {
      const { profile } = read({ honors: [{ title: 'Fellowship', date: '2019–2021' }] });
      expect(profile!.honors![0]).to.deep.equal({ title: 'Fellowship', date: '2019', asWritten: { date: '2019–2021' } });
    });

    it('reports a date that cannot exist instead of moving it, and keeps its entry', () => {
      const { profile, problems } = read({
        work: [{ organization: 'A', startDate: '2021-02-31', endDate: '2021-13' }],
        talks: [{ title: 'T', date: '2021-06-00' }],
        publications: [{ id: 'p', type: 'article', title: 'P', issued: { 'date-parts': [[2021, 2, 29]] } }],
      });
      expect(profile!.work).to.deep.equal([{ organization: 'A' }]);
      expect(profile!.talks).to.deep.equal([{ title: 'T' }]);
      expect(profile!.publications![0]).to.deep.equal({ id: 'p', type: 'article', title: 'P' });
      expect(problems.map((problem) => problem.message)).to.deep.equal([
        'work[0].startDate: expected a date that exists, got "2021-02-31" (February 2021 has 28 days)',
        'work[0].endDate: expected a date that exists, got "2021-13" (there is no month 13)',
        'publications[0].issued: expected a date that exists, got [[2021,2,29]] (February 2021 has 28 days)',
        'talks[0].date: expected a date that exists, got "2021-06-00" (there is no day 0)',
      ]);
      expect(problems.map((problem) => problem.path)).to.deep.equal(['/work/0/startDate', '/work/0/endDate', '/publications/0/issued', '/talks/0/date']);
    });

    it('reads affiliations written as names', () => {
      const { profile, problems } = read({ basics: { name: 'X', affiliations: ['Kiel University', { organization: 'GEOMAR', role: 'Guest' }] } });
      expect(problems).to.deep.equal([]);
      expect(profile!.basics.affiliations).to.deep.equal([{ organization: 'Kiel University' }, { organization: 'GEOMAR', role: 'Guest' }]);
      expect(read({ basics: { name: 'X', affiliations: 'Kiel University' } }).profile!.basics.affiliations).to.deep.equal([{ organization: 'Kiel University' }]);
    });

    it('reads links written as an object, for publications and talks', () => {
      const { profile, problems } = read({
        publications: [{ id: 'p', type: 'article', title: 'P', links: { pdf: 'p.pdf', code: 'https://github.com/x/y', slides: { url: 's.pdf', label: 'Deck' }, video: '' } }],
        talks: [{ title: 'T', links: { slides: 't.pdf' } }],
      });
      expect(problems).to.deep.equal([]);
      expect(profile!.publications![0]!.links).to.deep.equal([
        { kind: 'pdf', url: 'p.pdf' },
        { kind: 'code', url: 'https://github.com/x/y' },
        { kind: 'slides', url: 's.pdf', label: 'Deck' },
      ]);
      expect(profile!.talks![0]!.links).to.deep.equal([{ kind: 'slides', url: 't.pdf' }]);
    });

    it('reports a bad link written as an object at the path the author wrote', () => {
      const { problems } = read({ publications: [{ id: 'p', type: 'article', title: 'P', links: { pdf: 'p.pdf', code: 42 } }] });
      expect(problems).to.deep.equal([{ path: '/publications/0/links/code', message: 'publications[0].links.code: expected a string, got a number', leftOut: 'value' }]);
    });

    it('reads one value where a list is expected as a list of one', () => {
      const { profile, problems } = read({
        basics: { name: 'X', emails: 'x@example.org', researchInterests: 'Systems', bio: 'First paragraph.\n\nSecond paragraph.' },
        work: [{ organization: 'Lab', highlights: 'Built it' }],
        projects: [{ name: 'P', keywords: 'compilers' }],
        honors: [{ title: 'H', year: '2020', years: 2021 }],
      });
      expect(problems).to.deep.equal([]);
      expect(profile!.basics.emails).to.deep.equal(['x@example.org']);
      expect(profile!.basics.researchInterests).to.deep.equal(['Systems']);
      expect(profile!.basics.bio).to.deep.equal(['First paragraph.', 'Second paragraph.']);
      expect(profile!.work![0]!.highlights).to.deep.equal(['Built it']);
      expect(profile!.projects![0]!.keywords).to.deep.equal(['compilers']);
      expect(profile!.honors![0]).to.deep.equal({ title: 'H', year: 2020, years: [2021] });
    });

    it('treats "" and null as not given: left out without a problem', () => {
      const { profile, problems } = read({
        basics: { name: 'X', label: '', image: null, researchInterests: ['Systems', '', '  '] },
        work: [{ organization: 'Lab', position: '', url: null }],
      });
      expect(problems).to.deep.equal([]);
      expect(profile!.basics).to.deep.equal({ name: 'X', researchInterests: ['Systems'] });
      expect(profile!.work).to.deep.equal([{ organization: 'Lab' }]);
    });

    it('reports an entry that is left with nothing it needs after empty values go', () => {
      const { profile, problems } = read({ publications: [{ title: '' }, { title: 'Kept' }] });
      expect(profile!.publications!.map((publication) => publication.title)).to.deep.equal(['Kept']);
      expect(problems).to.deep.equal([{ path: '/publications/0', message: 'publications[0]: missing required field "title"', leftOut: 'entry' }]);
    });

    it('reports a problem after a skipped empty item at the path the author wrote', () => {
      const { problems } = read({ basics: { name: 'X', researchInterests: ['', 'Systems', 7] } });
      expect(problems.map((problem) => problem.path)).to.deep.equal(['/basics/researchInterests/2']);
      expect(problems[0]!.message).to.equal('basics.researchInterests[2]: expected a string, got a number');
    });

    it('gives a publication without an id one from its title and year, unique in the list, and a type', () => {
      const { profile, problems } = read({
        publications: [
          { title: 'Über Kompression', issued: { 'date-parts': [[2014]] } },
          { title: 'Über Kompression', issued: { 'date-parts': [[2014]] } },
          { id: 'uber-kompression-2014-3', type: 'book', title: 'Taken id' },
          { title: 'Über Kompression', issued: { 'date-parts': [[2014]] } },
          { title: '数据压缩' },
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(profile!.publications!.map((publication) => [publication.id, publication.type])).to.deep.equal([
        ['uber-kompression-2014', 'document'],
        ['uber-kompression-2014-2', 'document'],
        ['uber-kompression-2014-3', 'book'],
        ['uber-kompression-2014-4', 'document'],
        ['publication', 'document'],
      ]);
    });

    it('reads a publication date written as text or as a year', () => {
      const { profile, problems } = read({
        publications: [
          { id: 'a', type: 'article', title: 'A', issued: 'June 2021' },
          { id: 'b', type: 'article', title: 'B', issued: 2019 },
          { id: 'c', type: 'article', title: 'C', issued: 'Spring 2020' },
          { id: 'd', type: 'article', title: 'D', issued: 'forthcoming' },
        ],
      });
      expect(profile!.publications!.map((publication) => publication.issued)).to.deep.equal([
        { 'date-parts': [[2021, 6]] },
        { 'date-parts': [[2019]] },
        { 'date-parts': [[2020]], season: 1 },
        undefined,
      ]);
      expect(problems).to.deep.equal([
        { path: '/publications/3/issued', message: 'publications[3].issued: expected a date such as "2021", "2021-06" or "2021-06-15", got "forthcoming"', leftOut: 'value' },
      ]);
    });

    it('reads a profile that uses these forms again without change (the result is already in the profile form)', () => {
      const first = read({
        basics: { name: 'X', affiliations: ['Kiel University'], email: 'x@example.org', summary: 'Bio.' },
        work: [{ name: 'Lab', startDate: 'Spring 2020', endDate: 'present' }],
        publications: [{ name: 'P', releaseDate: '2021-06-01', links: { pdf: 'p.pdf' } }],
      });
      const second = validateProfile(first.profile);
      expect(second.problems).to.deep.equal([]);
      expect(second.profile).to.deep.equal(first.profile);
    });
  });

  describe('fatal cases', () => {
    const fatalCases: Array<[string, unknown]> = [
      ['null', null],
      ['a number', 42],
      ['a string', '{"basics":{"name":"X"}}'],
      ['an array', [{ basics: { name: 'X' } }]],
      ['an object without basics', { work: [] }],
      ['basics that is not an object', { basics: 'X' }],
      ['basics without a name', { basics: { label: 'No name' } }],
      ['a name that is not a string', { basics: { name: 42 } }],
      ['an empty name', { basics: { name: '' } }],
    ];
    for (const [what, input] of fatalCases) {
      it(`gives fatal with a message and no profile for ${what}`, () => {
        const result = validateProfile(input);
        expect(result.profile).to.be.undefined;
        expect(result.fatal).to.exist;
        expect(result.fatal!.message).to.be.a('string').and.not.be.empty;
      });
    }

    it('says what was wrong with the whole document', () => {
      expect(validateProfile([]).fatal!.message).to.contain('JSON object').and.contain('a list');
      expect(validateProfile({}).fatal!.message).to.contain('missing required field "basics"');
      expect(validateProfile({ basics: {} }).fatal!.message)
        .to.contain('basics')
        .and.contain('"name"');
      const name = validateProfile({ basics: { name: 42 } }).fatal!;
      expect(name.path).to.equal('/basics/name');
      expect(name.message).to.contain('basics.name').and.contain('expected a string');
    });

    it('points a fault of the document itself at the whole document ("")', () => {
      // RFC 6901: "" is the whole document; "/" would be a member named "" (which this document does not have).
      expect(validateProfile([]).fatal!.path).to.equal('');
      expect(validateProfile({ work: [] }).fatal!.path).to.equal('');
    });
  });
});

describe('describePath', () => {
  it('turns a JSON pointer into the path a page owner reads', () => {
    expect(describePath('/publications/3/title')).to.equal('publications[3].title');
    expect(describePath('/publications/3/author/0/family')).to.equal('publications[3].author[0].family');
    expect(describePath('/basics/name')).to.equal('basics.name');
    expect(describePath('/work/0')).to.equal('work[0]');
    expect(describePath('/publications/0/issued/date-parts/0/1')).to.equal('publications[0].issued.date-parts[0][1]');
  });

  it('names the whole document for an empty pointer', () => {
    expect(describePath('')).to.equal('(the document)');
  });

  it('accepts the URI-fragment form and unescapes ~1 and ~0', () => {
    expect(describePath('#/work/2/startDate')).to.equal('work[2].startDate');
    expect(describePath('/a~1b/c~0d')).to.equal('a/b.c~d');
    expect(describePath('/a~01')).to.equal('a~1');
  });

  it('reads a plain pointer with a "%" in a key as written', () => {
    // A plain JSON pointer is not percent-encoded (RFC 6901 §5); only the "#…" URI-fragment form is (§6).
    expect(describePath('/notes/50%')).to.equal('notes.50%');
    expect(describePath('/x%41')).to.equal('x%41');
  });
});

describe('validateProfile with deep or huge values', () => {
  /** Profile JSON text with `value` (JSON text) as a field of the first of two publications. */
  const withField = (field: string, value: string) =>
    JSON.parse(
      `{"basics":{"name":"Ada"},"publications":[{"id":"a","title":"First","type":"article-journal","${field}":${value}},{"id":"b","title":"Second","type":"article-journal"}]}`,
    ) as Record<string, unknown>;
  const nestedObject = (levels: number) => `${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}`;
  const nestedList = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
  const tooDeep = `nested deeper than ${MAX_JSON_DEPTH} levels; the limit is ${MAX_JSON_DEPTH}`;
  const messages = (problems: Problem[]) => problems.map((problem) => [problem.path, problem.message, problem.leftOut]);

  it('leaves out a note nested 10,000 levels deep (as objects or lists), with a problem at its path, and keeps both publications', () => {
    for (const note of [nestedObject(10_000), nestedList(10_000)]) {
      const input = withField('note', note);
      const result = validateProfile(input);
      expect(messages(result.problems)).to.deep.equal([['/publications/0/note', `publications[0].note: ${tooDeep}`, 'value']]);
      const [first, second] = result.profile!.publications!;
      expect([first!.title, second!.title]).to.deep.equal(['First', 'Second']);
      expect('note' in first!).to.equal(false);
      // The input is not modified.
      expect(typeof (input.publications as Array<Record<string, unknown>>)[0]!.note).to.equal('object');
    }
  });

  it('leaves out a deep field the schema does not name, a deep list item, and a deep title with its publication', () => {
    expect(messages(validateProfile(withField('extra', nestedObject(5_000))).problems)).to.deep.equal([['/publications/0/extra', `publications[0].extra: ${tooDeep}`, 'value']]);
    const keywords = validateProfile(withField('keywords', `["kept", ${nestedList(5_000)}, "also kept"]`));
    expect(messages(keywords.problems)).to.deep.equal([['/publications/0/keywords/1', `publications[0].keywords[1]: ${tooDeep}`, 'value']]);
    expect(keywords.profile!.publications![0]!.keywords).to.deep.equal(['kept', 'also kept']);
    const title = validateProfile(withField('title', nestedObject(5_000)));
    expect(messages(title.problems)).to.deep.equal([['/publications/0', `publications[0]: missing required field "title"; publications[0].title: ${tooDeep}`, 'entry']]);
    expect(title.profile!.publications!.map((publication) => publication.title)).to.deep.equal(['Second']);
  });

  it('keeps values nested exactly to the limit and leaves out one level more', () => {
    // `publications[0].extra` is at depth 3: the extra field's own levels come on top of that.
    const atLimit = validateProfile(withField('extra', nestedObject(MAX_JSON_DEPTH - 3)));
    expect(atLimit.problems).to.deep.equal([]);
    const overLimit = validateProfile(withField('extra', nestedObject(MAX_JSON_DEPTH - 2)));
    expect(messages(overLimit.problems)).to.deep.equal([['/publications/0/extra', `publications[0].extra: ${tooDeep}`, 'value']]);
  });

  it('leaves out only the bad keywords of a publication, the same way for 1,000, 10,000 and 100,000 of them', () => {
    for (const count of [1_000, 10_000, 100_000]) {
      const keywords: unknown[] = Array.from({ length: count }, (_, index) => index);
      keywords[0] = 'first topic';
      const result = validateProfile({
        basics: { name: 'Ada' },
        publications: [
          { id: 'a', title: 'Many', keywords },
          { id: 'b', title: 'Other' },
        ],
      });
      expect(result.fatal, `${count}`).to.equal(undefined);
      expect(result.problems, `${count}`).to.have.length(count - 1);
      expect(messages(result.problems.slice(0, 1))).to.deep.equal([['/publications/0/keywords/1', 'publications[0].keywords[1]: expected a string, got a number', 'value']]);
      expect(result.problems[count - 2]!.path).to.equal(`/publications/0/keywords/${count - 1}`);
      expect(result.profile!.publications!.map((publication) => [publication.title, publication.keywords])).to.deep.equal([
        ['Many', ['first topic']],
        ['Other', undefined],
      ]);
    }
  });

  it('leaves out a publication without a title however many bad keywords it has, and lists only some of them', () => {
    const keywords = Array.from({ length: 100_000 }, (_, index) => index);
    const result = validateProfile({
      basics: { name: 'Ada' },
      publications: [
        { id: 'a', keywords },
        { id: 'b', title: 'Other' },
      ],
    });
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]!.leftOut).to.equal('entry');
    expect(result.problems[0]!.message.startsWith('publications[0]: missing required field "title"; publications[0].keywords[0]: expected a string')).to.equal(true);
    expect(result.problems[0]!.message.endsWith('; and 99,981 more')).to.equal(true);
    expect(result.profile!.publications!.map((publication) => publication.title)).to.deep.equal(['Other']);
  });

  it('checks a large profile in parts with the same result: 100,000 publications, every tenth without a usable title', () => {
    const publications = Array.from({ length: 100_000 }, (_, index) => ({ id: `p${index}`, title: index % 10 ? `Paper ${index}` : index, type: 'article-journal' }));
    const result = validateProfile({ basics: { name: 'Ada' }, work: [{ organization: 'Lab' }, { startDate: '2020' }], publications });
    expect(result.profile!.publications).to.have.length(90_000);
    expect(result.problems).to.have.length(10_001);
    expect(messages(result.problems.slice(0, 2))).to.deep.equal([
      ['/work/1', 'work[1]: missing required field "organization" or "position"', 'entry'],
      ['/publications/0', 'publications[0].title: expected a string, got a number', 'entry'],
    ]);
    expect(result.problems[10_000]!.path).to.equal('/publications/99990');
  });
});

describe('validateProfile with links no element may show', () => {
  const reason = (link: string) => `the link ${JSON.stringify(link)} is not an http(s), mailto or relative address; it is left out`;

  it('leaves out a link in an extra field named like a CSL date part, and keeps the rest (a fuzzed case)', () => {
    const { profile, problems } = validateProfile({ basics: { name: 'x', 'date-parts': { URL: ['javascript:alert(1)', 'https://example.org/'] } } });
    expect((profile!.basics as unknown as Record<string, unknown>)['date-parts']).to.deep.equal({ URL: ['https://example.org/'] });
    expect(problems).to.deep.equal([{ path: '/basics/date-parts/URL/0', message: `basics.date-parts.URL[0]: ${reason('javascript:alert(1)')}`, leftOut: 'value' }]);
  });

  it('leaves out a javascript: project link with one problem at its path, and keeps the project', () => {
    const { profile, problems } = validateProfile({ basics: { name: 'x' }, projects: [{ name: 'P', url: 'javascript:alert(1)' }] });
    expect(profile!.projects).to.deep.equal([{ name: 'P' }]);
    expect(problems).to.deep.equal([{ path: '/projects/0/url', message: `projects[0].url: ${reason('javascript:alert(1)')}`, leftOut: 'value' }]);
  });

  it('checks every link field, however the scheme is written, and keeps the allowed ones', () => {
    const input = {
      basics: {
        name: 'x',
        image: 'data:image/svg+xml;base64,PHN2Zz4=',
        url: 'https://example.org/',
        profiles: [{ network: 'GitHub', url: ' JavaScript:alert(1)' }],
        affiliations: [{ organization: 'Lab', url: 'vbscript:msgbox(1)' }],
      },
      certificates: [{ name: 'C', url: 'java\tscript:alert(1)' }],
      volunteer: [{ organization: 'V', url: 'mailto:v@example.org' }],
      education: [{ institution: 'U', thesis: { title: 'T', url: 'file:///etc/passwd' } }],
      publications: [{ title: 'P', URL: 'javascript:alert(1)', links: { pdf: 'data:text/html,x', code: 'code/p' } }],
      talks: [{ title: 'T', url: '/talks/t.pdf', links: [{ kind: 'slides', url: '\u0001javascript:alert(1)' }] }],
    };
    const { profile, problems } = validateProfile(input);
    expect(problems.map((problem) => [problem.path, problem.leftOut, problem.message])).to.deep.equal([
      ['/basics/image', 'value', `basics.image: ${reason('data:image/svg+xml;base64,PHN2Zz4=')}`],
      ['/basics/profiles/0/url', 'value', `basics.profiles[0].url: ${reason(' JavaScript:alert(1)')}`],
      ['/basics/affiliations/0/url', 'value', `basics.affiliations[0].url: ${reason('vbscript:msgbox(1)')}`],
      ['/education/0/thesis/url', 'value', `education[0].thesis.url: ${reason('file:///etc/passwd')}`],
      ['/publications/0/URL', 'value', `publications[0].URL: ${reason('javascript:alert(1)')}`],
      // Links written as an object are reported where the author wrote them.
      ['/publications/0/links/pdf', 'value', `publications[0].links.pdf: ${reason('data:text/html,x')}`],
      ['/talks/0/links/0/url', 'value', `talks[0].links[0].url: ${reason('\u0001javascript:alert(1)')}`],
      ['/certificates/0/url', 'value', `certificates[0].url: ${reason('java\tscript:alert(1)')}`],
    ]);
    expect(profile!.basics.url).to.equal('https://example.org/');
    expect(profile!.volunteer![0]!.url).to.equal('mailto:v@example.org');
    expect(profile!.talks![0]!.url).to.equal('/talks/t.pdf');
    expect(profile!.publications![0]!.links).to.deep.equal([{ kind: 'pdf' }, { kind: 'code', url: 'code/p' }]);
    expect(profile!.basics.profiles).to.deep.equal([{ network: 'GitHub' }]);
  });

  it('leaves out a refused link in a field the schema does not name, without touching the input', () => {
    const input = { basics: { name: 'x' }, custom: { site: { url: 'javascript:alert(1)', keep: 1 }, url: ['https://example.org/', 'data:,x'] } };
    const snapshot = structuredClone(input);
    const { profile, problems } = validateProfile(input);
    expect(input).to.deep.equal(snapshot);
    expect(profile!.custom).to.deep.equal({ site: { keep: 1 }, url: ['https://example.org/'] });
    expect(problems.map((problem) => problem.path)).to.deep.equal(['/custom/site/url', '/custom/url/1']);
  });

  it('reports a refused link in an entry that is left out as part of that entry’s problem, once', () => {
    const { profile, problems } = validateProfile({ basics: { name: 'x' }, talks: ['!', { url: 'javascript:alert(1)' }, { title: 'Kept', url: 'data:,x' }] });
    expect(profile!.talks).to.deep.equal([{ title: 'Kept' }]);
    expect(problems.map((problem) => [problem.path, problem.leftOut, problem.message])).to.deep.equal([
      ['/talks/0', 'value', 'talks[0]: expected an object, got a string'],
      ['/talks/1', 'entry', `talks[1]: missing required field "title"; talks[1].url: ${reason('javascript:alert(1)')}`],
      ['/talks/2/url', 'value', `talks[2].url: ${reason('data:,x')}`],
    ]);
  });
});

describe('validatePublicationItems', () => {
  it('checks items as a profile’s publications, naming each by its index in the source', () => {
    const { items, problems } = validatePublicationItems(
      [{ title: 'A', awards: 'x y' }, { title: 42 }, null, { title: 'C', keywords: [1], URL: 'javascript:alert(1)' }],
      'items.json',
      [2, 5, 6, 7],
    );
    expect(items).to.deep.equal([
      { index: 2, item: { title: 'A', awards: ['x y'], id: 'a', type: 'document' } },
      { index: 7, item: { title: 'C', keywords: [], id: 'c', type: 'document' } },
    ]);
    expect(problems).to.deep.equal([
      { source: 'items.json', path: '/6', message: '[6]: expected an object, got null', leftOut: 'entry' },
      { source: 'items.json', path: '/5', message: '[5].title: expected a string, got a number', leftOut: 'entry' },
      { source: 'items.json', path: '/7/keywords/0', message: '[7].keywords[0]: expected a string, got a number', leftOut: 'value' },
      { source: 'items.json', path: '/7/URL', message: '[7].URL: the link "javascript:alert(1)" is not an http(s), mailto or relative address; it is left out', leftOut: 'value' },
    ]);
  });
});
