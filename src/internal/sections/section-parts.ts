/**
 * The small pieces every CV section is made of (src/internal/sections/section-templates.ts): headings, links, lines
 * of facts, dates, lists, quoted titles, and the words the kit puts around a profile's data in the page's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatEntryRange, formatLocation, linkLabel } from '../../model/sections.js';
import type { AsWritten, Link, Location } from '../../model/types.js';
import { safeUrl } from '../../model/urls.js';
import { headingLevel } from '../headings.js';
import { linkWords } from './section-titles.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import type { MessageKey, MessageValues } from '../../i18n/messages.js';

export interface SectionOptions {
  locale: string;
  /** The outer element's interface text in its language. */
  i18n: LocalizeController;
  /** The outer element's `theme`, handed to nested elements so they match it. */
  theme?: string | undefined;
  /** The outer element's `metrics` (live citation counts), handed to a nested publication list. */
  metrics?: 'openalex' | undefined;
  /** Heading level of the section title (sub-headings, and the headings of a nested list or timeline, are one deeper). */
  headingLevel: number;
  /**
   * The hash prefix of the publication list the outer element draws among its sections, when it draws one: the
   * collaborators section links to it without looking for it in the page.
   */
  publicationsList?: string | undefined;
}

/** A heading `deeper` levels under the section title. */
export function heading(options: SectionOptions, deeper: number, text: string, id?: string): TemplateResult {
  const clamped = headingLevel(options.headingLevel, deeper);
  return html`<div role="heading" aria-level=${clamped} class="heading level-${Math.min(clamped, 4)}" id=${ifDefined(id)}>${text}</div>`;
}

export function place(location: Location | undefined, options: SectionOptions): string | undefined {
  return formatLocation(location, { locale: options.locale });
}

export function link(url: string | undefined, text: string): TemplateResult | string {
  const href = safeUrl(url);
  return href ? html`<a href=${href} rel="noopener">${text}</a>` : text;
}

export function joined(parts: Array<string | undefined | false>, separator = ', '): string {
  return parts.filter((part): part is string => !!part && !!part.trim()).join(separator);
}

/** The outer element's interface text, as a function. */
export const translate =
  (options: SectionOptions) =>
  (key: MessageKey, values?: MessageValues): string =>
    options.i18n.t(key, values);

const listFormats = new Map<string, Intl.ListFormat>();

/** "a, b, c" as the page's language writes a plain list ("a、b、c"): names, roles, courses. */
export function list(items: readonly string[], options: SectionOptions): string {
  let format = listFormats.get(options.locale);
  if (!format) {
    try {
      format = new Intl.ListFormat(options.locale, { type: 'unit', style: 'short' });
    } catch {
      format = new Intl.ListFormat('en', { type: 'unit', style: 'short' });
    }
    listFormats.set(options.locale, format);
  }
  return format.format(items);
}

export function names(options: SectionOptions, key: MessageKey, people: readonly string[] | undefined): TemplateResult | typeof nothing {
  return people?.length ? html`<div class="meta">${options.i18n.t(key, { names: list(people, options) })}</div>` : nothing;
}

/** Two parts in a message when both are given ("Ph.D. in Physics"), else the one that is ("Ph.D."), else "". */
export function both(options: SectionOptions, key: MessageKey, first: [string, string | undefined], second: [string, string | undefined]): string {
  const [firstName, firstValue] = first;
  const [secondName, secondValue] = second;
  const a = firstValue?.trim();
  const b = secondValue?.trim();
  return a && b ? options.i18n.t(key, { [firstName]: a, [secondName]: b }) : (a ?? b ?? '');
}

/** A muted line of facts ("Internship · Social media company · Menlo Park, CA"), or nothing when there are none. */
export function facts(parts: Array<string | undefined | false>): TemplateResult | typeof nothing {
  const text = joined(parts, ' · ');
  return text ? html`<div class="meta">${text}</div>` : nothing;
}

export function dates(range: { startDate?: string; endDate?: string; ongoing?: boolean; asWritten?: AsWritten }, locale: string): TemplateResult | typeof nothing {
  const text = formatEntryRange(range, { locale });
  return text ? html`<span class="dates">${text}</span>` : nothing;
}

/** A title in the language's quotation marks (“…”, „…“, «…», 「…」); `content` may be a link. */
export function quoted(content: TemplateResult | string, options: SectionOptions): TemplateResult {
  // Unfilled, the message keeps its placeholder: the marks are what is either side of it.
  const [before = '', after = ''] = options.i18n.t('section.quoted').split('{title}');
  return html`${before}${content}${after}`;
}

export function paragraph(text: string | undefined): TemplateResult | typeof nothing {
  return text?.trim() ? html`<p>${text}</p>` : nothing;
}

export function bullets(items: readonly string[] | undefined): TemplateResult | typeof nothing {
  return items?.length ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;
}

export function chips(items: readonly string[] | undefined, label: string): TemplateResult | typeof nothing {
  return items?.length ? html`<ul class="chips" aria-label=${label}>${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;
}

/** Links by kind ("Slides", "Video", in the page's language); one whose source gives no address shows as its label. */
export function links(items: readonly Link[] | undefined, options: SectionOptions): TemplateResult | typeof nothing {
  if (!items?.length) return nothing;
  const words = linkWords(translate(options));
  return html`<span class="links">${items.map((item, index) => html`${index ? ' · ' : ''}${link(item.url, linkLabel(item, words))}`)}</span>`;
}
