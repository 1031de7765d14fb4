import type { ScholarErrorDetail } from '../model/load-error.js';

export { ScholarLoadError, type ScholarErrorDetail } from '../model/load-error.js';

/**
 * Dispatched when an element cannot show its data. Bubbles and crosses shadow roots, except out of another kit
 * element (a card inside a `<researcher-profile>`): the page hears the outer element only.
 */
export class ScholarErrorEvent extends CustomEvent<ScholarErrorDetail> {
  static readonly type = 'scholar-error';
  constructor(detail: ScholarErrorDetail, { composed = true }: { composed?: boolean } = {}) {
    super(ScholarErrorEvent.type, { detail, bubbles: true, composed });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scholar-error': ScholarErrorEvent;
  }
}
