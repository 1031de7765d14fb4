import { PubList } from './pub-list.component.js';

export { PubList };

PubList.define('pub-list');

declare global {
  interface HTMLElementTagNameMap {
    'pub-list': PubList;
  }
}
