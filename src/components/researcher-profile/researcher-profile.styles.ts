import { css } from 'lit';

export const profileStyles = css`
  /* One column as wide as the element, never wider: content wider than that (a long address, a wide chart) stays
     inside it rather than widening the whole page past the screen. */
  .page {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_scholar-spacing) * 1.25);
  }

  .header researcher-card {
    --scholar-card-photo-size: 6em;
  }

  .nav {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0.375em 0;
    background: var(--_scholar-surface);
    border-bottom: 1px solid var(--_scholar-border);
  }

  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .nav a {
    display: inline-block;
    min-height: 24px;
    text-decoration: none;
    font-size: 0.9375em;
  }

  .nav a:hover {
    text-decoration: underline;
  }

  /* The lists in the sections are elements of their own: their controls above the entries (parts) stop below the
     sticky nav too when the focus scrolls to them (--_scholar-sticky-offset, set on the page by the nav's jump
     controller, inherits into them; the lists' entries use it themselves). */
  .sections pub-list::part(search),
  .sections pub-list::part(chart-year),
  .sections pub-list::part(show-all),
  .sections timeline-view::part(chip) {
    scroll-margin-top: var(--_scholar-sticky-offset, 0px);
  }

  .footer {
    color: var(--_scholar-muted);
    font-size: 0.875em;
    border-top: 1px solid var(--_scholar-border);
    padding-top: 0.5em;
  }

  [role='heading']:focus {
    outline: none;
  }

  /* On paper: a clean CV — no navigation, nothing sticky. */
  @media print {
    .nav {
      display: none;
    }

    .page {
      display: block;
    }
  }
`;
