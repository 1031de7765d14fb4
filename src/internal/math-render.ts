/**
 * The real math renderer, in its own chunk: loaded only when a title has math beyond simple super/subscripts.
 * Temml turns TeX into MathML (which browsers render natively, no fonts or CSS to fetch); DOMPurify then
 * sanitises that markup before it reaches the page, since it is built from data.
 */
import DOMPurify from 'dompurify';
import temml from 'temml';

const cache = new Map<string, DocumentFragment>();

/** A fresh, sanitised MathML fragment for `tex` (inline style). Unknown commands show as source text; it never throws. */
export function renderTex(tex: string): DocumentFragment {
  let fragment = cache.get(tex);
  if (!fragment) {
    // No style attributes: a page with a strict style-src refuses them (even while DOMPurify parses), and MathML
    // lays out well without them.
    const markup = temml.renderToString(tex, { throwOnError: false, displayMode: false }).replace(/\sstyle="[^"]*"/g, '');
    fragment = DOMPurify.sanitize(markup, { USE_PROFILES: { mathMl: true }, FORBID_ATTR: ['style'], RETURN_DOM_FRAGMENT: true });
    cache.set(tex, fragment);
  }
  return fragment.cloneNode(true) as DocumentFragment;
}
