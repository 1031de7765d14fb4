/**
 * Bytes → text, for data files fetched or read from disk. The encoding is told by a byte-order mark (UTF-8,
 * UTF-16 LE/BE), then by the zero bytes of BOM-less UTF-16; otherwise bytes that are valid UTF-8 are UTF-8, and
 * others are read in the content type's 8-bit `charset` or, without one, as windows-1252 (as browsers assume).
 * A binary file (a PDF, a ZIP/Office document, an image, or bytes with NULs and control codes) is reported as such
 * instead of being decoded into garbage that would then read as "no publications".
 * Pure TypeScript, no DOM.
 */
import { ScholarLoadError } from './load-error.js';

import { MAX_SOURCE_BYTES } from './source-limits.js';
import { signatureName, startsWith } from './file-signatures.js';

export { MAX_SOURCE_BYTES };

export interface DecodeOptions {
  /** Where the bytes came from (a URL or file name): named in messages, and its extension tells what was expected. */
  source: string;
  /** The response's Content-Type; its `charset` is used when the bytes carry no byte-order mark. */
  contentType?: string;
}

/** What the file should have held, from its extension or content type, for messages: "BibTeX text". */
function expectedText(source: string, contentType: string): string {
  const path = source.split(/[?#]/)[0]!;
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (['bib', 'bibtex', 'biblatex'].includes(extension) || /bibtex|biblatex/.test(type)) return 'BibTeX text';
  if (extension === 'ris' || type === 'application/x-research-info-systems') return 'RIS text';
  if (extension === 'json' || /json/.test(type)) return 'JSON text';
  return 'a text file';
}

/** The file's name for messages: the last path segment of a URL or path, else the source as given. */
function fileName(source: string): string {
  const path = source.split(/[?#]/)[0]!.replace(/[/\\]+$/, '');
  const name = path.split(/[/\\]/).pop() ?? '';
  if (!name || /^[a-z][a-z0-9+.-]*:$/i.test(name)) return source;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function notText(options: DecodeOptions, what: string | undefined, detail?: string): ScholarLoadError {
  const expected = expectedText(options.source, options.contentType ?? '');
  const name = fileName(options.source);
  const message = what
    ? `${name} is ${what}, not ${expected}.`
    : `${name} is not a text file${detail ? ` (${detail})` : ''}${expected === 'a text file' ? '' : `: expected ${expected}`}.`;
  return new ScholarLoadError({ kind: 'parse', source: options.source, message });
}

/** "120 MB", "50.3 MB": a size in (decimal) megabytes, as precise as it must be to differ from the limit. */
function megabytes(bytes: number): string {
  const size = bytes / 1e6;
  return `${size >= 100 ? Math.round(size) : Math.floor(size * 10) / 10} MB`;
}

/**
 * The error for a data file over `MAX_SOURCE_BYTES`: "papers.bib is 120 MB; the limit for a data file is 50 MB."
 * (kind "size"). `bytes` is the file's size when it is known.
 */
export function sourceTooLarge(source: string, bytes?: number): ScholarLoadError {
  const limit = megabytes(MAX_SOURCE_BYTES);
  const size = bytes === undefined || megabytes(bytes) === limit ? `larger than ${limit}` : megabytes(bytes);
  return new ScholarLoadError({ kind: 'size', source, message: `${fileName(source)} is ${size}; the limit for a data file is ${limit}.` });
}

/** The length of `text` in UTF-8 bytes. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Two bytes up to U+07FF, three beyond; a surrogate pair (two code units) is four.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** The `charset` parameter of a content type, lowercased, or undefined. */
function declaredCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : undefined;
}

/** "utf-16le"/"utf-16be" when the bytes are BOM-less UTF-16 of mostly Latin text (every other byte zero). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, 8192) >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  // Text in a Latin script has a zero high byte in most code units; binary data has zeros in both positions.
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Control characters that no text file holds (tab, line feed, form feed, carriage return and escape are allowed). */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F]/g;

/** True when the decoded text is binary data: a NUL, or more than a few stray control characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > 8 && controls > sample.length * 0.001;
}

function decoder(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false });
  } catch {
    return undefined; // an unknown charset label
  }
}

function asBytes(input: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input);
}

/**
 * Decodes a data file's bytes to text (without a byte-order mark).
 * Throws a `ScholarLoadError` (kind "parse") naming the file and what it is instead, when the bytes are not text:
 * "papers.bib is a PDF file, not BibTeX text." / "papers.bib is not a text file (it holds NUL bytes): expected BibTeX text."
 */
export function decodeText(input: ArrayBuffer | ArrayBufferView, options: DecodeOptions): string {
  const bytes = asBytes(input);
  if (bytes.byteLength > MAX_SOURCE_BYTES) throw sourceTooLarge(options.source, bytes.byteLength);
  let encoding: string | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) encoding = 'utf-8';
  else if (startsWith(bytes, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = 'utf-16be';
  if (!encoding) {
    const kind = signatureName(bytes);
    if (kind) throw notText(options, kind);
    encoding = sniffUtf16(bytes);
  }
  const charset = declaredCharset(options.contentType);
  if (!encoding && charset && /^utf-?16(le|be)?$/.test(charset) && bytes.length % 2 === 0 && bytes.some((byte) => byte >= 0x80)) {
    // Declared UTF-16 without a mark (text in a script without zero bytes): believed when it decodes to text and
    // the bytes are not plain ASCII (which is what a wrong label on an ASCII file looks like).
    const declared = decoder(charset.endsWith('be') ? 'utf-16be' : 'utf-16le', false)!.decode(bytes);
    if (!looksBinary(declared) && !declared.includes('\uFFFD')) encoding = charset.endsWith('be') ? 'utf-16be' : 'utf-16le';
  }
  let text: string | undefined;
  if (encoding) text = decoder(encoding, false)!.decode(bytes);
  else {
    // Valid UTF-8 wins over a declared 8-bit charset: servers often label UTF-8 files "ISO-8859-1", while legacy
    // text with accents is almost never valid UTF-8.
    try {
      text = decoder('utf-8', true)!.decode(bytes);
    } catch {
      const legacy = charset && !/^(utf-?8|unicode-1-1-utf-8|utf-?16(le|be)?)$/.test(charset) ? decoder(charset, false) : undefined;
      text = (legacy ?? decoder('windows-1252', false)!).decode(bytes);
    }
  }
  if (looksBinary(text)) throw notText(options, undefined, text.includes('\u0000') ? 'it holds NUL bytes' : 'it holds binary data');
  return text.replace(/^\uFEFF/, '');
}

/**
 * Checks text that is already decoded (an inline script, a string handed to an importer) for a binary file read as
 * text: a PDF, a ZIP/Office document or NUL bytes, and for text over `MAX_SOURCE_BYTES` (counted as UTF-8). Throws
 * the same `ScholarLoadError` as {@link decodeText}.
 */
export function assertText(text: string, options: DecodeOptions): void {
  // Each UTF-16 code unit is at most three UTF-8 bytes: shorter text cannot be over the limit.
  if (text.length > MAX_SOURCE_BYTES / 3) {
    const bytes = utf8Length(text);
    if (bytes > MAX_SOURCE_BYTES) throw sourceTooLarge(options.source, bytes);
  }
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096);
  // Signatures are bytes; text read as Latin-1 keeps them as the same code points.
  const bytes = new Uint8Array([...head].map((char) => (char.charCodeAt(0) < 0x100 ? char.charCodeAt(0) : 0)));
  const kind = signatureName(bytes);
  if (kind) throw notText(options, kind);
  if (looksBinary(text)) throw notText(options, undefined, text.includes('\u0000') ? 'it holds NUL bytes' : 'it holds binary data');
}
