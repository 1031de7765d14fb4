/** Build-time shrinking for the browser bundle: what ships is only what runs. */
import MagicString from 'magic-string';
import { posix } from 'node:path';
import type { Plugin } from 'vite';

/** Schemas ship to browsers without their prose: descriptions are for editors and docs, not for validating. */
export function compactSchemas(): Plugin {
  const prose = new Set(['description', 'title', '$comment', 'examples']);
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      // Inside "properties" the keys are field names (a field may be called "title"), so only strip prose strings.
      if (prose.has(key) && typeof value !== 'object') continue;
      kept[key] = strip(value);
    }
    return kept;
  };
  return {
    name: 'scholar-compact-schemas',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.schema\.json(\?.*)?$/.test(id)) return null;
      return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
    },
  };
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const typed = node as Node;
  if (typeof typed.type === 'string') visit(typed);
  for (const key of Object.keys(typed)) if (key !== 'type' && key !== 'start' && key !== 'end') walk(typed[key], visit);
}

/** Whitespace and comments inside a `css` template, where they never matter. */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}');
}

/** Runs of whitespace with a line break inside `html`/`svg` templates: one space renders the same. */
function minifyMarkup(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * Lit templates keep their source indentation, and minifiers leave template literals alone; this squeezes the static
 * parts of `html`, `svg` and `css` tagged templates (never the `${…}` expressions).
 */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'scholar-minify-lit-templates',
    // After TypeScript is compiled away, so the parser sees plain JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const ast = this.parse(code) as unknown;
      const output = new MagicString(code);
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & { name?: string };
        if (tag.type !== 'Identifier' || !['html', 'svg', 'css'].includes(tag.name ?? '')) return;
        const quasi = node.quasi as Node & { quasis: Array<Node & { value: { raw: string } }> };
        for (const element of quasi.quasis) {
          const raw = element.value.raw;
          const squeezed = tag.name === 'css' ? minifyCss(raw) : minifyMarkup(raw);
          if (squeezed !== raw && element.end > element.start) output.overwrite(element.start, element.end, squeezed);
        }
      });
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}

/**
 * The schema validator's table of string formats is mostly checks profile.schema.json never uses; the browser
 * bundle gets src/internal/json-schema-formats.ts (the one it does use) instead.
 */
export function slimSchemaFormats(replacement: string): Plugin {
  return {
    name: 'scholar-slim-schema-formats',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './format.js' && importer && /@cfworker[\\/]json-schema[\\/]/.test(importer)) return replacement;
      return null;
    },
  };
}

/**
 * An element's chunk imports others (the base element, a card inside a profile…), which the browser finds only once
 * the chunk has arrived: one round trip after another. Each dynamic `import()` of a chunk here also starts the
 * imports of what that chunk imports, which the importing chunk does not already have, at the same time — for the
 * chunks named in `together` (the elements: what a page waits for), not for features loaded on first use, whose lists
 * would be downloaded by every page. (Vite does the same with `modulepreload` links for apps, not for libraries.)
 */
export function importChunksTogether(together: readonly string[]): Plugin {
  // Chunk file names are paths from the output folder, with "/" whatever the system.
  const join = (from: string, specifier: string) => posix.join(posix.dirname(from), specifier);
  const relative = (from: string, to: string) => {
    const path = posix.relative(posix.dirname(from), to);
    return path.startsWith('.') ? path : `./${path}`;
  };
  return {
    name: 'scholar-import-chunks-together',
    apply: 'build',
    renderChunk(code, chunk, _options, meta) {
      const chunks = meta.chunks;
      const closure = (file: string, seen = new Set<string>()) => {
        if (seen.has(file)) return seen;
        seen.add(file);
        for (const imported of chunks[file]?.imports ?? []) closure(imported, seen);
        return seen;
      };
      const present = closure(chunk.fileName);
      const text = new MagicString(code);
      let changed = false;
      for (const match of code.matchAll(/\bimport\((["'`])(\.{1,2}\/[^"'`]+\.js)\1\)/g)) {
        const target = join(chunk.fileName, match[2]!);
        if (!chunks[target] || !together.includes(chunks[target].name)) continue;
        const alongside = [...closure(target)].filter((file) => file !== target && !present.has(file));
        if (!alongside.length) continue;
        const imports = alongside.map((file) => `import(${JSON.stringify(relative(chunk.fileName, file))})`).join(', ');
        text.overwrite(match.index, match.index + match[0].length, `Promise.all([${match[0]}, ${imports}]).then((modules) => modules[0])`);
        changed = true;
      }
      return changed ? { code: text.toString(), map: text.generateMap({ hires: true }) } : null;
    },
  };
}
