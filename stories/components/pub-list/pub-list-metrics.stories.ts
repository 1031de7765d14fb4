import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import '../../../src/components/pub-list/pub-list.js';
import type { Publication } from '../../../src/model/types.js';
import { openAlexWorks, stubOpenAlex, type KeptAnswer } from '../../support/fetch-stubs.js';

/**
 * Citation counts on a publication list, in every state a reader can meet. A work's count comes from its
 * `metrics.citations` (entered by hand, or written by `scholar-elements enrich --openalex`) and shows as a quiet
 * "Cited by N" whose tooltip names the source and the day it was read; with counts, the sort menu offers "Most cited".
 *
 * `metrics="openalex"` (off by default) makes the reader's browser ask OpenAlex for the counts of the works with a DOI
 * once the list has shown the data's own — 50 DOIs to a request, each answer kept in localStorage for a day. When
 * OpenAlex cannot be reached or refuses, the data's own counts stay and the reader sees nothing wrong.
 *
 * The works are made up, and OpenAlex is answered by a stub of `fetch` (no request leaves the browser).
 */
interface MetricsArgs {
  items?: Publication[];
  metrics?: 'openalex' | '';
  sort?: 'newest' | 'oldest' | 'title' | 'cited';
  'group-by'?: 'year' | 'category' | 'none';
}

/** One made-up work: its data's own count (`own`) and what OpenAlex says (`live`); no `slug` in DOIs: no DOI. */
interface Work {
  slug: string;
  title: string;
  year: number;
  type: Publication['type'];
  venue: string;
  doi: boolean;
  own?: number;
  live?: number;
}

const WORKS: readonly Work[] = [
  { slug: 'notes', title: 'Notes on the Analytical Engine', year: 2021, type: 'article-journal', venue: 'Journal of Engines', doi: true, own: 120, live: 310 },
  {
    slug: 'sketch',
    title: 'A Sketch of the Analytical Engine',
    year: 2019,
    type: 'paper-conference',
    venue: 'Proceedings of the Analytical Society',
    doi: true,
    own: 45,
    live: 980,
  },
  { slug: 'bernoulli', title: 'Bernoulli Numbers by Machine', year: 2023, type: 'paper-conference', venue: 'Symposium on Computing Engines', doi: true, own: 8, live: 12 },
  { slug: 'cards', title: 'Punched Cards beyond the Loom', year: 2022, type: 'article-journal', venue: 'Journal of Engines', doi: true, live: 64 },
  { slug: 'poetical', title: 'Poetical Science', year: 2020, type: 'chapter', venue: 'Essays on Imagination', doi: false, own: 30 },
];

/**
 * Each story's works have DOIs of their own (`10.5555/<story>.<work>`; 10.5555 is a prefix for examples), so that the
 * stories of the docs page, rendered together, do not share kept answers or stubbed responses.
 */
const doiOf = (story: string, work: Work) => `10.5555/${story}.${work.slug}`;

/** The works as a story shows them; `counts`: whose own counts the data has (`partial`: as in WORKS). */
function works(story: string, counts: 'none' | 'partial' | 'all'): Publication[] {
  return WORKS.map((work) => {
    const citations = counts === 'all' ? (work.own ?? 3) : counts === 'partial' ? work.own : undefined;
    return {
      id: work.slug,
      type: work.type,
      title: work.title,
      author: [
        { given: 'Ada', family: 'Lovelace' },
        { given: 'Charles', family: 'Babbage' },
      ],
      'container-title': work.venue,
      issued: { 'date-parts': [[work.year]] },
      ...(work.doi ? { DOI: doiOf(story, work) } : {}),
      ...(citations === undefined ? {} : { metrics: { citations, source: counts === 'all' ? 'OpenAlex' : 'Crossref', retrieved: '2026-06-01' } }),
    };
  });
}

/** What OpenAlex answers for a story's works (a work it does not know is left out of the answer). */
const liveCounts = (story: string) => Object.fromEntries(WORKS.filter((work) => work.doi && work.live !== undefined).map((work) => [doiOf(story, work), work.live!]));

/** Answers kept in localStorage `hoursOld` hours ago, with these counts. */
const keptCounts = (story: string, hoursOld: number, counts: (work: Work) => number): KeptAnswer[] =>
  WORKS.filter((work) => work.doi).map((work) => ({
    key: `doi:${doiOf(story, work)}`,
    hoursOld,
    value: { citations: counts(work), source: 'OpenAlex', retrieved: new Date(Date.now() - hoursOld * 3_600_000).toISOString().slice(0, 10) },
  }));

const about = (story: string) => [`10.5555/${story}.`];

const meta = {
  title: 'Components/pub-list/Citation metrics',
  component: 'pub-list',
  render: (args: MetricsArgs) => html`<pub-list
    .items=${args.items}
    metrics=${ifDefined(args.metrics || undefined)}
    sort=${ifDefined(args.sort)}
    group-by=${ifDefined(args['group-by'])}
    @scholar-load=${action('scholar-load')}
    @scholar-error=${action('scholar-error')}
  ></pub-list>`,
  args: { 'group-by': 'none', sort: 'newest' },
  argTypes: {
    items: { control: false, description: 'The publications (made up for these stories).' },
    metrics: { control: 'inline-radio', options: ['', 'openalex'], description: '`openalex`: read the counts from OpenAlex after showing the data’s own.' },
    sort: { control: 'inline-radio', options: ['newest', 'oldest', 'title', 'cited'], description: 'Sort order; `cited`: most cited first.' },
    'group-by': { control: 'inline-radio', options: ['year', 'category', 'none'], description: 'Group by year, category or nothing.' },
  },
} satisfies Meta<MetricsArgs>;

export default meta;
type Story = StoryObj<MetricsArgs>;

/** No work has a count: no "Cited by", and no "Most cited" in the sort menu. */
export const NoMetrics: Story = {
  name: 'No metrics',
  args: { items: works('none', 'none') },
};

/** Some works have a count in the data, some not: those without show none, and rank last by "Most cited". */
export const Partial: Story = {
  name: 'Partial (some works counted)',
  args: { items: works('partial', 'partial') },
};

/** Every work has a count in the data, as `scholar-elements enrich --openalex` writes them: no request at all. */
export const FromData: Story = {
  name: 'From the data only',
  args: { items: works('data', 'all') },
};

/**
 * `metrics="openalex"`: the data's own counts first, then OpenAlex's, read by DOI in one request (stubbed here). The
 * work without a DOI ("Poetical Science") keeps its own; the tooltips say "OpenAlex" and today's date.
 */
export const Live: Story = {
  name: 'Live from OpenAlex',
  args: { items: works('live', 'partial'), metrics: 'openalex' },
  beforeEach: stubOpenAlex({ about: about('live'), answer: openAlexWorks(liveCounts('live')) }),
};

/** "Most cited" with live counts: the order follows OpenAlex's numbers once they come. */
export const MostCited: Story = {
  name: 'Sorted by "Most cited" (live)',
  args: { items: works('cited', 'partial'), metrics: 'openalex', sort: 'cited' },
  beforeEach: stubOpenAlex({ about: about('cited'), answer: openAlexWorks(liveCounts('cited')) }),
};

/**
 * Counts kept from a visit three hours ago: shown without asking (here OpenAlex could not even be reached, so every
 * "OpenAlex" tooltip comes from localStorage).
 */
export const Cached: Story = {
  name: 'Cached (kept for under a day)',
  args: { items: works('cached', 'partial'), metrics: 'openalex' },
  beforeEach: stubOpenAlex({ about: about('cached'), answer: 'offline', kept: keptCounts('cached', 3, (work) => work.live ?? 0) }),
};

/** Counts kept 30 hours ago are too old: the list asks again and shows today's (the kept ones said 1). */
export const Stale: Story = {
  name: 'Stale (kept for over a day: asks again)',
  args: { items: works('stale', 'partial'), metrics: 'openalex' },
  beforeEach: stubOpenAlex({ about: about('stale'), answer: openAlexWorks(liveCounts('stale')), kept: keptCounts('stale', 30, () => 1) }),
};

/** OpenAlex cannot be reached (offline, or refused by the page's Content-Security-Policy): the data's own counts stay. */
export const Offline: Story = {
  name: 'Offline (the data’s own counts)',
  args: { items: works('offline', 'partial'), metrics: 'openalex' },
  beforeEach: stubOpenAlex({ about: about('offline'), answer: 'offline' }),
};

/** OpenAlex answers 429 Too Many Requests: the data's own counts stay, and nothing is kept (the next visit asks again). */
export const RateLimited: Story = {
  name: 'Rate-limited (429: the data’s own counts)',
  args: { items: works('limited', 'partial'), metrics: 'openalex' },
  beforeEach: stubOpenAlex({ about: about('limited'), answer: 'rate-limited' }),
};
