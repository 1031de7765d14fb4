/**
 * The fast check (src/model/validate-fast.ts) says exactly what the validator says about a value: valid or not.
 */
import { dereference, validate, type Schema } from '@cfworker/json-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_SCHEMA, type SchemaNode } from '../../src/model/profile-schema.js';
import { isValidFast } from '../../src/model/validate-fast.js';
import { anyValue, profileCase, publication, resumeCase } from '../fuzz/arbitraries.js';
import { fuzzParameters } from '../fuzz/settings.js';
import { fixtureJson } from './fixture-files.js';

const lookup = dereference(PROFILE_SCHEMA as Schema);
const DEFS = PROFILE_SCHEMA.$defs as Record<string, SchemaNode>;
const byValidator = (value: unknown, node: SchemaNode) => validate(value, node as Schema, '2020-12', lookup, true).valid;

/** Every schema node of the profile schema that values are checked against: the root, each definition, each property. */
const NODES: Array<[string, SchemaNode]> = [
  ['#', PROFILE_SCHEMA],
  ...Object.entries(DEFS).map(([name, node]): [string, SchemaNode] => [`#/$defs/${name}`, node]),
  ...Object.entries(DEFS).flatMap(([name, node]) =>
    Object.entries((node.properties ?? {}) as Record<string, SchemaNode>).map(([key, part]): [string, SchemaNode] => [`#/$defs/${name}/properties/${key}`, part]),
  ),
];

describe('isValidFast', () => {
  it('agrees with the validator on the fixtures, valid and broken', () => {
    for (const path of ['/demo/profiles/minjia-zhang.json', '/test/fixtures/ada.json', '/test/fixtures/partly-bad.json', '/test/fixtures/no-name.json']) {
      const input = fixtureJson(path);
      expect(isValidFast(input, PROFILE_SCHEMA), path).toBe(byValidator(input, PROFILE_SCHEMA));
    }
    const ada = fixtureJson('/test/fixtures/ada.json');
    expect(isValidFast(ada, PROFILE_SCHEMA)).toBe(true);
    expect(isValidFast({ basics: { name: 'A', emails: ['not an address'] } }, PROFILE_SCHEMA)).toBe(false);
    expect(isValidFast({ basics: { name: 'A' }, publications: [{ title: 'T', issued: { 'date-parts': [[2020, 13]] } }] }, PROFILE_SCHEMA)).toBe(
      byValidator({ basics: { name: 'A' }, publications: [{ title: 'T', issued: { 'date-parts': [[2020, 13]] } }] }, PROFILE_SCHEMA),
    );
  });

  it('agrees with the validator on any value, against every part of the schema', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyValue,
          publication,
          profileCase().map(({ profile }) => profile),
          resumeCase().map(({ profile }) => profile),
        ),
        fc.nat(),
        (value, pick) => {
          const [, node] = NODES[pick % NODES.length]!;
          expect(isValidFast(value, node)).toBe(byValidator(value, node));
          expect(isValidFast(value, PROFILE_SCHEMA)).toBe(byValidator(value, PROFILE_SCHEMA));
        },
      ),
      fuzzParameters(400),
    );
  });

  it('agrees with the validator on generated publications, valid ones among them', () => {
    // The demo's publications are valid: mixed in, so every run checks valid values too, whatever the generator gives.
    const known = (fixtureJson('/demo/profiles/minjia-zhang.json') as { publications: unknown[] }).publications;
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(publication, fc.constantFrom(...known)), (value) => {
        const fast = isValidFast(value, DEFS.publication!);
        expect(fast).toBe(byValidator(value, DEFS.publication!));
        if (fast) valid++;
      }),
      fuzzParameters(400),
    );
    expect(valid).toBeGreaterThan(0);
  });
});
