/**
 * Custom elements manifest (https://github.com/webcomponents/custom-elements-manifest): the one description of the
 * elements' public API, read by Storybook (controls and docs), editors and wrapper generators.
 *
 * `npm run analyze` writes `custom-elements.json` at the repo root; `node scripts/check-manifest.mjs` fails CI when
 * the committed file is stale.
 *
 * The base classes in `src/internal/` are analysed too, so that what an element inherits (`src`, `state`, `theme`,
 * `profile`, `problems`, `reload()`, the events…) is listed on the element itself, with `inheritedFrom`.
 *
 * The analyzer's Lit support (`litelement: true`) reads `static properties` and JSDoc on `declare` fields. The
 * plugin below adds what it does not know about our code:
 * - tags: elements register with `ResearcherCard.define('researcher-card')` (our `ScholarElement.define`), not with
 *   a literal `customElements.define(…)` call; the call inside `define()` itself is not a definition;
 * - `state: true` entries of `static properties` are internal reactive state, never attributes;
 * - private (`private`, `#x`) and protected members are not the elements' public API and are left out;
 * - events: `this.dispatchEvent(new ScholarLoadEvent(…))` is resolved to the event's name through the event class's
 *   `static readonly type = '…'` (src/events/), merged with the class's `@event` JSDoc and typed;
 * - module paths: references to `/src/x.js` become `src/x.ts`, and re-exports point at the declaring module.
 */
import fs from 'node:fs';
import path from 'node:path';

const EVENTS_DIR = 'src/events';

/**
 * Numeric constants exported from src/internal/ (`export const DEFAULT_HEADING_LEVEL = 2;`), by name: a property
 * whose default is written as one shows the value in the manifest, and so in the docs.
 */
const NAMED_DEFAULTS = Object.fromEntries(
  fs
    .readdirSync('src/internal')
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => [...fs.readFileSync(path.posix.join('src/internal', name), 'utf8').matchAll(/^export const ([A-Z][A-Z0-9_]*) = (\d+);/gm)])
    .map(([, name, value]) => [name, value]),
);

/** `src/components/a/b.ts` + `./c.js` → `src/components/a/c.ts` when that source exists. */
function resolveModule(fromModule, specifier) {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromModule), specifier));
  return toSourcePath(joined);
}

/** `/src/x.js` → `src/x.ts` when `src/x.ts` exists; otherwise the path without its leading slash. */
function toSourcePath(modulePath) {
  const relative = modulePath.replace(/^\/+/, '');
  const source = relative.replace(/\.js$/, '.ts');
  return source !== relative && fs.existsSync(source) ? source : relative;
}

/**
 * Event classes in src/events/: class name → { name, description } from `static readonly type = '…'`.
 * `ts` is always the analyzer's own TypeScript (it bundles its own version, whose SyntaxKind numbers differ from
 * the project's), so that node kinds compare correctly.
 */
function readEventClasses(ts) {
  const events = new Map();
  if (!fs.existsSync(EVENTS_DIR)) return events;
  for (const file of fs
    .readdirSync(EVENTS_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    const filePath = path.posix.join(EVENTS_DIR, file);
    const source = ts.createSourceFile(filePath, fs.readFileSync(filePath, 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      for (const member of statement.members) {
        const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
        if (isStatic && ts.isPropertyDeclaration(member) && member.name.getText(source) === 'type' && member.initializer && ts.isStringLiteral(member.initializer)) {
          const description = ts
            .getJSDocCommentsAndTags(statement)
            .filter(ts.isJSDoc)
            .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
            .join('\n')
            .trim();
          events.set(statement.name.text, { name: member.initializer.text, description, module: filePath });
        }
      }
    }
  }
  return events;
}

/** Names in `static properties = { … }` declared with `state: true`. */
function stateProperties(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members ?? []) {
    const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties') continue;
    const object = ts.isGetAccessor(member) ? member.body?.statements?.find(ts.isReturnStatement)?.expression : member.initializer;
    if (!object || !ts.isObjectLiteralExpression(object)) continue;
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
      const isState = property.initializer.properties.some(
        (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.add(property.name.getText());
    }
  }
  return names;
}

const isPublic = (member) => !member.name?.startsWith('#') && (member.privacy === undefined || member.privacy === 'public');

function scholarElementsPlugin() {
  let eventClasses = new Map();
  return {
    name: 'scholar-elements',

    initialize({ ts }) {
      eventClasses = readEventClasses(ts);
    },

    analyzePhase({ ts, node, moduleDoc, context }) {
      // `SomeElement.define('some-tag')` registers `SomeElement` as <some-tag>.
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        !['customElements', 'window'].includes(node.expression.expression.text) &&
        node.arguments.length === 1 &&
        ts.isStringLiteral(node.arguments[0]) &&
        node.arguments[0].text.includes('-')
      ) {
        const className = node.expression.expression.text;
        const imported = context.imports?.find((entry) => entry.name === className && !entry.isBareModuleSpecifier);
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: node.arguments[0].text,
            declaration: { name: className, module: imported ? resolveModule(moduleDoc.path, imported.importPath) : moduleDoc.path },
          },
        ];
      }

      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find((declaration) => declaration.name === node.name.text);
      if (!classDoc) return;

      // Internal reactive state is not an attribute, and non-public members are not API.
      const internal = stateProperties(ts, node);
      for (const member of classDoc.members ?? []) {
        if (internal.has(member.name)) {
          delete member.attribute;
          delete member.reflects;
        }
      }
      classDoc.members = (classDoc.members ?? []).filter(isPublic);
      const publicFields = new Set(classDoc.members.map((member) => member.name));
      classDoc.attributes = (classDoc.attributes ?? []).filter(
        (attribute) => !attribute.fieldName || (publicFields.has(attribute.fieldName) && !internal.has(attribute.fieldName)),
      );

      // Events found through `dispatchEvent(new XyzEvent(…))`: name them, and merge with `@event` JSDoc. The JSDoc
      // text wins; the dispatch call (or the event class) gives the type; the event class's JSDoc is the fallback text.
      const events = new Map();
      for (const event of classDoc.events ?? []) {
        const dispatched = event.type?.text ? eventClasses.get(event.type.text) : undefined;
        const name = dispatched?.name ?? event.name;
        if (!name) continue;
        const merged = events.get(name) ?? { name };
        if (event.type && !merged.type) merged.type = event.type;
        if (event.description && !merged.description) merged.description = event.description;
        events.set(name, merged);
      }
      for (const event of events.values()) {
        const [className, info] = [...eventClasses.entries()].find(([, candidate]) => candidate.name === event.name) ?? [];
        if (!event.type && className) event.type = { text: className };
        if (!event.description && info?.description) event.description = info.description;
      }
      classDoc.events = [...events.values()];
    },

    moduleLinkPhase({ moduleDoc }) {
      // `customElements.define(tag, this)` inside `ScholarElement.define()` is not a definition: the analyzer reads
      // the variable's name (`tag`) as the tag. Only valid custom element names (with a hyphen) are kept.
      moduleDoc.exports = (moduleDoc.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition' || /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(entry.name ?? ''));
    },

    packageLinkPhase({ customElementsManifest }) {
      const declared = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declared.has(declaration.name)) declared.set(declaration.name, mod.path);
        }
      }
      const fixReference = (reference) => {
        if (!reference?.module) return;
        reference.module = toSourcePath(reference.module);
        // `export { X }` of an imported X: point at the module that declares X.
        const here = customElementsManifest.modules.find((mod) => mod.path === reference.module);
        if (!here?.declarations?.some((declaration) => declaration.name === reference.name) && declared.has(reference.name)) {
          reference.module = declared.get(reference.name);
        }
      };
      for (const mod of customElementsManifest.modules) {
        for (const entry of mod.exports ?? []) fixReference(entry.declaration);
        for (const declaration of mod.declarations ?? []) {
          fixReference(declaration.superclass);
          for (const list of ['members', 'attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
            for (const item of declaration[list] ?? []) fixReference(item.inheritedFrom);
          }
          // Defaults written as the kit's named constants are shown as their values.
          for (const list of ['members', 'attributes']) {
            for (const item of declaration[list] ?? []) if (item.default in NAMED_DEFAULTS) item.default = NAMED_DEFAULTS[item.default];
          }
          // Abstract bases are not elements anyone can put on a page.
          if (declaration.kind === 'class' && !declaration.tagName) delete declaration.customElement;
        }
      }
      // The analyzer lists modules in the order it finished reading them, which varies from run to run: sorted, the
      // file is the same for the same sources.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/*-element.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has `"customElements": "custom-elements.json"`; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [scholarElementsPlugin()],
};
