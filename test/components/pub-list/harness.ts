/** Test vocabulary for <pub-list>. */
import { waitUntil } from '@open-wc/testing';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { settled, shadowAll } from '../../helpers.js';

/** Waits until every shown publication is in the DOM (long lists render in blocks). */
export async function fullyRendered(list: PubList): Promise<PubList> {
  await settled(list);
  const expected = () => Math.min(list.publications.length, list.limit || Infinity);
  await waitUntil(() => shadowAll(list, '[part="publication"]').length === expected(), 'list never finished rendering', { timeout: 10000 });
  return list;
}
