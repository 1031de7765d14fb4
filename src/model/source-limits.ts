/** How large a data file may be (a module of its own: the page checks it before it loads the decoder). */

/**
 * The largest data file read, in bytes: 50 MB (50,000,000 bytes). A larger file — fetched, read from disk or given
 * as text — is refused with a `ScholarLoadError` of kind "size": "papers.bib is 120 MB; the limit for a data file
 * is 50 MB." Ten thousand publications in BibTeX take about 10 MB, so the limit leaves room for any real list while
 * keeping a runaway or hostile file from freezing the page.
 */
export const MAX_SOURCE_BYTES = 50_000_000;
