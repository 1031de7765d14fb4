/**
 * <profile-section> in the reader's language: the words the kit adds around a profile's data (kinds of position and
 * talk it knows, groups of talks, links by kind, "in", "GPA", "hosted by", quotation marks, the end of an ongoing
 * range) in German, Japanese and Arabic; a kind the researcher wrote that the kit does not know, and every title and
 * name, stay as written; a change of `lang` at run time redraws the section.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/profile-section/profile-section.js';
import type { ProfileSection } from '../../../src/components/profile-section/profile-section.component.js';
import type { Profile } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const profile: Profile = {
  basics: { name: 'Ada Lovelace' },
  work: [
    { position: 'Analyst', organization: 'Engine Works', startDate: '2019-06', ongoing: true, kind: 'internship' },
    { position: 'Poet', organization: 'Salon', startDate: '2015', endDate: '2016', kind: 'salon-poet' },
  ],
  education: [{ institution: 'Home', degree: 'B.A.', field: 'Mathematics', startDate: '2010', endDate: '2014', gpa: '4.0' }],
  talks: [
    { title: 'Notes on the Engine', date: '2020-03', kind: 'invited-talk', host: 'Royal Society', links: [{ kind: 'slides', url: 'https://example.org/s.pdf' }] },
    { title: 'Poetical Science', date: '2021-05', kind: 'salon-reading' },
  ],
};

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function section(kind: string, lang: string): Promise<ProfileSection> {
  const container = await fixture<HTMLDivElement>(html`<div lang=${lang}><profile-section kind=${kind} .profile=${profile}></profile-section></div>`);
  return settled(container.querySelector<ProfileSection>('profile-section')!);
}

describe('<profile-section> languages', () => {
  it('names known kinds and the end of a range in German; the researcher’s own kind stays as written', async () => {
    const element = await section('experience', 'de');
    await waitUntil(() => text(shadow(element, '[role="heading"]')) === 'Berufserfahrung', `not in German: ${text(shadow(element, '[role="heading"]'))}`);
    const [analyst, poet] = shadowAll(element, '[part="item"]');
    expect(text(analyst)).to.contain('Praktikum').and.to.contain('heute').and.to.contain('Analyst').and.to.contain('Engine Works');
    expect(text(poet)).to.contain('Salon poet');
  });

  it('writes a degree, its field and GPA in German', async () => {
    const element = await section('education', 'de');
    await waitUntil(() => text(shadow(element, '[part="item"]')).includes('Notendurchschnitt: 4.0'), 'not in German');
    expect(text(shadow(element, '[part="item"] strong'))).to.equal('B.A. in Mathematics');
  });

  it('groups talks, names hosts and links, and quotes titles in Japanese', async () => {
    const element = await section('talks', 'ja');
    const headings = () => shadowAll(element, '.group [role="heading"]').map(text);
    await waitUntil(() => headings()[0] === '招待講演（1）', `not in Japanese: ${headings().join(' | ')}`);
    expect(headings()).to.deep.equal(['招待講演（1）', 'その他の講演（1）']);
    const [invited, other] = shadowAll(element, '[part="item"]');
    expect(text(invited)).to.contain('「Notes on the Engine」').and.to.contain('主催：\u2068Royal Society\u2069').and.to.contain('スライド');
    expect(text(other)).to.contain('(Salon reading)');
  });

  it('reads in Arabic, and again in English when `lang` changes at run time', async () => {
    const element = await section('talks', 'ar');
    const first = () => text(shadowAll(element, '.group [role="heading"]')[0]);
    await waitUntil(() => first() === 'المحاضرات المدعوّة (1)', `not in Arabic: ${first()}`);
    expect(text(shadow(element, '[part="item"]')))
      .to.contain('باستضافة \u2068Royal Society\u2069')
      .and.to.contain('«Notes on the Engine»');
    element.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => first() === 'Invited talks (1)', `not back in English: ${first()}`);
    expect(text(shadow(element, '[part="item"]')))
      .to.contain('hosted by \u2068Royal Society\u2069')
      .and.to.contain('“Notes on the Engine”')
      .and.to.contain('Slides');
  });

  it('reads English for a language without a catalogue', async () => {
    const element = await section('experience', 'tlh');
    expect(text(shadow(element, '[part="item"]')))
      .to.contain('Internship')
      .and.to.contain('Present');
  });
});
