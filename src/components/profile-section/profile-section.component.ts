import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from '../../internal/headings.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { renderSection, reserveListRoom } from '../../internal/sections/section-templates.js';
import { sectionStyles } from '../../internal/sections/section.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { isSectionKey, sectionSize, type SectionKey } from '../../model/sections.js';
import { SECTION_TITLE_KEYS } from '../../internal/sections/section-titles.js';
import type { Profile } from '../../model/types.js';

/**
 * @summary One section of a researcher's homepage — talks, service, teaching… — for pages that place sections themselves.
 *
 * @event scholar-load - The profile was loaded and rendered. `detail`: `{ data, problems, source }`.
 * @event scholar-error - The profile could not be loaded or used. `detail`: `{ kind, message, source, status?, line?, column?, path? }`.
 *
 * @csspart section - The section (it carries `data-section` with its key).
 * @csspart item - One entry in the section.
 * @csspart error - The message shown when the profile cannot be shown.
 * @csspart problems - The note listing entries left out because of errors in the data.
 * @csspart loading - The loading indicator.
 * @csspart empty - The message shown when the profile has nothing for this section.
 *
 * @cssprop --scholar-accent - Links and focus rings.
 * @cssprop --scholar-text - Main text colour.
 * @cssprop --scholar-muted - Dates and secondary text.
 * @cssprop --scholar-surface-alt - Chip background.
 * @cssprop --scholar-border - Rules under headings, chip borders.
 * @cssprop --scholar-danger - Error messages.
 * @cssprop --scholar-radius - Corner radius of the error box.
 * @cssprop --scholar-spacing - Base spacing unit.
 * @cssprop --scholar-font - Font family (inherits the page's font by default).
 * @cssprop --scholar-font-size - Base font size.
 */
export class ProfileSection extends ProfileElement {
  static override styles = [themeStyles, sectionStyles];

  /**
   * Which section: about, themes, publications, collaborators (everyone the publications name besides the owner,
   * most shared works first), experience, education, timeline, teaching, talks, mentoring, honors, certificates,
   * service, volunteer, press, skills, languages, interests (`basics.personalInterests` and `interests`) or references.
   */
  @property({ type: String, reflect: true }) kind: SectionKey = 'about';

  /** The heading level of the section title (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  protected override isEmpty(profile: Profile): boolean {
    return !isSectionKey(this.kind) || sectionSize(profile, this.kind) === 0;
  }

  protected override renderEmpty(): TemplateResult {
    const i18n = this.i18n;
    const text = isSectionKey(this.kind) ? i18n.t('section.empty', { section: i18n.t(SECTION_TITLE_KEYS[this.kind]) }) : i18n.t('section.unknown', { kind: this.kind });
    return html`<div part="empty">${text}</div>`;
  }

  protected override renderContent(profile: Profile): TemplateResult | typeof nothing {
    if (!isSectionKey(this.kind)) return nothing;
    return renderSection(this.kind, profile, { locale: this.locale, i18n: this.i18n, headingLevel: headingLevel(this.headingLevel), theme: this.theme });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A different section of the same profile can be empty where the last one was not.
    if (changed.has('kind') && this.loadedData) this.setState(this.isEmpty(this.loadedData) ? 'empty' : 'ready');
    reserveListRoom(this.renderRoot, this.loadedData);
  }
}
