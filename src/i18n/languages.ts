/**
 * The languages the interface is translated into, and their catalogues: each a chunk of its own, loaded the first
 * time an element shows that language (English is built in). Pure module (no DOM).
 *
 * `node scripts/new-language.mjs <language>` starts a catalogue and registers it here (in CATALOGUES, in alphabetical
 * order); `node scripts/new-language.mjs --check` lists what each catalogue lacks.
 */
import type { Catalogue } from './en.js';
import { english } from './messages.js';

/** Catalogue loaders by primary language subtag ("de" for "de-AT"), one line each (the command above adds them). */
const CATALOGUES: Readonly<Record<string, () => Promise<{ default: Catalogue }>>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  pt: () => import('./locales/pt.js'),
  zh: () => import('./locales/zh.js'),
};

/** Every language with a catalogue, English first. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(CATALOGUES)];

/** The catalogue language for a BCP 47 tag: its primary subtag when translated ("pt-BR" → "pt"), else English. */
export function catalogueLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(CATALOGUES, primary) ? primary : 'en';
}

const loaded = new Map<string, Catalogue>([['en', english]]);
const loading = new Map<string, Promise<Catalogue>>();

/** The catalogue of `language` when already loaded (English always is). */
export function loadedCatalogue(language: string): Catalogue | undefined {
  return loaded.get(language);
}

/** Loads the catalogue of `language` (once); English when it has none or its chunk cannot be loaded. */
export function loadCatalogue(language: string): Promise<Catalogue> {
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(language);
  if (!pending) {
    const load = Object.hasOwn(CATALOGUES, language) ? CATALOGUES[language] : undefined;
    pending = load
      ? load().then(
          (module) => (loaded.set(language, module.default), module.default),
          () => english,
        )
      : Promise.resolve(english);
    loading.set(language, pending);
  }
  return pending;
}
