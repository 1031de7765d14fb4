/**
 * The common case of a data file, decoded without the full decoder: bytes that are plain UTF-8 text. The full decoder
 * (./text-decoding.ts: byte-order marks, BOM-less UTF-16, declared charsets, binary files and their messages) is a
 * chunk a page then never downloads. Pure TypeScript, no DOM.
 */
import { signatureName } from './file-signatures.js';

/** Control bytes no text file holds (tab, line feed, form feed, carriage return and escape are allowed). */
const CONTROL_BYTES = new Uint8Array(32).map((_, byte) => (byte === 9 || byte === 10 || byte === 12 || byte === 13 || byte === 27 ? 0 : 1));

/** A declared UTF-16 charset: the full decoder weighs it. */
const UTF16_CHARSET = /;\s*charset\s*=\s*"?utf-?16/i;

let strictUtf8: TextDecoder | undefined;

/**
 * The text of `bytes` when they are certainly plain UTF-8 text — no UTF-16 byte-order mark or declared UTF-16, no
 * control byte (so no NUL, no UTF-16 without a mark, nothing binary), not the start of a known binary file, and valid
 * UTF-8 — exactly as `decodeText` would give it; undefined when the full decoder must decide.
 */
export function plainUtf8Text(bytes: Uint8Array, contentType = ''): string | undefined {
  if (UTF16_CHARSET.test(contentType) || bytes[0] === 0xff || bytes[0] === 0xfe) return undefined;
  for (let index = 0; index < bytes.length; index++) if (bytes[index]! < 32 && CONTROL_BYTES[bytes[index]!]) return undefined;
  if (signatureName(bytes)) return undefined;
  try {
    strictUtf8 ??= new TextDecoder('utf-8', { fatal: true });
    // A byte-order mark is dropped as the full decoder drops it.
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
