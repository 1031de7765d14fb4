import { css } from 'lit';
import { ownTextDeclarations, panelDeclarations, plainListDeclarations } from '../../internal/shared.styles.js';

/**
 * The look of `<timeline-view>` in either layout: kind colours, toolbar and chips, bands, bars and details. The two
 * layouts are in `timeline-layout.styles.ts`. Private custom properties are `--_scholar-timeline-*`.
 */
export const timelineStyles = css`
  :host {
    --_scholar-timeline-lane-height: var(--scholar-timeline-lane-height, 2.75em);
    --_scholar-timeline-lane-gap: 0.375em;
    --_scholar-timeline-kind: var(--_scholar-accent);
    --_scholar-timeline-kind-experience: var(--scholar-timeline-experience, #1d4ed8);
    --_scholar-timeline-kind-education: var(--scholar-timeline-education, #047857);
    --_scholar-timeline-kind-teaching: var(--scholar-timeline-teaching, #b45309);
    --_scholar-timeline-kind-talks: var(--scholar-timeline-talks, #7c3aed);
    --_scholar-timeline-kind-honors: var(--scholar-timeline-honors, #be123c);
    --_scholar-timeline-kind-publications: var(--scholar-timeline-publications, #0e7490);
  }

  :host([theme='dark']) {
    --_scholar-timeline-kind-experience: var(--scholar-timeline-experience, #8ab4ff);
    --_scholar-timeline-kind-education: var(--scholar-timeline-education, #34d399);
    --_scholar-timeline-kind-teaching: var(--scholar-timeline-teaching, #fbbf24);
    --_scholar-timeline-kind-talks: var(--scholar-timeline-talks, #c4b5fd);
    --_scholar-timeline-kind-honors: var(--scholar-timeline-honors, #fda4af);
    --_scholar-timeline-kind-publications: var(--scholar-timeline-publications, #67e8f9);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_scholar-timeline-kind-experience: var(--scholar-timeline-experience, #8ab4ff);
      --_scholar-timeline-kind-education: var(--scholar-timeline-education, #34d399);
      --_scholar-timeline-kind-teaching: var(--scholar-timeline-teaching, #fbbf24);
      --_scholar-timeline-kind-talks: var(--scholar-timeline-talks, #c4b5fd);
      --_scholar-timeline-kind-honors: var(--scholar-timeline-honors, #fda4af);
      --_scholar-timeline-kind-publications: var(--scholar-timeline-publications, #67e8f9);
    }
  }

  .kind-experience {
    --_scholar-timeline-kind: var(--_scholar-timeline-kind-experience);
  }
  .kind-education {
    --_scholar-timeline-kind: var(--_scholar-timeline-kind-education);
  }
  .kind-teaching {
    --_scholar-timeline-kind: var(--_scholar-timeline-kind-teaching);
  }
  .kind-talks {
    --_scholar-timeline-kind: var(--_scholar-timeline-kind-talks);
  }
  .kind-honors {
    --_scholar-timeline-kind: var(--_scholar-timeline-kind-honors);
  }
  .kind-publications {
    --_scholar-timeline-kind: var(--_scholar-timeline-kind-publications);
  }

  .timeline {
    ${panelDeclarations}
    min-width: 0;
  }

  button {
    font: inherit;
    color: inherit;
  }

  /* ------------------------------------------------------------------ filters */

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.125em 0.625em;
    min-height: 1.75em;
    border: 1px solid var(--_scholar-border);
    border-radius: 999px;
    background: var(--_scholar-surface);
    color: var(--_scholar-muted);
    font-size: 0.875em;
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    border-color: var(--_scholar-timeline-kind);
    background: color-mix(in srgb, var(--_scholar-timeline-kind) 14%, var(--_scholar-surface));
    color: var(--_scholar-text);
  }

  .swatch {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    border: 2px solid var(--_scholar-timeline-kind);
    flex: none;
  }

  .chip[aria-pressed='true'] .swatch {
    background: var(--_scholar-timeline-kind);
  }

  .summary {
    margin: 0;
    color: var(--_scholar-muted);
    font-size: 0.875em;
  }

  /* ------------------------------------------------------------------ bands */

  .band {
    display: grid;
    gap: 0.375em;
    min-width: 0;
  }

  .person {
    font-weight: 650;
    line-height: 1.3;
  }

  .band-empty,
  .no-match {
    margin: 0;
    color: var(--_scholar-muted);
    font-style: italic;
  }

  .no-match button {
    margin-inline-start: 0.5em;
    padding: 0.125em 0.5em;
    border: 1px solid var(--_scholar-border);
    border-radius: 6px;
    background: var(--_scholar-surface-alt);
    font-style: normal;
    cursor: pointer;
  }

  .entries,
  .block {
    ${plainListDeclarations}
  }

  /* A block of entries out of view is not laid out or painted (its entries stay in the accessibility tree and in
     find-in-page), and the browser watches blocks, not entries: a timeline of thousands of entries settles quickly,
     and each frame's work does not grow with it. Until drawn, a block in the list layout takes the height the element
     estimates for it (entries of a typical height), then the height it really had (the "auto"); in the time-axis
     layout blocks have a set size. A block with open details is drawn whole: they float out of its box. */
  .block {
    content-visibility: auto;
  }

  .block.open {
    content-visibility: visible;
  }

  /* Inside a page with a sticky navigation, the focus stops below it. (Bars are left undrawn out of view by block,
     not one by one: see .block.) */
  .bar {
    scroll-margin-top: var(--_scholar-sticky-offset, 0px);
    display: block;
    margin: 0;
    border: 1px solid color-mix(in srgb, var(--_scholar-timeline-kind) 55%, var(--_scholar-border));
    box-shadow: inset 3px 0 0 var(--_scholar-timeline-kind);
    background: color-mix(in srgb, var(--_scholar-timeline-kind) 12%, var(--_scholar-surface));
    color: var(--_scholar-text);
    text-align: start;
    cursor: pointer;
  }

  /* The stripe of the kind's colour is on the side where time starts: on the right in right-to-left text. */
  :host(:dir(rtl)) .bar {
    box-shadow: inset -3px 0 0 var(--_scholar-timeline-kind);
  }

  .bar:hover,
  .entry.open > .bar {
    background: color-mix(in srgb, var(--_scholar-timeline-kind) 22%, var(--_scholar-surface));
  }

  .title {
    font-weight: 600;
  }

  /* The researcher's words in their own direction (shared.styles.ts): a Latin title keeps its order in an Arabic page. */
  .person,
  .title,
  .organization,
  .details :is(p, li, dd) {
    ${ownTextDeclarations}
  }

  .dates,
  .organization,
  .kind-label {
    color: var(--_scholar-muted);
  }

  .details {
    font-size: 0.875em;
    color: var(--_scholar-text);
    background: var(--_scholar-surface);
    border: 1px solid var(--_scholar-border);
    border-radius: calc(var(--_scholar-radius) * 0.6);
    padding: 0.5em 0.75em;
    overflow-wrap: anywhere;
  }

  .details p,
  .details ul,
  .details dl {
    margin: 0.25em 0 0;
  }

  .details > :first-child {
    margin-top: 0;
  }

  .details ul {
    padding-inline-start: 1.1em;
  }

  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375em;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dt::after {
    content: ':';
  }

  .facts dd {
    margin: 0;
  }

  .details-head .title {
    display: block;
  }

  .undated {
    color: var(--_scholar-muted);
    font-size: 0.875em;
  }

  .undated ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
`;
