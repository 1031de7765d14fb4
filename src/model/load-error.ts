/**
 * Why data could not be shown, in terms a page owner can act on, and the error that carries it through loading and
 * decoding. Pure TypeScript, no DOM: elements turn it into a `scholar-error` event (src/events/scholar-error.ts).
 */
/** What went wrong, in terms a page owner can act on. */
export interface ScholarErrorDetail {
  /**
   * What failed, so a page can tell what to do: `http`, the server answered with an error status; `network`, no
   * answer, or the connection was lost mid-file; `timeout`, the server sent nothing for the element's `timeout`;
   * `size`, the file is over the size limit; `parse`, not readable as JSON/BibTeX/…; `schema`, readable, but not
   * usable data (not a profile, a lab, a publication list).
   */
  kind: 'http' | 'network' | 'timeout' | 'size' | 'parse' | 'schema';
  /** One sentence for people, naming the URL, position or JSON path. */
  message: string;
  /** Where the data came from: the URL, "inline" or "property". */
  source: string;
  /** HTTP status, for kind "http". */
  status?: number;
  /** 1-based line and column of a parse error. */
  line?: number;
  column?: number;
  /** JSON Pointer of the offending value, for kind "schema". */
  path?: string;
}

/** An error carrying a `ScholarErrorDetail`, thrown by loading and decoding steps. */
export class ScholarLoadError extends Error {
  constructor(readonly detail: ScholarErrorDetail) {
    super(detail.message);
    this.name = 'ScholarLoadError';
  }
}
