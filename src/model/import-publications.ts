/**
 * Publications from any supported text: a BibTeX/BibLaTeX file, a CSL-JSON list or a researcher profile.
 * The format is told by the content type, then the file extension, then the content itself.
 * Pure TypeScript, no DOM: citation-js (BibTeX only) is loaded on first need.
 */
import { ScholarLoadError } from '../events/scholar-error.js';
import { parseCslJson } from './csl-json.js';
import { parseJson } from './json.js';
import { entriesFromItems, type PubImport } from './publications.js';
import { validateProfile } from './validate.js';

export type PublicationFormat = 'bibtex' | 'csl-json' | 'profile';

export interface FormatHints {
  /** The response's Content-Type, parameters allowed ("application/json; charset=utf-8"). */
  contentType?: string;
  /** Where the text came from; only its path's extension is used. */
  url?: string;
}

const BIBTEX_TYPES = /^(application|text)\/(x-)?(bibtex|biblatex)(-text-file)?$/;
const CSL_TYPES = /^application\/(vnd\.citationstyles\.csl\+json|citeproc\+json|x-csl\+json)$/;
const JSON_TYPES = /^(application|text)\/([\w.-]+\+)?json$/;

/** The JSON document kind, from its first characters and top-level fields (without parsing it). */
function jsonKind(text: string): 'csl-json' | 'profile' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'csl-json';
  if (/"basics"\s*:/.test(text)) return 'profile';
  if (/"items"\s*:\s*\[/.test(text)) return 'csl-json';
  return 'profile';
}

function extension(url: string | undefined): string {
  if (!url) return '';
  const path = url.split(/[?#]/)[0]!;
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
}

/**
 * Which reader a text needs. A specific content type decides (BibTeX, CSL-JSON); a generic JSON type means JSON,
 * profile or CSL-JSON by content. Otherwise the extension (.bib, .bibtex, .biblatex → BibTeX; .json → by content),
 * otherwise the content: a leading "@" is BibTeX, "[" CSL-JSON, "{" a profile unless it holds `items` and no `basics`.
 * Text that is not JSON but holds an "@type{" entry (e.g. after a comment) is BibTeX; anything else is read as a
 * profile, whose JSON error then says what is wrong.
 */
export function detectFormat(text: string, hints: FormatHints = {}): PublicationFormat {
  const type = (hints.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (BIBTEX_TYPES.test(type)) return 'bibtex';
  if (CSL_TYPES.test(type)) return 'csl-json';
  if (JSON_TYPES.test(type)) return jsonKind(text);
  const ext = extension(hints.url);
  if (ext === 'bib' || ext === 'bibtex' || ext === 'biblatex') return 'bibtex';
  if (ext === 'json') return jsonKind(text);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('@')) return 'bibtex';
  if (start.startsWith('[') || start.startsWith('{')) return jsonKind(start);
  if (/@\s*[A-Za-z]+\s*[{(]/.test(start)) return 'bibtex';
  return 'profile';
}

export interface ImportOptions extends FormatHints {
  /** Where the text came from (a URL, "inline" or "property"): named in entries and problems. Also the `url` hint when none is given. */
  source: string;
}

/**
 * Reads publications from text in any supported format. Entries that cannot be used are returned as problems;
 * a text that cannot be used at all (invalid JSON, not a profile or list) throws a `ScholarLoadError`.
 * A profile's problems (bad entries in any section) are carried over.
 */
export async function importPublications(text: string, options: ImportOptions): Promise<PubImport> {
  const { source } = options;
  const format = detectFormat(text, { contentType: options.contentType, url: options.url ?? source });
  if (format === 'bibtex') {
    const { parseBibtex } = await import('./bibtex.js');
    return parseBibtex(text, source);
  }
  const value = parseJson(text, source);
  if (format === 'csl-json') return parseCslJson(value, source);
  const result = validateProfile(value, source);
  if (!result.profile) {
    const fatal = result.fatal!;
    throw new ScholarLoadError({
      kind: 'schema',
      source,
      path: fatal.path,
      message: `${source} is not a usable profile or publication list: ${fatal.message}`,
    });
  }
  return { entries: entriesFromItems(result.profile.publications ?? [], source), problems: result.problems };
}
