import { ResearcherCard } from './researcher-card.component.js';

export { ResearcherCard };

ResearcherCard.define('researcher-card');

declare global {
  interface HTMLElementTagNameMap {
    'researcher-card': ResearcherCard;
  }
}
