/**
 * A profile page checks its profile once: the publication list inside it shows the page's checked profile as it is
 * (its works are the very objects the page holds), while a list the page author makes checks what it is given.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/researcher-profile/researcher-profile.js';
import '../../../src/components/pub-list/pub-list.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow } from '../../helpers.js';

const profile: Profile = {
  basics: { name: 'Ada Lovelace' },
  publications: [
    { id: 'notes', type: 'article-journal', title: 'Notes on the Analytical Engine', issued: { 'date-parts': [[1843]] } },
    { id: 'sketch', type: 'article-journal', title: 'Sketch of the Engine', issued: { 'date-parts': [[1842]] } },
  ],
};

/** What an element shows now (protected on the element). */
const shown = (element: Element) => (element as unknown as { loadedData: Profile }).loadedData;

describe('a profile page checks its profile once', () => {
  it('the list in its publications section shows the works the page checked, as they are', async () => {
    const page = await settled(await fixture<ResearcherProfile>(html`<researcher-profile .profile=${profile}></researcher-profile>`));
    await waitUntil(() => !!shadow(page, 'pub-list'), 'no publication list');
    const list = await settled(shadow<PubList>(page, 'pub-list')!);
    await waitUntil(() => list.publications.length === 2, 'the list never filled');
    const works = shown(page).publications!;
    expect(list.publications.every((entry) => works.includes(entry.item))).to.equal(true);

    // A list the page author makes with that same profile checks it (its works are its own).
    const own = await settled(await fixture<PubList>(html`<pub-list .profile=${shown(page)}></pub-list>`));
    await waitUntil(() => own.publications.length === 2, 'the own list never filled');
    expect(own.publications.some((entry) => works.includes(entry.item))).to.equal(false);
  });
});
