/**
 * The card's citations per year: small bars (src/internal/bar-chart.ts) with a table for screen readers, from the
 * profile's `metrics.countsByYear`. A chunk of its own: most cards have no citations per year.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderBars, renderYearTable, type Bar } from '../../internal/bar-chart.js';
import type { LocalizeController } from '../../internal/controllers/localize-controller.js';

/** Citations per year as small bars (a table for screen readers), from the first year with any to the last. */
export function renderCitationsChart(counts: ReadonlyArray<{ year: number; citations: number }>, i18n: LocalizeController): TemplateResult | typeof nothing {
  const byYear = new Map<number, number>();
  for (const { year, citations } of counts) if (Number.isInteger(year) && Number.isFinite(citations)) byYear.set(year, (byYear.get(year) ?? 0) + citations);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length < 2) return nothing;
  // At most the last 30 years: a bar stays wide enough to see.
  const last = years[years.length - 1]!;
  const first = Math.max(years[0]!, last - 29);
  const bars: Bar[] = [];
  for (let year = first; year <= last; year++) {
    const count = byYear.get(year) ?? 0;
    bars.push({ year, count, label: i18n.t('chart.citations-in', { year: String(year), count }) });
  }
  return html`<figure part="citations-chart" class="citations-chart">
    ${renderBars(bars)}
    <figcaption aria-hidden="true"><span>${first}</span><span>${i18n.t('chart.citations-per-year')}</span><span>${last}</span></figcaption>
    ${renderYearTable(i18n.t('chart.citations-per-year'), i18n.t('stats.citations'), bars, i18n.t('chart.year'), (count) => i18n.number(count))}
  </figure>`;
}
