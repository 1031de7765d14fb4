import { css } from 'lit';

/** The publications-per-year chart (pub-chart.ts): bars over a row of year buttons of one width. */
export const pubChartStyles = css`
  /* As wide as the list, whatever its years need (those scroll), and the box of the years' hidden names, which would
     otherwise hang out of the scrolled area and widen a narrow page. */
  .chart {
    position: relative;
    margin: 0;
    overflow-x: auto;
  }

  .chart-years {
    inline-size: max-content;
    min-inline-size: 100%;
  }

  .chart svg {
    display: block;
    width: 100%;
    height: 3em;
  }

  .bar {
    fill: var(--_scholar-accent);
    opacity: 0.55;
    cursor: pointer;
  }

  .bar.active,
  .bar:hover {
    opacity: 1;
  }

  .chart .years {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(24px, 1fr); /* the smallest target a finger can hit (WCAG 2.5.8) */
  }

  .chart .year {
    min-width: 0;
    min-height: 24px;
    padding: 0;
    border: none;
    background: none;
    color: var(--_scholar-muted);
    font-size: 0.6875em;
    font-variant-numeric: tabular-nums;
    direction: ltr; /* "’21" stays "’21" in right-to-left text */
  }

  .chart .year[aria-pressed='true'] {
    color: var(--_scholar-accent);
    font-weight: 700;
    background: none;
  }
`;
