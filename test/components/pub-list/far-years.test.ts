/**
 * <pub-list> given years nobody writes: `year = {99999999}`, `{123456}`, `{0050}`. The list shows every entry at
 * once (the far ones without a year), says what it left out, and its chart keeps to the years that exist.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Publication } from '../../../src/model/types.js';
import { shadow, shadowAll, watchUncaught } from '../../helpers.js';
import { fullyRendered } from './harness.js';

const titles = (list: PubList) => shadowAll(list, '[part="title"]').map((title) => title.textContent!.replace(/\s+/g, ' ').trim());
const chartYears = (list: PubList) => shadowAll(list, '[part="chart-year"]').map((button) => button.querySelector('[aria-hidden="true"]')!.textContent);

describe('<pub-list> with far-away years', () => {
  afterEach(() => {
    clearSourceCache();
  });

  it('shows every entry of a .bib with year = {99999999}, {123456} and {0050}, the far ones undated and reported', async () => {
    const uncaught = watchUncaught();
    try {
      const wrapper = await fixture(html`<div .innerHTML=${`<pub-list src="/test/fixtures/bibtex/far-years.bib" show-problems sort="oldest"></pub-list>`}></div>`);
      const list = await fullyRendered(wrapper.querySelector<PubList>('pub-list')!);
      expect(list.publications.map((entry) => [entry.key, entry.year ?? 'no year'])).to.deep.equal([
        ['before2019', 2019],
        ['after2021', 2021],
        ['farfuture', 'no year'],
        ['sixdigits', 'no year'],
        ['ancient', 'no year'],
      ]);
      expect(titles(list)).to.include.members(['A Year Nobody Writes', 'Six Digits of Year', 'Fifty Anno Domini']);
      expect(list.problems.map((problem) => problem.line)).to.deep.equal([6, 11, 17]);
      expect(list.problems.map((problem) => problem.message).join('\n'))
        .to.contain('99999999')
        .and.to.contain('123456')
        .and.to.contain('1000–2999');
      // A bar per year of the real span: 2019, 2020 (none) and 2021.
      expect(chartYears(list)).to.deep.equal(['’19', '’20', '’21']);
      expect(shadowAll(list, '.chart rect').length).to.equal(3);
      const problemsText = shadow(list, '[part="problems"]')!.textContent!;
      expect(problemsText).to.contain('the year 99999999 is outside 1000–2999');
      await expect(list).to.be.accessible();
      expect(uncaught.messages).to.deep.equal([]);
    } finally {
      uncaught.stop();
    }
  });

  it('keeps the chart to the years that have publications when they span centuries, with whole years on the buttons', async () => {
    const items: Publication[] = [1000, 1500, 2020, 2020, 2999].map((year, index) => ({
      id: `p${index}`,
      type: 'article',
      title: `Paper of ${year}`,
      issued: { 'date-parts': [[year]] },
    }));
    const wrapper = await fixture(html`<div><pub-list .items=${items}></pub-list></div>`);
    const list = await fullyRendered(wrapper.querySelector<PubList>('pub-list')!);
    expect(chartYears(list)).to.deep.equal(['1000', '1500', '2020', '2999']);
    expect(shadowAll(list, '.chart rect').length).to.equal(4);
    shadowAll<HTMLButtonElement>(list, '[part="chart-year"]')[2]!.click();
    await list.updateComplete;
    expect(list.publications.map((entry) => entry.title)).to.deep.equal(['Paper of 2020', 'Paper of 2020']);
    await expect(list).to.be.accessible();
  });
});
