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

  .card {
    --_photo-size: var(--scholar-card-photo-size, 4.5em);
    ${panelDeclarations}
    container-type: inline-size;
  }

  .card.compact {
    --_photo-size: var(--scholar-card-photo-size, 3em);
    gap: calc(var(--_scholar-spacing) * 0.5);
  }

  .header {
    display: flex;
    gap: var(--_scholar-spacing);
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
    font-size: 1.25em;
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
    font-size: 0.9375em;
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
    gap: 0.25em 1em;
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

  .links a:hover .link-text {
    text-decoration: underline;
  }

  .username {
    color: var(--_scholar-muted);
  }

  .compact .links {
    gap: 0.25em 0.75em;
    font-size: 1.125em;
  }

  .interests {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  .interests li {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_scholar-border);
    border-radius: 999px;
    background: var(--_scholar-surface-alt);
    font-size: 0.875em;
  }

  .bio p {
    margin: 0 0 0.5em;
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

  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scholar-spacing);
    margin: 0;
    padding-top: calc(var(--_scholar-spacing) * 0.5);
    border-top: 1px solid var(--_scholar-border);
  }

  .stats div {
    display: flex;
    flex-direction: column-reverse;
  }

  .stats dt {
    color: var(--_scholar-muted);
    font-size: 0.8125em;
  }

  .stats dd {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .metrics-source {
    margin: 0;
    color: var(--_scholar-muted);
    font-size: 0.8125em;
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
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
  }

  @container (max-width: 15em) {
    .header {
      flex-direction: column;
      align-items: flex-start;
    }
  }

  @media print {
    [part='more'] {
      display: none;
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
      font-size: 0.875em;
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
