import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { JsonLdWriters } from '../../internal/structured-data.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import { warnDeprecated } from '../../internal/deprecation.js';
import { headingLevel, PAGE_HEADING_LEVEL } from '../../internal/headings.js';
import { LIST_SEPARATOR, readListAttribute } from '../../internal/list-attributes.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { PUBLICATIONS_LIST_ID, renderSection, reserveListRoom } from '../../internal/sections/section-templates.js';
import { sectionStyles } from '../../internal/sections/section.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { mathToPlainText } from '../../model/tex-text.js';
import { entriesFromItems } from '../../model/publications.js';
import { formatDateParts, parsePartialDate } from '../../model/dates.js';
import { chooseSections, type SectionKey } from '../../model/sections.js';
import { SECTION_TITLE_KEYS } from '../../internal/sections/section-titles.js';
import type { Profile } from '../../model/types.js';
import '../researcher-card/researcher-card.js';
import { profileStyles } from './researcher-profile.styles.js';
import { SectionJumpController } from './section-jump-controller.js';

/** The header card's parts, exported with a `card-` prefix. */
const CARD_PARTS = [
  'base:card',
  ...['name', 'photo', 'avatar', 'headline', 'affiliation', 'past-affiliation', 'location', 'links', 'link', 'interests', 'stats'].map((part) => `${part}:card-${part}`),
].join(', ');

/**
 * @summary A researcher's whole homepage from one profile: the card, then every section that has data, with an
 * in-page navigation and a print stylesheet that turns it into a clean CV.
 *
 * @event scholar-load - The profile was loaded and rendered. `detail`: `{ data, problems, source }`.
 * @event scholar-error - The profile could not be loaded or used. `detail`: `{ kind, message, source, status?, line?, column?, path? }`.
 *
 * @csspart base - The whole page.
 * @csspart header - The header holding the researcher's card.
 * @csspart card - The header card's box (its parts are exported with a `card-` prefix: `card-name`, `card-photo`,
 *   `card-avatar`, `card-headline`, `card-affiliation`, `card-past-affiliation`, `card-location`, `card-links`,
 *   `card-link`, `card-interests`, `card-stats`).
 * @csspart nav - The in-page section navigation.
 * @csspart nav-link - One link in the navigation.
 * @csspart section - One section (it carries `data-section` with its key).
 * @csspart item - One entry in a section.
 * @csspart footer - The line under the sections saying when the profile was last updated (`meta.lastModified`).
 * @csspart error - The message shown when the profile cannot be shown.
 * @csspart problems - The note listing entries left out because of errors in the data.
 * @csspart loading - The loading indicator.
 * @csspart empty - The message shown when no profile was given.
 *
 * @cssprop --scholar-accent - Links, navigation and focus rings.
 * @cssprop --scholar-text - Main text colour.
 * @cssprop --scholar-muted - Dates and secondary text.
 * @cssprop --scholar-surface - Background of the card and navigation.
 * @cssprop --scholar-surface-alt - Chip background.
 * @cssprop --scholar-border - Rules and borders.
 * @cssprop --scholar-danger - Error messages.
 * @cssprop --scholar-radius - Corner radius.
 * @cssprop --scholar-spacing - Base spacing unit.
 * @cssprop --scholar-font - Font family (inherits the page's font by default).
 * @cssprop --scholar-font-size - Base font size.
 */
export class ResearcherProfile extends ProfileElement {
  static override styles = [themeStyles, sectionStyles, profileStyles];

  /**
   * Which sections to show, in order, separated by commas (e.g. "about, publications, talks"). Default: every
   * section that has data except `timeline` and `collaborators` (shown when listed here): about, themes,
   * publications, experience, education, teaching, talks, mentoring, honors, certificates, service, volunteer,
   * press, skills, languages, interests, references. Sections with no data are always left out. (Spaces between
   * keys, the older form, still work.)
   */
  @property({ type: String, listSeparator: LIST_SEPARATOR }) sections = '';

  /**
   * `openalex`: the page's card and publication list read their citation counts from OpenAlex after they have shown
   * the data's own (see `metrics` on `<researcher-card>` and `<pub-list>`: off by default, as it sends the ORCID iD
   * and the works' DOIs from the reader's browser to api.openalex.org).
   */
  @property({ type: String }) metrics: 'openalex' | '' = '';

  /** Leave out the in-page navigation (for pages that have their own). */
  @property({ type: Boolean, attribute: 'hide-nav' }) hideNav = false;

  /**
   * `off` hides the in-page navigation, as `hide-nav` does.
   * @deprecated Use `hide-nav`.
   */
  @property({ type: String }) nav: 'on' | 'off' = 'on';

  /**
   * The heading level of the researcher's name (1–6), the element's top-most heading; section titles are one level
   * below and headings inside a section two. The default is 1, not the kit's usual 2: a whole profile is a page's
   * main content and the name its title. Set 2 when the page has its own `h1`.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = PAGE_HEADING_LEVEL;

  readonly #jumps = new SectionJumpController(this, { page: '.page', nav: '.nav' });

  /** The sections shown now, in order. */
  get shownSections(): SectionKey[] {
    return this.loadedData ? chooseSections(this.loadedData, readListAttribute(this, 'sections', this.sections, 'whitespace', 'sections="about, publications"')) : [];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    reserveListRoom(this.renderRoot, this.loadedData);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('nav') && this.nav === 'off') warnDeprecated(this, '`nav="off"` is now `hide-nav`');
  }

  protected override jsonLd(profile: Profile, { jsonLdDocument }: JsonLdWriters): object {
    return jsonLdDocument(profile, entriesFromItems(profile.publications ?? [], 'profile'), mathToPlainText);
  }

  protected override renderEmpty(): TemplateResult {
    return html`<div part="empty">${this.i18n.t('profile.empty')}</div>`;
  }

  #goTo(event: Event, key: SectionKey): void {
    event.preventDefault();
    const section = this.renderRoot.querySelector<HTMLElement>(`[data-section="${key}"]`);
    if (!section) return;
    this.#jumps.jumpTo(section);
    const title = section.querySelector<HTMLElement>('[role="heading"]');
    title?.setAttribute('tabindex', '-1');
    title?.focus({ preventScroll: true });
  }

  /** "Last updated Dec 24, 2017", from `meta.lastModified` (a date, or a timestamp whose date is shown). */
  private renderFooter(profile: Profile): TemplateResult | typeof nothing {
    const modified = profile.meta?.lastModified?.trim();
    if (!modified) return nothing;
    const date = parsePartialDate(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(modified)?.[0]);
    const text = date ? formatDateParts(date, { locale: this.locale }) : modified;
    return html`<footer part="footer" class="footer">${this.i18n.t('profile.updated')} <time datetime=${date ? modified : nothing}>${text}</time></footer>`;
  }

  #renderNav(keys: SectionKey[]): TemplateResult | string {
    if (this.hideNav || this.nav === 'off' || keys.length <= 1) return '';
    return html`<nav part="nav" class="nav" aria-label=${this.i18n.t('profile.sections')}>
      <ul>
        ${keys.map((key) => html`<li><a part="nav-link" href="#section-${key}" @click=${(event: Event) => this.#goTo(event, key)}>${this.i18n.t(SECTION_TITLE_KEYS[key])}</a></li>`)}
      </ul>
    </nav>`;
  }

  protected override renderContent(profile: Profile): TemplateResult {
    const keys = this.shownSections;
    const level = headingLevel(this.headingLevel ?? PAGE_HEADING_LEVEL);
    const options = {
      locale: this.locale,
      i18n: this.i18n,
      headingLevel: headingLevel(level, 1),
      theme: this.theme,
      metrics: this.metrics || undefined,
      publicationsList: keys.includes('publications') ? PUBLICATIONS_LIST_ID : undefined,
    };
    return html`<div part="base" class="page">
      <header part="header" class="header">
        <researcher-card .profile=${profile} hide-bio heading-level=${level} exportparts=${CARD_PARTS}
          hide-structured-data theme=${ifDefined(this.theme)} metrics=${ifDefined(this.metrics || undefined)}></researcher-card>
      </header>
      ${this.#renderNav(keys)}
      <div class="sections">${keys.map((key) => renderSection(key, profile, options))}</div>
      ${this.renderFooter(profile)}
    </div>`;
  }
}
