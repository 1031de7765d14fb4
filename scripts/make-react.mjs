#!/usr/bin/env node
/**
 * Writes `src/react/index.ts`: one React component per element in custom-elements.json, made with @lit/react's
 * `createComponent` (the idea of Shoelace's scripts/make-react.js). The manifest is the single source: every
 * `custom-element-definition` it lists gets a wrapper named after the element's class, and every event the element
 * declares becomes an `onXyz` prop typed with the event's class from src/events/ (`scholar-load` → `onScholarLoad:
 * (event: ScholarLoadEvent) => void`). Properties are typed by the element class itself, so `profile={…}` sets the
 * property and `variant="compact"` is checked.
 *
 *   node scripts/make-react.mjs            write src/react/index.ts
 *   node scripts/make-react.mjs --check    exit 1 when src/react/index.ts is not what the manifest gives now
 *   --manifest <file>                      read another manifest (default: custom-elements.json)
 *
 * The wrappers import each element from its registering module (`../components/<tag>/<tag>.js`), so importing a
 * wrapper registers its element; React itself is a peer dependency of the package.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/react/index.ts');
const eventsDir = join(root, 'src/events');

const args = process.argv.slice(2);
const check = args.includes('--check');
const manifestArg = args.indexOf('--manifest');
const manifestPath = manifestArg >= 0 ? resolve(args[manifestArg + 1] ?? '') : join(root, 'custom-elements.json');

function fail(message, code = 1) {
  console.error(`make-react: ${message}`);
  process.exit(code);
}

/** `scholar-load` → `onScholarLoad`. */
function eventProp(eventName) {
  return `on${eventName
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('')}`;
}

/** Event classes exported by src/events/*.ts: class name → module path relative to src/react/ (with `.js`). */
function eventClasses() {
  const classes = new Map();
  if (!existsSync(eventsDir)) return classes;
  for (const file of readdirSync(eventsDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    const text = readFileSync(join(eventsDir, file), 'utf8');
    for (const match of text.matchAll(/^export\s+class\s+([A-Za-z_$][\w$]*)/gm)) {
      classes.set(match[1], `../events/${file.replace(/\.ts$/, '.js')}`);
    }
  }
  return classes;
}

/** Splits a long line at spaces so that JSDoc lines stay under `width` characters; list items keep their indent. */
function wrap(line, width = 112) {
  const indent = line.startsWith('- ') ? '  ' : '';
  const out = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = indent + word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  out.push(current);
  return out;
}

/** One JSDoc block, each line prefixed and wrapped. Keeps `*\/` out of the text. */
function jsdoc(lines, indent = '') {
  const body = lines
    .flatMap((line) => line.split('\n'))
    .map((line) => line.replace(/\*\//g, '*\\/'))
    .flatMap((line) => wrap(line));
  return [`${indent}/**`, ...body.map((line) => `${indent} *${line ? ` ${line}` : ''}`), `${indent} */`].join('\n');
}

function readManifest() {
  if (!existsSync(manifestPath)) fail(`${relative(root, manifestPath)} is missing; run \`npm run analyze\` first.`, 2);
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    fail(`${relative(root, manifestPath)} is not valid JSON: ${error.message}`, 2);
  }
}

/** The elements in the manifest, in tag order: tag, class, registering module, description, events. */
function elementsOf(manifest) {
  const declarations = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) declarations.set(`${mod.path}#${declaration.name}`, declaration);
  }
  const elements = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const entry of mod.exports ?? []) {
      if (entry.kind !== 'custom-element-definition' || elements.has(entry.name)) continue;
      const declaration = declarations.get(`${entry.declaration?.module}#${entry.declaration?.name}`);
      if (!declaration) fail(`<${entry.name}>: no declaration ${entry.declaration?.name} in ${entry.declaration?.module}.`, 2);
      // The module that registers the tag also exports the class (src/components/<tag>/<tag>.ts).
      const registering = mod.exports.some((other) => other.kind === 'js' && other.name === declaration.name) ? mod.path : entry.declaration.module;
      const importPath = posix.relative('src/react', registering.replace(/\.ts$/, '.js'));
      elements.set(entry.name, {
        tag: entry.name,
        className: declaration.name,
        importPath: importPath.startsWith('.') ? importPath : `./${importPath}`,
        summary: declaration.summary ?? declaration.description ?? '',
        events: (declaration.events ?? []).filter((event) => event.name),
      });
    }
  }
  return [...elements.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

function generate(manifest) {
  const elements = elementsOf(manifest);
  if (!elements.length) fail(`${relative(root, manifestPath)} lists no custom elements.`, 2);
  const known = eventClasses();
  const usedEvents = new Set();
  const blocks = [];

  for (const element of elements) {
    const events = element.events.map((event) => {
      const type = event.type?.text?.trim();
      const typeName = type && known.has(type) ? type : undefined;
      if (type && !typeName) console.warn(`make-react: <${element.tag}> event ${event.name}: type ${type} is not a class in src/events/; typed as Event.`);
      if (typeName) usedEvents.add(typeName);
      return { prop: eventProp(event.name), name: event.name, typeName: typeName ?? 'Event', description: event.description ?? '' };
    });
    const docLines = [
      `\`<${element.tag}>\` as a React component.${element.summary ? ` ${element.summary.replace(/\s+/g, ' ').trim()}` : ''}`,
      '',
      'Properties are set as properties (objects such as `profile` included); attributes of the element are its props.',
      ...(events.length ? ['', 'Events:'] : []),
      ...events.map((event) => `- \`${event.prop}\` (\`${event.name}\`)${event.description ? `: ${event.description.replace(/\s+/g, ' ').trim()}` : ''}`),
    ];
    const eventLines = events.map((event) => `    ${event.prop}: '${event.name}' as EventName<${event.typeName}>,`);
    blocks.push(
      [
        jsdoc(docLines),
        `export const ${element.className} = /* @__PURE__ */ createComponent({`,
        `  react: React,`,
        `  tagName: '${element.tag}',`,
        `  elementClass: ${element.className}Element,`,
        `  displayName: '${element.className}',`,
        ...(eventLines.length ? ['  events: {', ...eventLines, '  },'] : []),
        `});`,
      ].join('\n'),
    );
  }

  const imports = [
    `import * as React from 'react';`,
    `import { createComponent, type EventName } from '@lit/react';`,
    ...elements.map((element) => `import { ${element.className} as ${element.className}Element } from '${element.importPath}';`),
  ];
  const eventModules = new Map();
  for (const name of [...usedEvents].sort()) {
    const module = known.get(name);
    eventModules.set(module, [...(eventModules.get(module) ?? []), name]);
  }
  for (const [module, names] of eventModules) imports.push(`import type { ${names.join(', ')} } from '${module}';`);

  const reExports = [
    // The element classes, for refs and event targets: `useRef<ResearcherCardElement>(null)`.
    `export type { ${elements.map((element) => `${element.className}Element`).join(', ')} };`,
    ...[...eventModules].map(([module, names]) => `export type { ${names.join(', ')} } from '${module}';`),
  ];

  return (
    [
      jsdoc([
        "React components for every scholar-elements element: `import { ResearcherCard } from 'scholar-elements/react'`.",
        '',
        'Generated by scripts/make-react.mjs from custom-elements.json — do not edit; run `node scripts/make-react.mjs`.',
      ]),
      imports.join('\n'),
      reExports.join('\n'),
      ...blocks,
    ].join('\n\n') + '\n'
  );
}

const text = generate(readManifest());
const shown = relative(root, outFile);
if (check) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : undefined;
  if (current === text) {
    console.log(`make-react: ${shown} is up to date with ${relative(root, manifestPath)}.`);
    process.exit(0);
  }
  console.error(
    current === undefined
      ? `make-react: ${shown} is missing. Run \`node scripts/make-react.mjs\` and commit it.`
      : `make-react: ${shown} is out of date with ${relative(root, manifestPath)}. Run \`node scripts/make-react.mjs\` and commit it.`,
  );
  process.exit(1);
}
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, text);
console.log(`make-react: wrote ${shown}.`);
