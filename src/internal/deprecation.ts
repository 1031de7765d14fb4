/** Warnings for attributes and values that still work but are on their way out. */

const warned = new Set<string>();

/**
 * Tells the page author, once per page for each element name and message, that `<tag>` was given something
 * deprecated and what to write instead.
 */
export function warnDeprecated(element: Element, message: string): void {
  const key = `${element.localName}\u0000${message}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<${element.localName}> ${message} (deprecated; it will stop working in a later version).`);
}
