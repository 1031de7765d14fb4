import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/lab-directory/lab-directory.js';
import type { LabDirectory } from '../../../src/components/lab-directory/lab-directory.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { labCoauthorship } from '../../../src/model/collaborators.js';
import type { Profile, Publication } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const work = (id: string, year: number, ...families: string[]): Publication => ({
  id,
  type: 'article-journal',
  title: `Work ${id}`,
  issued: { 'date-parts': [[year]] },
  author: families.map((family) => ({ given: family === 'Lovelace' ? 'Ada' : family === 'Babbage' ? 'Charles' : 'Mary', family })),
});

const ADA: Profile = { basics: { name: 'Ada Lovelace' }, publications: [work('1', 1843, 'Lovelace', 'Babbage'), work('2', 1844, 'Lovelace', 'Babbage', 'Somerville')] };
const CHARLES: Profile = { basics: { name: 'Charles Babbage' }, publications: [work('1', 1843, 'Lovelace', 'Babbage')] };
const MARY: Profile = { basics: { name: 'Mary Somerville' }, publications: [work('3', 1834, 'Somerville')] };
const ALONE: Profile = { basics: { name: 'Caroline Herschel' }, publications: [] };

/** Waits for the directory, then for its collaborations table (its template loads on first use). */
async function withTable(element: LabDirectory): Promise<LabDirectory> {
  await settled(element);
  await waitUntil(() => !!shadow(element, '[part="collaborations"]'), 'the collaborations table never appeared', { timeout: 5000 });
  return element;
}

/** The table's cells as text, row by row (row heading first). */
const rows = (element: LabDirectory) =>
  shadowAll(element, '[part="collaborations"] tbody tr').map((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

describe('<lab-directory show-collaborations>', () => {
  afterEach(() => clearSourceCache());

  it('shows how many works each pair of members wrote together, from any member’s list, a shared work counted once', async () => {
    const element = await fixture<LabDirectory>(html`<lab-directory show-collaborations .profiles=${[ADA, CHARLES, MARY, ALONE]}></lab-directory>`);
    await withTable(element);
    expect(shadowAll(element, '[part="collaborations"] thead th').map((cell) => cell.textContent!.trim())).to.deep.equal(['Ada Lovelace', 'Charles Babbage', 'Mary Somerville']);
    expect(rows(element)).to.deep.equal([
      ['Ada Lovelace', '—', '2', '1'],
      // Work 2 is only in Ada's list, and names all three.
      ['Charles Babbage', '2', '—', '1'],
      ['Mary Somerville', '1', '1', '—'],
    ]);
    const strongest = shadow(element, 'td[data-level="4"]')!;
    expect(strongest.title).to.equal('Ada Lovelace and Charles Babbage: 2 works, 1843–1844');
    expect(shadow(element, '[part="collaborations"] caption')!.textContent!.replace(/\s+/g, ' ')).to.contain('1 member has none with another member');
    await expect(element).to.be.accessible();
  });

  it('keeps the shaded cells readable in the dark theme', async () => {
    const page = await fixture(html`<div style="background: #0d1117; padding: 1rem">
      <lab-directory theme="dark" show-collaborations .profiles=${[ADA, CHARLES, MARY]}></lab-directory>
    </div>`);
    const element = page.querySelector<LabDirectory>('lab-directory')!;
    await withTable(element);
    expect(shadowAll(element, 'td[data-level]').length).to.equal(6);
    await expect(element).to.be.accessible();
  });

  it('is off by default, and left out when no two members share a work', async () => {
    const off = await fixture<LabDirectory>(html`<lab-directory .profiles=${[ADA, CHARLES]}></lab-directory>`);
    await settled(off);
    expect(!!shadow(off, '[part="collaborations"]')).to.be.false;
    const none = await fixture<LabDirectory>(html`<lab-directory show-collaborations .profiles=${[MARY, ALONE]}></lab-directory>`);
    await settled(none);
    // The template is loaded (the table would be drawn by now), and there is nothing to draw.
    await import('../../../src/components/lab-directory/collaborations-template.js');
    await none.updateComplete;
    expect(!!shadow(none, '[part="collaborations"]')).to.be.false;
  });

  it('reads the demo lab: its members’ shared works, as their own profiles list them', async () => {
    const element = await fixture<LabDirectory>(html`<lab-directory show-collaborations src="/demo/lab.json"></lab-directory>`);
    await withTable(element);
    const profiles = await Promise.all(
      ['minjia-zhang', 'yuxiong-he', 'samyam-rajbhandari', 'heyang-qin'].map(async (name) => (await (await fetch(`/demo/profiles/${name}.json`)).json()) as Profile),
    );
    const pairs = labCoauthorship(
      profiles.map((profile) => ({ name: profile.basics.name, variants: profile.basics.nameVariants ?? [], publications: profile.publications ?? [] })),
    );
    const cells = shadowAll(element, '[part="collaborations"] td[data-level]');
    // Each pair appears twice (above and below the diagonal).
    expect(cells.length).to.equal(pairs.length * 2);
    expect(cells.map((cell) => Number(cell.textContent)).reduce((sum, count) => sum + count, 0)).to.equal(pairs.reduce((sum, pair) => sum + pair.count, 0) * 2);
    expect(pairs.length).to.be.greaterThan(2);
  });
});
