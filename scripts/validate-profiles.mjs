// Validates profile JSON files against schema/profile.schema.json (Node; the browser uses the same validator).
import { readFileSync } from 'node:fs';
import { Validator } from '@cfworker/json-schema';

const schema = JSON.parse(readFileSync(new URL('../schema/profile.schema.json', import.meta.url), 'utf8'));
const validator = new Validator(schema, '2020-12', false);
let failed = 0;
for (const file of process.argv.slice(2)) {
  const result = validator.validate(JSON.parse(readFileSync(file, 'utf8')));
  if (result.valid) {
    console.log(`ok   ${file}`);
  } else {
    failed++;
    console.log(`FAIL ${file}`);
    for (const e of result.errors) console.log(`  ${e.instanceLocation}: ${e.error}`);
  }
}
process.exit(failed ? 1 : 0);
