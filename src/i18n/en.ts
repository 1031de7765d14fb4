/**
 * The interface's English text: the source catalogue every other language translates (src/i18n/locales/<lang>.ts),
 * and the text shown until a page's language is loaded or when it has none. `{name}` is a placeholder; a message
 * that depends on a number has a form per plural category (`one`, `other`…, as `Intl.PluralRules` names them).
 * The researcher's own text never goes through here: only the words the elements add around it.
 *
 * This file holds the words every element may show; the words of one element's part are beside it in en-pubs.ts,
 * en-timeline.ts, en-sections.ts and en-kinds.ts, so that a page downloads only the English of what it shows.
 */
// Types only: each part's English comes with the element that shows it (see addEnglish in messages.ts).
import type { kindsEnglish } from './en-kinds.js';
import type { pubsEnglish } from './en-pubs.js';
import type { sectionsEnglish } from './en-sections.js';
import type { timelineEnglish } from './en-timeline.js';

export const en = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing to show yet.',
  'state.error': 'This could not be shown.',
  'state.retry': 'Try again',
  'profile.empty': 'No profile given.',
  'card.photo-of': 'Photo of {name}',
  'card.email': 'Email {name} at {email}',
  'card.homepage': 'Homepage',
  'card.homepage-of': 'Homepage of {name}',
  'card.network-user': '{network} {username}: profile of {name}',
  'card.network-profile': '{network} profile of {name}',
  'card.links': 'Contact and profiles',
  'card.interests': 'Research interests',
  'card.phone': 'Phone:',
  'card.location': 'Location:',
  'card.formerly': 'Formerly:',
  'card.more': 'More',
  'card.more-about': 'about {name}',
  'card.less': 'Less',
  'stats.publications': 'Publications',
  'stats.years': 'Publishing',
  'stats.citations': 'Citations',
  'stats.h-index': 'h-index',
  'stats.i10-index': 'i10-index',
  'stats.citations-from': 'Citations: {source}',
  'stats.no-source': 'source not given',
  'chart.citations-per-year': 'Citations per year',
  'chart.year': 'Year',
  'chart.citations-in': { one: '{year}: {count} citation', other: '{year}: {count} citations' },
  'lab.empty': 'No lab given.',
  'lab.members': 'Members',
  'lab.group.faculty': 'Faculty',
  'lab.group.researchers': 'Researchers',
  'lab.group.students': 'Students',
  'lab.group.alumni': 'Alumni',
  'lab.profile-page': 'Profile page',
  'lab.profile-page-of': 'of {name}',
  'lab.collaborations': 'Who publishes with whom',
  'lab.collaborations-caption': 'Works each pair of members wrote together.',
  'lab.collaborations-caption-alone': {
    one: 'Works each pair of members wrote together; {count} member has none with another member.',
    other: 'Works each pair of members wrote together; {count} members have none with another member.',
  },
  'lab.pair-works': { one: '{a} and {b}: {count} work{years}', other: '{a} and {b}: {count} works{years}' },
  'profile.sections': 'Sections',
  'profile.updated': 'Last updated',
  'problems.local': 'Listed here because this page is open from your own computer: visitors to the published page do not see this list.',
  'problems.the-data': 'the data',
  'problems.summary': {
    one: '{count} problem in the data: the entry or value it concerns was left out.',
    other: '{count} problems in the data: the entries and values they concern were left out.',
  },
  'problems.more': { one: "…and {count} more, all in the element's `problems` property.", other: "…and {count} more, all in the element's `problems` property." },
  'stats.career': 'Career',
  'stats.career-ongoing': '{year}–present',
} as const satisfies Catalogue;

/** A message: text with `{placeholders}`, or one text per plural category (`other` always). */
export type Message = string | { readonly other: string; readonly [category: string]: string };

/** A language's messages by key. */
export type Catalogue = Readonly<Record<string, Message>>;

/** The keys of the interface's messages: the built-in ones and those of each element's part (loaded with it). */
export type MessageKey = keyof typeof en | keyof typeof kindsEnglish | keyof typeof pubsEnglish | keyof typeof timelineEnglish | keyof typeof sectionsEnglish;

/** A translation: every key of the English catalogue, and no other (checked when the project is type-checked). */
export type Translation = { readonly [Key in MessageKey]: Message };
