import { TimelineView } from './timeline-view.component.js';

export { TimelineView };
export type { TimelineData, TimelineLayout, TimelinePerson } from './timeline-view.component.js';

TimelineView.define('timeline-view');

declare global {
  interface HTMLElementTagNameMap {
    'timeline-view': TimelineView;
  }
}
