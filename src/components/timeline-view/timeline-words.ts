/**
 * The words of a `<timeline-view>` in the element's language (src/i18n `timeline.*`): the names of the kinds, the
 * titles of entries the data gives none, the end of an ongoing range, the names of the entries' buttons and the
 * labels of their facts. The model gives ids (kinds, fact ids, kinds as the data writes them); these name them. The
 * researcher's own text is never looked up.
 */
import { presentLabel } from '../../model/dates.js';
import type { FactId } from '../../model/timeline-drafts.js';
import { TIMELINE_KINDS, type TimelineFact, type TimelineKind } from '../../model/timeline.js';
import { kindName } from '../../internal/sections/kind-names.js';
import { timelineEnglish } from '../../i18n/en-timeline.js';
import { addEnglish, type MessageKey, type Translate } from '../../i18n/messages.js';

export type { Translate };

addEnglish(timelineEnglish);

/** Names of the kinds for the filter chips (plural: "Talks"). */
export const KIND_KEYS: Readonly<Record<TimelineKind, MessageKey>> = {
  experience: 'timeline.kind.experience',
  education: 'timeline.kind.education',
  teaching: 'timeline.kind.teaching',
  talks: 'timeline.kind.talks',
  honors: 'timeline.kind.honors',
  publications: 'timeline.kind.publications',
};

/** Names of the kinds within a sentence ("no dated experience or teaching"). */
export const KIND_TEXT_KEYS: Readonly<Record<TimelineKind, MessageKey>> = {
  experience: 'timeline.kind-text.experience',
  education: 'timeline.kind-text.education',
  teaching: 'timeline.kind-text.teaching',
  talks: 'timeline.kind-text.talks',
  honors: 'timeline.kind-text.honors',
  publications: 'timeline.kind-text.publications',
};

/** Singular names, read before each entry by screen readers (the colours say it to sighted readers). */
const ENTRY_KIND_KEYS: Readonly<Record<TimelineKind, MessageKey>> = {
  experience: 'timeline.entry-kind.experience',
  education: 'timeline.entry-kind.education',
  teaching: 'timeline.entry-kind.teaching',
  talks: 'timeline.entry-kind.talks',
  honors: 'timeline.entry-kind.honors',
  publications: 'timeline.entry-kind.publications',
};

/** Titles of entries whose data gives none ("Position", "Untitled"). */
const UNTITLED_KEYS: Readonly<Record<TimelineKind, MessageKey>> = {
  experience: 'timeline.untitled.experience',
  education: 'timeline.untitled.education',
  teaching: 'timeline.untitled.teaching',
  talks: 'timeline.untitled.talks',
  honors: 'timeline.untitled.honors',
  publications: 'timeline.untitled.publications',
};

/** The labels of the facts in an entry's details. */
const FACT_KEYS: Readonly<Record<FactId, MessageKey>> = {
  team: 'timeline.fact.team',
  type: 'timeline.fact.type',
  mentors: 'timeline.fact.mentors',
  field: 'timeline.fact.field',
  advisors: 'timeline.fact.advisors',
  committee: 'timeline.fact.committee',
  thesis: 'timeline.fact.thesis',
  gpa: 'timeline.fact.gpa',
  course: 'timeline.fact.course',
  role: 'timeline.fact.role',
  'co-instructors': 'timeline.fact.co-instructors',
  host: 'timeline.fact.host',
  years: 'timeline.fact.years',
  authors: 'timeline.fact.authors',
  awards: 'timeline.fact.awards',
};

/** Authors shown in an entry's details before "and N more". */
const AUTHORS_SHOWN = 6;

const listFormats = new Map<string, Intl.ListFormat>();

/** "a, b, c" as the language writes a plain list ("a、b、c", "a، b، c"). */
export function plainList(values: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
    } catch {
      format = new Intl.ListFormat('en', { type: 'unit', style: 'short' });
    }
    listFormats.set(locale, format);
  }
  return format.format(values);
}

/** The words of the bars and details, in one language. */
export interface EntryWords {
  /** Singular kind names ("Position"). */
  readonly kinds: Readonly<Record<TimelineKind, string>>;
  /** Titles of entries without one. */
  readonly untitled: Readonly<Record<TimelineKind, string>>;
  /** The end of an ongoing range ("Present"). */
  readonly present: string;
  /** The name of an entry's button: "Position: Senior Researcher, Jun 2024 – Present, Microsoft". */
  name(kind: string, title: string, dates: string, organization: string | undefined): string;
  /** A fact's label, by its id (a label the kit does not know is shown as it is). */
  fact(label: string): string;
  /** A fact's values: a kind named in the language, the first authors and how many more, as a list. */
  factValues(fact: TimelineFact, t: Translate): string;
  /** Every word above, as one string: equal keys, equal words. */
  readonly key: string;
}

/** Fills `{name}` placeholders in one pass (a title that contains "{dates}" stays as it is). */
const fill = (pattern: string, values: Readonly<Record<string, string>>) => pattern.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole);

/**
 * The words in the language of `t` and `locale`; `previous` when they are the same words (the entry list draws its
 * bars again only for new words).
 */
export function entryWords(t: Translate, locale: string, previous?: EntryWords): EntryWords {
  const record = (keys: Readonly<Record<TimelineKind, MessageKey>>) => Object.fromEntries(TIMELINE_KINDS.map((kind) => [kind, t(keys[kind])])) as Record<TimelineKind, string>;
  const kinds = record(ENTRY_KIND_KEYS);
  const untitled = record(UNTITLED_KEYS);
  const present = presentLabel(locale);
  const facts = Object.fromEntries(Object.entries(FACT_KEYS).map(([id, key]) => [id, t(key)])) as Record<string, string>;
  // Unfilled, the messages keep their placeholders: each button's name fills them.
  const name = t('timeline.entry-name');
  const nameAt = t('timeline.entry-name-at');
  const key = JSON.stringify([locale, kinds, untitled, present, facts, name, nameAt]);
  if (previous?.key === key) return previous;
  return {
    kinds,
    untitled,
    present,
    key,
    name: (kind, title, dates, organization) => fill(organization ? nameAt : name, { kind, title, dates, organization: organization ?? '' }),
    fact: (label) => (Object.hasOwn(facts, label) ? facts[label]! : label),
    factValues: ({ label, values }, translate) => {
      if (label === 'type')
        return plainList(
          values.map((value) => kindName(value, translate) ?? value),
          locale,
        );
      if (label === 'authors' && values.length > AUTHORS_SHOWN) {
        return plainList([...values.slice(0, AUTHORS_SHOWN), translate('timeline.more-authors', { count: values.length - AUTHORS_SHOWN })], locale);
      }
      return plainList(values, locale);
    },
  };
}
