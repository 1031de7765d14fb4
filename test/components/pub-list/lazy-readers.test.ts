/**
 * A list read from a profile or CSL-JSON needs none of the readers of other formats: the module that imports RIS,
 * OpenAlex and ORCID is fetched only when such a file is shown. This file imports <pub-list> alone, so what the
 * page fetched is what the list asked for.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { settled } from '../../helpers.js';

/** Whether the page has fetched a module whose path holds `name`. */
const fetched = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

describe('<pub-list> readers', () => {
  it('reads a profile and CSL-JSON without the importer of other formats, and loads it for RIS', async () => {
    const profile = await settled(await fixture<PubList>(html`<pub-list src="/test/fixtures/ada.json"></pub-list>`));
    const csl = await settled(await fixture<PubList>(html`<pub-list src="/test/fixtures/csl/edge-cases.json"></pub-list>`));
    expect(profile.publications.length).to.be.greaterThan(0);
    expect(csl.publications.length).to.be.greaterThan(0);
    expect(fetched('import-publications'), 'a JSON list fetched the importer').to.be.false;

    const ris = await settled(await fixture<PubList>(html`<pub-list src="/test/fixtures/ris/papers.ris"></pub-list>`));
    expect(ris.publications.length).to.be.greaterThan(0);
    expect(fetched('import-publications'), 'a RIS list loads the importer').to.be.true;
  });
});
