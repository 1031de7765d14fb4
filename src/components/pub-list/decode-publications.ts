/** A list's text sources as it reads them: BibTeX off the main thread, RIS / OpenAlex / ORCID imported, JSON parsed. */
import type { SourceInfo } from '../../internal/scholar-element.js';
import { parseJson } from '../../model/json.js';
import { detectFormat } from '../../model/publication-format.js';
import type { PubEntry } from '../../model/publications.js';

/**
 * The data in `text`: BibTeX is parsed in a worker (its newest entries handed to `onFirstScreen` first, for a large
 * file); RIS, OpenAlex and ORCID become entries here; profiles and CSL-JSON are parsed, and read later by
 * `interpret()` (profiles with their owners).
 */
export async function decodePublications(text: string, info: SourceInfo, onFirstScreen?: (entries: PubEntry[]) => void): Promise<unknown> {
  const format = detectFormat(text, { contentType: info.contentType ?? '', url: info.source });
  if (format === 'bibtex') {
    const { parseBibtexOffThread } = await import('../../internal/bibtex-worker.js');
    return parseBibtexOffThread(text, info.source, { onFirstScreen });
  }
  if (format !== 'profile' && format !== 'csl-json') {
    const { importPublications } = await import('../../model/import-publications.js');
    return importPublications(text, { source: info.source, contentType: info.contentType ?? '', url: info.source });
  }
  return parseJson(text, info.source);
}
