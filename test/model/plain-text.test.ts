import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainUtf8Text } from '../../src/model/plain-text.js';
import { decodeText } from '../../src/model/text-decoding.js';

const encoder = new TextEncoder();
const decoded = (bytes: Uint8Array, contentType?: string) => {
  try {
    return decodeText(bytes, { source: 'data.bib', ...(contentType ? { contentType } : {}) });
  } catch {
    return undefined;
  }
};

describe('plainUtf8Text', () => {
  it('decodes plain UTF-8 text as the full decoder does, byte-order mark and all', () => {
    for (const text of ['{"basics":{"name":"Zoë Ünal"}}', '\uFEFF@article{a, title={Über 日本語 😀}}', '% a comment\n@misc{b}', '']) {
      const bytes = encoder.encode(text);
      expect(plainUtf8Text(bytes)).toBe(decoded(bytes));
      expect(plainUtf8Text(bytes, 'text/plain; charset=ISO-8859-1')).toBe(decoded(bytes, 'text/plain; charset=ISO-8859-1'));
    }
  });

  it('leaves everything else to the full decoder: other encodings, UTF-16, binary files, control bytes', () => {
    const fixtures = 'test/fixtures/encodings';
    // Latin-1, UTF-16 with and without a mark, and a PDF named papers.bib.
    for (const name of readdirSync(fixtures).filter((file) => file !== 'README.md')) {
      expect(plainUtf8Text(readFileSync(`${fixtures}/${name}`)), name).toBeUndefined();
    }
    expect(plainUtf8Text(encoder.encode('%PDF-1.4 all text'))).toBeUndefined();
    expect(plainUtf8Text(encoder.encode('{\\rtf1 text'))).toBeUndefined();
    expect(plainUtf8Text(encoder.encode('@misc{a}\u0000'))).toBeUndefined();
    expect(plainUtf8Text(encoder.encode('@misc{a}'), 'text/plain; charset=utf-16')).toBeUndefined();
  });

  it('never gives a text the full decoder would not (random bytes and text)', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }).map((text) => encoder.encode(text)),
      fc.string({ unit: 'binary', maxLength: 40 }).map((text) => encoder.encode(text)),
    );
    fc.assert(
      fc.property(bytes, fc.constantFrom(undefined, 'application/json', 'text/plain; charset=windows-1252', 'text/plain; charset=utf-16le'), (input, contentType) => {
        const fast = plainUtf8Text(input, contentType);
        if (fast !== undefined) expect(fast).toBe(decoded(input, contentType));
      }),
      { numRuns: 2000 },
    );
  });
});
