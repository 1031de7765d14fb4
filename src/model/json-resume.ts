/**
 * JSON Resume (https://jsonresume.org/schema, v1.0.0, and the older names files still carry) read as a profile.
 * Most JSON Resume fields already have the same name in the profile format; the tables here name the others.
 * They are aliases, applied field by field when a profile is read (see normalize.ts), so a file may mix both
 * conventions: a field already given under the profile's name is never overwritten, and the JSON Resume field is
 * then kept as it is. Pure TypeScript, no DOM.
 */
import { cslDateParts } from './dates.js';
import type { CslDate } from './types.js';

/** One JSON Resume field and the profile field it becomes. */
export interface FieldAlias {
  /** The JSON Resume name, e.g. "studyType". */
  from: string;
  /** The profile name, e.g. "degree". */
  to: string;
}

/** Sections JSON Resume names differently: its `awards` are the profile's `honors`. */
export const JSON_RESUME_SECTIONS: Readonly<Record<string, string>> = { awards: 'honors' };

/**
 * Fields JSON Resume names differently, by the schema definition of the object they are in ("basics", "work"…).
 * `basics.email` is not here: it joins the `emails` list. `website` and `company` are JSON Resume 0.x names.
 */
export const JSON_RESUME_FIELDS: Readonly<Record<string, readonly FieldAlias[]>> = {
  basics: [
    { from: 'summary', to: 'bio' },
    { from: 'website', to: 'url' },
    { from: 'picture', to: 'image' },
  ],
  work: [
    { from: 'name', to: 'organization' },
    { from: 'company', to: 'organization' },
    { from: 'website', to: 'url' },
  ],
  education: [
    { from: 'studyType', to: 'degree' },
    { from: 'area', to: 'field' },
    { from: 'score', to: 'gpa' },
    { from: 'website', to: 'url' },
  ],
  publication: [
    { from: 'name', to: 'title' },
    { from: 'releaseDate', to: 'issued' },
    { from: 'url', to: 'URL' },
    { from: 'website', to: 'URL' },
    { from: 'summary', to: 'abstract' },
  ],
  honor: [{ from: 'awarder', to: 'issuer' }],
  project: [
    { from: 'summary', to: 'description' },
    { from: 'website', to: 'url' },
  ],
  volunteer: [{ from: 'website', to: 'url' }],
};

/** The CSL type of a publication whose source does not say (JSON Resume has none): CSL's generic "document". */
export const DEFAULT_PUBLICATION_TYPE = 'document';

const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/** "Über einen … Gesichtspunkt" → "uber-einen-…": lower-case ASCII words joined by "-", at most `max` characters. */
function slug(text: string, max = 48): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => FOLDED[letter] ?? letter)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let result = '';
  for (const word of words) {
    const next = result ? `${result}-${word}` : word;
    if (next.length > max) return result || word.slice(0, max);
    result = next;
  }
  return result;
}

/**
 * An id for a publication that has none, made from its title and year ("video-compression-for-3d-media-2014")
 * and kept unique among `taken` (which it joins): a second one gets "-2", and so on. The same list gives the
 * same ids every time.
 */
export function publicationId(title: unknown, issued: unknown, taken: Set<string>): string {
  const year = cslDateParts(issued as CslDate | undefined)?.year;
  const base = [typeof title === 'string' ? slug(title) : '', year].filter(Boolean).join('-') || 'publication';
  let id = base;
  for (let count = 2; taken.has(id); count++) id = `${base}-${count}`;
  taken.add(id);
  return id;
}
