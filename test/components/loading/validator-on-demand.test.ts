/**
 * Data without a problem is checked without the JSON Schema validator and the code that words problems
 * (src/model/validate-full.ts): a page fetches that only when the data has a problem, then shows the same problems
 * as ever. This file imports <researcher-card> alone, so what the page fetched is what the card asked for.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/researcher-card/researcher-card.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { settled } from '../../helpers.js';

/** Whether the page has fetched a module whose path holds `name`. */
const fetched = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

describe('the validator that words problems', () => {
  it('is not fetched for data without a problem, and is fetched for the first data with one, whose problems are shown', async () => {
    const good = await settled(await fixture<ResearcherCard>(html`<researcher-card src="/test/fixtures/ada.json"></researcher-card>`));
    expect(good.state).to.equal('ready');
    expect(good.problems.length).to.equal(0);
    expect(fetched('validate-full'), 'fetched for a profile without a problem').to.be.false;

    const bad = await settled(await fixture<ResearcherCard>(html`<researcher-card src="/test/fixtures/partly-bad.json"></researcher-card>`));
    expect(bad.state).to.equal('ready');
    expect(bad.problems.length).to.be.greaterThan(0);
    expect(bad.problems.every((problem) => problem.path.startsWith('/'))).to.be.true;
    expect(fetched('validate-full'), 'fetched for a profile with a problem').to.be.true;
  });

  it('reads a profile given as a property with a bad value: the value left out, the rest shown', async () => {
    const card = await fixture<ResearcherCard>(
      html`<researcher-card .profile=${{ basics: { name: 'Ada Lovelace', url: 'javascript:alert(1)', label: 'Analyst' } }}></researcher-card>`,
    );
    await settled(card);
    expect(card.state).to.equal('ready');
    expect(card.problems.map((problem) => problem.path)).to.deep.equal(['/basics/url']);
    expect(card.shadowRoot!.textContent!.includes('Analyst')).to.be.true;
  });
});
