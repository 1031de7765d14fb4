/**
 * What a publication list says about itself, in the reader's language: how many publications it shows ("Showing 4
 * of 50 publications", announced politely as filters change), which person's works it shows, that nothing matches,
 * that there is nothing to show, and the button that lifts `limit`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PubWords } from './pub-words.js';

/** "50 publications", or "Showing 4 of 50 publications" while filters hide some: a polite live region. */
export function renderSummary(words: PubWords, shown: number, total: number): TemplateResult {
  return html`<div part="summary" class="summary" role="status" aria-live="polite">
    ${shown === total ? words.t('pubs.count', { count: total }) : words.t('pubs.showing', { shown: words.number(shown), count: total })}
  </div>`;
}

/**
 * "Works with Minjia Zhang" while the list shows one person's works (`author`): a pressed button that shows the whole
 * list again. Shown with or without the controls, as nothing else says the list is filtered by a person.
 */
export function renderAuthorFilter(words: PubWords, name: string, remove: () => void): TemplateResult | typeof nothing {
  if (!name) return nothing;
  return html`<div class="row"><button type="button" part="author-filter" aria-pressed="true" @click=${remove}>
    ${words.t('pubs.author-filter', { name })} <span aria-hidden="true">×</span></button></div>`;
}

/** The filters match nothing: say so, with a button that clears them. */
export function renderNoMatch(words: PubWords, clear: () => void): TemplateResult {
  return html`<p part="no-match" class="no-match">${words.t('pubs.no-match')}
    <button type="button" @click=${clear}>${words.t('pubs.clear-filters')}</button></p>`;
}

/** "Show all 50 publications", while `limit` holds some back. */
export function renderShowAll(words: PubWords, shown: number, visible: number, showEverything: () => void): TemplateResult | typeof nothing {
  if (shown >= visible) return nothing;
  return html`<button type="button" part="show-all" class="show-all" @click=${showEverything}>${words.t('pubs.show-all', { count: visible })}</button>`;
}

/** The list has no publications at all. */
export function renderNoPublications(words: PubWords): TemplateResult {
  return html`<div part="empty">${words.t('pubs.empty')}</div>`;
}
