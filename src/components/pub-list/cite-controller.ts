/**
 * Citing and exporting: one entry's citation (copied to the clipboard, shown in its Cite panel), and the shown
 * publications as BibTeX, RIS or CSL-JSON text or a downloaded file. The formatters load on first use. A citation is
 * formatted in the element's language (its CSL locale, loaded with the formatter), and what the panel says about it
 * is in that language too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageKey, MessageValues, Translate } from '../../i18n/messages.js';
import { CITATION_LABELS, type CitationFormat } from '../../model/citation-formats.js';
import type { PubEntry } from '../../model/publications.js';

/** Export formats for the Download buttons. */
export type ExportFormat = 'bibtex' | 'ris' | 'csl-json';

/** Each export format's button label, file extension and media type, in button order. */
export const EXPORTS: Readonly<Record<ExportFormat, { label: string; extension: string; type: string }>> = {
  bibtex: { label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex' },
  ris: { label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems' },
  'csl-json': { label: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
};

/** The citation last produced, for the entry whose Cite panel shows it. */
export interface CitationState {
  key: string;
  format: CitationFormat;
  text: string;
  /** What happened, for the panel's live region ("APA citation copied to the clipboard."). */
  status: string;
}

/** The shown entries as text in `format`. */
export async function exportText(entries: readonly PubEntry[], format: ExportFormat): Promise<string> {
  const { toBibtex, toRis, toCslJson } = await import('../../model/export.js');
  if (format === 'bibtex') return toBibtex(entries);
  if (format === 'ris') return toRis(entries);
  return toCslJson(entries);
}

/**
 * One entry's citation in `format` (BibTeX: its original text when it came from BibTeX), a style's in the CSL locale
 * for the language tag `locale` ("de-AT", "ja"; English for a language without one).
 */
export async function citationText(entry: PubEntry, format: CitationFormat, locale: string): Promise<string> {
  if (format === 'bibtex' || format === 'ris') {
    const { entryToBibtex, entryToRis } = await import('../../model/export.js');
    return format === 'bibtex' ? entryToBibtex(entry) : entryToRis(entry);
  }
  const { formatCitation } = await import('../../model/cite.js');
  return formatCitation(entry, format, locale);
}

/** What a cite controller reads from its element. */
export interface CiteSources {
  /** The entries the Download buttons save (those shown now). */
  entries(): readonly PubEntry[];
  /** The element's language tag: citations are formatted in it, and the panel's words are in it. */
  locale(): string;
  /** The interface text `key` in the element's language. */
  t: Translate;
}

/** What the panel says about a citation: a message of the catalogue, worded when the panel is drawn. */
interface Status {
  key: MessageKey;
  values: MessageValues;
}

/** A citation as made: the entry, the format, the text and the language it was made in, what to say about it. */
interface Made {
  entry: PubEntry;
  format: CitationFormat;
  text: string;
  locale: string;
  status: Status;
}

/** Formats whose text depends on the language (the styles; BibTeX and RIS records do not). */
const inLanguage = (format: CitationFormat) => format !== 'bibtex' && format !== 'ris';

/**
 * Which entry's Cite panel is open, the citation last produced, and the downloads. It asks the host to render again
 * when its state changes; before the host renders, it makes the shown citation again when the element's language
 * changed since.
 */
export class CiteController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #sources: CiteSources;
  #open: string | undefined;
  #made: Made | undefined;
  /** The citation as last worded, kept while its words stay the same (the list redraws an entry when it changes). */
  #worded: CitationState | undefined;

  constructor(host: ReactiveControllerHost, sources: CiteSources) {
    this.#host = host;
    this.#sources = sources;
    host.addController(this);
  }

  /** The key of the entry whose Cite panel is open. */
  get open(): string | undefined {
    return this.#open;
  }

  /** The citation last produced, its status in the element's language (a new object when that changes). */
  get citation(): CitationState | undefined {
    const made = this.#made;
    if (!made) return undefined;
    const status = this.#sources.t(made.status.key, made.status.values);
    const worded = this.#worded;
    if (worded?.key !== made.entry.key || worded.format !== made.format || worded.text !== made.text || worded.status !== status) {
      this.#worded = { key: made.entry.key, format: made.format, text: made.text, status };
    }
    return this.#worded;
  }

  /** Opens the entry's Cite panel, or closes it when it is open. */
  togglePanel(key: string): void {
    this.#open = this.#open === key ? undefined : key;
    this.#host.requestUpdate();
  }

  #show(made: Made): Made {
    this.#made = made;
    this.#host.requestUpdate();
    return made;
  }

  #status(format: CitationFormat, key: MessageKey, values: MessageValues = {}): Status {
    return { key, values: { format: CITATION_LABELS[format], ...values } };
  }

  /** Makes the entry's citation, shows it and copies it to the clipboard, saying how that went. */
  async cite(entry: PubEntry, format: CitationFormat): Promise<void> {
    const locale = this.#sources.locale();
    const pending = this.#show({ entry, format, text: '', locale, status: this.#status(format, 'cite.preparing') });
    let text: string;
    try {
      text = await citationText(entry, format, locale);
    } catch (error) {
      if (this.#made === pending) this.#show({ ...pending, status: this.#status(format, 'cite.failed', { reason: error instanceof Error ? error.message : String(error) }) });
      return;
    }
    let status: MessageKey = 'cite.copied';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      status = 'cite.shown';
    }
    if (this.#made === pending) this.#show({ ...pending, text, status: this.#status(format, status) });
  }

  /** The shown citation again in the element's language, when that changed since it was made (not copied again). */
  hostUpdate(): void {
    const made = this.#made;
    const locale = this.#sources.locale();
    if (!made?.text || made.locale === locale || !inLanguage(made.format)) return;
    const remade: Made = { ...made, locale };
    this.#made = remade;
    citationText(made.entry, made.format, locale).then(
      (text) => {
        if (this.#made === remade) this.#show({ ...remade, text });
      },
      () => {
        // The citation shown stays as it was made.
      },
    );
  }

  /** Saves the shown publications as a file in `format`. */
  async download(format: ExportFormat): Promise<void> {
    const text = await exportText(this.#sources.entries(), format);
    const { extension, type } = EXPORTS[format];
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `publications.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
