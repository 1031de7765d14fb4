/** The labels a page shows for links of the well-known kinds (schema/profile.schema.json `link.kind`). */
export const LINK_KIND_LABELS: Record<string, string> = {
  pdf: 'PDF',
  slides: 'Slides',
  code: 'Code',
  video: 'Video',
  poster: 'Poster',
  doi: 'DOI',
  arxiv: 'arXiv',
  project: 'Project',
  website: 'Website',
  bibtex: 'BibTeX',
  supplement: 'Supplement',
  blog: 'Blog',
  data: 'Data',
};
