/**
 * Generated data for the benchmark, deterministic for a given size so every run and every renderer sees the same
 * data: realistic CSL-JSON items (3–12 authors with accented and particle names, conference / journal / preprint /
 * workshop venues with volume, pages and DOI, years 1995–2025, keywords, some abstracts, awards and links), a profile
 * holding them, the same items as a .bib file, and a profile with a long career for <timeline-view>.
 *
 * bench/run.mjs loads this module in Node (through Vite) and writes the files into bench/dist/data/ (see
 * `benchFiles`), which the benchmark page fetches from the bench's own server.
 */
import type { CslName, Profile, Publication, PublicationCategory, Work } from '../src/model/types.js';

// prettier-ignore
const GIVEN = [
  'Wei', 'Ana', 'Luca', 'Priya', 'Jonas', 'Mei', 'Omar', 'Sofia', 'Kenji', 'Amara', 'Élodie', 'Søren', 'Zoë', 'Rafał',
  'Minh', 'Carlos', 'Ingrid', 'Tariq', 'Yuki', 'Fatima', 'Mateo', 'Aisha', 'Björn', 'Chloé', 'Dmitri', 'Hana', 'Ravi',
  'Laura', 'Kwame', 'Jiří', 'Seo-yeon', 'Tomás', 'Nadia', 'Oliver', 'Leïla', 'Arjun', 'Emma', 'Haruto', 'Zeynep',
];
// prettier-ignore
const FAMILY = [
  'Chen', 'Silva', 'Rossi', 'Patel', 'Berg', 'Wang', 'Haddad', 'García', 'Sato', 'Okafor', 'Lefèvre', 'Jørgensen',
  'Novák', 'Kowalski', 'Tran', 'Müller', 'Kim', 'Nakamura', 'Ivanova', 'Smith', 'Dvořák', 'Öztürk', 'Andersson',
  'Mensah', 'Zhang', 'Kumar', 'Fernández', 'Ahmed', 'Li', 'Johansson', 'Moreau', 'Nguyen', 'Schmidt', 'Costa', 'Liu',
];
/** Names with particles, as CSL-JSON writes them. */
// prettier-ignore
const PARTICLE_NAMES: CslName[] = [
  { given: 'Ludwig', family: 'Beethoven', 'non-dropping-particle': 'van' },
  { given: 'Maria', family: 'Silva', 'non-dropping-particle': 'da' },
  { given: 'Jan', family: 'Berg', 'non-dropping-particle': 'van den' },
  { given: 'Anne', family: 'Marais', 'non-dropping-particle': 'de' },
];
// prettier-ignore
const METHODS = [
  'Sparse Attention', 'Mixture-of-Experts', 'Low-Bit Quantization', 'Pipeline Parallelism', 'Graph Neural Networks',
  'Federated Learning', 'Retrieval Augmentation', 'Speculative Decoding', 'Memory Offloading', 'Low-Rank Adaptation',
  'Knowledge Distillation', 'Gradient Compression', 'Neural Architecture Search', 'Contrastive Pre-training',
  'Approximate Nearest Neighbour Search', 'Activation Checkpointing', 'Structured Pruning', 'Curriculum Learning',
];
// prettier-ignore
const TASKS = [
  'Large Language Models', 'Recommendation', 'Speech Recognition', 'Protein Folding', 'Image Classification',
  'Machine Translation', 'Code Generation', 'Time-Series Forecasting', 'Autonomous Driving', 'Edge Devices',
  'Vector Databases', 'Scientific Simulation', 'Question Answering', 'Video Understanding',
];
// prettier-ignore
const FRAMES = [
  '{m} for {t}', 'Scaling {m} to Trillion-Parameter {t}', 'Revisiting {m} in {t}', 'Efficient {t} with {m}',
  '{m} at Scale: Lessons from {t}', 'On the Limits of {m} for {t}', 'Towards Practical {m} for {t}',
  '{m} Without Retraining: A Study on {t}', 'Fast and Accurate {t} through {m}', 'When Does {m} Help {t}?',
];

interface Venue {
  type: string;
  category: PublicationCategory;
  name: string;
  short: string;
  publisher?: string;
}

// prettier-ignore
const VENUES: Venue[] = [
  { type: 'paper-conference', category: 'conference', name: 'Advances in Neural Information Processing Systems', short: 'NeurIPS' },
  { type: 'paper-conference', category: 'conference', name: 'Proceedings of the International Conference on Machine Learning', short: 'ICML' },
  { type: 'paper-conference', category: 'conference', name: 'International Conference on Learning Representations', short: 'ICLR' },
  { type: 'paper-conference', category: 'conference', name: 'USENIX Symposium on Operating Systems Design and Implementation', short: 'OSDI', publisher: 'USENIX Association' },
  { type: 'paper-conference', category: 'conference', name: 'Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis', short: 'SC', publisher: 'IEEE' },
  { type: 'paper-conference', category: 'conference', name: 'Proceedings of the Annual Meeting of the Association for Computational Linguistics', short: 'ACL', publisher: 'Association for Computational Linguistics' },
  { type: 'paper-conference', category: 'conference', name: 'Proceedings of the ACM Web Conference', short: 'WWW', publisher: 'ACM' },
  { type: 'article-journal', category: 'journal', name: 'Journal of Machine Learning Research', short: 'JMLR' },
  { type: 'article-journal', category: 'journal', name: 'IEEE Transactions on Parallel and Distributed Systems', short: 'TPDS', publisher: 'IEEE' },
  { type: 'article-journal', category: 'journal', name: 'Transactions on Machine Learning Research', short: 'TMLR' },
  { type: 'article-journal', category: 'journal', name: 'Nature Machine Intelligence', short: 'Nat. Mach. Intell.', publisher: 'Springer Nature' },
  { type: 'paper-conference', category: 'workshop', name: 'Workshop on Efficient Systems for Foundation Models', short: 'ES-FoMo' },
  { type: 'article', category: 'preprint', name: 'arXiv', short: 'arXiv' },
];
const KEYWORDS = ['deep learning', 'systems', 'efficiency', 'inference', 'training', 'quantization', 'sparsity', 'distributed', 'nlp', 'vision', 'hpc', 'privacy'];
const AWARDS = ['Best Paper Award', 'Oral', 'Spotlight', 'Distinguished Paper'];

/** A small, fast, seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` CSL-JSON items; the same `count` always gives the same items. */
export function generateItems(count: number): Publication[] {
  const random = prng(0x5c401a4 ^ count);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const items: Publication[] = [];
  for (let index = 0; index < count; index++) {
    const venue = pick(VENUES);
    const year = int(1995, 2025);
    const method = pick(METHODS);
    const task = pick(TASKS);
    const author: CslName[] = [];
    const authorCount = int(3, 12);
    for (let a = 0; a < authorCount; a++) {
      author.push(random() < 0.04 ? { ...pick(PARTICLE_NAMES) } : { given: pick(GIVEN), family: pick(FAMILY) });
    }
    const first = int(1, 900);
    const item: Publication = {
      id: `pub${index + 1}-${year}`,
      type: venue.type,
      title: pick(FRAMES).replace('{m}', method).replace('{t}', task),
      author,
      issued: { 'date-parts': random() < 0.5 ? [[year, int(1, 12)]] : [[year]] },
      'container-title': venue.name,
      venueShort: `${venue.short} ${year}`,
      category: venue.category,
      keywords: [pick(KEYWORDS), pick(KEYWORDS)].filter((keyword, position, list) => list.indexOf(keyword) === position),
    };
    if (venue.publisher) item.publisher = venue.publisher;
    if (venue.category === 'journal') {
      item.volume = String(int(1, 40));
      item.issue = String(int(1, 12));
    }
    if (venue.category !== 'preprint') item.page = `${first}–${first + int(8, 20)}`;
    if (venue.category === 'preprint') item.number = `${String(year % 100).padStart(2, '0')}${String(int(1, 12)).padStart(2, '0')}.${String(int(1, 99999)).padStart(5, '0')}`;
    if (random() < 0.6) item.DOI = `10.5555/bench.${year}.${index + 1}`;
    if (random() < 0.3) {
      item.abstract = `We study ${method.toLowerCase()} for ${task.toLowerCase()} and show that a simple recipe matches more complex methods at a fraction of the cost.`;
    }
    if (random() < 0.4)
      item.links = [{ kind: 'pdf', url: `https://example.org/papers/${item.id}.pdf` }, ...(random() < 0.5 ? [{ kind: 'code', url: `https://github.com/example/${item.id}` }] : [])];
    if (random() < 0.03) item.awards = [pick(AWARDS)];
    if (random() < 0.05) item.selected = true;
    items.push(item);
  }
  return items;
}

/** A profile whose publications are `generateItems(count)`; its owner's name is one the generated authors use. */
export function generateProfile(count: number): Profile {
  return {
    version: '1',
    basics: { name: 'Ana Silva', nameVariants: ['A. Silva'], label: 'Professor' },
    publications: generateItems(count),
  };
}

/** LaTeX-safe text for a BibTeX value in braces (the generated data has no braces or backslashes of its own). */
const bibValue = (text: string) => text.replace(/([&%$#_])/g, '\\$1');
const bibName = (name: CslName) =>
  name.literal ? `{${name.literal}}` : [name['non-dropping-particle'], name.family].filter(Boolean).join(' ') + (name.given ? `, ${name.given}` : '');
const BIB_TYPES: Record<string, string> = { 'paper-conference': 'inproceedings', 'article-journal': 'article', article: 'misc' };

/** The items as one .bib file (UTF-8, one entry per item, the fields a BibTeX file of a real CV has). */
export function generateBibtex(items: readonly Publication[]): string {
  return items
    .map((item) => {
      const type = BIB_TYPES[item.type ?? ''] ?? 'misc';
      const [year, month] = item.issued?.['date-parts']?.[0] ?? [];
      const fields: [string, unknown][] = [
        ['title', item.title],
        ['author', (item.author ?? []).map(bibName).join(' and ')],
        [type === 'article' ? 'journal' : type === 'inproceedings' ? 'booktitle' : 'howpublished', item['container-title']],
        ['year', year],
        ['month', month],
        ['volume', item.volume],
        ['number', item.issue ?? item.number],
        ['pages', item.page === undefined ? undefined : String(item.page).replace('–', '--')],
        ['publisher', item.publisher],
        ['doi', item.DOI],
        ['keywords', item.keywords?.join(', ')],
        ['abstract', item.abstract],
        ['pdf', item.links?.find((link) => link.kind === 'pdf')?.url],
      ];
      const body = fields
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([name, value]) => `  ${name} = {${bibValue(String(value))}}`)
        .join(',\n');
      return `@${type}{${item.id},\n${body}\n}\n`;
    })
    .join('\n');
}

// prettier-ignore
const POSITIONS = ['Research Scientist', 'Postdoctoral Fellow', 'Visiting Researcher', 'Software Engineer', 'Lecturer', 'Research Intern', 'Principal Investigator', 'Consultant'];
// prettier-ignore
const ORGANIZATIONS = ['Microsoft', 'ETH Zürich', 'University of Tokyo', 'Max Planck Institute', 'Inria', 'Google', 'KAIST', 'University of Cape Town', 'CERN', 'Universidade de São Paulo'];

/** A profile with `count` work entries (1–48 months each, 1950–2025, a few ongoing): a stress test for <timeline-view>. */
export function generateTimelineProfile(count: number): Profile {
  const random = prng(0x71e11e ^ count);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const month = (months: number) => `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  const work: Work[] = [];
  for (let index = 0; index < count; index++) {
    const start = int(1950 * 12, 2024 * 12);
    const entry: Work = {
      position: POSITIONS[int(0, POSITIONS.length - 1)]!,
      organization: ORGANIZATIONS[int(0, ORGANIZATIONS.length - 1)]!,
      kind: 'job',
      startDate: month(start),
    };
    if (random() < 0.01) entry.ongoing = true;
    else entry.endDate = month(Math.min(start + int(1, 48), 2025 * 12 + 11));
    if (random() < 0.3) entry.summary = `Worked on project ${index + 1}.`;
    work.push(entry);
  }
  return { version: '1', basics: { name: 'Ana Silva' }, work };
}

/** The benchmark's data files for these sizes, as name → text (bench/run.mjs writes them into bench/dist/data/). */
export function benchFiles({ profiles = [], bibs = [], timelines = [] }: { profiles?: number[]; bibs?: number[]; timelines?: number[] }): Record<string, string> {
  const files: Record<string, string> = {};
  for (const size of profiles) files[`profile-${size}.json`] = JSON.stringify(generateProfile(size));
  for (const size of bibs) files[`publications-${size}.bib`] = generateBibtex(generateItems(size));
  for (const size of timelines) files[`timeline-${size}.json`] = JSON.stringify(generateTimelineProfile(size));
  return files;
}
