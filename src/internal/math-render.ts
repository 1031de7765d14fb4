/**
 * The real math renderer, in its own chunk: loaded only when a title has math beyond simple super/subscripts.
 * Temml turns TeX into MathML (which browsers render natively, no fonts or CSS to fetch); DOMPurify then
 * sanitises that markup before it reaches the page, since it is built from data.
 */
import DOMPurify from 'dompurify';
import temml from 'temml';

const cache = new Map<string, DocumentFragment>();

/** Most different formulas kept rendered; past it the cache starts again (a list rarely has more than a few). */
const CACHE_LIMIT = 500;

/** The TeX as it was written, in the same `<code class="tex">` the list shows before the renderer has loaded. */
function asSource(tex: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const code = document.createElement('code');
  code.className = 'tex';
  code.textContent = tex;
  fragment.append(code);
  return fragment;
}

function render(tex: string): DocumentFragment {
  try {
    // No style attributes: a page with a strict style-src refuses them (even while DOMPurify parses), and MathML
    // lays out well without them.
    const markup = temml.renderToString(tex, { throwOnError: false, displayMode: false }).replace(/\sstyle="[^"]*"/g, '');
    return DOMPurify.sanitize(markup, { USE_PROFILES: { mathMl: true }, FORBID_ATTR: ['style'], RETURN_DOM_FRAGMENT: true });
  } catch {
    // Temml reports TeX it cannot parse as an error node, but some input ("x^" with nothing to raise) makes it throw
    // a TypeError instead: the formula then shows as its source, and the rest of the title and list render.
    return asSource(tex);
  }
}

/**
 * A fresh, sanitised MathML fragment for `tex` (inline style). Unknown commands show as source text; TeX the
 * renderer cannot read at all shows as `<code class="tex">` source. It never throws.
 */
export function renderTex(tex: string): DocumentFragment {
  let fragment = cache.get(tex);
  if (!fragment) {
    fragment = render(tex);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(tex, fragment);
  }
  return fragment.cloneNode(true) as DocumentFragment;
}
