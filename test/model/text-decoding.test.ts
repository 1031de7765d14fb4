import { expect } from 'vitest';
import { ScholarLoadError } from '../../src/events/scholar-error.js';
import { assertText, decodeText, MAX_SOURCE_BYTES, sourceTooLarge } from '../../src/model/text-decoding.js';
import { fixtureBytes } from './fixture-files.js';

function thrown(run: () => unknown): ScholarLoadError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ScholarLoadError);
    return error as ScholarLoadError;
  }
  throw new Error('expected a ScholarLoadError');
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark, and drops the mark', () => {
    expect(decodeText(utf8('@misc{a, title = {Café}}'), { source: 'a.bib' })).to.equal('@misc{a, title = {Café}}');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"x": "é"}')]), { source: 'a.json' })).to.equal('{"x": "é"}');
  });

  it('accepts an ArrayBuffer and a view into a larger buffer', () => {
    const bytes = utf8('xx@misc{a}yy');
    expect(decodeText(bytes.buffer, { source: 'a.bib' })).to.equal('xx@misc{a}yy');
    expect(decodeText(new DataView(bytes.buffer, 2, 8), { source: 'a.bib' })).to.equal('@misc{a}');
  });

  it('reads UTF-16 LE and BE files with a byte-order mark', () => {
    const le = decodeText(fixtureBytes('/test/fixtures/encodings/utf16le-bom.bib'), { source: 'utf16le-bom.bib' });
    const be = decodeText(fixtureBytes('/test/fixtures/encodings/utf16be-bom.bib'), { source: 'utf16be-bom.bib' });
    expect(le.startsWith('% Saved by a Windows editor')).to.equal(true);
    expect(le).to.include('Arnau, José-María and González, Antonio');
    expect(be).to.equal(le.replace(/\r\n/g, '\n'));
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    const text = decodeText(fixtureBytes('/test/fixtures/encodings/utf16le-no-bom.bib'), { source: 'utf16le-no-bom.bib' });
    expect(text).to.include('@inproceedings{rajbhandari2020zero,');
    expect(text).to.include('González');
    const bigEndian = new Uint8Array([...utf8('@misc{a, title={Z}}')].flatMap((byte) => [0, byte]));
    expect(decodeText(bigEndian, { source: 'a.bib' })).to.equal('@misc{a, title={Z}}');
  });

  it('uses the charset of the content type when the bytes carry no mark', () => {
    const latin1 = fixtureBytes('/test/fixtures/encodings/latin1.bib');
    expect(decodeText(latin1, { source: 'refs.bib', contentType: 'text/plain; charset=ISO-8859-1' })).to.include('José-María');
    // The same bytes declared as windows-1250 (Central European) read differently: the charset was used.
    expect(decodeText(new Uint8Array([0x8a]), { source: 'x.bib', contentType: 'text/plain; charset="windows-1250"' })).to.equal('Š');
  });

  it('believes a declared UTF-16 charset for text without zero bytes, and not for bytes that are not UTF-16 text', () => {
    const chinese = '张敏佳，何宇雄';
    const le = new Uint8Array([...chinese].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]));
    expect(decodeText(le, { source: 'names.txt', contentType: 'text/plain; charset=utf-16le' })).to.equal(chinese);
    expect(decodeText(utf8('@misc{a}'), { source: 'a.bib', contentType: 'text/plain; charset=utf-16' })).to.equal('@misc{a}');
  });

  it('reads valid UTF-8 as UTF-8 even when the server calls it ISO-8859-1', () => {
    expect(decodeText(utf8('Gonz\u00e1lez'), { source: 'a.bib', contentType: 'text/plain; charset=iso-8859-1' })).to.equal('González');
  });

  it('reads bytes that are not UTF-8 but are text as legacy 8-bit text', () => {
    const text = decodeText(fixtureBytes('/test/fixtures/encodings/latin1.bib'), { source: 'latin1.bib', contentType: 'text/plain; charset=utf-8' });
    expect(text).to.include('Arnau, José-María and González, Antonio');
  });

  it('ignores a charset label it does not know', () => {
    expect(decodeText(utf8('ok é'), { source: 'a.bib', contentType: 'text/plain; charset=x-unknown' })).to.equal('ok é');
  });

  it('reports a PDF by name and says what the file should have been', () => {
    const error = thrown(() => decodeText(fixtureBytes('/test/fixtures/encodings/papers.bib'), { source: 'https://example.org/data/papers.bib' }));
    expect(error.message).to.equal('papers.bib is a PDF file, not BibTeX text.');
    expect(error.detail).to.include({ kind: 'parse', source: 'https://example.org/data/papers.bib' });
  });

  it('names ZIP-based Office documents, images and archives', () => {
    const zip = (entry: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), ...utf8(entry)]);
    expect(thrown(() => decodeText(zip('word/document.xml'), { source: 'cv.json' })).message).to.equal('cv.json is a Word document (DOCX), not JSON text.');
    expect(thrown(() => decodeText(zip('data.bin'), { source: 'refs.ris' })).message).to.equal('refs.ris is a ZIP archive, not RIS text.');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(thrown(() => decodeText(png, { source: '/img/photo', contentType: 'application/x-bibtex' })).message).to.equal('photo is a PNG image, not BibTeX text.');
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]);
    expect(thrown(() => decodeText(gzip, { source: 'papers' })).message).to.equal('papers is a gzip archive, not a text file.');
  });

  it('reports other binary data: NUL bytes, or control codes in bulk', () => {
    const nul = new Uint8Array([...utf8('@misc{a,'), 0, 0, 0, 0x41, 0, 0, 0x42, 0x43, 0x44, 0, 0, 0, 0x45]);
    expect(thrown(() => decodeText(nul, { source: 'refs.bib' })).message).to.equal('refs.bib is not a text file (it holds NUL bytes): expected BibTeX text.');
    const noise = new Uint8Array(Array.from({ length: 4000 }, (_, index) => (index * 7919 + 13) % 256));
    const error = thrown(() => decodeText(noise, { source: 'https://example.org/download?id=7' }));
    expect(error.message).to.match(/^download is not a text file \(it holds (NUL bytes|binary data)\)\.$/);
  });

  it('keeps tabs, form feeds and line breaks of ordinary text', () => {
    expect(decodeText(utf8('a\tb\r\nc\fd'), { source: 'a.bib' })).to.equal('a\tb\r\nc\fd');
  });
});

describe('assertText', () => {
  it('passes text and rejects a binary file that was read as text', () => {
    expect(() => assertText('@misc{a, title = {T}}', { source: 'a.bib' })).not.to.throw();
    expect(thrown(() => assertText('%PDF-1.5\n%âãÏÓ\n1 0 obj', { source: 'inline' })).message).to.equal('inline is a PDF file, not a text file.');
    expect(thrown(() => assertText('{"a": 1}\u0000\u0000', { source: 'p.json' })).message).to.equal('p.json is not a text file (it holds NUL bytes): expected JSON text.');
  });
});

describe('the size limit for data files', () => {
  it('is 50 MB', () => {
    expect(MAX_SOURCE_BYTES).to.equal(50_000_000);
  });

  it('refuses bytes over the limit with the size and the limit, and reads bytes at the limit', () => {
    const over = new Uint8Array(120_000_000).fill(0x20);
    const error = thrown(() => decodeText(over, { source: 'https://example.org/data/papers.bib' }));
    expect([error.detail.kind, error.message]).to.deep.equal(['size', 'papers.bib is 120 MB; the limit for a data file is 50 MB.']);
    const justOver = thrown(() => decodeText(over.subarray(0, MAX_SOURCE_BYTES + 1), { source: 'papers.bib' }));
    expect(justOver.message).to.equal('papers.bib is larger than 50 MB; the limit for a data file is 50 MB.');
    expect(decodeText(over.subarray(0, MAX_SOURCE_BYTES), { source: 'papers.bib' })).to.have.length(MAX_SOURCE_BYTES);
  });

  it('counts text handed over as a string in UTF-8 bytes', () => {
    // 20 million "é" are 40 MB in UTF-8; 30 million are 60 MB.
    expect(() => assertText('é'.repeat(20_000_000), { source: 'inline' })).not.to.throw();
    const error = thrown(() => assertText('é'.repeat(30_000_000), { source: 'inline' }));
    expect([error.detail.kind, error.message]).to.deep.equal(['size', 'inline is 60 MB; the limit for a data file is 50 MB.']);
    expect(sourceTooLarge('a.json', 51_234_567).message).to.equal('a.json is 51.2 MB; the limit for a data file is 50 MB.');
  });
});
