/**
 * The words the sections add around a profile's data, as keys of the interface catalogue (src/i18n): each section's
 * title (headings, the profile page's navigation, empty states), the kinds of entry and link the kit knows, the
 * groups of talks.
 */
import type { MessageKey, MessageValues } from '../../i18n/messages.js';
import { kindLabel, knownKind, type KnownKind, type LinkWords, type SectionKey, type TalkGroupKind } from '../../model/sections.js';

export const SECTION_TITLE_KEYS: Readonly<Record<SectionKey, MessageKey>> = {
  about: 'section.about',
  themes: 'section.themes',
  publications: 'section.publications',
  collaborators: 'section.collaborators',
  experience: 'section.experience',
  education: 'section.education',
  timeline: 'section.timeline',
  teaching: 'section.teaching',
  talks: 'section.talks',
  mentoring: 'section.mentoring',
  honors: 'section.honors',
  certificates: 'section.certificates',
  service: 'section.service',
  volunteer: 'section.volunteer',
  press: 'section.press',
  skills: 'section.skills',
  languages: 'section.languages',
  interests: 'section.interests',
  references: 'section.references',
};

/** The names of the kinds of entry the kit knows (positions, talks, a project) in the interface catalogue. */
export const KNOWN_KIND_KEYS: Readonly<Record<KnownKind, MessageKey>> = {
  job: 'section.kind.job',
  internship: 'section.kind.internship',
  'research-assistant': 'section.kind.research-assistant',
  'teaching-assistant': 'section.kind.teaching-assistant',
  visiting: 'section.kind.visiting',
  postdoc: 'section.kind.postdoc',
  other: 'section.kind.other',
  'invited-talk': 'section.kind.invited-talk',
  keynote: 'section.kind.keynote',
  lecture: 'section.kind.lecture',
  presentation: 'section.kind.presentation',
  panel: 'section.kind.panel',
  tutorial: 'section.kind.tutorial',
  project: 'section.kind.project',
};

/** The headings of the groups of talks. */
export const TALK_GROUP_KEYS: Readonly<Record<TalkGroupKind, MessageKey>> = {
  keynote: 'section.talks.keynote',
  'invited-talk': 'section.talks.invited-talk',
  lecture: 'section.talks.lecture',
  tutorial: 'section.talks.tutorial',
  panel: 'section.talks.panel',
  presentation: 'section.talks.presentation',
  other: 'section.talks.other',
};

/** The names of the well-known kinds of link (schema/profile.schema.json `link.kind`). */
const LINK_KIND_KEYS: Readonly<Record<string, MessageKey>> = {
  pdf: 'section.link-kind.pdf',
  slides: 'section.link-kind.slides',
  code: 'section.link-kind.code',
  video: 'section.link-kind.video',
  poster: 'section.link-kind.poster',
  doi: 'section.link-kind.doi',
  arxiv: 'section.link-kind.arxiv',
  project: 'section.link-kind.project',
  website: 'section.link-kind.website',
  bibtex: 'section.link-kind.bibtex',
  supplement: 'section.link-kind.supplement',
  blog: 'section.link-kind.blog',
  data: 'section.link-kind.data',
};

type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A kind as a page names it: a kind the kit knows in the page's language, else the researcher's word as written, as words. */
export function kindName(kind: string | undefined, t: Translate): string | undefined {
  const known = knownKind(kind);
  return known ? t(KNOWN_KIND_KEYS[known]) : kindLabel(kind);
}

/** How links are named in the page's language (for `linkLabel`). */
export function linkWords(t: Translate): LinkWords {
  return { kind: (kind) => (Object.hasOwn(LINK_KIND_KEYS, kind) ? t(LINK_KIND_KEYS[kind]!) : undefined), link: t('section.link') };
}
