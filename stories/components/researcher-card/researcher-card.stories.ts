import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import yuxiongHe from '../../../demo/profiles/yuxiong-he.json' with { type: 'json' };
import everySection from '../researcher-profile/every-section.profile.json' with { type: 'json' };
import '../../../src/components/researcher-card/researcher-card.js';
import type { Profile } from '../../../src/model/types.js';
import { NEVER_ANSWERS, stubNeverAnswers } from '../../support/fetch-stubs.js';

/** Story args are the element's attributes (as in HTML) plus the `profile` property. */
interface CardArgs {
  src?: string;
  profile?: Profile;
  variant?: 'full' | 'compact';
  theme?: 'light' | 'dark';
  'heading-level'?: number;
  timeout?: number;
  'hide-bio'?: boolean;
  /** The element's language (else the page's: the toolbar's Language). */
  lang?: string;
  /** A deprecated name, listed in the docs table: `hide-bio` has the control. */
  'no-bio'?: never;
  /** Listed in the docs table, but set by the element: no control. */
  state?: never;
  problems?: never;
}

/**
 * Seed profiles are served by Storybook from demo/profiles/ at `profiles/` (see .storybook/main.ts). The URLs are
 * relative, as a page would write them, so they also work when Storybook is deployed below a sub-path.
 */
const seed = (name: string) => `profiles/${name}.json`;

/** A URL that the Loading story answers with a request that never settles (see its `beforeEach`). */

/*
 * scripts/check-stories.mjs opens every story in Chromium and expects each scholar element in it to end in state
 * `ready`; a story tagged `expect-state-error` or `expect-state-loading` expects that state instead.
 */
const meta = {
  title: 'Components/researcher-card',
  component: 'researcher-card',
  render: (args) => html`<researcher-card
    src=${ifDefined(args.src)}
    .profile=${args.profile}
    variant=${ifDefined(args.variant)}
    theme=${ifDefined(args.theme)}
    heading-level=${ifDefined(args['heading-level'])}
    timeout=${ifDefined(args.timeout)}
    ?hide-bio=${args['hide-bio']}
    lang=${ifDefined(args.lang)}
    @scholar-load=${action('scholar-load')}
    @scholar-error=${action('scholar-error')}
  ></researcher-card>`,
  args: {
    variant: 'full',
    'heading-level': 2,
  },
  argTypes: {
    // Variant and theme get their choices from the manifest's types; the level is a bounded number.
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'hide-bio': { control: 'boolean' },
    'no-bio': { control: false },
    // Set by the element, not by the page.
    state: { control: false },
    problems: { control: false },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

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

/** The same data given as an object through the `profile` property (no request). */
export const ProfileProperty: Story = {
  name: 'Profile given as a property',
  args: { profile: yuxiongHe as unknown as Profile },
};

/**
 * A profile with citation metrics (`metrics`, as `scholar-elements enrich --openalex` writes them): citations,
 * h-index and i10-index after the publications, with their source and the day they were read, and citations per year.
 */
export const CitationMetrics: Story = {
  name: 'With citation metrics',
  args: {
    // A made-up researcher: the numbers are an example, not anyone's record.
    profile: {
      basics: { name: 'Ada Lovelace', label: 'Analyst of engines', affiliations: [{ organization: 'Analytical Society' }] },
      publications: [{ id: 'notes', type: 'article-journal', title: 'Notes on the Analytical Engine', issued: { 'date-parts': [[1843]] } }],
      metrics: {
        citations: 3010,
        hIndex: 4,
        i10Index: 4,
        source: 'OpenAlex',
        retrieved: '2026-11-29',
        countsByYear: [
          { year: 2020, citations: 120 },
          { year: 2021, citations: 410 },
          { year: 2022, citations: 690 },
          { year: 2023, citations: 820 },
          { year: 2024, citations: 610 },
          { year: 2025, citations: 360 },
        ],
      },
    },
  },
};

/**
 * Every contact field: emails, phone, homepage, the whole location, current and former affiliations, and profiles
 * given by username only — ORCID, Google Scholar, GitHub, Bluesky and Semantic Scholar links are built from it.
 */
export const EveryContactField: Story = {
  name: 'Every contact field',
  args: { profile: everySection as unknown as Profile },
};

/** One profile on every network with an icon, each given by its username only. */
const NETWORKS: Profile = {
  basics: {
    name: 'Ada Lovelace',
    profiles: [
      { network: 'ORCID', username: '0000-0002-1825-0097' },
      { network: 'Google Scholar', username: 'AbCdEfGhIjKl' },
      { network: 'Semantic Scholar', username: '1741101' },
      { network: 'DBLP', username: 'l/AdaLovelace' },
      { network: 'ResearchGate', username: 'Ada_Lovelace' },
      { network: 'GitHub', username: 'ada-l' },
      { network: 'GitLab', username: 'ada-l' },
      { network: 'Hugging Face', username: 'ada-l' },
      { network: 'LinkedIn', username: 'ada-lovelace' },
      { network: 'X', username: 'ada_engines' },
      { network: 'Mastodon', username: '@ada@mathstodon.xyz' },
      { network: 'Bluesky', username: 'ada.bsky.social' },
      { network: 'Letterboxd', username: 'adafilms' },
    ],
  },
};

/**
 * Profiles given by username: the address is built where the network fixes its form; a network without one (here
 * Letterboxd) shows its name and the username as text.
 */
export const ProfileNetworks: Story = {
  name: 'Profile networks by username',
  args: { profile: NETWORKS },
};

/** The same profiles as icons only, in the compact variant. */
export const ProfileNetworksCompact: Story = {
  name: 'Profile networks, compact',
  args: { profile: NETWORKS, variant: 'compact' },
};

// --- Variants and themes -----------------------------------------------------------------------------------------

export const Compact: Story = {
  args: { src: seed('heyang-qin'), variant: 'compact' },
};

/** A profile with nothing but a name. */
export const Minimal: Story = {
  name: 'Minimal (name only)',
  args: { profile: { basics: { name: 'Ada Lovelace' } } },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { src: seed('samyam-rajbhandari'), theme: 'dark' },
  decorators: [(story) => html`<div style="background: #0d1117; padding: 1.5rem;">${story()}</div>`],
};

/** A narrow container (a sidebar, a phone). */
export const Narrow: Story = {
  name: 'Narrow container (240px)',
  args: { src: seed('minjia-zhang') },
  decorators: [(story) => html`<div style="max-width: 240px">${story()}</div>`],
};

/**
 * A wide container (48em and more: a person page's header, a card alone across a page): the photo, name and
 * affiliation at the start, links, interests and numbers at the end, instead of one column and empty space.
 */
export const Wide: Story = {
  name: 'Wide container (two columns)',
  args: { src: seed('minjia-zhang'), 'hide-bio': true },
  decorators: [(story) => html`<div style="max-width: 1100px">${story()}</div>`],
};

/**
 * Cards in a grid that stretches its items (`align-items: stretch`, the default): each card fills its cell, so a row's
 * cards are as tall as each other, their key numbers along the foot.
 */
export const EqualHeights: Story = {
  name: 'In a grid (equal heights)',
  render: () => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));">
    ${['minjia-zhang', 'heyang-qin', 'yuxiong-he'].map((name) => html`<researcher-card src=${seed(name)} heading-level="2"></researcher-card>`)}
  </div>`,
};

// --- Loading and failure -----------------------------------------------------------------------------------------

/**
 * While the data is on its way. For this story only, `fetch` answers `profiles/never-answers.json` with a request
 * that never settles (it rejects only when the element gives up on it); the real `fetch` is back when the story
 * unmounts.
 */
export const Loading: Story = {
  tags: ['expect-state-loading'],
  args: { src: NEVER_ANSWERS },
  beforeEach: stubNeverAnswers,
};

/**
 * The server takes the request and never answers: after `timeout` seconds (1 here; 30 by default) the element gives
 * up, says so, and offers to try again (`part="retry"`).
 */
export const TimedOut: Story = {
  name: 'Error: the server does not answer (timeout)',
  tags: ['expect-state-error'],
  args: { src: NEVER_ANSWERS, timeout: 1 },
  beforeEach: stubNeverAnswers,
};

/** `src` points at a file the server does not have (HTTP 404). */
export const NotFound: Story = {
  name: 'Error: file not found',
  tags: ['expect-state-error'],
  args: { src: 'profiles/does-not-exist.json' },
};

/** The data is JSON, but not a usable profile: `basics` has no `name`. */
export const InvalidProfile: Story = {
  name: 'Error: not a usable profile',
  tags: ['expect-state-error'],
  args: {
    profile: { basics: { label: 'Researcher without a name' } } as unknown as Profile,
  },
};

/** Some entries break the schema: the rest is shown, and a note lists what was left out and why. */
export const PartlyInvalid: Story = {
  name: 'Some entries left out',
  args: {
    profile: {
      version: '1',
      basics: {
        name: 'Ada Lovelace',
        label: 'Analyst of engines',
        emails: ['ada@example.org'],
        affiliations: [{ organization: 'Analytical Society', department: 'Engines', current: true }, { department: 'An affiliation without an organization' }],
        profiles: [{ network: 'GitHub', url: 'https://github.com/example' }, { url: 'https://example.org/a-profile-without-a-network' }],
        researchInterests: ['Computing', 42, 'Poetical science'],
        bio: ['Wrote the first published program, for an engine that was never built.'],
      },
      publications: [
        { id: 'notes', type: 'article-journal', title: 'Notes on the Analytical Engine', issued: { 'date-parts': [[1843]] } },
        { id: 'untitled', type: 'article-journal' },
      ],
    } as unknown as Profile,
  },
};

/** The card in German: its labels, numbers and dates in the reader's language, the researcher's own text as written. */
export const InGerman: Story = {
  name: 'In German (lang="de")',
  args: { ...CitationMetrics.args, lang: 'de' },
};

/** The card in Japanese. */
export const InJapanese: Story = {
  name: 'In Japanese (lang="ja")',
  args: { ...CitationMetrics.args, lang: 'ja' },
};

/** The card in Arabic (its text; right-to-left layout is still to come). */
export const InArabic: Story = {
  name: 'In Arabic (lang="ar")',
  args: { ...CitationMetrics.args, lang: 'ar' },
};
