/**
 * LaTeX in BibTeX values, around citation-js's own LaTeX reader (./bibtex.ts): commands it does not know written
 * out or dropped, `$…$` math in titles set aside and put back as written, and its output made plain text.
 */
import { TEX_SYMBOLS } from './tex-text.js';

/** Fields whose values are addresses or identifiers: passed on as written. */
export const VERBATIM_FIELDS = new Set([
  'url',
  'doi',
  'eprint',
  'file',
  'pdf',
  'code',
  'slides',
  'video',
  'poster',
  'website',
  'html',
  'arxiv',
  'supp',
  'blog',
  'preview',
  'isbn',
  'issn',
  'urldate',
  'google_scholar_id',
  'altmetric',
  'dimensions',
  'inspirehep_id',
  'crossref',
  'xref',
]);

/**
 * Commands citation-js 0.9 does not know, written out: these, then the math symbols of `TEX_SYMBOLS` (./tex-text.ts).
 * Any other unknown command is dropped and its argument kept ("\\foo{bar}" → "bar"; citation-js would write
 * "\\foobar").
 */
const EXTRA_COMMANDS: Record<string, string> = {
  // text
  LaTeX: 'LaTeX',
  LaTeXe: 'LaTeX2ε',
  TeX: 'TeX',
  BibTeX: 'BibTeX',
  BibLaTeX: 'BibLaTeX',
  XeTeX: 'XeTeX',
  LuaTeX: 'LuaTeX',
  AA: 'Å',
  aa: 'å',
  S: '§',
  P: '¶',
  dag: '†',
  ddag: '‡',
  pounds: '£',
  euro: '€',
  slash: '/',
  newline: ' ',
  linebreak: ' ',
  textvisiblespace: '␣',
  // math outside titles (titles keep their math as written)
  implies: '⟹',
  iff: '⟺',
  uparrow: '↑',
  downarrow: '↓',
  supset: '⊃',
  supseteq: '⊇',
  setminus: '∖',
  varnothing: '∅',
  lnot: '¬',
  land: '∧',
  lor: '∨',
  bot: '⊥',
  mid: '|',
  vert: '|',
  lvert: '|',
  rvert: '|',
  Vert: '‖',
  langle: '⟨',
  rangle: '⟩',
  lceil: '⌈',
  rceil: '⌉',
  lfloor: '⌊',
  rfloor: '⌋',
  log: 'log',
  ln: 'ln',
  exp: 'exp',
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
  min: 'min',
  max: 'max',
  arg: 'arg',
  lim: 'lim',
  sup: 'sup',
  inf: 'inf',
  det: 'det',
  Pr: 'Pr',
};

/** Commands whose argument is not text to show: dropped with it. */
const DROPPED_WITH_ARGUMENT = new Set(['hspace', 'vspace', 'label', 'ref', 'cite', 'citep', 'citet', 'index', 'thanks', 'footnote']);

/** Where the brace group starting at `open` ends (just past its "}"), or -1. */
function groupEnd(value: string, open: number): number {
  let depth = 0;
  for (let i = open; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === '{') depth++;
    else if (value[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Prepares one LaTeX value for citation-js: math scripts braced, line breaks (`\\\\`) and spacing commands become spaces, commands it
 * does not know are written out (`EXTRA_COMMANDS`, `TEX_SYMBOLS`) or dropped with their argument kept.
 */
export function prepareLatex(input: string, known: Set<string>): string {
  // In math outside titles, "^" and "_" take one character, as in TeX ("$n^2)$"); citation-js would take "2)".
  const value = input.replace(MATH, (segment) => (segment === '$' ? '\\$' : segment.replace(/([\^_])([^{\\\s$])/g, '$1{$2}')));
  const command = /\\([A-Za-z]+|[^A-Za-z])/g;
  let out = '';
  let last = 0;
  for (let match = command.exec(value); match; match = command.exec(value)) {
    const name = match[1]!;
    let replacement: string = match[0];
    if (/^[A-Za-z]/.test(name)) {
      if (DROPPED_WITH_ARGUMENT.has(name)) {
        const open = /^\*?\s*(\[[^\]]*\])?\s*\{/.exec(value.slice(command.lastIndex));
        const end = open ? groupEnd(value, command.lastIndex + open[0].length - 1) : -1;
        if (end > 0) command.lastIndex = end;
        replacement = '';
      } else if (!known.has(name)) {
        replacement = Object.hasOwn(EXTRA_COMMANDS, name) ? EXTRA_COMMANDS[name]! : Object.hasOwn(TEX_SYMBOLS, name) ? TEX_SYMBOLS[name]! : '';
      }
    } else if ('\\ ,;:\n\t'.includes(name)) {
      replacement = ' ';
    } else if ('!/-@'.includes(name)) {
      replacement = '';
    }
    out += value.slice(last, match.index) + replacement;
    last = command.lastIndex;
  }
  return out + value.slice(last);
}

/**
 * `$…$` and `$$…$$` segments, escaped dollars (`\$`, kept escaped so that the title's math stays unambiguous), and
 * last a lone `$` that opens no segment ("costs $5"): a dollar sign, escaped before citation-js sees it (its LaTeX
 * reader would refuse the whole entry for an unclosed math segment).
 */
const MATH = /\\\$|(?<!\\)\$\$[\s\S]+?(?<!\\)\$\$|(?<!\\)\$(?:[^$\\]|\\[\s\S])+?\$|\$/g;
const MATH_MARK = /\uE000(\d+)\uE001/g;

/**
 * Replaces math segments (and `\$`) with private-use markers citation-js passes through; `restoreMath` puts them
 * back. A lone `$` comes back escaped (`\$`): a dollar sign, not the start of math.
 */
export function protectMath(value: string, store: string[]): string {
  return value.replace(MATH, (segment) => `\uE000${store.push(segment === '$' ? '\\$' : segment) - 1}\uE001`);
}

export function restoreMath(value: string, store: string[]): string {
  return value.replace(MATH_MARK, (marker, index: string) => store[Number(index)] ?? marker);
}

/** CSL rich-text markup citation-js writes for \emph, \textbf, \textsc…: the model keeps plain text. */
const MARKUP = /<\/?(?:i|b|sup|sub)>|<span (?:class|style)="[^"<>]*">|<\/span>/g;

/** One output string made plain: markup gone, dotless ı/ȷ with an accent made a regular letter ("\'{\i}" → "í"). */
export function plainText(value: string): string {
  return value
    .replace(MARKUP, '')
    .replace(/([ıȷ])([\u0300-\u036f]+)/g, (_whole, letter: string, marks: string) => (letter === 'ı' ? 'i' : 'j') + marks)
    .normalize('NFC');
}

/** Applies `plainText` to every string in a CSL value. */
export function plainDeep<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T;
  if (Array.isArray(value)) return value.map(plainDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty: a "__proto__" key stays a key (assignment would set the prototype).
    for (const [key, inner] of Object.entries(value)) Object.defineProperty(out, key, { value: plainDeep(inner), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

/** A link or identifier as written, minus LaTeX escapes ("a\_b" → "a_b") and braces. */
export function verbatim(value: string | number): string {
  return String(value)
    .replace(/\\([_%&#$~])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
}
