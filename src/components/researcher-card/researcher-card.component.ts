import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { JsonLdWriters } from '../../internal/structured-data.js';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { warnDeprecated } from '../../internal/deprecation.js';
import type { LiveMetricsController } from '../../internal/controllers/live-metrics-controller.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from '../../internal/headings.js';
import { icon, networkIcon } from '../../internal/icons.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { initials } from '../../model/names.js';
import { careerSpan, currentAffiliation, headline, publicationStats, type PublicationStats } from '../../model/profile.js';
import { formatDateParts, formatYearRange, parsePartialDate } from '../../model/dates.js';
import { formatLocation } from '../../model/location.js';
import { profileUrl } from '../../model/social.js';
import type { Affiliation, Profile } from '../../model/types.js';
import { mailtoUrl, safeUrl } from '../../model/urls.js';
import { cardStyles } from './researcher-card.styles.js';

interface CardLink {
  /** Where it leads; absent for a profile whose address is unknown (shown as text). */
  href?: string;
  icon: string;
  /** Visible text. */
  text: string;
  /** The username on a network, shown beside its name. */
  username?: string;
  /** Full accessible name, e.g. "Google Scholar profile of Ada Lovelace". */
  label: string;
}

/** How many characters of the bio show before "More". */
const BIO_PREVIEW_LENGTH = 280;

/**
 * @summary A researcher at a glance: photo, name, headline, affiliation, links, interests, bio and key numbers.
 *
 * @event scholar-load - The profile was loaded and rendered. `detail`: `{ data, problems, source }`.
 * @event scholar-error - The profile could not be loaded or used. `detail`: `{ kind, message, source, status?, line?, column?, path? }`.
 *
 * @csspart base - The card's outer box.
 * @csspart photo - The photo, when the profile has one.
 * @csspart avatar - The initials shown when there is no photo (or it fails to load).
 * @csspart name - The researcher's name (a heading).
 * @csspart headline - The headline or current role.
 * @csspart affiliation - A current affiliation (the first one only in the compact variant).
 * @csspart past-affiliation - A former affiliation (`current: false`), in the full variant.
 * @csspart location - Where the researcher is, in the full variant.
 * @csspart links - The list of contact and profile links.
 * @csspart link - One contact or profile link.
 * @csspart profile - A profile on a network whose address is not known (no `url`, no username to build it from),
 *   shown as text.
 * @csspart username - The username beside a network's name.
 * @csspart icon - An icon inside a link.
 * @csspart interests - The list of research interests.
 * @csspart interest - One research interest chip.
 * @csspart bio - The biography.
 * @csspart more - The button that shows the whole biography.
 * @csspart stats - The key numbers: publications; the career's years (from the earliest dated position to the present or the latest end) or, without dated positions, the publications' years; and the citations, h-index and i10-index the profile's `metrics` give.
 * @csspart citations-chart - Citations per year as small bars (with a table for screen readers), when the profile's `metrics.countsByYear` covers two years or more.
 * @csspart metrics-source - Where the citation numbers come from and when they were read ("Citations: OpenAlex, Nov 29, 2026").
 * @csspart error - The message shown when the profile cannot be shown.
 * @csspart problems - The note listing entries left out because of errors in the data.
 * @csspart loading - The loading indicator.
 * @csspart empty - The message shown when no profile was given.
 *
 * @cssprop --scholar-accent - Links, chips and focus rings.
 * @cssprop --scholar-accent-contrast - Text on accent-coloured backgrounds (the initials avatar).
 * @cssprop --scholar-text - Main text colour.
 * @cssprop --scholar-muted - Secondary text colour.
 * @cssprop --scholar-surface - Card background.
 * @cssprop --scholar-surface-alt - Chip background.
 * @cssprop --scholar-border - Card and chip borders.
 * @cssprop --scholar-danger - Error messages.
 * @cssprop --scholar-radius - Corner radius.
 * @cssprop --scholar-spacing - Base spacing unit.
 * @cssprop --scholar-font - Font family (inherits the page's font by default).
 * @cssprop --scholar-font-size - Base font size.
 * @cssprop --scholar-card-photo-size - Diameter of the photo or avatar.
 */
export class ResearcherCard extends ProfileElement {
  static override styles = [themeStyles, cardStyles];

  /** `full` shows everything; `compact` shows photo, name, headline, affiliation and icon links. */
  @property({ type: String, reflect: true }) variant: 'full' | 'compact' = 'full';

  /** The heading level of the name (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Leave the biography out (for pages that show it elsewhere, like `<researcher-profile>`). */
  @property({ type: Boolean, attribute: 'hide-bio' }) hideBio = false;

  /**
   * Leaves the biography out, as `hide-bio` does.
   * @deprecated Use `hide-bio`.
   */
  @property({ type: Boolean, attribute: 'no-bio' }) noBio = false;

  /**
   * `openalex`: after the card has shown its data, read the researcher's citations, h-index and i10-index from
   * OpenAlex (by the ORCID link in `basics.profiles`) and show them instead of the data's own `metrics`. Off by
   * default: with it, the reader's browser sends the ORCID iD to api.openalex.org (a page with a
   * Content-Security-Policy must allow it in `connect-src`). Answers are kept for a day; offline or refused, the
   * data's own metrics stay.
   */
  @property({ type: String }) metrics: 'openalex' | '' = '';

  @state() private bioExpanded = false;
  @state() private photoFailed = false;

  /** Made the first time `metrics="openalex"` is set: a page that never sets it never loads it. */
  #liveMetrics: LiveMetricsController | undefined;
  #liveMetricsAsked = false;
  /** The citations chart's template, loaded the first time a profile has citations per year. */
  @state() private renderCitationsChart: typeof import('./citations-chart.js').renderCitationsChart | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('noBio') && this.noBio) warnDeprecated(this, '`no-bio` is now `hide-bio`');
    if (changed.has('loadedData')) {
      this.bioExpanded = false;
      this.photoFailed = false;
    }
    this.#loadOnFirstNeed();
  }

  /** The live-metrics controller and the citations chart come in chunks of their own, the first time they are needed. */
  #loadOnFirstNeed(): void {
    if (this.metrics === 'openalex' && !this.#liveMetricsAsked) {
      this.#liveMetricsAsked = true;
      import('../../internal/controllers/live-metrics-controller.js').then(
        ({ LiveMetricsController }) => {
          this.#liveMetrics = new LiveMetricsController(this, () => ({ enabled: this.metrics === 'openalex', profile: this.loadedData }));
          this.requestUpdate();
        },
        // Without its module (offline, a new release on the server) the card keeps the data's own metrics.
        () => undefined,
      );
    }
    const years = (this.#liveMetrics?.value ?? this.loadedData?.metrics)?.countsByYear;
    if (!this.renderCitationsChart && Array.isArray(years) && years.length > 1) {
      import('./citations-chart.js').then(
        (chart) => void (this.renderCitationsChart = chart.renderCitationsChart),
        // The numbers stay in the card's stats; the chart is left out.
        () => undefined,
      );
    }
  }

  protected override renderEmpty(): TemplateResult {
    return html`<div part="empty">${this.i18n.t('profile.empty')}</div>`;
  }

  protected override jsonLd(profile: Profile, { personJsonLd }: JsonLdWriters): object {
    return { '@context': 'https://schema.org', ...personJsonLd(profile) };
  }

  private renderAvatar(profile: Profile): TemplateResult {
    const photo = safeUrl(profile.basics.image);
    if (photo && !this.photoFailed) {
      return html`<img part="photo" class="avatar" src=${photo} alt=${this.i18n.t('card.photo-of', { name: profile.basics.name })} loading="lazy"
        @error=${() => (this.photoFailed = true)} />`;
    }
    return html`<span part="avatar" class="avatar initials" aria-hidden="true"><span>${initials(profile.basics.name)}</span></span>`;
  }

  private links(profile: Profile): CardLink[] {
    const { basics } = profile;
    const name = basics.name;
    const links: CardLink[] = [];
    for (const email of basics.emails ?? []) {
      const href = mailtoUrl(email);
      if (href) links.push({ href, icon: 'email', text: email, label: this.i18n.t('card.email', { name, email }) });
    }
    const homepage = safeUrl(basics.url);
    if (homepage) links.push({ href: homepage, icon: 'homepage', text: this.i18n.t('card.homepage'), label: this.i18n.t('card.homepage-of', { name }) });
    for (const social of basics.profiles ?? []) {
      const network = social.network.trim();
      const username = social.username?.trim() || undefined;
      const href = profileUrl(social);
      const link: CardLink = {
        icon: networkIcon(network),
        text: network,
        // The visible text ("GitHub ada-l") leads the accessible name, so speech input can use what it sees.
        label: username ? this.i18n.t('card.network-user', { network, username, name }) : this.i18n.t('card.network-profile', { network, name }),
      };
      if (href) link.href = href;
      if (username) link.username = username;
      links.push(link);
    }
    return links;
  }

  private renderLink(link: CardLink, compact: boolean): TemplateResult {
    const text = html`<span class=${compact ? 'visually-hidden' : 'link-text'}>${link.text}</span>${
      link.username ? html` <span part="username" class=${compact ? 'visually-hidden' : 'username'}>${link.username}</span>` : nothing
    }`;
    if (!link.href) {
      // No address to link to: the network and username still say where to find the researcher.
      return html`<span part="profile" class="profile-text" title=${ifDefined(compact ? link.label : undefined)}
        >${icon(link.icon)}${compact ? html`<span class="visually-hidden">${link.label}</span>` : text}</span
      >`;
    }
    return html`<a part="link" href=${link.href} aria-label=${link.label} title=${ifDefined(compact ? link.label : undefined)}
      rel=${ifDefined(link.href.startsWith('mailto:') ? undefined : 'noopener')}
      >${icon(link.icon)}${text}</a
    >`;
  }

  private renderLinks(profile: Profile, compact: boolean): TemplateResult | typeof nothing {
    const links = this.links(profile);
    const phone = compact ? undefined : profile.basics.phone?.trim();
    if (!links.length && !phone) return nothing;
    return html`<ul part="links" class="links" aria-label=${this.i18n.t('card.links')}>
      ${links.map((link) => html`<li>${this.renderLink(link, compact)}</li>`)}
      ${phone ? html`<li class="phone">${icon('phone')}<span><span class="visually-hidden">${this.i18n.t('card.phone')} </span>${phone}</span></li>` : nothing}
    </ul>`;
  }

  /** "Role, Department, Organization", the organisation linked; the role is left out when the headline says it. */
  private renderAffiliation(affiliation: Affiliation, role: string | undefined, part: 'affiliation' | 'past-affiliation'): TemplateResult {
    const before = [affiliation.role && affiliation.role !== role ? affiliation.role : undefined, affiliation.department]
      .filter((text): text is string => !!text?.trim())
      .join(', ');
    const href = safeUrl(affiliation.url);
    const organization = href ? html`<a href=${href} rel="noopener">${affiliation.organization}</a>` : affiliation.organization;
    return html`<div part=${part} class=${part}>${part === 'past-affiliation' ? `${this.i18n.t('card.formerly')} ` : ''}${before ? `${before}, ` : ''}${organization}</div>`;
  }

  private renderAffiliations(profile: Profile, role: string | undefined, compact: boolean): TemplateResult[] {
    const listed = profile.basics.affiliations ?? [];
    const current = listed.filter((affiliation) => affiliation.current !== false);
    if (!current.length) {
      const derived = currentAffiliation(profile);
      if (derived) current.push(derived);
    }
    const past = compact ? [] : listed.filter((affiliation) => affiliation.current === false);
    return [
      ...(compact ? current.slice(0, 1) : current).map((affiliation) => this.renderAffiliation(affiliation, role, 'affiliation')),
      ...past.map((affiliation) => this.renderAffiliation(affiliation, role, 'past-affiliation')),
    ];
  }

  private renderBio(paragraphs: string[]): TemplateResult | typeof nothing {
    const text = paragraphs.filter((paragraph) => paragraph.trim());
    if (!text.length) return nothing;
    const first = text[0]!;
    const needsMore = text.length > 1 || first.length > BIO_PREVIEW_LENGTH;
    if (this.bioExpanded || !needsMore) {
      return html`<div part="bio" id="bio" class="bio">
        ${text.map((paragraph) => html`<p>${paragraph}</p>`)}
        ${needsMore ? html`<button part="more" type="button" aria-expanded="true" aria-controls="bio" @click=${() => (this.bioExpanded = false)}>${this.i18n.t('card.less')}</button>` : nothing}
      </div>`;
    }
    const cut = first.length > BIO_PREVIEW_LENGTH ? `${first.slice(0, first.lastIndexOf(' ', BIO_PREVIEW_LENGTH)).trimEnd()}…` : first;
    return html`<div part="bio" id="bio" class="bio">
      <p>${cut}</p>
      <button part="more" type="button" aria-expanded="false" aria-controls="bio" @click=${() => (this.bioExpanded = true)}>${this.i18n.t('card.more')}<span class="visually-hidden"> ${this.i18n.t('card.more-about', { name: this.loadedData?.basics.name ?? '' })}</span></button>
    </div>`;
  }

  private renderStats(profile: Profile): TemplateResult | typeof nothing {
    const stats = publicationStats(profile);
    const metrics = this.#liveMetrics?.value ?? profile.metrics ?? {};
    const numbers: Array<[string, number | undefined]> = [
      [this.i18n.t('stats.citations'), metrics.citations],
      [this.i18n.t('stats.h-index'), metrics.hIndex],
      [this.i18n.t('stats.i10-index'), metrics.i10Index],
    ];
    const shown = numbers.filter((entry): entry is [string, number] => Number.isFinite(entry[1]));
    if (!stats.count && !shown.length) return nothing;
    const span = this.renderSpan(profile, stats);
    return html`<dl part="stats" class="stats">
        ${stats.count ? html`<div><dt>${this.i18n.t('stats.publications')}</dt><dd>${this.i18n.number(stats.count)}</dd></div>` : nothing}
        ${span ? html`<div class="span"><dt>${span.label}</dt><dd>${span.years}</dd></div>` : nothing}
        ${shown.map(([label, value]) => html`<div><dt>${label}</dt><dd>${this.i18n.number(value)}</dd></div>`)}
      </dl>
      ${shown.length ? this.renderMetricsSource(metrics) : nothing}
      ${this.renderCitationsChart ? this.renderCitationsChart(metrics.countsByYear ?? [], this.i18n) : nothing}`;
  }

  /**
   * The years the card states, with what they are: the career's ("Career 2015–present") when the profile has dated
   * positions, else the publications' ("Publishing 2022–2024").
   */
  private renderSpan(profile: Profile, stats: PublicationStats): { label: string; years: string } | undefined {
    const locale = this.locale;
    const career = careerSpan(profile);
    if (career) {
      const years =
        career.latestYear === undefined
          ? this.i18n.t('stats.career-ongoing', { year: formatYearRange(career.firstYear, career.firstYear, locale) })
          : formatYearRange(career.firstYear, career.latestYear, locale);
      return { label: this.i18n.t('stats.career'), years };
    }
    if (stats.firstYear === undefined) return undefined;
    return { label: this.i18n.t('stats.years'), years: formatYearRange(stats.firstYear, stats.latestYear ?? stats.firstYear, locale) };
  }

  /** Where the citation numbers come from and when they were read: "Citations: OpenAlex, Nov 29, 2026". */
  private renderMetricsSource({ source, retrieved }: NonNullable<Profile['metrics']>): TemplateResult {
    const when = formatDateParts(parsePartialDate(retrieved), { locale: this.locale });
    const from = [typeof source === 'string' && source.trim() ? source.trim() : this.i18n.t('stats.no-source'), when].filter(Boolean).join(', ');
    return html`<p part="metrics-source" class="metrics-source">${this.i18n.t('stats.citations-from', { source: from })}</p>`;
  }

  protected override renderContent(profile: Profile): TemplateResult {
    const compact = this.variant === 'compact';
    const role = headline(profile);
    const place = compact ? undefined : formatLocation(profile.basics.location, { locale: this.locale });
    const level = headingLevel(this.headingLevel);
    const interests = compact ? [] : (profile.basics.researchInterests ?? []);
    // Two groups, side by side when the card is wide (researcher-card.styles.ts): who the researcher is and where at
    // the start; their links, interests, biography and numbers at the end. In a narrow card they draw no box of their own.
    return html`<article part="base" class="card ${compact ? 'compact' : 'full'}" aria-label=${profile.basics.name}>
      <div class="layout">
        <div class="start">
          <header class="header">
            ${this.renderAvatar(profile)}
            <div class="identity">
              <div part="name" class="name" role="heading" aria-level=${level}>${profile.basics.name}</div>
              ${role ? html`<div part="headline" class="headline">${role}</div>` : nothing}
              ${this.renderAffiliations(profile, role, compact)}
              ${place ? html`<div part="location" class="location">${icon('location')}<span class="visually-hidden">${this.i18n.t('card.location')} </span> <bdi>${place}</bdi></div>` : nothing}
            </div>
          </header>
        </div>
        <div class="end">
          ${this.renderLinks(profile, compact)}
          ${
            interests.length
              ? html`<ul part="interests" class="interests" aria-label=${this.i18n.t('card.interests')}>
                ${interests.map((interest) => html`<li part="interest">${interest}</li>`)}
              </ul>`
              : nothing
          }
          ${compact || this.hideBio || this.noBio ? nothing : this.renderBio(profile.basics.bio ?? [])}
          ${compact ? nothing : this.renderStats(profile)}
        </div>
      </div>
    </article>`;
  }
}
