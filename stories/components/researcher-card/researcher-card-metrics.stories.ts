import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import '../../../src/components/researcher-card/researcher-card.js';
import type { Profile, ProfileMetrics } from '../../../src/model/types.js';
import { stubOpenAlex } from '../../support/fetch-stubs.js';

/**
 * The card's citation metrics in every state a reader can meet. The numbers come from the profile's `metrics`
 * (entered by hand, or written by `scholar-elements enrich --openalex`): citations, h-index and i10-index after the
 * publications, a line naming their source and the day they were read, and citations per year as small bars.
 *
 * `metrics="openalex"` (off by default) makes the reader's browser ask OpenAlex for the researcher's numbers, by the
 * ORCID iD in `basics.profiles`, once the card has shown the data's own; the answer is kept in localStorage for a day.
 * When OpenAlex cannot be reached or refuses, the data's own numbers stay and the reader sees nothing wrong.
 *
 * The researcher is made up (each story has an ORCID iD of its own, from a range ORCID does not issue), and OpenAlex
 * is answered by a stub of `fetch` (no request leaves the browser).
 */
interface MetricsArgs {
  profile?: Profile;
  metrics?: 'openalex' | '';
  variant?: 'full' | 'compact';
}

/** ORCID iDs with a valid check digit, one per story, so that the stories of the docs page keep answers apart. */
const ORCID = {
  live: '0000-0000-0000-9014',
  cached: '0000-0000-0000-9022',
  stale: '0000-0000-0000-9030',
  offline: '0000-0000-0000-9049',
  limited: '0000-0000-0000-9057',
} as const;

/** What the data says, before OpenAlex is asked (read from Crossref some months ago). */
const OWN: ProfileMetrics = { citations: 1520, hIndex: 3, source: 'Crossref', retrieved: '2026-06-01' };

/** OpenAlex's author record for the researcher, as `/authors/orcid:…` answers it. */
const AUTHOR = {
  cited_by_count: 3010,
  summary_stats: { h_index: 4, i10_index: 4 },
  counts_by_year: [
    { year: 2025, cited_by_count: 360 },
    { year: 2024, cited_by_count: 610 },
    { year: 2023, cited_by_count: 820 },
    { year: 2022, cited_by_count: 690 },
    { year: 2021, cited_by_count: 410 },
  ],
};

/** The researcher, with `metrics` as given and, when `orcid` is, an ORCID link (OpenAlex is asked by it). */
function ada(metrics: ProfileMetrics | undefined, orcid?: string): Profile {
  return {
    basics: {
      name: 'Ada Lovelace',
      label: 'Analyst of engines',
      affiliations: [{ organization: 'Analytical Society' }],
      ...(orcid ? { profiles: [{ network: 'ORCID', url: `https://orcid.org/${orcid}` }] } : {}),
    },
    publications: [
      { id: 'notes', type: 'article-journal', title: 'Notes on the Analytical Engine', issued: { 'date-parts': [[2021]] } },
      { id: 'sketch', type: 'paper-conference', title: 'A Sketch of the Analytical Engine', issued: { 'date-parts': [[2019]] } },
    ],
    ...(metrics ? { metrics } : {}),
  };
}

const meta = {
  title: 'Components/researcher-card/Citation metrics',
  component: 'researcher-card',
  render: (args: MetricsArgs) => html`<researcher-card
    .profile=${args.profile}
    metrics=${ifDefined(args.metrics || undefined)}
    variant=${ifDefined(args.variant)}
    @scholar-load=${action('scholar-load')}
    @scholar-error=${action('scholar-error')}
  ></researcher-card>`,
  args: { variant: 'full' },
  argTypes: {
    profile: { control: false, description: 'The profile (made up for these stories).' },
    metrics: { control: 'inline-radio', options: ['', 'openalex'], description: '`openalex`: read the numbers from OpenAlex after showing the data’s own.' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
  },
} satisfies Meta<MetricsArgs>;

export default meta;
type Story = StoryObj<MetricsArgs>;

/** No `metrics` in the profile: the key numbers are the publications and their years only. */
export const NoMetrics: Story = {
  name: 'No metrics',
  args: { profile: ada(undefined) },
};

/** Only some numbers (citations, no h-index or i10-index): only those are shown, with their source. */
export const Partial: Story = {
  name: 'Partial (citations only)',
  args: { profile: ada({ citations: 1520, source: 'Crossref', retrieved: '2026-06-01' }) },
};

/** Every number, and citations per year, from the data (as `scholar-elements enrich --openalex` writes them): no request. */
export const FromData: Story = {
  name: 'From the data only',
  args: {
    profile: ada({
      citations: 3010,
      hIndex: 4,
      i10Index: 4,
      source: 'OpenAlex',
      retrieved: '2026-11-29',
      countsByYear: AUTHOR.counts_by_year.map(({ year, cited_by_count }) => ({ year, citations: cited_by_count })),
    }),
  },
};

/**
 * `metrics="openalex"`: the data's own numbers first (1,520 citations, from Crossref), then OpenAlex's, read by the
 * ORCID iD (stubbed here): 3,010 citations, h-index and i10-index 4, citations per year, "OpenAlex" and today's date.
 */
export const Live: Story = {
  name: 'Live from OpenAlex',
  args: { profile: ada(OWN, ORCID.live), metrics: 'openalex' },
  beforeEach: stubOpenAlex({ about: [ORCID.live], answer: () => AUTHOR }),
};

/**
 * OpenAlex's numbers kept from a visit three hours ago: shown without asking (here OpenAlex could not even be reached,
 * so the numbers come from localStorage).
 */
export const Cached: Story = {
  name: 'Cached (kept for under a day)',
  args: { profile: ada(OWN, ORCID.cached), metrics: 'openalex' },
  beforeEach: stubOpenAlex({
    about: [ORCID.cached],
    answer: 'offline',
    kept: [{ key: `orcid:${ORCID.cached}`, hoursOld: 3, value: { citations: 2990, hIndex: 4, i10Index: 4, source: 'OpenAlex', retrieved: '2026-11-29' } }],
  }),
};

/** Numbers kept 30 hours ago are too old: the card asks again and shows today's (the kept ones said 2,900). */
export const Stale: Story = {
  name: 'Stale (kept for over a day: asks again)',
  args: { profile: ada(OWN, ORCID.stale), metrics: 'openalex' },
  beforeEach: stubOpenAlex({
    about: [ORCID.stale],
    answer: () => AUTHOR,
    kept: [{ key: `orcid:${ORCID.stale}`, hoursOld: 30, value: { citations: 2900, hIndex: 4, source: 'OpenAlex', retrieved: '2026-11-01' } }],
  }),
};

/** OpenAlex cannot be reached (offline, or refused by the page's Content-Security-Policy): the data's own numbers stay. */
export const Offline: Story = {
  name: 'Offline (the data’s own numbers)',
  args: { profile: ada(OWN, ORCID.offline), metrics: 'openalex' },
  beforeEach: stubOpenAlex({ about: [ORCID.offline], answer: 'offline' }),
};

/** OpenAlex answers 429 Too Many Requests: the data's own numbers stay, and nothing is kept (the next visit asks again). */
export const RateLimited: Story = {
  name: 'Rate-limited (429: the data’s own numbers)',
  args: { profile: ada(OWN, ORCID.limited), metrics: 'openalex' },
  beforeEach: stubOpenAlex({ about: [ORCID.limited], answer: 'rate-limited' }),
};
