import { describe, expect, it } from 'vitest';
import { expandLabs, type LabInput } from '../../src/model/lab.js';
import { sameJson, takeCheckedMember } from '../../src/model/lab-checked.js';
import { usableProfile } from '../../src/model/validate-full.js';

/** A lab file listing one member by URL, as an element has it. */
const labInput = (title?: string): LabInput => ({
  input: { name: 'L', members: { faculty: [{ profile: 'a.json', ...(title ? { title } : {}) }] } },
  info: { source: 'lab.json', url: 'https://lab.example.org/lab.json' },
});

/** A profile with one value left out (a publication's `awards` is a list). */
const profileText = JSON.stringify({ basics: { name: 'Ada Lovelace' }, publications: [{ title: 'Notes', awards: 5 }] });

/** A reader that parses the member's file afresh for each call (as each element decodes its own copy). */
function reader(texts: string[] = [profileText]) {
  let calls = 0;
  const read = async (url: string): Promise<LabInput> => {
    const text = texts[Math.min(calls++, texts.length - 1)]!;
    return { input: JSON.parse(text), info: { source: url, url, contentType: 'application/json' } };
  };
  return { read, calls: () => calls };
}

const PAGE = 'https://page.example.org/';

describe('a lab member is checked once', () => {
  it('expandLabs hands on what checking the member gave, by the very input it passes on', async () => {
    const { read } = reader([JSON.stringify({ basics: { name: 'Mary Somerville' }, publications: [{ title: 'Notes', awards: 5 }] })]);
    const { inputs } = await expandLabs([labInput('Fellow')], read, PAGE);
    const [member] = inputs;
    const checked = takeCheckedMember(member!.input);
    // What the element would have found checking it again.
    expect(checked).to.deep.equal(usableProfile(member!.input, member!.info.source));
    expect(checked!.problems.map((problem) => problem.path)).to.deep.equal(['/publications/0/awards']);
    expect(checked!.profile.basics.label, 'checked with the title applied').to.equal('Fellow');
    const again = takeCheckedMember(member!.input);
    expect(again, 'a later taker gets a copy').to.deep.equal(checked);
    expect(again!.profile).not.to.equal(checked!.profile);
    expect(takeCheckedMember({ basics: { name: 'Mary Somerville' } }), 'nothing for another object').to.equal(undefined);
    expect(takeCheckedMember('a.json')).to.equal(undefined);
  });

  it('elements that read one lab one after the other share each member’s input, checked once', async () => {
    const { read, calls } = reader();
    const a = await expandLabs([labInput()], read, PAGE);
    const b = await expandLabs([labInput()], read, PAGE);
    const c = await expandLabs([labInput()], read, PAGE);
    // Each element reads the file (the elements' fetch shares the request), and gets the input checked before.
    expect(calls()).to.equal(3);
    expect(b.inputs[0]!.input).to.equal(a.inputs[0]!.input);
    expect(c.inputs[0]!.input).to.equal(a.inputs[0]!.input);
    // Each element has its own lab context.
    expect(b.inputs[0]!.info.lab).not.to.equal(a.inputs[0]!.info.lab);
    expect(b.inputs[0]!.info.lab!.member.profile).to.equal('a.json');
    const first = takeCheckedMember(a.inputs[0]!.input)!;
    expect(first.problems).to.have.length(1);
    expect(takeCheckedMember(b.inputs[0]!.input)!.profile, 'a copy for the next element').not.to.equal(first.profile);
  });

  it('elements that read one lab at the same time share each member’s input too', async () => {
    const { read } = reader([JSON.stringify({ basics: { name: 'Grace Hopper' } })]);
    const [a, b] = await Promise.all([expandLabs([labInput()], read, PAGE), expandLabs([labInput()], read, PAGE)]);
    expect(b.inputs[0]!.input).to.equal(a.inputs[0]!.input);
  });

  it('a file that reads differently now is checked again, and a member with another title on its own', async () => {
    const changed = JSON.stringify({ basics: { name: 'Ada Lovelace' }, publications: [{ title: 'Notes', awards: ['Medal'] }] });
    const { read } = reader([profileText, changed]);
    const before = await expandLabs([labInput()], read, PAGE);
    const after = await expandLabs([labInput()], read, PAGE);
    expect(after.inputs[0]!.input).not.to.equal(before.inputs[0]!.input);
    expect(takeCheckedMember(after.inputs[0]!.input)!.problems, 'checked anew').to.deep.equal([]);
    const titled = await expandLabs([labInput('Fellow')], reader().read, PAGE);
    expect((titled.inputs[0]!.input as { basics: { label?: string } }).basics.label).to.equal('Fellow');
  });

  it('a member that cannot be shown is reported each time', async () => {
    const { read } = reader([JSON.stringify({ basics: {} })]);
    for (let time = 0; time < 2; time++) {
      const { inputs, failures } = await expandLabs([labInput()], read, PAGE);
      expect(inputs).to.deep.equal([]);
      expect(failures.map((failure) => failure.kind)).to.deep.equal(['schema']);
    }
  });
});

describe('sameJson', () => {
  it('tells the same JSON value from another', () => {
    const value = { a: [1, 'two', null, true, { b: [] }], c: { d: 'e' } };
    expect(sameJson(value, JSON.parse(JSON.stringify(value)))).to.equal(true);
    expect(sameJson(value, { ...value, c: { d: 'f' } })).to.equal(false);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 }), 'keys in another order').to.equal(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).to.equal(false);
    expect(sameJson([1, 2], [1, 2, 3])).to.equal(false);
    expect(sameJson([1], { 0: 1 })).to.equal(false);
    expect(sameJson({}, [])).to.equal(false);
    expect(sameJson(1, '1')).to.equal(false);
    expect(sameJson(null, {})).to.equal(false);
    expect(sameJson(0, 0)).to.equal(true);
  });

  it('compares values nested deeper than a stack allows', () => {
    const deep = (leaf: number) => {
      let value: unknown = leaf;
      for (let depth = 0; depth < 200_000; depth++) value = [value];
      return value;
    };
    expect(sameJson(deep(1), deep(1))).to.equal(true);
    expect(sameJson(deep(1), deep(2))).to.equal(false);
  });
});

describe('takeCheckedMember', () => {
  it('leaves a profile it cannot copy to the element to check', async () => {
    const profile = { basics: { name: 'Ada Lovelace' }, extra: () => 'kept' };
    const lab: LabInput = { input: { name: 'L', members: { faculty: [{ profile }] } }, info: { source: 'property' } };
    const { inputs } = await expandLabs([lab], reader().read, PAGE);
    expect(takeCheckedMember(inputs[0]!.input)!.profile.basics.name).to.equal('Ada Lovelace');
    expect(takeCheckedMember(inputs[0]!.input)).to.equal(undefined);
  });
});
