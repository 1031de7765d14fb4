/**
 * The metrics `scholar-elements enrich --openalex` writes, shown by the elements: Minjia Zhang's seed profile as
 * enrich makes it from the recorded OpenAlex answers (test/fixtures/api/enriched/minjia-zhang.json — written by
 * `node scripts/record-enriched-seed.mjs`; test/command/enrich.test.ts checks that it is still what enrich writes).
 * Every expected number here is read from that file, none is written by hand.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import '../../../src/components/researcher-card/researcher-card.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import type { Profile, Publication } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';
import { drawnEntries, fullyRendered } from '../pub-list/harness.js';

async function enriched(): Promise<Profile> {
  const response = await fetch('/test/fixtures/api/enriched/minjia-zhang.json');
  expect(response.ok, 'the enriched seed is missing: run `node scripts/record-enriched-seed.mjs`').to.equal(true);
  return (await response.json()) as Profile;
}

const thousands = (value: number) => value.toLocaleString('en-US');
/** "Nov 29, 2026": how the elements write a day in English. */
const day = (date: string) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

describe('the seed profile enrich filled (minjia-zhang)', () => {
  it('enrich gave the researcher citations, h-index and i10-index, and most publications a count', async () => {
    const profile = await enriched();
    expect(profile.metrics).to.include({ source: 'OpenAlex' });
    expect(profile.metrics!.countsByYear!.length).to.be.at.least(2);
    const counted = profile.publications!.filter((publication) => typeof publication.metrics?.citations === 'number');
    expect(counted.length).to.be.within(30, profile.publications!.length - 1);
  });

  it('<researcher-card> shows its citations, h-index and i10-index with their source and date, and citations per year', async () => {
    const profile = await enriched();
    const { citations, hIndex, i10Index, retrieved, countsByYear } = profile.metrics!;
    const card = await settled(await fixture<ResearcherCard>(html`<researcher-card .profile=${profile}></researcher-card>`));
    const stats = shadowAll(card, '[part="stats"] > div').map((pair) => `${pair.querySelector('dd')!.textContent} ${pair.querySelector('dt')!.textContent}`);
    expect(stats).to.include.members([`${thousands(citations!)} Citations`, `${hIndex} h-index`, `${i10Index} i10-index`]);
    expect(shadow(card, '[part="metrics-source"]')!.textContent).to.equal(`Citations: OpenAlex, ${day(String(retrieved))}`);
    await waitUntil(() => !!shadow(card, '[part="citations-chart"]'), 'the citations chart never appeared', { timeout: 5000 });
    const rows = [...shadow(card, '[part="citations-chart"]')!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    const years = countsByYear!.map(({ year }) => year);
    expect(rows.length).to.equal(Math.max(...years) - Math.min(...years) + 1);
    for (const { year, citations: count } of countsByYear!) expect(rows).to.deep.include([String(year), thousands(count)]);
    await expect(card).to.be.accessible();
  });

  it('<pub-list> says "Cited by N" with the source and date in its tooltip, and sort="cited" puts the most cited first', async () => {
    const profile = await enriched();
    const byId = new Map<string, Publication>(profile.publications!.map((publication) => [String(publication.id), publication]));
    const list = await fullyRendered(await fixture<PubList>(html`<pub-list .profile=${profile} group-by="none"></pub-list>`));
    const metricsOf = (entry: HTMLElement) => byId.get(entry.dataset.key!)!.metrics;
    const counted = drawnEntries(list).filter((entry) => typeof metricsOf(entry)?.citations === 'number');
    expect(counted.length).to.be.at.least(30);
    for (const entry of drawnEntries(list)) {
      const metrics = metricsOf(entry);
      const note = entry.querySelector<HTMLElement>('[part="citations"]');
      if (typeof metrics?.citations !== 'number') {
        expect(!!note, `a count shown for ${entry.dataset.key}`).to.equal(false);
        continue;
      }
      expect(note!.textContent!.trim()).to.equal(`Cited by ${thousands(metrics.citations)}`);
      const count = `${thousands(metrics.citations)} ${metrics.citations === 1 ? 'citation' : 'citations'}`;
      expect(note!.title).to.equal(`${count} according to ${metrics.source} (as of ${day(String(metrics.retrieved))})`);
    }

    const most = Math.max(...profile.publications!.map((publication) => publication.metrics?.citations ?? -1));
    list.sort = 'cited';
    const counts = () => drawnEntries(list).map((entry) => metricsOf(entry)?.citations ?? -1);
    await waitUntil(() => counts()[0] === most, `not ranked by citations: ${counts().slice(0, 5).join(', ')}`, { timeout: 10000 });
    await fullyRendered(list);
    const ranked = counts();
    // Most cited first; works without a count last.
    expect(ranked).to.deep.equal([...ranked].sort((a, b) => b - a));
    expect(ranked.filter((count) => count >= 0).length).to.equal(counted.length);
  });
});
