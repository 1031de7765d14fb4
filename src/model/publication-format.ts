/**
 * Which publication format a text is in: content that clearly is one format decides; otherwise the content type,
 * then the file extension, then weaker signs in the content. Small and free of the readers themselves, so that an
 * element can tell a profile or CSL-JSON (read without them) from formats whose readers load on first need.
 */

export type PublicationFormat = 'bibtex' | 'ris' | 'csl-json' | 'openalex' | 'orcid' | 'profile';

/** The formats that are JSON documents. */
export type JsonPublicationFormat = Extract<PublicationFormat, 'csl-json' | 'openalex' | 'orcid' | 'profile'>;

export interface FormatHints {
  /** The response's Content-Type, parameters allowed ("application/json; charset=utf-8"). */
  contentType?: string;
  /** Where the text came from; only its path's extension is used. */
  url?: string;
}

const BIBTEX_TYPES = /^(application|text)\/(x-)?(bibtex|biblatex)(-text-file)?$/;
const CSL_TYPES = /^application\/(vnd\.citationstyles\.csl\+json|citeproc\+json|x-csl\+json)$/;
const RIS_TYPES = /^application\/(x-)?research-info-systems$/;
const JSON_TYPES = /^(application|text)\/([\w.-]+\+)?json$/;

/**
 * The JSON document kind from its text, without parsing it: a profile has `basics`; ORCID works have
 * `work-summary`, `put-code` or `bulk`; OpenAlex works have `authorships` or a `{ meta, results }` list; else a
 * list or `items` is CSL-JSON. `jsonFormat` (./import-publications.ts) decides the same from the parsed value.
 */
function jsonKind(text: string): JsonPublicationFormat {
  if (/"basics"\s*:/.test(text)) return 'profile';
  if (/"(work-summary|put-code)"\s*:|"bulk"\s*:\s*\[/.test(text)) return 'orcid';
  if (/"authorships"\s*:/.test(text) || (/"meta"\s*:/.test(text) && /"results"\s*:\s*\[/.test(text))) return 'openalex';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'csl-json';
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

/** Whether the content type or the file's extension says BibTeX. */
function labelledBibtex(hints: FormatHints): boolean {
  const type = (hints.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const ext = extension(hints.url);
  return BIBTEX_TYPES.test(type) || ext === 'bib' || ext === 'bibtex' || ext === 'biblatex';
}

/** Whether a text parses as JSON. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The format the content itself clearly is, whatever it is labelled: JSON starts with "{" or "[" (RIS cannot), BibTeX
 * with an "@type{" entry, RIS with a "TY  - " line. Undefined when the start says nothing sure (e.g. a BibTeX file
 * that opens with a comment). A text labelled BibTeX that starts like JSON is JSON only when it is valid JSON: BibTeX
 * may begin with any text before its first entry, a stray "{" or "[" included.
 */
function clearFormat(text: string, hints: FormatHints): PublicationFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return labelledBibtex(hints) && !isJson(start) ? 'bibtex' : jsonKind(start);
  if (/^@\s*[A-Za-z]+\s*[{(]/.test(start)) return 'bibtex';
  if (/^TY\s{1,2}-\s/.test(start)) return 'ris';
  return undefined;
}

/**
 * Which reader a text needs. Content that clearly is one format wins over what the content type or extension say
 * (a profile served as `application/x-bibtex` is read as a profile; JSON is told apart by its fields: profile,
 * CSL-JSON, OpenAlex, ORCID), except that a text labelled BibTeX (content type, inline script type, or a .bib
 * extension) that starts with "{" or "[" but is not valid JSON is BibTeX. Otherwise a specific content type decides
 * (BibTeX, RIS, CSL-JSON), then the extension (.bib, .bibtex, .biblatex → BibTeX; .ris → RIS), then the content: a
 * "TY  - " line is RIS, an "@type{" entry (e.g. after a comment) is BibTeX; anything else is read as JSON (a profile
 * unless its fields say otherwise), whose JSON error then says what is wrong.
 */
export function detectFormat(text: string, hints: FormatHints = {}): PublicationFormat {
  const clear = clearFormat(text, hints);
  if (clear) return clear;
  const type = (hints.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (BIBTEX_TYPES.test(type)) return 'bibtex';
  if (RIS_TYPES.test(type)) return 'ris';
  if (CSL_TYPES.test(type)) return 'csl-json';
  // JSON that starts like JSON was recognised above; text labelled JSON that does not is judged by name and content.
  const ext = extension(hints.url);
  if (ext === 'bib' || ext === 'bibtex' || ext === 'biblatex') return 'bibtex';
  if (ext === 'ris') return 'ris';
  if (looksLikeRis(text)) return 'ris';
  if (/@\s*[A-Za-z]+\s*[{(]/.test(text)) return 'bibtex';
  return JSON_TYPES.test(type) || ext === 'json' ? jsonKind(text) : 'profile';
}

/** True when the text holds an RIS record start ("TY  - ") at the start of a line. */
export function looksLikeRis(text: string): boolean {
  return /^\s*TY\s{1,2}-\s/m.test(text);
}
