/**
 * Link safety: data decides where links point, so only schemes that cannot run code pass.
 * Lit escapes text but not URLs; every href/src built from data goes through `safeUrl`.
 */
import { MAX_JSON_DEPTH } from './json.js';

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
    if (resolved !== item) (copy ??= Object.assign(isList ? [] : {}, source))[key] = resolved;
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
