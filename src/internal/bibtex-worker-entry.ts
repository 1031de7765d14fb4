/**
 * The BibTeX Web Worker: parses the text it is sent with `parseBibtex` and posts the result (plain data) back, the
 * entries in parts of `ENTRIES_PER_MESSAGE`; asked for a first screen, it first posts the file's newest entries.
 * Started by `parseBibtexOffThread` in ./bibtex-worker.ts; a module worker, so citation-js loads here, not on the page.
 */
import { parseBibtex, parseBibtexFirstScreen } from '../model/bibtex.js';
import type { BibtexWorkerRequest, BibtexWorkerResponse } from './bibtex-worker.js';

/** Entries per message: receiving one message is one task on the page, kept short. */
const ENTRIES_PER_MESSAGE = 50;

/** The worker global this file runs in (the DOM typings describe a page, not a worker). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<BibtexWorkerRequest>) => void) | null;
  postMessage(message: BibtexWorkerResponse): void;
};

async function answer(data: BibtexWorkerRequest): Promise<void> {
  try {
    // The newest entries first, for the page to show while the whole file is read.
    if (data.firstScreen) {
      // Only a preview: the whole file is read below whatever happens here.
      const first = await parseBibtexFirstScreen(data.text, data.source, data.firstScreen).catch(() => undefined);
      if (first) scope.postMessage({ id: data.id, first });
    }
    const { entries, problems } = await parseBibtex(data.text, data.source);
    // In parts: the page receives each message in a task of its own, and no one of them is long.
    let start = 0;
    for (; start + ENTRIES_PER_MESSAGE < entries.length; start += ENTRIES_PER_MESSAGE) {
      scope.postMessage({ id: data.id, part: entries.slice(start, start + ENTRIES_PER_MESSAGE) });
    }
    scope.postMessage({ id: data.id, result: { entries: entries.slice(start), problems } });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = ({ data }) => void answer(data);
