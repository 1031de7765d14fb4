/**
 * Who in a lab publishes with whom (`show-collaborations`): a table with one row and one column per member who wrote
 * with another member, each cell the number of works the two share (model/collaborators.ts `labCoauthorship`),
 * shaded by how many. A table is what screen readers and keyboards already navigate; the shading only repeats the
 * numbers. Cells are shaded through a `data-level` attribute, not a style attribute, which a strict CSP refuses.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { labCoauthorship, type Coauthorship } from '../../model/collaborators.js';
import type { Profile } from '../../model/types.js';
import type { LocalizeController } from '../../internal/controllers/localize-controller.js';

/** Shading steps of a cell: 1 for the fewest shared works up to 4 for the most. */
const LEVELS = 4;

function level(count: number, most: number): number {
  return Math.max(1, Math.ceil((count / most) * LEVELS));
}

function span(pair: Coauthorship): string {
  if (pair.firstYear === undefined || pair.lastYear === undefined) return '';
  return pair.firstYear === pair.lastYear ? `, ${pair.firstYear}` : `, ${pair.firstYear}–${pair.lastYear}`;
}

/** The table, or nothing when no two members share a work. */
export function renderCollaborations(profiles: readonly Profile[], headingLevel: number, i18n: LocalizeController): TemplateResult | typeof nothing {
  const members = profiles.map((profile) => ({ name: profile.basics.name, variants: profile.basics.nameVariants ?? [], publications: profile.publications ?? [] }));
  const pairs = labCoauthorship(members);
  if (!pairs.length) return nothing;
  const involved = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))].sort((a, b) => a - b);
  const byPair = new Map(pairs.map((pair) => [`${pair.a}|${pair.b}`, pair]));
  const most = pairs[0]!.count;
  const name = (index: number) => members[index]!.name;
  const cell = (row: number, column: number) => {
    if (row === column) return html`<td class="self"><span class="visually-hidden">—</span></td>`;
    const pair = byPair.get(row < column ? `${row}|${column}` : `${column}|${row}`);
    if (!pair) return html`<td><span class="visually-hidden">0</span></td>`;
    return html`<td data-level=${level(pair.count, most)} title=${i18n.t('lab.pair-works', { a: name(row), b: name(column), count: pair.count, years: span(pair) })}>${i18n.number(pair.count)}</td>`;
  };
  const alone = members.length - involved.length;
  return html`<section part="collaborations" class="collaborations">
    <div part="group-heading" class="group-heading" role="heading" aria-level=${headingLevel} id="collaborations-heading">${i18n.t('lab.collaborations')}</div>
    <!-- The region (not the section) carries the name: it is what scrolls and takes the focus. -->
    <div class="matrix" tabindex="0" role="region" aria-labelledby="collaborations-heading">
      <table>
        <caption>
          ${alone ? i18n.t('lab.collaborations-caption-alone', { count: alone }) : i18n.t('lab.collaborations-caption')}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${involved.map((index) => html`<th scope="col"><bdi>${name(index)}</bdi></th>`)}
          </tr>
        </thead>
        <tbody>
          ${involved.map((row) => html`<tr><th scope="row"><bdi>${name(row)}</bdi></th>${involved.map((column) => cell(row, column))}</tr>`)}
        </tbody>
      </table>
    </div>
  </section>`;
}
