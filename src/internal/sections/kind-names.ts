/**
 * The kinds of entry the kit knows, named in the page's language; any other kind is the researcher's word as written.
 * Used by the sections and by the timeline (which need not load the sections' code for it).
 */
import { kindsEnglish } from '../../i18n/en-kinds.js';
import { addEnglish, type MessageKey, type Translate } from '../../i18n/messages.js';
import { kindLabel, knownKind, type KnownKind } from '../../model/kinds.js';

addEnglish(kindsEnglish);

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

/** A kind as a page names it: a kind the kit knows in the page's language, else the researcher's word as written, as words. */
export function kindName(kind: string | undefined, t: Translate): string | undefined {
  const known = knownKind(kind);
  return known ? t(KNOWN_KIND_KEYS[known]) : kindLabel(kind);
}
