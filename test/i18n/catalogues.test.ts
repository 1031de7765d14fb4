/**
 * The interface's catalogues (src/i18n): every language has every message of the English source and no other, the
 * same placeholders in each form, a form for each plural category the language has; and every message is used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Catalogue, Message, MessageKey } from '../../src/i18n/en.js';
import { englishSource as en } from '../../src/i18n/english-source.js';
import { catalogueLanguage, LANGUAGES, loadCatalogue } from '../../src/i18n/languages.js';
import { english, formatMessage, placeholders } from '../../src/i18n/messages.js';

const root = join(import.meta.dirname, '../..');
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const sortedPlaceholders = (message: Message) => [...new Set(forms(message).flatMap(placeholders))].sort();

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the interface catalogues', () => {
  it('ship the ten languages, English built in', () => {
    expect([...LANGUAGES].sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'pt', 'zh']);
  });

  for (const language of LANGUAGES.filter((code) => code !== 'en')) {
    it(`${language}: every message, no other, the same placeholders, every plural category`, async () => {
      const catalogue: Catalogue = await loadCatalogue(language);
      expect(catalogue === english, `${language} loaded`).to.equal(false);
      expect(Object.keys(catalogue).sort()).to.deep.equal(Object.keys(en).sort());
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of Object.keys(en) as MessageKey[]) {
        const source = en[key];
        const translated = catalogue[key]!;
        expect(sortedPlaceholders(translated), `${language} ${key}: placeholders`).to.deep.equal(sortedPlaceholders(source));
        expect(typeof translated, `${language} ${key}: plural forms where English has them`).to.equal(typeof source);
        if (typeof translated !== 'string') {
          for (const category of categories) expect(category in translated, `${language} ${key}: form "${category}"`).to.equal(true);
          for (const category of Object.keys(translated))
            expect(categories.includes(category as Intl.LDMLPluralRule), `${language} ${key}: "${category}" is not a category of ${language}`).to.equal(true);
        }
        for (const form of forms(translated)) expect(form.trim().length > 0, `${language} ${key}: empty`).to.equal(true);
      }
    });
  }

  it('has no message the elements no longer use', () => {
    const code = sources(join(root, 'src'))
      .filter((file) => !file.includes(`${join('src', 'i18n')}`))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`));
    expect(unused).to.deep.equal([]);
  });
});

describe('formatMessage', () => {
  it('fills placeholders, writes numbers in the language, and picks the plural form', async () => {
    const de = await loadCatalogue('de');
    expect(formatMessage(de, 'card.homepage-of', { name: 'Ada' }, 'de')).to.equal('Website von Ada');
    expect(formatMessage(de, 'chart.citations-in', { year: '2024', count: 1 }, 'de')).to.equal('2024: 1 Zitation');
    expect(formatMessage(de, 'chart.citations-in', { year: '2024', count: 1234 }, 'de')).to.equal('2024: 1.234 Zitationen');
    const ar = await loadCatalogue('ar');
    expect(formatMessage(ar, 'chart.citations-in', { year: '2024', count: 2 }, 'ar')).to.equal('2024: استشهادان');
    expect(formatMessage(en, 'chart.citations-in', { year: '2024', count: 0 }, 'en')).to.equal('2024: 0 citations');
  });

  it('reads a language from its tag, English for one without a catalogue', () => {
    expect(catalogueLanguage('pt-BR')).to.equal('pt');
    expect(catalogueLanguage('zh-Hans-CN')).to.equal('zh');
    expect(catalogueLanguage('DE_at')).to.equal('de');
    expect(catalogueLanguage('tlh')).to.equal('en');
    expect(catalogueLanguage('')).to.equal('en');
    // Names an object has from its prototype are not languages.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(catalogueLanguage(name)).to.equal('en');
    expect(formatMessage(en, 'card.email', { name: 'Ada' }, 'en')).to.equal('Email Ada at {email}');
  });
});

describe("the English source's parts", () => {
  it('come with the code of the element that shows them, so a page gets only the English of what it shows', async () => {
    const { englishSource } = await import('../../src/i18n/english-source.js');
    const { english } = await import('../../src/i18n/messages.js');
    const missing = () => Object.keys(englishSource).filter((key) => !Object.hasOwn(english, key));
    expect(missing().some((key) => key.startsWith('pubs.'))).to.equal(true);
    await import('../../src/components/pub-list/pub-words.js');
    expect(missing().some((key) => key.startsWith('pubs.'))).to.equal(false);
    await import('../../src/components/timeline-view/timeline-words.js');
    await import('../../src/internal/sections/section-titles.js');
    expect(missing()).to.deep.equal([]);
  });
});
