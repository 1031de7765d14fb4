/**
 * <lab-directory> in the reader's language: the usual group headings, the profile-page links, the empty state and
 * the collaborations table; a lab's own group labels and every name stay as written.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/lab-directory/lab-directory.js';
import type { LabDirectory } from '../../../src/components/lab-directory/lab-directory.component.js';
import type { Lab } from '../../../src/model/lab.js';
import type { Publication } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';

const work = (id: string, ...families: string[]): Publication => ({
  id,
  type: 'article-journal',
  title: `Work ${id}`,
  issued: { 'date-parts': [[1843]] },
  author: families.map((family) => ({ given: family === 'Lovelace' ? 'Ada' : 'Charles', family })),
});

const lab: Lab = {
  name: 'Engine Lab',
  groupLabels: { visitors: 'Gäste aus aller Welt' },
  members: {
    faculty: [{ profile: { basics: { name: 'Ada Lovelace' }, publications: [work('1', 'Lovelace', 'Babbage')] }, page: 'ada.html' }],
    students: [{ profile: { basics: { name: 'Charles Babbage' }, publications: [work('1', 'Lovelace', 'Babbage')] } }],
    visitors: [{ profile: { basics: { name: 'Mary Somerville' } } }],
    // A group named like a property every object has is a group like any other.
    constructor: [{ profile: { basics: { name: 'Caroline Herschel' } } }],
  },
};

const headings = (element: LabDirectory) => shadowAll(element, '[part="group-heading"]').map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim());

describe('<lab-directory> languages', () => {
  it('shows group headings, links and the collaborations table in German, the lab’s own labels as written', async () => {
    const element = await settled(await fixture<LabDirectory>(html`<lab-directory lang="de" show-collaborations .lab=${lab}></lab-directory>`));
    await waitUntil(() => headings(element)[0] === 'Professur (1)', `not in German: ${headings(element).join(' | ')}`);
    await waitUntil(() => !!shadow(element, '[part="collaborations"]'), 'no collaborations table');
    expect(headings(element)).to.deep.equal(['Professur (1)', 'Studierende (1)', 'Gäste aus aller Welt (1)', 'Constructor (1)', 'Wer mit wem publiziert']);
    expect(shadow(element, '[part="page-link"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Profilseite von Ada Lovelace');
    expect(shadow(element, '[part="collaborations"] caption')!.textContent!.trim()).to.equal(
      'Gemeinsame Arbeiten je zweier Mitglieder; 2 Mitglieder haben keine mit einem anderen Mitglied.',
    );
    expect(shadow(element, '[part="collaborations"] td[title]')!.getAttribute('title')).to.equal('Ada Lovelace und Charles Babbage: 1 Arbeit, 1843');
  });

  it('says it has no lab in Japanese', async () => {
    const element = await fixture<LabDirectory>(html`<lab-directory lang="ja"></lab-directory>`);
    await waitUntil(() => shadow(element, '[part="empty"]')?.textContent === '研究室が指定されていません。', 'not in Japanese');
    expect(element.state).to.equal('empty');
  });
});
