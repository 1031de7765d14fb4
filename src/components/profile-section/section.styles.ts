import { css } from 'lit';

/** How CV sections look, on screen and on paper. */
export const sectionStyles = css`
  .section {
    margin-block: 0 calc(var(--_scholar-spacing) * 2);
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

  .dates {
    color: var(--_scholar-muted);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  .meta {
    color: var(--_scholar-muted);
    font-size: 0.9375em;
  }

  .chips {
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
