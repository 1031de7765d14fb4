import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import '../../../src/components/lab-directory/lab-directory.js';
import '../../../src/components/pub-list/pub-list.js';
import '../../../src/components/timeline-view/timeline-view.js';
import type { Lab } from '../../../src/model/lab.js';
import type { Profile } from '../../../src/model/types.js';
import systemsGroup from './systems-group.lab.json' with { type: 'json' };
import { NEVER_ANSWERS, NOT_FOUND, stubNeverAnswers, stubNotFound } from '../../support/fetch-stubs.js';

/** Story args are the element's attributes (as in HTML) plus the `lab` property. */
interface LabArgs {
  lab?: Lab;
  src?: string;
  variant?: 'compact' | 'full';
  theme?: 'light' | 'dark';
  'heading-level'?: number;
  'hide-header'?: boolean;
  'show-collaborations'?: boolean;
  /** The element's language (else the page's: the toolbar's Language). */
  lang?: string;
  /** Given in code, not in the panel. */
  profiles?: Profile[];
  /** A deprecated name, listed in the docs table: `hide-header` has the control. */
  'no-header'?: never;
  /** Listed in the docs table, but set by the element: no control. */
  state?: never;
  problems?: never;
}

/**
 * The four seed researchers as one lab. The lab is given as the `lab` property, so its profile URLs
 * (`profiles/<name>.json`) resolve against the page, where Storybook serves demo/profiles/ (see .storybook/main.ts);
 * a site would write `<lab-directory src="lab.json">` and the URLs would resolve against the lab file (demo/lab.html).
 */
const SYSTEMS_GROUP = systemsGroup as unknown as Lab;

/** A lab with an embedded profile, a member's role and title, and a group name that is not one of the usual four. */
const ENGINES_LAB: Lab = {
  name: 'Analytical engines lab',
  description: ['A made-up lab, to show what a lab file can say.', 'Its first member is embedded in the lab file; the second is fetched.'],
  members: {
    faculty: [
      {
        role: 'Lab director',
        title: 'Professor of Engines',
        profile: {
          basics: {
            name: 'Ada Lovelace',
            affiliations: [{ organization: 'Analytical Society', department: 'Engines' }],
            profiles: [{ network: 'ORCID', url: 'https://orcid.org/0000-0000-0000-0000' }],
          },
        },
      },
    ],
    'visiting-scholars': [{ profile: 'profiles/heyang-qin.json', role: 'Visiting researcher' }],
  },
};

/*
 * scripts/check-stories.mjs opens every story in Chromium and expects each scholar element in it to end in state
 * `ready`.
 */
const meta = {
  title: 'Components/lab-directory',
  component: 'lab-directory',
  render: (args) => html`<lab-directory
    .lab=${args.lab}
    src=${ifDefined(args.src)}
    variant=${ifDefined(args.variant)}
    theme=${ifDefined(args.theme)}
    heading-level=${ifDefined(args['heading-level'])}
    .profiles=${args.profiles}
    ?hide-header=${args['hide-header']}
    ?show-collaborations=${args['show-collaborations']}
    lang=${ifDefined(args.lang)}
    @scholar-load=${action('scholar-load')}
    @scholar-error=${action('scholar-error')}
  ></lab-directory>`,
  args: {
    lab: SYSTEMS_GROUP,
    variant: 'compact',
    'heading-level': 2,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'hide-header': { control: 'boolean' },
    'show-collaborations': { control: 'boolean' },
    'no-header': { control: false },
    profiles: { control: false },
    // Set by the element, not by the page.
    state: { control: false },
    problems: { control: false },
  },
} satisfies Meta<LabArgs>;

export default meta;
type Story = StoryObj<LabArgs>;

// --- The directory ----------------------------------------------------------------------------------------------

/** The Systems group: name and description, then one section per role group with a count and compact cards. */
export const Directory: Story = {
  name: 'Lab directory',
};

/** Whole cards: bio, interests and key numbers for every member. */
export const FullCards: Story = {
  name: 'Lab directory, full cards',
  args: { variant: 'full' },
};

/** For a page that has the lab's name in its own header: the groups only. */
export const NoHeader: Story = {
  name: 'Lab directory without its header',
  args: { 'hide-header': true, 'heading-level': 3 },
};

/**
 * `show-collaborations`: after the groups, how many works each pair of members wrote together, read from their own
 * publication lists (DeepSpeed papers list three or four of them).
 */
export const Collaborations: Story = {
  name: 'Who publishes with whom',
  args: { 'show-collaborations': true, 'hide-header': true },
};

/** An embedded profile, a role and a title override, and a group named by its key ("visiting-scholars"). */
export const EmbeddedAndRoles: Story = {
  name: 'Embedded profile, roles and titles',
  args: { lab: ENGINES_LAB },
};

/** Profiles given as the `profiles` property, without a lab: one group, "Members", in the order given. */
export const Profiles: Story = {
  name: 'Profiles without a lab',
  args: {
    lab: undefined,
    profiles: [
      { basics: { name: 'Ada Lovelace', label: 'Analyst of engines', researchInterests: ['Computing'] } },
      { basics: { name: 'Charles Babbage', label: 'Engine designer', affiliations: [{ organization: 'Analytical Society' }] } },
    ],
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #0d1117; padding: 1.5rem;">${story()}</div>`],
};

// --- The same lab in the list elements --------------------------------------------------------------------------

/**
 * `<pub-list>` given the lab: one merged list of every member's publications. Shared works appear once with their
 * other versions (DeepSpeed-MoE at ICML 2022 and as an arXiv preprint, in three of the profiles), and every member's
 * name is emphasised.
 */
export const LabPublications: Story = {
  name: 'Lab publication list',
  render: (args) => html`<pub-list .lab=${args.lab} theme=${ifDefined(args.theme)} heading-level="3"
    @scholar-load=${action('scholar-load')} @scholar-error=${action('scholar-error')}></pub-list>`,
};

/** `<timeline-view>` given the lab: one labelled band per member, in the lab's order. */
export const LabTimeline: Story = {
  name: 'Lab timeline',
  render: (args) => html`<timeline-view .lab=${args.lab} theme=${ifDefined(args.theme)} kinds="experience, education, teaching, publications"
    heading-level="3" @scholar-load=${action('scholar-load')} @scholar-error=${action('scholar-error')}></timeline-view>`,
};

// --- Loading, narrow, empty and failure --------------------------------------------------------------------------

/** While the lab file is on its way (for this story, `fetch` answers with a request that never settles). */
export const Loading: Story = {
  tags: ['expect-state-loading'],
  args: { lab: undefined, src: NEVER_ANSWERS },
  beforeEach: stubNeverAnswers,
};

/** A narrow container: the grid becomes one column. */
export const Narrow: Story = {
  name: 'Narrow container (360px)',
  decorators: [(story) => html`<div style="max-width: 360px">${story()}</div>`],
};

/** A lab with one member, embedded, with nothing but a name. */
export const Minimal: Story = {
  name: 'Minimal (one member, name only)',
  args: { lab: { name: 'Small lab', members: { faculty: [{ profile: { basics: { name: 'Ada Lovelace' } } }] } } as unknown as Lab },
};

/** `src` points at a file the server does not have (HTTP 404; for this story `fetch` answers it). */
export const NotFound: Story = {
  name: 'Error: file not found (404)',
  tags: ['expect-state-error'],
  args: { lab: undefined, src: NOT_FOUND },
  beforeEach: stubNotFound,
};

/** The directory in German, with who publishes with whom: headings, links and the table in the reader's language. */
export const InGerman: Story = {
  name: 'In German (lang="de")',
  args: { lang: 'de', 'show-collaborations': true },
};

/** The directory in Japanese. */
export const InJapanese: Story = {
  name: 'In Japanese (lang="ja")',
  args: { lang: 'ja', 'show-collaborations': true },
};

/** The directory in Arabic (its text; right-to-left layout is still to come). */
export const InArabic: Story = {
  name: 'In Arabic (lang="ar")',
  args: { lang: 'ar', 'show-collaborations': true },
};
