// Rewrites the "holds" column of the README's profile-format table from schema/profile.schema.json, so the table
// names every field the schema has (test/model/readme-schema.test.ts checks it). The JSON Resume column is kept.
import { readFileSync, writeFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../schema/profile.schema.json', import.meta.url), 'utf8'));
const readmeUrl = new URL('../README.md', import.meta.url);
const defName = (ref) => ref.split('/').pop();
const SKIPPED = new Set(['note', 'asWritten']);

function fields(section) {
  const property = schema.properties[section];
  const ref = property.items?.$ref ?? property.$ref;
  const def = schema.$defs[defName(ref)];
  const own = Object.keys(def.properties ?? {});
  const dated = (def.allOf ?? []).some((part) => defName(part.$ref) === 'dateRange');
  return [...own.filter((field) => !SKIPPED.has(field)).map((field) => `\`${field}\``), ...(dated ? ['dates (`startDate`, `endDate`/`ongoing`)'] : [])].join(', ');
}

const readme = readFileSync(readmeUrl, 'utf8');
const updated = readme.replace(/^\| `(\w+)` \| (.*) \| (.*) \|$/gm, (row, section, _holds, jsonResume) =>
  schema.properties[section] && section !== 'meta' ? `| \`${section}\` | ${fields(section)} | ${jsonResume} |` : row,
);
writeFileSync(readmeUrl, updated);
