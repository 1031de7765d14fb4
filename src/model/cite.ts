/**
 * Formatted citations for one publication, through citation-js and citeproc (CSL).
 *
 * citation-js is loaded on first use (`await import(...)`), so a page that never cites never downloads it.
 * APA, Vancouver and Harvard are the templates plugin-csl bundles; IEEE and Chicago (author-date) are our own CSL
 * styles in `./csl-styles/`, registered once. Only the entry asked for is formatted: a whole list is slow.
 *
 * A citation is formatted in the reader's language: the CSL locale for the language tag ("et al." / "u. a.", "In:" /
 * "Dans", month names). plugin-csl bundles en-US, de-DE, es-ES, fr-FR and nl-NL; the other locales of the interface's
 * languages are modules of their own in `./csl-locales/` (scripts/csl-locales.mjs writes them), loaded with
 * citation-js the first time someone cites in that language and registered once.
 */
import { CSL_NAME_VARIABLES } from './csl-variables.js';
import { CITATION_FORMATS, type CitationStyle } from './citation-formats.js';
import { BUNDLED_CSL_LOCALES, CSL_LANGUAGE_LOCALES, CSL_LOCALE_MODULES } from './csl-locales/index.js';
import type { PubEntry } from './publications.js';
import { mathToPlainText } from './tex-text.js';
import type { CslName, Publication } from './types.js';

export { mathToPlainText } from './tex-text.js';

export { CITATION_FORMATS, CITATION_LABELS, type CitationFormat, type CitationFormatInfo, type CitationStyle } from './citation-formats.js';

/** CSL template name registered with plugin-csl for each style. */
const TEMPLATES: Record<CitationStyle, string> = {
  apa: 'apa',
  vancouver: 'vancouver',
  harvard: 'harvard1',
  ieee: 'scholar-ieee',
  chicago: 'scholar-chicago-author-date',
};

export function isCitationStyle(value: unknown): value is CitationStyle {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TEMPLATES, value);
}

export interface CitationStyleInfo {
  id: CitationStyle;
  /** Human label for a menu, e.g. "APA (7th edition)". */
  label: string;
}

/** The styles `formatCitation` knows, in menu order (from {@link CITATION_FORMATS}). */
export const CITATION_STYLES: readonly CitationStyleInfo[] = CITATION_FORMATS.flatMap(({ id, name }) => (isCitationStyle(id) ? [{ id, label: name }] : []));

/** Numbered styles: the citation number ("[1]", "1.") is dropped when one entry is copied on its own. */
const NUMBERED: ReadonlySet<CitationStyle> = new Set(['ieee', 'vancouver']);

// ---------------------------------------------------------------------------------------------------------------
// The item citeproc sees

/** scholar-elements fields that are not CSL variables (see types.ts) and never reach citeproc. */
const EXTENSION_FIELDS = new Set([
  'category',
  'venueShort',
  'acceptanceRate',
  'impactFactor',
  'awards',
  'selected',
  'links',
  'keywords',
  'notes',
  'inventor',
  'preview',
  'bibtex_show',
  'abbr',
]);

const DATE_VARIABLES = new Set(['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted']);

const CSL_TYPES = new Set([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
]);

const TYPE_BY_CATEGORY: Record<string, string> = {
  conference: 'paper-conference',
  journal: 'article-journal',
  workshop: 'paper-conference',
  preprint: 'article',
  'technical-report': 'report',
  patent: 'patent',
  thesis: 'thesis',
  book: 'book',
  chapter: 'chapter',
  poster: 'paper-conference',
  other: 'document',
};

/** A bare DOI ("10.1234/x") from any of the forms sources use ("https://doi.org/…", "doi:…"). */
export function bareDoi(doi: unknown): string | undefined {
  if (typeof doi !== 'string') return undefined;
  const bare = doi
    .trim()
    .replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .trim();
  return bare || undefined;
}

const isNameList = (value: unknown): value is CslName[] => Array.isArray(value) && value.every((name) => name !== null && typeof name === 'object' && !Array.isArray(name));

/**
 * The CSL item citeproc formats for an entry: a copy with the entry's key as id, the title's math as Unicode, the
 * DOI bare, only CSL-shaped values kept (scholar-elements extensions and unknown nested data dropped), and inventors
 * as authors for patents. For display (the default), also the short venue standing in when the source gives no
 * venue at all, and a preprint's repository as its publisher.
 */
export function citeprocItem(entry: PubEntry, { forDisplay = true }: { forDisplay?: boolean } = {}): Record<string, unknown> {
  const source: Publication = entry.item;
  const item: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(source)) {
    if (EXTENSION_FIELDS.has(field) || field === 'id' || value === null || value === undefined) continue;
    if (CSL_NAME_VARIABLES.has(field)) {
      if (isNameList(value)) item[field] = value.map(({ equal: _equal, corresponding: _corresponding, ...name }) => name);
    } else if (DATE_VARIABLES.has(field)) {
      if (typeof value === 'object' && !Array.isArray(value)) item[field] = value;
      else if (typeof value === 'string') item[field] = { raw: value };
    } else if (typeof value === 'string') {
      item[field] = value;
    } else if (typeof value === 'number') {
      // citeproc expects strings for numeric variables (volume, issue, page…).
      item[field] = String(value);
    }
  }
  item.id = entry.key;
  item.type = CSL_TYPES.has(source.type) ? source.type : (TYPE_BY_CATEGORY[entry.category] ?? 'document');
  item.title = mathToPlainText(entry.title);
  if (!item.author && isNameList(source.inventor) && source.inventor.length) {
    item.author = source.inventor.map(({ equal: _equal, corresponding: _corresponding, ...name }) => name);
  }
  const doi = bareDoi(source.DOI);
  if (doi) item.DOI = doi;
  else delete item.DOI;
  if (!forDisplay) return item;
  if (!item['container-title'] && !item['event-title'] && entry.venueShort && !/^(report|thesis|patent|book)$/.test(String(item.type))) {
    // "NSDI 2022" → "NSDI" when the year is the entry's own: every style prints the year already.
    const venue = entry.year ? entry.venueShort.replace(new RegExp(`\\s*'?(${entry.year}|${String(entry.year).slice(2)})$`), '') : entry.venueShort;
    item['container-title'] = venue || entry.venueShort;
  }
  if (item.type === 'article' && item['container-title'] && !item.publisher) {
    // A preprint's "container" is the repository that publishes it (CSL: publisher), e.g. arXiv.
    item.publisher = item['container-title'];
    delete item['container-title'];
  }
  return item;
}

// ---------------------------------------------------------------------------------------------------------------
// citation-js, loaded on demand

type CoreModule = typeof import('@citation-js/core');
type CiteInstance = InstanceType<CoreModule['Cite']>;

/** A Cite for `data` without the graph citation-js would otherwise record for every input (slow, never used). */
export function newCite(core: CoreModule, data: unknown): CiteInstance {
  // citation-js's typings mark every input option as required; only this one is meant.
  return new core.Cite(data, { generateGraph: false } as ConstructorParameters<CoreModule['Cite']>[1]);
}

let loading: Promise<CoreModule> | undefined;

/** The module's exports: Node's CommonJS interop may put them under `default`. */
export function interop(module: CoreModule): CoreModule {
  return 'Cite' in module ? module : (module as unknown as { default: CoreModule }).default;
}

/** citation-js core with plugin-csl and our two styles registered; loaded once, on first call. */
export function loadCsl(): Promise<CoreModule> {
  loading ??= (async () => {
    const [coreModule, , ieee, chicago] = await Promise.all([
      import('@citation-js/core'),
      import('@citation-js/plugin-csl'),
      import('./csl-styles/ieee.js'),
      import('./csl-styles/chicago-author-date.js'),
    ]);
    const core = interop(coreModule);
    const config = core.plugins.config.get('@csl') as {
      styles?: { has(name: string): boolean; add(name: string, xml: string): void };
      templates?: { has(name: string): boolean; add(name: string, xml: string): void };
    };
    // plugin-csl 0.9 calls the register `styles`; older versions called it `templates`.
    const register = config.styles ?? config.templates;
    if (!register) throw new Error('citation-js plugin-csl has no style register');
    if (!register.has(TEMPLATES.ieee)) register.add(TEMPLATES.ieee, ieee.default);
    if (!register.has(TEMPLATES.chicago)) register.add(TEMPLATES.chicago, chicago.default);
    return core;
  })();
  // A failed load (e.g. offline) may be retried later.
  loading.catch(() => (loading = undefined));
  return loading;
}

// ---------------------------------------------------------------------------------------------------------------
// CSL locales

/** Every CSL locale a citation can be formatted in. */
const CSL_LOCALES: ReadonlySet<string> = new Set([...BUNDLED_CSL_LOCALES, ...Object.keys(CSL_LOCALE_MODULES)]);

/** Regions written in traditional Chinese characters, whose readers get zh-TW when their region has no locale. */
const TRADITIONAL_CHINESE = new Set(['TW', 'HK', 'MO']);

/**
 * The CSL locale for a BCP 47 language tag: the tag's language and region when that locale exists ("de-AT", "pt-BR"),
 * else the language's own ("de-LU" and "de" → "de-DE", "pt" → "pt-PT", "zh" → "zh-CN", "zh-Hant" → "zh-TW"), else
 * en-US.
 */
export function cslLocale(tag: string | null | undefined): string {
  const [first = '', ...rest] = (tag ?? '').trim().split(/[-_]/);
  const language = first.toLowerCase();
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/i.test(part))?.toUpperCase();
  const script = rest.find((part) => /^[a-z]{4}$/i.test(part))?.toLowerCase();
  if (region && CSL_LOCALES.has(`${language}-${region}`)) return `${language}-${region}`;
  if (language === 'zh' && (script === 'hant' || (region && TRADITIONAL_CHINESE.has(region)))) return 'zh-TW';
  const own = Object.hasOwn(CSL_LANGUAGE_LOCALES, language) ? CSL_LANGUAGE_LOCALES[language] : undefined;
  return own && CSL_LOCALES.has(own) ? own : 'en-US';
}

interface LocaleRegister {
  has(tag: string): boolean;
  add(tag: string, xml: string): void;
}

/**
 * citation-js with the CSL locale for `tag` registered, and that locale's name. The locale's module loads alongside
 * citation-js; when it cannot be loaded (e.g. offline), the citation is in English.
 */
async function loadCslWithLocale(tag: string): Promise<{ core: CoreModule; locale: string }> {
  const locale = cslLocale(tag);
  const module = Object.hasOwn(CSL_LOCALE_MODULES, locale) ? CSL_LOCALE_MODULES[locale] : undefined;
  const [core, xml] = await Promise.all([
    loadCsl(),
    module?.().then(
      (loaded) => loaded.default,
      () => undefined,
    ),
  ]);
  if (!module) return { core, locale };
  const register = (core.plugins.config.get('@csl') as { locales?: LocaleRegister }).locales;
  if (register?.has(locale)) return { core, locale };
  if (!register || xml === undefined) return { core, locale: 'en-US' };
  register.add(locale, xml);
  return { core, locale };
}

/**
 * One entry as a formatted reference in plain text, e.g. for APA:
 * "Rajbhandari, S., Awan, A. A., … He, Y. (2022). Enabling Efficient Inference …. SC 2022."
 * Numbered styles (IEEE, Vancouver) leave out the reference number. `locale`, a BCP 47 language tag, picks the CSL
 * locale (see {@link cslLocale}): "de" gives "u. a." and German month names, an unknown language English.
 */
export async function formatCitation(entry: PubEntry, style: CitationStyle, locale = 'en-US'): Promise<string> {
  if (!isCitationStyle(style)) throw new RangeError(`Unknown citation style "${String(style)}"`);
  const { core, locale: lang } = await loadCslWithLocale(locale);
  const item = citeprocItem(entry);
  if (style === 'vancouver' && item.type === 'paper-conference' && !item['container-title'] && item['event-title']) {
    // The bundled Vancouver template prints a bare "In:" for a paper known only by its event.
    item['container-title'] = item['event-title'];
  }
  const cite = newCite(core, item);
  const text = cite.format('bibliography', { format: 'text', template: TEMPLATES[style], lang }) as string;
  let plain = text.replace(/\s+/g, ' ').trim();
  if (NUMBERED.has(style)) plain = plain.replace(/^(\[\d+\]|\d+\.)\s*/, '');
  return plain;
}
