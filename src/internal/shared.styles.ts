/**
 * Style partials the elements share: declarations, not rules, so each element puts them under its own selector
 * (`.card { ${panelDeclarations} … }`). A partial is never adopted as a stylesheet by itself.
 */
import { css } from 'lit';

/** The kit's boxed panel (a card, a timeline): a grid on the theme's surface, with its border and corners. */
export const panelDeclarations = css`
  display: grid;
  gap: calc(var(--_scholar-spacing) * 0.75);
  padding: var(--_scholar-spacing);
  border: 1px solid var(--_scholar-border);
  border-radius: var(--_scholar-radius);
  background: var(--_scholar-surface);
`;

/** A list without bullets or indent (links, chips, entries). */
export const plainListDeclarations = css`
  list-style: none;
  margin: 0;
  padding: 0;
`;

/**
 * The researcher's own text (a name, a title, a venue, a summary) in its own direction, whatever the page's: the CSS
 * form of <bdi> and dir="auto". `plaintext` isolates the text from what is around it and takes its direction from its
 * first strong letter, so a Latin title in an Arabic page keeps "(2020)." at its end and an Arabic name in an English
 * page reads right to left (`isolate` alone keeps the page's direction, and the closing punctuation of a Latin title
 * moves to its other end). A block stays aligned with the text around it: to the start its parent's direction says
 * (`match-parent`, which Chromium knows only as `-webkit-match-parent`), not its own text's; an inline box has no
 * alignment of its own, so the same partial serves both.
 */
export const ownTextDeclarations = css`
  unicode-bidi: plaintext;
  text-align: -webkit-match-parent;
  text-align: match-parent;
`;
