/**
 * The JSON Web Worker: decodes the bytes of a large file it is sent (as `decodeText` does on the page) and parses
 * them. A large profile (a long list of publications, work…) is posted back in pieces of its own text
 * (model/json-pieces.ts): the page parses each in a short task and never runs `JSON.parse` over the whole file.
 * Anything else is posted back as text, for the element to read as it reads any text. Errors (a binary file, bad
 * JSON) are posted as the `ScholarLoadError` details the page would have made. Started by ./json-worker.ts.
 */
import { ScholarLoadError } from '../model/load-error.js';
import { parseJson } from '../model/json.js';
import { jsonPieces } from '../model/json-pieces.js';
import { isSliceable, longLists, nextTask, SLICE_STEP, SLICED_FROM } from '../model/large-profile.js';
import { decodeText } from '../model/text-decoding.js';
import { resolveRelativeLinks } from '../model/urls.js';
import { loadFullValidator } from '../model/validate.js';
import { checkListPart, newestIndexes } from '../model/validate-slices.js';
import type { JsonWorkerRequest, JsonWorkerResponse } from './json-worker.js';

/** Entries of a long list per message: parsing one piece on the page is a short task. */
const ENTRIES_PER_PIECE = 100;

/** The worker global this file runs in (the DOM typings describe a page, not a worker). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<JsonWorkerRequest>) => void) | null;
  postMessage(message: JsonWorkerResponse): void;
};

/** Lists the page has whole already (`*`: the page wants none), by request: the worker leaves the rest of them. */
const left = new Set<string>();

/** Parts checked between two looks at the messages from the page. */
const PARTS_AT_ONCE = 4;

/**
 * Checks the long lists of the profile `resolved` as the page would in slices (model/validate-slices.ts), each list
 * from its first part on, and posts each part's result as it is ready: the page takes them instead of checking them
 * itself (it checks from the end of the list back, and says when it has the whole list).
 */
async function check(id: number, resolved: Record<string, unknown>, source: string): Promise<void> {
  // Problems are put in words by the full validator, which the page loads on first need: here, at once.
  await loadFullValidator();
  for (const key of longLists(resolved)) {
    const length = (resolved[key] as unknown[]).length;
    for (let offset = 0, count = 0; offset < length; offset += SLICE_STEP, count++) {
      // A new task lets the page's other messages (`leave`) in.
      if (count % PARTS_AT_ONCE === 0) await nextTask();
      if (left.has(`${id}@${key}`) || left.has(`${id}@*`)) break;
      scope.postMessage({ id, key, offset, checked: checkListPart(resolved, key, offset, SLICE_STEP, source) });
    }
  }
  scope.postMessage({ id, checksDone: true });
}

/**
 * Posts the profile `value` with its long lists empty but for the `count` newest publications (in the order of the
 * list), as the page's own first screen picks them (model/validate-slices.ts); the page checks them as it would.
 */
function postFirstScreen(id: number, value: Record<string, unknown>, count: number): void {
  const publications = value.publications as unknown[];
  const profile: Record<string, unknown> = { ...value };
  for (const key of longLists(value)) profile[key] = [];
  profile.publications = newestIndexes(publications, count).map((index) => publications[index]);
  scope.postMessage({ id, firstScreen: profile });
}

async function answer({ id, bytes, source, url, contentType, check: checking, firstScreen }: Extract<JsonWorkerRequest, { id: number }>): Promise<void> {
  try {
    const text = decodeText(new Uint8Array(bytes), { source: url, contentType });
    // Only a profile that every element reads as JSON (a text with "basics", as the format check looks for it).
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (!start.startsWith('{') || !/"basics"\s*:/.test(text)) {
      scope.postMessage({ id, text });
      return;
    }
    // A first screen asked for, and a list of publications: the whole is parsed first, and the newest publications of
    // a long list go to the page before anything else, to be shown while the page reads the rest.
    const first = firstScreen && /"publications"\s*:\s*\[/.test(text) ? (parseJson(text, source) as Record<string, unknown>) : undefined;
    if (first && Array.isArray(first.publications) && first.publications.length > SLICED_FROM) postFirstScreen(id, first, firstScreen!);
    // Else cut before it is parsed here: the page parses the pieces while the worker parses the whole to know it is
    // JSON (the page keeps the value only when it is; the long lists are those `longLists` finds in the value).
    const pieces = jsonPieces(text, { has: isSliceable }, ENTRIES_PER_PIECE, SLICED_FROM);
    if (!pieces) {
      if (!first) parseJson(text, source);
      scope.postMessage({ id, text });
      return;
    }
    scope.postMessage({ id, shell: pieces.shell });
    for (const { key, pieces: parts } of pieces.lists) for (const part of parts) scope.postMessage({ id, key, part });
    const value = first ?? parseJson(text, source);
    scope.postMessage({ id, done: true });
    if (!checking) return;
    // Links resolved as the page resolves them (whether that changes anything spares the page a walk), then checked.
    const resolved = checking.base ? resolveRelativeLinks(value as Record<string, unknown>, checking.base, checking.page) : (value as Record<string, unknown>);
    scope.postMessage({ id, linksUnchanged: resolved === value });
    await check(id, resolved, source);
  } catch (error) {
    scope.postMessage(error instanceof ScholarLoadError ? { id, failure: error.detail } : { id, error: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = ({ data }) => {
  if (data.leave) left.add(`${data.leave.id}@${data.leave.key}`);
  else void answer(data);
};
