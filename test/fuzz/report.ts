/**
 * How a failed property is reported: the seed and path that replay it, and the shrunk case written short — a
 * 100,000-item list or a 100 KB text as its start and its size, 10,000 levels of nesting as their depth — so that
 * the report stays readable. Shared by the Node and the Chromium fuzz tests (no DOM, no Node).
 */
import type fc from 'fast-check';

const MAX_TEXT = 160;
const MAX_ITEMS = 8;
const MAX_DEPTH = 8;

/** How deep a value nests (lists and objects), counted with a loop. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let visited = 0; stack.length && visited < 200_000; visited++) {
    const [current, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (current !== null && typeof current === 'object') for (const item of Object.values(current)) stack.push([item, depth + 1]);
  }
  return deepest;
}

function text(value: string): string {
  if (value.length <= MAX_TEXT) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, MAX_TEXT))}…(${value.length} characters)`;
}

/** A value written short: long texts and lists cut, deep nesting summarised, odd numbers spelled out. */
export function preview(value: unknown, depth = 0): string {
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined || value === null || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return `[${typeof value}]`;
  if (depth >= MAX_DEPTH) return `…(nested ${depthOf(value)} more levels)`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map((item) => preview(item, depth + 1));
    if (value.length > MAX_ITEMS) shown.push(`…(${value.length} items)`);
    return `[${shown.join(',')}]`;
  }
  const entries = Object.entries(value);
  const shown = entries.slice(0, MAX_ITEMS * 3).map(([key, item]) => `${JSON.stringify(key)}:${preview(item, depth + 1)}`);
  if (entries.length > MAX_ITEMS * 3) shown.push(`…(${entries.length} fields)`);
  return `{${shown.join(',')}}`;
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return preview(error);
  const message = error.message.length > 3000 ? `${error.message.slice(0, 3000)}…` : error.message;
  const stack = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .join('\n');
  return `${error.name}: ${message}${stack ? `\n${stack}` : ''}`;
}

/**
 * A fast-check reporter that throws a short, readable failure: what failed, the shrunk case (cut to size), and how
 * to replay it (`replay` says how, given the seed and path).
 */
export function compactReporter<T>(replay: (seed: number, path: string) => string): (details: fc.RunDetails<T>) => void {
  return (details) => {
    if (!details.failed) return;
    const lines = [
      details.interrupted ? `Property interrupted after ${details.numRuns} cases` : `Property failed after ${details.numRuns} case(s), shrunk ${details.numShrinks} time(s)`,
      `seed: ${details.seed}, path: "${details.counterexamplePath ?? ''}"`,
      `Replay: ${replay(details.seed, details.counterexamplePath ?? '')}`,
      `Counterexample: ${details.counterexample ? preview(details.counterexample) : '(none)'}`,
      `Failure: ${errorText(details.errorInstance)}`,
    ];
    const failure = new Error(lines.join('\n'));
    (failure as Error & { cause?: unknown }).cause = details.errorInstance;
    throw failure;
  };
}
