/** The types shared by an element, the controller that loads its data, and the elements built on them. */
import type { LabMemberContext } from '../model/lab.js';
import type { Problem } from '../model/types.js';

/** `loading` while data is fetched, `ready` when shown, `empty` when there is nothing to show, `error` when it failed. */
export type LoadState = 'loading' | 'ready' | 'empty' | 'error';

/** What an element made of its input: the data to show, and the entries it had to leave out. */
export interface Interpreted<TData> {
  data: TData;
  problems: Problem[];
}

/** Where a piece of input came from, for messages and for choosing how to read it. */
export interface SourceInfo {
  /** A URL, "inline" or "property". */
  source: string;
  /** The absolute URL the input was read from, for resolving relative URLs in it. */
  url?: string;
  contentType?: string;
  /** Set on a lab member's profile (see `readsLabs`): the lab and the member's entry in it. */
  lab?: LabMemberContext;
}

/** One source's input, decoded, with where it came from. */
export interface LoadedInput {
  input: unknown;
  info: SourceInfo;
}
