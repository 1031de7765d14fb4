// The README's profile-format table names every section of schema/profile.schema.json and every field of each
// (`npm run docs:schema` rewrites it from the schema).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import schema from '../../schema/profile.schema.json' with { type: 'json' };

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const rows = new Map([...readme.matchAll(/^\| `(\w+)` \| (.*) \|.*\|$/gm)].map((match) => [match[1]!, match[2]!]));
const defs = schema.$defs as Record<string, { properties?: Record<string, unknown>; allOf?: Array<{ $ref: string }> }>;

/** The fields a section's entries (or the section object itself) may have, as the schema names them. */
function fieldsOf(section: string): string[] {
  const property = (schema.properties as Record<string, { $ref?: string; items?: { $ref?: string } }>)[section]!;
  const ref = property.items?.$ref ?? property.$ref;
  if (!ref) return [];
  const def = defs[ref.split('/').pop()!]!;
  const inherited = (def.allOf ?? []).flatMap((part) => Object.keys(defs[part.$ref.split('/').pop()!]!.properties ?? {}));
  return [...Object.keys(def.properties ?? {}), ...inherited];
}

describe('README profile-format table', () => {
  const sections = Object.keys(schema.properties).filter((key) => !['$schema', 'version', 'meta'].includes(key));

  it('has a row for every section of the schema', () => {
    expect(sections.filter((section) => !rows.has(section))).to.deep.equal([]);
  });

  it('names every field of each section (dates may be summarised as "dates")', () => {
    const missing: string[] = [];
    for (const section of sections) {
      const row = rows.get(section) ?? '';
      for (const field of fieldsOf(section)) {
        const isDate = ['startDate', 'endDate', 'ongoing'].includes(field);
        if (row.includes(`\`${field}\``) || (isDate && /dates|startDate/.test(row)) || field === 'note' || field === 'asWritten') continue;
        missing.push(`${section}.${field}`);
      }
    }
    expect(missing).to.deep.equal([]);
  });
});
