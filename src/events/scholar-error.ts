/** What went wrong, in terms a page owner can act on. */
export interface ScholarErrorDetail {
  /** http: the server answered with an error status; network: no answer; parse: not valid JSON/BibTeX; schema: valid JSON, but not a usable profile. */
  kind: 'http' | 'network' | 'parse' | 'schema';
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

/** Dispatched when an element cannot show its data. Bubbles and crosses shadow roots. */
export class ScholarErrorEvent extends CustomEvent<ScholarErrorDetail> {
  static readonly type = 'scholar-error';
  constructor(detail: ScholarErrorDetail) {
    super(ScholarErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** An error carrying a `ScholarErrorDetail`, thrown by loading and decoding steps. */
export class ScholarLoadError extends Error {
  constructor(readonly detail: ScholarErrorDetail) {
    super(detail.message);
    this.name = 'ScholarLoadError';
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scholar-error': ScholarErrorEvent;
  }
}
