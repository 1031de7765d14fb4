import { css } from 'lit';

export const profileStyles = css`
  /* One column as wide as the element, never wider: content wider than that (a long address, a wide chart) stays
     inside it rather than widening the whole page past the screen. */
  .page {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_scholar-space-5);
  }

  /* The header card: a larger photo; at 48em and wider the card sets its content in two columns by itself
     (researcher-card.styles.ts), so a person page's header uses its width. */
  .header researcher-card {
    --scholar-card-photo-size: 6em;
  }

  .nav {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: var(--_scholar-space-2) 0;
    background: var(--_scholar-surface);
    border-bottom: 1px solid var(--_scholar-border);
  }

  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_scholar-space-1) var(--_scholar-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .nav a {
    display: inline-block;
    min-height: 24px;
    text-decoration: none;
    font-size: var(--_scholar-text-sm);
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
    font-size: var(--_scholar-text-sm);
    border-top: 1px solid var(--_scholar-border);
    padding-top: var(--_scholar-space-2);
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
