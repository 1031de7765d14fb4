import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { JsonLdWriters } from '../../internal/structured-data.js';
import { property, state } from 'lit/decorators.js';
import { ScholarLoadError } from '../../events/scholar-error.js';
import { warnDeprecated } from '../../internal/deprecation.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from '../../internal/headings.js';
import { handOnChecked } from '../../internal/checked-profiles.js';
import { ScholarElement, type Interpreted, type LoadedInput, type SourceInfo } from '../../internal/scholar-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import type { MessageKey } from '../../i18n/messages.js';
import { groupLabel, labParagraphs, resolveUrl, type Lab } from '../../model/lab.js';
import { takeCheckedMember } from '../../model/lab-checked.js';
import type { Problem, Profile } from '../../model/types.js';
import { safeUrl } from '../../model/urls.js';
import { usableProfile } from '../../model/validate.js';
import '../researcher-card/researcher-card.js';
import { labDirectoryStyles } from './lab-directory.styles.js';

/** One member as the directory shows them. */
export interface LabDirectoryMember {
  profile: Profile;
  /** The member's role in the lab, when the lab gives one. */
  role?: string;
  /** The member's page (an absolute URL), when the lab gives one. */
  page?: string;
  /** Where the profile came from: a URL, or the lab's source and the member's path for an embedded profile. */
  source: string;
}

/** One role group: its name in the lab file, its heading, and the members whose profile could be shown. */
export interface LabDirectoryGroup {
  key: string;
  label: string;
  members: LabDirectoryMember[];
}

/** What a directory has loaded: the lab (absent when `src` lists plain profiles) and its groups in order. */
export interface LabDirectoryData {
  lab?: Lab;
  /** The absolute URL the lab's relative URLs resolve against. */
  base?: string;
  groups: LabDirectoryGroup[];
}

/** The group of profiles given without a lab (`src="a.json b.json"`, `profiles`). */
const NO_GROUP = 'members';

/** The usual role groups, whose headings are in the reader's language unless the lab gives its own. */
const GROUP_HEADINGS: Readonly<Record<string, MessageKey>> = {
  faculty: 'lab.group.faculty',
  researchers: 'lab.group.researchers',
  students: 'lab.group.students',
  alumni: 'lab.group.alumni',
  members: 'lab.members',
};

/**
 * @summary A lab's people: its name and description, then one section per role group (faculty, researchers,
 * students, alumni…) with a heading, a count and a grid of researcher cards.
 *
 * Reads a lab document (`src="lab.json"` or the `lab` property; see `schema/lab.schema.json`): each member's profile
 * is fetched from its URL (relative to the lab file) or read from the lab itself. Groups appear in the lab's order,
 * members in theirs. A member whose profile cannot be loaded is left out and named in the problems note; the others
 * are shown. When the lab gives a member's `page`, their card is followed by a link to it. Plain profiles
 * (`src="a.json b.json"`, or the `profiles` property) are shown as one group, "Members". Relative links in a member's profile (photo, homepage)
 * point next to that member's file, or next to the lab file for a profile embedded in it (or under `link-base`); the
 * lab's own `url`, `logo` and member `page`s resolve against the lab file.
 *
 * @event scholar-load - The lab and its members' profiles were loaded and rendered. `detail`: `{ data, problems, source }`.
 * @event scholar-error - The lab, or a member's profile, could not be loaded or used. `detail`: `{ kind, message, source, status?, line?, column?, path? }`.
 *
 * @csspart base - The directory's outer box.
 * @csspart header - The lab's logo, name and description.
 * @csspart logo - The lab's logo, when the lab gives one.
 * @csspart name - The lab's name (a heading; a link when the lab gives its `url`).
 * @csspart description - One paragraph of the lab's description.
 * @csspart group - One role group's section; carries `data-group` (the group's name in the lab file).
 * @csspart group-heading - A group's heading.
 * @csspart count - The number of members shown in a group, in its heading.
 * @csspart members - A group's list of members.
 * @csspart member - One member: their card, role and page link.
 * @csspart card - A member's `<researcher-card>`.
 * @csspart role - The member's role in the lab, when the lab gives one.
 * @csspart page-link - The link to the member's page, when the lab gives one.
 * @csspart collaborations - With `show-collaborations`: the table of how many works each pair of members wrote together (cells carry `data-level`, 1–4).
 * @csspart error - The message shown when nothing could be loaded.
 * @csspart problems - The note listing members, entries and values left out, and why; shown on the author's own view of the page or with `show-problems`.
 * @csspart loading - The loading indicator.
 * @csspart empty - The message shown when there is no lab.
 *
 * @cssprop --scholar-accent - Links and focus rings.
 * @cssprop --scholar-text - Main text colour.
 * @cssprop --scholar-muted - Secondary text colour (description, counts, roles).
 * @cssprop --scholar-surface - Card background.
 * @cssprop --scholar-border - Card borders.
 * @cssprop --scholar-danger - Error messages.
 * @cssprop --scholar-radius - Corner radius.
 * @cssprop --scholar-spacing - Base spacing unit (and the gap between cards).
 * @cssprop --scholar-font - Font family (inherits the page's font by default).
 * @cssprop --scholar-font-size - Base font size.
 * @cssprop --scholar-lab-card-width - The narrowest a card gets before the grid has one column fewer (default 17em; 24em for `variant="full"`).
 * @cssprop --scholar-lab-logo-size - Width and height of the lab's logo (default 4em).
 */
export class LabDirectory extends ScholarElement<LabDirectoryData> {
  static override styles = [themeStyles, labDirectoryStyles];

  /**
   * The lab as an object (see `schema/lab.schema.json`). When set, it is shown instead of `profiles`, `src` or
   * inline JSON; its relative URLs resolve against the page.
   */
  @property({ attribute: false, accepts: 'object' }) lab: Lab | undefined;

  /**
   * Profiles as objects (see `schema/profile.schema.json`), shown as one group, "Members", in this order. Used when
   * `lab` is not set; a profile that cannot be used is left out and listed in `problems`.
   */
  @property({ attribute: false, accepts: 'array' }) profiles: Profile[] | undefined;

  /** `compact` (default): photo, name, headline, affiliation and icon links per member; `full`: whole cards. */
  @property({ type: String, reflect: true }) variant: 'compact' | 'full' = 'compact';

  /**
   * The heading level of the lab's name (1–6); group headings are one level below, member names two. With
   * `hide-header` (or without a lab), group headings take this level.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Leave out the lab's logo, name and description (for pages that show them in their own header). */
  @property({ type: Boolean, attribute: 'hide-header' }) hideHeader = false;

  /**
   * Show who in the lab publishes with whom, after the groups: a table of the works each pair of members wrote
   * together, read from the members' own publication lists (a work listed by both counts once).
   */
  @property({ type: Boolean, attribute: 'show-collaborations' }) showCollaborations = false;

  /**
   * Leaves out the lab's logo, name and description, as `hide-header` does.
   * @deprecated Use `hide-header`.
   */
  @property({ type: Boolean, attribute: 'no-header' }) noHeader = false;

  /** The collaborations table's template, loaded the first time `show-collaborations` is set (most labs never load it). */
  @state() private renderCollaborations: typeof import('./collaborations-template.js').renderCollaborations | undefined;
  /** The template loading (or loaded, or failed: the directory is shown without the table then). */
  #collaborationsLoading: Promise<void> | undefined;

  protected override directInput(): unknown {
    return this.lab ?? this.profiles;
  }

  protected override inputChanged(changed: PropertyValues): boolean {
    return changed.has('lab') || changed.has('profiles');
  }

  protected override readsLabs(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Before the base reads the data (which waits for the table's template).
    if (this.showCollaborations && !this.#collaborationsLoading) {
      this.#collaborationsLoading = import('./collaborations-template.js').then(
        (template) => void (this.renderCollaborations = template.renderCollaborations),
        () => undefined,
      );
    }
    super.willUpdate(changed);
    if (changed.has('noHeader') && this.noHeader) warnDeprecated(this, '`no-header` is now `hide-header`');
  }

  /**
   * Each input is one member's profile (the base expanded the lab), or (the `profiles` property) a list of them;
   * profiles without a lab form one group.
   */
  protected override interpret(inputs: LoadedInput[]): Interpreted<LabDirectoryData> | Promise<Interpreted<LabDirectoryData>> {
    const directory = this.#members(inputs);
    // The table comes with the rest (loaded alongside the data), not a moment later pushing the page down.
    return this.showCollaborations && this.#collaborationsLoading && !this.renderCollaborations ? this.#collaborationsLoading.then(() => directory) : directory;
  }

  #members(inputs: LoadedInput[]): Interpreted<LabDirectoryData> {
    const data: LabDirectoryData = { groups: [] };
    const groups = new Map<string, LabDirectoryGroup>();
    const problems: Problem[] = [];
    let firstFailure: ScholarLoadError | undefined;
    for (const { input, info } of inputs) {
      // Only the `profiles` property gives a list; a file holding one is not a lab or a profile.
      const several = Array.isArray(input) && info.source === 'property';
      const documents: unknown[] = several ? input : [input];
      documents.forEach((document, index) => {
        const named = several ? `Profile ${index + 1}` : info.source === 'property' ? 'The lab' : info.source;
        try {
          // A lab's member was checked as the lab was read: not again.
          const { profile, problems: found } =
            (info.lab && takeCheckedMember(document)) || usableProfile(document, info.source, { named, what: several ? 'profile' : 'lab or profile' });
          problems.push(...found);
          this.#addMember(data, groups, profile, info);
        } catch (error) {
          if (!(error instanceof ScholarLoadError)) throw error;
          firstFailure ??= error;
          problems.push({ path: error.detail.path ?? '', source: info.source, message: error.detail.message });
        }
      });
    }
    if (!groups.size && firstFailure) throw firstFailure;
    data.groups = [...groups.values()];
    return { data, problems };
  }

  /** Puts a member in their group (made when it is the group's first), with their role and page from the lab. */
  #addMember(data: LabDirectoryData, groups: Map<string, LabDirectoryGroup>, profile: Profile, info: SourceInfo): void {
    const context = info.lab;
    if (context && !data.lab) {
      data.lab = context.lab;
      data.base = context.base;
    }
    const key = context?.group ?? NO_GROUP;
    let group = groups.get(key);
    if (!group) {
      group = { key, label: context ? groupLabel(context.lab, key) : 'Members', members: [] };
      groups.set(key, group);
    }
    // Its card is given a profile checked already.
    const member: LabDirectoryMember = { profile: handOnChecked(profile), source: info.source };
    if (context?.member.role) member.role = context.member.role;
    const page = context && resolveUrl(context.member.page, context.base);
    if (page) member.page = page;
    group.members.push(member);
  }

  protected override isEmpty(data: LabDirectoryData): boolean {
    return data.groups.length === 0;
  }

  protected override jsonLd(data: LabDirectoryData, { personJsonLd }: JsonLdWriters): object {
    const members = data.groups.flatMap((group) => group.members.map((member) => personJsonLd(member.profile)));
    if (!data.lab) return { '@context': 'https://schema.org', '@graph': members };
    const absolute = (url: string | undefined) => {
      const resolved = safeUrl(resolveUrl(url, data.base ?? ''));
      return resolved && /^https?:/.test(resolved) ? resolved : undefined;
    };
    const description = labParagraphs(data.lab).join('\n\n');
    return {
      '@context': 'https://schema.org',
      '@type': 'ResearchOrganization',
      name: data.lab.name,
      ...(description ? { description } : {}),
      ...(absolute(data.lab.url) ? { url: absolute(data.lab.url) } : {}),
      ...(absolute(data.lab.logo) ? { logo: absolute(data.lab.logo) } : {}),
      member: members,
    };
  }

  protected override renderEmpty(): TemplateResult {
    return html`<div part="empty">${this.i18n.t('lab.empty')}</div>`;
  }

  #renderHeader(lab: Lab, base: string, level: number): TemplateResult {
    const url = safeUrl(resolveUrl(lab.url, base));
    const logo = safeUrl(resolveUrl(lab.logo, base));
    return html`<header part="header" class="header">
      ${logo ? html`<img part="logo" class="logo" src=${logo} alt="" />` : nothing}
      <div>
        <div part="name" class="name" role="heading" aria-level=${level}>${url ? html`<a href=${url}>${lab.name}</a>` : lab.name}</div>
        ${labParagraphs(lab).map((paragraph) => html`<p part="description" class="description">${paragraph}</p>`)}
      </div>
    </header>`;
  }

  #renderMember(member: LabDirectoryMember, level: number): TemplateResult {
    const page = safeUrl(member.page);
    return html`<li part="member" class="member" data-source=${member.source}>
      <researcher-card part="card" .profile=${member.profile} variant=${this.variant === 'full' ? 'full' : 'compact'}
        heading-level=${level} hide-structured-data theme=${this.theme ?? ''}></researcher-card>
      ${member.role ? html`<p part="role" class="role">${member.role}</p>` : nothing}
      ${page ? html`<a part="page-link" class="page-link" href=${page}>${this.i18n.t('lab.profile-page')}<span class="visually-hidden"> ${this.i18n.t('lab.profile-page-of', { name: member.profile.basics.name })}</span></a>` : nothing}
    </li>`;
  }

  /** A group's heading: the lab's own label, else the usual role groups in the reader's language, else its name. */
  #groupHeading(group: LabDirectoryGroup): string {
    const known = Object.hasOwn(GROUP_HEADINGS, group.key) ? GROUP_HEADINGS[group.key] : undefined;
    const labels = this.loadedData?.lab?.groupLabels;
    return known && !(labels && Object.hasOwn(labels, group.key)) ? this.i18n.t(known) : group.label;
  }

  #renderGroup(group: LabDirectoryGroup, index: number, level: number): TemplateResult {
    const id = `group-${index}`;
    return html`<section part="group" class="group" data-group=${group.key} aria-labelledby=${id}>
      <div part="group-heading" class="group-heading" role="heading" aria-level=${level} id=${id}>
        ${this.#groupHeading(group)} <span part="count" class="count">(${this.i18n.number(group.members.length)})</span>
      </div>
      <ul part="members" class="members" role="list">
        ${group.members.map((member) => this.#renderMember(member, headingLevel(level, 1)))}
      </ul>
    </section>`;
  }

  protected override renderContent(data: LabDirectoryData): TemplateResult {
    const level = headingLevel(this.headingLevel);
    // Without the lab's heading, the groups take its level.
    const header = data.lab && !this.hideHeader && !this.noHeader;
    const groupLevel = header ? headingLevel(level, 1) : level;
    return html`<div part="base" class="base">
      ${header ? this.#renderHeader(data.lab!, data.base ?? '', level) : nothing}
      ${data.groups.map((group, index) => this.#renderGroup(group, index, groupLevel))}
      ${
        this.showCollaborations && this.renderCollaborations
          ? this.renderCollaborations(
              data.groups.flatMap((group) => group.members.map((member) => member.profile)),
              groupLevel,
              this.i18n,
            )
          : nothing
      }
    </div>`;
  }
}
