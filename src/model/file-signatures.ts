/**
 * Binary files told by their first bytes ("magic numbers"): a PDF, a ZIP or Office document, an image, an archive.
 * Shared by the full decoder (./text-decoding.ts) and the check that lets plain UTF-8 text skip it (./plain-text.ts).
 * Pure TypeScript, no DOM.
 */

/** File kinds recognised by their first bytes ("magic numbers"), with how a message names them. */
const SIGNATURES: Array<{ bytes: Array<number | undefined>; offset?: number; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF file' }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive' }, // PK.. (also DOCX, XLSX, ODT: told apart below)
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'a ZIP archive' }, // empty ZIP
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old-style Office document (DOC/XLS)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, undefined, 0x61], name: 'a GIF image' }, // GIF87a, GIF89a
  { bytes: [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50], name: 'a WebP image' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68, undefined, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], name: 'a bzip2 archive' }, // BZh?1AY&SY
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'a RAR archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document' }, // {\rtf
];

/** Whether `bytes` start with `signature` (`undefined`: any byte). */
export function startsWith(bytes: Uint8Array, signature: Array<number | undefined>): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((byte, index) => byte === undefined || bytes[index] === byte);
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start; index < Math.min(end, bytes.length); index++) text += String.fromCharCode(bytes[index]!);
  return text;
}

/** What kind of binary file the bytes start like, or undefined for none known. */
export function signatureName(bytes: Uint8Array): string | undefined {
  const match = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  if (!match) return undefined;
  if (match.name === 'a ZIP archive') {
    // Office files are ZIPs; their first entries name what they hold.
    const head = latin1(bytes, 0, 4096);
    if (/word\//.test(head)) return 'a Word document (DOCX)';
    if (/xl\//.test(head)) return 'an Excel workbook (XLSX)';
    if (/ppt\//.test(head)) return 'a PowerPoint presentation (PPTX)';
    if (/application\/vnd\.oasis\.opendocument/.test(head)) return 'an OpenDocument file';
  }
  return match.name;
}
