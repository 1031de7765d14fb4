#!/usr/bin/env node
// The `scholar-elements` command. The command itself is part of the npm build (dist/lib/cli/main.js, built from
// src/cli/); this file only finds it. In a clone of the repository, run `npm run build` first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`scholar-elements: Node.js 20.19 or newer is needed (this is ${process.version}).`);
  process.exit(1);
}

const cli = new URL('../dist/lib/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    `scholar-elements: the built command is missing (${fileURLToPath(cli)}).\n` + 'In a clone of the repository, run `npm run build` (or `npx vite build --mode npm`) first.',
  );
  process.exit(1);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
