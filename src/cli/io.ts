/// <reference types="node" />
/**
 * What every command shares: where it writes (so tests can pass their own), usage errors, reading input files or
 * standard input as bytes, and writing a result to a file or standard output.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ScholarLoadError } from '../model/load-error.js';
import { parseJson } from '../model/json.js';
import type { JsonObject } from '../model/text.js';

/** Where the command writes and reads; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: () => readAll(process.stdin),
};

/** The command line is wrong: the command prints the message and its usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file system or network error in words: "no such file", "permission denied"… */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a folder on its path is a file';
  return error instanceof Error ? error.message : String(error);
}

/** How messages name standard input. */
export const STDIN_NAME = 'standard input';

/** The bytes of a file, or of standard input for "-". Throws the file system's error. */
export async function readInputBytes(file: string, io: CliIo): Promise<Uint8Array> {
  return file === '-' ? io.readStdin() : readFile(file);
}

/** Writes `text` to `file` (folders are created), or to standard output when there is no file or it is "-". */
export async function writeOutput(file: string | undefined, text: string, io: CliIo): Promise<void> {
  if (file === undefined || file === '-') {
    io.stdout(text);
    return;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text, 'utf8');
}

/** "1 entry" / "3 entries". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A command cannot go on at all; its message says why (and that nothing was written). */
export class CommandFailure extends Error {}

/** The indentation a JSON file uses (so a command that rewrites it keeps its look), else two spaces. */
function indentOf(text: string): string | number {
  const indent = /^\{\s*?\n([ \t]+)"/.exec(text.replace(/^\uFEFF/, ''))?.[1];
  return indent ?? 2;
}

/**
 * A JSON object file exactly as written (nothing in it is dropped, even what does not validate) and its indentation;
 * a `CommandFailure` when it cannot be read or is not a JSON object (`what` names what it should be).
 */
export async function readJsonObject(file: string, what: string): Promise<{ value: JsonObject; indent: string | number }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CommandFailure(`cannot read ${file}: ${reasonOf(error)}`);
  }
  let value: unknown;
  try {
    value = parseJson(text, file);
  } catch (error) {
    if (error instanceof ScholarLoadError) throw new CommandFailure(`${error.detail.message} Nothing was written.`);
    throw error;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new CommandFailure(`${file} is not a ${what} (expected a JSON object); nothing was written.`);
  return { value: value as JsonObject, indent: indentOf(text) };
}
