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
import { fullyRendered } from '../pub-list/harness.js';

const profile: Profile = {
  basics: { name: 'Ada Lovelace', bio: ['Mathematician.'] },
  work: [{ position: 'Analyst', organization: 'Analytical Engine', startDate: '1842' }],
  publications: [{ id: 'notes', type: 'article-journal', title: 'Notes on the Engine', issued: { 'date-parts': [[1843]] } }],
};

/** A profile with `count` publications, each with authors and a venue, like a real list's rows. */
function withPublications(count: number): Profile {
  return {
    basics: { name: 'Ada Lovelace' },
    publications: Array.from({ length: count }, (_, index) => ({
      id: `p${index}`,
      type: 'article-journal',
      title: `Notes on the Analytical Engine, part ${index + 1}`,
      author: [
        { given: 'Ada', family: 'Lovelace' },
        { given: 'Charles', family: 'Babbage' },
      ],
      'container-title': 'Scientific Memoirs',
      issued: { 'date-parts': [[1843 - (index % 5)]] },
    })),
  };
}

describe('<researcher-profile> nested elements', () => {
  // First in this file: <pub-list> is not loaded yet when the profile first renders.
  it('keeps about the room of its publication list while the list loads, so the sections below do not jump', async () => {
    const element = await fixture<ResearcherProfile>(html`<researcher-profile .profile=${withPublications(20)}></researcher-profile>`);
    await settled(element);
    const list = shadow<PubList>(element, 'pub-list')!;
    const whileLoading = list.getBoundingClientRect().height;
    await waitUntil(() => customElements.get('pub-list') !== undefined, 'the publications section never loaded <pub-list>');
    await settled(list);
    await fullyRendered(list);
    const ready = list.getBoundingClientRect().height;
    expect(ready).to.be.greaterThan(0);
    expect(whileLoading / ready, `${whileLoading} px while loading, ${ready} px ready`).to.be.within(0.6, 1.6);
  });

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
