/**
 * scholar-elements: every element, registered. Load it with one script tag:
 * `<script type="module" src="scholar-elements.js"></script>`.
 */
export * from './components/researcher-card/researcher-card.js';
export * from './components/pub-list/pub-list.js';
export * from './components/timeline-view/timeline-view.js';
export * from './components/profile-section/profile-section.js';
export * from './components/researcher-profile/researcher-profile.js';
export * from './components/lab-directory/lab-directory.js';
export { ScholarElement, type LoadState } from './internal/scholar-element.js';
export { ProfileElement } from './internal/profile-element.js';
export { clearSourceCache } from './internal/fetch-source.js';
export { ScholarLoadEvent, type ScholarLoadDetail } from './events/scholar-load.js';
export { ScholarErrorEvent, type ScholarErrorDetail } from './events/scholar-error.js';
export type * from './model/types.js';
