/**
 * Publications per year: an SVG bar chart for the eye, a table for screen readers, and a row of year buttons
 * that filter the list (the bars forward pointer clicks to the same action).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';

export interface YearCount {
  year: number;
  count: number;
}

/**
 * The chart for `rows` (from `countsPerYear`: one bar per row, so as bounded as the rows are), or nothing for fewer
 * than two years. Year buttons show the last two digits ('21) while the rows span less than a century, else the year.
 */
export function renderChart(rows: YearCount[], activeYear: number | undefined, onYear: (year: number) => void): TemplateResult | typeof nothing {
  if (rows.length < 2) return nothing;
  let max = 1;
  for (const row of rows) if (row.count > max) max = row.count;
  const height = 48;
  const label = (row: YearCount) => `${row.year}: ${row.count} publication${row.count === 1 ? '' : 's'}`;
  const shortYears = rows[rows.length - 1]!.year - rows[0]!.year < 100;
  const yearText = (year: number) => (shortYears ? `’${String(year).slice(-2)}` : String(year));
  return html`<figure part="chart" class="chart">
    <svg viewBox="0 0 ${rows.length * 10} ${height}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${rows.map((row, index) => {
        const barHeight = (row.count / max) * (height - 2);
        return svg`<rect class=${row.year === activeYear ? 'bar active' : 'bar'} x=${index * 10 + 1} y=${height - barHeight}
          width="8" height=${barHeight} @click=${() => onYear(row.year)}><title .textContent=${label(row)}></title></rect>`;
      })}
    </svg>
    <div class="years" role="group" aria-label="Filter by year">
      ${rows.map(
        (row) => html`<button type="button" part="chart-year" class="year" aria-pressed=${row.year === activeYear ? 'true' : 'false'}
          ?disabled=${row.count === 0} @click=${() => onYear(row.year)}
          ><span aria-hidden="true">${yearText(row.year)}</span><span class="visually-hidden">${label(row)}</span></button>`,
      )}
    </div>
    <table class="visually-hidden">
      <caption>Publications per year</caption>
      <thead><tr><th scope="col">Year</th><th scope="col">Publications</th></tr></thead>
      <tbody>${rows.map((row) => html`<tr><th scope="row">${row.year}</th><td>${row.count}</td></tr>`)}</tbody>
    </table>
  </figure>`;
}
