/**
 * `sync-url`: a list's filters, grouping and sort kept in the page's URL hash (`#pubs.q=moe&pubs.cat=journal`), so a
 * filtered view can be linked to, and read back from it when the page opens or the hash changes. Loaded only by lists
 * that have `sync-url`. Several lists on a page keep their own keys, prefixed with their `id` (else `pubs`); the rest
 * of the hash (another list's keys, a plain `#section-x`) is kept as it is written.
 *
 * A view read from the hash (a link such as a collaborator's "12 works", `#pubs.author=Yuxiong+He`) scrolls the list
 * into view: the hash names no element, so the browser itself does not.
 */
import type { ReactiveController } from 'lit';
import { SORT_ORDERS, type SortOrder } from '../../model/pub-query.js';
import { authorFilter, hashHoldsView, hashPrefix, mostCitedFilter } from './list-inputs.js';
import { listAttribute, type PubQueryHost } from './query-controller.js';

/** The element's properties the hash holds, and `sync-url` itself. */
export interface UrlHashHost extends PubQueryHost {
  syncUrl: boolean;
  /** Whether the list shows its data yet (`ready`). */
  readonly state: string;
}

/** Reads the list's view from the URL hash, and writes it there when it changes. */
export class UrlHashController implements ReactiveController {
  readonly #host: UrlHashHost;
  /** The view last read from or written to the hash, as the hash would hold it. */
  #last: string;

  /**
   * Reads the hash at once: a list whose hash holds a view of it shows its data only once this controller is made.
   * A list whose hash holds none shows it at once, and a view set meanwhile is written on its next update.
   */
  constructor(host: UrlHashHost) {
    this.#host = host;
    this.#last = this.#read(true) ? this.#params().toString() : '';
    host.addController(this);
    host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  hostUpdated(): void {
    if (!this.#host.syncUrl) return;
    const params = this.#params();
    const view = params.toString();
    if (view === this.#last) return;
    this.#last = view;
    this.#write(params);
  }

  get #prefix(): string {
    return hashPrefix(this.#host);
  }

  #onHashChange = (): void => {
    if (this.#host.syncUrl) this.#read(false);
  };

  /** The list's view as hash parameters (each only when it differs from the default). */
  #params(): URLSearchParams {
    const host = this.#host;
    const params = new URLSearchParams();
    const set = (name: string, value: string | number | undefined | false) => {
      if (value !== undefined && value !== '' && value !== false) params.set(`${this.#prefix}.${name}`, String(value));
    };
    set('q', host.query);
    set('cat', listAttribute(host, 'category', host.category).join(','));
    set('kw', host.keyword);
    set('sel', host.selectedOnly && '1');
    set('author', authorFilter(host));
    set('top', mostCitedFilter(host) || undefined);
    set('from', Number.isFinite(host.yearFrom) ? host.yearFrom : undefined);
    set('to', Number.isFinite(host.yearTo) ? host.yearTo : undefined);
    if (host.groupBy !== 'year') set('group', host.groupBy);
    if (host.sort !== 'newest') set('sort', host.sort);
    return params;
  }

  /**
   * Sets the list's view from the hash, when the hash has keys for this list, and lands on the list: once its data is
   * shown when the page opens (`opening`), once the view is drawn when the hash changes. Whether it read one.
   */
  #read(opening: boolean): boolean {
    const host = this.#host;
    const params = new URLSearchParams(location.hash.slice(1));
    if (!hashHoldsView(host)) return false;
    const get = (name: string) => params.get(`${this.#prefix}.${name}`);
    host.query = get('q') ?? '';
    host.category = get('cat') ?? '';
    host.keyword = get('kw') ?? '';
    host.selectedOnly = get('sel') === '1';
    host.author = get('author')?.trim() ?? '';
    const top = Number(get('top'));
    host.mostCited = Number.isFinite(top) && top >= 1 ? Math.floor(top) : 0;
    host.yearFrom = get('from') ? Number(get('from')) : undefined;
    host.yearTo = get('to') ? Number(get('to')) : undefined;
    const group = get('group');
    if (group === 'year' || group === 'category' || group === 'none') host.groupBy = group;
    const sort = get('sort');
    if (SORT_ORDERS.includes(sort as SortOrder)) host.sort = sort as SortOrder;
    void this.#land(opening);
    return true;
  }

  /**
   * Scrolls the list into view once the view read from the hash is drawn, under a sticky navigation's height when the
   * list is inside a profile page that has one (its `--_scholar-sticky-offset`).
   */
  async #land(opening: boolean): Promise<void> {
    const host = this.#host;
    // A list whose hash had no view of it when it opened shows its data without waiting for this controller.
    if (opening && host.state !== 'ready') await new Promise((resolve) => host.addEventListener('scholar-load', resolve, { once: true }));
    await host.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (!host.isConnected) return;
    host.scrollIntoView({ block: 'start' });
    const offset = parseFloat(getComputedStyle(host).getPropertyValue('--_scholar-sticky-offset')) || 0;
    if (offset > 0) window.scrollBy(0, -offset);
  }

  /** Puts the list's parameters into the hash, keeping other lists' and the page's own as they are written. */
  #write(own: URLSearchParams): void {
    const prefix = `${this.#prefix}.`;
    const keyOf = (part: string) => [...new URLSearchParams(part).keys()][0] ?? '';
    const kept = location.hash
      .slice(1)
      .split('&')
      .filter((part) => part && !keyOf(part).startsWith(prefix));
    const hash = [...kept, own.toString()].filter(Boolean).join('&');
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  }
}
