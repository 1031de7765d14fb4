import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import '../../../src/components/pub-list/pub-list.js';
import type { CslName, Profile, Publication, PublicationCategory } from '../../../src/model/types.js';
import { NEVER_ANSWERS, stubNeverAnswers } from '../../support/fetch-stubs.js';

/** Story args are the element's attributes (as in HTML) plus the `profile`, `profiles` and `items` properties. */
interface PubListArgs {
  src?: string;
  profile?: Profile;
  profiles?: Profile[];
  items?: Publication[];
  'group-by'?: 'year' | 'category' | 'none';
  sort?: 'newest' | 'oldest' | 'title';
  query?: string;
  category?: string;
  'year-from'?: number;
  'year-to'?: number;
  keyword?: string;
  'selected-only'?: boolean;
  limit?: number;
  highlight?: string;
  'max-authors'?: number;
  'heading-level'?: number;
  'hide-controls'?: boolean;
  'hide-chart'?: boolean;
  'sync-url'?: boolean;
  theme?: 'light' | 'dark';
  'hide-structured-data'?: boolean;
  /** The element's language (else the page's: the toolbar's Language). */
  lang?: string;
  /** Listed in the docs table, but set by the element: no control. */
  state?: never;
  problems?: never;
  publications?: never;
  filter?: never;
}

/**
 * Seed profiles are served by Storybook from demo/profiles/ at `profiles/`, and the BibTeX files of these stories
 * from stories/components/pub-list/bib/ at `bib/` (see .storybook/main.ts). The URLs are relative, as a page would
 * write them, so they also work when Storybook is deployed below a sub-path.
 */
const seed = (name: string) => `profiles/${name}.json`;
const bib = (name: string) => `bib/${name}.bib`;

/** Empty text fields become "no attribute", as in HTML, so clearing a control returns the element to its default. */
const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
const number = (value: number | undefined) => (value === undefined || value === null || Number.isNaN(value) ? undefined : value);

const renderList = (args: PubListArgs) => html`<pub-list
  src=${ifDefined(text(args.src))}
  .profile=${args.profile}
  .profiles=${args.profiles}
  .items=${args.items}
  group-by=${ifDefined(args['group-by'])}
  sort=${ifDefined(args.sort)}
  query=${ifDefined(text(args.query))}
  category=${ifDefined(text(args.category))}
  year-from=${ifDefined(number(args['year-from']))}
  year-to=${ifDefined(number(args['year-to']))}
  keyword=${ifDefined(text(args.keyword))}
  ?selected-only=${args['selected-only']}
  limit=${ifDefined(number(args.limit))}
  highlight=${ifDefined(text(args.highlight))}
  max-authors=${ifDefined(number(args['max-authors']))}
  heading-level=${ifDefined(number(args['heading-level']))}
  ?hide-controls=${args['hide-controls']}
  ?hide-chart=${args['hide-chart']}
  ?sync-url=${args['sync-url']}
  theme=${ifDefined(args.theme)}
  ?hide-structured-data=${args['hide-structured-data']}
  lang=${ifDefined(text(args.lang))}
  @scholar-load=${action('scholar-load')}
  @scholar-error=${action('scholar-error')}
></pub-list>`;

/*
 * scripts/check-stories.mjs opens every story in Chromium and expects each scholar element in it to end in state
 * `ready`; a story tagged `expect-state-error` or `expect-state-loading` expects that state instead.
 */
const meta = {
  title: 'Components/pub-list',
  component: 'pub-list',
  render: renderList,
  args: {
    'group-by': 'year',
    sort: 'newest',
    'max-authors': 10,
    'heading-level': 2,
    'hide-controls': false,
    'hide-chart': false,
    'selected-only': false,
    'sync-url': false,
    'hide-structured-data': false,
  },
  // The controls are spelled out here, so they follow the element's attributes even before the manifest lists it.
  argTypes: {
    src: { control: 'text', description: 'URL(s) of the data: profile JSON, BibTeX or CSL-JSON; several separated by spaces are merged.' },
    'group-by': { control: 'inline-radio', options: ['year', 'category', 'none'], description: 'Group by year, category or nothing.' },
    sort: { control: 'inline-radio', options: ['newest', 'oldest', 'title'], description: 'Sort order.' },
    query: { control: 'text', description: 'Free-text search over titles, authors, venues and keywords.' },
    category: { control: 'text', description: 'Only these categories, comma-separated (e.g. "conference, journal").' },
    'year-from': { control: { type: 'number', step: 1 }, description: 'Only publications from this year on.' },
    'year-to': { control: { type: 'number', step: 1 }, description: 'Only publications up to this year.' },
    keyword: { control: 'text', description: 'Only publications with this keyword (several, comma-separated: with all of them).' },
    'selected-only': { control: 'boolean', description: 'Only selected (featured) publications.' },
    limit: { control: { type: 'number', min: 0, step: 1 }, description: 'Show at most this many, with a "Show all" button (0: no limit).' },
    highlight: { control: 'text', description: 'More names to emphasise, comma-separated (e.g. "M. Zhang, Minjia Zhang").' },
    'max-authors': { control: { type: 'number', min: 1, step: 1 }, description: 'Longer author lists collapse to "and N more".' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 }, description: "Heading level (1–6) of the group headings, the list's top-most headings." },
    'hide-controls': { control: 'boolean', description: 'Hide the search box, facets and downloads.' },
    'hide-chart': { control: 'boolean', description: 'Hide the per-year chart.' },
    'sync-url': { control: 'boolean', description: "Keep the filters in the page's URL hash." },
    theme: { control: 'inline-radio', options: ['light', 'dark'], description: "Colour scheme; without it the reader's preference." },
    'hide-structured-data': { control: 'boolean', description: 'Stops the element from adding schema.org JSON-LD (for search engines) to its light DOM.' },
    // Data given as properties: edited in code, not in the panel (a 2,000-item list would not fit in it).
    profile: { control: false },
    profiles: { control: false },
    items: { control: false },
    // Set by the element, not by the page.
    state: { control: false },
    problems: { control: false },
    publications: { control: false },
    filter: { control: false },
  },
} satisfies Meta<PubListArgs>;

export default meta;
type Story = StoryObj<PubListArgs>;

// --- The seed profiles, fetched through `src` ---------------------------------------------------------------

export const HeyangQin: Story = {
  name: 'Heyang Qin (src)',
  args: { src: seed('heyang-qin') },
};

export const MinjiaZhang: Story = {
  name: 'Minjia Zhang (src)',
  args: { src: seed('minjia-zhang') },
};

export const YuxiongHe: Story = {
  name: 'Yuxiong He (src)',
  args: { src: seed('yuxiong-he') },
};

export const SamyamRajbhandari: Story = {
  name: 'Samyam Rajbhandari (src)',
  args: { src: seed('samyam-rajbhandari') },
};

// --- In the reader's language ----------------------------------------------------------------------------------

/** The list in German: its controls, counts, headings, badges and links; the researcher's titles and names as written. */
export const InGerman: Story = {
  name: 'In German (lang="de")',
  args: { src: seed('minjia-zhang'), lang: 'de' },
};

/** The list in Japanese: authors joined with "、", counts as Japanese writes them. */
export const InJapanese: Story = {
  name: 'In Japanese (lang="ja")',
  args: { src: seed('minjia-zhang'), lang: 'ja' },
};

/** The list in Arabic: its words and plural forms (right-to-left layout comes with `dir="rtl"` on the page). */
export const InArabic: Story = {
  name: 'In Arabic (lang="ar")',
  args: { src: seed('minjia-zhang'), lang: 'ar' },
};

// --- Other sources -----------------------------------------------------------------------------------------------

/**
 * A lab's BibTeX file (bib/lab.bib): LaTeX accents, `@string` and month macros, math in titles (`$L_0$`, `R$^3$`,
 * `$\mathcal{O}(\log n)$`) and al-folio's custom fields (`abbr`, `pdf`, `code`, `selected`, `award`). The lab head is
 * emphasised through `highlight`.
 */
export const Bibtex: Story = {
  name: 'BibTeX file',
  args: { src: bib('lab'), highlight: 'Jörg Müller' },
};

/**
 * Three profiles whose publications overlap, merged into one list: a work that appears in several (e.g.
 * DeepSpeed-MoE, an arXiv preprint in one profile and an ICML paper in another) is shown once, with its versions.
 */
export const Merged: Story = {
  name: 'Merged sources (three profiles)',
  args: { src: ['minjia-zhang', 'yuxiong-he', 'samyam-rajbhandari'].map(seed).join(' ') },
};

// --- Grouping and sorting ----------------------------------------------------------------------------------------

export const ByCategory: Story = {
  name: 'Grouped by category',
  args: { src: seed('minjia-zhang'), 'group-by': 'category' },
};

export const ByYear: Story = {
  name: 'Grouped by year, oldest first',
  args: { src: seed('yuxiong-he'), 'group-by': 'year', sort: 'oldest' },
};

export const UngroupedByTitle: Story = {
  name: 'Not grouped, sorted by title',
  args: { src: seed('minjia-zhang'), 'group-by': 'none', sort: 'title' },
};

/** Set by attributes: conference papers from 2020 on, five at first, no chart. */
export const FilteredAndLimited: Story = {
  name: 'Filtered by attributes, limited to 5',
  args: { src: seed('minjia-zhang'), category: 'conference', 'year-from': 2020, limit: 5, 'hide-chart': true },
};

/** A search that matches nothing: the list says so and offers to clear the filters. */
export const EmptyResult: Story = {
  name: 'Empty result (no match)',
  args: { src: seed('yuxiong-he'), query: 'no publication has this phrase' },
};

// --- Failures ----------------------------------------------------------------------------------------------------

/**
 * A BibTeX file with two broken entries (a missing comma, an unclosed brace) among good ones: the good entries are
 * shown, and a note lists the entries left out with their key, line and reason.
 */
export const BrokenFile: Story = {
  name: 'BibTeX with broken entries',
  args: { src: bib('lab-broken') },
};

/** `src` points at a file the server does not have (HTTP 404). */
export const NotFound: Story = {
  name: 'Error: file not found',
  tags: ['expect-state-error'],
  args: { src: bib('does-not-exist') },
};

/** While the data is on its way (for this story, `fetch` answers with a request that never settles). */
export const Loading: Story = {
  tags: ['expect-state-loading'],
  args: { src: NEVER_ANSWERS },
  beforeEach: stubNeverAnswers,
};

/** A profile with a name and no publications: the element says there is nothing to show. */
export const NoPublications: Story = {
  name: 'Empty (no publications)',
  tags: ['expect-state-empty'],
  args: { profile: { basics: { name: 'Ada Lovelace' } } },
};

/** One publication with only the required fields: no badges, links or notes to show. */
export const Minimal: Story = {
  name: 'Minimal (one bare entry)',
  args: { items: [{ id: 'minimal', type: 'article-journal', title: 'Notes on the Analytical Engine' }] },
};

/** A narrow container (a sidebar, a phone): the controls wrap, entries keep their order. */
export const Narrow: Story = {
  name: 'Narrow container (360px)',
  args: { src: seed('heyang-qin') },
  decorators: [(story) => html`<div style="max-width: 360px">${story()}</div>`],
};

// --- Themes ------------------------------------------------------------------------------------------------------

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { src: bib('lab'), theme: 'dark', highlight: 'Jörg Müller' },
  decorators: [(story) => html`<div style="background: #0d1117; padding: 1.5rem;">${story()}</div>`],
};

// --- A long list -------------------------------------------------------------------------------------------------

const GIVEN = ['Wei', 'Ana', 'Luca', 'Priya', 'Jonas', 'Mei', 'Omar', 'Sofia', 'Kenji', 'Amara', 'Élodie', 'Søren', 'Zoë', 'Rafał', 'Nguyễn'];
const FAMILY = ['Chen', 'Silva', 'Rossi', 'Patel', 'Berg', 'Wang', 'Haddad', 'García', 'Sato', 'Okafor', 'Lefèvre', 'Jørgensen', 'Novák', 'Kowalski', 'Tran'];
const TOPICS = [
  'Sparse Attention',
  'Mixture-of-Experts',
  'Quantization',
  'Pipeline Parallelism',
  'Graph Neural Networks',
  'Federated Learning',
  'Retrieval',
  'Speculative Decoding',
  'Memory Offloading',
  'Low-Rank Adaptation',
];
const FRAMES = [
  'Scaling {t} to Trillion-Parameter Models',
  'Revisiting {t} for Long Contexts',
  '{t} on Commodity Hardware',
  'Efficient {t} with Learned Routing',
  'A Study of {t} at Scale',
];
const VENUES: Array<{ type: string; category: PublicationCategory; name: string; short: string }> = [
  { type: 'paper-conference', category: 'conference', name: 'Advances in Neural Information Processing Systems', short: 'NeurIPS' },
  { type: 'paper-conference', category: 'conference', name: 'International Conference on Machine Learning', short: 'ICML' },
  { type: 'paper-conference', category: 'conference', name: 'USENIX Symposium on Operating Systems Design and Implementation', short: 'OSDI' },
  { type: 'article-journal', category: 'journal', name: 'Journal of Machine Learning Research', short: 'JMLR' },
  { type: 'article-journal', category: 'journal', name: 'IEEE Transactions on Parallel and Distributed Systems', short: 'TPDS' },
  { type: 'paper-conference', category: 'workshop', name: 'Workshop on Efficient Systems for Foundation Models', short: 'ES-FoMo' },
  { type: 'article', category: 'preprint', name: 'arXiv', short: 'arXiv' },
];

/** `count` generated CSL items (deterministic: the same list on every load), 1–14 authors, years 2000–2025. */
function generatedItems(count: number): Publication[] {
  let state = 20240611;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const venue = pick(VENUES);
    const topic = pick(TOPICS);
    const year = 2000 + Math.floor(random() * 26);
    const author: CslName[] = Array.from({ length: 1 + Math.floor(random() * 14) }, () => ({ given: pick(GIVEN), family: pick(FAMILY) }));
    return {
      id: `gen-${index + 1}`,
      type: venue.type,
      title: `${pick(FRAMES).replace('{t}', topic)} (${index + 1})`,
      author,
      issued: { 'date-parts': [[year]] },
      'container-title': venue.name,
      venueShort: `${venue.short} ${year}`,
      category: venue.category,
      keywords: [topic.toLowerCase()],
      ...(index % 17 === 0 ? { selected: true } : {}),
      ...(index % 5 === 0 ? { DOI: `10.5555/generated.${index + 1}` } : {}),
    };
  });
}

let twoThousand: Publication[] | undefined;

/**
 * 2,000 CSL items given through the `items` property: the first entries appear at once and the rest follow in
 * blocks, so the page stays responsive; search and facets work on all of them.
 */
export const TwoThousand: Story = {
  name: '2,000 entries (items property)',
  args: { highlight: 'Wei Chen' },
  render: (args) => renderList({ ...args, items: (twoThousand ??= generatedItems(2000)) }),
};
