import { css } from 'lit';

export const profileStyles = css`
  .page {
    display: grid;
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
