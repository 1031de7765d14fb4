import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/profile-section/profile-section.js';
import '../../src/components/researcher-card/researcher-card.js';
import '../../src/components/researcher-profile/researcher-profile.js';
import everySection from '../components/researcher-profile/every-section.profile.json' with { type: 'json' };
import type { Profile } from '../../src/model/types.js';
import { BRAND_CSS, GALLERY_THEMES, PARTS_CSS, styleElement } from './theming-examples.js';

/**
 * The live examples of the Theming page (theming.mdx, attached to this file): real elements with real seed
 * profiles, styled only from outside — custom properties, `::part()` and `theme`. They are stories, so
 * scripts/check-stories.mjs renders each in Chromium (state, console errors, axe — contrast included) like any other.
 */
const seed = (name: string) => `profiles/${name}.json`;

/** Two columns that become one when the canvas is narrow; a sans-serif "page font" for the elements to inherit. */
const columns = 'font-family: system-ui, sans-serif; display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1.5rem; align-items: start;';
const caption = 'margin: 0 0 0.75rem; font: 600 0.875rem/1.4 system-ui, sans-serif;';

const meta = {
  title: 'Docs/Theming',
  // The MDX page is this file's documentation; no generated page beside it.
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, actions: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * The same card with the defaults and inside a wrapper that sets the custom properties of BRAND_CSS, each with a
 * section of the same profile below it. (Two sections of the same kind would be two landmarks with the same name,
 * which axe rightly reports: a page has each section once.)
 */
export const CustomProperties: Story = {
  name: 'Custom properties',
  render: () => html`${styleElement(BRAND_CSS)}
    <div style=${columns}>
      <figure style="margin: 0;">
        <figcaption style=${caption}>Defaults</figcaption>
        <researcher-card src=${seed('heyang-qin')} variant="compact" theme="light" heading-level="2"></researcher-card>
        <profile-section kind="education" src=${seed('heyang-qin')} theme="light" heading-level="3"></profile-section>
      </figure>
      <figure style="margin: 0;">
        <figcaption style=${caption}>Inside <code>.scholar-brand</code></figcaption>
        <div class="scholar-brand">
          <researcher-card src=${seed('heyang-qin')} variant="compact" theme="light" heading-level="2"></researcher-card>
          <profile-section kind="teaching" src=${seed('heyang-qin')} theme="light" heading-level="3"></profile-section>
        </div>
      </figure>
    </div>`,
};

/** The same custom properties in the dark scheme: the `light-dark()` values pick their dark side. */
export const CustomPropertiesDark: Story = {
  name: 'Custom properties, dark',
  render: () => html`${styleElement(BRAND_CSS)}
    <div class="scholar-brand" style="background: #0c0a09; padding: 1.5rem;">
      <researcher-card src=${seed('heyang-qin')} variant="compact" theme="dark" heading-level="2"></researcher-card>
      <profile-section kind="teaching" src=${seed('heyang-qin')} theme="dark" heading-level="3"></profile-section>
    </div>`,
};

/** A <researcher-profile> whose navigation, sections and entries are restyled through `::part()` (PARTS_CSS). */
export const Parts: Story = {
  name: '::part() styling',
  render: () => html`${styleElement(PARTS_CSS)}
    <div class="styled-parts">
      <researcher-profile src=${seed('heyang-qin')} sections="about, teaching, interests" theme="light"></researcher-profile>
    </div>`,
};

/** `theme="light"` and `theme="dark"` side by side; without `theme`, the reader's `prefers-color-scheme` decides. */
export const LightAndDark: Story = {
  name: 'Light and dark',
  render: () => html`<div style=${columns}>
    ${(
      [
        ['light', 'education'],
        ['dark', 'teaching'],
      ] as const
    ).map(
      ([
        theme,
        kind,
      ]) => html`<figure style="margin: 0; padding: 1rem; border-radius: 8px; background: ${theme === 'dark' ? '#0d1117' : '#ffffff'}; color: ${theme === 'dark' ? '#e6edf3' : '#1f2328'};">
        <figcaption style=${caption}><code>theme="${theme}"</code></figcaption>
        <researcher-card src=${seed('heyang-qin')} variant="compact" theme=${theme} heading-level="2"></researcher-card>
        <profile-section kind=${kind} src=${seed('heyang-qin')} theme=${theme} heading-level="3"></profile-section>
      </figure>`,
    )}
  </div>`,
};

/**
 * The gallery's profile: interests, links and citation numbers by year, so that each look shows its chips, links,
 * numbers and chart. (No photo: the initials show the accent and its contrast colour.)
 */
const galleryProfile: Profile = {
  ...(everySection as unknown as Profile),
  metrics: {
    citations: 1840,
    hIndex: 17,
    i10Index: 25,
    source: 'OpenAlex',
    retrieved: '2026-11-02',
    countsByYear: [
      { year: 2020, citations: 180 },
      { year: 2021, citations: 260 },
      { year: 2022, citations: 340 },
      { year: 2023, citations: 410 },
      { year: 2024, citations: 390 },
      { year: 2025, citations: 260 },
    ],
  },
};

const gallery = 'display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); gap: 1.5rem; font-family: system-ui, sans-serif;';
const code =
  'margin: 0.75rem 0 0; padding: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; font: 0.8125rem/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; border-radius: 6px; background: rgb(127 127 127 / 0.12);';

/**
 * Theme gallery: the same profile in five ready-made looks, each from custom properties alone (GALLERY_THEMES), on
 * the kind of page it suits, with its CSS to copy. Put the declarations on `:root` (or a wrapper) to use one.
 */
export const Gallery: Story = {
  name: 'Theme gallery',
  render: () => html`${GALLERY_THEMES.map((theme) => styleElement(theme.css))}
    <div style=${gallery}>
      ${GALLERY_THEMES.map(
        (theme) => html`<figure class=${theme.className} style="margin: 0; padding: 1rem; border-radius: 8px; background: ${theme.page.background}; color: ${theme.page.color};">
          <figcaption style="margin: 0 0 0.75rem; font: 0.875rem/1.4 system-ui, sans-serif;">
            <strong style="display: block; font-size: 1rem;">${theme.name}</strong>${theme.description}
          </figcaption>
          <researcher-card .profile=${galleryProfile} heading-level="2"></researcher-card>
          <details style="margin-top: 0.75rem; font: 0.875rem/1.4 system-ui, sans-serif;">
            <summary style="cursor: pointer; min-height: 24px;">CSS for ${theme.name}</summary>
            <pre style=${code}><code>${theme.css}</code></pre>
          </details>
        </figure>`,
      )}
    </div>`,
};
