/**
 * On a phone, a timeline drawn as a list stays as wide as its column: the blocks not drawn yet (content-visibility)
 * are given a height to hold until then, never a width (a width would be their minimum, and widen the whole page).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/timeline-view/timeline-view.js';
import type { TimelineView } from '../../../src/components/timeline-view/timeline-view.component.js';
import { settled, shadowAll } from '../../helpers.js';

describe('<timeline-view> on a narrow page', () => {
  it('keeps every part inside a 358 px column, blocks out of view included', async () => {
    const wrapper = await fixture(html`<div style="width: 358px"><timeline-view src="/demo/lab.json" kinds="experience, education, teaching, publications"></timeline-view></div>`);
    const timeline = await settled(wrapper.querySelector<TimelineView>('timeline-view')!);
    await waitUntil(() => shadowAll(timeline, '.block').length > 1, 'no blocks drawn');
    const right = wrapper.getBoundingClientRect().right + 0.5;
    const wide = shadowAll(timeline, '.block, .band, .band-body, .entries').filter((node) => node.getBoundingClientRect().right > right);
    expect(wide.map((node) => node.className)).to.deep.equal([]);
    expect(timeline.scrollWidth <= timeline.clientWidth + 1, `the timeline is ${timeline.scrollWidth} px wide`).to.equal(true);
  });
});
