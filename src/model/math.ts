/**
 * TeX math in titles ("R$^3$-SQL", "$L_0$", "$\alpha$-divergence"). Simple math — letters, digits, Greek letters,
 * common symbols, one level of super/subscripts — becomes plain parts that render as text with <sup>/<sub>; anything
 * else is marked `complex` for a real math renderer, loaded only when such a title appears.
 */
import { TEX_SYMBOLS } from './tex-text.js';

export type MathPart = { kind: 'text'; text: string } | { kind: 'sup'; text: string } | { kind: 'sub'; text: string } | { kind: 'complex'; tex: string };

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
      const symbol = TEX_SYMBOLS[command[1]!];
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
