/** Small inline icons (24×24 viewBox, currentColor), so no icon font or request is needed. */
import { svg, type SVGTemplateResult } from 'lit';
import { knownNetwork, type KnownNetwork } from '../model/social.js';

const paths: Record<string, SVGTemplateResult> = {
  email: svg`<path d="M3 5h18v14H3z" fill="none" stroke="currentColor" stroke-width="2"/><path d="m3 6 9 7 9-7" fill="none" stroke="currentColor" stroke-width="2"/>`,
  homepage: svg`<path d="M3 11 12 3l9 8M5 9.5V21h5v-6h4v6h5V9.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`,
  phone: svg`<path d="M6 3h4l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 4 5a2 2 0 0 1 2-2z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`,
  location: svg`<path d="M12 22s7-7.5 7-13a7 7 0 0 0-14 0c0 5.5 7 13 7 13z" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="9" r="2.5" fill="currentColor"/>`,
  scholar: svg`<path d="M12 3 1 10l11 7 9-5.7V17h2v-7z" fill="currentColor"/><path d="M6 14.5V19c0 1.5 3 3 6 3s6-1.5 6-3v-4.5l-6 3.8z" fill="currentColor"/>`,
  orcid: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8.5 10v7M8.5 7v.5M12 10h2.5a3.5 3.5 0 0 1 0 7H12z" fill="none" stroke="currentColor" stroke-width="2"/>`,
  github: svg`<path d="M12 2a10 10 0 0 0-3.2 19.5c.5.1.7-.2.7-.5v-1.8c-2.8.6-3.4-1.3-3.4-1.3-.5-1.2-1.1-1.5-1.1-1.5-.9-.6.1-.6.1-.6 1 .1 1.5 1 1.5 1 .9 1.6 2.4 1.1 3 .8.1-.7.4-1.1.6-1.3-2.2-.3-4.6-1.1-4.6-5 0-1.1.4-2 1-2.7-.1-.3-.4-1.3.1-2.7 0 0 .8-.3 2.8 1a9.6 9.6 0 0 1 5 0c1.9-1.3 2.8-1 2.8-1 .5 1.4.2 2.4.1 2.7.6.7 1 1.6 1 2.7 0 3.9-2.4 4.7-4.6 5 .4.3.7.9.7 1.9V21c0 .3.2.6.7.5A10 10 0 0 0 12 2z" fill="currentColor"/>`,
  linkedin: svg`<path d="M4 3h16a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zm3 7v8h2.5v-8zm1.3-4a1.4 1.4 0 1 0 0 2.8 1.4 1.4 0 0 0 0-2.8zM11 10v8h2.5v-4.2c0-1.2.5-2 1.6-2s1.4.8 1.4 2V18H19v-4.9c0-2.4-1.3-3.3-3-3.3a2.7 2.7 0 0 0-2.5 1.3V10z" fill="currentColor"/>`,
  dblp: svg`<path d="M4 6h9l-3 6H4zm6 6h9l-3 6H7z" fill="currentColor"/>`,
  twitter: svg`<path d="M4 4l16 16M20 4 4 20" stroke="currentColor" stroke-width="2.5" fill="none"/>`,
  'semantic-scholar': svg`<path d="M2 9.5 8 17 22 4.5M2 14l3.5 3.5" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/>`,
  researchgate: svg`<rect x="2.5" y="2.5" width="19" height="19" rx="2" fill="none" stroke="currentColor" stroke-width="1.75"/><path d="M6.5 17V7h3a2.5 2.5 0 0 1 0 5h-3m3 0 3 5M19 9.5a2.75 2.75 0 0 0-5 1.5v2.5a2.75 2.75 0 0 0 5 1V13h-2" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"/>`,
  gitlab: svg`<path d="M12 21.5 2.5 14.5 5 3.5l3 8h8l3-8 2.5 11z" fill="currentColor"/>`,
  mastodon: svg`<path d="M5 3h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-8l-4 4v-4H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M7.5 12.5V8.75a1.75 1.75 0 0 1 3.5 0v2m0 0V8.75a1.75 1.75 0 0 1 3.5 0v3.75" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round"/>`,
  bluesky: svg`<path d="M12 10.5C10.2 7 6.7 4 4.4 4 2.8 4 2.7 5.7 3 8.3c.4 2.6 2.8 3.7 5.4 3.4-2.6.5-4.3 2-2.7 4.1 1.9 2.4 4.4 1.5 6.3-2.6 1.9 4.1 4.4 5 6.3 2.6 1.6-2.1-.1-3.6-2.7-4.1 2.6.3 5-.8 5.4-3.4.3-2.6.2-4.3-1.4-4.3-2.3 0-5.8 3-7.6 6.5z" fill="currentColor"/>`,
  'hugging-face': svg`<circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="9" cy="10" r="1.25" fill="currentColor"/><circle cx="15" cy="10" r="1.25" fill="currentColor"/><path d="M8 14a4.5 4.5 0 0 0 8 0" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
  link: svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
};

const NETWORK_ICONS: Record<KnownNetwork, string> = {
  'google-scholar': 'scholar',
  orcid: 'orcid',
  dblp: 'dblp',
  'semantic-scholar': 'semantic-scholar',
  researchgate: 'researchgate',
  github: 'github',
  gitlab: 'gitlab',
  linkedin: 'linkedin',
  twitter: 'twitter',
  mastodon: 'mastodon',
  bluesky: 'bluesky',
  'hugging-face': 'hugging-face',
};

/** Which icon a profile network gets; unknown networks get the generic link icon. */
export function networkIcon(network: string): string {
  const known = knownNetwork(network);
  return known ? NETWORK_ICONS[known] : 'link';
}

/**
 * Icons that point along the line of text (an arrow, a chevron, "opens elsewhere"): in right-to-left text they point
 * the other way (class "points", mirrored by theme.styles.ts). None of the icons above points: a letter, a house, a
 * phone, a pin and the networks' marks look the same in every direction of writing, and marks are never mirrored.
 * An icon added here that points is named in this set.
 */
const POINTING: ReadonlySet<string> = new Set<string>();

/** An icon as decoration: hidden from assistive technology, since the link around it carries the label. */
export function icon(name: string): SVGTemplateResult {
  return svg`<svg class=${POINTING.has(name) ? 'icon points' : 'icon'} part="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">${paths[name] ?? paths['link']}</svg>`;
}
