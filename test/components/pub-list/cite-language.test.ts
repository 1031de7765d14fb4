/**
 * <pub-list>'s Cite panel in the reader's language: a style's citation in the CSL locale of the element's language
 * (loaded with the formatter), what the panel says about it in the interface's language, and both again when the
 * language changes; the researcher's own words (title, venue, names) stay as written.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { Publication } from '../../../src/model/types.js';
import { shadow } from '../../helpers.js';
import { fullyRendered } from './harness.js';

const paper: Publication = {
  id: 'hands',
  type: 'article-journal',
  title: 'Many Hands',
  author: Array.from({ length: 8 }, (_, i) => ({ given: `Given${i}`, family: `Family${i}` })),
  issued: { 'date-parts': [[2021, 3, 5]] },
  'container-title': 'Journal of Tests',
};

const entry = (list: PubList) => shadow(list, '[data-key="hands"]')!;
const citation = (list: PubList) => entry(list).querySelector('[part="citation"]')?.textContent ?? '';
const status = (list: PubList) => entry(list).querySelector('[role="status"]')?.textContent ?? '';

async function cite(list: PubList, format: string): Promise<void> {
  if (!entry(list).querySelector(`[data-format="${format}"]`)) {
    entry(list).querySelector<HTMLButtonElement>('[part="cite-button"]')!.click();
    await list.updateComplete;
  }
  entry(list).querySelector<HTMLButtonElement>(`[data-format="${format}"]`)!.click();
}

describe('<pub-list> Cite in the reader’s language', function () {
  // The first citation loads citation-js (and, in Japanese, its locale).
  this.timeout(30000);

  it('formats with the German CSL locale in a lang="de" list, and says so in German', async () => {
    const list = await fullyRendered(await fixture<PubList>(html`<pub-list lang="de" group-by="none" .items=${[paper]}></pub-list>`));
    await cite(list, 'vancouver');
    await waitUntil(() => citation(list).includes('Many Hands'), `no citation shown: ${status(list)}`, { timeout: 20000 });
    expect(citation(list)).to.equal('Family0 G, Family1 G, Family2 G, Family3 G, Family4 G, Family5 G, u. a. Many Hands. Journal of Tests. 5. März 2021.');
    await waitUntil(() => /^Zitation im Format Vancouver (in die Zwischenablage kopiert|oben angezeigt)/.test(status(list)), `status not in German: ${status(list)}`);
    await cite(list, 'harvard');
    await waitUntil(() => citation(list).startsWith('Family0, G. u. a. (2021) „Many Hands“'), `no German Harvard: ${citation(list)}`, { timeout: 10000 });
  });

  it('takes the language from an ancestor, loads a locale of its own (Japanese), and follows a change of language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ja"><pub-list group-by="none" .items=${[paper]}></pub-list></div>`);
    const list = await fullyRendered(wrapper.querySelector('pub-list')!);
    await cite(list, 'harvard');
    await waitUntil(() => citation(list).startsWith('Family0, G.ほか (2021) 「Many Hands」'), `no Japanese Harvard: ${citation(list)}`, { timeout: 10000 });
    await waitUntil(() => status(list).startsWith('Harvard 形式の引用を'), `status not in Japanese: ${status(list)}`);
    wrapper.lang = 'fr';
    await waitUntil(() => citation(list).startsWith('Family0, G. et al. (2021) « Many Hands »'), `not made again in French: ${citation(list)}`, { timeout: 10000 });
    await waitUntil(() => status(list).startsWith('Citation Harvard '), `status not in French: ${status(list)}`);
    wrapper.lang = 'xx';
    await waitUntil(() => citation(list).startsWith('Family0, G. et al. (2021) “Many Hands,”'), `not made again in English: ${citation(list)}`, { timeout: 10000 });
    expect(status(list)).to.match(/^Harvard citation (copied|shown)/);
  });
});
