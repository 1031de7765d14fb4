/**
 * Citing and exporting: one entry's citation (copied to the clipboard, shown in its Cite panel), and the shown
 * publications as BibTeX, RIS or CSL-JSON text or a downloaded file. The formatters load on first use.
 */
import type { ReactiveControllerHost } from 'lit';
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

/** One entry's citation in `format` (BibTeX: its original text when it came from BibTeX). */
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
  /** The locale citations are formatted in. */
  locale(): string;
}

/**
 * Which entry's Cite panel is open, the citation last produced, and the downloads. It has no part in the host's
 * lifecycle: it asks the host to render again when its state changes.
 */
export class CiteController {
  readonly #host: ReactiveControllerHost;
  readonly #sources: CiteSources;
  #open: string | undefined;
  #citation: CitationState | undefined;

  constructor(host: ReactiveControllerHost, sources: CiteSources) {
    this.#host = host;
    this.#sources = sources;
  }

  /** The key of the entry whose Cite panel is open. */
  get open(): string | undefined {
    return this.#open;
  }

  /** The citation last produced. */
  get citation(): CitationState | undefined {
    return this.#citation;
  }

  /** Opens the entry's Cite panel, or closes it when it is open. */
  togglePanel(key: string): void {
    this.#open = this.#open === key ? undefined : key;
    this.#host.requestUpdate();
  }

  #show(citation: CitationState): void {
    this.#citation = citation;
    this.#host.requestUpdate();
  }

  /** Makes the entry's citation, shows it and copies it to the clipboard, saying how that went. */
  async cite(entry: PubEntry, format: CitationFormat): Promise<void> {
    const label = CITATION_LABELS[format];
    const { key } = entry;
    this.#show({ key, format, text: '', status: `Preparing the ${label} citation…` });
    let text: string;
    try {
      text = await citationText(entry, format, this.#sources.locale());
    } catch (error) {
      this.#show({ key, format, text: '', status: `The ${label} citation could not be made: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    let status = `${label} citation copied to the clipboard.`;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      status = `${label} citation shown above: select it to copy.`;
    }
    if (this.#citation?.key === key) this.#show({ key, format, text, status });
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
