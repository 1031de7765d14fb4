/**
 * Property-based tests of lab documents through the model as `<lab-directory>` (and `<pub-list>`, `<timeline-view>`)
 * read them: validation, then turning the members into profile inputs, with member profiles "fetched" by a reader
 * that answers from memory. See test/fuzz/settings.ts for run counts and replaying a failure.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { toPointer } from '../../src/model/json-pointer.js';
import { expandLabs, memberPath, validateLab, type LabInput } from '../../src/model/lab.js';
import { KNOWN_GOOD, labCase } from './arbitraries.js';
import { canonical, disallowedLinks, listLinks, reportsLink, serialize, timed, timedAsync } from './checks.js';
import { allowTimeFor, fuzzParameters } from './settings.js';

type Json = Record<string, unknown>;

const QUICK_RUNS = 100;
allowTimeFor(QUICK_RUNS, 20);

const LAB_URL = 'https://lab.example.org/lab/lab.json';

/** A reader answering from memory: a small profile for each URL (none for "missing"), and a record of what was asked. */
function memoryReader() {
  const asked: string[] = [];
  const read = async (url: string): Promise<LabInput> => {
    asked.push(url);
    if (/missing/.test(url)) throw new Error(`404 for ${url}`);
    return { input: { basics: { name: `Person at ${url}` } }, info: { source: url, url, contentType: 'application/json' } };
  };
  return { asked, read };
}

/** Reading a lab as the elements do: validation, then one input per member. */
async function throughTheModel(lab: unknown) {
  const validation = validateLab(lab, LAB_URL);
  const reader = memoryReader();
  const expansion = await expandLabs([{ input: lab, info: { source: LAB_URL, url: LAB_URL } }], reader.read, 'https://lab.example.org/page.html');
  return { validation, expansion, asked: reader.asked };
}

/** Writes out what the model made of a lab (the inputs' lab context shares the lab: written once). */
const written = (result: Awaited<ReturnType<typeof throughTheModel>>) =>
  serialize({
    validation: result.validation,
    inputs: result.expansion.inputs.map(({ input, info }) => ({ input, source: info.source, group: info.lab?.group, index: info.lab?.index })),
    failures: result.expansion.failures,
    problems: result.expansion.problems,
    asked: result.asked,
  });

describe('lab JSON, fuzzed', () => {
  it('never throws, finishes in time, leaves its input as it was, and gives the same output for the same input', async () => {
    await fc.assert(
      fc.asyncProperty(labCase(), async ({ lab }) => {
        const before = serialize(lab);
        const first = await timedAsync('reading the lab', () => throughTheModel(lab));
        expect(serialize(lab) === before, 'the input is unchanged').to.equal(true);
        const made = timed('writing out the result', () => written(first));
        expect(written(await throughTheModel(lab)) === made, 'the same input gave the same output').to.equal(true);
      }),
      fuzzParameters(QUICK_RUNS),
    );
  });

  it('keeps the known-good member, and shows or reports every member given', async () => {
    await fc.assert(
      fc.asyncProperty(labCase(), async ({ lab, group, index }) => {
        const { validation, expansion } = await throughTheModel(lab);
        if (!validation.lab) {
          const name = lab.name;
          expect(typeof name !== 'string' || name === '', `only a lab without a name is unusable, got: ${validation.fatal?.message}`).to.equal(true);
          return;
        }
        const known = expansion.inputs.filter((input) => input.info.lab?.group === group && input.info.lab.index === index);
        expect(known.length, 'the known-good member is there once').to.equal(1);
        expect(canonical(known[0]!.input) === canonical(KNOWN_GOOD.member.profile), 'with its profile whole').to.equal(true);
        expect(known[0]!.info.lab!.member.role, 'and its role').to.equal(KNOWN_GOOD.member.role);
        // Each member is an input, a failure or a problem (its own, or its group's).
        const members = lab.members as Json;
        const shownMembers = new Set(expansion.inputs.map((input) => `${input.info.lab?.group}/${input.info.lab?.index}`));
        const reported = [...expansion.problems.map((problem) => problem.path), ...expansion.failures.map((failure) => failure.path ?? '')];
        const failed = expansion.failures.map((failure) => failure.message);
        for (const [name, list] of Object.entries(members)) {
          const pointer = toPointer(['members', name]);
          if (!Array.isArray(list)) {
            expect(reported.includes(pointer), `group "${name}" (not a list) is reported`).to.equal(true);
            continue;
          }
          list.forEach((_, position) => {
            const inWords = memberPath({ group: name, index: position });
            const accounted =
              shownMembers.has(`${name}/${position}`) ||
              reported.includes(`${pointer}/${position}`) ||
              reported.includes(pointer) ||
              failed.some((message) => message.includes(inWords));
            expect(accounted, `member ${inWords} is shown or reported`).to.equal(true);
          });
        }
      }),
      fuzzParameters(QUICK_RUNS),
    );
  });

  it('reads no member profile from an address other than http(s)', async () => {
    await fc.assert(
      fc.asyncProperty(labCase(), async ({ lab }) => {
        const { asked } = await throughTheModel(lab);
        const refused = asked.filter((url) => !/^https?:$/.test(new URL(url).protocol));
        expect(refused.join('\n'), 'profiles read from other addresses').to.equal('');
      }),
      fuzzParameters(QUICK_RUNS),
    );
  });

  it('keeps no link to anything but http(s), mailto or a relative address, or reports the link', async () => {
    await fc.assert(
      fc.asyncProperty(labCase(), async ({ lab }) => {
        const { validation, expansion } = await throughTheModel(lab);
        if (!validation.lab) return;
        const problems = [...expansion.problems, ...expansion.failures];
        const kept = disallowedLinks({ url: validation.lab.url, logo: validation.lab.logo, members: validation.lab.members });
        const unreported = kept.filter(({ link }) => !reportsLink(problems, link));
        expect(listLinks(unreported), 'links kept without a problem').to.equal('');
      }),
      fuzzParameters(QUICK_RUNS),
    );
  });
});
