import { expect } from 'vitest';
import { CITATION_FORMATS, CITATION_LABELS, CITATION_STYLES, citeprocItem, formatCitation, isCitationStyle, mathToPlainText, type CitationStyle } from '../../src/model/cite.js';
import { toEntry, type PubEntry } from '../../src/model/publications.js';
import type { Publication } from '../../src/model/types.js';

const entry = (item: Publication): PubEntry => toEntry(item, String(item.id), 'inline');

/** A conference paper with everything a reference shows, plus scholar-elements extensions. */
const conference = entry({
  id: 'rajbhandari2022inference',
  type: 'paper-conference',
  category: 'conference',
  title: 'DeepSpeed-Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale',
  author: [
    { given: 'Samyam', family: 'Rajbhandari' },
    { given: 'Ammar Ahmad', family: 'Awan' },
    { given: 'Reza', family: 'Yazdani Aminabadi', equal: true },
  ],
  issued: { 'date-parts': [[2022, 11]] },
  'container-title': 'Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis',
  'event-place': 'Dallas, TX, USA',
  page: '1-15',
  DOI: 'https://doi.org/10.1109/SC41404.2022.00051',
  publisher: 'IEEE',
  venueShort: 'SC 2022',
  acceptanceRate: '81/320=25.3%',
  links: [{ kind: 'pdf', url: 'https://example.org/ds.pdf' }],
  selected: true,
  awards: ['Best Paper Finalist'],
  keywords: ['inference'],
  notes: ['Converted by hand.'],
});

const journal = entry({
  id: 'qin2020reinforcement',
  type: 'article-journal',
  title: 'Reinforcement Learning Empowered MLaaS Scheduling for Serving Intelligent Internet of Things',
  author: [
    { given: 'Heyang', family: 'Qin' },
    { given: 'Syed', family: 'Zawad' },
    { given: 'Yanqi', family: 'Zhou' },
    { given: 'Sanjay', family: 'Padhi' },
  ],
  issued: { 'date-parts': [[2020, 7]] },
  'container-title': 'IEEE Internet of Things Journal',
  volume: 7,
  issue: '7',
  page: '6325-6337',
  DOI: '10.1109/JIOT.2020.2965103',
});

const preprint = entry({
  id: 'r3sql',
  type: 'article',
  category: 'preprint',
  title: 'R$^3$-SQL: Ranking Reward and Resampling for Text-to-SQL',
  author: [
    { given: 'Ada', family: 'Lovelace' },
    { given: 'Charles', family: 'Babbage' },
  ],
  issued: { 'date-parts': [[2026]] },
  'container-title': 'arXiv',
  URL: 'https://arxiv.org/abs/2601.00001',
  venueShort: 'arXiv 2026',
});

describe('CITATION_STYLES', () => {
  it('lists the five styles with labels', () => {
    expect(CITATION_STYLES.map((style) => style.id)).to.deep.equal(['apa', 'ieee', 'vancouver', 'chicago', 'harvard']);
    for (const style of CITATION_STYLES) expect(style.label).to.be.a('string').and.not.equal('');
    expect(isCitationStyle('ieee')).to.equal(true);
    expect(isCitationStyle('mla')).to.equal(false);
  });

  it('comes from the one registry of citation formats, which adds the BibTeX and RIS records around the styles', () => {
    expect(CITATION_FORMATS.map((format) => format.id)).to.deep.equal(['bibtex', 'apa', 'ieee', 'vancouver', 'chicago', 'harvard', 'ris']);
    expect(CITATION_STYLES).to.deep.equal(CITATION_FORMATS.filter((format) => isCitationStyle(format.id)).map(({ id, name }) => ({ id, label: name })));
    expect(CITATION_STYLES.find((style) => style.id === 'apa')!.label).to.equal('APA (7th edition)');
    expect(CITATION_LABELS).to.deep.equal({ bibtex: 'BibTeX', apa: 'APA', ieee: 'IEEE', vancouver: 'Vancouver', chicago: 'Chicago', harvard: 'Harvard', ris: 'RIS' });
  });
});

describe('formatCitation', () => {
  const expected: Record<CitationStyle, Record<string, string>> = {
    apa: {
      conference:
        'Rajbhandari, S., Awan, A. A., & Yazdani Aminabadi, R. (2022). DeepSpeed-Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale. Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis, 1–15. https://doi.org/10.1109/SC41404.2022.00051',
      journal:
        'Qin, H., Zawad, S., Zhou, Y., & Padhi, S. (2020). Reinforcement Learning Empowered MLaaS Scheduling for Serving Intelligent Internet of Things. IEEE Internet of Things Journal, 7(7), 6325–6337. https://doi.org/10.1109/JIOT.2020.2965103',
      preprint: 'Lovelace, A., & Babbage, C. (2026). R³-SQL: Ranking Reward and Resampling for Text-to-SQL. arXiv. https://arxiv.org/abs/2601.00001',
    },
    ieee: {
      conference:
        'S. Rajbhandari, A. A. Awan, and R. Yazdani Aminabadi, “DeepSpeed-Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale,” in Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis, Dallas, TX, USA, Nov. 2022, pp. 1–15, doi: 10.1109/SC41404.2022.00051.',
      journal:
        'H. Qin, S. Zawad, Y. Zhou, and S. Padhi, “Reinforcement Learning Empowered MLaaS Scheduling for Serving Intelligent Internet of Things,” IEEE Internet of Things Journal, vol. 7, no. 7, pp. 6325–6337, Jul. 2020, doi: 10.1109/JIOT.2020.2965103.',
      preprint: 'A. Lovelace and C. Babbage, “R³-SQL: Ranking Reward and Resampling for Text-to-SQL,” arXiv, 2026. [Online]. Available: https://arxiv.org/abs/2601.00001',
    },
    vancouver: {
      conference:
        'Rajbhandari S, Awan AA, Yazdani Aminabadi R. DeepSpeed-Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale. In: Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis. IEEE; 2022. p. 1–15. doi:10.1109/SC41404.2022.00051',
      journal:
        'Qin H, Zawad S, Zhou Y, Padhi S. Reinforcement Learning Empowered MLaaS Scheduling for Serving Intelligent Internet of Things. IEEE Internet of Things Journal. 2020 Jul;7(7):6325–37. doi:10.1109/JIOT.2020.2965103',
      preprint: 'Lovelace A, Babbage C. R³-SQL: Ranking Reward and Resampling for Text-to-SQL [Internet]. arXiv; 2026. Available from: https://arxiv.org/abs/2601.00001',
    },
    chicago: {
      conference:
        'Rajbhandari, Samyam, Ammar Ahmad Awan, and Reza Yazdani Aminabadi. 2022. “DeepSpeed-Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale.” In Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis, 1–15. IEEE. https://doi.org/10.1109/SC41404.2022.00051.',
      journal:
        'Qin, Heyang, Syed Zawad, Yanqi Zhou, and Sanjay Padhi. 2020. “Reinforcement Learning Empowered MLaaS Scheduling for Serving Intelligent Internet of Things.” IEEE Internet of Things Journal 7 (7): 6325–37. https://doi.org/10.1109/JIOT.2020.2965103.',
      preprint: 'Lovelace, Ada, and Charles Babbage. 2026. “R³-SQL: Ranking Reward and Resampling for Text-to-SQL.” arXiv. https://arxiv.org/abs/2601.00001.',
    },
    harvard: {
      conference:
        'Rajbhandari, S., Awan, A.A. and Yazdani Aminabadi, R. (2022) “DeepSpeed-Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale,” Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis. IEEE, pp. 1–15. Available at: https://doi.org/10.1109/SC41404.2022.00051.',
      journal:
        'Qin, H. et al. (2020) “Reinforcement Learning Empowered MLaaS Scheduling for Serving Intelligent Internet of Things,” IEEE Internet of Things Journal, 7(7), pp. 6325–6337. Available at: https://doi.org/10.1109/JIOT.2020.2965103.',
      preprint: 'Lovelace, A. and Babbage, C. (2026) “R³-SQL: Ranking Reward and Resampling for Text-to-SQL.” arXiv. Available at: https://arxiv.org/abs/2601.00001.',
    },
  };
  const entries: Record<string, PubEntry> = { conference, journal, preprint };

  for (const style of CITATION_STYLES.map((info) => info.id)) {
    for (const kind of ['conference', 'journal', 'preprint']) {
      it(`${style}: a ${kind}`, async () => {
        expect(await formatCitation(entries[kind]!, style)).to.equal(expected[style][kind]);
      });
    }
  }

  it('leaves out the reference number of numbered styles', async () => {
    expect(await formatCitation(journal, 'ieee')).to.match(/^H\. Qin/);
    expect(await formatCitation(journal, 'vancouver')).to.match(/^Qin H/);
  });

  it('shortens long author lists as each style says', async () => {
    const many = entry({
      id: 'many',
      type: 'article-journal',
      title: 'Many Hands',
      author: Array.from({ length: 12 }, (_, index) => ({ given: `Given${index}`, family: `Family${index}` })),
      issued: { 'date-parts': [[2021]] },
      'container-title': 'Journal of Tests',
    });
    // IEEE: more than six → first author et al.; Chicago: more than ten → first seven et al.; Vancouver: six et al.
    expect(await formatCitation(many, 'ieee')).to.equal('G. Family0 et al., “Many Hands,” Journal of Tests, 2021.');
    expect(await formatCitation(many, 'chicago')).to.match(/^Family0, Given0, Given1 Family1, .*Given6 Family6, et al\. 2021\./);
    expect(await formatCitation(many, 'vancouver')).to.match(/^Family0 G, Family1 G, Family2 G, Family3 G, Family4 G, Family5 G, et al\. Many Hands\./);
  });

  it('uses the short venue when the source names no venue, without repeating the year', async () => {
    const bamboo = entry({
      id: 'thorpe2022bamboo',
      type: 'paper-conference',
      title: 'Bamboo: Making Preemptible Instances Resilient for Affordable Training of Large DNNs',
      author: [
        { given: 'John', family: 'Thorpe' },
        { given: 'Guoqing Harry', family: 'Xu' },
      ],
      issued: { 'date-parts': [[2022]] },
      venueShort: 'NSDI 2022',
    });
    expect(await formatCitation(bamboo, 'apa')).to.equal(
      'Thorpe, J., & Xu, G. H. (2022). Bamboo: Making Preemptible Instances Resilient for Affordable Training of Large DNNs. NSDI.',
    );
    expect(await formatCitation(bamboo, 'ieee')).to.equal(
      'J. Thorpe and G. H. Xu, “Bamboo: Making Preemptible Instances Resilient for Affordable Training of Large DNNs,” in NSDI, 2022.',
    );
  });

  describe('our IEEE and Chicago styles cover the other types', () => {
    const book = entry({
      id: 'goodfellow2016',
      type: 'book',
      title: 'Deep Learning',
      edition: '2',
      author: [
        { given: 'Ian', family: 'Goodfellow' },
        { given: 'Yoshua', family: 'Bengio' },
      ],
      issued: { 'date-parts': [[2016]] },
      publisher: 'MIT Press',
      'publisher-place': 'Cambridge, MA',
    });
    const chapter = entry({
      id: 'chapter',
      type: 'chapter',
      title: 'Graph Search',
      author: [{ given: 'Ada', family: 'Lovelace' }],
      editor: [{ given: 'Charles', family: 'Babbage' }],
      'container-title': 'Handbook of Search',
      issued: { 'date-parts': [[2019]] },
      publisher: 'Springer',
      'publisher-place': 'Cham',
      page: '10-20',
    });
    const report = entry({
      id: 'zhang2015optimizing',
      type: 'report',
      title: 'Optimizing Parallel Runtime Support with Asynchronous Coordination',
      author: [
        { given: 'Minjia', family: 'Zhang' },
        { given: 'Michael D.', family: 'Bond' },
      ],
      issued: { 'date-parts': [[2015, 11]] },
      publisher: 'Ohio State University',
      number: 'OSU-CISRC-11/15-TR23',
    });
    const thesis = entry({
      id: 'thesis',
      type: 'thesis',
      genre: 'Ph.D. dissertation',
      title: 'Efficient Runtime Support',
      author: [{ given: 'Minjia', family: 'Zhang' }],
      issued: { 'date-parts': [[2016]] },
      publisher: 'The Ohio State University',
      'publisher-place': 'Columbus, OH',
    });
    const patent = entry({
      id: 'zhang2019deep',
      type: 'patent',
      title: 'Deep Learning Model Scheduling',
      inventor: [
        { given: 'Minjia', family: 'Zhang' },
        { given: 'Samyam', family: 'Rajbhandari' },
      ],
      issued: { 'date-parts': [[2019, 3, 5]] },
      number: 'US 10,223,456',
    });
    const cases: Array<[string, PubEntry, string, string]> = [
      [
        'book',
        book,
        'I. Goodfellow and Y. Bengio, Deep Learning, 2nd ed. Cambridge, MA: MIT Press, 2016.',
        'Goodfellow, Ian, and Yoshua Bengio. 2016. Deep Learning. 2nd ed. Cambridge, MA: MIT Press.',
      ],
      [
        'chapter',
        chapter,
        'A. Lovelace, “Graph Search,” in Handbook of Search, C. Babbage, Ed. Cham: Springer, 2019, pp. 10–20.',
        'Lovelace, Ada. 2019. “Graph Search.” In Handbook of Search, edited by Charles Babbage, 10–20. Cham: Springer.',
      ],
      [
        'report',
        report,
        'M. Zhang and M. D. Bond, “Optimizing Parallel Runtime Support with Asynchronous Coordination,” Ohio State University, Tech. Rep. OSU-CISRC-11/15-TR23, Nov. 2015.',
        'Zhang, Minjia, and Michael D. Bond. 2015. Optimizing Parallel Runtime Support with Asynchronous Coordination. Report OSU-CISRC-11/15-TR23. Ohio State University.',
      ],
      [
        'thesis',
        thesis,
        'M. Zhang, “Efficient Runtime Support,” Ph.D. dissertation, The Ohio State University, Columbus, OH, 2016.',
        'Zhang, Minjia. 2016. “Efficient Runtime Support.” Ph.D. dissertation, The Ohio State University.',
      ],
      [
        'patent (inventors as authors)',
        patent,
        'M. Zhang and S. Rajbhandari, “Deep Learning Model Scheduling,” Patent US 10,223,456, Mar. 5, 2019.',
        'Zhang, Minjia, and Samyam Rajbhandari. 2019. Deep Learning Model Scheduling. Patent US 10,223,456.',
      ],
    ];
    for (const [kind, pub, ieee, chicago] of cases) {
      it(kind, async () => {
        expect(await formatCitation(pub, 'ieee')).to.equal(ieee);
        expect(await formatCitation(pub, 'chicago')).to.equal(chicago);
      });
    }

    it('a paper known only by its event, and an undated work', async () => {
      const talk = entry({
        id: 'talk',
        type: 'paper-conference',
        title: 'Fast Search',
        author: [{ given: 'Ada', family: 'Lovelace' }],
        'event-title': 'Workshop on Search',
        'event-place': 'Paris',
      });
      expect(await formatCitation(talk, 'ieee')).to.equal('A. Lovelace, “Fast Search,” presented at the Workshop on Search, Paris.');
      expect(await formatCitation(talk, 'chicago')).to.equal('Lovelace, Ada. n.d. “Fast Search.” Paper presented at Workshop on Search, Paris.');
      expect(await formatCitation(talk, 'vancouver')).to.equal('Lovelace A. Fast Search. In: Workshop on Search.');
    });
  });

  it('formats in another locale when plugin-csl has it', async () => {
    const book = entry({
      id: 'b',
      type: 'book',
      title: 'Deep Learning',
      edition: '2',
      author: [{ given: 'Ian', family: 'Goodfellow' }],
      issued: { 'date-parts': [[2016]] },
      publisher: 'MIT Press',
    });
    expect(await formatCitation(book, 'apa', 'de-DE')).to.equal('Goodfellow, I. (2016). Deep Learning (2. Aufl.). MIT Press.');
    // An unknown locale falls back to the style's own.
    expect(await formatCitation(book, 'apa', 'xx-XX')).to.equal('Goodfellow, I. (2016). Deep Learning (2nd ed.). MIT Press.');
  });

  it('formats entries concurrently, each on its own', async () => {
    const results = await Promise.all([formatCitation(conference, 'ieee'), formatCitation(journal, 'ieee'), formatCitation(preprint, 'apa')]);
    expect(results).to.deep.equal([expected.ieee.conference, expected.ieee.journal, expected.apa.preprint]);
  });

  it('rejects an unknown style', async () => {
    let error: unknown;
    try {
      await formatCitation(journal, 'mla' as CitationStyle);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(RangeError);
  });
});

describe('citeprocItem', () => {
  it('gives citeproc a clean CSL copy: key as id, math as Unicode, bare DOI, no extensions', () => {
    const item = citeprocItem(conference);
    expect(item.id).to.equal('rajbhandari2022inference');
    expect(item.DOI).to.equal('10.1109/SC41404.2022.00051');
    for (const field of ['category', 'venueShort', 'acceptanceRate', 'links', 'selected', 'awards', 'keywords', 'notes']) {
      expect(item, field).to.not.have.property(field);
    }
    expect((item.author as Array<Record<string, unknown>>)[2]).to.deep.equal({ given: 'Reza', family: 'Yazdani Aminabadi' });
    expect(citeprocItem(preprint).title).to.equal('R³-SQL: Ranking Reward and Resampling for Text-to-SQL');
    expect(citeprocItem(journal).volume).to.equal('7');
    // The source item is untouched.
    expect(conference.item.DOI).to.equal('https://doi.org/10.1109/SC41404.2022.00051');
    expect(conference.item.links).to.have.length(1);
  });

  it('maps a type citeproc does not know from the category', () => {
    const odd = entry({ id: 'odd', type: 'preprint', category: 'preprint', title: 'Odd' });
    expect(citeprocItem(odd).type).to.equal('article');
  });
});

describe('mathToPlainText', () => {
  const cases: Array<[string, string]> = [
    ['R$^3$-SQL', 'R³-SQL'],
    ['$L_0$ Regularization', 'L₀ Regularization'],
    ['$\\alpha$-entmax and $\\Omega$', 'α-entmax and Ω'],
    ['O$(n^{2})$ and $O(n \\log n)$', 'O(n²) and O(n log n)'],
    ['$n\\log n$ and $\\max_i x_i$', 'n log n and maxᵢ xᵢ'],
    ['$x_{ij}$ and $10^{-3}$', 'xᵢⱼ and 10⁻³'],
    ['$\\ell_1$-norm', 'ℓ₁-norm'],
    ['$\\mathbb{R}^d$ and $\\frac{1}{2}$', 'ℝᵈ and 1/2'],
    ['$\\mathrm{GPT}$-$\\mathcal{X}$', 'GPT-X'],
    ['$x^{\\gamma}$', 'x^γ'],
    ['Costs \\$5 per $k$', 'Costs $5 per k'],
    ['an unmatched $ dollar', 'an unmatched dollar'],
    ['No math at all', 'No math at all'],
  ];
  for (const [tex, text] of cases) {
    it(`${tex} → ${text}`, () => {
      expect(mathToPlainText(tex)).to.equal(text);
    });
  }
});
