/**
 * A page loads the validator that words problems only when data has one: ./validate.ts answers for data without a
 * problem on its own, and asks for ./validate-full.ts (by throwing `ValidatorPending`) for data with one.
 * The other Node tests load it up front (test/model/full-validator.setup.ts); here each test reads fresh modules.
 */
import { expect, vi } from 'vitest';

async function freshValidate() {
  vi.resetModules();
  return import('../../src/model/validate.js');
}

const good = { basics: { name: 'Ada Lovelace' }, publications: [{ title: 'Notes', issued: '1843' }] };

describe('validation before the validator that words problems is loaded', () => {
  it('reads data without a problem on its own, with the same profile the full check gives', async () => {
    const light = await freshValidate();
    const result = light.validateProfile(good, 'ada.json');
    expect(result.problems).to.deep.equal([]);
    const { validateProfile } = await import('../../src/model/validate-full.js');
    expect(JSON.stringify(result.profile)).to.equal(JSON.stringify(validateProfile(good, 'ada.json').profile));
  });

  it('asks for the full validator for a bad value, a refused link, a date that does not exist and deep nesting', async () => {
    let deep: unknown = 'end';
    for (let level = 0; level < 120; level++) deep = { deeper: deep };
    const inputs = [
      { basics: { name: 'Ada' }, publications: [{ title: 'Notes', awards: 5 }] },
      { basics: { name: 'Ada', url: 'javascript:alert(1)' } },
      { basics: { name: 'Ada' }, work: [{ name: 'Lab', startDate: '2021-02-31' }] },
      { basics: { name: 'Ada', extra: deep } },
      { basics: {} },
    ];
    for (const input of inputs) {
      const light = await freshValidate();
      let pending = false;
      try {
        light.validateProfile(input, 'ada.json');
      } catch (error) {
        pending = error instanceof light.ValidatorPending;
      }
      expect(pending, JSON.stringify(input).slice(0, 80)).to.equal(true);
    }
  });

  it('gives the full answer through withFullValidator, and at once after that', async () => {
    const light = await freshValidate();
    const bad = { basics: { name: 'Ada' }, publications: [{ title: 'Notes', awards: 5 }] };
    const result = await light.withFullValidator(() => light.validateProfile(bad, 'ada.json'));
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['/publications/0/awards']);
    expect(light.validateProfile(bad, 'ada.json').problems.length).to.equal(1);
  });

  it('says a document that is not an object is not a profile without the full validator', async () => {
    const light = await freshValidate();
    expect(light.validateProfile([1, 2], 'ada.json').fatal?.message).to.equal('A profile must be a JSON object, got a list.');
  });
});
