/**
 * A researcher's homepage as static HTML: `<researcher-profile>` rendered on the server with @lit-labs/ssr into
 * declarative shadow DOM, so the card, every section and every publication are in the HTML without JavaScript; the
 * head describes the page for search engines (title, description, schema.org JSON-LD, Google Scholar `citation_*`
 * tags). Runs in Node (it needs Lit's server build); no file system here, see ./main.ts for the command.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { PubList } from '../components/pub-list/pub-list.component.js';
import '../components/researcher-profile/researcher-profile.js';
// Sections load these in the browser when shown; a server render must have them defined before it starts.
import '../components/pub-list/pub-list.js';
import '../components/timeline-view/timeline-view.js';
import { jsonLdDocument } from '../model/json-ld.js';
import { needsMathRenderer, parseTitle } from '../model/math.js';
import { mathToPlainText } from '../model/tex-text.js';
import { currentAffiliation } from '../model/profile.js';
import { entriesFromItems } from '../model/publications.js';
import { absoluteUrl, scholarMetaGroups, type MetaTag } from '../model/scholar-meta.js';
import type { Problem, Profile } from '../model/types.js';
import { resolveRelativeLinks } from '../model/urls.js';
import { usableProfile } from '../model/validate-full.js';
import { catalogueLanguage, loadCatalogue } from '../i18n/languages.js';
import { escapeAttribute, escapeText, scriptJson, staticHtml } from './html.js';

export interface PrerenderOptions {
  /** The page's language (`<html lang>`, and the locale of dates). Default: "en". */
  lang?: string;
  /** The page title. Default: the researcher's name. */
  title?: string;
  /**
   * The address the page will be published at. Relative links in the profile (photo, PDFs, pages) are made absolute
   * against it, and it becomes the page's canonical URL.
   */
  baseUrl?: string;
  /**
   * URL of the scholar-elements script (e.g. the bundle, `dist/scholar-elements.js`) for interactivity: a module
   * script tag is added, and the profile goes into the page as inline JSON for the element to read. Without it the
   * page has no script at all.
   */
  script?: string;
  /** Where the profile came from, for messages. */
  source?: string;
}

export interface PrerenderResult {
  /** The whole page. */
  html: string;
  /** Entries left out of the profile because of errors in the data, with their path and reason. */
  problems: Problem[];
  /** The profile as rendered (bad entries left out, links absolute when a base URL was given). */
  profile: Profile;
}

/** The profile cannot be rendered at all (not an object, no name…). */
export class PrerenderError extends Error {
  override name = 'PrerenderError';
}

/** The model's one validate-and-refuse path, its refusal as a `PrerenderError`. */
function usableProfileOrThrow(input: unknown, source: string): ReturnType<typeof usableProfile> {
  try {
    return usableProfile(input, source, { named: source });
  } catch (error) {
    throw new PrerenderError(error instanceof Error ? error.message : String(error));
  }
}

/** The meta description: the first paragraph of the bio (cut at a word near 300 characters), else label and affiliation. */
export function describeProfile(profile: Profile): string {
  const { basics } = profile;
  const bio = (basics.bio ?? []).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).find(Boolean);
  if (bio) {
    if (bio.length <= 300) return bio;
    const cut = bio.slice(0, 300);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200)).replace(/[\s,;:.]+$/, '')}…`;
  }
  const affiliation = currentAffiliation(profile);
  const role = [basics.label ?? affiliation?.role, affiliation?.organization].filter(Boolean).join(', ');
  const interests = basics.researchInterests?.length ? `Research: ${basics.researchInterests.join(', ')}.` : '';
  return [role ? `${basics.name} — ${role}.` : basics.name, interests].filter(Boolean).join(' ');
}

/**
 * Titles with math ("R$^3$-SQL") render with <sup>/<sub> once a list has its math parser, which it loads
 * asynchronously in the browser; server rendering has one synchronous pass, so the parser is handed over up front.
 */
const serverMath = { parseTitle, needsMathRenderer };

/**
 * True while a page without a script renders: its lists leave out the search, filters and per-year chart, which do
 * nothing without one.
 */
let staticPage = false;

LitElementRenderer.renderOptions.push((element) => {
  if (element instanceof PubList) {
    const list = element as unknown as { math?: typeof serverMath };
    list.math ??= serverMath;
    if (staticPage) {
      element.hideControls = true;
      element.hideChart = true;
    }
  }
  return undefined;
});

/** Renders run one at a time, so that `staticPage` belongs to the render that reads it. */
let queue: Promise<unknown> = Promise.resolve();

function metaTag(tag: MetaTag): string {
  return `<meta name="${escapeAttribute(tag.name)}" content="${escapeAttribute(tag.content)}">`;
}

/** The `<researcher-profile>` element, rendered into declarative shadow DOM. */
function renderElement(profile: Profile, lang: string, interactive: boolean): Promise<string> {
  const rendered = queue.then(async () => {
    staticPage = !interactive;
    try {
      return staticHtml(await collectResult(render(html`<researcher-profile .profile=${profile} lang=${lang}></researcher-profile>`)));
    } finally {
      staticPage = false;
    }
  });
  queue = rendered.catch(() => undefined);
  return rendered;
}

/**
 * Renders a profile (parsed JSON) as a complete static HTML page. Bad entries are left out and returned as
 * `problems`; a profile that cannot be used at all throws a `PrerenderError`.
 */
export async function prerenderProfile(input: unknown, options: PrerenderOptions = {}): Promise<PrerenderResult> {
  const source = options.source ?? 'the profile';
  const validated = usableProfileOrThrow(input, source);
  const baseUrl = options.baseUrl;
  const profile = baseUrl ? resolveRelativeLinks(validated.profile, baseUrl) : validated.profile;
  const lang = options.lang || 'en';
  const title = options.title ?? profile.basics.name;
  const description = describeProfile(profile);

  const entries = entriesFromItems(profile.publications ?? [], 'profile');
  const jsonLd = jsonLdDocument(profile, entries, mathToPlainText);
  const citationGroups = scholarMetaGroups(entries, { plainTitle: mathToPlainText, ...(baseUrl ? { baseUrl } : {}) });
  const image = absoluteUrl(profile.basics.image);

  // The page's interface text in its language: a server renders with the catalogues already loaded.
  await loadCatalogue(catalogueLanguage(lang));
  let element = await renderElement(profile, lang, !!options.script);
  if (options.script) {
    // The element reads an inline JSON child when it upgrades; the server-rendered content shows until then.
    const data = `<script type="application/json">${scriptJson(profile)}</script>`;
    element = element.replace(/<\/researcher-profile>\s*$/, `${data}</researcher-profile>`);
  }

  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeText(title)}</title>`,
    `<meta name="description" content="${escapeAttribute(description)}">`,
    baseUrl ? `<link rel="canonical" href="${escapeAttribute(baseUrl)}">` : '',
    '<meta property="og:type" content="profile">',
    `<meta property="og:title" content="${escapeAttribute(title)}">`,
    `<meta property="og:description" content="${escapeAttribute(description)}">`,
    baseUrl ? `<meta property="og:url" content="${escapeAttribute(baseUrl)}">` : '',
    image ? `<meta property="og:image" content="${escapeAttribute(image)}">` : '',
    `<script type="application/ld+json">${scriptJson(jsonLd)}</script>`,
    citationGroups.length
      ? '<!-- Google Scholar (Highwire Press) citation tags: one group per publication, each starting with citation_title. Google Scholar expects one article per page; a paper is indexed most reliably from a page of its own carrying its group alone. -->'
      : '',
    ...citationGroups.map((group) => group.map(metaTag).join('\n')),
    '<style>body{margin:0 auto;max-width:64rem;padding:1rem 1.25rem 3rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5}</style>',
  ].filter(Boolean);

  const script = options.script ? `\n<script type="module" src="${escapeAttribute(options.script)}"></script>` : '';
  const page = `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
${head.join('\n')}
</head>
<body>
${element}${script}
</body>
</html>
`;
  return { html: page, problems: validated.problems, profile };
}
