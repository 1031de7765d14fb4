/**
 * What the Theming page (theming.mdx) shows and what its stories (theming.stories.ts) render, in one place: the CSS
 * of each example, so the page shows exactly the CSS the live elements are styled with, and the lists of custom
 * properties and parts, read from the elements' own styles and from the custom elements manifest so that they follow
 * the source (`npm run analyze` after changing an element's API).
 */
import manifest from '../../custom-elements.json' with { type: 'json' };
import { themeStyles } from '../../src/internal/theme.styles.js';

// --- The examples' CSS -------------------------------------------------------------------------------------------

/**
 * A department's look through custom properties, on a wrapper: everything inside inherits it. Colours are given
 * with `light-dark()`, so the look holds in the dark scheme too.
 */
export const BRAND_CSS = `.scholar-brand {
  --scholar-accent: light-dark(#9a3412, #fdba74);
  --scholar-accent-contrast: light-dark(#ffffff, #1c1917);
  --scholar-text: light-dark(#292524, #f5f5f4);
  --scholar-muted: light-dark(#57534e, #d6d3d1);
  --scholar-surface: light-dark(#fffbeb, #1c1917);
  --scholar-surface-alt: light-dark(#fef3c7, #292524);
  --scholar-border: light-dark(#e7c89a, #57534e);
  --scholar-radius: 2px;
  --scholar-spacing: 1.25em;
  --scholar-font: Georgia, 'Times New Roman', serif;
  --scholar-font-size: 1.0625rem;
}`;

/**
 * `::part()` rules for a <researcher-profile>: a pill navigation, sections with a rule on their start side, entries
 * on a tinted background. `light-dark()` works in part rules too (the colour scheme is inherited into the shadow
 * root).
 */
export const PARTS_CSS = `.styled-parts researcher-profile::part(nav) {
  border: 0;
  border-radius: 999px;
  padding-inline: 1em;
  background: light-dark(#eef2ff, #1e1b4b);
}
.styled-parts researcher-profile::part(nav-link) {
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.04em;
  font-size: 0.8em;
}
.styled-parts researcher-profile::part(section) {
  border-inline-start: 4px solid light-dark(#6366f1, #a5b4fc);
  padding-inline-start: 1em;
}
.styled-parts researcher-profile::part(item) {
  border-radius: 6px;
  padding: 0.5em 0.75em;
  background: light-dark(#f8fafc, #1f2937);
}`;

/** One ready-made look of the theme gallery: its name, what it suits, and its CSS (custom properties only). */
export interface GalleryTheme {
  name: string;
  /** The class the CSS styles; a page may put the same declarations on `:root` instead. */
  className: string;
  description: string;
  /** The page's own background and text behind the example (what the look is meant to sit on). */
  page: { background: string; color: string };
  css: string;
}

/**
 * The theme gallery: five looks a lab can copy, each from custom properties alone. Every colour pair meets WCAG AA
 * (text 4.5:1 on the surface, the chips' surface and the page; the avatar's initials on the accent): the gallery's
 * story runs axe like every story. Plain colours (not `light-dark()`): each look is the same in either scheme.
 */
export const GALLERY_THEMES: GalleryTheme[] = [
  {
    name: 'Classic',
    className: 'scholar-theme-classic',
    description: 'A university page: cardinal links, warm paper, a serif face, small corners.',
    page: { background: '#f7f3ec', color: '#2b2118' },
    css: `.scholar-theme-classic {
  --scholar-accent: #8c1515;
  --scholar-accent-contrast: #ffffff;
  --scholar-text: #2b2118;
  --scholar-muted: #5c4f42;
  --scholar-surface: #fffdf8;
  --scholar-surface-alt: #f4ede2;
  --scholar-border: #d9ccb8;
  --scholar-radius: 4px;
  --scholar-font: Georgia, 'Times New Roman', serif;
}`,
  },
  {
    name: 'Ink',
    className: 'scholar-theme-ink',
    description: 'Black on white, square corners, firm rules: prints as it looks.',
    page: { background: '#ffffff', color: '#111111' },
    css: `.scholar-theme-ink {
  --scholar-accent: #111111;
  --scholar-accent-contrast: #ffffff;
  --scholar-text: #111111;
  --scholar-muted: #4a4a4a;
  --scholar-surface: #ffffff;
  --scholar-surface-alt: #f2f2f2;
  --scholar-border: #111111;
  --scholar-radius: 0;
  --scholar-font: 'Helvetica Neue', Arial, sans-serif;
}`,
  },
  {
    name: 'Ocean',
    className: 'scholar-theme-ocean',
    description: 'Deep blue links on pale blue, round corners, a little more room.',
    page: { background: '#e8f4fa', color: '#0b2a3c' },
    css: `.scholar-theme-ocean {
  --scholar-accent: #0b6285;
  --scholar-accent-contrast: #ffffff;
  --scholar-text: #0b2a3c;
  --scholar-muted: #3d5f73;
  --scholar-surface: #f3fafd;
  --scholar-surface-alt: #dff0f8;
  --scholar-border: #b6dbea;
  --scholar-radius: 14px;
  --scholar-spacing: 1.125em;
}`,
  },
  {
    name: 'Forest',
    className: 'scholar-theme-forest',
    description: 'Green and soft grey, a book face, generous spacing.',
    page: { background: '#f1f6ee', color: '#1d2b20' },
    css: `.scholar-theme-forest {
  --scholar-accent: #2d6a3e;
  --scholar-accent-contrast: #ffffff;
  --scholar-text: #1d2b20;
  --scholar-muted: #4b5e4f;
  --scholar-surface: #fbfdf9;
  --scholar-surface-alt: #e7f1e3;
  --scholar-border: #c3d9bd;
  --scholar-radius: 8px;
  --scholar-spacing: 1.25em;
  --scholar-font: 'Iowan Old Style', 'Palatino Linotype', Palatino, serif;
}`,
  },
  {
    name: 'High contrast (dark)',
    className: 'scholar-theme-contrast',
    description: 'White on black with yellow links and a larger size: for a dark site, or readers who need it.',
    page: { background: '#000000', color: '#ffffff' },
    css: `.scholar-theme-contrast {
  --scholar-accent: #ffd84d;
  --scholar-accent-contrast: #000000;
  --scholar-text: #ffffff;
  --scholar-muted: #d4d4d4;
  --scholar-surface: #000000;
  --scholar-surface-alt: #1c1c1c;
  --scholar-border: #a3a3a3;
  --scholar-danger: #ff8a80;
  --scholar-radius: 6px;
  --scholar-font-size: 1.0625rem;
}`,
  },
];

/** A `<style>` element with `css` (rendered by Lit as a node, so the CSS is text, never a template binding). */
export function styleElement(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

// --- The shared custom properties, from the elements' own styles --------------------------------------------------

/** What each shared property changes. A property the styles add without an entry here is still listed. */
const SHARED_DESCRIPTIONS: Record<string, string> = {
  '--scholar-accent': 'Links (the navigation’s too), chart bars, pressed buttons, highlighted authors and focus rings.',
  '--scholar-accent-contrast': 'Text on accent-coloured backgrounds: the initials avatar, pressed and expanded buttons.',
  '--scholar-text': 'The main text colour.',
  '--scholar-muted': 'Dates, venues, counts and other secondary text; loading and empty messages.',
  '--scholar-surface': 'Backgrounds: the card, the sticky navigation, inputs, error boxes, timeline entries.',
  '--scholar-surface-alt': 'Chips, badges, buttons and other controls.',
  '--scholar-border': 'Borders, rules under headings, the timeline axis.',
  '--scholar-danger': 'Error messages and their border.',
  '--scholar-radius': 'Corner radius of cards, chips and boxes.',
  '--scholar-spacing': 'The base spacing unit: paddings and gaps are multiples of it.',
  '--scholar-font': 'Font family. By default the page’s font is inherited.',
  '--scholar-font-size': 'Base font size; sizes inside are in em. By default the page’s size is inherited.',
};

export interface SharedProperty {
  name: string;
  description: string;
  /** The default in the light scheme (or in both, when it does not depend on the scheme). */
  light: string;
  /** The default in the dark scheme, when it differs. */
  dark?: string;
}

/**
 * The `--scholar-*` properties every element reads, with their defaults, from src/internal/theme.styles.ts: each is
 * read as `--_scholar-x: var(--scholar-x, <default>)`, colours as `light-dark(<light>, <dark>)`.
 */
export function sharedProperties(): SharedProperty[] {
  const properties: SharedProperty[] = [];
  for (const [, name, fallback] of themeStyles.cssText.matchAll(/--_scholar-[\w-]+:\s*var\((--scholar-[\w-]+),\s*([^;]+)\);/g)) {
    const colours = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(fallback!.trim());
    properties.push({
      name: name!,
      description: SHARED_DESCRIPTIONS[name!] ?? '',
      light: colours ? colours[1]! : fallback!.trim(),
      ...(colours ? { dark: colours[2]! } : {}),
    });
  }
  // Read directly where the text is set, without a private copy: the page's size unless set.
  if (/var\(--scholar-font-size\)/.test(themeStyles.cssText) && !properties.some((property) => property.name === '--scholar-font-size')) {
    properties.push({ name: '--scholar-font-size', description: SHARED_DESCRIPTIONS['--scholar-font-size']!, light: 'the page’s size' });
  }
  return properties;
}

// --- The private scales, from the elements' own styles -----------------------------------------------------------

export interface ScaleStep {
  name: string;
  /** As the styles define it: `calc(var(--_scholar-spacing) * 0.5)`, `0.875em`. */
  value: string;
}

/**
 * The spacing and type scales of src/internal/theme.styles.ts (`--_scholar-space-*`, `--_scholar-text-*`): private,
 * derived from `--scholar-spacing` and the base font size, listed on the Theming page so that it follows the source.
 */
export function scaleSteps(kind: 'space' | 'text'): ScaleStep[] {
  const pattern = new RegExp(`(--_scholar-${kind}-[\\w]+):\\s*([^;]+);`, 'g');
  return [...themeStyles.cssText.matchAll(pattern)].map(([, name, value]) => ({ name: name!, value: value!.trim() }));
}

// --- Per element, from the manifest -------------------------------------------------------------------------------

interface ManifestEntry {
  name?: string;
  description?: string;
}

interface Declaration {
  tagName?: string;
  cssProperties?: ManifestEntry[];
  cssParts?: ManifestEntry[];
}

export interface ElementEntries {
  tag: string;
  entries: Array<{ name: string; description: string }>;
}

function declarations(): Declaration[] {
  const modules = (manifest as { modules?: Array<{ declarations?: Declaration[] }> }).modules ?? [];
  return modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
}

const described = (items: ManifestEntry[] | undefined) => (items ?? []).filter((item) => item.name).map((item) => ({ name: item.name!, description: item.description ?? '' }));

/** Each element's own custom properties: the ones beyond the shared set (photo size, timeline colours…). */
export function elementProperties(): ElementEntries[] {
  const shared = new Set(sharedProperties().map((property) => property.name));
  return declarations()
    .map((declaration) => ({
      tag: declaration.tagName!,
      entries: described(declaration.cssProperties).filter((property) => !shared.has(property.name)),
    }))
    .filter((element) => element.entries.length > 0);
}

/** Each element's parts, for `::part()`. */
export function elementParts(): ElementEntries[] {
  return declarations()
    .map((declaration) => ({ tag: declaration.tagName!, entries: described(declaration.cssParts) }))
    .filter((element) => element.entries.length > 0);
}
