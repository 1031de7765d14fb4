import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/model/json-pieces.js';

/** The value the pieces give, put together as the page does. */
function assemble(text: string, keys: string[], perPiece: number): unknown {
  const pieces = jsonPieces(text, new Set(keys), perPiece);
  if (!pieces) return undefined;
  const value = JSON.parse(pieces.shell) as Record<string, unknown[]>;
  for (const { key, pieces: parts } of pieces.lists) for (const part of parts) value[key]!.push(...(JSON.parse(part) as unknown[]));
  return value;
}

describe('jsonPieces', () => {
  const entries = Array.from({ length: 23 }, (_, index) => ({
    title: `Paper "${index}" \\ [x], {y}`,
    issued: { 'date-parts': [[2000 + index]] },
    note: index % 2 ? '\\"' : ']},[{',
    nested: [[{ a: [] }], {}],
  }));
  const profile = { basics: { name: 'A "B" ]' }, publications: entries, work: [{ name: 'x' }, { name: 'y' }], tail: [1, 2] };

  it('gives the value JSON.parse gives, for any piece size and spacing', () => {
    for (const text of [JSON.stringify(profile), JSON.stringify(profile, null, 2), `\uFEFF \n${JSON.stringify(profile, null, '\t')}\n`]) {
      for (const size of [1, 2, 5, 23, 100]) {
        expect(JSON.stringify(assemble(text, ['publications', 'work'], size))).to.equal(JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, ''))));
      }
    }
  });

  it('cuts only the lists asked for, in pieces of the size asked for', () => {
    const pieces = jsonPieces(JSON.stringify(profile), new Set(['publications']), 10)!;
    expect(pieces.lists.map(({ key, pieces: parts }) => `${key}:${parts.length}`)).to.deep.equal(['publications:3']);
    expect((JSON.parse(pieces.shell) as { publications: unknown[]; work: unknown[] }).publications.length).to.equal(0);
    expect((JSON.parse(pieces.shell) as { work: unknown[] }).work.length).to.equal(2);
  });

  it('reads keys written with escapes, and leaves lists nested deeper alone', () => {
    const text = '{"basics":{"publications":[1,2]},"public\\u0061tions":[{"t":1},{"t":2},{"t":3}]}';
    expect(JSON.stringify(assemble(text, ['publications'], 2))).to.equal(JSON.stringify(JSON.parse(text)));
  });

  it('cuts only lists longer than asked, and leaves empty ones in the shell', () => {
    const text = '{"basics":{},"work":[ \n ],"publications":[1,2,3],"awards":[1]}';
    expect(JSON.stringify(assemble(text, ['publications', 'work', 'awards'], 2))).to.equal(JSON.stringify(JSON.parse(text)));
    const pieces = jsonPieces(text, new Set(['publications', 'work', 'awards']), 2, 1)!;
    expect(pieces.lists.map(({ key }) => key)).to.deep.equal(['publications']);
    expect(pieces.shell).to.equal('{"basics":{},"work":[ \n ],"publications":[],"awards":[1]}');
    expect(jsonPieces(text, new Set(['publications']), 2, 3) === undefined).to.be.true;
  });

  it('declines a list written twice (the last counts) and what is not an object', () => {
    expect(jsonPieces('{"publications":[1],"publications":[2,3]}', new Set(['publications']), 1) === undefined).to.be.true;
    expect(jsonPieces('[1,2]', new Set(['publications']), 1) === undefined).to.be.true;
  });
});
