/** JSON Pointers and the words validation messages use for values: shared by profile and lab validation. */

/** Segments of a pointer. The URI-fragment form the validator reports ("#/a/b") is percent-encoded; a plain one is not. */
export function pointerSegments(pointer: string): string[] {
  const fragment = pointer.startsWith('#');
  return (fragment ? pointer.slice(1) : pointer)
    .split('/')
    .slice(1)
    .map((segment) => (fragment ? decodeURIComponent(segment) : segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Segments → a plain JSON pointer; no segments is the whole document, "". */
export function toPointer(segments: readonly string[]): string {
  return segments.map((segment) => '/' + segment.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** "/publications/3/title" → "publications[3].title": how a page owner reads a path. */
export function describePath(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (!segments.length) return '(the document)';
  return segments.map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

/** The value at a path, or undefined. */
export function valueAt(document: unknown, segments: readonly string[]): unknown {
  let value: unknown = document;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** A short JSON rendering of a value for a message. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** "a string", "a list", "an object"…: what a value is, in words. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  const kinds: Record<string, string> = { string: 'a string', number: 'a number', boolean: 'true/false', object: 'an object' };
  return kinds[typeof value] ?? typeof value;
}
