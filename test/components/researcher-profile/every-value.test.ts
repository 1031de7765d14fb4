/**
 * Every value of a profile file is on screen in <researcher-profile>: each leaf of the source JSON is looked for in
 * the rendered page (text through every shadow root, link targets, image sources), in the form the page gives it —
 * dates formatted, country codes named, kinds as their labels, booleans as what they mean.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/researcher-profile/researcher-profile.js';
import type { ResearcherProfile } from '../../../src/components/researcher-profile/researcher-profile.component.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { formatDateParts, interpretDate, presentLabel } from '../../../src/model/dates.js';
import { formatCslName, splitName } from '../../../src/model/names.js';
import { CATEGORY_LABELS, categoryOf } from '../../../src/model/publications.js';
import { countryName, groupTalks, kindLabel, linkLabel } from '../../../src/model/sections.js';
import type { Publication, Talk } from '../../../src/model/types.js';
import profileSchema from '../../../schema/profile.schema.json' with { type: 'json' };
import { settled } from '../../helpers.js';

const LOCALE = 'en';

/** What the page shows. */
interface View {
  /** All text, through every shadow root, whitespace collapsed. */
  text: string;
  hrefs: string[];
  imageSources: string[];
  /** Text of the elements carrying each part name, e.g. "author-self", "past-affiliation". */
  parts: Map<string, string[]>;
  /** `data-kind` of the service section's entries. */
  serviceKinds: Set<string>;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What is shown under `start` (a shadow root or an element), through the shadow roots of the elements in it. */
function readView(start: Node): View {
  const view: View = { text: '', hrefs: [], imageSources: [], parts: new Map(), serviceKinds: new Set() };
  const texts: string[] = [];
  const walk = (node: Node, inService: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      texts.push(node.textContent ?? '');
      return;
    }
    let service = inService;
    if (node instanceof Element) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
      if (node.tagName === 'A' && node.hasAttribute('href')) view.hrefs.push(node.getAttribute('href')!);
      if (node.tagName === 'IMG' && node.hasAttribute('src')) view.imageSources.push(node.getAttribute('src')!);
      for (const part of (node.getAttribute('part') ?? '').split(/\s+/).filter(Boolean)) {
        view.parts.set(part, [...(view.parts.get(part) ?? []), collapse(node.textContent ?? '')]);
      }
      service ||= node.getAttribute('data-section') === 'service';
      if (service && node.hasAttribute('data-kind')) view.serviceKinds.add(node.getAttribute('data-kind')!);
      // Light children of an element with a shadow root are not rendered (no slots here): its shadow root is.
      if (node.shadowRoot) {
        walk(node.shadowRoot, service);
        return;
      }
    }
    for (const child of node.childNodes) walk(child, service);
  };
  walk(start, false);
  view.text = collapse(texts.join(''));
  return view;
}

/** The whole page, and each of its sections on its own. */
interface Views {
  page: View;
  sections: Map<string, View>;
}

function readViews(element: Element): Views {
  const sections = new Map([...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="section"]')].map((section) => [section.dataset.section!, readView(section)]));
  return { page: readView(element.shadowRoot!), sections };
}

/**
 * Where each list of the source file is shown: in its own section, so that a value counts only where it belongs
 * (a year in the honors, not any year on the page). Values of `basics` and `meta` are looked for on the whole page.
 */
const SECTION_OF: Record<string, string> = {
  work: 'experience',
  education: 'education',
  teaching: 'teaching',
  projects: 'themes',
  publications: 'publications',
  talks: 'talks',
  mentoring: 'mentoring',
  honors: 'honors',
  awards: 'honors',
  service: 'service',
  press: 'press',
  certificates: 'certificates',
  volunteer: 'volunteer',
  skills: 'skills',
  languages: 'languages',
  interests: 'interests',
  references: 'references',
};

const NOTHING_SHOWN = readView(document.createDocumentFragment());

type Path = Array<string | number>;

interface Expectation {
  /** How the value should show, for the failure message. */
  shows: string;
  met(view: View): boolean;
}

const text = (value: string): Expectation => ({ shows: `text “${collapse(value)}”`, met: (view) => view.text.includes(collapse(value)) });
const anyOf = (...choices: Expectation[]): Expectation => ({
  shows: choices.map((choice) => choice.shows).join(' or '),
  met: (view) => choices.some((choice) => choice.met(view)),
});
/** Two links lead to the same place: relative ones resolve against the file they were written in, as the page does. */
const sameAddress = (shown: string, written: string, file: string) => {
  try {
    return new URL(shown, document.baseURI).href === new URL(written.trim(), new URL(file, document.baseURI)).href;
  } catch {
    return shown === written.trim();
  }
};
const linkTo = (url: string, file: string): Expectation => ({ shows: `a link to ${url}`, met: (view) => view.hrefs.some((href) => sameAddress(href, url, file)) });
const linkContaining = (value: string): Expectation => ({ shows: `a link containing ${value}`, met: (view) => view.hrefs.some((href) => href.includes(value.trim())) });
const image = (url: string, file: string): Expectation => ({ shows: `an image from ${url}`, met: (view) => view.imageSources.some((src) => sameAddress(src, url, file)) });
const inPart = (part: string, value: string): Expectation => ({
  shows: `“${value}” in part ${part}`,
  met: (view) => (view.parts.get(part) ?? []).some((shown) => shown.includes(collapse(value))),
});
/** A number on its own, not as digits of a longer one. */
const number = (value: number): Expectation => ({
  shows: `the number ${value}`,
  met: (view) => new RegExp(`(^|[^\\d.])${String(value).replace('.', '\\.')}([^\\d]|$)`).test(view.text),
});
/** A year on its own or inside a range of years ("1838–1840"). */
const year = (value: number): Expectation => ({
  shows: `the year ${value}`,
  met: (view) =>
    new RegExp(`(^|[^\\d])${value}([^\\d]|$)`).test(view.text) ||
    [...view.text.matchAll(/(\d{4})–(\d{4})/g)].some((match) => Number(match[1]) <= value && value <= Number(match[2])),
});

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)/;

// A path as a pattern, indices as "*": "/work/*/highlights/*".
const pattern = (path: Path) => `/${path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('/')}`;

/**
 * Values that describe the file rather than the researcher, or that are editorial (where a value came from, what
 * was corrected): a page does not show them.
 */
const NOT_FOR_READERS = [
  /^\/\$schema$/,
  /^\/version$/,
  /^\/meta\/(?!lastModified$)/,
  /\/note$/,
  /^\/publications\/\*\/notes\/\*$/,
  // The key that projects use to name their publications (checked there, as the publication's title).
  /^\/publications\/\*\/id$/,
];

/** Every field name the profile format defines, anywhere in it. */
function profileFieldNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => profileFieldNames(item, names));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) names.add(name);
      profileFieldNames(value, names);
    }
  }
  return names;
}

/** JSON Resume's field names (schema v1.0.0, and `company`, `website`, `picture`, `gpa` of 0.x files). */
const JSON_RESUME_FIELD_NAMES = [
  ...['basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects', 'meta'],
  ...['name', 'label', 'image', 'email', 'phone', 'url', 'summary', 'location', 'profiles'],
  ...['address', 'postalCode', 'city', 'countryCode', 'region', 'network', 'username'],
  ...['description', 'position', 'startDate', 'endDate', 'highlights', 'organization', 'institution', 'area', 'studyType', 'score', 'courses'],
  ...['title', 'date', 'awarder', 'issuer', 'publisher', 'releaseDate', 'level', 'keywords', 'language', 'fluency', 'reference'],
  ...['roles', 'entity', 'type', 'canonical', 'version', 'lastModified'],
  ...['company', 'website', 'picture', 'gpa'],
];

/**
 * The fields a page shows: those the profile format or JSON Resume name. A site's own fields (al-folio's Font
 * Awesome `icon` classes, an `enddate` of its own) are kept in the data as they are, and not shown.
 */
const KNOWN_FIELDS = new Set([...profileFieldNames(profileSchema), ...JSON_RESUME_FIELD_NAMES]);

/**
 * Publication fields that <pub-list> keeps (for citations, export and structured data) but does not show: citation
 * metrics, the event's and the publisher's place, a report or patent number.
 */
const NOT_SHOWN_BY_THE_PUBLICATION_LIST = [/^\/publications\/\*\/metrics\//, /^\/publications\/\*\/(event-place|publisher-place|number)$/];

/**
 * What a value looks like on the page. `source` is the whole file (for values whose meaning is elsewhere in it,
 * like a project's publication ids). `undefined`: nothing to show.
 */
function expectationFor(path: Path, value: unknown, source: Record<string, unknown>, file: string): Expectation | undefined {
  const where = pattern(path);
  if ([...NOT_FOR_READERS, ...NOT_SHOWN_BY_THE_PUBLICATION_LIST].some((rule) => rule.test(where))) return undefined;
  // "", spaces and null mean "not given".
  if (value === null || (typeof value === 'string' && !value.trim())) return undefined;
  const key = [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
  if (!path.every((segment) => typeof segment === 'number' || KNOWN_FIELDS.has(segment))) return undefined;
  const parent = valueAt(source, path.slice(0, -1)) as Record<string, unknown>;
  const isPublication = path[0] === 'publications';

  if (typeof value === 'boolean') {
    switch (key) {
      case 'ongoing':
        return value ? text(presentLabel(LOCALE)) : undefined;
      case 'current':
        return inPart(value ? 'affiliation' : 'past-affiliation', String(parent.organization));
      case 'selected':
        return value ? inPart('selected', 'Selected') : undefined;
      case 'equal':
        return value ? text('* equal contribution') : undefined;
      case 'corresponding':
        return value ? text('† corresponding author') : undefined;
      default:
        return { shows: `a known meaning for ${key}`, met: () => false };
    }
  }

  if (typeof value === 'number') {
    if (key === 'year' || key === 'years') return year(value);
    // CSL date parts: the publication list gives a work's year.
    if (key === 'date-parts') return (path[path.length - 1] as number) === 0 ? year(value) : undefined;
    return number(value);
  }

  if (typeof value !== 'string') return { shows: `a rule for ${typeof value}`, met: () => false };

  if (where === '/basics/nameVariants/*') {
    return inPart('author-self', formatCslName(splitName(value)));
  }
  if (where === '/projects/*/publications/*') {
    const publication = (source.publications as Publication[] | undefined)?.find((item) => String(item.id) === value);
    return text(publication?.title ?? `(a publication with id ${value})`);
  }
  if (key === 'countryCode') return anyOf(text(countryName(value, LOCALE)), text(value));
  if (key === 'kind') {
    if (path.includes('links')) return parent.label ? undefined : text(linkLabel({ kind: value }));
    if (path[0] === 'talks') {
      const group = groupTalks([parent as unknown as Talk])[0]!;
      return text(group.kind === 'other' ? (kindLabel(value) ?? value) : group.label.replace(/ \(\d+\)$/, ''));
    }
    if (path[0] === 'service') return { shows: `a service group of kind ${value}`, met: (view) => view.serviceKinds.has(value) };
    // A research theme is what the Research section is made of: it needs no label.
    if (path[0] === 'projects' && value === 'theme') return undefined;
    return text(kindLabel(value)!);
  }
  // JSON Resume's project `type` ("application") is the project's kind.
  if (where === '/projects/*/type') return text(kindLabel(value)!);
  if (isPublication && (key === 'type' || key === 'category')) {
    return text(CATEGORY_LABELS[categoryOf(parent as unknown as Publication)]);
  }
  if (isPublication && key === 'keyword') return allOf(value.split(/\s*[,;]\s*/).map(text));
  if (key === 'image') return image(value, file);
  if (key === 'DOI') return linkContaining(value);
  if (key === 'url' || key === 'URL' || /^(https?|mailto):/i.test(value)) return linkTo(value, file);
  if (key === 'email' || key === 'emails') return anyOf(linkTo(`mailto:${value}`, file), text(value));
  if (DATE_KEYS.test(key) || ISO_DATE.exec(value)?.[0] === value) return dateExpectation(key, value, isPublication);
  return text(value);
}

/** Fields holding a date, in the profile format and in JSON Resume ("releaseDate"; al-folio's "startdate"). */
const DATE_KEYS = /^(startDate|endDate|date|releaseDate|retrieved|lastModified|startdate|enddate)$/;

/**
 * A date as the page shows it, read as the profile reader reads it: formatted when it reads exactly; as written
 * when the writing says more than a date holds ("Spring 2020", a range in one field); "Present" for a word that
 * means it has not ended. The publication list gives a work's year; the footer gives the day of a timestamp.
 */
function dateExpectation(key: string, value: string, isPublication: boolean): Expectation {
  const reading = interpretDate(value);
  if (reading.kind === 'present') return text(presentLabel(LOCALE));
  if (reading.kind === 'date') {
    if (isPublication && key !== 'retrieved') return year(reading.parts.year);
    return reading.exact || key === 'lastModified' ? text(formatDateParts(reading.parts, { locale: LOCALE })) : text(value);
  }
  return text(value);
}

function allOf(choices: Expectation[]): Expectation {
  return { shows: choices.map((choice) => choice.shows).join(' and '), met: (view) => choices.every((choice) => choice.met(view)) };
}

function valueAt(document: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown> | undefined)?.[segment], document);
}

function leaves(value: unknown, path: Path = []): Array<{ path: Path; value: unknown }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [{ path, value }];
}

/** The values of `source` (read from `file`) the page does not show, one line each: "/work/0/summary: text “…”". */
function missingValues(source: Record<string, unknown>, file: string, views: Views): string[] {
  const missing: string[] = [];
  for (const leaf of leaves(source)) {
    const expectation = expectationFor(leaf.path, leaf.value, source, file);
    const section = SECTION_OF[String(leaf.path[0])];
    const view = section ? (views.sections.get(section) ?? NOTHING_SHOWN) : views.page;
    if (expectation && !expectation.met(view)) missing.push(`/${leaf.path.join('/')}: ${expectation.shows}${section ? ` in ${section}` : ''}`);
  }
  return missing;
}

/** Renders `src` in full: every publication, every abstract and every disclosure open. */
async function renderAll(src: string, publications: number): Promise<{ element: ResearcherProfile; views: Views }> {
  const wrapper = await fixture(html`<div lang=${LOCALE}></div>`);
  wrapper.innerHTML = `<researcher-profile src="${src}"></researcher-profile>`;
  const element = await settled(wrapper.querySelector('researcher-profile')!);
  const card = element.shadowRoot!.querySelector('researcher-card');
  if (card) await settled(card);
  const list = element.shadowRoot!.querySelector<PubList>('pub-list');
  if (list) {
    await settled(list);
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part~="publication"]').length >= publications, 'not every publication rendered', { timeout: 10000 });
    for (const toggle of list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="abstract-toggle"][aria-expanded="false"]')) toggle.click();
    await list.updateComplete;
  }
  for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
  return { element, views: readViews(element) };
}

/** JSON Resume files, read as they are: `validateProfile` turns them into the profile format. */
const JSON_RESUME_FILES = [
  '/test/fixtures/json-resume/sample.resume.json',
  '/test/fixtures/json-resume/complete.json',
  '/test/fixtures/json-resume/al-folio.resume.json',
  '/test/fixtures/json-resume/al-folio-site.resume.json',
  '/stories/components/researcher-profile/resume/tomas-reyes.resume.json',
];

describe('<researcher-profile> shows every value', () => {
  afterEach(() => clearSourceCache());

  for (const src of JSON_RESUME_FILES) {
    it(`of the JSON Resume file ${src.split('/').pop()}, with no problems`, async () => {
      const source = (await (await fetch(src)).json()) as Record<string, unknown>;
      const { element, views } = await renderAll(src, (source.publications as unknown[] | undefined)?.length ?? 0);
      expect(element.problems.map((problem) => problem.message).join('\n'), 'problems').to.equal('');
      const missing = missingValues(source, src, views);
      expect(missing.join('\n'), `${missing.length} values not on screen`).to.equal('');
      await expect(element).to.be.accessible();
    });
  }

  it('of a profile with every field of the format filled', async () => {
    const src = '/test/components/researcher-profile/fixtures/every-field.json';
    const source = (await (await fetch(src)).json()) as Record<string, unknown>;
    const { element, views } = await renderAll(src, (source.publications as unknown[]).length);
    expect(element.problems.map((problem) => problem.message)).to.deep.equal([]);
    const missing = missingValues(source, src, views);
    expect(missing.join('\n'), `${missing.length} values not on screen`).to.equal('');
    await expect(element).to.be.accessible();
  });
});
