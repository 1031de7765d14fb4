/**
 * The four demo profiles against the seed documents they were hand-converted from.
 *
 * The seeds (copied unchanged from the shared seed folder into test/profiles/seeds/) are public homepage and CV text:
 *   000, 001 → heyang-qin.json (two versions of one homepage; 000 is the newer)
 *   002      → minjia-zhang.json (a CV extracted from PDF to markdown)
 *   003      → yuxiong-he.json, 004 → samyam-rajbhandari.json (pages of a research-graph aggregator)
 * Counts are taken from the seed text with simple rules where the text allows it; each rule is described where it
 * is defined, and the numbers it gives are also compared with the section sizes the converters verified by hand.
 */
import { expect } from '@open-wc/testing';
import { personMatcher } from '../../src/model/names.js';
import { currentAffiliation, headline, publicationStats } from '../../src/model/profile.js';
import type { CslName, Profile, Publication } from '../../src/model/types.js';
import { validateProfile } from '../../src/model/validate.js';

const PROFILES = ['heyang-qin', 'minjia-zhang', 'yuxiong-he', 'samyam-rajbhandari'] as const;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

const loadProfile = async (name: string): Promise<Profile> => JSON.parse(await fetchText(`/demo/profiles/${name}.json`)) as Profile;
const loadSeed = (file: string): Promise<string> => fetchText(`/test/profiles/seeds/${file}`);

/** Lowercase letters and digits only: compares titles across line breaks, hyphenation slips and typography. */
const normalise = (text: string): string => text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');

function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const value = key(item) ?? '(none)';
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

const familyNames = (names: CslName[] | undefined): string[] => (names ?? []).map((name) => name.family ?? name.literal ?? '');
const equalFamilies = (publication: Publication): string[] => familyNames(publication.author?.filter((author) => author.equal));

describe('seed profiles', () => {
  describe('validate against the schema with no problems at all', () => {
    for (const name of PROFILES) {
      it(name, async () => {
        const raw = await loadProfile(name);
        const result = validateProfile(raw, `/demo/profiles/${name}.json`);
        expect(result.fatal, JSON.stringify(result.fatal)).to.be.undefined;
        expect(result.problems, JSON.stringify(result.problems, null, 2)).to.deep.equal([]);
        expect(result.profile).to.deep.equal(raw);
      });
    }
  });

  describe('every publication lists its researcher among the authors, when it has an author list', () => {
    for (const name of PROFILES) {
      it(name, async () => {
        const profile = await loadProfile(name);
        const isResearcher = personMatcher(profile.basics.name, profile.basics.nameVariants);
        for (const publication of profile.publications ?? []) {
          const names = [...(publication.author ?? []), ...(publication.inventor ?? [])];
          if (!names.length) continue;
          expect(names.some(isResearcher), `${publication.id} lists ${profile.basics.name}`).to.be.true;
        }
      });
    }
  });

  // ---------------------------------------------------------------------------------------------------------------
  describe('minjia-zhang.json against the CV (seed 002)', () => {
    /**
     * The CV's section headings, in order. Headings are lines starting with "#" (any level: the PDF extraction
     * mixed them up); "### Bachelor of Science (B.S.)", "## • Chair" and "### • Reviewer" are headings inside a section.
     */
    const SECTIONS = [
      'EDUCATION',
      'RESEARCH EXPERIENCE',
      'REFEREED CONFERENCE',
      'JOURNAL ARTICLES',
      'WORKSHOP PAPERS',
      'TECHNICAL REPORTS AND PREPRINT',
      'PATENTS',
      'INVITED TALKS AND PRESENTATIONS',
      'ADVISING AND MENTORING',
      'HONORS AND REWARDS',
      'PROFESSIONAL SERVICES',
      'SELECTED PRESS COVERAGE',
    ] as const;
    type Section = (typeof SECTIONS)[number];

    const headingOf = (line: string): string | undefined => /^#+\s+(.*)$/.exec(line)?.[1]!.replace(/[*•]/g, '').trim();

    function cvSections(text: string): Map<Section, string[]> {
      const sections = new Map<Section, string[]>();
      let current: string[] | undefined;
      for (const line of text.split('\n')) {
        const heading = headingOf(line);
        if (heading && (SECTIONS as readonly string[]).includes(heading)) {
          current = [];
          sections.set(heading as Section, current);
        } else {
          current?.push(line);
        }
      }
      return sections;
    }

    interface Item {
      /** The bullet sub-heading the item is listed under, e.g. "Invited Talks". */
      group?: string;
      text: string;
    }

    /**
     * The items of a list section. The extraction dropped some item numbers, so items are counted by list line, not by
     * number: a line starting with "-" begins an item; non-blank lines after it that are neither list lines nor
     * headings continue it (page breaks split a few items, e.g. conference item 14 and 27). Bullet sub-headings
     * ("- Invited Talks", "## • Chair", "- Program Committee", …) are given in `groups`: they are not items, they name
     * the group of the items after them. A leading item number ("14.") is dropped.
     */
    function listItems(lines: readonly string[], groups: readonly string[] = []): Item[] {
      const items: Item[] = [];
      let group: string | undefined;
      for (const line of lines) {
        const bare = line.replace(/^[\s#*•-]+/, '').trim();
        if (groups.includes(bare)) {
          group = bare;
          continue;
        }
        const listLine = /^\s*-\s+(.*)$/.exec(line);
        if (listLine) items.push(group ? { group, text: listLine[1]!.replace(/^\d+\.\s*/, '') } : { text: listLine[1]!.replace(/^\d+\.\s*/, '') });
        else if (line.trim() && !line.startsWith('#') && items.length) items[items.length - 1]!.text += ` ${line.trim()}`;
      }
      return items;
    }

    /** The publication lists, in the CV's order, and the category each item gets from its section and wording. */
    const PUBLICATION_SECTIONS: Array<[Section, (item: Item) => string]> = [
      ['REFEREED CONFERENCE', (item) => (item.text.includes('POSTER:') ? 'poster' : 'conference')],
      ['JOURNAL ARTICLES', () => 'journal'],
      ['WORKSHOP PAPERS', () => 'workshop'],
      // Preprints print their arXiv address; the reports print "Technical Report #…".
      ['TECHNICAL REPORTS AND PREPRINT', (item) => (/arxiv\.org/.test(item.text) ? 'preprint' : /Technical Report/.test(item.text) ? 'technical-report' : '?')],
      ['PATENTS', () => 'patent'],
    ];

    let profile: Profile;
    let cv: string;
    let sections: Map<Section, string[]>;
    let publicationItems: Array<Item & { category: string }>;

    before(async () => {
      [profile, cv] = await Promise.all([loadProfile('minjia-zhang'), loadSeed('002_2a2936b1bb8b9e31.txt')]);
      sections = cvSections(cv);
      publicationItems = PUBLICATION_SECTIONS.flatMap(([section, category]) =>
        listItems(sections.get(section)!).map((item) => ({ ...item, category: category(item) })),
      );
    });

    it('finds every section heading in the CV', () => {
      expect([...sections.keys()]).to.deep.equal([...SECTIONS]);
    });

    it('work: the 9 positions of RESEARCH EXPERIENCE, with their titles, in order', () => {
      // Each position prints its title next to its dates; the CV uses these five titles (and no other text repeats them).
      const titles = sections.get('RESEARCH EXPERIENCE')!.join('\n').match(/\b(?:Principal Researcher|Senior RSDE|Research Intern|Research Assistant|Undergraduate Researcher)\b/g)!;
      expect(titles).to.have.length(9);
      expect(profile.work!.map((work) => work.position)).to.deep.equal(titles);
    });

    it('work: only the Principal Researcher position is ongoing', () => {
      // "Microsoft, Redmond, WA 10/2016–Present Principal Researcher 08/2020–Present"; "Senior RSDE 10/2016-08/2020".
      expect(profile.work!.filter((work) => work.ongoing).map((work) => [work.position, work.startDate])).to.deep.equal([['Principal Researcher', '2020-08']]);
      expect(currentAffiliation(profile)).to.include({ organization: 'Microsoft', role: 'Principal Researcher' });
    });

    it('education: the 3 degrees of EDUCATION', () => {
      // The PDF extraction ran some words together ("Radu TeodorescuMaster of Science"), so no word boundary is required.
      const degrees = sections.get('EDUCATION')!.join('\n').match(/(?:Doctor|Master|Bachelor) of [A-Z][a-z]+ \([^)]+\)/g)!;
      expect(degrees).to.deep.equal(['Doctor of Philosophy (Ph.D.)', 'Master of Science (M.S.)', 'Bachelor of Science (B.S.)']);
      expect(profile.education!.map((education) => education.degree)).to.deep.equal(degrees);
    });

    it('publications: 50 list items in five lists, in the CV order and category', () => {
      const counts = countBy(publicationItems, (item) => item.category);
      // The sizes the converters verified by hand: the rules above must find the same.
      expect(counts).to.deep.equal({ conference: 31, poster: 1, journal: 2, workshop: 5, preprint: 3, 'technical-report': 5, patent: 3 });
      expect(publicationItems).to.have.length(50);
      expect(profile.publications!.map((publication) => publication.category)).to.deep.equal(publicationItems.map((item) => item.category));
    });

    it('publications: every title printed in the CV is in the profile, item by item', () => {
      profile.publications!.forEach((publication, index) => {
        const item = publicationItems[index]!;
        expect(normalise(item.text), `${String(publication.id)}: "${publication.title}" in CV item "${item.text.slice(0, 120)}…"`).to.contain(normalise(publication.title));
      });
    });

    it('publications: every printed acceptance rate is there, and none is made up', () => {
      let printed = 0;
      profile.publications!.forEach((publication, index) => {
        const rate = /\(acceptance rates?: ([^)]*)\)/i.exec(publicationItems[index]!.text)?.[1];
        if (rate) printed++;
        expect(publication.acceptanceRate, String(publication.id)).to.equal(rate);
      });
      expect(printed).to.equal(18);
    });

    it('publications: authors starred for equal contribution are marked, and no others', () => {
      // Printed as "Minjia Zhang\*" or "Minjia Zhang<sup>\*</sup>".
      const starred = /([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)(?:<sup>\\\*<\/sup>|\\\*)/g;
      const marked: string[] = [];
      profile.publications!.forEach((publication, index) => {
        const families = [...publicationItems[index]!.text.matchAll(starred)].map((match) => match[1]!.split(' ').pop()!);
        expect(equalFamilies(publication), String(publication.id)).to.deep.equal(families);
        if (families.length) marked.push(publication.id as string);
      });
      expect(marked).to.deep.equal(['zhang2021dynatune', 'zhang2021duet', 'li2020adatune', 'zhang2018deepcpu']);
    });

    it('publications: the printed awards are on the paper', () => {
      profile.publications!.forEach((publication, index) => {
        const awards = /\(([^()]*\bAward\b[^()]*)\)/.exec(publicationItems[index]!.text)?.[1]?.split(/,\s*/);
        expect(publication.awards, String(publication.id)).to.deep.equal(awards);
      });
      expect(profile.publications!.find((publication) => publication.id === 'biswas2015valor')!.awards).to.have.members([
        'Distinguished Artifact Award',
        'Distinguished Paper Award',
      ]);
    });

    it('publications: the preprints link to the arXiv address printed', () => {
      profile.publications!.forEach((publication, index) => {
        const url = /https?:\/\/\S+/.exec(publicationItems[index]!.text)?.[0];
        if (!url) return;
        expect(publication.URL, String(publication.id)).to.equal(url);
        expect(publication.links?.map((link) => link.url), String(publication.id)).to.include(url);
      });
    });

    it('talks: 24 items, 12 invited and 12 presentations, with the kind the wording gives', () => {
      const items = listItems(sections.get('INVITED TALKS AND PRESENTATIONS')!, ['Invited Talks', 'Presentations']);
      expect(countBy(items, (item) => item.group)).to.deep.equal({ 'Invited Talks': 12, Presentations: 12 });
      const kinds = items.map((item) =>
        /^Invited talk/.test(item.text) ? 'invited-talk'
        : /^Invited lecture/.test(item.text) ? 'lecture'
        : /^Invited keynote/.test(item.text) ? 'keynote'
        : /^Presented work/.test(item.text) ? 'presentation'
        : '?',
      );
      expect(countBy(kinds, (kind) => kind)).to.deep.equal({ 'invited-talk': 6, lecture: 4, keynote: 2, presentation: 12 });
      expect(profile.talks!.map((talk) => talk.kind)).to.deep.equal(kinds);
    });

    it('mentoring: the 11 mentees of ADVISING AND MENTORING, in order', () => {
      const mentees = listItems(sections.get('ADVISING AND MENTORING')!).map((item) => item.text.split(',')[0]!.trim());
      expect(mentees).to.have.length(11);
      expect(profile.mentoring!.map((mentee) => mentee.mentee)).to.deep.equal(mentees);
    });

    it('honors: the 16 items of HONORS AND REWARDS', () => {
      const items = listItems(sections.get('HONORS AND REWARDS')!);
      expect(items).to.have.length(16);
      expect(profile.honors).to.have.length(items.length);
    });

    it('service: 43 items, 2 chair, 9 program committee and 32 reviewer, in order', () => {
      const items = listItems(sections.get('PROFESSIONAL SERVICES')!, ['Chair', 'Program Committee', 'Reviewer']);
      const kindOf: Record<string, string> = { Chair: 'chair', 'Program Committee': 'program-committee', Reviewer: 'reviewer' };
      const kinds = items.map((item) => kindOf[item.group ?? ''] ?? '?');
      expect(countBy(kinds, (kind) => kind)).to.deep.equal({ chair: 2, 'program-committee': 9, reviewer: 32 });
      expect(profile.service!.map((service) => service.kind)).to.deep.equal(kinds);
    });

    it('press: the 18 items of SELECTED PRESS COVERAGE', () => {
      const items = listItems(sections.get('SELECTED PRESS COVERAGE')!);
      expect(items).to.have.length(18);
      expect(profile.press).to.have.length(items.length);
    });

    it('has exactly the sections the CV has', () => {
      const present = Object.keys(profile).filter((key) => Array.isArray(profile[key]));
      expect(present).to.have.members(['work', 'education', 'publications', 'talks', 'mentoring', 'honors', 'service', 'press']);
    });
  });

  // ---------------------------------------------------------------------------------------------------------------
  describe('heyang-qin.json against both homepage versions (seeds 000 newer, 001 older)', () => {
    /** Headings of the homepages: one-line paragraphs. A section is the paragraphs after its heading, up to the next. */
    const HEADINGS = ['Experience', 'Research', 'Selected Publications', 'Publications', 'Education', 'Teaching', 'Personal Interests'];

    function pageSection(text: string, heading: string): string[] {
      const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
      const start = paragraphs.indexOf(heading);
      if (start < 0) return [];
      const end = paragraphs.findIndex((paragraph, index) => index > start && HEADINGS.includes(paragraph));
      return paragraphs.slice(start + 1, end < 0 ? undefined : end);
    }

    /** "June 2024 - Present", "August 2017 - January 2021": the line that closes a position. */
    const DATES_LINE = /^[A-Z][a-z]+ \d{4} - (?:[A-Z][a-z]+ \d{4}|Present)$/;

    /** Position titles: the first paragraph of Experience, and each paragraph after one that ends with the dates. */
    function positionTitles(text: string): string[] {
      const paragraphs = pageSection(text, 'Experience');
      return paragraphs.filter((_, index) => index === 0 || DATES_LINE.test(paragraphs[index - 1]!.split('\n').pop()!.trim()));
    }

    /** A citation's title: its first comma-separated part of more than four words (author names have at most three). */
    const citationTitle = (citation: string): string | undefined => citation.split(', ').find((part) => part.trim().split(/\s+/).length > 4);

    /** Themes are renamed between versions but keep their first three words. */
    const themeKey = (title: string): string => title.split(/\s+/).slice(0, 3).join(' ');

    let profile: Profile;
    let newer: string;
    let older: string;
    let citations: string[];

    before(async () => {
      [profile, newer, older] = await Promise.all([
        loadProfile('heyang-qin'),
        loadSeed('000_dcb6e640a7304c24.txt'),
        loadSeed('001_72ff72c3331d09a3.txt'),
      ]);
      citations = [...pageSection(newer, 'Selected Publications'), ...pageSection(older, 'Publications')];
    });

    const publicationTitled = (title: string): Publication => {
      const publication = profile.publications!.find((candidate) => candidate.title === title);
      expect(publication, `publication "${title}"`).to.exist;
      return publication!;
    };

    it('work: the 5 distinct positions of both versions', () => {
      const newerTitles = positionTitles(newer);
      const olderTitles = positionTitles(older);
      expect(newerTitles).to.deep.equal(['Senior Researcher', 'Researcher / Research Intern']);
      expect(olderTitles).to.deep.equal(['Researcher', 'Research Intern', 'Research Assistant', 'Teaching Assistant']);
      // The newer version merges "Researcher / Research Intern" into one entry; the profile keeps the older split.
      const distinct = new Set([...newerTitles, ...olderTitles].flatMap((title) => title.split(' / ')));
      expect(distinct.size).to.equal(5);
      expect(profile.work!.map((work) => work.position)).to.have.members([...distinct]);
    });

    it('education: the 2 institutions of both versions', () => {
      const institutions = new Set(
        [...pageSection(newer, 'Education'), ...pageSection(older, 'Education')].filter((paragraph) => paragraph.startsWith('University')),
      );
      expect(institutions.size).to.equal(2);
      expect(profile.education!.map((education) => education.institution)).to.have.members([...institutions]);
    });

    it('teaching: the 2 courses of the older version', () => {
      const courses = pageSection(older, 'Teaching')
        .map((paragraph) => /^([A-Z]+ \d+) - (.+)$/.exec(paragraph))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => [match[1], match[2]]);
      expect(courses).to.deep.equal([['CPE 201', 'Digital Design'], ['ENGR 100', 'Introduction to Engineering Design']]);
      expect(profile.teaching!.map((course) => [course.courseCode, course.title])).to.deep.equal(courses);
    });

    it('projects: the 5 research themes of both versions, named as the newer version names them', () => {
      // A Research section alternates theme title and description.
      const themeTitles = (text: string) => pageSection(text, 'Research').filter((_, index) => index % 2 === 0);
      const newerThemes = themeTitles(newer);
      const olderThemes = themeTitles(older);
      expect(newerThemes).to.have.length(3);
      expect(olderThemes).to.have.length(4);
      const keys = new Set([...newerThemes, ...olderThemes].map(themeKey));
      expect(keys.size).to.equal(5);

      const names = profile.projects!.map((project) => project.name);
      expect(names.map(themeKey)).to.have.members([...keys]);
      const onlyOlder = olderThemes.filter((title) => !newerThemes.some((newerTitle) => themeKey(newerTitle) === themeKey(title)));
      expect(names).to.have.members([...newerThemes, ...onlyOlder]);
    });

    it('publications: the 4 titles of both versions, all selected', () => {
      const titles = new Set(citations.map(citationTitle));
      expect(pageSection(newer, 'Selected Publications')).to.have.length(4);
      expect(pageSection(older, 'Publications')).to.have.length(3);
      expect(titles.size).to.equal(4);
      expect(profile.publications!.map((publication) => publication.title)).to.have.members([...titles]);
      expect(profile.publications!.every((publication) => publication.selected === true)).to.be.true;
    });

    it('publications: authors starred for equal contribution are marked, and no others', () => {
      for (const citation of citations) {
        const starred = [...citation.matchAll(/([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)\*/g)].map((match) => match[1]!.split(' ').pop()!);
        expect(equalFamilies(publicationTitled(citationTitle(citation)!))).to.deep.equal(starred);
      }
      expect(equalFamilies(publicationTitled('ZeRO++: Extremely Efficient Collective Communication for Large Model Training'))).to.deep.equal(['Qin', 'Wang']);
    });

    it('publications: [Slides] is on the two papers that print it', () => {
      const withSlides = new Set<string>();
      for (const citation of citations) {
        const publication = publicationTitled(citationTitle(citation)!);
        const hasSlides = publication.links?.some((link) => link.kind === 'slides') ?? false;
        expect(hasSlides, publication.id as string).to.equal(citation.includes('[Slides]'));
        if (hasSlides) withSlides.add(publication.id as string);
      }
      expect([...withSlides]).to.have.members(['qin2021simigrad', 'qin2019swift']);
    });

    it('publications: printed acceptance rates and impact factor are there', () => {
      for (const citation of citations) {
        const publication = publicationTitled(citationTitle(citation)!);
        expect(publication.acceptanceRate, publication.id as string).to.equal(/\(Acceptance rate: ([^)]*)\)/.exec(citation)?.[1]);
        const impact = /\(Impact factor: ([^)]*)\)/.exec(citation)?.[1];
        expect(publication.impactFactor === undefined ? undefined : String(publication.impactFactor), publication.id as string).to.equal(impact);
      }
      expect(publicationTitled('SimiGrad: Fine-Grained Adaptive Batching for Large Scale Training using Gradient Similarity Measurement').acceptanceRate).to.equal('2371/9122=26%');
      expect(publicationStats(profile)).to.deep.equal({ count: 4, firstYear: 2019, latestYear: 2023 });
    });

    it('personal interests: the newer paragraph and the two older ones', () => {
      const newerParagraphs = pageSection(newer, 'Personal Interests');
      const olderParagraphs = pageSection(older, 'Personal Interests');
      expect(newerParagraphs.length + olderParagraphs.length).to.equal(3);
      // The profile corrects one spelling slip of the older version ('partcipate').
      const expected = [...newerParagraphs, ...olderParagraphs].map((paragraph) => paragraph.replace('partcipate', 'participate'));
      expect(profile.basics.personalInterests).to.deep.equal(expected);
    });

    it('the newer Azure OpenAI role stands as current', () => {
      // 000: "Senior Researcher · Microsoft Azure OpenAI · …" and "June 2024 - Present".
      expect(newer).to.contain('Senior Researcher · Microsoft Azure OpenAI');
      expect(currentAffiliation(profile)).to.include({ organization: 'Microsoft', department: 'Azure OpenAI', role: 'Senior Researcher' });
      expect(headline(profile)).to.equal('Senior Researcher');
      const ongoing = profile.work!.filter((work) => work.ongoing);
      expect(ongoing.map((work) => [work.position, work.team, work.startDate])).to.deep.equal([['Senior Researcher', 'Azure OpenAI', '2024-06']]);
      // 001's "Researcher … January 2023 - Present" ended when the new role began (000: "October 2020 - June 2024").
      const researcher = profile.work!.find((work) => work.position === 'Researcher')!;
      expect(researcher.ongoing).to.not.equal(true);
      expect(researcher.endDate).to.equal('2024-06');
    });
  });

  // ---------------------------------------------------------------------------------------------------------------
  for (const [name, seed, expected] of [
    ['yuxiong-he', '003_c744249fae11127d.txt', 15],
    ['samyam-rajbhandari', '004_32e997460ca84bdf.txt', 7],
  ] as const) {
    describe(`${name}.json against its aggregator page (seed ${seed.slice(0, 3)})`, () => {
      interface Work {
        year: number;
        title: string;
        abstract: string;
      }

      /** Each work is a line "preprint<year>arXiv", then its title line, then its abstract line. */
      function aggregatorWorks(text: string): Work[] {
        const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
        const works: Work[] = [];
        lines.forEach((line, index) => {
          const header = /^preprint(\d{4})arXiv$/.exec(line);
          if (header) works.push({ year: Number(header[1]), title: lines[index + 1]!, abstract: lines[index + 2]! });
        });
        return works;
      }

      let profile: Profile;
      let page: string;
      let works: Work[];

      before(async () => {
        [profile, page] = await Promise.all([loadProfile(name), loadSeed(seed)]);
        works = aggregatorWorks(page);
      });

      it(`publications: the ${expected} works the page says it has`, () => {
        const stated = Number(/(\d+) published item\(s\)/.exec(page)![1]);
        expect(stated).to.equal(expected);
        expect(works).to.have.length(stated);
        expect(profile.publications).to.have.length(works.length);
      });

      it('publications: every title, as printed, as a preprint of the printed year, with the full abstract', () => {
        for (const work of works) {
          const publication = profile.publications!.find((candidate) => candidate.title === work.title);
          expect(publication, `"${work.title}"`).to.exist;
          expect(publication!.category, work.title).to.equal('preprint');
          expect(publication!.issued?.['date-parts']?.[0]?.[0], work.title).to.equal(work.year);
          expect(publication!.abstract, work.title).to.equal(work.abstract);
        }
      });
    });
  }

  it("samyam-rajbhandari's works are all on yuxiong-he's page, with the same ids and abstracts", async () => {
    const [samyam, yuxiong] = await Promise.all([loadProfile('samyam-rajbhandari'), loadProfile('yuxiong-he')]);
    for (const publication of samyam.publications!) {
      const same = yuxiong.publications!.find((candidate) => candidate.title === publication.title);
      expect(same, publication.title).to.exist;
      expect(same!.id).to.equal(publication.id);
      expect(same!.abstract).to.equal(publication.abstract);
    }
  });
});
