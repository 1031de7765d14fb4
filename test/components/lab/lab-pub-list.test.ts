import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { ScholarErrorEvent } from '../../../src/events/scholar-error.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Lab } from '../../../src/model/lab.js';
import type { PubEntry } from '../../../src/model/publications.js';
import { shadow, shadowAll } from '../../helpers.js';
import { fullyRendered } from '../pub-list/harness.js';

const MEMBERS = ['Minjia Zhang', 'Yuxiong He', 'Samyam Rajbhandari', 'Heyang Qin'];

async function fromSrc(src: string, attributes = ''): Promise<PubList> {
  const wrapper = await fixture(html`<div .innerHTML=${`<pub-list src="${src}" ${attributes}></pub-list>`}></div>`);
  return fullyRendered(wrapper.querySelector('pub-list')!);
}

/** The one shown entry whose title matches, with its versions. */
function onlyEntry(list: PubList, title: RegExp): PubEntry {
  const matches = list.publications.filter((entry) => title.test(entry.title));
  expect(matches, `entries matching ${title}`).to.have.length(1);
  return matches[0]!;
}

/** Which seed file an entry came from. */
const seedOf = (entry: PubEntry) => /profiles\/([\w-]+)\.json$/.exec(entry.source)?.[1];

/** Names emphasised as the list's own people. */
function selves(list: PubList): string[] {
  return [...new Set(shadowAll(list, '[part~="author-self"]').map((self) => self.textContent!.trim()))];
}

describe('<pub-list> of a lab', () => {
  afterEach(() => clearSourceCache());

  it('merges the four seed researchers into one list: shared works once, with their versions', async () => {
    const list = await fromSrc('/demo/lab.json', 'group-by="none"');
    const single = await Promise.all(
      ['minjia-zhang', 'yuxiong-he', 'samyam-rajbhandari', 'heyang-qin'].map(
        async (name) => ((await (await fetch(`/demo/profiles/${name}.json`)).json()) as { publications: unknown[] }).publications.length,
      ),
    );
    // Fewer entries than the four profiles list together: shared works are shown once.
    expect(list.publications.length).to.be.below(single.reduce((sum, count) => sum + count, 0));

    // DeepSpeed-MoE: in three seeds, under two venues (ICML 2022 and the arXiv preprint).
    const moe = onlyEntry(list, /Mixture-of-Experts Inference and Training/);
    expect(moe.venueShort).to.equal('ICML 2022');
    expect(moe.versions.map((version) => version.category)).to.include('preprint');
    const moeVenues = new Set([moe, ...moe.versions].map((version) => version.category));
    expect([...moeVenues].sort()).to.deep.equal(['conference', 'preprint']);
    expect(new Set([moe, ...moe.versions].map(seedOf))).to.deep.equal(new Set(['minjia-zhang', 'yuxiong-he', 'samyam-rajbhandari']));

    // DeepSpeed Inference: SC 2022, with the arXiv preprint as another version.
    const inference = onlyEntry(list, /Enabling Efficient Inference of Transformer Models/);
    expect(inference.venueShort).to.equal('SC 2022');
    expect(inference.versions.map((version) => version.venueShort)).to.include('arXiv 2022');
    expect(new Set([inference, ...inference.versions].map(seedOf))).to.deep.equal(new Set(['minjia-zhang', 'yuxiong-he', 'samyam-rajbhandari']));

    // On screen: each shared work once, its other versions listed under it.
    const moeRows = shadowAll(list, '[part="publication"]').filter((row) => /Mixture-of-Experts Inference and Training/.test(row.querySelector('[part="title"]')!.textContent!));
    expect(moeRows).to.have.length(1);
    expect(moeRows[0]!.querySelector('[part="versions"]')!.textContent).to.contain('preprint');
  });

  it('emphasises every member of the lab', async () => {
    const list = await fromSrc('/demo/lab.json', 'group-by="none"');
    expect(selves(list)).to.include.members(MEMBERS);
    expect(list.problems).to.deep.equal([]);
  });

  it('reads a lab given as the `lab` property the same way', async () => {
    const lab = (await (await fetch('/demo/lab.json')).json()) as Lab;
    // As a property, relative URLs resolve against the page: point them at the demo's files.
    for (const members of Object.values(lab.members)) for (const member of members) member.profile = `/demo/${member.profile as string}`;
    const list = await fixture<PubList>(html`<pub-list .lab=${lab} group-by="none"></pub-list>`);
    await fullyRendered(list);
    const fromFile = await fromSrc('/demo/lab.json', 'group-by="none"');
    expect(list.publications.map((entry) => entry.title)).to.deep.equal(fromFile.publications.map((entry) => entry.title));
    expect(selves(list)).to.include.members(MEMBERS);
  });

  it('shows the members that load when one cannot, and says which failed', async () => {
    const list = document.createElement('pub-list');
    const failed = oneEvent(list, 'scholar-error') as Promise<ScholarErrorEvent>;
    list.src = '/test/components/lab/fixtures/broken-member.json';
    document.body.append(list);
    try {
      expect((await failed).detail.status).to.equal(404);
      await fullyRendered(list);
      expect(selves(list)).to.include.members(['Minjia Zhang', 'Yuxiong He', 'Samyam Rajbhandari']);
      onlyEntry(list, /Mixture-of-Experts Inference and Training/);
      const note = shadow(list, '[part="problems"]')!.textContent!.replace(/\s+/g, ' ');
      expect(note).to.contain('1 problem in the data');
      expect(note).to.match(/members\.researchers\[1\] \(Heyang Qin\): Could not load \S+\/heyang-qin-moved\.json: the server answered HTTP 404/);
    } finally {
      list.remove();
    }
  });
});
