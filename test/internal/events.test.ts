/** The kit's events as a page hears them: one per element the page wrote, none from the elements drawn inside it. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/scholar-elements.js';
import type { ScholarElement } from '../../src/internal/scholar-element.js';
import { clearSourceCache } from '../../src/internal/fetch-source.js';
import type { Profile } from '../../src/model/types.js';
import { adaProfile as profile } from './ada-profile.js';

describe('events a page hears', () => {
  afterEach(() => clearSourceCache());

  /** Counts the kit's events reaching the document (bubbling and capturing) while `run` runs. */
  async function countEvents(run: () => Promise<void>): Promise<{ loads: string[]; errors: string[] }> {
    const loads: string[] = [];
    const errors: string[] = [];
    const onLoad = (event: Event) => loads.push((event.composedPath()[0] as Element).localName);
    const onError = (event: Event) => errors.push((event.composedPath()[0] as Element).localName);
    document.addEventListener('scholar-load', onLoad, { capture: true });
    document.addEventListener('scholar-error', onError, { capture: true });
    try {
      await run();
    } finally {
      document.removeEventListener('scholar-load', onLoad, { capture: true });
      document.removeEventListener('scholar-error', onError, { capture: true });
    }
    return { loads, errors };
  }

  it('one <researcher-profile> load is one scholar-load, from the profile itself', async () => {
    const { loads } = await countEvents(async () => {
      const element = document.createElement('researcher-profile') as ScholarElement<unknown> & { profile: Profile };
      const loaded = oneEvent(element, 'scholar-load');
      element.profile = profile;
      document.body.append(element);
      await loaded;
      // Inner elements finish after the outer one has rendered them.
      await waitUntil(() =>
        [...element.shadowRoot!.querySelectorAll('*')].filter((inner) => 'state' in inner).every((inner) => (inner as ScholarElement<unknown>).state !== 'loading'),
      );
      // A short wait on purpose: this proves that no further event arrives, which no event can signal.
      await new Promise((resolve) => setTimeout(resolve, 50));
      element.remove();
    });
    expect(loads).to.deep.equal(['researcher-profile']);
  });

  it('one <lab-directory> of four members is one scholar-load', async () => {
    const { loads, errors } = await countEvents(async () => {
      const element = document.createElement('lab-directory') as ScholarElement<unknown>;
      const loaded = oneEvent(element, 'scholar-load');
      element.src = '/demo/lab.json';
      document.body.append(element);
      await loaded;
      await waitUntil(() =>
        [...element.shadowRoot!.querySelectorAll('*')].filter((inner) => 'state' in inner).every((inner) => (inner as ScholarElement<unknown>).state !== 'loading'),
      );
      // A short wait on purpose: this proves that no further event arrives, which no event can signal.
      await new Promise((resolve) => setTimeout(resolve, 50));
      element.remove();
    });
    expect(loads).to.deep.equal(['lab-directory']);
    expect(errors).to.deep.equal([]);
  });

  it("an element inside a page's own shadow root still tells the page", async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const card = document.createElement('researcher-card') as ScholarElement<unknown> & { profile: Profile };
    const loaded = oneEvent(host, 'scholar-load');
    card.profile = profile;
    root.append(card);
    const event = await loaded;
    expect(event.composed).to.be.true;
  });
});
