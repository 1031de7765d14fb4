/**
 * <pub-list> given CSL-JSON items from JavaScript (the `items` property) whose scholar-elements extensions hold
 * values of the wrong kind or links no page may show: each bad value is left out and listed among the problems,
 * every item is shown, and nothing escapes as an error.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { Publication } from '../../../src/model/types.js';
import { shadow, shadowAll, watchUncaught } from '../../helpers.js';
import { fullyRendered } from './harness.js';

async function listOf(items: unknown[]): Promise<PubList> {
  const wrapper = await fixture(html`<div><pub-list group-by="none" show-problems .items=${items as Publication[]}></pub-list></div>`);
  return fullyRendered(wrapper.querySelector<PubList>('pub-list')!);
}

const titles = (list: PubList) => shadowAll(list, '[part="title"]').map((title) => title.textContent!.replace(/\s+/g, ' ').trim());

describe('<pub-list> with CSL-JSON items of the wrong kind', () => {
  it('renders an item whose awards are not a list (awards: "")', async () => {
    const uncaught = watchUncaught();
    try {
      const list = await listOf([{ type: 'article-journal', title: 'A', awards: '' }]);
      expect(list.getAttribute('state')).to.equal('ready');
      expect(titles(list)).to.deep.equal(['A']);
      expect(list.problems).to.deep.equal([]);
      expect(uncaught.messages).to.deep.equal([]);
      await expect(list).to.be.accessible();
    } finally {
      uncaught.stop();
    }
  });

  it('shows every item, leaves out each bad value and link, and lists each as a problem at its path', async () => {
    const uncaught = watchUncaught();
    try {
      const list = await listOf([
        { id: 'awards', type: 'article-journal', title: 'Awards', awards: 5, keywords: [false, 'graphs'] },
        { id: 'links', type: 'article-journal', title: 'Links', links: [null, 5, { kind: 'pdf', url: 'javascript:alert(1)' }, { kind: 'code', url: 'https://example.org/code' }] },
        { id: 'category', type: 'article-journal', title: 'Category', category: [{ toString: '' }], URL: 'data:text/html,x' },
      ]);
      expect(list.getAttribute('state')).to.equal('ready');
      expect(titles(list)).to.deep.equal(['Awards', 'Links', 'Category']);
      expect(list.problems.map((problem) => [problem.path, problem.message])).to.deep.equal([
        ['[0]', '[0].awards: expected a list, got a number'],
        ['[0]', '[0].keywords[0]: expected a string, got true/false'],
        ['[1]', '[1].links[1]: expected an object, got a number'],
        ['[1]', '[1].links[2].url: the link "javascript:alert(1)" is not an http(s), mailto or relative address; it is left out'],
        ['[2]', '[2].category: expected one of the documented values, got [{"toString":""}]'],
        ['[2]', '[2].URL: the link "data:text/html,x" is not an http(s), mailto or relative address; it is left out'],
      ]);
      const problemsText = shadow(list, '[part="problems"]')?.textContent ?? '';
      expect(problemsText).to.contain('[0].awards: expected a list, got a number');
      const links = shadowAll<HTMLAnchorElement>(list, 'a[part="link"]').map((link) => link.getAttribute('href'));
      expect(links).to.deep.equal(['https://example.org/code']);
      // The problems quote the refused links as text; no link or source leads there.
      const targets = shadowAll(list, '[href], [src]').map((element) => element.getAttribute('href') ?? element.getAttribute('src'));
      expect(targets.filter((target) => /^\s*(javascript|data):/i.test(target ?? ''))).to.deep.equal([]);
      expect(uncaught.messages).to.deep.equal([]);
      await expect(list).to.be.accessible();
    } finally {
      uncaught.stop();
    }
  });
});
