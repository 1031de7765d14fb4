import { css } from 'lit';
import { ownTextDeclarations } from '../shared.styles.js';

/** How CV sections look, on screen and on paper. */
export const sectionStyles = css`
  /* A page's sticky navigation (researcher-profile's) sets --_scholar-sticky-offset to the height it covers: what a
     jump or the focus scrolls to stops below it. */
  .section {
    margin-block: 0 calc(var(--_scholar-spacing) * 2);
  }

  .section,
  .section :is(a, button, summary, [tabindex]) {
    scroll-margin-top: var(--_scholar-sticky-offset, 0px);
  }

  /* A section's list loads when first shown: it keeps the room the section set for it (see listRoom) until then. */
  pub-list:not(:defined) {
    display: block;
    min-height: var(--_scholar-loading-height, 0px);
  }

  .heading {
    font-weight: 650;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }

  .heading.level-1,
  .heading.level-2 {
    font-size: 1.375em;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_scholar-border);
  }

  .heading.level-3 {
    font-size: 1.125em;
    margin-top: 1em;
  }

  .heading.level-4 {
    font-size: 1em;
    margin-top: 0.75em;
  }

  p {
    margin: 0 0 0.75em;
  }

  /* The researcher's words in their own direction (shared.styles.ts): paragraphs, bullets, keywords and quotes as
     blocks; titles, names and links inside a line as isolated runs, so that a Latin title keeps its order in an Arabic
     line and the line itself (title, then dates) still reads in the page's direction. */
  .heading,
  .section p,
  .item li,
  .chips li,
  .reference blockquote,
  .item :is(strong, a, .title, .name, .level) {
    ${ownTextDeclarations}
  }

  .items {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.625em;
  }

  .item ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  .item p {
    margin: 0.25em 0 0;
  }

  /* Isolated in the line's own direction: a date in Arabic ("28 يوليو 2022") does not join the Latin name before it,
     and a span of years reads from the right in right-to-left text, as numbers there do. */
  .dates {
    color: var(--_scholar-muted);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    unicode-bidi: isolate;
  }

  .meta {
    color: var(--_scholar-muted);
    font-size: 0.9375em;
  }

  /* Also inside an entry, where lists are otherwise indented. */
  .chips,
  .item .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }

  .chips li {
    padding: 0 0.625em;
    border: 1px solid var(--_scholar-border);
    border-radius: 999px;
    background: var(--_scholar-surface-alt);
    font-size: 0.875em;
  }

  .themes {
    display: grid;
    gap: 0.75em;
  }

  .disclosure summary {
    cursor: pointer;
  }

  .collaborators .name {
    font-weight: 600;
  }

  .disclosure ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  /* Skill and language levels: after the name, quieter. */
  .level {
    color: var(--_scholar-muted);
  }

  .level::before {
    content: '— ';
  }

  .interests {
    margin-top: 0.5em;
  }

  .reference {
    margin: 0;
  }

  .reference blockquote {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_scholar-border);
    font-style: italic;
  }

  .reference figcaption {
    margin-top: 0.25em;
    color: var(--_scholar-muted);
  }

  @media print {
    .section {
      break-inside: auto;
    }

    .item {
      break-inside: avoid;
    }

    .heading {
      break-after: avoid;
    }

    /* On paper a disclosure (a service group's venues, a collaborator's works) is written out in full, without its triangle. */
    .disclosure summary {
      list-style: none;
    }

    .disclosure summary::-webkit-details-marker {
      display: none;
    }

    .disclosure::details-content {
      content-visibility: visible;
    }

    /* Keywords print as a plain run of words: no pill backgrounds, which printers drop or render grey. */
    .chips {
      gap: 0 0.75em;
    }

    .chips li {
      padding: 0;
      border: none;
      background: none;
    }

    .reference blockquote {
      border-inline-start-color: currentColor;
    }

    a {
      color: inherit;
      text-decoration: none;
    }

    a[href^='http']::after,
    a[href^='mailto:']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
`;
