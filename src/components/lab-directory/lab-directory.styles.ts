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
    gap: var(--_scholar-space-5);
  }

  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--_scholar-space-4);
  }

  .logo {
    flex: none;
    width: var(--scholar-lab-logo-size, 4em);
    height: var(--scholar-lab-logo-size, 4em);
    object-fit: contain;
  }

  .name {
    margin: 0;
    font-size: var(--_scholar-text-2xl);
    font-weight: 700;
    line-height: 1.25;
  }

  .description {
    margin: var(--_scholar-space-2) 0 0;
    color: var(--_scholar-muted);
    max-width: 70ch;
  }

  .group-heading {
    margin: 0 0 var(--_scholar-space-3);
    font-size: var(--_scholar-text-lg);
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
    gap: var(--_scholar-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :host([variant='full']) .members {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--scholar-lab-card-width, 24em)), 1fr));
  }

  /*
   * One member is one box: their card, their role in the lab and the link to their page inside the same border.
   * Boxes in a row are as tall as the tallest (the grid stretches them), with the page links along their bottom.
   * The box is the member's; the card inside draws no border or background of its own.
   */
  .member {
    display: flex;
    flex-direction: column;
    gap: var(--_scholar-space-2);
    min-width: 0;
    padding: 0 var(--_scholar-spacing) var(--_scholar-spacing);
    border: 1px solid var(--_scholar-border);
    border-radius: var(--_scholar-radius);
    background: var(--_scholar-surface);
  }

  /* The card's sides and foot are the box's padding: what follows the card lines up with its text. */
  .member researcher-card::part(base) {
    padding: var(--_scholar-spacing) 0 0;
    border: 0;
    border-radius: 0;
    background: none;
  }

  /* A member with a page: the whole box answers when its link is pointed at or focused. */
  .member:has(.page-link:hover, .page-link:focus-visible) {
    border-color: var(--_scholar-accent);
  }

  .role {
    margin-block: 0;
    color: var(--_scholar-muted);
    font-size: var(--_scholar-text-sm);
  }

  .page-link {
    align-self: flex-start;
    display: inline-block;
    min-height: 24px;
    margin-block-start: auto;
    font-size: var(--_scholar-text-sm);
  }

  .page-link:hover {
    text-decoration-thickness: 2px;
  }

  /* show-collaborations: a table that scrolls sideways on narrow screens (focusable, so keyboards can scroll it). */
  .collaborations {
    min-inline-size: 0; /* a grid item: without it the table's width would widen the whole directory */
    margin-top: var(--_scholar-space-6);
  }

  /* As wide as the directory, whatever the table needs (it scrolls), and the box of the cells' hidden words, which
     would otherwise hang out of the scrolled area and widen a narrow page. */
  .matrix {
    position: relative;
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
    font-size: var(--_scholar-text-sm);
    text-align: start;
  }

  .matrix :is(th, td) {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_scholar-border);
    text-align: center;
  }

  .matrix th {
    font-weight: 600;
    font-size: var(--_scholar-text-sm);
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

  /* On paper: whole boxes, never split across pages; links give their written address; the table shows in full. */
  @media print {
    .member {
      break-inside: avoid;
    }

    .page-link[href^='http']::after,
    .name a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: var(--_scholar-text-xs);
      overflow-wrap: anywhere;
    }

    .matrix {
      overflow: visible;
    }
  }
`;
