import { ProfileSection } from './profile-section.component.js';

export { ProfileSection };

ProfileSection.define('profile-section');

declare global {
  interface HTMLElementTagNameMap {
    'profile-section': ProfileSection;
  }
}
