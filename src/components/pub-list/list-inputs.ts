/**
 * What a publication list reads from its inputs besides the works: the `profiles` property's sources, who is "self",
 * and whether the URL hash holds a view of it (`sync-url`).
 */
import type { SourceInfo } from '../../internal/scholar-element.js';
import { personMatcher } from '../../model/names.js';
import type { PubLibrary, PublicationSource } from '../../model/publication-sources.js';
import type { CslName } from '../../model/types.js';

/**
 * The profiles of the `profiles` property, one source each (`fromProfiles`: the input is that property's, as neither
 * `profile` nor `items` is set); undefined for any other input.
 */
export function listedProfiles(input: unknown, info: SourceInfo, fromProfiles: boolean): PublicationSource[] | undefined {
  if (!fromProfiles || info.source !== 'property' || !Array.isArray(input)) return undefined;
  return (input as unknown[]).map((profile, index) => ({ input: profile, source: info.source, listed: `Profile ${index + 1}` }));
}

/** Whether an author is one of the list's own people: a profile's owner, or a name in `highlight`. */
export function selfMatcher(library: PubLibrary | undefined, highlight: readonly string[]): (author: CslName) => boolean {
  const matchers = [...(library?.owners ?? []).map((owner) => personMatcher(owner.name, owner.variants)), ...highlight.map((name) => personMatcher(name))];
  return (author) => matchers.some((matches) => matches(author));
}

/** The prefix of a list's keys in the URL hash (`sync-url`): its `id`, else `pubs`. */
export const hashPrefix = (list: { id: string }): string => list.id || 'pubs';

/** Whether the page's URL hash holds a view of the list (a key with its prefix, `#pubs.q=moe`). */
export function hashHoldsView(list: { id: string }): boolean {
  const prefix = `${hashPrefix(list)}.`;
  return [...new URLSearchParams(location.hash.slice(1)).keys()].some((key) => key.startsWith(prefix));
}

/** How many most cited works the list keeps (`most-cited`), a whole number; 0 for off. */
export const mostCitedFilter = (list: { readonly mostCited: number }): number => (list.mostCited >= 1 ? Math.floor(list.mostCited) : 0);

/** The name the list is filtered by (`author`), trimmed; "" for none (a page script may have set it to null). */
export const authorFilter = (list: { readonly author: string | null | undefined }): string => (typeof list.author === 'string' ? list.author.trim() : '');
