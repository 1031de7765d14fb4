/** Test vocabulary for <pub-list>. */
import { waitUntil } from '@open-wc/testing';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { settled, shadowAll } from '../../helpers.js';

/**
 * The publications of the list drawn now. After a change, a long list drawn before stays in the DOM for a while,
 * hidden, while it is taken down in short tasks (src/components/pub-list/list-swap-controller.ts).
 */
export function drawnEntries(list: PubList): HTMLElement[] {
  return shadowAll(list, '.list:not(.leaving) [part~="publication"]');
}

/** Waits until every shown publication is in the DOM (long lists render in blocks). */
export async function fullyRendered(list: PubList): Promise<PubList> {
  await settled(list);
  const expected = () => Math.min(list.publications.length, list.limit || Infinity);
  await waitUntil(() => drawnEntries(list).length === expected(), 'list never finished rendering', { timeout: 10000 });
  return list;
}
