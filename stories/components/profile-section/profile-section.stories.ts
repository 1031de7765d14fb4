import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import minjiaZhang from '../../../demo/profiles/minjia-zhang.json' with { type: 'json' };
import everySection from '../researcher-profile/every-section.profile.json' with { type: 'json' };
import '../../../src/components/profile-section/profile-section.js';
import { SECTION_KEYS, type SectionKey } from '../../../src/model/sections.js';
import type { Profile } from '../../../src/model/types.js';
import { NEVER_ANSWERS, NOT_FOUND, stubNeverAnswers, stubNotFound } from '../../support/fetch-stubs.js';

/** Story args are the element's attributes (as in HTML) plus the `profile` property. */
interface SectionArgs {
  kind?: SectionKey | string;
  src?: string;
  profile?: Profile;
  'heading-level'?: number;
  theme?: 'light' | 'dark';
  'hide-structured-data'?: boolean;
  /** The element's language (else the page's: the toolbar's Language). */
  lang?: string;
  /** A deprecated name, listed in the docs table: `hide-structured-data` has the control. */
  'structured-data'?: never;
  /** Listed in the docs table, but set by the element: no control. */
  state?: never;
  problems?: never;
}

/**
 * Seed profiles are served by Storybook from demo/profiles/ at `profiles/` (see .storybook/main.ts). The URLs are
 * relative, as a page would write them, so they also work when Storybook is deployed below a sub-path.
 */
const seed = (name: string) => `profiles/${name}.json`;
const MINJIA = seed('minjia-zhang');
const HEYANG = seed('heyang-qin');

/** Empty text fields become "no attribute", as in HTML, so clearing a control returns the element to its default. */
const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/*
 * scripts/check-stories.mjs opens every story in Chromium and expects each scholar element in it to end in state
 * `ready`; a story tagged `expect-state-error`, `expect-state-loading` or `expect-state-empty` expects that state.
 */
const meta = {
  title: 'Components/profile-section',
  component: 'profile-section',
  render: (args) => html`<profile-section
    kind=${ifDefined(text(args.kind))}
    src=${ifDefined(text(args.src))}
    .profile=${args.profile}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    ?hide-structured-data=${args['hide-structured-data']}
    lang=${ifDefined(text(args.lang))}
    @scholar-load=${action('scholar-load')}
    @scholar-error=${action('scholar-error')}
  ></profile-section>`,
  args: {
    'heading-level': 2,
  },
  argTypes: {
    kind: { control: 'select', options: [...SECTION_KEYS] },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    'hide-structured-data': { control: 'boolean' },
    'structured-data': { control: false },
    // Data given as a property: edited in code, not in the panel.
    profile: { control: false },
    // Set by the element, not by the page.
    state: { control: false },
    problems: { control: false },
  },
} satisfies Meta<SectionArgs>;

export default meta;
type Story = StoryObj<SectionArgs>;

// --- Minjia Zhang's CV, one section at a time --------------------------------------------------------------------

/** 24 talks grouped by kind: keynotes, invited talks, lectures, presentations. */
export const Talks: Story = {
  name: 'Talks (Minjia Zhang)',
  args: { kind: 'talks', src: MINJIA },
};

/** 11 mentees with their position, institution, dates, topic, outcome and co-advisors. */
export const Mentoring: Story = {
  name: 'Mentoring (Minjia Zhang)',
  args: { kind: 'mentoring', src: MINJIA },
};

/** 16 honors and awards with issuer and years (consecutive years compressed to ranges). */
export const Honors: Story = {
  name: 'Honors (Minjia Zhang)',
  args: { kind: 'honors', src: MINJIA },
};

/** 43 service roles, grouped by role with venues and years compressed ("Reviewer — NeurIPS 2019–2020, …"). */
export const Service: Story = {
  name: 'Service (Minjia Zhang)',
  args: { kind: 'service', src: MINJIA },
};

/** 18 press items: outlet, title and date, newest first. */
export const Press: Story = {
  name: 'Press (Minjia Zhang)',
  args: { kind: 'press', src: MINJIA },
};

/** Nine positions: Microsoft roles, research internships and research assistantships, with dates and places. */
export const Experience: Story = {
  name: 'Experience (Minjia Zhang)',
  args: { kind: 'experience', src: MINJIA },
};

/**
 * `kind="collaborators"`: everyone her publications name besides her ("M. Zhang", "Zhang, Minjia"… are her), one
 * person however the author lists write them, most shared works first; each opens onto the works they share.
 */
export const Collaborators: Story = {
  name: 'Collaborators (Minjia Zhang)',
  args: { kind: 'collaborators', src: MINJIA },
};

/** Three degrees with field, institution, dates, place, advisors and committee. */
export const Education: Story = {
  name: 'Education (Minjia Zhang)',
  args: { kind: 'education', src: MINJIA },
};

// --- Heyang Qin's homepage, one section at a time ----------------------------------------------------------------

/** Two courses with code, title, institution, dates, role and co-instructors. */
export const Teaching: Story = {
  name: 'Teaching (Heyang Qin)',
  args: { kind: 'teaching', src: HEYANG },
};

/** Five research themes (the profile's `projects`), each a sub-heading with its description. */
export const Themes: Story = {
  name: 'Research themes (Heyang Qin)',
  args: { kind: 'themes', src: HEYANG },
};

/** The paragraphs of `basics.personalInterests`. */
export const Interests: Story = {
  name: 'Personal interests (Heyang Qin)',
  args: { kind: 'interests', src: HEYANG },
};

/** The paragraphs of `basics.bio`. */
export const About: Story = {
  name: 'About (Heyang Qin)',
  args: { kind: 'about', src: HEYANG },
};

// --- Sections from JSON Resume ---------------------------------------------------------------------------------

const EVERY_SECTION = everySection as unknown as Profile;

/** Skills with their level and keywords. */
export const Skills: Story = {
  args: { kind: 'skills', profile: EVERY_SECTION },
};

/** Spoken languages with their fluency. */
export const Languages: Story = {
  args: { kind: 'languages', profile: EVERY_SECTION },
};

/** Certificates with issuer, date and link. */
export const Certificates: Story = {
  args: { kind: 'certificates', profile: EVERY_SECTION },
};

/** Volunteer work, shown like a position: role, organisation, dates, place, summary and highlights. */
export const Volunteer: Story = {
  name: 'Volunteering',
  args: { kind: 'volunteer', profile: EVERY_SECTION },
};

/** References as quotations with their author. */
export const References: Story = {
  args: { kind: 'references', profile: EVERY_SECTION },
};

/** `basics.personalInterests` paragraphs, then the structured `interests` with their keywords. */
export const StructuredInterests: Story = {
  name: 'Personal interests with keywords',
  args: { kind: 'interests', profile: EVERY_SECTION },
};

/** A service group whose entries name full venues and link to them: the compact line opens onto the details. */
export const ServiceDetails: Story = {
  name: 'Service with full venue names',
  args: { kind: 'service', profile: EVERY_SECTION },
};

// --- Sections that hold another element ------------------------------------------------------------------------

/** `kind="publications"`: a <pub-list> of the profile's publications, with its search, facets and chart. */
export const Publications: Story = {
  name: 'Publications (Yuxiong He)',
  args: { kind: 'publications', src: seed('yuxiong-he') },
};

/** `kind="timeline"`: a <timeline-view> of the profile's positions and degrees. */
export const Timeline: Story = {
  name: 'Career timeline (Heyang Qin)',
  args: { kind: 'timeline', src: HEYANG },
};

// --- Placed by the page ------------------------------------------------------------------------------------------

/**
 * A page that places sections itself: three sections of one profile in two columns, with heading level 3 under
 * the page's own heading. The three elements share one request for the profile.
 */
export const PlacedByThePage: Story = {
  name: 'Several sections placed by the page',
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.5rem;">
    <div>
      <h2 style="margin-top: 0;">Heyang Qin</h2>
      <profile-section kind="about" src=${HEYANG} heading-level="3"></profile-section>
      <profile-section kind="interests" src=${HEYANG} heading-level="3"></profile-section>
    </div>
    <profile-section kind="teaching" src=${HEYANG} heading-level="3"></profile-section>
  </div>`,
};

/** The same data given as an object through the `profile` property (no request). */
export const ProfileProperty: Story = {
  name: 'Profile given as a property',
  args: { kind: 'honors', profile: minjiaZhang as unknown as Profile },
};

const onDark = (story: () => unknown) => html`<div style="background: #0d1117; padding: 1.5rem;">${story()}</div>`;

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { kind: 'service', src: MINJIA, theme: 'dark' },
  decorators: [onDark],
};

/** The section's `theme` reaches the <pub-list> inside it. */
export const PublicationsDark: Story = {
  name: 'Publications, dark theme',
  args: { kind: 'publications', src: seed('yuxiong-he'), theme: 'dark' },
  decorators: [onDark],
};

// --- In the reader's language ------------------------------------------------------------------------------------

/**
 * Talks in German: the group headings, kinds the kit knows, "auf Einladung von", links by kind, quotation marks and
 * dates in the reader's language; titles, events and names as written. Here `lang` is on a box around it.
 */
export const InGerman: Story = {
  name: 'In German (lang="de")',
  args: { kind: 'talks', src: MINJIA },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};

/** Experience in Japanese (`lang` on the element): kinds of position, places and dates, "現在" for an ongoing one. */
export const InJapanese: Story = {
  name: 'In Japanese (lang="ja")',
  args: { kind: 'experience', src: MINJIA, lang: 'ja' },
};

/** Education in Arabic (its text; right-to-left layout is still to come). */
export const InArabic: Story = {
  name: 'In Arabic (lang="ar")',
  args: { kind: 'education', src: MINJIA, lang: 'ar' },
};

// --- Empty, loading and failure ----------------------------------------------------------------------------------

/** A kind the profile has no data for (Heyang Qin lists no talks): the element says so, in state `empty`. */
export const Empty: Story = {
  name: 'Empty (no talks in this profile)',
  tags: ['expect-state-empty'],
  args: { kind: 'talks', src: HEYANG },
};

/** `kind` names no section: the element says so, in state `empty`. */
export const UnknownKind: Story = {
  name: 'Empty (unknown kind)',
  tags: ['expect-state-empty'],
  args: { kind: 'hobbies', src: HEYANG },
};

/**
 * While the profile is on its way. For this story only, `fetch` answers `profiles/never-answers.json` with a
 * request that never settles (see stories/support/fetch-stubs.ts).
 */
export const Loading: Story = {
  tags: ['expect-state-loading'],
  args: { kind: 'talks', src: NEVER_ANSWERS },
  beforeEach: stubNeverAnswers,
};

/**
 * `src` points at a file the server does not have: the element shows the HTTP 404 and fires `scholar-error`. For
 * this story, `fetch` answers `profiles/does-not-exist.json` with the 404 itself (see
 * stories/support/fetch-stubs.ts), so the browser logs no failed request.
 */
export const NotFound: Story = {
  name: 'Error: file not found (404)',
  tags: ['expect-state-error'],
  args: { kind: 'talks', src: NOT_FOUND },
  beforeEach: stubNotFound,
};

/** The data is JSON, but not a usable profile: `basics` has no `name`. */
export const InvalidProfile: Story = {
  name: 'Error: not a usable profile',
  tags: ['expect-state-error'],
  args: { kind: 'about', profile: { basics: { label: 'Researcher without a name' } } as unknown as Profile },
};
