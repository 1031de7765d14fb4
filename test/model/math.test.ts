import fc from 'fast-check';
import { expect } from 'vitest';
import { needsMathRenderer, parseTitle, splitMath } from '../../src/model/math.js';
import { mathToPlainText } from '../../src/model/tex-text.js';

describe('math in titles', () => {
  it('splits text and $…$ math, keeping an escaped \\$ and an unclosed $ as text', () => {
    expect(splitMath('R$^3$-SQL')).to.deep.equal([
      { math: false, text: 'R' },
      { math: true, text: '^3' },
      { math: false, text: '-SQL' },
    ]);
    expect(splitMath('Costs \\$5 and $x')).to.deep.equal([{ math: false, text: 'Costs $5 and $x' }]);
  });

  it('turns simple super/subscripts and Greek letters into parts', () => {
    expect(parseTitle('R$^3$-SQL')).to.deep.equal([
      { kind: 'text', text: 'R' },
      { kind: 'sup', text: '3' },
      { kind: 'text', text: '-SQL' },
    ]);
    expect(parseTitle('$L_0$ norms')).to.deep.equal([
      { kind: 'text', text: 'L' },
      { kind: 'sub', text: '0' },
      { kind: 'text', text: ' norms' },
    ]);
    expect(parseTitle('$\\alpha$-divergence')).to.deep.equal([
      { kind: 'text', text: 'α' },
      { kind: 'text', text: '-divergence' },
    ]);
    expect(parseTitle('$O(n^{2})$')).to.deep.equal([
      { kind: 'text', text: 'O(n' },
      { kind: 'sup', text: '2' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('marks anything else as complex, for the real renderer', () => {
    expect(parseTitle('A $\\frac{1}{2}$ bound')).to.deep.equal([
      { kind: 'text', text: 'A ' },
      { kind: 'complex', tex: '\\frac{1}{2}' },
      { kind: 'text', text: ' bound' },
    ]);
    expect(needsMathRenderer('A $\\sqrt{n}$ bound')).to.be.true;
    expect(needsMathRenderer('R$^3$-SQL')).to.be.false;
    expect(needsMathRenderer('No math')).to.be.false;
  });

  it('gives a plain-text form for citations and labels', () => {
    expect(mathToPlainText('R$^3$-SQL')).to.equal('R³-SQL');
    expect(mathToPlainText('$L_0$ and $\\alpha$')).to.equal('L₀ and α');
    expect(mathToPlainText('$x^{ab}$')).to.equal('xᵃᵇ');
  });
});

describe('math in titles, given any text', () => {
  /** Titles made of the characters TeX gives meaning to, and a little text around them. */
  const texish = fc.string({ unit: fc.constantFrom('$', '\\', '{', '}', '^', '_', 'x', ' ', 'a', '1', '\\alpha', '\\frac', '$$', '\\$', '\\(', '\\)', '~'), maxLength: 40 });

  it('never throws, and parts always cover the text: a lone "$" or "$${}$" is text', () => {
    fc.assert(
      fc.property(texish, (title) => {
        const parts = parseTitle(title);
        expect(Array.isArray(parts)).to.equal(true);
        expect(typeof needsMathRenderer(title)).to.equal('boolean');
        expect(typeof mathToPlainText(title)).to.equal('string');
        for (const segment of splitMath(title)) expect(typeof segment.text).to.equal('string');
      }),
      { numRuns: 2000 },
    );
    expect(splitMath('A lone $ dollar')).to.deep.equal([{ math: false, text: 'A lone $ dollar' }]);
    expect(mathToPlainText('A lone \\$ dollar')).to.equal('A lone $ dollar');
    expect(needsMathRenderer('Bounds for $x^$ in practice')).to.equal(true);
  });
});
