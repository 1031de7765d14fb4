import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS custom properties by name (with their `--`), e.g. `{ '--lane': '2' }`. */
export type CssVars = Record<`--${string}`, string>;

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), from the first render on:
 * `<li ${cssVars({ '--lane': '2' })}>`. Lit's `styleMap` writes a `style` attribute on the first render, which a
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
