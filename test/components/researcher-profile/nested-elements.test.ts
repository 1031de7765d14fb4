/**
 * The lists inside a profile's sections are loaded when a section that shows one is: a profile page without a
 * timeline section never downloads <timeline-view>. This file imports <researcher-profile> alone, so what is
 * defined here is what the profile loaded.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import type { TimelineView } from '../../../src/components/timeline-view/timeline-view.component.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow } from '../../helpers.js';

const profile: Profile = {
  basics: { name: 'Ada Lovelace', bio: ['Mathematician.'] },
  work: [{ position: 'Analyst', organization: 'Analytical Engine', startDate: '1842' }],
  publications: [{ id: 'notes', type: 'article-journal', title: 'Notes on the Engine', issued: { 'date-parts': [[1843]] } }],
};

describe('<researcher-profile> nested elements', () => {
  it('loads <pub-list> for its publications section and <timeline-view> only once a timeline section is shown', async () => {
    const element = await fixture<ResearcherProfile>(html`<researcher-profile .profile=${profile}></researcher-profile>`);
    await settled(element);
    await waitUntil(() => customElements.get('pub-list') !== undefined, 'the publications section never loaded <pub-list>');
    const list = shadow<PubList>(element, 'pub-list')!;
    await settled(list);
    expect(list.shadowRoot!.textContent).to.contain('Notes on the Engine');
    expect(customElements.get('timeline-view') === undefined, 'no timeline section, no <timeline-view>').to.be.true;

    element.setAttribute('sections', 'about, timeline');
    await element.updateComplete;
    await waitUntil(() => customElements.get('timeline-view') !== undefined, 'the timeline section never loaded <timeline-view>');
    const timeline = shadow<TimelineView>(element, 'timeline-view')!;
    await settled(timeline);
    expect(timeline.shadowRoot!.textContent).to.contain('Analyst');
  });
});
