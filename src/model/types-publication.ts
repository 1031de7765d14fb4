/** Publications in the profile model: CSL-JSON items with scholar-elements extensions (re-exported by ./types.ts). */
import type { Extensible, Link, PartialDate } from './types.js';

export interface CslName extends Extensible {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  /** Equal contribution. */
  equal?: boolean;
  corresponding?: boolean;
}

export interface CslDate extends Extensible {
  'date-parts'?: Array<Array<number | string>>;
  raw?: string;
  literal?: string;
  season?: number | string;
  circa?: boolean | number | string;
}

export type PublicationCategory = 'conference' | 'journal' | 'workshop' | 'preprint' | 'technical-report' | 'patent' | 'thesis' | 'book' | 'chapter' | 'poster' | 'other';

/** A CSL-JSON item with scholar-elements extensions. */
export interface Publication extends Extensible {
  /** Unique within the list; made from the title and year when the source has none. */
  id: string | number;
  /** CSL item type; "document" when the source does not say. */
  type: string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  inventor?: CslName[];
  issued?: CslDate;
  'container-title'?: string;
  'event-title'?: string;
  'event-place'?: string;
  publisher?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  keyword?: string;
  note?: string;
  number?: string | number;
  category?: PublicationCategory;
  venueShort?: string;
  acceptanceRate?: string;
  impactFactor?: string | number;
  awards?: string[];
  selected?: boolean;
  links?: Link[];
  keywords?: string[];
  notes?: string[];
  /** Citation counts from an open source (OpenAlex, Crossref…), as retrieved. */
  metrics?: PublicationMetrics;
}

/** How often a work is cited, where that number comes from and when it was read. */
export interface PublicationMetrics extends Extensible {
  citations?: number;
  /** Where the numbers come from, e.g. "OpenAlex". */
  source?: string;
  /** When they were read: "2026-11-29". */
  retrieved?: PartialDate;
  /** Citations received in each year. */
  countsByYear?: Array<{ year: number; citations: number }>;
}
