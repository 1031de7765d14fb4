import { expect } from 'vitest';
import labSchema from '../../schema/lab.schema.json' with { type: 'json' };
import {
  expandLabs,
  groupLabel,
  isLabDocument,
  labParagraphs,
  memberDuplicates,
  profileUrl,
  resolveUrl,
  validateLab,
  withOverrides,
  type Lab,
  type LabInput,
} from '../../src/model/lab.js';
import { fixtureJson } from './fixture-files.js';

const ada = { basics: { name: 'Ada Lovelace', label: 'Analyst' } };

/** A lab that uses every field, with extra fields the schema does not name. */
function validLab(): Record<string, unknown> {
  return {
    version: '1',
    name: 'Engines lab',
    description: ['Analytical engines.', 'And poetry.'],
    url: 'https://lab.example.org/',
    logo: 'logo.svg',
    groupLabels: { faculty: 'Principal investigators' },
    funding: { kept: true },
    members: {
      faculty: [{ profile: 'people/babbage.json', role: 'Director', page: 'people/babbage.html', office: 'Room 1' }],
      researchers: [{ profile: ada, title: 'Research fellow' }],
      'visiting-scholars': [{ profile: 'https://elsewhere.example.org/somerville.json', name: 'Mary Somerville' }],
    },
  };
}

describe('lab model', () => {
  describe('validateLab', () => {
    it('accepts a valid lab as it is, extra fields included, members in document order', () => {
      const input = validLab();
      const result = validateLab(input, 'lab.json');
      expect(result.problems).to.deep.equal([]);
      expect(result.fatal).to.equal(undefined);
      expect(result.lab).to.deep.equal(input);
      expect(result.entries.map((entry) => `${entry.group}[${entry.index}]`)).to.deep.equal(['faculty[0]', 'researchers[0]', 'visiting-scholars[0]']);
    });

    it('leaves out bad members, reporting each with its path, and keeps the others with their written positions', () => {
      const input = {
        name: 'Partly bad lab',
        members: {
          faculty: [{ profile: 'a.json' }, { role: 'No profile at all' }, { profile: { basics: { label: 'Nameless' } } }],
          students: [{ profile: 42 }, { profile: '' }, { profile: 'c.json', role: 7 }, { profile: 'd.json' }],
          visitors: 'not a list',
        },
      };
      const before = structuredClone(input);
      const result = validateLab(input, 'lab.json');
      expect(input, 'the input is never modified').to.deep.equal(before);
      expect(result.fatal).to.equal(undefined);
      expect(result.problems.map((problem) => [problem.path, problem.message])).to.deep.equal([
        ['/members/faculty/1', 'members.faculty[1]: missing required field "profile"'],
        ['/members/faculty/2', 'members.faculty[2].profile.basics: missing required field "name"'],
        ['/members/students/0', 'members.students[0].profile: expected a profile URL or an embedded profile, got a number'],
        ['/members/students/1', 'members.students[1].profile: must not be empty'],
        ['/members/students/2', 'members.students[2].role: expected a string, got a number'],
        ['/members/visitors', 'members.visitors: expected a list, got a string'],
      ]);
      expect(result.problems.every((problem) => problem.source === 'lab.json')).to.equal(true);
      expect(result.entries.map((entry) => `${entry.group}[${entry.index}]`)).to.deep.equal(['faculty[0]', 'students[3]']);
      expect(result.lab!.members).to.deep.equal({ faculty: [{ profile: 'a.json' }], students: [{ profile: 'd.json' }] });
    });

    it('drops a bad optional field and keeps the lab', () => {
      const result = validateLab({ name: 'Lab', logo: 5, description: { text: 'no' }, members: { faculty: [{ profile: 'a.json' }] } });
      expect(result.problems.map((problem) => problem.path).sort()).to.deep.equal(['/description', '/logo']);
      expect(result.problems.find((problem) => problem.path === '/description')!.message).to.equal('description: expected a string or a list, got an object');
      expect(result.lab).to.deep.equal({ name: 'Lab', members: { faculty: [{ profile: 'a.json' }] } });
    });

    it('leaves out the lab’s links and member pages that are not http(s), mailto or relative, reporting each', () => {
      const input = {
        name: 'L',
        url: 'javascript:alert(1)',
        logo: 'data:image/svg+xml,<svg onload=alert(1)>',
        members: {
          faculty: [
            { profile: 'a.json', page: ' JavaScript:alert(1)', role: 'Director' },
            { profile: 'b.json', page: 'people/b.html' },
          ],
        },
      };
      const before = structuredClone(input);
      const result = validateLab(input, 'lab.json');
      expect(input, 'the input is not modified').to.deep.equal(before);
      expect(result.lab!.url).to.equal(undefined);
      expect(result.lab!.logo).to.equal(undefined);
      expect(result.lab!.members.faculty).to.deep.equal([
        { profile: 'a.json', role: 'Director' },
        { profile: 'b.json', page: 'people/b.html' },
      ]);
      expect(result.entries.map((entry) => entry.member.page)).to.deep.equal([undefined, 'people/b.html']);
      expect(result.problems.map((problem) => problem.path)).to.deep.equal(['/url', '/logo', '/members/faculty/0/page']);
      expect(result.problems[0]!.message).to.equal('url: the link "javascript:alert(1)" is not an http(s), mailto or relative address; it is left out');
    });

    it("checks links in a member's own fields too, and keeps the rest of them", () => {
      const input = { name: 'Lab', members: { '': [{ profile: 'a.json', extra: { url: 'javascript:alert(1)', label: 'Kept' } }] } };
      const result = validateLab(input, 'lab.json');
      expect(result.lab!.members['']).to.deep.equal([{ extra: { label: 'Kept' }, profile: 'a.json' }]);
      expect(result.problems.map((problem) => problem.path)).to.deep.equal(['/members//0/extra/url']);
      expect(result.problems[0]!.message).to.contain('"javascript:alert(1)" is not an http(s), mailto or relative address');
    });

    it('refuses a document that is not a lab: not an object, no name, no members object', () => {
      expect(validateLab([1, 2]).fatal!.message).to.equal('A lab must be a JSON object, got a list.');
      expect(validateLab({ members: {} }).fatal!.message).to.equal('(the document): missing required field "name".');
      expect(validateLab({ name: '', members: {} }).fatal!.path).to.equal('/name');
      const noMembers = validateLab({ name: 'Lab', members: [{ profile: 'a.json' }] }, 'lab.json');
      expect(noMembers.fatal).to.deep.equal({ path: '/members', message: 'members: expected an object, got a list.', source: 'lab.json' });
      expect(noMembers.lab).to.equal(undefined);
    });

    it('the demo lab is valid', async () => {
      const result = validateLab(fixtureJson('/demo/lab.json'), '/demo/lab.json');
      expect(result.problems).to.deep.equal([]);
      expect(result.entries.map((entry) => entry.member.name)).to.deep.equal(['Minjia Zhang', 'Yuxiong He', 'Samyam Rajbhandari', 'Heyang Qin']);
    });

    it('the schema names the four usual groups and allows any other', () => {
      expect(Object.keys(labSchema.properties.members.properties)).to.deep.equal(['faculty', 'researchers', 'students', 'alumni']);
      expect(labSchema.properties.members.additionalProperties).to.deep.equal({ $ref: '#/$defs/group' });
    });
  });

  it('tells a lab from a profile or a publication list', () => {
    expect(isLabDocument(validLab())).to.equal(true);
    expect(isLabDocument(ada)).to.equal(false);
    expect(isLabDocument({ basics: { name: 'A' }, members: {} })).to.equal(false);
    expect(isLabDocument([{ members: {} }])).to.equal(false);
    expect(isLabDocument(null)).to.equal(false);
  });

  it('names groups by the lab’s labels, else by their key read as words', () => {
    const lab = validLab() as unknown as Lab;
    expect(groupLabel(lab, 'faculty')).to.equal('Principal investigators');
    expect(groupLabel(lab, 'researchers')).to.equal('Researchers');
    expect(groupLabel(lab, 'visiting-scholars')).to.equal('Visiting scholars');
    expect(groupLabel(lab, 'constructor')).to.equal('Constructor');
    expect(groupLabel(lab, 'toString')).to.equal('ToString');
    expect(labParagraphs(lab)).to.deep.equal(['Analytical engines.', 'And poetry.']);
    expect(labParagraphs({ name: 'x', members: {}, description: 'One.' })).to.deep.equal(['One.']);
  });

  it('resolves URLs against the lab file', () => {
    expect(resolveUrl('profiles/a.json', 'https://lab.example.org/site/lab.json')).to.equal('https://lab.example.org/site/profiles/a.json');
    expect(resolveUrl('../a.json', 'https://lab.example.org/site/lab.json')).to.equal('https://lab.example.org/a.json');
    expect(resolveUrl('https://other.example.org/b.json', 'https://lab.example.org/lab.json')).to.equal('https://other.example.org/b.json');
    expect(resolveUrl(undefined, 'https://lab.example.org/')).to.equal(undefined);
    expect(resolveUrl('a.json', 'not a base')).to.equal(undefined);
  });

  it('applies a member’s title to the profile’s headline without modifying the profile', () => {
    const before = structuredClone(ada);
    expect(withOverrides(ada, { profile: ada, title: 'Fellow' })).to.deep.equal({ basics: { name: 'Ada Lovelace', label: 'Fellow' } });
    expect(ada).to.deep.equal(before);
    expect(withOverrides(ada, { profile: ada })).to.equal(ada);
  });

  describe('expandLabs', () => {
    /** A reader that serves `files` and fails for anything else, as the elements' fetch would. */
    function reader(files: Record<string, unknown>) {
      const asked: string[] = [];
      const read = async (url: string): Promise<LabInput> => {
        asked.push(url);
        if (!(url in files)) {
          throw Object.assign(new Error('404'), {
            detail: { kind: 'http', status: 404, source: url, message: `Could not load ${url}: the server answered HTTP 404.` },
          });
        }
        return { input: files[url], info: { source: url, url } };
      };
      return { read, asked };
    }

    it('replaces a lab by its members’ profiles, in lab order, URLs resolved against the lab’s own URL', async () => {
      const { read, asked } = reader({
        'https://lab.example.org/site/people/babbage.json': { basics: { name: 'Charles Babbage' } },
        'https://elsewhere.example.org/somerville.json': { basics: { name: 'Mary Somerville' } },
      });
      const other: LabInput = { input: { basics: { name: 'Grace Hopper' } }, info: { source: 'grace.json' } };
      const lab: LabInput = { input: validLab(), info: { source: 'site/lab.json', url: 'https://lab.example.org/site/lab.json' } };
      const result = await expandLabs([lab, other], read, 'https://page.example.org/');
      expect(result.failures).to.deep.equal([]);
      expect(result.problems).to.deep.equal([]);
      expect(asked.sort()).to.deep.equal(['https://elsewhere.example.org/somerville.json', 'https://lab.example.org/site/people/babbage.json']);
      expect(result.inputs.map((input) => (input.input as { basics: { name: string } }).basics.name)).to.deep.equal([
        'Charles Babbage',
        'Ada Lovelace',
        'Mary Somerville',
        'Grace Hopper',
      ]);
      const [babbage, embedded, , grace] = result.inputs;
      expect(babbage!.info.lab!.group).to.equal('faculty');
      expect(babbage!.info.lab!.member.role).to.equal('Director');
      expect(babbage!.info.lab!.base).to.equal('https://lab.example.org/site/lab.json');
      expect(embedded!.info.source).to.equal('site/lab.json members.researchers[0]');
      expect((embedded!.input as { basics: { label: string } }).basics.label, 'title override').to.equal('Research fellow');
      expect(grace).to.equal(other);
    });

    it('resolves a lab given as a property against the page', async () => {
      const { read, asked } = reader({ 'https://page.example.org/dir/people/a.json': { basics: { name: 'A' } } });
      await expandLabs(
        [{ input: { name: 'L', members: { faculty: [{ profile: 'people/a.json' }] } }, info: { source: 'property' } }],
        read,
        'https://page.example.org/dir/index.html',
      );
      expect(asked).to.deep.equal(['https://page.example.org/dir/people/a.json']);
    });

    it('keeps the members that load and names each member that failed', async () => {
      const { read } = reader({
        'https://lab.example.org/a.json': { basics: { name: 'A' } },
        'https://lab.example.org/nameless.json': { basics: {} },
      });
      const lab = {
        name: 'L',
        members: {
          faculty: [{ profile: 'a.json' }, { profile: 'missing.json', name: 'Mister Missing' }],
          students: [{ profile: 'nameless.json' }, { nope: true }],
        },
      };
      const result = await expandLabs([{ input: lab, info: { source: 'lab.json', url: 'https://lab.example.org/lab.json' } }], read, 'https://page.example.org/');
      expect(result.inputs.map((input) => input.info.source)).to.deep.equal(['https://lab.example.org/a.json']);
      expect(result.failures.map((failure) => [failure.kind, failure.message])).to.deep.equal([
        ['http', 'lab.json, members.faculty[1] (Mister Missing): Could not load https://lab.example.org/missing.json: the server answered HTTP 404.'],
        ['schema', 'lab.json, members.students[0]: https://lab.example.org/nameless.json is not a usable profile: basics: missing required field "name".'],
      ]);
      expect(result.failures[0]!.status).to.equal(404);
      expect(result.problems.map((problem) => problem.path)).to.deep.equal(['/members/students/1']);
    });

    it('reports a lab that cannot be used, and one with no members, as failures', async () => {
      const { read } = reader({});
      const bad = await expandLabs([{ input: { members: {} }, info: { source: 'lab.json' } }], read, 'https://page.example.org/');
      expect(bad.inputs).to.deep.equal([]);
      expect(bad.failures[0]!.message).to.equal('lab.json is not a usable lab: (the document): missing required field "name".');
      const empty = await expandLabs([{ input: { name: 'L', members: { faculty: [] } }, info: { source: 'property' } }], read, 'https://page.example.org/');
      expect(empty.failures[0]!.message).to.equal('The lab lists no members.');
    });

    it('shows a member listed twice once, reads their profile once, and reports the repeat at its path', async () => {
      const { read, asked } = reader({
        'https://lab.example.org/people/ada.json': { basics: { name: 'Ada Lovelace' } },
        'https://lab.example.org/people/grace.json': { basics: { name: 'Grace Hopper' } },
      });
      const lab = {
        name: 'L',
        members: {
          faculty: [{ profile: 'people/ada.json' }, { profile: 'people/grace.json' }],
          students: [
            { profile: 'people/grace.json' },
            { profile: { basics: { name: 'Mary Somerville' } } },
            { profile: 'https://lab.example.org/people/ada.json#top', role: 'Again' },
            { profile: { basics: { name: ' mary  somerville ' } } },
          ],
        },
      };
      const result = await expandLabs([{ input: lab, info: { source: 'lab.json', url: 'https://lab.example.org/lab.json' } }], read, 'https://page.example.org/');
      expect(result.inputs.map((input) => (input.input as { basics: { name: string } }).basics.name)).to.deep.equal(['Ada Lovelace', 'Grace Hopper', 'Mary Somerville']);
      expect(asked.sort()).to.deep.equal(['https://lab.example.org/people/ada.json', 'https://lab.example.org/people/grace.json']);
      expect(result.failures).to.deep.equal([]);
      expect(result.problems.map((problem) => [problem.path, problem.source])).to.deep.equal([
        ['/members/students/0', 'lab.json'],
        ['/members/students/2', 'lab.json'],
        ['/members/students/3', 'lab.json'],
      ]);
      expect(result.problems[0]!.message).to.equal(
        'lab.json, members.students[0] lists the same member as members.faculty[1] (the same profile URL https://lab.example.org/people/grace.json); they are shown once.',
      );
      expect(result.problems[2]!.message).to.contain('as members.students[1] (the same name "mary  somerville")').and.to.contain('each need an "id"');
    });

    it('tells members apart by id: the same id is one member, different ids with one name are two people', () => {
      const entry = (group: string, index: number, member: Record<string, unknown>) => ({ group, index, member: member as unknown as Lab['members'][string][number] });
      const { entries, duplicates } = memberDuplicates(
        [
          entry('students', 0, { profile: 'a.json', name: 'Wei Zhang', id: 'wz-1' }),
          entry('students', 1, { profile: 'b.json', name: 'Wei Zhang', id: 'wz-2' }),
          entry('alumni', 0, { profile: 'c.json', id: 'wz-1' }),
          entry('alumni', 1, { profile: 'd.json', name: 'Wei Zhang' }),
        ],
        'https://lab.example.org/lab.json',
      );
      expect(entries.map((kept) => `${kept.group}[${kept.index}]`)).to.deep.equal(['students[0]', 'students[1]']);
      expect(duplicates.map((repeat) => [`${repeat.entry.group}[${repeat.entry.index}]`, `${repeat.first.group}[${repeat.first.index}]`, repeat.reason])).to.deep.equal([
        ['alumni[0]', 'students[0]', 'the same id "wz-1"'],
        ['alumni[1]', 'students[0]', 'the same name "Wei Zhang"'],
      ]);
    });

    it('refuses a member profile URL that is not http(s) or relative, and never reads it', async () => {
      const { read, asked } = reader({ 'https://lab.example.org/ok.json': { basics: { name: 'Ok' } } });
      const refused = [
        'javascript:alert(1)',
        'java\tscript:alert(1)',
        ' JAVASCRIPT:alert(1)',
        'data:application/json,{"basics":{"name":"X"}}',
        'file:///etc/passwd',
        'blob:https://lab.example.org/1',
      ];
      const lab = { name: 'L', members: { students: [{ profile: 'ok.json' }, ...refused.map((profile) => ({ profile }))] } };
      const result = await expandLabs([{ input: lab, info: { source: 'lab.json', url: 'https://lab.example.org/lab.json' } }], read, 'https://page.example.org/');
      expect(asked).to.deep.equal(['https://lab.example.org/ok.json']);
      expect(result.inputs.length).to.equal(1);
      expect(result.failures.map((failure) => [failure.kind, failure.path])).to.deep.equal(refused.map((_, index) => ['schema', `/members/students/${index + 1}/profile`]));
      expect(result.failures[0]!.message).to.equal(
        'lab.json, members.students[1]: "javascript:alert(1)" is a javascript: URL; a member\'s profile must be an http(s) URL or one relative to the lab file, so it was not read.',
      );
      expect(result.failures[3]!.message).to.contain('is a data: URL');
    });

    it('reads relative profile URLs against the lab file whatever its scheme, and absolute ones only over http(s)', () => {
      expect(profileUrl('people/a.json', 'file:///home/me/site/lab.json')).to.deep.equal({ url: 'file:///home/me/site/people/a.json' });
      expect(profileUrl('//cdn.example.org/a.json', 'https://lab.example.org/lab.json')).to.deep.equal({ url: 'https://cdn.example.org/a.json' });
      expect(profileUrl('HTTPS://Lab.example.org/a.json', 'https://x.example/')).to.deep.equal({ url: 'https://lab.example.org/a.json' });
      expect('refused' in profileUrl('file:///etc/passwd', 'file:///home/me/lab.json')).to.equal(true);
      expect('refused' in profileUrl('a.json', 'not a base')).to.equal(true);
    });
  });
});

describe('a lab with a very long group', () => {
  it('checks 100,000 bad members one by one: each is reported, the good one kept, nothing overflows', () => {
    const members = [...Array.from({ length: 100_000 }, (_, index) => index), { profile: 'good.json' }];
    const result = validateLab({ name: 'Big lab', members: { students: members } }, 'lab.json');
    expect(result.fatal).to.equal(undefined);
    expect(result.entries.map((entry) => `${entry.group}[${entry.index}]`)).to.deep.equal(['students[100000]']);
    expect(result.problems.length).to.equal(100_000);
    expect(result.problems[99_999]!.path).to.equal('/members/students/99999');
  });

  it('reports a field with 10,000 bad items as one problem naming the first 20 and counting the rest', () => {
    const description = Array.from({ length: 10_000 }, (_, index) => index);
    const result = validateLab({ name: 'Lab', description, members: { students: [{ profile: 'good.json' }] } }, 'lab.json');
    expect(result.entries.length).to.equal(1);
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['/description']);
    const message = result.problems[0]!.message;
    expect(message.startsWith('description[0]: expected a string, got a number')).to.equal(true);
    expect(message.includes('description[19]:')).to.equal(true);
    expect(message.includes('description[20]:')).to.equal(false);
    expect(message.endsWith('and 9,980 more')).to.equal(true);
  });
});
