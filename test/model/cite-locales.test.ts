/** Citations in the reader's language: the CSL locale for the element's language tag (src/model/csl-locales/). */
import { beforeAll, expect } from 'vitest';
import { cslLocale, formatCitation, loadCsl } from '../../src/model/cite.js';
import { BUNDLED_CSL_LOCALES, CSL_LOCALE_MODULES } from '../../src/model/csl-locales/index.js';
import { toEntry, type PubEntry } from '../../src/model/publications.js';
import type { Publication } from '../../src/model/types.js';

const entry = (item: Publication): PubEntry => toEntry(item, String(item.id), 'inline');

/** Eight authors, a full date and an access date: "et al.", month names, "Retrieved"/"cited". */
const many = entry({
  id: 'many',
  type: 'article-journal',
  title: 'Many Hands',
  author: Array.from({ length: 8 }, (_, i) => ({ given: `Given${i}`, family: `Family${i}` })),
  issued: { 'date-parts': [[2021, 3, 5]] },
  accessed: { 'date-parts': [[2024, 10, 2]] },
  'container-title': 'Journal of Tests',
  URL: 'https://example.org/x',
});

/** Two authors, an editor and an edition: "&"/"and", "Ed."/"Hrsg.", "2nd ed."/"2. Aufl.". */
const chapter = entry({
  id: 'chapter',
  type: 'chapter',
  title: 'Two Hands',
  author: [
    { given: 'Ada', family: 'Lovelace' },
    { given: 'Charles', family: 'Babbage' },
  ],
  editor: [{ given: 'Mary', family: 'Somerville' }],
  issued: { 'date-parts': [[2019, 7]] },
  'container-title': 'A Book',
  publisher: 'Press',
  edition: '2',
});

describe('cslLocale', () => {
  it('takes the region when it has a locale of its own, else the language’s, else en-US', () => {
    expect(cslLocale('de')).to.equal('de-DE');
    expect(cslLocale('de-DE')).to.equal('de-DE');
    expect(cslLocale('de-AT')).to.equal('de-AT');
    expect(cslLocale('de-LU')).to.equal('de-DE');
    expect(cslLocale('de_ch')).to.equal('de-CH');
    expect(cslLocale('pt')).to.equal('pt-PT');
    expect(cslLocale('pt-BR')).to.equal('pt-BR');
    expect(cslLocale('zh')).to.equal('zh-CN');
    expect(cslLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(cslLocale('zh-Hant')).to.equal('zh-TW');
    expect(cslLocale('zh-HK')).to.equal('zh-TW');
    expect(cslLocale('ar-EG')).to.equal('ar');
    expect(cslLocale('ja')).to.equal('ja-JP');
    expect(cslLocale('ko-KR')).to.equal('ko-KR');
    expect(cslLocale('it-CH')).to.equal('it-IT');
    expect(cslLocale('EN-gb')).to.equal('en-GB');
    expect(cslLocale('en')).to.equal('en-US');
    expect(cslLocale('es-419')).to.equal('es-ES');
    expect(cslLocale('xx-XX')).to.equal('en-US');
    expect(cslLocale('')).to.equal('en-US');
    expect(cslLocale(undefined)).to.equal('en-US');
  });

  it('has a locale for every interface language, bundled by plugin-csl or a module of its own', () => {
    const known = new Set([...BUNDLED_CSL_LOCALES, ...Object.keys(CSL_LOCALE_MODULES)]);
    for (const language of ['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'pt', 'zh']) expect(known.has(cslLocale(language)), language).to.equal(true);
    expect(Object.keys(CSL_LOCALE_MODULES).filter((tag) => BUNDLED_CSL_LOCALES.includes(tag))).to.deep.equal([]);
  });

  it('keeps the CSL locales’ licence and attribution in each module', async () => {
    for (const [tag, load] of Object.entries(CSL_LOCALE_MODULES)) {
      const xml = (await load()).default;
      expect(xml, tag).to.match(new RegExp(`^<\\?xml[^>]*\\?>\\s*<locale [^>]*xml:lang="${tag}"`));
      expect(xml, tag).to.include('creativecommons.org/licenses/by-sa/3.0/');
    }
  });
});

describe('formatCitation in the reader’s language', () => {
  // citation-js loads once, slowly on a busy machine: not in the first test's time.
  beforeAll(() => loadCsl(), 60000);

  it('German: "u. a.", „quotes“, German months, "Hrsg." and "2. Aufl."; APA keeps its "&"', async () => {
    expect(await formatCitation(many, 'vancouver', 'de')).to.equal(
      'Family0 G, Family1 G, Family2 G, Family3 G, Family4 G, Family5 G, u. a. Many Hands. Journal of Tests [Internet]. 5. März 2021 [zitiert 2. Oktober 2024]. Verfügbar unter: https://example.org/x',
    );
    expect(await formatCitation(many, 'harvard', 'de-DE')).to.equal(
      'Family0, G. u. a. (2021) „Many Hands“, Journal of Tests [Preprint]. Verfügbar unter: https://example.org/x (Zugegriffen: 2. Oktober 2024).',
    );
    expect(await formatCitation(chapter, 'apa', 'de')).to.equal('Lovelace, A., & Babbage, C. (2019). Two Hands. In M. Somerville (Hrsg.), A Book (2. Aufl.). Press.');
    expect(await formatCitation(chapter, 'chicago', 'de')).to.equal('Lovelace, Ada, und Charles Babbage. 2019. „Two Hands“. In A Book, herausgegeben von Mary Somerville. Press.');
    // de-AT has a locale of its own: "Jänner" for January.
    const january = entry({ id: 'jan', type: 'article-journal', title: 'Winter', author: [{ family: 'Lovelace', given: 'Ada' }], issued: { 'date-parts': [[2020, 1, 15]] } });
    expect(await formatCitation(january, 'vancouver', 'de-AT')).to.include('15. Jänner 2020');
    expect(await formatCitation(january, 'vancouver', 'de')).to.include('15. Januar 2020');
    expect(await formatCitation(many, 'ieee', 'de-AT')).to.match(/^G\. Family0 u\. a\., „Many Hands“, Journal of Tests, März 2021\./);
  });

  it('French: "et al.", « guillemets » and French month names', async () => {
    expect(await formatCitation(many, 'vancouver', 'fr')).to.equal(
      'Family0 G, Family1 G, Family2 G, Family3 G, Family4 G, Family5 G, et al. Many Hands. Journal of Tests [Internet]. 5 mars 2021 [cité 2 oct 2024]. Disponible sur: https://example.org/x',
    );
    expect(await formatCitation(many, 'harvard', 'fr-FR')).to.include('(Consulté le: 2 octobre 2024)');
    expect(await formatCitation(chapter, 'chicago', 'fr')).to.equal('Lovelace, Ada, et Charles Babbage. 2019. « Two Hands ». In A Book, édité par Mary Somerville. Press.');
    // fr-CA has a locale of its own: "Dans".
    expect(await formatCitation(chapter, 'chicago', 'fr-CA')).to.equal('Lovelace, Ada, et Charles Babbage. 2019. « Two Hands ». Dans A Book, édité par Mary Somerville. Press.');
  });

  it('Japanese, Arabic, Chinese, Korean, Italian and Portuguese from their own locale modules', async () => {
    expect(await formatCitation(many, 'vancouver', 'ja'))
      .to.include('ほか. Many Hands.')
      .and.include('2021年3月5日');
    expect(await formatCitation(chapter, 'harvard', 'ja-JP')).to.equal('Lovelace, A.とBabbage, C. (2019) 「Two Hands」, M. Somerville (編) A Book. 2nd 版. Press.');
    expect(await formatCitation(many, 'harvard', 'ar')).to.equal(
      'Family0, G. وآخرون (2021) "Many Hands", Journal of Tests [Preprint]. موجود في: https://example.org/x (تاريخ الوصول: 2 أكتوبر، 2024).',
    );
    expect(await formatCitation(chapter, 'chicago', 'zh')).to.equal('Lovelace, Ada, 和Charles Babbage. 2019. 《Two Hands》. 收入 A Book, 编辑 Mary Somerville. Press.');
    expect(await formatCitation(many, 'vancouver', 'ko')).to.include('2021년 3월 5일');
    expect(await formatCitation(many, 'vancouver', 'it')).to.include('5 marzo 2021 [citato 2 ottobre 2024]');
    expect(await formatCitation(many, 'harvard', 'pt'))
      .to.include('«Many Hands»')
      .and.include('(Acedido: 2 de Outubro de 2024)');
    expect(await formatCitation(many, 'harvard', 'pt-BR'))
      .to.include('“Many Hands”')
      .and.include('(Acessado: 2 de outubro de 2024)');
  });

  it('English for English, British English for en-GB, and English for a language without a locale', async () => {
    const english = await formatCitation(many, 'harvard', 'en');
    expect(english).to.equal('Family0, G. et al. (2021) “Many Hands,” Journal of Tests [Preprint]. Available at: https://example.org/x (Accessed: October 2, 2024).');
    expect(await formatCitation(many, 'harvard')).to.equal(english);
    expect(await formatCitation(many, 'harvard', 'xx-XX')).to.equal(english);
    expect(await formatCitation(many, 'harvard', 'tlh')).to.equal(english);
    expect(await formatCitation(chapter, 'harvard', 'en-GB')).to.equal('Lovelace, A. and Babbage, C. (2019) ‘Two Hands’, in M. Somerville (ed.) A Book. 2nd edn. Press.');
  });

  it('formats in several languages at once, each in its own', async () => {
    const [de, fr, ja, en] = await Promise.all(['de', 'fr', 'ja', 'en'].map((lang) => formatCitation(many, 'ieee', lang)));
    expect(de).to.include('u. a.');
    expect(fr).to.include('mars 2021');
    expect(ja).to.include('ほか');
    expect(en).to.match(/^G\. Family0 et al\., “Many Hands,” Journal of Tests, Mar\. 2021\./);
  });
});
