import { css } from 'lit';
import { ownTextDeclarations, panelDeclarations, plainListDeclarations } from '../../internal/shared.styles.js';

/** How a researcher card looks. */
export const cardStyles = css`
  /* The room a card keeps while it loads (theme.styles.ts): about a demo card's height at 320–400 px wide. */
  :host {
    --_scholar-loading-height: 17rem;
  }

  :host([variant='compact']) {
    --_scholar-loading-height: 5.5rem;
  }

  /* A card fills its element's height: in a grid row (a page's grid of cards, <lab-directory>), stretched cards are as
     tall as the tallest, their borders lined up. Column flex, so an element of auto height stays as tall as its card. */
  :host {
    display: flex;
    flex-direction: column;
  }

  /* A column (the panel's gap between its parts): in a card taller than its content, the numbers go to its foot, in
     line with the numbers of the cards beside it. */
  .card {
    --_photo-size: var(--scholar-card-photo-size, 4.5em);
    ${panelDeclarations}
    display: flex;
    flex-direction: column;
    flex: 1 0 auto;
    container: scholar-card / inline-size;
  }

  .card > .layout > .end > .stats {
    margin-block-start: auto;
  }

  .card.compact {
    --_photo-size: var(--scholar-card-photo-size, 3em);
    gap: var(--_scholar-space-2);
  }

  /* Two groups (who and where; links, interests and numbers) that take no box of their own in a narrow card: their
     content sits in the card's one column. Side by side in a wide card (the end of this sheet). */
  .layout,
  .start,
  .end {
    display: contents;
  }

  .header {
    display: flex;
    gap: var(--_scholar-space-4);
    align-items: center;
    min-width: 0;
  }

  .avatar {
    flex: none;
    width: var(--_photo-size);
    height: var(--_photo-size);
    border-radius: 50%;
    object-fit: cover;
  }

  .initials {
    display: grid;
    place-items: center;
    background: var(--_scholar-accent);
    color: var(--_scholar-accent-contrast);
    font-weight: 600;
    user-select: none;
  }

  /* On the inner span: an em-based size on the avatar itself would rescale its own width. */
  .initials span {
    font-size: calc(var(--_photo-size) * 0.36);
  }

  .identity {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .name {
    font-size: var(--_scholar-text-xl);
    font-weight: 650;
    line-height: 1.25;
  }

  .headline {
    font-weight: 500;
  }

  .affiliation,
  .past-affiliation,
  .location {
    color: var(--_scholar-muted);
    font-size: var(--_scholar-text-sm);
  }

  /* The researcher's own words in their own direction (shared.styles.ts): a Latin name in an Arabic page, or the
     other way round, keeps its order; the affiliation's organisation also inside "Formerly …". */
  .name,
  .headline,
  .affiliation,
  .past-affiliation,
  .affiliation a,
  .past-affiliation a,
  .link-text,
  .username,
  .interests li,
  .bio p {
    ${ownTextDeclarations}
  }

  /* A phone number is written left to right in every script ("+1 (555) 010-0199"); it has no letter to tell. */
  .phone > span {
    direction: ltr;
    unicode-bidi: isolate;
  }

  .icon {
    flex: none;
    vertical-align: -0.125em;
  }

  ul {
    ${plainListDeclarations}
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scholar-space-1) var(--_scholar-space-4);
  }

  .links a,
  .profile-text,
  .phone {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 24px;
    overflow-wrap: anywhere;
  }

  .links a {
    text-decoration: none;
  }

  .links a:hover .link-text,
  .links a:focus-visible .link-text {
    text-decoration: underline;
  }

  /* The ring follows the link's box (icon and text), with corners like the card's chips. */
  a:focus-visible,
  button:focus-visible {
    border-radius: 2px;
  }

  .username {
    color: var(--_scholar-muted);
  }

  .compact .links {
    gap: var(--_scholar-space-1) var(--_scholar-space-3);
    font-size: var(--_scholar-text-lg);
  }

  .interests {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scholar-space-2);
  }

  .interests li {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_scholar-border);
    border-radius: 999px;
    background: var(--_scholar-surface-alt);
    font-size: var(--_scholar-text-sm);
  }

  .bio p {
    margin: 0 0 var(--_scholar-space-2);
  }

  .bio button {
    font: inherit;
    color: var(--_scholar-accent);
    background: none;
    border: none;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
    min-height: 24px;
  }

  .bio button:hover {
    text-decoration-thickness: 2px;
  }

  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scholar-space-2) var(--_scholar-space-5);
    margin: 0;
    padding-top: var(--_scholar-space-2);
    border-top: 1px solid var(--_scholar-border);
  }

  .stats div {
    display: flex;
    flex-direction: column-reverse;
  }

  .stats dt {
    color: var(--_scholar-muted);
    font-size: var(--_scholar-text-xs);
  }

  .stats dd {
    margin: 0;
    font-size: var(--_scholar-text-lg);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .metrics-source {
    margin: 0;
    color: var(--_scholar-muted);
    font-size: var(--_scholar-text-xs);
  }

  .citations-chart {
    margin: 0;
  }

  /* A fixed height: the card does not grow when the chart arrives. */
  .citations-chart svg {
    display: block;
    width: 100%;
    height: 2.5em;
  }

  .citations-chart .bar {
    fill: var(--_scholar-accent);
    opacity: 0.75;
  }

  .citations-chart figcaption {
    display: flex;
    justify-content: space-between;
    color: var(--_scholar-muted);
    font-size: var(--_scholar-text-xs);
    font-variant-numeric: tabular-nums;
  }

  @container scholar-card (max-width: 15em) {
    .header {
      flex-direction: column;
      align-items: flex-start;
    }
  }

  /*
   * A wide full card (the header of <researcher-profile>, a card alone across a page) uses its width: photo, name,
   * role, affiliation and place at the start; links, interests, biography and numbers at the end, after a rule —
   * instead of one column with empty space beside it. A card without anything for the end keeps one column.
   */
  @container scholar-card (min-width: 48em) {
    .full .layout:has(.end > *) {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: var(--_scholar-space-6);
    }

    .full .layout:has(.end > *) :is(.start, .end) {
      display: grid;
      gap: var(--_scholar-space-3);
      align-content: start;
      min-width: 0;
    }

    .full .layout:has(.end > *) .end {
      padding-inline-start: var(--_scholar-space-6);
      border-inline-start: 1px solid var(--_scholar-border);
    }

    /* At the top of its column, the numbers need no rule above them. */
    .full .end > .stats:first-child {
      padding-top: 0;
      border-top: 0;
    }
  }

  @media print {
    [part='more'] {
      display: none;
    }

    /* A card is not split across two pages. */
    .card {
      break-inside: avoid;
    }

    /* Printers leave backgrounds out by default: the initials keep a ring and the text's colour, not white on white. */
    .initials {
      background: none;
      color: inherit;
      border: 1px solid currentColor;
    }

    /* On paper a link is only as good as its written address. */
    a {
      color: inherit;
      text-decoration: none;
    }

    .links a[href^='http']::after,
    .affiliation a[href^='http']::after,
    .past-affiliation a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: var(--_scholar-text-sm);
      overflow-wrap: anywhere;
    }

    .links a .visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      clip: auto;
    }
  }
`;
