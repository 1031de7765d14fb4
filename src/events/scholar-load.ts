import type { Problem } from '../model/types.js';

export interface ScholarLoadDetail<TData = unknown> {
  /** The data the element now shows (bad entries already left out). */
  data: TData;
  /** Entries that were left out, with their path and the reason. Empty when everything was usable. */
  problems: Problem[];
  /** Where the data came from: the URL, "inline" or "property". */
  source: string;
}

/**
 * Dispatched when an element has loaded its data and rendered it. Bubbles and crosses shadow roots, except out of
 * another kit element (a card inside a `<researcher-profile>`): the page hears the outer element only.
 */
export class ScholarLoadEvent<TData = unknown> extends CustomEvent<ScholarLoadDetail<TData>> {
  static readonly type = 'scholar-load';
  constructor(detail: ScholarLoadDetail<TData>, { composed = true }: { composed?: boolean } = {}) {
    super(ScholarLoadEvent.type, { detail, bubbles: true, composed });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scholar-load': ScholarLoadEvent;
  }
}
