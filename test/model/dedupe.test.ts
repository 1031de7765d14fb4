import { beforeAll, expect } from 'vitest';
import { foldTitle, mergeEntries } from '../../src/model/dedupe.js';
import { entriesFromItems, toEntry, type PubEntry } from '../../src/model/publications.js';
import type { CslName, Profile, Publication } from '../../src/model/types.js';
import { fixtureJson } from './fixture-files.js';

let counter = 0;
/** A publication entry with just what a rule looks at. */
function pub(fields: Partial<Publication> & { title: string }, key = `e${++counter}`, source = 'inline'): PubEntry {
  return toEntry({ id: key, type: 'paper-conference', issued: { 'date-parts': [[2022]] }, ...fields }, key, source);
}

const names = (...written: string[]): CslName[] =>
  written.map((name) => {
    const words = name.split(' ');
    return { given: words.slice(0, -1).join(' '), family: words[words.length - 1]! };
  });

const zhang = names('Minjia Zhang', 'Yuxiong He');
const keysOf = (entries: PubEntry[]) => entries.map((entry) => entry.key);

describe('foldTitle', () => {
  it('folds case, punctuation, accents, LaTeX and math', () => {
    expect(foldTitle('{D}eep {L}earning: {\\"U}ber {\\emph{Alles}} \\& More')).to.equal('deep learning uber alles and more');
    expect(foldTitle('Deep learning — über alles & more!')).to.equal('deep learning uber alles and more');
    expect(foldTitle('R$^3$-SQL')).to.equal(foldTitle('R³-SQL'));
    expect(foldTitle('$\\alpha$-Entmax')).to.equal(foldTitle('α-entmax'));
    expect(foldTitle("Ca\\c{c}ador's {\\'{\\i}}ndex")).to.equal('cacador s index');
  });
});

describe('mergeEntries', () => {
  describe('same DOI', () => {
    it('merges whatever the titles, case and resolver prefix', () => {
      const a = pub({ title: 'Title in the Proceedings', DOI: '10.1145/ABC.123', author: zhang });
      const b = pub({ title: 'A Different Title Typed Elsewhere', DOI: 'https://doi.org/10.1145/abc.123', author: names('Somebody Else') });
      const merged = mergeEntries([a, b]);
      expect(keysOf(merged)).to.deep.equal([a.key]);
      expect(keysOf(merged[0]!.versions)).to.deep.equal([b.key]);
    });

    it('keeps different DOIs with different titles apart', () => {
      const a = pub({ title: 'First Paper', DOI: '10.1145/1', author: zhang });
      const b = pub({ title: 'Second Paper', DOI: '10.1145/2', author: zhang });
      expect(mergeEntries([a, b])).to.have.length(2);
    });
  });

  describe('same folded title', () => {
    it('merges with a shared author (initials against full names) and years within one', () => {
      const a = pub({ title: '{HM-ANN}: Efficient Billion-Point Nearest Neighbor Search', author: names('Jie Ren', 'Minjia Zhang'), issued: { 'date-parts': [[2020]] } });
      const b = pub({ title: 'HM-ANN — efficient billion-point nearest-neighbor search', author: [{ family: 'Zhang', given: 'M.' }], issued: { 'date-parts': [[2021]] } });
      const merged = mergeEntries([a, b]);
      expect(merged).to.have.length(1);
      expect(merged[0]!.versions).to.have.length(1);
    });

    it('does not merge without a shared author', () => {
      const a = pub({ title: 'A Survey of Graph Search', author: names('Minjia Zhang') });
      const b = pub({ title: 'A Survey of Graph Search', author: names('Mingyu Zhang', 'Ada Lovelace') });
      expect(mergeEntries([a, b])).to.have.length(2);
    });

    it('does not merge years more than one apart', () => {
      const report = pub({ title: 'Lightweight Data Race Detection for Production Runs', author: zhang, type: 'report', issued: { 'date-parts': [[2015]] } });
      const paper = pub({ title: 'Lightweight Data Race Detection for Production Runs', author: zhang, issued: { 'date-parts': [[2017]] } });
      expect(mergeEntries([report, paper])).to.have.length(2);
    });

    it('merges works without authors only on identical titles', () => {
      const a = pub({ title: 'Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B' });
      const b = pub({ title: 'Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B' });
      const c = pub({ title: 'Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B', author: zhang });
      expect(mergeEntries([a, b, c])).to.have.length(1);
    });

    it('does not merge works without titles', () => {
      expect(mergeEntries([pub({ title: '', author: zhang }), pub({ title: ' ', author: zhang })])).to.have.length(2);
    });

    it('merges a work listed twice in one source', () => {
      const a = pub({ title: 'Valor: Efficient, Software-Only Region Conflict Exceptions', author: zhang }, 'valor', 'cv.json');
      const b = pub({ title: 'Valor: Efficient, Software-Only Region Conflict Exceptions', author: zhang }, 'valor~2', 'cv.json');
      expect(keysOf(mergeEntries([a, b]))).to.deep.equal(['valor']);
    });
  });

  describe('title equal to the other title’s subtitle', () => {
    it('merges "X: Title" with "Title" when authors overlap and years are close', () => {
      const preprint = pub({
        title: 'DeepSpeed Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale',
        type: 'article',
        category: 'preprint',
        author: zhang,
      });
      const paper = pub({ title: 'Enabling Efficient Inference of Transformer Models at Unprecedented Scale', author: names('M. Zhang') });
      const merged = mergeEntries([preprint, paper]);
      expect(keysOf(merged)).to.deep.equal([paper.key]);
      expect(keysOf(merged[0]!.versions)).to.deep.equal([preprint.key]);
    });

    it('does not merge without a shared author', () => {
      const a = pub({ title: 'DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training', author: zhang });
      const b = pub({ title: 'Advancing Mixture-of-Experts Inference and Training', author: names('Ada Lovelace') });
      expect(mergeEntries([a, b])).to.have.length(2);
    });

    it('does not merge when either side has no authors', () => {
      const a = pub({ title: 'DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training', author: zhang });
      const b = pub({ title: 'Advancing Mixture-of-Experts Inference and Training' });
      expect(mergeEntries([a, b])).to.have.length(2);
    });

    it('does not merge years more than one apart', () => {
      const a = pub({ title: 'DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training', author: zhang, issued: { 'date-parts': [[2022]] } });
      const b = pub({ title: 'Advancing Mixture-of-Experts Inference and Training', author: zhang, issued: { 'date-parts': [[2024]] } });
      expect(mergeEntries([a, b])).to.have.length(2);
    });

    it('does not merge titles that only share a prefix or a subtitle', () => {
      const a = pub({ title: 'Drinking from Both Glasses: Combining Pessimistic and Optimistic Tracking', author: zhang });
      const b = pub({ title: 'Drinking from Both Glasses: Adaptively Combining Pessimistic and Optimistic Synchronization', author: zhang });
      const c = pub({ title: 'ZeRO-Offload: Democratizing Billion-Scale Model Training', author: zhang });
      const d = pub({ title: 'Optimizer-Offload: Democratizing Billion-Scale Model Training', author: zhang });
      expect(mergeEntries([a, b, c, d])).to.have.length(4);
    });
  });

  describe('which version leads', () => {
    it('prefers the peer-reviewed version over a richer preprint', () => {
      const preprint = pub({
        title: 'Fast Search',
        type: 'article',
        category: 'preprint',
        author: zhang,
        abstract: 'Long abstract.',
        URL: 'https://arxiv.org/abs/1',
        keywords: ['search'],
      });
      const journal = pub({ title: 'Fast Search', type: 'article-journal', author: zhang });
      const merged = mergeEntries([preprint, journal]);
      expect(merged[0]!.key).to.equal(journal.key);
      expect(merged[0]!.category).to.equal('journal');
      expect(merged[0]!.versions[0]!.key).to.equal(preprint.key);
    });

    it('then the version with more data, then the first', () => {
      const bare = pub({ title: 'Fast Search', author: zhang });
      const rich = pub({ title: 'Fast Search', author: zhang, 'container-title': 'Proceedings of X', DOI: '10.1/x', page: '1-10' });
      expect(mergeEntries([bare, rich])[0]!.key).to.equal(rich.key);
      const twin = pub({ title: 'Fast Search', author: zhang });
      expect(mergeEntries([bare, twin])[0]!.key).to.equal(bare.key);
    });

    it('keeps the list order, leaves the inputs alone and flattens versions already merged', () => {
      const first = pub({ title: 'Unrelated First', author: zhang });
      const preprint = pub({ title: 'Fast Search', type: 'article', category: 'preprint', author: zhang });
      const middle = pub({ title: 'Unrelated Middle', author: zhang });
      const old = pub({ title: 'Fast Search', type: 'article', category: 'preprint', author: zhang });
      const paper: PubEntry = { ...pub({ title: 'Fast Search', author: zhang }), versions: [old] };
      const merged = mergeEntries([first, preprint, middle, paper]);
      expect(keysOf(merged)).to.deep.equal([first.key, paper.key, middle.key]);
      expect(keysOf(merged[1]!.versions)).to.deep.equal([old.key, preprint.key]);
      expect(paper.versions).to.deep.equal([old]);
      expect(preprint.versions).to.deep.equal([]);
      expect(merged[0]).to.equal(first);
    });

    it('is transitive', () => {
      const conference = pub({ title: 'Advancing Mixture-of-Experts Inference and Training to Power AI Scale', author: zhang });
      const preprint = pub({ title: 'DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training to Power AI Scale', type: 'article', category: 'preprint', author: zhang });
      const copy = pub({
        title: 'DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training to Power AI Scale',
        type: 'article',
        category: 'preprint',
        author: names('Yuxiong He'),
        DOI: '10.48550/arXiv.2201.05596',
      });
      const copyByDoi = pub({ title: 'DeepSpeed MoE (arXiv)', type: 'article', category: 'preprint', DOI: '10.48550/ARXIV.2201.05596' });
      const merged = mergeEntries([preprint, copy, copyByDoi, conference]);
      expect(keysOf(merged)).to.deep.equal([conference.key]);
      expect(merged[0]!.versions).to.have.length(3);
    });
  });

  it('stays fast for 10,000 entries', () => {
    const entries: PubEntry[] = [];
    // 9,000 works, 1,000 of them listed twice; many share authors, years and title words.
    for (let i = 0; i < 10000; i++) {
      const work = i % 9000;
      entries.push(
        pub({ title: `Work number ${work} on Topic ${work % 37}`, author: names(`Author${work % 300} Family${work % 200}`), issued: { 'date-parts': [[2000 + (work % 20)]] } }),
      );
    }
    const start = performance.now();
    const merged = mergeEntries(entries);
    const elapsed = performance.now() - start;
    expect(merged.length).to.equal(9000);
    expect(elapsed).to.be.lessThan(2000);
  });
});

describe('mergeEntries on the four seed profiles', () => {
  const PROFILES = ['heyang-qin', 'minjia-zhang', 'samyam-rajbhandari', 'yuxiong-he'];
  let all: PubEntry[];
  let merged: PubEntry[];

  beforeAll(() => {
    const taken = new Set<string>();
    all = [];
    for (const name of PROFILES) {
      const profile = fixtureJson(`/demo/profiles/${name}.json`) as Profile;
      all.push(...entriesFromItems(profile.publications ?? [], `/demo/profiles/${name}.json`, taken));
    }
    merged = mergeEntries(all);
  });

  const byKey = (key: string) => merged.find((entry) => entry.key === key);
  const versionsOf = (key: string) => byKey(key)!.versions.map((version) => `${version.key} ${version.category} ${version.source.replace(/^.*\//, '')}`);
  const withTitle = (words: string) => merged.filter((entry) => foldTitle(entry.title).includes(foldTitle(words)));

  it('shows DeepSpeed-MoE once: the ICML 2022 paper, with the three preprints under it', () => {
    expect(withTitle('Advancing Mixture-of-Experts Inference and Training')).to.have.length(1);
    const lead = byKey('rajbhandari2022advancing')!;
    expect(lead.venueShort).to.equal('ICML 2022');
    expect(lead.category).to.equal('conference');
    expect(versionsOf('rajbhandari2022advancing')).to.deep.equal([
      'rajbhandari2022deepspeed preprint minjia-zhang.json',
      'rajbhandari2022deepspeed-moe preprint samyam-rajbhandari.json',
      'rajbhandari2022deepspeed-moe~2 preprint yuxiong-he.json',
    ]);
  });

  it('shows DeepSpeed Inference once: the SC 2022 paper, with the arXiv preprints under it', () => {
    expect(withTitle('Enabling Efficient Inference of Transformer Models')).to.have.length(1);
    expect(byKey('rajbhandari2022enabling')!.venueShort).to.equal('SC 2022');
    expect(versionsOf('rajbhandari2022enabling')).to.deep.equal([
      'rajbhandari2022deepspeed-inference preprint samyam-rajbhandari.json',
      'rajbhandari2022deepspeed-inference~2 preprint yuxiong-he.json',
    ]);
  });

  it('merges exactly the shared works, and nothing else', () => {
    const groups = Object.fromEntries(merged.filter((entry) => entry.versions.length).map((entry) => [entry.key, entry.versions.map((version) => version.key)]));
    expect(groups).to.deep.equal({
      rajbhandari2022enabling: ['rajbhandari2022deepspeed-inference', 'rajbhandari2022deepspeed-inference~2'],
      rajbhandari2022advancing: ['rajbhandari2022deepspeed', 'rajbhandari2022deepspeed-moe', 'rajbhandari2022deepspeed-moe~2'],
      // NeurIPS 2020 with its NVMW 2021 workshop version (listed twice in the CV).
      ren2020hmann: ['ren2021hmann', 'ren2021hmann-2'],
      // Works on both Samyam Rajbhandari's and Yuxiong He's pages.
      'arxiv2026moe-prefill': ['arxiv2026moe-prefill~2'],
      arxiv2022using: ['arxiv2022using~2'],
      'ren2021zero-offload': ['ren2021zero-offload~2'],
      arxiv2020apmsqueeze: ['arxiv2020apmsqueeze~2'],
      arxiv2020zero: ['arxiv2020zero~2'],
    });
    expect(merged).to.have.length(all.length - 12);
  });

  it('keeps unrelated works apart', () => {
    const extreme = withTitle('Extreme Compression for Pre-trained Transformers');
    expect(extreme).to.have.length(1);
    expect(extreme[0]!.versions).to.deep.equal([]);
    // Same first author, same year, different papers.
    expect(byKey('zhang2022adversarial')).to.exist;
    expect(byKey('zhang2022grasp')).to.exist;
    // Same title two years apart (technical report 2015, CC 2017), and two papers sharing a title prefix.
    expect(withTitle('Lightweight Data Race Detection for Production Runs')).to.have.length(2);
    expect(withTitle('Drinking from Both Glasses')).to.have.length(2);
    // ZeRO and ZeRO++ / ZeRO-Offload are different works.
    expect(byKey('arxiv2020zero')!.versions.map((version) => version.title)).to.deep.equal(['ZeRO: Memory Optimizations Toward Training Trillion Parameter Models']);
    expect(byKey('qin2023zero')!.versions).to.deep.equal([]);
  });
});
