/**
 * <pub-list> in the reader's language: controls, counts (with their plural forms), group headings, badges, links,
 * the Cite button, the empty and no-match states and the problems note; a change of `lang` at run time redraws an
 * already drawn long list, rows included; an unknown language reads in English; the researcher's text stays as written.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { loadCatalogue } from '../../../src/i18n/languages.js';
import { formatMessage, type MessageKey, type MessageValues } from '../../../src/i18n/messages.js';
import { loadProblemWords, renderProblemsNote } from '../../../src/internal/problems-note.js';
import type { Problem, Publication } from '../../../src/model/types.js';
import { settled, shadow, shadowAll } from '../../helpers.js';
import { drawnEntries, fullyRendered } from './harness.js';

const TITLES = ['Über Rechenmaschinen: eine Skizze', 'Notes on the Analytical Engine', 'A preprint with many authors'];

const works: Publication[] = [
  {
    id: 'w1',
    type: 'paper-conference',
    title: TITLES[0]!,
    author: [
      { given: 'Ada', family: 'Lovelace' },
      { given: 'Grace', family: 'Hopper' },
      { given: 'Charles', family: 'Babbage' },
    ],
    issued: { 'date-parts': [[2021]] },
    'container-title': 'Proceedings of Engines',
    links: [
      { kind: 'pdf', url: 'https://example.org/w1.pdf' },
      { kind: 'slides', url: 'https://example.org/w1-slides.pdf' },
      { kind: 'code', label: 'Unser Code', url: 'https://example.org/code' },
    ],
    abstract: 'A sketch.',
    selected: true,
  },
  {
    id: 'w2',
    type: 'article-journal',
    title: TITLES[1]!,
    author: [{ given: 'Ada', family: 'Lovelace' }],
    issued: { 'date-parts': [[2019]] },
    'container-title': 'Scientific Memoirs',
    metrics: { citations: 1234, source: 'OpenAlex' },
  },
  {
    id: 'w3',
    type: 'article',
    title: TITLES[2]!,
    author: Array.from({ length: 30 }, (_, index) => ({ given: 'Author', family: `Number${index + 1}` })),
    issued: { 'date-parts': [[2022]] },
  },
];

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summary = (list: PubList) => text(shadow(list, '[part="summary"]'));
const citeLabels = (list: PubList) => drawnEntries(list).map((row) => text(row.querySelector('[part="cite-button"]')));

async function listIn(lang: string | undefined, items: Publication[] = works): Promise<PubList> {
  const list = await fixture<PubList>(html`<pub-list lang=${lang ?? ''} .items=${items}></pub-list>`);
  return fullyRendered(list);
}

/** Waits until the list's Cite buttons read `cite` (the language's catalogue is loaded on first use). */
async function inLanguage(list: PubList, cite: string): Promise<PubList> {
  await waitUntil(() => citeLabels(list).length > 0 && citeLabels(list).every((label) => label === cite), `not translated: ${citeLabels(list).join(' | ')}`, {
    timeout: 10000,
  });
  return list;
}

describe('<pub-list> languages', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('shows controls, counts, headings, badges and links in German; the researcher’s text as written', async () => {
    const list = await inLanguage(await listIn('de'), 'Zitieren');
    expect(summary(list)).to.equal('3 Publikationen');
    expect(shadowAll(list, '[part="group-heading"]').map(text)).to.deep.equal(['2022 (1)', '2021 (1)', '2019 (1)']);
    const labels = shadowAll(list, '[part="controls"] label').map(text);
    expect(labels.some((label) => label.startsWith('Gruppieren nach'))).to.equal(true);
    expect(shadowAll(list, '[part="controls"] option').map(text)).to.include.members(['Jahr', 'Kategorie', 'Keine Gruppierung', 'Neueste zuerst', 'Älteste zuerst']);
    expect(shadow<HTMLInputElement>(list, '[part="search"]')!.placeholder).to.equal('Titel, Autoren, Publikationsorte durchsuchen');
    expect(shadowAll(list, '[part="category"]').map(text)).to.deep.equal(['Preprint', 'Konferenzbeitrag', 'Zeitschriftenartikel']);
    expect(text(shadow(list, '[part="selected"]'))).to.equal('Ausgewählt');
    // The kit's link names are translated, the data's own label is not.
    const links = shadowAll(list, '[part~="link"]');
    expect(links.map(text)).to.deep.equal(['PDF', 'Folien', 'Unser Code']);
    expect(links[1]!.getAttribute('aria-label')).to.equal(`Folien: ${TITLES[0]}`);
    expect(text(shadow(list, '[part="abstract-toggle"]'))).to.equal('Abstract');
    // Authors joined as German joins a list; a long list collapses to "und N weitere".
    const rows = drawnEntries(list);
    expect(text(rows[1]!.querySelector('[part="authors"]'))).to.equal('Ada Lovelace, Grace Hopper und Charles Babbage');
    expect(text(rows[0]!.querySelector('[part="more-authors"]'))).to.equal('und 21 weitere Personen');
    expect(text(rows[2]!.querySelector('[part="citations"]'))).to.equal('1.234-mal zitiert');
    expect(rows[2]!.querySelector('[part="citations"]')!.getAttribute('title')).to.equal('1.234 Zitationen laut OpenAlex');
    expect(text(shadow(list, '[part="chart-year"] .visually-hidden'))).to.equal('2019: 1 Publikation');
    expect(shadowAll(list, '[part="title"]').map(text)).to.deep.equal([TITLES[2], TITLES[0], TITLES[1]]);

    list.query = 'memoirs';
    await list.updateComplete;
    expect(summary(list)).to.equal('1 von 3 Publikationen angezeigt');
    list.query = 'nothing like this';
    await list.updateComplete;
    expect(text(shadow(list, '[part="no-match"]'))).to.equal('Keine Publikationen entsprechen diesen Filtern. Filter zurücksetzen');
  });

  it('says it has nothing to show in German', async () => {
    const list = await fixture<PubList>(html`<pub-list lang="de" .items=${[]}></pub-list>`);
    await settled(list, 'empty');
    await waitUntil(() => text(shadow(list, '[part="empty"]')) === 'Keine Publikationen vorhanden.', `not in German: ${text(shadow(list, '[part="empty"]'))}`);
  });

  it('counts in Arabic with the forms for one, two and a few', async () => {
    const arabic = (count: number) => new Intl.NumberFormat('ar').format(count);
    const one = await inLanguage(await listIn('ar', works.slice(0, 1)), 'استشهاد');
    expect(summary(one)).to.equal('منشور واحد');
    const two = await inLanguage(await listIn('ar', works.slice(0, 2)), 'استشهاد');
    expect(summary(two)).to.equal('منشوران');
    const three = await inLanguage(await listIn('ar', works), 'استشهاد');
    expect(summary(three)).to.equal(`${arabic(3)} منشورات`);
    expect(
      shadowAll(three, '[part="controls"] label')
        .map(text)
        .some((label) => label.startsWith('التجميع حسب')),
    ).to.equal(true);
    expect(shadowAll(three, '[part="category"]').map(text)).to.include('مؤتمر');
    three.query = 'nothing like this';
    await three.updateComplete;
    expect(text(shadow(three, '[part="no-match"]'))).to.contain('لا توجد منشورات تطابق عوامل التصفية هذه.');
  });

  it('shows Japanese words, and joins authors with the Japanese list mark', async () => {
    const list = await inLanguage(await listIn('ja'), '引用');
    expect(summary(list)).to.equal('3 件の業績');
    expect(text(drawnEntries(list)[1]!.querySelector('[part="authors"]'))).to.equal('Ada Lovelace、Grace Hopper、Charles Babbage');
    expect(text(drawnEntries(list)[0]!.querySelector('[part="more-authors"]'))).to.equal('他 21 名');
    list.query = 'memoirs';
    await list.updateComplete;
    expect(summary(list)).to.equal('3 件中 1 件を表示');
  });

  it('uses the English forms for one and many', async () => {
    const one = await listIn('en', works.slice(0, 1));
    expect(summary(one)).to.equal('1 publication');
    const three = await listIn('en');
    expect(summary(three)).to.equal('3 publications');
    expect(text(drawnEntries(three)[1]!.querySelector('[part="authors"]'))).to.equal('Ada Lovelace, Grace Hopper, and Charles Babbage');
  });

  it('reads in English in a language it has no words for', async () => {
    const list = await listIn('tlh');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await list.updateComplete;
    expect(citeLabels(list).every((label) => label === 'Cite')).to.equal(true);
    expect(summary(list)).to.equal('3 publications');
    expect(shadowAll(list, '[part="category"]').map(text)).to.deep.equal(['Preprint', 'Conference', 'Journal']);
  });

  it('redraws an already drawn long list, every row, when the page’s language changes', async function () {
    this.timeout(60_000);
    const many: Publication[] = Array.from({ length: 300 }, (_, index) => ({
      id: `m${index}`,
      type: index % 2 ? 'article-journal' : 'paper-conference',
      title: `Study ${index}`,
      author: [{ given: 'Ada', family: 'Lovelace' }],
      issued: { 'date-parts': [[2000 + (index % 20)]] },
      links: [{ kind: 'code', url: `https://example.org/${index}` }],
    }));
    const list = await fixture<PubList>(html`<pub-list .items=${many}></pub-list>`);
    await fullyRendered(list);
    expect(drawnEntries(list)).to.have.length(300);
    await inLanguage(list, 'Cite');

    document.documentElement.lang = 'de';
    await inLanguage(list, 'Zitieren');
    expect(drawnEntries(list)).to.have.length(300);
    expect(summary(list)).to.equal('300 Publikationen');
    const rows = drawnEntries(list);
    expect(rows.every((row) => text(row.querySelector('[part="link"]')) === 'Code')).to.equal(true);
    expect(rows.every((row) => ['Konferenzbeitrag', 'Zeitschriftenartikel'].includes(text(row.querySelector('[part="category"]'))))).to.equal(true);
    expect(text(shadow(list, '[part="chart"] caption'))).to.equal('Publikationen pro Jahr');
    expect(shadowAll(list, '[part="controls"] option').map(text)).to.include('Neueste zuerst');
    expect(rows.map((row) => text(row.querySelector('[part="title"]')))).to.deep.equal(list.publications.map((entry) => entry.title));

    document.documentElement.lang = 'fr';
    await inLanguage(list, 'Citer');
    expect(summary(list)).to.equal('300 publications');
    expect(shadowAll(list, '[part="category"]').every((badge) => ['Conférence', 'Revue'].includes(text(badge)))).to.equal(true);

    // The group headings' counts are written in the language's digits.
    document.documentElement.lang = 'ar';
    await inLanguage(list, 'استشهاد');
    expect(text(shadow(list, '[part="group-heading"]'))).to.equal(`2019 (${new Intl.NumberFormat('ar').format(15)})`);
    // …and so are the counts of the chart's table for screen readers.
    expect(text(shadow(list, '[part="chart"] tbody td'))).to.equal(new Intl.NumberFormat('ar').format(15));
    expect(shadowAll(list, '[part="category"]').every((badge) => ['مؤتمر', 'مجلة علمية'].includes(text(badge)))).to.equal(true);

    document.documentElement.removeAttribute('lang');
    list.lang = 'en';
    await inLanguage(list, 'Cite');
    expect(shadowAll(list, '[part="category"]').every((badge) => ['Conference', 'Journal'].includes(text(badge)))).to.equal(true);
  });

  it('puts the problems note’s own words in the language, the problems as found', async () => {
    const de = await loadCatalogue('de');
    const t = (key: MessageKey, values?: MessageValues) => formatMessage(de, key, values, 'de');
    const problems: Problem[] = [
      { path: '/publications/0/title', message: '/publications/0/title: expected a string, got a number', source: 'property' },
      { path: '/publications/1/title', message: '/publications/1/title: expected a string, got a number', source: 'property' },
    ];
    const host = document.createElement('div');
    render(renderProblemsNote(problems, await loadProblemWords(), { sources: '', explainLocal: true, i18n: { t } }), host);
    expect(text(host.querySelector('summary'))).to.equal('2 Probleme in den Daten: Die betroffenen Einträge und Werte wurden ausgelassen.');
    expect(text(host.querySelector('p'))).to.contain('von Ihrem eigenen Computer');
    expect(text(host.querySelector('li'))).to.contain('expected a string, got a number');
  });

  it('shows its own problems note in its language', async () => {
    const items = [{ id: 'bad', type: 'article-journal', title: 'Notes', links: [{ kind: 'code', url: 'javascript:alert(1)' }] }] as unknown as Publication[];
    const list = await settled(await fixture<PubList>(html`<pub-list lang="de" .items=${items}></pub-list>`));
    await waitUntil(() => text(shadow(list, '[part="problems"] summary')).startsWith('1 Problem in den Daten'), 'no German problems note');
    expect(text(shadow(list, '[part="problems"] li'))).to.contain('javascript:alert(1)');
  });
});
