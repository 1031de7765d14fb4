/**
 * A small bar chart for counts per year (publications, citations): SVG bars for the eye, hidden from assistive
 * technology, which reads the same numbers from a table beside them. Shared by <pub-list>'s chart and the card's
 * citations chart; each draws its own frame around it.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export interface Bar {
  year: number;
  count: number;
  /** The bar's tooltip ("2021: 4 publications"). */
  label: string;
  active?: boolean;
}

/** Height of the chart's coordinate space; bars are 10 wide (8 and a gap). */
const HEIGHT = 48;

/**
 * The bars, scaled to the largest count; `onBar` (optional) forwards a click on a bar. The earliest year is drawn at
 * the inline start: on the left, or on the right in right-to-left text, where theme.styles.ts mirrors the chart
 * (class "bar-chart"). The years under the bars (the card's first and last year, pub-list's year buttons) are laid
 * out in the writing direction, so the bars must follow them; and the timeline's axis runs the same way. Time read
 * from the right is usual in Arabic and Hebrew charts; the numbers themselves are not mirrored (the chart has none).
 */
export function renderBars(bars: readonly Bar[], onBar?: (year: number) => void): TemplateResult {
  let max = 1;
  for (const bar of bars) if (bar.count > max) max = bar.count;
  return html`<svg class="bar-chart" viewBox="0 0 ${bars.length * 10} ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${bars.map((bar, index): SVGTemplateResult => {
      const height = (bar.count / max) * (HEIGHT - 2);
      return svg`<rect class=${bar.active ? 'bar active' : 'bar'} x=${index * 10 + 1} y=${HEIGHT - height} width="8" height=${height}
        @click=${onBar ? () => onBar(bar.year) : null}><title .textContent=${bar.label}></title></rect>`;
    })}
  </svg>`;
}

/** The same numbers as a table only screen readers see: `caption`, then one row per year. */
export function renderYearTable(
  caption: string,
  countHeading: string,
  bars: readonly Bar[],
  yearHeading = 'Year',
  formatCount: (count: number) => string = String,
): TemplateResult {
  return html`<table class="visually-hidden">
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${yearHeading}</th><th scope="col">${countHeading}</th></tr></thead>
    <tbody>${bars.map((bar) => html`<tr><th scope="row">${bar.year}</th><td>${formatCount(bar.count)}</td></tr>`)}</tbody>
  </table>`;
}
