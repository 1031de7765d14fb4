/** Each section's title in the interface catalogue (src/i18n): headings, the profile page's navigation, empty states. */
import type { MessageKey } from '../../i18n/messages.js';
import type { SectionKey } from '../../model/sections.js';

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
