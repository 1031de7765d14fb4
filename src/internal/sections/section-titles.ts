/**
 * The words the sections add around a profile's data, as keys of the interface catalogue (src/i18n): each section's
 * title (headings, the profile page's navigation, empty states), the kinds of entry and link the kit knows, the
 * groups of talks.
 */
import type { LinkWords, SectionKey, TalkGroupKind } from '../../model/sections.js';
import { sectionsEnglish } from '../../i18n/en-sections.js';
import { addEnglish, type MessageKey, type Translate } from '../../i18n/messages.js';

export { KNOWN_KIND_KEYS, kindName } from './kind-names.js';

addEnglish(sectionsEnglish);

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

/** How links are named in the page's language (for `linkLabel`). */
export function linkWords(t: Translate): LinkWords {
  return { kind: (kind) => (Object.hasOwn(LINK_KIND_KEYS, kind) ? t(LINK_KIND_KEYS[kind]!) : undefined), link: t('section.link') };
}
