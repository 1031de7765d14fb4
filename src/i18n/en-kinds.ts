/**
 * The English names of the kinds of entry the kit knows (src/model/kinds.ts): part of the source catalogue (en.ts),
 * registered by src/internal/sections/kind-names.ts, which the sections and the timeline both use.
 */
import type { Catalogue } from './en.js';

export const kindsEnglish = {
  'section.kind.job': 'Job',
  'section.kind.internship': 'Internship',
  'section.kind.research-assistant': 'Research assistant',
  'section.kind.teaching-assistant': 'Teaching assistant',
  'section.kind.visiting': 'Visiting',
  'section.kind.postdoc': 'Postdoc',
  'section.kind.other': 'Other',
  'section.kind.invited-talk': 'Invited talk',
  'section.kind.keynote': 'Keynote',
  'section.kind.lecture': 'Lecture',
  'section.kind.presentation': 'Presentation',
  'section.kind.panel': 'Panel',
  'section.kind.tutorial': 'Tutorial',
  'section.kind.project': 'Project',
} as const satisfies Catalogue;
