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
