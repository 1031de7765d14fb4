import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import heyangQin from '../../../demo/profiles/heyang-qin.json' with { type: 'json' };
import everySection from './every-section.profile.json' with { type: 'json' };
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { Profile } from '../../../src/model/types.js';
import { NEVER_ANSWERS, NOT_FOUND, stubNeverAnswers, stubNotFound } from '../../support/fetch-stubs.js';

/** Story args are the element's attributes (as in HTML) plus the `profile` property. */
interface ProfileArgs {
  src?: string;
  profile?: Profile;
  sections?: string;
  'hide-nav'?: boolean;
  'heading-level'?: number;
  theme?: 'light' | 'dark';
  'hide-structured-data'?: boolean;
  /** The element's language (else the page's: the toolbar's Language). */
  lang?: string;
  /** Deprecated names, listed in the docs table: their `hide-…` replacements have the controls. */
  nav?: never;
  'structured-data'?: never;
  /** Listed in the docs table, but set by the element: no control. */
  state?: never;
  problems?: never;
  shownSections?: never;
  /** The width of the box the story puts the element in (CSS), to show the page in a narrow column. */
  containerWidth?: string;
}

/**
 * Seed profiles are served by Storybook from demo/profiles/ at `profiles/` (see .storybook/main.ts). The URLs are
 * relative, as a page would write them, so they also work when Storybook is deployed below a sub-path.
 */
const seed = (name: string) => `profiles/${name}.json`;

/** Empty text fields become "no attribute", as in HTML, so clearing a control returns the element to its default. */
const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** Puts the story in a box of the given width, as a sidebar or a phone would. */
const inBox = (width: string | undefined, content: TemplateResult) => (width ? html`<div style="width: ${width}; max-width: 100%;">${content}</div>` : content);

const onDark = (story: () => unknown) => html`<div style="background: #0d1117; padding: 1.5rem;">${story()}</div>`;

/*
 * scripts/check-stories.mjs opens every story in Chromium and expects each scholar element in it to end in state
 * `ready`; a story tagged `expect-state-error`, `expect-state-loading` or `expect-state-empty` expects that state.
 * The sections inside the element (its <pub-list>, its card) are in its shadow root: the check waits for the
 * element itself.
 */
const meta = {
  title: 'Components/researcher-profile',
  component: 'researcher-profile',
  render: (args) =>
    inBox(
      args.containerWidth,
      html`<researcher-profile
        src=${ifDefined(text(args.src))}
        .profile=${args.profile}
        sections=${ifDefined(text(args.sections))}
        ?hide-nav=${args['hide-nav']}
        heading-level=${ifDefined(args['heading-level'])}
        theme=${ifDefined(args.theme)}
        ?hide-structured-data=${args['hide-structured-data']}
        lang=${ifDefined(args.lang)}
        @scholar-load=${action('scholar-load')}
        @scholar-error=${action('scholar-error')}
      ></researcher-profile>`,
    ),
  args: {
    'hide-nav': false,
    'heading-level': 2,
    'hide-structured-data': false,
  },
  argTypes: {
    src: { control: 'text' },
    sections: { control: 'text' },
    'hide-nav': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    'hide-structured-data': { control: 'boolean' },
    // Deprecated names: their `hide-…` replacements have the controls.
    nav: { control: false },
    'structured-data': { control: false },
    containerWidth: { control: 'text', table: { category: 'story' } },
    // Data given as a property: edited in code, not in the panel.
    profile: { control: false },
    // Set by the element, not by the page.
    state: { control: false },
    problems: { control: false },
    shownSections: { control: false },
  },
} satisfies Meta<ProfileArgs>;

export default meta;
type Story = StoryObj<ProfileArgs>;

// --- The seed profiles, fetched through `src` ---------------------------------------------------------------

/** About, research themes, publications, experience, education, teaching and personal interests. */
export const HeyangQin: Story = {
  name: 'Heyang Qin (src)',
  args: { src: seed('heyang-qin') },
};

/**
 * The longest CV of the seeds: 50 publications, 9 positions, 3 degrees, 24 talks grouped by kind, 11 mentees,
 * 16 honors, 43 service roles grouped by role with their years compressed, and 18 press items.
 */
export const MinjiaZhang: Story = {
  name: 'Minjia Zhang (src)',
  args: { src: seed('minjia-zhang') },
};

/** A bio and publications only: every other section has no data and is left out. */
export const YuxiongHe: Story = {
  name: 'Yuxiong He (src)',
  args: { src: seed('yuxiong-he') },
};

/** A bio and publications only: every other section has no data and is left out. */
export const SamyamRajbhandari: Story = {
  name: 'Samyam Rajbhandari (src)',
  args: { src: seed('samyam-rajbhandari') },
};

/** The same data given as an object through the `profile` property (no request). */
export const ProfileProperty: Story = {
  name: 'Profile given as a property',
  args: { profile: heyangQin as unknown as Profile },
};

// --- JSON Resume and every section ----------------------------------------------------------------------------

/**
 * A JSON Resume file (resume/tomas-reyes.resume.json, served at `resume/`), given to `src` as it is: `work.name`
 * becomes the organisation, `summary` the bio, `awards` honors, `publications` the publication list, and volunteer
 * work, certificates, skills, languages, interests and references get sections of their own. Profiles with a
 * username and no address link to GitHub and ORCID; SoundCloud, whose addresses have no fixed form, shows as text.
 */
export const JsonResume: Story = {
  name: 'JSON Resume file (src)',
  args: { src: 'resume/tomas-reyes.resume.json' },
};

/**
 * Every section a profile can have, each with every field filled: skills, languages, certificates, volunteer work,
 * references and structured interests beside the research sections; service opens onto full venue names; the footer
 * says when the profile was last updated.
 */
export const EverySection: Story = {
  name: 'Every section',
  args: { profile: everySection as unknown as Profile },
};

export const EverySectionDark: Story = {
  name: 'Every section, dark theme',
  args: { profile: everySection as unknown as Profile, theme: 'dark' },
  decorators: [onDark],
};

// --- Choosing sections -------------------------------------------------------------------------------------------

/**
 * `sections="honors, talks, about, experience"`: these sections, in this order (honors first, although the default
 * order puts experience first). This profile has no bio, so `about` is left out; the navigation follows.
 */
export const ChosenSections: Story = {
  name: 'Chosen sections and order',
  args: { src: seed('minjia-zhang'), sections: 'honors, talks, about, experience' },
};

/** `sections` may also ask for the career timeline (not in the default set), here beside teaching. */
export const WithTimeline: Story = {
  name: 'Sections with the career timeline',
  args: { src: seed('heyang-qin'), sections: 'about, timeline, teaching' },
};

/** `hide-nav`: no in-page navigation, for a page that has its own. */
export const NavOff: Story = {
  name: 'Without navigation (hide-nav)',
  args: { src: seed('heyang-qin'), 'hide-nav': true },
};

/** `heading-level="3"`: section titles at level 3 (the name at 2), for a page that has its own `h1` and `h2`. */
export const HeadingLevel: Story = {
  name: 'Headings one level deeper (heading-level="3")',
  args: { src: seed('heyang-qin'), 'heading-level': 3 },
};

// --- Themes and widths -------------------------------------------------------------------------------------------

/** Every section of the longest CV in the dark theme, nested card and publication list included. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { src: seed('minjia-zhang'), theme: 'dark' },
  decorators: [onDark],
};

/** A 360 px wide column (a phone, a sidebar): the navigation wraps, the publication list and the card narrow. */
export const Narrow: Story = {
  name: 'Narrow container (360px)',
  args: { src: seed('heyang-qin'), containerWidth: '360px' },
};

export const DarkThemeNarrow: Story = {
  name: 'Dark theme, narrow',
  args: { src: seed('heyang-qin'), theme: 'dark', containerWidth: '360px' },
  decorators: [onDark],
};

// --- Minimal, loading and failure --------------------------------------------------------------------------------

/** A profile with nothing but a name: the header alone — no navigation, no sections. */
export const Minimal: Story = {
  name: 'Minimal (name only)',
  args: { profile: { basics: { name: 'Ada Lovelace' } } },
};

/**
 * While the profile is on its way. For this story only, `fetch` answers `profiles/never-answers.json` with a
 * request that never settles (see stories/support/fetch-stubs.ts).
 */
export const Loading: Story = {
  tags: ['expect-state-loading'],
  args: { src: NEVER_ANSWERS },
  beforeEach: stubNeverAnswers,
};

/**
 * `src` points at a file the server does not have: the element shows the HTTP 404 and fires `scholar-error`. For
 * this story, `fetch` answers `profiles/does-not-exist.json` with the 404 itself (see stories/support/fetch-stubs.ts), so the
 * browser logs no failed request.
 */
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

/**
 * A whole homepage in German: section titles, navigation, labels inside sections, dates and the footer in the
 * reader's language; the researcher's own text as written. The publication list and timeline are still in English.
 */
export const InGerman: Story = {
  name: 'In German (lang="de")',
  args: { src: seed('heyang-qin'), lang: 'de' },
};

/** The same homepage in Japanese. */
export const InJapanese: Story = {
  name: 'In Japanese (lang="ja")',
  args: { src: seed('heyang-qin'), lang: 'ja' },
};

/** The same homepage in Arabic (its text; right-to-left layout is still to come). */
export const InArabic: Story = {
  name: 'In Arabic (lang="ar")',
  args: { src: seed('heyang-qin'), lang: 'ar' },
};
