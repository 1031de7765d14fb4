import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/profile-section/profile-section.js';
import type { ProfileSection } from '../../../src/components/profile-section/profile-section.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

describe('<profile-section>', () => {
  afterEach(() => clearSourceCache());

  it('renders one section alone, with part="section" and data-section', async () => {
    const element = await fixture<ProfileSection>(html`<profile-section kind="talks" src="/demo/profiles/minjia-zhang.json"></profile-section>`);
    await settled(element);
    const section = shadow(element, '[part="section"]')!;
    expect(section.dataset.section).to.equal('talks');
    expect(shadowAll(element, '[part="item"]')).to.have.length(24);
    expect(section.textContent).to.contain('“DeepSpeed: The library to accelerate training and inference of DNN at scale”');
    await expect(element).to.be.accessible();
  });

  it('compresses service years per venue', async () => {
    const element = await fixture<ProfileSection>(html`<profile-section kind="service" .profile=${{
      basics: { name: 'R' },
      service: [
        { role: 'Reviewer', kind: 'reviewer', venue: 'NeurIPS', year: 2019 },
        { role: 'Reviewer', kind: 'reviewer', venue: 'NeurIPS', year: 2020 },
        { role: 'Reviewer', kind: 'reviewer', venue: 'ICLR', years: [2020, 2021, 2022] },
        { role: 'Session Chair', kind: 'chair', venue: 'ASPLOS', year: 2019 },
      ],
    }}></profile-section>`);
    await settled(element);
    expect(shadowAll(element, '[part="item"]').map((item) => item.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Session Chair — ASPLOS 2019',
      'Reviewer — ICLR 2020–2022, NeurIPS 2019–2020',
    ]);
  });

  it('is empty, and says so, when the profile has nothing for it', async () => {
    const element = await fixture<ProfileSection>(html`<profile-section kind="press" .profile=${{ basics: { name: 'R' } }}></profile-section>`);
    await settled(element, 'empty');
    expect(shadow(element, '[part="empty"]')!.textContent).to.contain('No press');
    await expect(element).to.be.accessible();
  });
});
