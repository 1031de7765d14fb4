import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/timeline-view/timeline-view.js';
import type { TimelineView } from '../../../src/components/timeline-view/timeline-view.component.js';
import type { ScholarErrorEvent } from '../../../src/events/scholar-error.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import type { Lab } from '../../../src/model/lab.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const TODAY = new Date('2025-06-01T12:00:00Z');

function bandNames(element: TimelineView): string[] {
  return shadowAll(element, '[part="band"]').map((band) => band.querySelector('[part="person"]')!.textContent!);
}

describe('<timeline-view> of a lab', () => {
  afterEach(() => clearSourceCache());

  it('has one band per member, in the lab’s order', async () => {
    const element = await fixture<TimelineView>(html`<timeline-view src="/demo/lab.json" layout="horizontal" .today=${TODAY}></timeline-view>`);
    await settled(element);
    expect(bandNames(element)).to.deep.equal(['Minjia Zhang', 'Yuxiong He', 'Samyam Rajbhandari', 'Heyang Qin']);
    expect(shadowAll(element, '[part="band"]').map((band) => band.dataset.person)).to.deep.equal(['Minjia Zhang', 'Yuxiong He', 'Samyam Rajbhandari', 'Heyang Qin']);
    // Every entry sits in its own person's band.
    for (const band of shadowAll(element, '[part="band"]')) {
      for (const entry of band.querySelectorAll<HTMLElement>('[part="entry"]')) expect(entry.dataset.person).to.equal(band.dataset.person);
    }
    expect(element.problems).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('reads a lab with embedded profiles given as the `lab` property', async () => {
    const lab: Lab = {
      name: 'Two people',
      members: {
        faculty: [{ profile: { basics: { name: 'Ada Lovelace' }, work: [{ position: 'Analyst', organization: 'Engines', startDate: '1842', endDate: '1843' }] } }],
        students: [{ profile: '/demo/profiles/heyang-qin.json' }],
      },
    };
    const element = await fixture<TimelineView>(html`<timeline-view .lab=${lab} layout="vertical" .today=${TODAY}></timeline-view>`);
    await settled(element);
    expect(bandNames(element)).to.deep.equal(['Ada Lovelace', 'Heyang Qin']);
  });

  it('shows the members that load when one cannot, and says which failed', async () => {
    const element = document.createElement('timeline-view');
    element.today = TODAY;
    const failed = oneEvent(element, 'scholar-error') as Promise<ScholarErrorEvent>;
    element.src = '/test/components/lab/fixtures/broken-member.json';
    document.body.append(element);
    try {
      expect((await failed).detail.status).to.equal(404);
      await settled(element);
      expect(bandNames(element)).to.deep.equal(['Minjia Zhang', 'Yuxiong He', 'Samyam Rajbhandari']);
      expect(shadow(element, '[part="problems"]')!.textContent!.replace(/\s+/g, ' ')).to.match(
        /members\.researchers\[1\] \(Heyang Qin\): Could not load \S+\/heyang-qin-moved\.json: the server answered HTTP 404/,
      );
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
  });
});
