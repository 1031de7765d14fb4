/**
 * The words a publication list adds around the researcher's data, in the element's language (src/i18n): one object
 * per language and catalogue, so that what caches rendered DOM (the chunks of rows, the nodes built for authors and
 * links, the controls and the chart) can take it as a dependency and is drawn again when the language changes.
 */
import type { Catalogue, MessageKey, MessageValues } from '../../i18n/messages.js';
import type { PublicationCategory } from '../../model/types.js';
import { pubsEnglish } from '../../i18n/en-pubs.js';
import { addEnglish } from '../../i18n/messages.js';

addEnglish(pubsEnglish);

/** What the words are read through: the element's localize controller (src/internal/controllers/). */
export interface Localizer {
  readonly locale: string;
  /** The messages in use: a new object when the language changes or its catalogue arrives. */
  readonly catalogue: Catalogue;
  t(key: MessageKey, values?: MessageValues): string;
  number(value: number): string;
}

/** The interface text of a list in one language. A new object whenever the language or its catalogue changes. */
export interface PubWords {
  /** The language tag ("de-AT"), for Intl. */
  readonly locale: string;
  t(key: MessageKey, values?: MessageValues): string;
  /** A number as the language writes it. */
  number(value: number): string;
  /** The name of a category ("Conference", "Konferenzbeitrag"). */
  category(category: PublicationCategory): string;
  /** A category named in running text, as in "(preprint)": lower case where the language writes it so. */
  kind(category: PublicationCategory): string;
  /** The label of a link of a kind the kit knows ("Code", "Folien"); undefined for any other kind. */
  linkKind(kind: string): string | undefined;
  /**
   * How the language joins a list of `count` items with words ("A, B, and C", "A, B und C", "A、B、C"): the text
   * before each item (empty before the first) and after the last.
   */
  listGlue(count: number): { before: string[]; after: string };
  /** A date written "2024-05-01" in the language ("1 May 2024", "2024年5月1日"); any other text as it is. */
  date(text: string): string;
}

const CATEGORY_KEYS: Readonly<Record<PublicationCategory, MessageKey>> = {
  conference: 'pubs.category.conference',
  journal: 'pubs.category.journal',
  workshop: 'pubs.category.workshop',
  preprint: 'pubs.category.preprint',
  'technical-report': 'pubs.category.technical-report',
  patent: 'pubs.category.patent',
  thesis: 'pubs.category.thesis',
  book: 'pubs.category.book',
  chapter: 'pubs.category.chapter',
  poster: 'pubs.category.poster',
  other: 'pubs.category.other',
};

const KIND_KEYS: Readonly<Record<PublicationCategory, MessageKey>> = {
  conference: 'pubs.kind.conference',
  journal: 'pubs.kind.journal',
  workshop: 'pubs.kind.workshop',
  preprint: 'pubs.kind.preprint',
  'technical-report': 'pubs.kind.technical-report',
  patent: 'pubs.kind.patent',
  thesis: 'pubs.kind.thesis',
  book: 'pubs.kind.book',
  chapter: 'pubs.kind.chapter',
  poster: 'pubs.kind.poster',
  other: 'pubs.kind.other',
};

/** The link kinds of schema/profile.schema.json `link.kind` (src/model/link-labels.ts), by the key of their label. */
const LINK_KEYS: Readonly<Record<string, MessageKey>> = {
  pdf: 'pubs.link.pdf',
  slides: 'pubs.link.slides',
  code: 'pubs.link.code',
  video: 'pubs.link.video',
  poster: 'pubs.link.poster',
  doi: 'pubs.link.doi',
  arxiv: 'pubs.link.arxiv',
  project: 'pubs.link.project',
  website: 'pubs.link.website',
  bibtex: 'pubs.link.bibtex',
  supplement: 'pubs.link.supplement',
  blog: 'pubs.link.blog',
  data: 'pubs.link.data',
};

function listFormat(locale: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' });
  } catch {
    return new Intl.ListFormat('en', { type: 'conjunction' });
  }
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
  }
}

function makeWords(localizer: Localizer): PubWords {
  const { locale } = localizer;
  let lists: Intl.ListFormat | undefined;
  let dates: Intl.DateTimeFormat | undefined;
  const glues = new Map<number, { before: string[]; after: string }>();
  // Texts without placeholders, worded once: a long list asks for the same few in every entry.
  const fixed = new Map<MessageKey, string>();
  const t = (key: MessageKey, values?: MessageValues): string => {
    if (values) return localizer.t(key, values);
    let found = fixed.get(key);
    if (found === undefined) fixed.set(key, (found = localizer.t(key)));
    return found;
  };
  return {
    locale,
    t,
    number: (value) => localizer.number(value),
    category: (category) => t(CATEGORY_KEYS[category] ?? 'pubs.category.other'),
    kind: (category) => t(KIND_KEYS[category] ?? 'pubs.kind.other'),
    linkKind: (kind) => (Object.hasOwn(LINK_KEYS, kind) ? t(LINK_KEYS[kind]!) : undefined),
    listGlue(count) {
      let glue = glues.get(count);
      if (!glue) {
        const before: string[] = [];
        let pending = '';
        for (const part of (lists ??= listFormat(locale)).formatToParts(Array.from({ length: count }, (_, index) => `\u0000${index}`))) {
          if (part.type === 'element') {
            before.push(pending);
            pending = '';
          } else pending += part.value;
        }
        glues.set(count, (glue = { before, after: pending }));
      }
      return glue;
    },
    date(text) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
      if (!match) return text;
      const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
      return Number.isNaN(time) ? text : (dates ??= dateFormat(locale)).format(time);
    },
  };
}

const current = new WeakMap<Localizer, { locale: string; catalogue: Catalogue; words: PubWords }>();

/** The words of `localizer`'s language now: the same object until its language or catalogue changes. */
export function pubWords(localizer: Localizer): PubWords {
  const { locale, catalogue } = localizer;
  const found = current.get(localizer);
  if (found?.locale === locale && found.catalogue === catalogue) return found.words;
  const words = makeWords(localizer);
  current.set(localizer, { locale, catalogue, words });
  return words;
}
