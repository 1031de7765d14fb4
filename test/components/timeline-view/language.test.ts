/**
 * <timeline-view> in the reader's language: the kinds, the legend, the notes, the entries' names and details, the
 * end of ongoing ranges; a change of `lang` at run time draws an already drawn timeline again (a long one too); a
 * language without a catalogue reads English; the researcher's own text stays as written.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/timeline-view/timeline-view.js';
import type { TimelineView } from '../../../src/components/timeline-view/timeline-view.component.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const TODAY = new Date(2025, 2, 15);

const profile: Profile = {
  basics: { name: 'Ada Lovelace' },
  work: [{ position: 'Analyst', organization: 'Engine Works', startDate: '2019-06', ongoing: true, kind: 'internship' }],
  education: [{ institution: 'Home', degree: 'Mathematics', startDate: '2010', endDate: '2014' }],
  talks: [
    { title: 'Notes on the Engine', date: '2020-03', kind: 'invited-talk', host: 'Royal Society' },
    { title: 'Poetical Science', date: '2021-05', kind: 'salon-reading' },
    { title: 'Undated musings' },
  ],
};

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const chips = (element: TimelineView) => shadowAll(element, '[part="chip"]').map(text);
const items = (element: TimelineView) => shadowAll<HTMLLIElement>(element, 'li[part="entry"]');
const itemAt = (element: TimelineView, path: string) => items(element).find((item) => element.entries.find((entry) => entry.id === item.dataset.id)?.path === path)!;

/** A timeline of `data` in a box 900 pixels wide (`lang` on the box), loaded. */
async function timelineIn(data: Profile | Profile[], lang: string, kinds = 'experience, education, talks', state: 'ready' | 'empty' = 'ready'): Promise<TimelineView> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 900px" lang=${lang}></div>`);
  const element = document.createElement('timeline-view') as TimelineView;
  element.today = TODAY;
  element.kinds = kinds;
  if (Array.isArray(data)) element.profiles = data;
  else element.profile = data;
  container.append(element);
  return settled(element, state);
}

describe('<timeline-view> languages', () => {
  it('shows the legend, summary, entries, details and notes in German; the researcher’s text as written', async () => {
    const element = await timelineIn(profile, 'de');
    await waitUntil(() => chips(element)[0] === 'Berufserfahrung (1)', `not in German: ${chips(element).join(' | ')}`);
    expect(chips(element)).to.deep.equal(['Berufserfahrung (1)', 'Ausbildung (1)', 'Vorträge (2)']);
    expect(shadow(element, '[part="filters"]')!.getAttribute('aria-label')).to.equal('Angezeigte Arten');
    expect(text(shadow(element, '[part="summary"]'))).to.match(/^4 Einträge, 2010\s*–\s*2025$/);
    expect(text(shadow(element, '#keyboard-hint'))).to.contain('Pfeiltasten');
    expect(text(shadow(element, '[part="undated"] summary'))).to.equal('1 Eintrag hat kein Datum und steht nicht auf der Zeitleiste');

    const talk = itemAt(element, '/talks/0');
    expect(text(talk.querySelector('.kind-label'))).to.equal('Vortrag');
    expect(text(talk.querySelector('[part="entry-title"]'))).to.equal('Notes on the Engine');
    expect(talk.querySelector('button')!.getAttribute('aria-label')).to.equal('Vortrag: Notes on the Engine, März 2020');
    const position = itemAt(element, '/work/0');
    expect(text(position.querySelector('[part="entry-dates"]'))).to.equal('Juni 2019 – heute');
    expect(position.querySelector('button')!.getAttribute('aria-label')).to.equal('Position: Analyst, Juni 2019 – heute, Engine Works');

    // Details: fact labels and a known kind in German; a kind the kit does not know stays the researcher's word.
    talk.querySelector('button')!.click();
    await element.updateComplete;
    const facts = [...talk.querySelectorAll('[part="details"] dl > div')].map((pair) => `${text(pair.querySelector('dt'))}: ${text(pair.querySelector('dd'))}`);
    expect(facts).to.deep.equal(['Art: Eingeladener Vortrag', 'Gastgeber: Royal Society']);
    const salon = itemAt(element, '/talks/1');
    salon.querySelector('button')!.click();
    await element.updateComplete;
    expect(text(salon.querySelector('[part="details"] dd'))).to.equal('Salon reading');

    // Every kind hidden: the note and its button in German.
    for (const chip of shadowAll<HTMLButtonElement>(element, '[part="chip"]')) chip.click();
    await element.updateComplete;
    expect(text(shadow(element, '[part="no-match"]'))).to.equal('Alle Arten sind ausgeblendet.Alle anzeigen');
    expect(text(shadow(element, '[part="summary"]'))).to.equal('Keine Einträge angezeigt');
  });

  it('says a band has nothing of the kinds shown, and that there is nothing to show, in Japanese', async () => {
    const element = await timelineIn([profile, { basics: { name: 'Charles Babbage' }, talks: [{ title: 'Difference', date: '1822' }] }], 'ja', 'experience');
    // The author's view (the tests run on localhost): the kinds shown, and what `kinds` could add.
    await waitUntil(
      () => text(shadow(element, '[part="band-empty"]')) === '表示中の種類（職歴）に日付のある項目はありません。kinds="experience, talks" を指定すると講演も表示されます。',
      `the empty band is not in Japanese: ${text(shadow(element, '[part="band-empty"]'))}`,
    );
    expect(text(itemAt(element, '/work/0').querySelector('.kind-label'))).to.equal('職位');
    expect(text(itemAt(element, '/work/0').querySelector('[part="entry-dates"]'))).to.contain('現在');

    const empty = await timelineIn({ basics: { name: 'Nobody' }, talks: [{ title: 'Someday' }] }, 'ja', 'experience, talks', 'empty');
    await waitUntil(() => text(shadow(empty, '[part="empty"]')).startsWith('年表に表示する項目がありません'), `not in Japanese: ${text(shadow(empty, '[part="empty"]'))}`);
    expect(text(shadow(empty, '[part="empty"]')))
      .to.contain('職歴')
      .and.to.contain('講演');
  });

  it('reads in Arabic: kinds, plural forms and the end of an ongoing range', async () => {
    const element = await timelineIn({ ...profile, talks: profile.talks!.slice(0, 1), education: [] }, 'ar');
    await waitUntil(() => text(itemAt(element, '/talks/0').querySelector('.kind-label')) === 'محاضرة', 'not in Arabic');
    expect(text(shadow(element, '[part="summary"]'))).to.match(/^إدخالان، /);
    expect(chips(element)).to.deep.equal(['الخبرة (1)', 'المحاضرات (1)']);
    expect(text(itemAt(element, '/work/0').querySelector('[part="entry-dates"]'))).to.contain('حتى الآن');
    expect(text(itemAt(element, '/talks/0').querySelector('[part="entry-title"]'))).to.equal('Notes on the Engine');
  });

  it('reads English for a language without a catalogue', async () => {
    const element = await timelineIn(profile, 'tlh');
    expect(chips(element)).to.deep.equal(['Experience (1)', 'Education (1)', 'Talks (2)']);
    expect(itemAt(element, '/work/0').querySelector('button')!.getAttribute('aria-label')).to.match(/^Position: Analyst, .+ – Present, Engine Works$/);
  });

  it('draws an already drawn timeline of 500 entries again when `lang` changes at run time', async function () {
    this.timeout(60_000);
    const education = Array.from({ length: 500 }, (_, index) => ({
      institution: `School ${index}`,
      degree: `Degree ${index}`,
      startDate: `${1990 + (index % 30)}-01`,
      endDate: `${1991 + (index % 30)}-06`,
    }));
    const element = await timelineIn({ basics: { name: 'Many Degrees' }, education }, 'en', 'education');
    await waitUntil(() => items(element).length === 500, `only ${items(element).length} of 500 entries were drawn`, { timeout: 30_000 });
    expect(text(items(element)[0]!.querySelector('.kind-label'))).to.equal('Education');
    const first = items(element)[0]!.querySelector('button')!;
    first.click();
    await element.updateComplete;

    element.parentElement!.setAttribute('lang', 'de');
    const german = () => items(element).every((item) => text(item.querySelector('.kind-label')) === 'Ausbildung');
    await waitUntil(() => items(element).length === 500 && german(), 'not every entry was drawn again in German', { timeout: 30_000 });
    expect(items(element).every((item) => item.querySelector('button')!.getAttribute('aria-label')!.startsWith('Ausbildung: Degree '))).to.equal(true);
    expect(text(items(element)[0]!.querySelector('[part="entry-dates"]'))).to.match(/^Jan\. \d{4} – Juni \d{4}$/);
    expect(text(shadow(element, '[part="summary"]'))).to.match(/^500 Einträge/);
    expect(text(items(element)[0]!.querySelector('[part="entry-title"]'))).to.match(/^Degree \d+$/);

    // And back: a language change after the first draws the words again too.
    element.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => items(element).every((item) => text(item.querySelector('.kind-label')) === 'Education'), 'not drawn again in English', { timeout: 30_000 });
  });
});
