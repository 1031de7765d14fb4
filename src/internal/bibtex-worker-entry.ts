/**
 * The BibTeX Web Worker: parses the text it is sent with `parseBibtex` and posts the result (plain data) back.
 * Started by `parseBibtexOffThread` in ./bibtex-worker.ts; a module worker, so citation-js loads here, not on the page.
 */
import { parseBibtex } from '../model/bibtex.js';
import type { BibtexWorkerRequest, BibtexWorkerResponse } from './bibtex-worker.js';

/** The worker global this file runs in (the DOM typings describe a page, not a worker). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<BibtexWorkerRequest>) => void) | null;
  postMessage(message: BibtexWorkerResponse): void;
};

async function answer(data: BibtexWorkerRequest): Promise<void> {
  try {
    scope.postMessage({ id: data.id, result: await parseBibtex(data.text, data.source) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = ({ data }) => void answer(data);
