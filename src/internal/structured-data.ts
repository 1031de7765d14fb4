/**
 * The schema.org JSON-LD an element adds to its light DOM, for search engines. The code that writes it is loaded
 * after the render that asked for it: search engines read it, readers never wait for it.
 */
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

/** The model's JSON-LD writers (model/json-ld.ts), handed to an element's `jsonLd` hook. */
export type JsonLdWriters = typeof import('../model/json-ld.js');

const turns = new WeakMap<HTMLElement, number>();

/**
 * Describes the element with what `describe` makes, once the writers are loaded; without `describe`, removes its
 * description at once. The latest call wins over one still waiting.
 */
export function describeElement(element: HTMLElement, describe?: (writers: JsonLdWriters) => object | undefined): void {
  const turn = (turns.get(element) ?? 0) + 1;
  turns.set(element, turn);
  if (!describe) return writeJsonLd(element, undefined);
  void import('../model/json-ld.js').then((writers) => {
    if (turns.get(element) === turn) writeJsonLd(element, describe(writers));
  });
}
