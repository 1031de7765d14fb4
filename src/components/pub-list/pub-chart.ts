/**
 * Publications per year: an SVG bar chart for the eye, a table for screen readers, and a row of year buttons
 * that filter the list (the bars forward pointer clicks to the same action).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderBars, renderYearTable, type Bar } from '../../internal/bar-chart.js';
import type { PubWords } from './pub-words.js';

export interface YearCount {
  year: number;
  count: number;
}

/**
 * The chart for `rows` (from `countsPerYear`: one bar per row, so as bounded as the rows are), or nothing for fewer
 * than two years. Year buttons show the last two digits ('21) while the rows span less than a century, else the year.
 * Its words (labels, caption, headings) are in the reader's language (`words`); years are written as the data has them.
 */
export function renderChart(rows: YearCount[], activeYear: number | undefined, onYear: (year: number) => void, words: PubWords): TemplateResult | typeof nothing {
  if (rows.length < 2) return nothing;
  const label = (row: YearCount) => words.t('pubs.chart.year-count', { year: String(row.year), count: row.count });
  const shortYears = rows[rows.length - 1]!.year - rows[0]!.year < 100;
  const yearText = (year: number) => (shortYears ? `’${String(year).slice(-2)}` : String(year));
  const bars = rows.map((row): Bar => ({ ...row, label: label(row), active: row.year === activeYear }));
  // Bars and year buttons share one width: the chart's, or more when each year's button would be narrower than a
  // finger (then the chart scrolls sideways).
  return html`<figure part="chart" class="chart">
    <div class="chart-years">
      ${renderBars(bars, onYear)}
      <div class="years" role="group" aria-label=${words.t('pubs.chart.filter')}>
        ${rows.map(
          (row) => html`<button type="button" part="chart-year" class="year" aria-pressed=${row.year === activeYear ? 'true' : 'false'}
            ?disabled=${row.count === 0} @click=${() => onYear(row.year)}
            ><span aria-hidden="true">${yearText(row.year)}</span><span class="visually-hidden">${label(row)}</span></button>`,
        )}
      </div>
    </div>
    ${renderYearTable(words.t('pubs.chart.caption'), words.t('stats.publications'), bars, words.t('chart.year'), words.number)}
  </figure>`;
}
