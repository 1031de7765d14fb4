/**
 * The collaborations table is drawn with the rest of the directory, not a moment later pushing the page down (its
 * template is a chunk loaded alongside the data). A file of its own: the template is not loaded yet when it starts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/lab-directory/lab-directory.js';
import type { LabDirectory } from '../../../src/components/lab-directory/lab-directory.component.js';

describe('<lab-directory show-collaborations> first render', () => {
  it('shows the table in the very render that shows the members', async () => {
    const seen: boolean[] = [];
    const wrapper = await fixture(html`<div
      @scholar-load=${async (event: Event) => {
        const directory = event.target as LabDirectory;
        await directory.updateComplete;
        const root = directory.shadowRoot!;
        seen.push(!!root.querySelector('[part="member"]'), !!root.querySelector('[part="collaborations"]'));
      }}
    ><lab-directory show-collaborations src="/demo/lab.json"></lab-directory></div>`);
    const directory = wrapper.querySelector<LabDirectory>('lab-directory')!;
    await new Promise<void>((resolve) => directory.addEventListener('scholar-load', () => setTimeout(resolve, 0), { once: true }));
    expect(seen, 'members, then the table, at the first scholar-load').to.deep.equal([true, true]);
  });
});
