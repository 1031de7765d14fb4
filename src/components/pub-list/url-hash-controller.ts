/**
 * `sync-url`: a list's filters, grouping and sort kept in the page's URL hash (`#pubs.q=moe&pubs.cat=journal`), so a
 * filtered view can be linked to, and read back from it when the page opens or the hash changes. Loaded only by lists
 * that have `sync-url`. Several lists on a page keep their own keys, prefixed with their `id` (else `pubs`).
 */
import type { ReactiveController } from 'lit';
import { SORT_ORDERS, type SortOrder } from '../../model/pub-query.js';
import { listAttribute, type PubQueryHost } from './query-controller.js';

/** The element's properties the hash holds, and `sync-url` itself. */
export interface UrlHashHost extends PubQueryHost {
  syncUrl: boolean;
}

/** Reads the list's view from the URL hash, and writes it there when it changes. */
export class UrlHashController implements ReactiveController {
  readonly #host: UrlHashHost;
  /** The view last read from or written to the hash, as the hash would hold it. */
  #last: string;

  /** Reads the hash at once: the element shows its data only once this controller is made. */
  constructor(host: UrlHashHost) {
    this.#host = host;
    this.#read();
    this.#last = this.#params().toString();
    host.addController(this);
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
    return this.#host.id || 'pubs';
  }

  #onHashChange = (): void => {
    if (this.#host.syncUrl) this.#read();
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
    set('from', Number.isFinite(host.yearFrom) ? host.yearFrom : undefined);
    set('to', Number.isFinite(host.yearTo) ? host.yearTo : undefined);
    if (host.groupBy !== 'year') set('group', host.groupBy);
    if (host.sort !== 'newest') set('sort', host.sort);
    return params;
  }

  /** Sets the list's view from the hash, when the hash has keys for this list. */
  #read(): void {
    const host = this.#host;
    const params = new URLSearchParams(location.hash.slice(1));
    if (![...params.keys()].some((key) => key.startsWith(`${this.#prefix}.`))) return;
    const get = (name: string) => params.get(`${this.#prefix}.${name}`);
    host.query = get('q') ?? '';
    host.category = get('cat') ?? '';
    host.keyword = get('kw') ?? '';
    host.selectedOnly = get('sel') === '1';
    host.yearFrom = get('from') ? Number(get('from')) : undefined;
    host.yearTo = get('to') ? Number(get('to')) : undefined;
    const group = get('group');
    if (group === 'year' || group === 'category' || group === 'none') host.groupBy = group;
    const sort = get('sort');
    if (SORT_ORDERS.includes(sort as SortOrder)) host.sort = sort as SortOrder;
  }

  /** Puts the list's parameters into the hash, keeping other lists' and the page's own. */
  #write(own: URLSearchParams): void {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const key of [...params.keys()]) if (key.startsWith(`${this.#prefix}.`)) params.delete(key);
    for (const [key, value] of own) params.set(key, value);
    const hash = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  }
}
