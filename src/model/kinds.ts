/**
 * The kinds of entry the kit knows by name (positions, talks, a project), and how any other kind a profile writes is
 * shown: the researcher's own word. A module of its own so that the timeline names kinds without the sections' code.
 */

/** "research-assistant" → "Research assistant": a `kind` value as words (for kinds the kit has no name for). */
export function kindLabel(kind: string | undefined): string | undefined {
  const words = kind?.trim().replace(/[-_]+/g, ' ');
  return words ? words[0]!.toUpperCase() + words.slice(1) : undefined;
}

/**
 * The kinds of entry the kit names in every language (src/i18n `section.kind.*`): the kinds of position the profile
 * format lists, the kinds of talk, and a project. A kind a profile writes otherwise is the researcher's own word.
 */
export const KNOWN_KINDS = [
  'job',
  'internship',
  'research-assistant',
  'teaching-assistant',
  'visiting',
  'postdoc',
  'other',
  'invited-talk',
  'keynote',
  'lecture',
  'presentation',
  'panel',
  'tutorial',
  'project',
] as const;

export type KnownKind = (typeof KNOWN_KINDS)[number];

/** `kind` as one of {@link KNOWN_KINDS} ("Research_Assistant" → "research-assistant"), or undefined. */
export function knownKind(kind: string | undefined): KnownKind | undefined {
  const id = kind
    ?.trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return (KNOWN_KINDS as readonly string[]).includes(id ?? '') ? (id as KnownKind) : undefined;
}
