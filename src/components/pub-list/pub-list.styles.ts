import { css } from 'lit';
import { ownTextDeclarations } from '../../internal/shared.styles.js';
import { pubChartStyles } from './pub-chart.styles.js';

const listStyles = css`
  .base {
    display: grid;
    gap: var(--_scholar-spacing);
  }

  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }

  button,
  select {
    min-height: 24px;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_scholar-border);
    border-radius: calc(var(--_scholar-radius) * 0.6);
    background: var(--_scholar-surface-alt);
    cursor: pointer;
  }

  button:hover {
    border-color: var(--_scholar-accent);
  }

  button[aria-expanded='true'],
  button[aria-pressed='true'] {
    background: var(--_scholar-accent);
    border-color: var(--_scholar-accent);
    color: var(--_scholar-accent-contrast);
  }

  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_scholar-accent);
    outline-offset: 1px;
  }

  .controls {
    display: grid;
    gap: calc(var(--_scholar-spacing) * 0.5);
  }

  /* Inside a page with a sticky header (researcher-profile sets the offset), a focused control stops below it. */
  .controls :is(input, select, button),
  .years .year {
    scroll-margin-top: var(--_scholar-sticky-offset, 0px);
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }

  .search {
    flex: 1 1 16em;
  }

  .search input {
    width: 100%;
    padding: 0.375em 0.625em;
    border: 1px solid var(--_scholar-border);
    border-radius: calc(var(--_scholar-radius) * 0.6);
    background: var(--_scholar-surface);
  }

  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
    margin: 0;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_scholar-border);
    border-radius: calc(var(--_scholar-radius) * 0.6);
  }

  legend {
    padding: 0 0.25em;
    color: var(--_scholar-muted);
    font-size: 0.875em;
  }

  .check {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
  }

  .count,
  .muted {
    color: var(--_scholar-muted);
  }

  .downloads {
    color: var(--_scholar-muted);
    font-size: 0.875em;
  }

  .summary {
    color: var(--_scholar-muted);
    font-size: 0.875em;
  }

  .group-heading {
    margin: 0.5em 0 0.25em;
    font-size: 1.125em;
    font-weight: 650;
  }

  /* The list drawn now, and before it any list being taken down after a change (see pub-list.component.ts): that one
     is skipped by the browser (content-visibility: hidden, no height) while it leaves the DOM piece by piece. */
  .list {
    display: grid;
    gap: var(--_scholar-spacing);
    /* Style containment from the start (no counters or quotes here): bringing content-visibility's containment to a
       list already drawn, when it starts leaving, made the browser restyle all of it (tens of ms at 10,000 entries). */
    contain: style;
  }

  .list.leaving {
    content-visibility: hidden;
    contain-intrinsic-size: none;
    height: 0;
    overflow: hidden;
  }

  .entries,
  .chunk {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_scholar-spacing) * 0.75);
  }

  /* Full chunks of rows (32, pub-groups.ts) out of view are not laid out until they come near it; until then each takes
     the height of that many typical entries (title, authors, venue and links on a wide page), and once drawn the
     height it really had (the "auto"). The browser tracks one box per chunk, not one per entry. Anchors,
     find-in-page, the keyboard and screen readers reach the rows in skipped chunks as in any other. */
  .chunk.full {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(32 * (8em + 1.5 * var(--_scholar-spacing)));
  }

  .publication {
    padding-bottom: calc(var(--_scholar-spacing) * 0.75);
    border-bottom: 1px solid var(--_scholar-border);
  }

  /* Inside a page with a sticky navigation (researcher-profile), what the focus scrolls to stops below it. */
  .publication,
  .publication :is(a, button, summary) {
    scroll-margin-top: var(--_scholar-sticky-offset, 0px);
  }

  .title {
    font-weight: 600;
    line-height: 1.35;
  }

  /* The researcher's words in their own direction (shared.styles.ts): a Latin title keeps "(2020)." in an Arabic page. */
  .title,
  [part~='author'],
  .venue-line,
  .badge:is(.venue, .award),
  .abstract,
  .citation {
    ${ownTextDeclarations}
  }

  .title math {
    font-size: 1.05em;
  }

  .tex {
    font-size: 0.9em;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-bottom: 0.25em;
  }

  .badge {
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_scholar-border);
    background: var(--_scholar-surface-alt);
    font-size: 0.75em;
    line-height: 1.6;
  }

  .badge.venue {
    border-color: var(--_scholar-accent);
    color: var(--_scholar-accent);
    font-weight: 600;
  }

  .badge.award {
    border-color: #b7791f;
    color: light-dark(#8a5a00, #ffd88a);
    background: light-dark(#fff7e0, #3a2a05);
  }

  .authors {
    font-size: 0.9375em;
  }

  [part~='author-self'] {
    font-weight: 700;
  }

  .marker {
    color: var(--_scholar-muted);
  }

  .legend {
    margin-inline-start: 0.375em;
    color: var(--_scholar-muted);
    font-size: 0.8125em;
  }

  .text-button {
    border: none;
    background: none;
    padding: 0;
    color: var(--_scholar-accent);
    text-decoration: underline;
  }

  .venue-line {
    font-style: italic;
    font-size: 0.9375em;
  }

  .note {
    font-size: 0.8125em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-top: 0.375em;
    font-size: 0.8125em;
  }

  .link {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_scholar-border);
    border-radius: calc(var(--_scholar-radius) * 0.6);
    text-decoration: none;
  }

  .link.unavailable {
    color: var(--_scholar-muted);
    border-style: dashed;
  }

  .abstract {
    margin: 0.5em 0 0;
    font-size: 0.9375em;
  }

  .cite-panel {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-top: 0.5em;
    font-size: 0.8125em;
  }

  .citation {
    flex-basis: 100%;
    margin: 0;
    padding: 0.5em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--_scholar-surface-alt);
    border-radius: calc(var(--_scholar-radius) * 0.6);
    font-size: 0.9em;
  }

  .status {
    flex-basis: 100%;
    color: var(--_scholar-muted);
  }

  .versions {
    margin-top: 0.375em;
    font-size: 0.8125em;
    color: var(--_scholar-muted);
  }

  .versions ul {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .versions li {
    display: inline;
  }

  .versions li + li::before {
    content: '; ';
  }

  .no-match {
    color: var(--_scholar-muted);
  }

  /* On paper: the list itself, without the controls, chart and buttons; links show their address. */
  @media print {
    .controls,
    .chart,
    .actions button,
    .cite-panel,
    .show-all,
    [part='more-authors'] {
      display: none !important;
    }

    .chunk.full {
      content-visibility: visible;
    }

    .publication {
      break-inside: avoid;
    }

    a.link {
      border: none;
      padding: 0;
    }

    a.link::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;

export const pubListStyles = [listStyles, pubChartStyles];
