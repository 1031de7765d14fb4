import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import heyangQin from '../../../demo/profiles/heyang-qin.json' with { type: 'json' };
import samyamRajbhandari from '../../../demo/profiles/samyam-rajbhandari.json' with { type: 'json' };
import '../../../src/components/timeline-view/timeline-view.js';
import type { Profile } from '../../../src/model/types.js';
import { NEVER_ANSWERS, NOT_FOUND, stubNeverAnswers, stubNotFound } from '../../support/fetch-stubs.js';
import { longAndShort } from './long-and-short.js';

/** Story args are the element's attributes (as in HTML) plus the `profile` / `profiles` properties. */
interface TimelineArgs {
  src?: string;
  profile?: Profile;
  profiles?: Profile[];
  kinds?: string;
  layout?: 'auto' | 'horizontal' | 'vertical';
  breakpoint?: number;
  theme?: 'light' | 'dark';
  'heading-level'?: number;
  /** The element's language (else the page's: the toolbar's Language). */
  lang?: string;
  /** Listed in the docs table, but set by the element: no control. */
  state?: never;
  problems?: never;
  entries?: never;
  currentLayout?: never;
  /** The width of the box the story puts the element in (CSS), to show the layout follow its container. */
  containerWidth?: string;
}

/**
 * Seed profiles are served by Storybook from demo/profiles/ at `profiles/` (see .storybook/main.ts). The URLs are
 * relative, as a page would write them, so they also work when Storybook is deployed below a sub-path.
 */
const seed = (name: string) => `profiles/${name}.json`;
const LAB = ['yuxiong-he', 'minjia-zhang', 'samyam-rajbhandari', 'heyang-qin'].map(seed).join(' ');

/** Puts the story in a box of the given width: the element picks its layout from its own width. */
const inBox = (width: string | undefined, content: TemplateResult) => (width ? html`<div style="width: ${width}; max-width: 100%;">${content}</div>` : content);

/*
 * scripts/check-stories.mjs opens every story in Chromium and expects each scholar element in it to end in state
 * `ready`; a story tagged `expect-state-error`, `expect-state-loading` or `expect-state-empty` expects that state.
 */
const meta = {
  title: 'Components/timeline-view',
  component: 'timeline-view',
  render: (args) =>
    inBox(
      args.containerWidth,
      html`<timeline-view
        src=${ifDefined(args.src)}
        .profile=${args.profile}
        .profiles=${args.profiles}
        kinds=${ifDefined(args.kinds)}
        layout=${ifDefined(args.layout)}
        breakpoint=${ifDefined(args.breakpoint)}
        theme=${ifDefined(args.theme)}
        heading-level=${ifDefined(args['heading-level'])}
        lang=${ifDefined(args.lang)}
        @scholar-load=${action('scholar-load')}
        @scholar-error=${action('scholar-error')}
      ></timeline-view>`,
    ),
  args: {
    layout: 'auto',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    breakpoint: { control: { type: 'number', min: 0, step: 20 } },
    containerWidth: { control: 'text', table: { category: 'story' } },
    // Set by the element, not by the page.
    state: { control: false },
    problems: { control: false },
    entries: { control: false },
    currentLayout: { control: false },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

// --- The seed profiles, fetched through `src` ---------------------------------------------------------------

/** Assistantships beside the internship, the Ph.D. and two courses; a promotion in June 2024. */
export const HeyangQin: Story = {
  name: 'Heyang Qin (src)',
  args: { src: seed('heyang-qin') },
};

/** Nine positions and three degrees: internships beside the Ph.D. and the assistantship, in three lanes. */
export const MinjiaZhang: Story = {
  name: 'Minjia Zhang (src)',
  args: { src: seed('minjia-zhang') },
};

/** Minjia Zhang's whole record: positions, degrees, talks, honors and papers; filter chips zoom the axis. */
export const MinjiaZhangEverything: Story = {
  name: 'Minjia Zhang: every kind',
  args: { src: seed('minjia-zhang'), kinds: 'experience, education, teaching, talks, honors, publications' },
};

/** This profile lists no positions or degrees: its timeline is its publications, by issued date. */
export const YuxiongHe: Story = {
  name: 'Yuxiong He (publications)',
  args: { src: seed('yuxiong-he'), kinds: 'publications' },
};

/** This profile lists no positions or degrees: its timeline is its publications, by issued date. */
export const SamyamRajbhandari: Story = {
  name: 'Samyam Rajbhandari (publications)',
  args: { src: seed('samyam-rajbhandari'), kinds: 'publications' },
};

/** The same data given as an object through the `profile` property (no request). */
export const ProfileProperty: Story = {
  name: 'Profile given as a property',
  args: { profile: heyangQin as unknown as Profile },
};

// --- A lab: several people --------------------------------------------------------------------------------------

/** `src` lists the four profiles: one labelled band per person. Two of them list only publications. */
export const Lab: Story = {
  name: 'Lab timeline of all four',
  args: { src: LAB, kinds: 'experience, education, teaching, publications' },
};

/** Careers only: the two people whose profiles list no positions say so in their bands. */
export const LabCareers: Story = {
  name: 'Lab timeline: careers only',
  args: { src: LAB },
};

// --- Widths and themes -----------------------------------------------------------------------------------------

/** A narrow container (a sidebar, a phone): a vertical list in date order. */
export const Narrow: Story = {
  name: 'Narrow container (vertical)',
  args: { src: seed('heyang-qin'), containerWidth: '360px' },
};

/** A wide container: a horizontal axis with a row per lane. */
export const Wide: Story = {
  name: 'Wide container (horizontal)',
  args: { src: seed('minjia-zhang'), containerWidth: '1000px' },
};

/** `layout="vertical"` keeps the list however wide the element is. */
export const ForcedVertical: Story = {
  name: 'layout="vertical" when wide',
  args: { src: seed('minjia-zhang'), layout: 'vertical', containerWidth: '1000px' },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { src: `${seed('minjia-zhang')} ${seed('heyang-qin')}`, theme: 'dark' },
  decorators: [(story) => html`<div style="background: #0d1117; padding: 1.5rem;">${story()}</div>`],
};

export const DarkThemeNarrow: Story = {
  name: 'Dark theme, narrow',
  args: { src: seed('heyang-qin'), theme: 'dark', containerWidth: '360px' },
  decorators: [(story) => html`<div style="background: #0d1117; padding: 1.5rem;">${story()}</div>`],
};

/**
 * The timeline in German: the filter chips, the summary, the kinds before each entry, the details' labels, months
 * and "heute"; the researcher's titles, organisations and names as written. Here `lang` is on a box around it.
 */
export const InGerman: Story = {
  name: 'In German (lang="de")',
  args: { src: seed('minjia-zhang'), kinds: 'experience, education, teaching, talks, honors' },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};

/** The timeline in Japanese (`lang` on the element): years on the axis and the span of the summary as Japanese writes them. */
export const InJapanese: Story = {
  name: 'In Japanese (lang="ja")',
  args: { src: seed('heyang-qin'), kinds: 'experience, education, teaching, talks', lang: 'ja' },
};

/** Two people's timelines in Arabic (its text; right-to-left layout is still to come). */
export const InArabic: Story = {
  name: 'In Arabic (lang="ar")',
  args: { src: `${seed('heyang-qin')} ${seed('minjia-zhang')}`, lang: 'ar' },
};

// --- Long and short labels ------------------------------------------------------------------------------------

/**
 * Very long and very short entries: every label is drawn whole. A long title wraps inside its bar and its lane grows
 * to fit; a bar too short for a word has its label beside it (after its end, or before its start near the axis
 * end), or below it in a line of its own when the next entry is in the way.
 */
export const LongAndShort: Story = {
  name: 'Long and short labels',
  args: { profile: longAndShort, kinds: 'experience, education, teaching, talks' },
};

/** The same in a narrow box with `layout="horizontal"`: shorter bars, more labels beside and below them. */
export const LongAndShortNarrow: Story = {
  name: 'Long and short labels, narrow and horizontal',
  args: { profile: longAndShort, kinds: 'experience, education, teaching, talks', layout: 'horizontal', containerWidth: '480px' },
};

/** Right to left: time runs from the right, and labels beside a bar sit on its left (after its end). */
export const LongAndShortRtl: Story = {
  name: 'Long and short labels, right to left',
  args: { profile: longAndShort, kinds: 'experience, education, teaching, talks', lang: 'ar' },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

// --- Empty and failure -------------------------------------------------------------------------------------------

/** A profile with nothing of the kinds asked for: the element says what it looked for. */
export const Empty: Story = {
  name: 'Empty (no positions, degrees or teaching)',
  tags: ['expect-state-empty'],
  args: { profile: samyamRajbhandari as unknown as Profile },
};

/** While the profile is on its way (for this story, `fetch` answers with a request that never settles). */
export const Loading: Story = {
  tags: ['expect-state-loading'],
  args: { src: NEVER_ANSWERS },
  beforeEach: stubNeverAnswers,
};

/** One position and nothing else. */
export const Minimal: Story = {
  name: 'Minimal (one position)',
  args: { profile: { basics: { name: 'Ada Lovelace' }, work: [{ position: 'Analyst', organization: 'Analytical Society', startDate: '1842', endDate: '1843' }] } },
};

/** `src` points at a file the server does not have (HTTP 404; for this story `fetch` answers it). */
export const NotFound: Story = {
  name: 'Error: file not found (404)',
  tags: ['expect-state-error'],
  args: { src: NOT_FOUND },
  beforeEach: stubNotFound,
};

/** The data is JSON, but not a usable profile: `basics` has no `name`. */
export const InvalidProfile: Story = {
  name: 'Error: not a usable profile',
  tags: ['expect-state-error'],
  args: { profile: { basics: { label: 'Researcher without a name' } } as unknown as Profile },
};

/** One of several profiles is unusable: the others are shown, and a note says what was left out. */
export const PartlyInvalid: Story = {
  name: 'One of several profiles unusable',
  args: {
    profiles: [heyangQin as unknown as Profile, { basics: { label: 'Researcher without a name' } } as unknown as Profile],
  },
};
