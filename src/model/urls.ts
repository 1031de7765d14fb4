/**
 * Link safety: data decides where links point, so only schemes that cannot run code pass.
 * Lit escapes text but not URLs; every href/src built from data goes through `safeUrl`.
 */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Matches a leading "scheme:" (RFC 3986), after the browser's own stripping of control characters and spaces. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Returns the URL if it is http(s), mailto or relative; otherwise `undefined`.
 * Control characters and whitespace inside the scheme (a classic `java\tscript:` trick) are removed before checking,
 * exactly as browsers do when they parse the attribute.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  // Browsers drop ASCII tab/newline anywhere and leading C0 controls/space before parsing.
  const normalised = trimmed.replace(/[\u0000-\u001F\u007F\s]/g, '');
  const scheme = SCHEME.exec(normalised);
  if (scheme) return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase() + ':') ? trimmed : undefined;
  // "//host/path" is protocol-relative: it inherits http(s) from the page, which is fine.
  return trimmed;
}

/** `mailto:` link for an address, or undefined if it does not look like one. */
export function mailtoUrl(email: unknown): string | undefined {
  if (typeof email !== 'string' || !/^[^\s@:/]+@[^\s@:/]+$/.test(email.trim())) return undefined;
  return `mailto:${email.trim()}`;
}
