/** The formats the Cite panel offers, in menu order. */
export type CitationFormat = 'bibtex' | 'apa' | 'ieee' | 'vancouver' | 'chicago' | 'harvard' | 'ris';

export const CITATION_LABELS: Record<CitationFormat, string> = {
  bibtex: 'BibTeX',
  apa: 'APA',
  ieee: 'IEEE',
  vancouver: 'Vancouver',
  chicago: 'Chicago',
  harvard: 'Harvard',
  ris: 'RIS',
};
