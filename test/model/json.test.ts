import { expect } from 'vitest';
import { MAX_JSON_DEPTH, tooDeepPaths } from '../../src/model/json.js';

describe('tooDeepPaths', () => {
  const nested = (levels: number, leaf: unknown = 'x'): unknown => {
    let value = leaf;
    for (let level = 0; level < levels; level++) value = { a: value };
    return value;
  };

  it('finds the non-empty lists and objects at the depth limit, in document order, without recursion', () => {
    expect(tooDeepPaths({ a: 1, b: [1, [2]] }, 2)).to.deep.equal([['b', '1']]);
    expect(tooDeepPaths({ a: [[]], b: { c: {} } }, 2)).to.deep.equal([]);
    expect(tooDeepPaths({ first: nested(3), second: [nested(3)] }, 2)).to.deep.equal([
      ['first', 'a'],
      ['second', '0'],
    ]);
    const path = tooDeepPaths(nested(100_000));
    expect(path).to.have.length(1);
    expect(path[0]).to.have.length(MAX_JSON_DEPTH);
    expect(tooDeepPaths(nested(MAX_JSON_DEPTH))).to.deep.equal([]);
  });

  it('walks data that loops once', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    expect(tooDeepPaths(loop)).to.deep.equal([]);
  });
});
