import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/profile-section/profile-section.js';
import '../../src/components/researcher-card/researcher-card.js';
import '../../src/components/researcher-profile/researcher-profile.js';
import { BRAND_CSS, PARTS_CSS, styleElement } from './theming-examples.js';

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
