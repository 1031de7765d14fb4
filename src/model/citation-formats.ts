/**
 * The one registry of the citation formats the kit offers, with their labels. Apart from the formatter (./cite.ts,
 * which re-exports it) so that a list can draw its Cite buttons without loading the formatter.
 */

export type CitationStyle = 'apa' | 'ieee' | 'vancouver' | 'chicago' | 'harvard';

/** The formats a reader can cite an entry in: the five styles `formatCitation` knows, and BibTeX and RIS records. */
export type CitationFormat = 'bibtex' | CitationStyle | 'ris';

export interface CitationFormatInfo {
  id: CitationFormat;
  /** Short label for a button, e.g. "APA". */
  label: string;
  /** Full name for a menu, e.g. "APA (7th edition)". */
  name: string;
}

/** The one registry of citation formats, in menu order (the Cite panel of `<pub-list>` offers these). */
export const CITATION_FORMATS: readonly CitationFormatInfo[] = [
  { id: 'bibtex', label: 'BibTeX', name: 'BibTeX' },
  { id: 'apa', label: 'APA', name: 'APA (7th edition)' },
  { id: 'ieee', label: 'IEEE', name: 'IEEE' },
  { id: 'vancouver', label: 'Vancouver', name: 'Vancouver' },
  { id: 'chicago', label: 'Chicago', name: 'Chicago (author-date)' },
  { id: 'harvard', label: 'Harvard', name: 'Harvard' },
  { id: 'ris', label: 'RIS', name: 'RIS' },
];

/** Each format's short label, e.g. `CITATION_LABELS.apa` is "APA". */
export const CITATION_LABELS = Object.fromEntries(CITATION_FORMATS.map(({ id, label }) => [id, label])) as Readonly<Record<CitationFormat, string>>;
