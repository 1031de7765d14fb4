import { css } from 'lit';

/**
 * Tokens and host rules every element shares. Public knobs are `--scholar-*`; the private `--_scholar-*` copies
 * carry the defaults, so a page sets only what it wants to change.
 */
export const themeStyles = css`
  /* Each colour is light-dark(light, dark): the colour scheme picks, from the reader's preference or theme="…". */
  :host {
    --_scholar-accent: var(--scholar-accent, light-dark(#1d4ed8, #8ab4ff));
    --_scholar-accent-contrast: var(--scholar-accent-contrast, light-dark(#ffffff, #0b1220));
    --_scholar-text: var(--scholar-text, light-dark(#1f2328, #e6edf3));
    --_scholar-muted: var(--scholar-muted, light-dark(#57606a, #a3adb8));
    --_scholar-surface: var(--scholar-surface, light-dark(#ffffff, #161b22));
    --_scholar-surface-alt: var(--scholar-surface-alt, light-dark(#f3f4f6, #21262d));
    --_scholar-border: var(--scholar-border, light-dark(#d0d7de, #3d444d));
    --_scholar-danger: var(--scholar-danger, light-dark(#b42318, #ff8a80));
    --_scholar-radius: var(--scholar-radius, 10px);
    --_scholar-spacing: var(--scholar-spacing, 1em);
    --_scholar-font: var(--scholar-font, inherit);

    /*
     * The spacing scale: steps of the base unit (--scholar-spacing, 1em by default), so one knob spaces everything
     * in proportion. Paddings and gaps take a step of it rather than a length of their own.
     */
    --_scholar-space-1: calc(var(--_scholar-spacing) * 0.25);
    --_scholar-space-2: calc(var(--_scholar-spacing) * 0.5);
    --_scholar-space-3: calc(var(--_scholar-spacing) * 0.75);
    --_scholar-space-4: var(--_scholar-spacing);
    --_scholar-space-5: calc(var(--_scholar-spacing) * 1.5);
    --_scholar-space-6: calc(var(--_scholar-spacing) * 2);

    /*
     * The type scale: ratios of the base size (--scholar-font-size, else the page's size), in em, so the whole
     * element grows and shrinks with it: small print (labels, captions, chart years), secondary text (affiliations,
     * roles, notes), the base, key numbers and group headings, a person's name, a lab's name.
     */
    --_scholar-text-xs: 0.8125em;
    --_scholar-text-sm: 0.875em;
    --_scholar-text-md: 1em;
    --_scholar-text-lg: 1.125em;
    --_scholar-text-xl: 1.25em;
    --_scholar-text-2xl: 1.5em;

    display: block;
    box-sizing: border-box;
    color-scheme: light dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /*
   * Text settings sit on the shadow root's top-level elements, not on :host: a page's own rules (a reset's
   * "* { font: inherit }", "body { text-transform: uppercase }") reach the host element and beat :host rules, but
   * never the inside. The page's font family is inherited on purpose; its size too (sizes inside are in em), unless
   * --scholar-font-size says otherwise.
   */
  :host > * {
    color: var(--_scholar-text);
    font-family: var(--_scholar-font);
    font-size: var(--scholar-font-size);
    font-style: normal;
    line-height: 1.5;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    white-space: normal;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * No layout shift: while its data loads, an element keeps about the room its content will take, so the page
   * under it does not jump when the data arrives. Each element sets --_scholar-loading-height (per variant); where
   * it does not, the rule does nothing. A page's own min-height on the element wins over this :host rule.
   */
  :host([state='loading']) {
    min-height: var(--_scholar-loading-height);
  }

  /* The custom state is set at once; the attribute follows on the next update. Its own rule: older browsers drop it. */
  :host(:state(loading)) {
    min-height: var(--_scholar-loading-height);
  }

  /* Not "inherit": a page's "* { box-sizing: content-box }" reaches the host element itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_scholar-accent);
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_scholar-accent);
    outline-offset: 2px;
  }

  /*
   * Right to left (dir="rtl" on the element or around it): the layout mirrors by itself, as every rule uses logical
   * sides (inline-start, not left). What draws a direction turns too: icons that point along the line (icons.ts marks
   * them) and the year charts (bar-chart.ts: the years run from the inline start, as on the timeline's axis and in the
   * year labels under the bars). Icons that do not point (mail, phone, a pin, the networks' marks) stay as they are.
   */
  :host(:dir(rtl)) :is(.icon.points, .bar-chart) {
    transform: scaleX(-1);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  [part='error'] {
    border: 1px solid var(--_scholar-danger);
    border-radius: var(--_scholar-radius);
    padding: var(--_scholar-space-3);
    color: var(--_scholar-danger);
    background: var(--_scholar-surface);
  }

  [part='error'] strong {
    display: block;
  }

  [part='problems'] {
    margin-top: var(--_scholar-space-2);
    color: var(--_scholar-muted);
    font-size: var(--_scholar-text-sm);
  }

  [part='problems'] ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  [part='loading'] {
    color: var(--_scholar-muted);
  }

  [part='empty'] {
    color: var(--_scholar-muted);
    font-style: italic;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
