/** Where relative links in an element's data point: `link-base`, else the file they are written in. */
import { isServer } from 'lit';
import { resolveRelativeLinks } from '../model/urls.js';
import type { LoadedInput } from './source-types.js';

/**
 * `link-base` as an absolute URL (resolved against the page), or why it cannot be used; neither when it is not set
 * (or, on the server, when it is relative: there is no page to resolve it against).
 */
export function linkBaseUrl(linkBase: string | undefined): { url?: string; problem?: string } {
  const trimmed = linkBase?.trim();
  if (!trimmed) return {};
  try {
    return { url: new URL(trimmed, isServer ? undefined : document.baseURI).href };
  } catch {
    return isServer ? {} : { problem: `link-base="${trimmed}" is not a URL: relative links in the data resolve against the file they are in.` };
  }
}

/**
 * The input with its relative links resolved against `linkBase`, else against the file it was read from (a lab
 * member embedded in a lab: the lab's file). Inline data and properties keep theirs: the page resolves them.
 * Links are rewritten only where that changes where they lead.
 */
export function withLinksResolved(loaded: LoadedInput, linkBase: string | undefined): LoadedInput {
  const base = linkBase ?? loaded.info.url ?? loaded.info.lab?.base;
  if (!base) return loaded;
  const input = resolveRelativeLinks(loaded.input, base, document.baseURI);
  return input === loaded.input ? loaded : { ...loaded, input };
}
