/**
 * The interface's English text: the source catalogue every other language translates (src/i18n/locales/<lang>.ts),
 * and the text shown until a page's language is loaded or when it has none. `{name}` is a placeholder; a message
 * that depends on a number has a form per plural category (`one`, `other`…, as `Intl.PluralRules` names them).
 * The researcher's own text never goes through here: only the words the elements add around it.
 */
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
  'stats.years': 'Years',
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
  'section.about': 'About',
  'section.themes': 'Research',
  'section.publications': 'Publications',
  'section.collaborators': 'Collaborators',
  'section.experience': 'Experience',
  'section.education': 'Education',
  'section.timeline': 'Career timeline',
  'section.teaching': 'Teaching',
  'section.talks': 'Talks',
  'section.mentoring': 'Mentoring',
  'section.honors': 'Honors and awards',
  'section.certificates': 'Certificates',
  'section.service': 'Service',
  'section.volunteer': 'Volunteering',
  'section.press': 'Press',
  'section.skills': 'Skills',
  'section.languages': 'Languages',
  'section.interests': 'Personal interests',
  'section.references': 'References',
  'section.empty': 'Nothing under “{section}” in this profile.',
  'section.unknown': 'There is no section called “{kind}”.',
  'section.roles': 'Roles: {roles}',
  'section.keywords': 'Keywords',
  'section.related': 'Publications:',
  'section.project-page': 'Project page',
  'section.mentors': 'Mentors: {names}',
  'section.advisors': 'Advisors: {names}',
  'section.committee': 'Committee: {names}',
  'section.thesis': 'Thesis:',
  'section.courses': 'Courses: {names}',
  'section.co-instructors': 'With: {names}',
  'section.co-advisors': 'Co-advised with: {names}',
  'section.link': 'Link',
  'collaborators.works': { one: '{count} work', other: '{count} works' },
} as const satisfies Catalogue;

/** A message: text with `{placeholders}`, or one text per plural category (`other` always). */
export type Message = string | { readonly other: string; readonly [category: string]: string };

/** A language's messages by key. */
export type Catalogue = Readonly<Record<string, Message>>;

/** The keys of the interface's messages. */
export type MessageKey = keyof typeof en;

/** A translation: every key of the English catalogue, and no other (checked when the project is type-checked). */
export type Translation = { readonly [Key in MessageKey]: Message };
