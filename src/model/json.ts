/** Reading JSON text with errors a page owner can act on. */
import { ScholarLoadError } from '../events/scholar-error.js';

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON (a byte-order mark is ignored), turning the engine's error into one that names the line and column. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(reason);
    const position = /position (\d+)/.exec(reason);
    const where = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position
        ? lineAndColumn(text, Number(position[1]))
        : text.trim() === ''
          ? { line: 1, column: 1 }
          : lineAndColumn(text, text.length);
    const plainReason = reason.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    throw new ScholarLoadError({
      kind: 'parse',
      source,
      ...where,
      message: `${source} is not valid JSON: line ${where.line}, column ${where.column}: ${plainReason}.`,
    });
  }
}
