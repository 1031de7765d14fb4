/**
 * TeX math in titles ("R$^3$-SQL", "$L_0$", "$\alpha$-divergence"). Simple math — letters, digits, Greek letters,
 * common symbols, one level of super/subscripts — becomes plain parts that render as text with <sup>/<sub>; anything
 * else is marked `complex` for a real math renderer, loaded only when such a title appears.
 */

export type MathPart =
  | { kind: 'text'; text: string }
  | { kind: 'sup'; text: string }
  | { kind: 'sub'; text: string }
  | { kind: 'complex'; tex: string };

const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ',
  tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ',
  Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  times: '×', cdot: '·', pm: '±', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', approx: '≈', infty: '∞',
  to: '→', rightarrow: '→', leftarrow: '←', in: '∈', sim: '∼', ell: 'ℓ', partial: '∂', nabla: '∇', circ: '∘',
  ldots: '…', cdots: '⋯', star: '⋆', ast: '∗',
};

/** Splits a title into text and `$…$` math segments (`\$` is a literal dollar). */
export function splitMath(title: string): Array<{ math: boolean; text: string }> {
  const segments: Array<{ math: boolean; text: string }> = [];
  let buffer = '';
  let inMath = false;
  for (let index = 0; index < title.length; index++) {
    const char = title[index]!;
    if (char === '\\' && title[index + 1] === '$') {
      buffer += '$';
      index++;
    } else if (char === '$') {
      if (buffer) segments.push({ math: inMath, text: buffer });
      buffer = '';
      inMath = !inMath;
    } else buffer += char;
  }
  // An unclosed "$" is not math: put it back as text.
  if (inMath) buffer = `$${buffer}`;
  if (buffer) segments.push({ math: false, text: buffer });
  return segments.reduce<Array<{ math: boolean; text: string }>>((merged, segment) => {
    const last = merged[merged.length - 1];
    if (last && !last.math && !segment.math) last.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}

/** Simple TeX as plain text, or undefined when it needs a real renderer. */
function simpleText(tex: string): string | undefined {
  let out = '';
  let rest = tex.trim();
  while (rest) {
    const command = /^\\([a-zA-Z]+)\s*/.exec(rest);
    if (command) {
      const symbol = SYMBOLS[command[1]!];
      if (!symbol) return undefined;
      out += symbol;
      rest = rest.slice(command[0].length);
      continue;
    }
    const plain = /^[A-Za-z0-9.,:;!?'()[\]+\-=/<>|*\s]+/.exec(rest);
    if (!plain) return undefined;
    out += plain[0];
    rest = rest.slice(plain[0].length);
  }
  return out;
}

/** Parses one math segment into parts, or a single complex part. */
function mathParts(tex: string): MathPart[] {
  const parts: MathPart[] = [];
  let rest = tex;
  while (rest) {
    const script = /^([\^_])(?:\{([^{}]*)\}|(\\[a-zA-Z]+|[^\\{}\s]))/.exec(rest);
    if (script) {
      const text = simpleText(script[2] ?? script[3]!);
      if (text === undefined) return [{ kind: 'complex', tex }];
      parts.push({ kind: script[1] === '^' ? 'sup' : 'sub', text });
      rest = rest.slice(script[0].length);
      continue;
    }
    const run = /^[^^_]+/.exec(rest);
    if (!run) return [{ kind: 'complex', tex }];
    const text = simpleText(run[0]);
    if (text === undefined) return [{ kind: 'complex', tex }];
    parts.push({ kind: 'text', text });
    rest = rest.slice(run[0].length);
  }
  return parts;
}

/** A title as parts to render. */
export function parseTitle(title: string): MathPart[] {
  return splitMath(title).flatMap((segment) => (segment.math ? mathParts(segment.text) : [{ kind: 'text', text: segment.text } as MathPart]));
}

/** True when a title has math beyond what `parseTitle` renders as text. */
export function needsMathRenderer(title: string): boolean {
  return title.includes('$') && parseTitle(title).some((part) => part.kind === 'complex');
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', n: 'ⁿ', i: 'ⁱ' };
const SUBSCRIPT: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋' };

/** A title with its math as plain Unicode text, for citations, search and accessible names ("R³-SQL"). */
export function titleAsText(title: string): string {
  return parseTitle(title)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'complex') return part.tex.replace(/\\([a-zA-Z]+)/g, (_, name: string) => SYMBOLS[name] ?? name).replace(/[{}]/g, '');
      const table = part.kind === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
      const mapped = [...part.text].map((char) => table[char]);
      if (mapped.every(Boolean)) return mapped.join('');
      return part.kind === 'sup' ? `^${part.text}` : `_${part.text}`;
    })
    .join('');
}
