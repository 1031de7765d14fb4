/**
 * Publications from any supported text: BibTeX/BibLaTeX, RIS, CSL-JSON, OpenAlex or ORCID works (JSON), or a
 * researcher profile. Content that clearly is one format decides; otherwise the content type, then the file
 * extension, then weaker signs in the content.
 * Pure TypeScript, no DOM: citation-js (BibTeX only) is loaded on first need.
 */
import { parseCslJson } from './csl-json.js';
import { detectFormat, type FormatHints, type JsonPublicationFormat } from './publication-format.js';
import { parseJson } from './json.js';
import { isOpenAlex, openAlexToItems } from './openalex.js';
import { isOrcidWorks, orcidToItems } from './orcid.js';
import { entriesFromItems, type PubImport } from './publications.js';
import { parseRis } from './ris.js';
import { assertText } from './text-decoding.js';
import { usableProfile } from './validate.js';

export { detectFormat, type FormatHints, type JsonPublicationFormat, type PublicationFormat } from './publication-format.js';

/** The JSON document kind of a parsed value (authoritative: the text rules above only guess it). */
export function jsonFormat(value: unknown): JsonPublicationFormat {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'basics' in value) return 'profile';
  if (isOrcidWorks(value)) return 'orcid';
  if (isOpenAlex(value)) return 'openalex';
  if (Array.isArray(value) || (value && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items))) return 'csl-json';
  return 'profile';
}

export interface ImportOptions extends FormatHints {
  /** Where the text came from (a URL, "inline" or "property"): named in entries and problems. Also the `url` hint when none is given. */
  source: string;
}

/**
 * Reads publications from text in any supported format. Entries that cannot be used are returned as problems;
 * a text that cannot be used at all (a binary file, invalid JSON, JSON that is no publication list or profile)
 * throws a `ScholarLoadError`. A profile's problems (bad entries in any section) are carried over.
 */
export async function importPublications(text: string, options: ImportOptions): Promise<PubImport> {
  const { source } = options;
  const url = options.url ?? source;
  assertText(text, { source: url, contentType: options.contentType ?? '' });
  const format = detectFormat(text, { contentType: options.contentType, url });
  if (format === 'bibtex') {
    const { parseBibtex } = await import('./bibtex.js');
    return parseBibtex(text, source);
  }
  if (format === 'ris') return parseRis(text, source);
  const value = parseJson(text, source);
  // A text guess (or a content type) may be wrong about the kind of JSON; the parsed value is not.
  const kind = jsonFormat(value);
  if (kind === 'csl-json') return parseCslJson(value, source);
  if (kind === 'openalex' || kind === 'orcid') {
    const { items, problems } = kind === 'openalex' ? openAlexToItems(value, source) : await orcidToItems(value, source);
    return { entries: entriesFromItems(items, source, { problems }), problems };
  }
  const { profile, problems } = usableProfile(value, source, { named: source, what: 'profile or publication list' });
  return { entries: entriesFromItems(profile.publications ?? [], source), problems };
}
