/** Reads test fixtures from the repository in Node tests (paths as the browser tests' server gives them: "/test/fixtures/…"). */
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path.replace(/^\//, ''), ROOT)));
}

export function fixtureText(path: string): string {
  return readFileSync(new URL(path.replace(/^\//, ''), ROOT), 'utf8');
}

export function fixtureJson(path: string): unknown {
  return JSON.parse(fixtureText(path));
}
