/** Reading loosely typed values (parsed JSON, API answers) as text. */

/** A trimmed non-empty string, or a finite number as text; anything else is absent. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The text values of a list, in order; absent or non-list values give an empty list. */
export function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter((item): item is string => item !== undefined) : [];
}
