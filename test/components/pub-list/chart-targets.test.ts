/**
 * The chart's year buttons are targets a finger can hit (WCAG 2.5.8: at least 24 × 24 CSS px): on a narrow screen a
 * long span of years scrolls sideways instead of shrinking them, and the bars stay over their years.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { Publication } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

/** One publication a year from 2000 to 2024. */
const items: Publication[] = Array.from({ length: 25 }, (_, index) => ({
  id: `p${index}`,
  type: 'article-journal',
  title: `Paper ${index}`,
  issued: { 'date-parts': [[2000 + index]] },
}));

async function chartAt(width: number, dir = 'ltr'): Promise<PubList> {
  // In a grid, as pages place elements: a grid item is as wide as its content needs at least.
  const wrapper = await fixture(html`<div dir=${dir} style="display: grid; width: ${width}px"><pub-list .items=${items}></pub-list></div>`);
  return settled(wrapper.querySelector<PubList>('pub-list')!);
}

describe('<pub-list> chart year buttons', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const dir of ['ltr', 'rtl']) {
    it(`are at least 24 px wide and tall in a 320 px column, the chart scrolling sideways (${dir})`, async () => {
      await setViewport({ width: 390, height: 844 });
      const list = await chartAt(320, dir);
      // Nothing of the chart, its buttons' hidden names included, hangs out of it and widens the page.
      expect(document.documentElement.scrollWidth, 'the page is as wide as the window').to.equal(document.documentElement.clientWidth);
      const buttons = shadowAll(list, '[part="chart-year"]');
      expect(buttons.length).to.equal(25);
      const sizes = buttons.map((button) => button.getBoundingClientRect());
      expect(sizes.filter((box) => box.width < 23.99 || box.height < 23.99).length, 'buttons under 24 px').to.equal(0);
      const chart = shadow(list, '[part="chart"]')!;
      expect(chart.scrollWidth > chart.clientWidth, 'the chart scrolls').to.be.true;
      expect(list.getBoundingClientRect().width, 'the list keeps to its column').to.be.at.most(320);
      // The bars span exactly the buttons' row.
      const bars = shadow(list, '.chart svg')!.getBoundingClientRect();
      const row = shadow(list, '.chart .years')!.getBoundingClientRect();
      expect(Math.abs(bars.width - row.width)).to.be.below(1);
      expect(Math.abs(bars.left - row.left)).to.be.below(1);
    });
  }

  it('fill the width of a wide list without scrolling', async () => {
    const list = await chartAt(1000);
    const chart = shadow(list, '[part="chart"]')!;
    expect(chart.scrollWidth <= chart.clientWidth, 'no scrolling').to.be.true;
    const row = shadow(list, '.chart .years')!.getBoundingClientRect();
    expect(Math.abs(row.width - chart.getBoundingClientRect().width)).to.be.below(1);
  });
});
