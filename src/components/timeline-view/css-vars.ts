import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * CSS properties by their CSS name: custom properties with their `--` (`{ '--_scholar-timeline-lanes': '2' }`) or standard ones
 * (`{ 'inset-inline-start': '25%' }`). Standard properties are cheaper on elements that come by the thousand:
 * an element with custom properties of its own gets a copy of every custom property it inherits.
 */
export type CssVars = Record<string, string>;

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`), from the first render on:
 * `<ol ${cssVars({ '--_scholar-timeline-lanes': '2' })}>`; properties left out of a later render are removed. Lit's `styleMap` writes a `style` attribute on the first render, which a
 * strict Content-Security-Policy (`style-src` without 'unsafe-inline') blocks; CSSOM changes are always allowed.
 */
class CssVarsDirective extends Directive {
  #names = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssVars() goes in element position: <li ${cssVars({...})}>.');
  }

  render(_vars: CssVars): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [CssVars]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#names) if (!(name in vars)) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    this.#names = new Set(Object.keys(vars));
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
