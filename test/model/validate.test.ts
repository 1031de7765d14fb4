import { expect } from '@open-wc/testing';
import type { Problem } from '../../src/model/types.js';
import { describePath, validateProfile } from '../../src/model/validate.js';

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

  describe('a profile with bad entries', () => {
    it('loads with exactly the bad entries left out', () => {
      const { profile, fatal } = validateProfile(partlyBadProfile());
      expect(fatal).to.be.undefined;
      expect(profile).to.exist;
      expect(profile!.basics.name).to.equal('Partly Bad');
      expect(profile!.basics.emails).to.deep.equal(['ok@example.org']);
      expect(profile!.publications!.map((publication) => publication.id)).to.deep.equal(['good1', 'good2']);
      expect(profile!.work!.map((work) => work.position)).to.deep.equal(['Researcher']);
      expect(profile!.honors!.map((honor) => honor.title)).to.deep.equal(['Best Paper']);
    });

    it('reports one problem per bad entry, at the JSON pointer of the entry', () => {
      const { problems } = validateProfile(partlyBadProfile());
      expect(problems.map((problem) => problem.path)).to.have.members([
        '/publications/1',
        '/work/1',
        '/basics/emails/1',
        '/honors/1',
      ]);
      expect(problems).to.have.length(4);
    });

    it('says in each message where (readable path) and what was expected', () => {
      const { problems } = validateProfile(partlyBadProfile());

      const title = problemAt(problems, '/publications/1').message;
      expect(title).to.contain('publications[1].title');
      expect(title).to.contain('expected a string');
      expect(title).to.contain('got a number');

      const date = problemAt(problems, '/work/1').message;
      expect(date).to.contain('work[1].startDate');
      expect(date).to.contain('expected a date such as "2021", "2021-06" or "2021-06-15"');
      expect(date).to.contain('"03/201"');

      const email = problemAt(problems, '/basics/emails/1').message;
      expect(email).to.contain('basics.emails[1]');
      expect(email).to.contain('expected an email address');
      expect(email).to.contain('"not-an-email"');

      const honor = problemAt(problems, '/honors/1').message;
      expect(honor).to.contain('honors[1]');
      expect(honor).to.contain('missing required field "title"');
    });

    it('leaves out the whole publication when something deep inside it is wrong', () => {
      const input = {
        basics: { name: 'X' },
        publications: [
          { id: 'a', type: 'article', title: 'Fine' },
          { id: 'b', type: 'article', title: 'Bad author', author: [{ given: 'Ann', family: 7 }] },
        ],
      };
      const { profile, problems } = validateProfile(input);
      expect(profile!.publications!.map((publication) => publication.id)).to.deep.equal(['a']);
      expect(problems).to.have.length(1);
      expect(problems[0]!.path).to.equal('/publications/1');
      expect(problems[0]!.message).to.contain('publications[1].author[0].family');
      expect(problems[0]!.message).to.contain('expected a string');
    });

    it('gathers several faults of one entry into that entry\'s single problem', () => {
      const input = {
        basics: { name: 'X' },
        work: [{ position: 5, organization: 'Lab', startDate: 'soon' }],
      };
      const { profile, problems } = validateProfile(input);
      expect(profile!.work).to.deep.equal([]);
      expect(problems).to.have.length(1);
      expect(problems[0]!.path).to.equal('/work/0');
      expect(problems[0]!.message).to.contain('work[0].position');
      expect(problems[0]!.message).to.contain('work[0].startDate');
    });

    it('leaves out a bad value that is not in a list, and keeps the rest of basics', () => {
      const { profile, problems } = validateProfile({ basics: { name: 'X', label: 'Kept', emails: 'x@example.org' } });
      expect(profile!.basics).to.deep.equal({ name: 'X', label: 'Kept' });
      expect(problems).to.have.length(1);
      expect(problems[0]!.path).to.equal('/basics/emails');
      expect(problems[0]!.message).to.contain('basics.emails');
      expect(problems[0]!.message).to.contain('expected a list');
    });

    it('does not modify the input', () => {
      const input = partlyBadProfile();
      const snapshot = structuredClone(input);
      const result = validateProfile(input);
      expect(input).to.deep.equal(snapshot);
      expect(result.profile).not.to.equal(input);
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
      expect(validateProfile({ basics: {} }).fatal!.message).to.contain('basics').and.contain('"name"');
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
