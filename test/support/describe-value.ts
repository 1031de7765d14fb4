/**
 * Short, readable text for any value a failed assertion carries (`actual`, `expected`), DOM nodes included:
 * `<div part="bio">…`, `[<li part="item">, <li part="item">]`, `{ self: [Circular] }`.
 *
 * The test runner sends each failure from the browser to the terminal with `structuredClone` and `JSON.stringify`;
 * a DOM node, a function, a symbol or a BigInt makes that throw. `reportableError` swaps such values for their
 * description, so the failure reaches the report with its message (see ./readable-failures.ts).
 */

/** Longest description of one value, in characters: a line of a test report, not a page of HTML. */
export const DESCRIPTION_LIMIT = 1000;
/** Levels of arrays and objects shown; deeper ones are shown as `[…]` / `{…}`. */
export const DEPTH_LIMIT = 3;
/** Items of an array, or keys of an object, shown before `… n more`. */
export const ITEMS_LIMIT = 20;
/** Longest attribute value or text shown inside a node's description. */
export const TEXT_LIMIT = 40;
/** Attributes shown in an element's opening tag before `…`. */
export const ATTRIBUTES_LIMIT = 6;
/** A collection whose one-line description is longer than this is written one item per line (so a diff lines up). */
const ONE_LINE_WIDTH = 72;

function truncate(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** A DOM node of this window or of a frame's (`instanceof Node` would miss the frame's). */
export function isNode(value: unknown): value is Node {
  try {
    return typeof value === 'object' && value !== null && typeof (value as Node).nodeType === 'number' && typeof (value as Node).nodeName === 'string';
  } catch {
    return false;
  }
}

function openingTag(element: Element): string {
  const names = element.getAttributeNames();
  const attributes = names.slice(0, ATTRIBUTES_LIMIT).map((name) => {
    const value = element.getAttribute(name) ?? '';
    return value === '' ? ` ${name}` : ` ${name}="${truncate(value, TEXT_LIMIT).replace(/"/g, '&quot;')}"`;
  });
  const more = names.length > ATTRIBUTES_LIMIT ? ' …' : '';
  return `<${element.localName}${attributes.join('')}${more}>`;
}

/** `<div part="bio">…` (`…` when it has content), `#text "Ada"`, `#shadow-root (open) of <researcher-card>`. */
export function describeNode(node: Node): string {
  switch (node.nodeType) {
    case 1: {
      const element = node as Element;
      return `${openingTag(element)}${element.hasChildNodes() || element.shadowRoot ? '…' : ''}`;
    }
    case 3:
      return `#text ${JSON.stringify(truncate(node.textContent ?? '', TEXT_LIMIT))}`;
    case 8:
      return `<!--${truncate(node.textContent ?? '', TEXT_LIMIT)}-->`;
    case 9:
      return `#document (${(node as Document).URL})`;
    case 11: {
      const host = (node as ShadowRoot).host;
      return host ? `#shadow-root (${(node as ShadowRoot).mode}) of ${openingTag(host)}` : '#document-fragment';
    }
    default:
      return node.nodeName;
  }
}

function typeName(value: object): string {
  try {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
    return name ?? 'Object';
  } catch {
    return 'Object';
  }
}

/** `[a, b]` / `{ a: 1 }` on one line when short, else one item a line, indented. */
function collection(open: string, close: string, items: string[], indent: string): string {
  if (items.length === 0) return `${open}${close}`;
  const pad = close === '}' ? ' ' : '';
  const oneLine = `${open}${pad}${items.join(', ')}${pad}${close}`;
  if (oneLine.length <= ONE_LINE_WIDTH && !oneLine.includes('\n')) return oneLine;
  const inner = `${indent}  `;
  return `${open}\n${items.map((item) => `${inner}${item}`).join(',\n')}\n${indent}${close}`;
}

function limited<T>(items: T[], show: (item: T) => string): string[] {
  const shown = items.slice(0, ITEMS_LIMIT).map(show);
  if (items.length > ITEMS_LIMIT) shown.push(`… ${items.length - ITEMS_LIMIT} more`);
  return shown;
}

function describeAt(value: unknown, depth: number, seen: Set<object>, indent: string): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(truncate(value, DESCRIPTION_LIMIT));
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function${value.name ? `: ${value.name}` : ''}]`;
    case 'object':
      break;
    default:
      return String(value);
  }
  if (value === null) return 'null';
  if (isNode(value)) return describeNode(value);
  if (seen.has(value)) return '[Circular]';
  try {
    if ((value as Window).window === value) return '[Window]';
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (value instanceof RegExp) return String(value);
    if (value instanceof Error) return `[${value.name}: ${value.message}]`;
    const arrayLike =
      Array.isArray(value) ||
      (typeof (value as ArrayLike<unknown>).length === 'number' &&
        typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function' &&
        !(value instanceof Map) &&
        !(value instanceof Set));
    if (depth >= DEPTH_LIMIT) return arrayLike || value instanceof Set ? '[…]' : '{…}';
    seen.add(value);
    const next = (item: unknown) => describeAt(item, depth + 1, seen, `${indent}  `);
    const prefix = Array.isArray(value) ? '' : `${typeName(value)} `;
    let text: string;
    if (value instanceof Map) {
      text = collection(
        `${prefix}{`,
        '}',
        limited([...value.entries()], ([key, item]) => `${next(key)} => ${next(item)}`),
        indent,
      );
    } else if (value instanceof Set || arrayLike) {
      text = collection(`${prefix}[`, ']', limited([...(value as Iterable<unknown>)], next), indent);
    } else {
      const entries = Object.keys(value).map((key) => {
        let item: unknown;
        try {
          item = (value as Record<string, unknown>)[key];
        } catch {
          return `${key}: [unreadable]`;
        }
        return `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${next(item)}`;
      });
      text = collection(
        `${prefix === 'Object ' ? '' : prefix}{`,
        '}',
        limited(entries, (entry) => entry),
        indent,
      );
    }
    seen.delete(value);
    return text;
  } catch {
    return `[${typeName(value)}]`;
  }
}

/** Readable text for `value`, at most DESCRIPTION_LIMIT characters. */
export function describeValue(value: unknown): string {
  return truncate(describeAt(value, 0, new Set(), ''), DESCRIPTION_LIMIT);
}

/** True when the test runner can send `value` as it is (what its web socket does: clone, then JSON). */
export function canSend(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return true;
  try {
    JSON.stringify(structuredClone(value));
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes a failure sendable in place: when its `actual` or `expected` cannot be sent, both become their description
 * (two strings, which the report shows as a diff). `expected: undefined` (as in `.to.be.null`) stays as it is.
 * Returns the same error.
 */
export function reportableError<E>(error: E): E {
  if (typeof error !== 'object' || error === null || isNode(error)) return error;
  const failure = error as { actual?: unknown; expected?: unknown };
  try {
    if (canSend(failure.actual) && canSend(failure.expected)) return error;
    if ('actual' in failure) failure.actual = describeValue(failure.actual);
    if ('expected' in failure && failure.expected !== undefined) failure.expected = describeValue(failure.expected);
  } catch {
    // A frozen error keeps its values; the runner then reports the file as stalled, as it would have anyway.
  }
  return error;
}
