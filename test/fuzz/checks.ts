/**
 * What the fuzz properties check, written so that hostile values cannot break the checks themselves: every walk over
 * a value is a loop (no recursion to overflow on deep nesting), and nothing here parses or renders.
 */
import { expect } from 'vitest';
import { CASE_LIMIT_MS } from './settings.js';

type Json = Record<string, unknown>;

/** JavaScript values JSON cannot tell apart from others (NaN and null), written so that they differ. */
function scalarText(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? '-0' : String(value)) : `#${value}`;
  if (value === undefined) return '#undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value === 'boolean') return String(value);
  return `#${typeof value}`;
}

/** Beyond this many values a walk stops: a value that large (or cyclic) is a finding in itself. */
const MAX_NODES = 5_000_000;

/**
 * A value as text, exactly: every list item and object field in its order (or with object keys sorted), NaN, -0
 * and `undefined` told apart from null and 0. Equal texts mean equal values.
 */
export function serialize(value: unknown, { sortKeys = false } = {}): string {
  const out: string[] = [];
  // Tasks, last first: a value to write, or text to write as it is.
  const tasks: Array<{ value: unknown } | string> = [{ value }];
  let nodes = 0;
  while (tasks.length) {
    const task = tasks.pop()!;
    if (typeof task === 'string') {
      out.push(task);
      continue;
    }
    if (++nodes > MAX_NODES) throw new Error(`the value has more than ${MAX_NODES} parts (or is cyclic)`);
    const current = task.value;
    if (Array.isArray(current)) {
      tasks.push(']');
      for (let index = current.length - 1; index >= 0; index--) {
        tasks.push({ value: current[index] });
        if (index) tasks.push(',');
      }
      out.push('[');
    } else if (current !== null && typeof current === 'object') {
      const keys = Object.keys(current);
      if (sortKeys) keys.sort();
      tasks.push('}');
      for (let index = keys.length - 1; index >= 0; index--) {
        tasks.push({ value: (current as Json)[keys[index]!] });
        tasks.push(`${JSON.stringify(keys[index])}:`);
        if (index) tasks.push(',');
      }
      out.push('{');
    } else {
      out.push(scalarText(current));
    }
  }
  return out.join('');
}

/** The value as text with object keys sorted: equal for values equal up to the order of fields. */
export const canonical = (value: unknown) => serialize(value, { sortKeys: true });

/** Every value inside `value` with its path, found with a loop. */
export function* walk(value: unknown): Generator<{ path: string[]; key: string | undefined; value: unknown }> {
  const stack: Array<{ path: string[]; value: unknown }> = [{ path: [], value }];
  let nodes = 0;
  while (stack.length) {
    const current = stack.pop()!;
    if (++nodes > MAX_NODES) throw new Error(`the value has more than ${MAX_NODES} parts (or is cyclic)`);
    yield { ...current, key: current.path[current.path.length - 1] };
    if (current.value !== null && typeof current.value === 'object') {
      for (const [key, item] of Object.entries(current.value)) stack.push({ path: [...current.path, key], value: item });
    }
  }
}

/**
 * Field names whose texts are links, wherever they are: profile and CSL fields (`url`, `URL`, a photo's `image`;
 * the command line's prerender reports the same ones), JSON-LD's `sameAs`, a lab's `logo` and a member's `page`.
 */
export const LINK_FIELDS: ReadonlySet<string> = new Set(['url', 'URL', 'image', 'sameAs', 'logo', 'page']);

/** The link fields of publications: `page` there is CSL's page numbers, not an address. */
export const PUBLICATION_LINK_FIELDS: ReadonlySet<string> = new Set(['url', 'URL', 'image', 'sameAs']);

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link leads somewhere a page may send its reader: http(s), mailto or relative. Read as a browser reads an
 * `href` (the URL parser drops tabs, newlines and leading control characters), independently of the kit's own check.
 */
export function isAllowedLink(link: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(link, 'https://page.example/dir/').protocol;
  } catch {
    // A browser does not follow a link it cannot parse.
    return true;
  }
  return ALLOWED_PROTOCOLS.has(protocol);
}

/** A link that leads elsewhere than http(s), mailto or relative, and where it is. */
export interface DisallowedLink {
  path: string;
  link: string;
}

/** Texts under link fields (and in lists under them) that lead elsewhere than http(s), mailto or relative. */
export function disallowedLinks(value: unknown, fields: ReadonlySet<string> = LINK_FIELDS): DisallowedLink[] {
  const found: DisallowedLink[] = [];
  for (const { path, value: text } of walk(value)) {
    if (typeof text !== 'string') continue;
    // The field a text is under, through lists: `links/0/url` is a `url`, `sameAs/2` a `sameAs`.
    let field: string | undefined;
    for (let index = path.length - 1; index >= 0 && field === undefined; index--) if (!/^\d+$/.test(path[index]!)) field = path[index];
    if (field && fields.has(field) && !isAllowedLink(text)) found.push({ path: `/${path.join('/')}`, link: text });
  }
  return found;
}

/** Links for a failure message, one a line. */
export const listLinks = (links: readonly DisallowedLink[]) => links.map(({ path, link }) => `${path}: ${JSON.stringify(link.slice(0, 80))}`).join('\n');

/** Whether a problem names the link (as its message quotes it: spaces and control characters may be written differently). */
export function reportsLink(problems: ReadonlyArray<{ message: string }>, link: string): boolean {
  const squeeze = (text: string) => text.replace(/[\u0000-\u0020\u007F]|\\[tnr]|\\u00[01][0-9a-f]/gi, '');
  const start = squeeze(link).slice(0, 24);
  return problems.some((problem) => squeeze(problem.message).includes(start));
}

/** Runs `work` and fails when it took longer than one case may (a hang, or a quadratic path). */
export function timed<T>(what: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  const elapsed = performance.now() - started;
  expect(elapsed, `${what} took ${Math.round(elapsed)} ms; the limit is ${CASE_LIMIT_MS} ms`).to.be.below(CASE_LIMIT_MS);
  return result;
}

/** Awaits `work` and fails when it took longer than one case may. */
export async function timedAsync<T>(what: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  expect(elapsed, `${what} took ${Math.round(elapsed)} ms; the limit is ${CASE_LIMIT_MS} ms`).to.be.below(CASE_LIMIT_MS);
  return result;
}

/** Whether a text was "not given": empty, only spaces, or null (readers leave such entries out without a problem). */
export const notGiven = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** A short description of a thrown value, for failure messages. */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n') ?? ''}`;
  return String(error);
}
