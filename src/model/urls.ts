/**
 * Link safety: data decides where links point, so only schemes that cannot run code pass.
 * Lit escapes text but not URLs; every href/src built from data goes through `safeUrl`.
 */
import { MAX_JSON_DEPTH, pathOf, type PlaceInTree } from './json.js';

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Matches a leading "scheme:" (RFC 3986), after the browser's own stripping of control characters and spaces. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The lower-cased scheme ("https:") a URL starts with; undefined for a relative URL. */
function schemeOf(url: string): string | undefined {
  // Browsers drop ASCII tab/newline anywhere and leading C0 controls/space before parsing.
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u001F\u007F\s]/g, ''));
  return scheme ? `${scheme[1]!.toLowerCase()}:` : undefined;
}

/**
 * Returns the URL if it is http(s), mailto or relative; otherwise `undefined`.
 * Control characters and whitespace inside the scheme (a classic `java\tscript:` trick) are removed before checking,
 * exactly as browsers do when they parse the attribute.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  const scheme = schemeOf(trimmed);
  if (scheme) return ALLOWED_SCHEMES.has(scheme) ? trimmed : undefined;
  // "//host/path" is protocol-relative: it inherits http(s) from the page, which is fine.
  return trimmed;
}

/** `mailto:` link for an address, or undefined if it does not look like one. */
export function mailtoUrl(email: unknown): string | undefined {
  if (typeof email !== 'string' || !/^[^\s@:/]+@[^\s@:/]+$/.test(email.trim())) return undefined;
  return `mailto:${email.trim()}`;
}

/**
 * A link from a data file, resolved as CSS resolves `url()` in a stylesheet: a relative link ("paper.pdf",
 * "../img/me.jpg", "/cv.pdf") is made absolute against `base`, the address of the file it was written in. Absolute
 * links, fragment-only links ("#talks", which point into the page) and links `safeUrl` refuses are returned as
 * given, so the refused ones are still dropped where they are shown.
 *
 * With `page` (the page's own address), a link is rewritten only when it would lead elsewhere resolved against the
 * page, so that "/cv.pdf" in a file on the page's own server, or any link in a file next to the page, stays as
 * written.
 */
export function resolveLink(url: string, base: string | URL, page?: string | URL): string {
  const safe = safeUrl(url);
  if (!safe || schemeOf(safe) || safe.startsWith('#')) return url;
  let resolved: string;
  try {
    resolved = new URL(safe, base).href;
  } catch {
    return url;
  }
  if (page !== undefined) {
    try {
      if (new URL(safe, page).href === resolved) return url;
    } catch {
      // A page address that cannot be parsed gives no reason to keep the link as written.
    }
  }
  return resolved;
}

/**
 * Keys whose string values are links, wherever they appear: profile JSON (`url`, photo `image`, publication
 * `links[].url`), CSL-JSON (`URL`) and imported publication entries (`item`, `links`, `versions`).
 */
const LINK_KEYS = new Set(['url', 'URL', 'image']);

/**
 * `value` (a profile, CSL-JSON items, imported publication entries — any JSON-like data) with every relative link
 * resolved against `base` by `resolveLink` (see there for `page`). The input is never modified: changed objects and
 * lists are copies, the rest is shared, and when no link changes `value` itself is returned.
 */
export function resolveRelativeLinks<T>(value: T, base: string | URL, page?: string | URL): T {
  return resolveWithin(value, base, page, 0);
}

function resolveWithin<T>(value: T, base: string | URL, page: string | URL | undefined, depth: number): T {
  const isList = Array.isArray(value);
  // Lists and plain objects only (from any window): dates, URLs and the like have no links inside. Values nested
  // deeper than the data may be are left as they are: validation leaves them out (and recursing would overflow).
  if ((!isList && Object.prototype.toString.call(value) !== '[object Object]') || depth >= MAX_JSON_DEPTH) return value;
  const source = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(source)) {
    const resolved = !isList && LINK_KEYS.has(key) && typeof item === 'string' ? resolveLink(item, base, page) : resolveWithin(item, base, page, depth + 1);
    // A list's entries are keyed "0", "1"…, so one copy-on-write serves lists and objects.
    if (resolved !== item) {
      // Spread and defineProperty define keys: an own "__proto__" key (as JSON.parse makes it) stays a key.
      copy ??= isList ? ((source as unknown as unknown[]).slice() as unknown as Record<string, unknown>) : { ...source };
      Object.defineProperty(copy, key, { value: resolved, enumerable: true, writable: true, configurable: true });
    }
  }
  return (copy ?? value) as T;
}

/** Hosts that only the machine the browser runs on can reach. */
const LOOPBACK_HOST = /^(.+\.)?localhost$|^127(\.\d+){3}$|^\[::1\]$/i;

/**
 * True for the address of a page its author is looking at on their own machine: a `file:` URL, or a server on
 * `localhost`, a `*.localhost` name, 127.0.0.1 (any 127.x.x.x) or `[::1]`. Elements list the problems they found in
 * their data inside themselves on such pages only (unless told otherwise); a published page shows its visitors the
 * data alone. A string that is not a URL counts as not local.
 */
export function isLocalUrl(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return LOOPBACK_HOST.test(parsed.hostname.replace(/\.$/, ''));
}

/** A link that `safeUrl` refuses, and where it is: path segments from the value that was searched. */
export interface RefusedLink {
  path: string[];
  link: string;
}

/**
 * Every text under a link key (`url`, `URL`, `image`; see `LINK_KEYS`), or in a list under one, that `safeUrl`
 * refuses: a `javascript:`, `data:`, `vbscript:` or any other scheme but http(s) and mailto. Empty texts are not
 * links. Walks without recursion, in document order; a list or object met twice (data given from JavaScript may
 * share or loop) is searched once.
 */
export function refusedLinks(value: unknown): RefusedLink[] {
  // Each place knows its holder and key only: the path is spelled out for the few links found, not for every value.
  interface Place extends PlaceInTree {
    value: unknown;
    holder?: Place;
    underLinkKey: boolean;
  }
  const found: RefusedLink[] = [];
  const seen = new Set<object>();
  const stack: Place[] = [{ value, key: '', underLinkKey: false }];
  while (stack.length) {
    const place = stack.pop()!;
    const current = place.value;
    if (typeof current === 'string') {
      if (place.underLinkKey && current.trim() && !safeUrl(current)) found.push({ path: pathOf(place), link: current });
      continue;
    }
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const isList = Array.isArray(current);
    const keys = Object.keys(current);
    // Pushed in reverse, so that links come out in document order.
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      const member = (current as Record<string, unknown>)[key];
      // Only texts, lists and objects can be or hold a link.
      if (member === null || (typeof member !== 'object' && typeof member !== 'string')) continue;
      // A list's items are under the key the list is under: `url: ["javascript:…"]` is a link too.
      stack.push({ value: member, holder: place, key, underLinkKey: isList ? place.underLinkKey : LINK_KEYS.has(key) });
    }
  }
  return found;
}

/** Why a refused link is left out, quoting it (shortened to 60 characters). */
export function refusedLinkReason(link: string): string {
  const shown = link.length > 60 ? `${link.slice(0, 59)}…` : link;
  return `the link ${JSON.stringify(shown)} is not an http(s), mailto or relative address; it is left out`;
}

/**
 * `value` without the values at `paths` (as {@link refusedLinks} gives them): a field is deleted, a list item taken
 * out. The input is never modified: the lists and objects on the way are copies, everything else is shared.
 */
export function withoutPaths<T>(value: T, paths: ReadonlyArray<readonly string[]>): T {
  if (!paths.length || value === null || typeof value !== 'object') return value;
  const copies = new Set<object>();
  const copyOf = <V extends object>(original: V): V => {
    if (copies.has(original)) return original;
    // Spread defines keys (an own "__proto__" key stays a key); assignment would set the prototype.
    const copy = (Array.isArray(original) ? original.slice() : { ...original }) as V;
    copies.add(copy);
    return copy;
  };
  const root = copyOf(value as object);
  // List items go after every path is followed, so that the positions in the other paths stay true.
  const leaving = new Map<unknown[], Set<number>>();
  for (const path of paths) {
    if (!path.length) continue;
    let holder = root as Record<string, unknown>;
    let reached = true;
    for (const segment of path.slice(0, -1)) {
      const next = holder[segment];
      if (next === null || typeof next !== 'object') {
        reached = false;
        break;
      }
      const copy = copyOf(next as Record<string, unknown>);
      Object.defineProperty(holder, segment, { value: copy, enumerable: true, writable: true, configurable: true });
      holder = copy;
    }
    if (!reached) continue;
    const last = path[path.length - 1]!;
    if (Array.isArray(holder)) {
      let indexes = leaving.get(holder);
      if (!indexes) leaving.set(holder, (indexes = new Set()));
      indexes.add(Number(last));
    } else delete holder[last];
  }
  for (const [list, indexes] of leaving) {
    let kept = 0;
    for (let index = 0; index < list.length; index++) if (!indexes.has(index)) list[kept++] = list[index];
    list.length = kept;
  }
  return root as T;
}
