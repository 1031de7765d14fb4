/**
 * Formatted citations for one publication, through citation-js and citeproc (CSL).
 *
 * citation-js is loaded on first use (`await import(...)`), so a page that never cites never downloads it.
 * APA, Vancouver and Harvard are the templates plugin-csl bundles; IEEE and Chicago (author-date) are our own CSL
 * styles in `./csl-styles/`, registered once. Only the entry asked for is formatted: a whole list is slow.
 */
import type { PubEntry } from './publications.js';
import type { CslName, Publication } from './types.js';

export type CitationStyle = 'apa' | 'ieee' | 'vancouver' | 'chicago' | 'harvard';

export interface CitationStyleInfo {
  id: CitationStyle;
  /** Human label for a menu, e.g. "APA (7th edition)". */
  label: string;
}

/** The styles `formatCitation` knows, in menu order. */
export const CITATION_STYLES: readonly CitationStyleInfo[] = [
  { id: 'apa', label: 'APA (7th edition)' },
  { id: 'ieee', label: 'IEEE' },
  { id: 'vancouver', label: 'Vancouver' },
  { id: 'chicago', label: 'Chicago (author-date)' },
  { id: 'harvard', label: 'Harvard' },
];

/** CSL template name registered with plugin-csl for each style. */
const TEMPLATES: Record<CitationStyle, string> = {
  apa: 'apa',
  vancouver: 'vancouver',
  harvard: 'harvard1',
  ieee: 'scholar-ieee',
  chicago: 'scholar-chicago-author-date',
};

/** Numbered styles: the citation number ("[1]", "1.") is dropped when one entry is copied on its own. */
const NUMBERED: ReadonlySet<CitationStyle> = new Set(['ieee', 'vancouver']);

export function isCitationStyle(value: unknown): value is CitationStyle {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TEMPLATES, value);
}

// ---------------------------------------------------------------------------------------------------------------
// Math in titles → plain text

const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', '*': '*', "'": '′',
  a: 'ᵃ', b: 'ᵇ', c: 'ᶜ', d: 'ᵈ', e: 'ᵉ', f: 'ᶠ', g: 'ᵍ', h: 'ʰ', i: 'ⁱ', j: 'ʲ', k: 'ᵏ', l: 'ˡ', m: 'ᵐ',
  n: 'ⁿ', o: 'ᵒ', p: 'ᵖ', r: 'ʳ', s: 'ˢ', t: 'ᵗ', u: 'ᵘ', v: 'ᵛ', w: 'ʷ', x: 'ˣ', y: 'ʸ', z: 'ᶻ',
  A: 'ᴬ', B: 'ᴮ', D: 'ᴰ', E: 'ᴱ', G: 'ᴳ', H: 'ᴴ', I: 'ᴵ', J: 'ᴶ', K: 'ᴷ', L: 'ᴸ', M: 'ᴹ', N: 'ᴺ', O: 'ᴼ',
  P: 'ᴾ', R: 'ᴿ', T: 'ᵀ', U: 'ᵁ', V: 'ⱽ', W: 'ᵂ',
};

const SUBSCRIPTS: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎',
  a: 'ₐ', e: 'ₑ', h: 'ₕ', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', o: 'ₒ', p: 'ₚ', r: 'ᵣ', s: 'ₛ',
  t: 'ₜ', u: 'ᵤ', v: 'ᵥ', x: 'ₓ',
};

const GREEK = [
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi',
  'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega',
];

const SYMBOLS: Record<string, string> = {
  varepsilon: 'ε', vartheta: 'ϑ', varpi: 'ϖ', varrho: 'ϱ', varsigma: 'ς', varphi: 'φ', ell: 'ℓ',
  times: '×', cdot: '·', pm: '±', mp: '∓', div: '÷', ast: '∗', circ: '∘', bullet: '•',
  le: '≤', leq: '≤', ge: '≥', geq: '≥', ne: '≠', neq: '≠', approx: '≈', sim: '∼', simeq: '≃', equiv: '≡',
  propto: '∝', ll: '≪', gg: '≫', infty: '∞', partial: '∂', nabla: '∇', sum: '∑', prod: '∏', int: '∫',
  sqrt: '√', in: '∈', notin: '∉', subset: '⊂', subseteq: '⊆', cup: '∪', cap: '∩', emptyset: '∅',
  forall: '∀', exists: '∃', neg: '¬', wedge: '∧', vee: '∨', oplus: '⊕', otimes: '⊗',
  to: '→', rightarrow: '→', leftarrow: '←', leftrightarrow: '↔', Rightarrow: '⇒', Leftarrow: '⇐',
  Leftrightarrow: '⇔', mapsto: '↦', ldots: '…', cdots: '⋯', dots: '…', prime: '′', degree: '°',
  hbar: 'ℏ', top: '⊤', perp: '⊥', dagger: '†', star: '⋆', Re: 'ℜ', Im: 'ℑ', aleph: 'ℵ', '%': '%', '&': '&', '#': '#', _: '_', $: '$', '{': '{', '}': '}',
  ',': ' ', ';': ' ', ':': ' ', '!': '', ' ': ' ', quad: ' ', qquad: ' ',
};

const BLACKBOARD: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', P: 'ℙ', E: '𝔼' };

for (const name of GREEK) {
  const lower = String.fromCodePoint(0x3b1 + GREEK.indexOf(name) + (GREEK.indexOf(name) >= 17 ? 1 : 0));
  SYMBOLS[name] = lower;
  // Capitals skip U+03A2 (there is no capital final sigma) the same way.
  SYMBOLS[name[0]!.toUpperCase() + name.slice(1)] = lower.toUpperCase();
}

/** Reads one argument at `index`: a `{…}` group (returned without braces), a command, or one character. */
function readArgument(math: string, index: number): { text: string; end: number } {
  while (math[index] === ' ') index++;
  if (math[index] === '{') {
    let depth = 0;
    for (let i = index; i < math.length; i++) {
      if (math[i] === '{') depth++;
      else if (math[i] === '}' && --depth === 0) return { text: math.slice(index + 1, i), end: i + 1 };
    }
    return { text: math.slice(index + 1), end: math.length };
  }
  if (math[index] === '\\') {
    const command = /^\\([a-zA-Z]+|.)/.exec(math.slice(index));
    if (command) return { text: command[0], end: index + command[0].length };
  }
  return { text: math[index] ?? '', end: index + 1 };
}

/** Maps every character through `table`, or gives back undefined when one has no such form. */
function mapAll(text: string, table: Record<string, string>): string | undefined {
  let out = '';
  for (const char of text) {
    const mapped = table[char];
    if (mapped === undefined) return undefined;
    out += mapped;
  }
  return out;
}

/** One math segment (without its `$` delimiters) as plain Unicode text. */
function mathSegment(math: string): string {
  let out = '';
  let i = 0;
  while (i < math.length) {
    const char = math[i]!;
    if (char === '^' || char === '_') {
      const argument = readArgument(math, i + 1);
      const inner = mathSegment(argument.text);
      out += mapAll(inner, char === '^' ? SUPERSCRIPTS : SUBSCRIPTS) ?? (inner.length > 1 ? `${char}(${inner})` : `${char}${inner}`);
      i = argument.end;
    } else if (char === '\\') {
      const match = /^\\([a-zA-Z]+|.)/.exec(math.slice(i));
      if (!match) {
        i++;
        continue;
      }
      const name = match[1]!;
      i += match[0].length;
      if (/^(mathrm|mathit|mathbf|mathsf|mathtt|text|textrm|textit|textbf|textsf|texttt|textup|emph|boldsymbol|bm|operatorname|mbox|hbox|mathnormal|mathcal|mathscr|mathfrak)$/.test(name)) {
        const argument = readArgument(math, i);
        out += mathSegment(argument.text);
        i = argument.end;
      } else if (name === 'mathbb') {
        const argument = readArgument(math, i);
        out += mapAll(argument.text, BLACKBOARD) ?? argument.text;
        i = argument.end;
      } else if (/^(left|right|big|Big|bigg|Bigg|bigl|bigr|Bigl|Bigr|displaystyle|textstyle|scriptstyle|limits|nolimits)$/.test(name)) {
        // Sizing commands: the delimiter that follows stays.
      } else if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
        const numerator = readArgument(math, i);
        const denominator = readArgument(math, numerator.end);
        out += `${mathSegment(numerator.text)}/${mathSegment(denominator.text)}`;
        i = denominator.end;
      } else if (name in SYMBOLS) {
        out += SYMBOLS[name];
      } else {
        // An operator name (\log, \max…): a word of its own, as TeX typesets it.
        out += (/[\p{L}\p{N}]$/u.test(out) ? ' ' : '') + name;
      }
    } else if (char === '{' || char === '}') {
      i++;
    } else if (char === '~') {
      out += ' ';
      i++;
    } else {
      out += char;
      i++;
    }
  }
  return out.replace(/\s+/g, ' ');
}

/**
 * A title with simple TeX math turned into Unicode plain text: `R$^3$-SQL` → "R³-SQL", `$L_0$` → "L₀",
 * `$\alpha$-entmax` → "α-entmax", `$O(n^{2})$` → "O(n²)". Super- and subscripts without a Unicode form are written
 * `^(…)`/`_(…)`; unknown commands lose their backslash; every `$` delimiter goes (an escaped `\$` stays a dollar).
 */
export function mathToPlainText(title: string): string {
  if (!title.includes('$') && !title.includes('\\(')) return title;
  let out = '';
  let i = 0;
  while (i < title.length) {
    if (title[i] === '\\' && title[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    const display = title.startsWith('$$', i);
    const inlineParen = title.startsWith('\\(', i);
    if (title[i] === '$' || inlineParen) {
      const open = display || inlineParen ? 2 : 1;
      const closer = display ? '$$' : inlineParen ? '\\)' : '$';
      let end = i + open;
      while (end < title.length && !(title.startsWith(closer, end) && title[end - 1] !== '\\')) end++;
      if (end >= title.length) {
        // An unmatched delimiter: drop it, keep the rest as text.
        i += open;
        continue;
      }
      out += mathSegment(title.slice(i + open, end));
      i = end + closer.length;
      continue;
    }
    out += title[i];
    i++;
  }
  return out.replace(/ {2,}/g, ' ');
}

// ---------------------------------------------------------------------------------------------------------------
// The item citeproc sees

/** scholar-elements fields that are not CSL variables (see types.ts) and never reach citeproc. */
const EXTENSION_FIELDS = new Set([
  'category', 'venueShort', 'acceptanceRate', 'impactFactor', 'awards', 'selected', 'links', 'keywords', 'notes',
  'inventor', 'preview', 'bibtex_show', 'abbr',
]);

const NAME_VARIABLES = new Set([
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator',
  'director', 'editor', 'editorial-director', 'editor-translator', 'executive-producer', 'guest', 'host',
  'illustrator', 'interviewer', 'narrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient',
  'reviewed-author', 'script-writer', 'series-creator', 'translator',
]);

const DATE_VARIABLES = new Set(['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted']);

const CSL_TYPES = new Set([
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
]);

const TYPE_BY_CATEGORY: Record<string, string> = {
  conference: 'paper-conference',
  journal: 'article-journal',
  workshop: 'paper-conference',
  preprint: 'article',
  'technical-report': 'report',
  patent: 'patent',
  thesis: 'thesis',
  book: 'book',
  chapter: 'chapter',
  poster: 'paper-conference',
  other: 'document',
};

/** A bare DOI ("10.1234/x") from any of the forms sources use ("https://doi.org/…", "doi:…"). */
export function bareDoi(doi: unknown): string | undefined {
  if (typeof doi !== 'string') return undefined;
  const bare = doi.trim().replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '').trim();
  return bare || undefined;
}

const isNameList = (value: unknown): value is CslName[] =>
  Array.isArray(value) && value.every((name) => name !== null && typeof name === 'object' && !Array.isArray(name));

/**
 * The CSL item citeproc formats for an entry: a copy with the entry's key as id, the title's math as Unicode, the
 * DOI bare, only CSL-shaped values kept (scholar-elements extensions and unknown nested data dropped), and inventors
 * as authors for patents. For display (the default), also the short venue standing in when the source gives no
 * venue at all, and a preprint's repository as its publisher.
 */
export function citeprocItem(entry: PubEntry, { forDisplay = true }: { forDisplay?: boolean } = {}): Record<string, unknown> {
  const source: Publication = entry.item;
  const item: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(source)) {
    if (EXTENSION_FIELDS.has(field) || field === 'id' || value === null || value === undefined) continue;
    if (NAME_VARIABLES.has(field)) {
      if (isNameList(value)) item[field] = value.map(({ equal: _equal, corresponding: _corresponding, ...name }) => name);
    } else if (DATE_VARIABLES.has(field)) {
      if (typeof value === 'object' && !Array.isArray(value)) item[field] = value;
      else if (typeof value === 'string') item[field] = { raw: value };
    } else if (typeof value === 'string') {
      item[field] = value;
    } else if (typeof value === 'number') {
      // citeproc expects strings for numeric variables (volume, issue, page…).
      item[field] = String(value);
    }
  }
  item.id = entry.key;
  item.type = CSL_TYPES.has(source.type) ? source.type : (TYPE_BY_CATEGORY[entry.category] ?? 'document');
  item.title = mathToPlainText(entry.title);
  if (!item.author && isNameList(source.inventor) && source.inventor.length) {
    item.author = source.inventor.map(({ equal: _equal, corresponding: _corresponding, ...name }) => name);
  }
  const doi = bareDoi(source.DOI);
  if (doi) item.DOI = doi;
  else delete item.DOI;
  if (!forDisplay) return item;
  if (!item['container-title'] && !item['event-title'] && entry.venueShort && !/^(report|thesis|patent|book)$/.test(String(item.type))) {
    // "NSDI 2022" → "NSDI" when the year is the entry's own: every style prints the year already.
    const venue = entry.year ? entry.venueShort.replace(new RegExp(`\\s*'?(${entry.year}|${String(entry.year).slice(2)})$`), '') : entry.venueShort;
    item['container-title'] = venue || entry.venueShort;
  }
  if (item.type === 'article' && item['container-title'] && !item.publisher) {
    // A preprint's "container" is the repository that publishes it (CSL: publisher), e.g. arXiv.
    item.publisher = item['container-title'];
    delete item['container-title'];
  }
  return item;
}

// ---------------------------------------------------------------------------------------------------------------
// citation-js, loaded on demand

type CoreModule = typeof import('@citation-js/core');
type CiteInstance = InstanceType<CoreModule['Cite']>;

/** A Cite for `data` without the graph citation-js would otherwise record for every input (slow, never used). */
export function newCite(core: CoreModule, data: unknown): CiteInstance {
  // citation-js's typings mark every input option as required; only this one is meant.
  return new core.Cite(data, { generateGraph: false } as ConstructorParameters<CoreModule['Cite']>[1]);
}

let loading: Promise<CoreModule> | undefined;

/** The module's exports: Node's CommonJS interop may put them under `default`. */
export function interop(module: CoreModule): CoreModule {
  return 'Cite' in module ? module : (module as unknown as { default: CoreModule }).default;
}

/** citation-js core with plugin-csl and our two styles registered; loaded once, on first call. */
export function loadCsl(): Promise<CoreModule> {
  loading ??= (async () => {
    const [coreModule, , ieee, chicago] = await Promise.all([
      import('@citation-js/core'),
      import('@citation-js/plugin-csl'),
      import('./csl-styles/ieee.js'),
      import('./csl-styles/chicago-author-date.js'),
    ]);
    const core = interop(coreModule);
    const config = core.plugins.config.get('@csl') as {
      styles?: { has(name: string): boolean; add(name: string, xml: string): void };
      templates?: { has(name: string): boolean; add(name: string, xml: string): void };
    };
    // plugin-csl 0.9 calls the register `styles`; older versions called it `templates`.
    const register = config.styles ?? config.templates;
    if (!register) throw new Error('citation-js plugin-csl has no style register');
    if (!register.has(TEMPLATES.ieee)) register.add(TEMPLATES.ieee, ieee.default);
    if (!register.has(TEMPLATES.chicago)) register.add(TEMPLATES.chicago, chicago.default);
    return core;
  })();
  // A failed load (e.g. offline) may be retried later.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * One entry as a formatted reference in plain text, e.g. for APA:
 * "Rajbhandari, S., Awan, A. A., … He, Y. (2022). Enabling Efficient Inference …. SC 2022."
 * Numbered styles (IEEE, Vancouver) leave out the reference number. `locale` picks the CSL locale when plugin-csl
 * has it (en-US, de-DE, fr-FR, es-ES, nl-NL), otherwise the style's default.
 */
export async function formatCitation(entry: PubEntry, style: CitationStyle, locale = 'en-US'): Promise<string> {
  if (!isCitationStyle(style)) throw new RangeError(`Unknown citation style "${String(style)}"`);
  const core = await loadCsl();
  const item = citeprocItem(entry);
  if (style === 'vancouver' && item.type === 'paper-conference' && !item['container-title'] && item['event-title']) {
    // The bundled Vancouver template prints a bare "In:" for a paper known only by its event.
    item['container-title'] = item['event-title'];
  }
  const cite = newCite(core, item);
  const text = cite.format('bibliography', { format: 'text', template: TEMPLATES[style], lang: locale }) as string;
  let plain = text.replace(/\s+/g, ' ').trim();
  if (NUMBERED.has(style)) plain = plain.replace(/^(\[\d+\]|\d+\.)\s*/, '');
  return plain;
}
