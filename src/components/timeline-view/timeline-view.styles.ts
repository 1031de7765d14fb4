import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_lane-height: var(--scholar-timeline-lane-height, 2.75em);
    --_lane-gap: 0.375em;
    --_kind: var(--_scholar-accent);
    --_kind-experience: var(--scholar-timeline-experience, #1d4ed8);
    --_kind-education: var(--scholar-timeline-education, #047857);
    --_kind-teaching: var(--scholar-timeline-teaching, #b45309);
    --_kind-talks: var(--scholar-timeline-talks, #7c3aed);
    --_kind-honors: var(--scholar-timeline-honors, #be123c);
    --_kind-publications: var(--scholar-timeline-publications, #0e7490);
  }

  :host([theme='dark']) {
    --_kind-experience: var(--scholar-timeline-experience, #8ab4ff);
    --_kind-education: var(--scholar-timeline-education, #34d399);
    --_kind-teaching: var(--scholar-timeline-teaching, #fbbf24);
    --_kind-talks: var(--scholar-timeline-talks, #c4b5fd);
    --_kind-honors: var(--scholar-timeline-honors, #fda4af);
    --_kind-publications: var(--scholar-timeline-publications, #67e8f9);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_kind-experience: var(--scholar-timeline-experience, #8ab4ff);
      --_kind-education: var(--scholar-timeline-education, #34d399);
      --_kind-teaching: var(--scholar-timeline-teaching, #fbbf24);
      --_kind-talks: var(--scholar-timeline-talks, #c4b5fd);
      --_kind-honors: var(--scholar-timeline-honors, #fda4af);
      --_kind-publications: var(--scholar-timeline-publications, #67e8f9);
    }
  }

  .kind-experience {
    --_kind: var(--_kind-experience);
  }
  .kind-education {
    --_kind: var(--_kind-education);
  }
  .kind-teaching {
    --_kind: var(--_kind-teaching);
  }
  .kind-talks {
    --_kind: var(--_kind-talks);
  }
  .kind-honors {
    --_kind: var(--_kind-honors);
  }
  .kind-publications {
    --_kind: var(--_kind-publications);
  }

  .timeline {
    display: grid;
    gap: calc(var(--_scholar-spacing) * 0.75);
    padding: var(--_scholar-spacing);
    border: 1px solid var(--_scholar-border);
    border-radius: var(--_scholar-radius);
    background: var(--_scholar-surface);
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
    border-color: var(--_kind);
    background: color-mix(in srgb, var(--_kind) 14%, var(--_scholar-surface));
    color: var(--_scholar-text);
  }

  .swatch {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    border: 2px solid var(--_kind);
    flex: none;
  }

  .chip[aria-pressed='true'] .swatch {
    background: var(--_kind);
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

  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* Bars out of view are not laid out or painted until they come near it (they stay in the accessibility tree and
     in find-in-page): a timeline of thousands of entries settles quickly. */
  .bar {
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
    display: block;
    margin: 0;
    border: 1px solid color-mix(in srgb, var(--_kind) 55%, var(--_scholar-border));
    box-shadow: inset 3px 0 0 var(--_kind);
    background: color-mix(in srgb, var(--_kind) 12%, var(--_scholar-surface));
    color: var(--_scholar-text);
    text-align: start;
    cursor: pointer;
  }

  .bar:hover,
  .entry.open > .bar {
    background: color-mix(in srgb, var(--_kind) 22%, var(--_scholar-surface));
  }

  .title {
    font-weight: 600;
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

  /* ------------------------------------------------------------------ horizontal: a time axis, lanes as rows */
  /* Time runs in the writing direction: left to right, or right to left on a right-to-left page. */

  .horizontal .axis {
    position: relative;
    height: 1.5em;
    border-bottom: 1px solid var(--_scholar-border);
    color: var(--_scholar-muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
  }

  .tick {
    position: absolute;
    bottom: 0.125em;
    inset-inline-start: var(--at);
    padding-inline-start: 0.25em;
    border-inline-start: 1px solid var(--_scholar-border);
    line-height: 1.2;
    white-space: nowrap;
  }

  .horizontal .band-body {
    position: relative;
  }

  .gridline {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: var(--at);
    border-inline-start: 1px dashed color-mix(in srgb, var(--_scholar-border) 70%, transparent);
    pointer-events: none;
  }

  .horizontal .entries {
    position: relative;
    height: calc(var(--lanes) * var(--_lane-height));
  }

  /* The element sets each entry's top (its lane), inset-inline-start (its start) and width (its span). */
  .horizontal .entry {
    position: absolute;
    height: calc(var(--_lane-height) - var(--_lane-gap));
    transition:
      inset-inline-start 0.3s ease,
      width 0.3s ease,
      top 0.3s ease;
  }

  .horizontal .entry.open {
    z-index: 3;
  }

  /* A bar too narrow for its text shows colour only (the text stays its name); the element measures the bars. */
  .horizontal .entry.narrow > .bar span {
    color: transparent;
  }

  .horizontal .bar {
    width: 100%;
    height: 100%;
    padding: 0.125em min(0.375em, 10%);
    border-radius: 5px;
    overflow: hidden;
    white-space: nowrap;
    line-height: 1.25;
  }

  .horizontal .point > .bar {
    border: 1.5px solid var(--_kind);
    border-radius: 0.875em;
    box-shadow: none;
    padding-inline: min(0.625em, 25%);
  }

  .horizontal .bar > span {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .horizontal .bar .title {
    font-size: 0.8125em;
  }

  .horizontal .bar .dates {
    font-size: 0.75em;
  }

  /* In the bars, only title and dates are seen; kind and organisation stay in the button's name. */
  .horizontal .bar > .organization-line,
  .horizontal .bar > .kind-label {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .details-head .kind-label {
    display: block;
    font-size: 0.8125em;
  }

  .horizontal .details {
    position: absolute;
    top: calc(100% + 0.25em);
    inset-inline-start: 0;
    width: max-content;
    max-width: min(22em, 80vw);
    min-width: 12em;
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }

  .horizontal .align-end > .details {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }

  /* ------------------------------------------------------------------ vertical: a list in date order */

  /* Block flow rather than grids: a list of thousands of entries lays out in linear time. */
  .vertical .entries {
    margin-inline-start: 0.375em;
    padding-inline-start: 1em;
    border-inline-start: 2px solid var(--_scholar-border);
  }

  .vertical .entry {
    position: relative;
  }

  .vertical .entry + .entry {
    margin-top: 0.5em;
  }

  .vertical .entry::before {
    content: '';
    position: absolute;
    top: 0.9em;
    inset-inline-start: calc(-1em - 7px);
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_kind);
    border: 2px solid var(--_scholar-surface);
  }

  .vertical .bar {
    width: 100%;
    padding: 0.5em 0.75em 0.5em 0.875em;
    border-radius: calc(var(--_scholar-radius) * 0.6);
  }

  .vertical .bar > span {
    display: block;
  }

  .vertical .bar > span + span {
    margin-top: 0.0625em;
  }

  .vertical .bar .dates,
  .vertical .bar .kind-label {
    font-size: 0.8125em;
  }

  .vertical .bar .kind-label {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .vertical .details-head {
    display: none;
  }

  .vertical .details {
    margin-top: 0.25em;
    margin-inline-start: 0.75em;
  }
`;
