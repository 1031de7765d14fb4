/**
 * Questions about schema/profile.schema.json that reading and repairing a profile ask: which fields an object
 * has, which of them it cannot do without, and which schema describes the value at a JSON path.
 * Answers are computed once per schema node.
 */
import profileSchema from '../../schema/profile.schema.json' with { type: 'json' };

export type SchemaNode = Record<string, unknown>;

export const PROFILE_SCHEMA = profileSchema as unknown as SchemaNode;

const DEFS = (PROFILE_SCHEMA.$defs ?? {}) as Record<string, SchemaNode>;
const DEF_NAMES = new Map<SchemaNode, string>(Object.entries(DEFS).map(([name, node]) => [node, name]));

/** The node a `$ref` ("#/$defs/work") leads to, followed to the end; a node without one is returned as is. */
export function resolveSchema(node: SchemaNode | undefined): SchemaNode | undefined {
  for (let hops = 0; node && typeof node.$ref === 'string' && hops < 10; hops++) {
    const name = /^#\/\$defs\/(.+)$/.exec(node.$ref as string)?.[1];
    node = name ? DEFS[name] : undefined;
  }
  return node;
}

/** The `$defs` name of a node ("work", "partialDate"…), when it is one. */
export function defName(node: SchemaNode | undefined): string | undefined {
  return node ? DEF_NAMES.get(node) : undefined;
}

/** The named definition a property's schema refers to, or undefined (e.g. "strings" for `{ "$ref": "#/$defs/strings" }`). */
export function refName(node: SchemaNode | undefined): string | undefined {
  return defName(resolveSchema(node));
}

const propertiesCache = new WeakMap<SchemaNode, Map<string, SchemaNode>>();

/** The named fields of an object schema, including those it takes from `allOf` (e.g. a date range). */
export function schemaProperties(node: SchemaNode): Map<string, SchemaNode> {
  let properties = propertiesCache.get(node);
  if (properties) return properties;
  properties = new Map();
  const own = (node.properties ?? {}) as Record<string, SchemaNode>;
  for (const [key, value] of Object.entries(own)) properties.set(key, value);
  for (const part of (node.allOf ?? []) as SchemaNode[]) {
    const resolved = resolveSchema(part);
    if (resolved) for (const [key, value] of schemaProperties(resolved)) if (!properties.has(key)) properties.set(key, value);
  }
  propertiesCache.set(node, properties);
  return properties;
}

const coreCache = new WeakMap<SchemaNode, string[][]>();

/**
 * What an object cannot do without, as alternatives: it needs every field of at least one of them. A work
 * entry gives `[["organization"], ["position"]]`, a publication `[["title"]]`; no alternatives means nothing
 * is required.
 */
export function schemaCore(node: SchemaNode): string[][] {
  let core = coreCache.get(node);
  if (core) return core;
  const required = Array.isArray(node.required) ? (node.required as string[]) : [];
  const branches = ((node.anyOf ?? node.oneOf ?? []) as SchemaNode[]).map((branch) => resolveSchema(branch) ?? {});
  const requiredOnly = branches.length > 0 && branches.every((branch) => Array.isArray(branch.required) && Object.keys(branch).length === 1);
  core = requiredOnly ? branches.map((branch) => [...required, ...(branch.required as string[])]) : required.length ? [required] : [];
  coreCache.set(node, core);
  return core;
}

/**
 * Whether an object has what it cannot do without: a field counts when its value is not undefined and `leaving`
 * (fields about to be left out) does not name it.
 */
export function hasCore(node: SchemaNode, value: Record<string, unknown>, leaving?: (field: string) => boolean): boolean {
  const core = schemaCore(node);
  return core.length === 0 || core.some((fields) => fields.every((field) => value[field] !== undefined && !leaving?.(field)));
}

/** A JSON value's kind as JSON Schema names it. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * The schema of a value, for a value that may take several forms (`oneOf`/`anyOf` of types, e.g. a location is
 * a string or an object): the form whose type fits the value, else the node itself.
 */
export function schemaForValue(node: SchemaNode | undefined, value: unknown): SchemaNode | undefined {
  const resolved = resolveSchema(node);
  if (!resolved) return undefined;
  const forms = (resolved.oneOf ?? resolved.anyOf) as SchemaNode[] | undefined;
  if (!forms || resolved.type !== undefined || resolved.properties !== undefined) return resolved;
  const kind = jsonType(value);
  for (const form of forms) {
    const candidate = resolveSchema(form);
    const types = ([] as unknown[]).concat(candidate?.type ?? []);
    if (types.includes(kind) || (kind === 'integer' && types.includes('number'))) return candidate;
  }
  return resolved;
}

/** The schema that describes the value at `segments` in `document` (followed through lists and fields), or undefined. */
export function schemaAtPath(document: unknown, segments: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schemaForValue(PROFILE_SCHEMA, document);
  let value: unknown = document;
  for (const segment of segments) {
    if (!node || value === null || typeof value !== 'object') return undefined;
    const next: SchemaNode | undefined = Array.isArray(value) ? (node.items as SchemaNode | undefined) : schemaProperties(node).get(segment);
    value = (value as Record<string, unknown>)[segment];
    node = schemaForValue(next, value);
  }
  return node;
}
