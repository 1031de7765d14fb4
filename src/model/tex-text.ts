/**
 * TeX in titles and abstracts as plain Unicode text: `R$^3$-SQL` → "R³-SQL", `$L_0$` → "L₀", `$\\alpha$` → "α".
 * For citations, RIS, search keys, JSON-LD and meta tags — anywhere markup cannot go. The symbol table is also what
 * the title renderer (./math.ts) uses for the simple parts it draws as text.
 */
export const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  '*': '*',
  "'": '′',
  a: 'ᵃ',
  b: 'ᵇ',
  c: 'ᶜ',
  d: 'ᵈ',
  e: 'ᵉ',
  f: 'ᶠ',
  g: 'ᵍ',
  h: 'ʰ',
  i: 'ⁱ',
  j: 'ʲ',
  k: 'ᵏ',
  l: 'ˡ',
  m: 'ᵐ',
  n: 'ⁿ',
  o: 'ᵒ',
  p: 'ᵖ',
  r: 'ʳ',
  s: 'ˢ',
  t: 'ᵗ',
  u: 'ᵘ',
  v: 'ᵛ',
  w: 'ʷ',
  x: 'ˣ',
  y: 'ʸ',
  z: 'ᶻ',
  A: 'ᴬ',
  B: 'ᴮ',
  D: 'ᴰ',
  E: 'ᴱ',
  G: 'ᴳ',
  H: 'ᴴ',
  I: 'ᴵ',
  J: 'ᴶ',
  K: 'ᴷ',
  L: 'ᴸ',
  M: 'ᴹ',
  N: 'ᴺ',
  O: 'ᴼ',
  P: 'ᴾ',
  R: 'ᴿ',
  T: 'ᵀ',
  U: 'ᵁ',
  V: 'ⱽ',
  W: 'ᵂ',
};

export const SUBSCRIPTS: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
  a: 'ₐ',
  e: 'ₑ',
  h: 'ₕ',
  i: 'ᵢ',
  j: 'ⱼ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  o: 'ₒ',
  p: 'ₚ',
  r: 'ᵣ',
  s: 'ₛ',
  t: 'ₜ',
  u: 'ᵤ',
  v: 'ᵥ',
  x: 'ₓ',
};

const GREEK = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'omicron',
  'pi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
];

export const TEX_SYMBOLS: Record<string, string> = {
  varepsilon: 'ε',
  vartheta: 'ϑ',
  varpi: 'ϖ',
  varrho: 'ϱ',
  varsigma: 'ς',
  varphi: 'φ',
  ell: 'ℓ',
  times: '×',
  cdot: '·',
  pm: '±',
  mp: '∓',
  div: '÷',
  ast: '∗',
  circ: '∘',
  bullet: '•',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  simeq: '≃',
  equiv: '≡',
  propto: '∝',
  ll: '≪',
  gg: '≫',
  infty: '∞',
  partial: '∂',
  nabla: '∇',
  sum: '∑',
  prod: '∏',
  int: '∫',
  sqrt: '√',
  in: '∈',
  notin: '∉',
  subset: '⊂',
  subseteq: '⊆',
  cup: '∪',
  cap: '∩',
  emptyset: '∅',
  forall: '∀',
  exists: '∃',
  neg: '¬',
  wedge: '∧',
  vee: '∨',
  oplus: '⊕',
  otimes: '⊗',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  leftrightarrow: '↔',
  Rightarrow: '⇒',
  Leftarrow: '⇐',
  Leftrightarrow: '⇔',
  mapsto: '↦',
  ldots: '…',
  cdots: '⋯',
  dots: '…',
  prime: '′',
  degree: '°',
  hbar: 'ℏ',
  top: '⊤',
  perp: '⊥',
  dagger: '†',
  star: '⋆',
  Re: 'ℜ',
  Im: 'ℑ',
  aleph: 'ℵ',
  '%': '%',
  '&': '&',
  '#': '#',
  _: '_',
  $: '$',
  '{': '{',
  '}': '}',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  '!': '',
  ' ': ' ',
  quad: ' ',
  qquad: ' ',
};

const BLACKBOARD: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', P: 'ℙ', E: '𝔼' };

for (const name of GREEK) {
  const lower = String.fromCodePoint(0x3b1 + GREEK.indexOf(name) + (GREEK.indexOf(name) >= 17 ? 1 : 0));
  TEX_SYMBOLS[name] = lower;
  // Capitals skip U+03A2 (there is no capital final sigma) the same way.
  TEX_SYMBOLS[name[0]!.toUpperCase() + name.slice(1)] = lower.toUpperCase();
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
      if (
        /^(mathrm|mathit|mathbf|mathsf|mathtt|text|textrm|textit|textbf|textsf|texttt|textup|emph|boldsymbol|bm|operatorname|mbox|hbox|mathnormal|mathcal|mathscr|mathfrak)$/.test(
          name,
        )
      ) {
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
      } else if (name in TEX_SYMBOLS) {
        out += TEX_SYMBOLS[name];
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
