/**
 * <researcher-card> in the reader's language: its `lang`, an ancestor's (across shadow roots), or the page's;
 * switched at runtime; English for a language without a catalogue. The researcher's own text stays as written.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/researcher-card/researcher-card.js';
import type { ResearcherCard } from '../../../src/components/researcher-card/researcher-card.component.js';
import { settled } from '../../helpers.js';

const profile = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Analyst',
    url: 'https://ada.example.org',
    location: { city: 'London' },
    bio: ['Wrote the first published program.'],
  },
  metrics: { citations: 1234, hIndex: 12, source: 'OpenAlex', retrieved: '2026-11-02' },
  publications: [{ id: 'notes', type: 'article-journal', title: 'Notes on the Analytical Engine', issued: { 'date-parts': [[1843]] } }],
};

const text = (card: ResearcherCard) => card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const homepageLabel = (card: ResearcherCard) => card.shadowRoot!.querySelector('a[part="link"]')?.getAttribute('aria-label') ?? '';

describe('<researcher-card> languages', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('shows its interface in German with lang="de", numbers and dates too, the data as written', async () => {
    const card = await settled(await fixture<ResearcherCard>(html`<researcher-card lang="de" .profile=${profile}></researcher-card>`));
    await waitUntil(() => text(card).includes('Publikationen'), 'German never came');
    expect(text(card).includes('Zitationen')).to.be.true;
    expect(text(card).includes('1.234')).to.be.true;
    expect(text(card).includes('2. Nov. 2026')).to.be.true;
    expect(homepageLabel(card)).to.equal('Website von Ada Lovelace');
    expect(text(card).includes('Wrote the first published program.')).to.be.true;
    expect(text(card).includes('Analyst')).to.be.true;
  });

  it("follows an ancestor's lang across a shadow root, and the page's", async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('researcher-card') as ResearcherCard;
    inner.profile = profile;
    shadow.append(inner);
    await settled(inner);
    await waitUntil(() => homepageLabel(inner) === 'Site web de Ada Lovelace', `French never came: ${homepageLabel(inner)}`);

    document.documentElement.setAttribute('lang', 'ja');
    const page = await settled(await fixture<ResearcherCard>(html`<researcher-card .profile=${profile}></researcher-card>`));
    await waitUntil(() => text(page).includes('被引用数'), 'Japanese never came');
  });

  it('switches language when a lang changes, and shows English for a language without a catalogue', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><researcher-card .profile=${profile}></researcher-card></div>`);
    const card = wrapper.querySelector('researcher-card') as ResearcherCard;
    await settled(card);
    await waitUntil(() => text(card).includes('Publicaciones'), 'Spanish never came');
    wrapper.setAttribute('lang', 'ar');
    await waitUntil(() => text(card).includes('المنشورات'), 'Arabic never came');
    card.setAttribute('lang', 'tlh');
    await waitUntil(() => text(card).includes('Publications'), 'English never came back');
    expect(homepageLabel(card)).to.equal('Homepage of Ada Lovelace');
  });
});
