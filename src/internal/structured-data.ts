/** The schema.org JSON-LD an element adds to its light DOM, for search engines. */
import { trustedJson } from './trusted-types.js';

/** Puts `description` in the element's JSON-LD script (made when missing), or removes the script when there is none. */
export function writeJsonLd(element: HTMLElement, description: object | undefined): void {
  const existing = element.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-scholar-elements]');
  if (!description) {
    existing?.remove();
    return;
  }
  const script = existing ?? document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-scholar-elements', '');
  // Script text is a Trusted Types sink even for data, so it goes through the kit's policy.
  script.text = trustedJson(JSON.stringify(description));
  if (!existing) element.append(script);
}
