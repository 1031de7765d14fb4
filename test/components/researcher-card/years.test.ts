/**
 * The years a card states say what they are: the career's span when the profile has dated positions ("Career
 * 2015–present"), else the span of the publications ("Publishing 2022–2024"); in the reader's language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/researcher-card/researcher-card.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadowAll } from '../../helpers.js';

/** The key numbers as "value label" pairs, e.g. "3 Publications". */
const stats = (element: ResearcherCard) =>
  shadowAll(element, '[part="stats"] > div').map((pair) => `${pair.querySelector('dd')!.textContent} ${pair.querySelector('dt')!.textContent}`);

async function card(profile: Profile, lang = 'en'): Promise<ResearcherCard> {
  return settled(await fixture<ResearcherCard>(html`<researcher-card lang=${lang} .profile=${profile}></researcher-card>`));
}

const publications: Profile['publications'] = [
  { id: 'a', type: 'article-journal', title: 'First', issued: { 'date-parts': [[2022]] } },
  { id: 'b', type: 'article-journal', title: 'Latest', issued: { 'date-parts': [[2024, 5]] } },
];

const working: Profile = {
  basics: { name: 'Ada Lovelace' },
  work: [
    { position: 'Scientist', organization: 'New Lab', startDate: '2019-03', ongoing: true },
    { position: 'Intern', organization: 'Old Lab', startDate: '2016-06', endDate: '2016-09' },
  ],
  education: [{ institution: 'University', startDate: '2015-09', endDate: '2019-02' }],
  publications,
};

describe('<researcher-card> years', () => {
  it('shows the career span, from the earliest start to the present, when a position is ongoing', async () => {
    expect(stats(await card(working))).to.deep.equal(['2 Publications', '2015–present Career']);
  });

  it('ends the career span at the latest end when no position is ongoing', async () => {
    const ended: Profile = {
      ...working,
      work: [
        { position: 'Scientist', organization: 'New Lab', startDate: '2019', endDate: '2023-08' },
        { position: 'Chair', organization: 'Society', endDate: '2012' },
      ],
      education: [],
    };
    expect(stats(await card(ended))).to.deep.equal(['2 Publications', '2012–2023 Career']);
  });

  it('labels the span of the publications when no position has a date', async () => {
    const undated: Profile = { ...working, work: [{ position: 'Scientist', organization: 'New Lab' }], education: [] };
    expect(stats(await card(undated))).to.deep.equal(['2 Publications', '2022–2024 Publishing']);
    const single: Profile = { basics: { name: 'Ada Lovelace' }, publications: publications.slice(1) };
    expect(stats(await card(single))).to.deep.equal(['1 Publications', '2024 Publishing']);
  });

  it('says it in the reader’s language', async () => {
    const german = await card(working, 'de');
    await waitUntil(() => stats(german).some((pair) => pair.includes('Laufbahn')), 'German never came');
    expect(stats(german)).to.include('seit 2015 Laufbahn');
    const japanese = await card({ ...working, work: [], education: [{ institution: 'University', startDate: '2015', endDate: '2019' }] }, 'ja');
    await waitUntil(() => stats(japanese).some((pair) => pair.includes('経歴')), 'Japanese never came');
    expect(stats(japanese)).to.include('2015年～2019年 経歴');
  });

  it('shows the career span of a seed profile (Heyang Qin: 2013 to the present)', async () => {
    const profile = (await (await fetch('/demo/profiles/heyang-qin.json')).json()) as Profile;
    expect(stats(await card(profile))).to.include('2013–present Career');
  });
});
