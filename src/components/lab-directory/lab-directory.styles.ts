import { css } from 'lit';
import { ownTextDeclarations } from '../../internal/shared.styles.js';

export const labDirectoryStyles = css`
  /* The room a directory keeps while it loads (theme.styles.ts): about two rows of cards under the lab's header. */
  :host {
    --_scholar-loading-height: 32rem;
  }

  :host([hide-header]),
  :host([no-header]) {
    --_scholar-loading-height: 28rem;
  }

  :host([variant='full']) {
    --_scholar-loading-height: 44rem;
  }

  .base {
    display: grid;
    gap: calc(var(--_scholar-spacing) * 1.5);
  }

  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--_scholar-spacing);
  }

  .logo {
    flex: none;
    width: var(--scholar-lab-logo-size, 4em);
    height: var(--scholar-lab-logo-size, 4em);
    object-fit: contain;
  }

  .name {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }

  .description {
    margin: 0.5em 0 0;
    color: var(--_scholar-muted);
    max-width: 70ch;
  }

  .group-heading {
    margin: 0 0 calc(var(--_scholar-spacing) * 0.75);
    font-size: 1.125em;
    font-weight: 600;
  }

  .count {
    color: var(--_scholar-muted);
    font-weight: 400;
  }

  /* The lab's own words in their own direction (shared.styles.ts): its name, description, group labels, members'
     roles. (Member names are the cards' own; in the collaborations table they are <bdi>.) */
  .name,
  .description,
  .group-heading,
  .role {
    ${ownTextDeclarations}
  }

  .members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--scholar-lab-card-width, 17em)), 1fr));
    gap: var(--_scholar-spacing);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :host([variant='full']) .members {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--scholar-lab-card-width, 24em)), 1fr));
  }

  .member {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    min-width: 0;
  }

  /* Cards in a row are as tall as the tallest, so the page links under them line up. */
  .member researcher-card {
    flex: 1;
    display: flex;
    flex-direction: column;
  }

  .member researcher-card::part(base) {
    flex: 1;
  }

  .role {
    margin: 0;
    color: var(--_scholar-muted);
    font-size: 0.9375em;
  }

  .page-link {
    align-self: flex-start;
    display: inline-block;
    min-height: 24px;
    font-size: 0.9375em;
  }

  /* show-collaborations: a table that scrolls sideways on narrow screens (focusable, so keyboards can scroll it). */
  .collaborations {
    margin-top: calc(var(--_scholar-spacing) * 2);
  }

  .matrix {
    overflow-x: auto;
  }

  .matrix table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  .matrix caption {
    caption-side: bottom;
    padding-top: 0.5em;
    color: var(--_scholar-muted);
    font-size: 0.875em;
    text-align: start;
  }

  .matrix :is(th, td) {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_scholar-border);
    text-align: center;
  }

  .matrix th {
    font-weight: 600;
    font-size: 0.875em;
  }

  .matrix th[scope='row'] {
    text-align: start;
    white-space: nowrap;
  }

  .matrix thead td {
    border: 0;
  }

  .matrix td.self {
    background: var(--_scholar-surface-alt);
  }

  /* Shading repeats the number in each cell; the text stays readable on every step. */
  .matrix td[data-level] {
    font-weight: 600;
    background: color-mix(in srgb, var(--_scholar-accent) var(--_scholar-cell-mix), var(--_scholar-surface));
  }

  .matrix td[data-level='1'] {
    --_scholar-cell-mix: 12%;
  }

  .matrix td[data-level='2'] {
    --_scholar-cell-mix: 22%;
  }

  .matrix td[data-level='3'] {
    --_scholar-cell-mix: 32%;
  }

  .matrix td[data-level='4'] {
    --_scholar-cell-mix: 42%;
  }
`;
