/**
 * HTML the prerender command writes itself: escaping for its few strings (everything else goes through Lit), and
 * the clean-up of Lit's server output.
 */

/** Text content: `&`, `<` and `>` escaped. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/**
 * JSON for a `<script>` element's text: `<` is written as `\u003c`, so no "</script>" or "<!--" in the data can end
 * the element early; U+2028/U+2029 are escaped too. The JSON means the same.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Server output made static:
 * - Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node n-->`, and `<?>`, which a parser reads as a comment)
 *   go: they are a third of the bytes, and nothing hydrates these pages (the elements read their data after their
 *   first render, so Lit's hydration could not match them). Data never produces them: Lit escapes text and values;
 * - the server renderer writes a property binding on a reflecting attribute as its string, so `.checked=${false}`
 *   becomes `checked="false"`, which HTML reads as checked; a boolean attribute is written as HTML means it.
 */
export function staticHtml(rendered: string): string {
  return rendered
    .replace(/<!--\/?lit-(?:part|node)\b[^>]*?-->|<\?>/g, '')
    .replace(/\schecked="(?:false|undefined|null)"/g, '')
    .replace(/\schecked="true"/g, ' checked');
}
