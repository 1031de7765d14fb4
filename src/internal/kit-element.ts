/** How the kit's elements recognise one another. */
import { isServer } from 'lit';

/** Marks the kit's elements, also across two copies of the kit on one page. */
export const KIT_ELEMENT = Symbol.for('scholar-elements.element');

/**
 * Whether `element` is drawn inside another kit element (a card in a profile, a profile in a lab directory). Its
 * events then stay inside that element: the page hears the outer element's events only.
 */
export function isNested(element: Element): boolean {
  if (isServer) return false;
  const root = element.getRootNode();
  return root instanceof ShadowRoot && !!(root.host.constructor as unknown as Record<symbol, unknown>)[KIT_ELEMENT];
}
