import { ResearcherProfile } from './researcher-profile.component.js';

export { ResearcherProfile };

ResearcherProfile.define('researcher-profile');

declare global {
  interface HTMLElementTagNameMap {
    'researcher-profile': ResearcherProfile;
  }
}
