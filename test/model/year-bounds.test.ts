import { expect } from 'vitest';
import { validateProfile } from '../../src/model/validate.js';

describe('years a profile may have', () => {
  it('reports a year after 2999 in a year field (honors, service) and keeps the entry without it', () => {
    const result = validateProfile({
      basics: { name: 'Ada' },
      honors: [
        { title: 'Medal', year: 5000 },
        { title: 'Prize', year: 1843 },
      ],
    });
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['/honors/0/year']);
    expect(result.problems[0]!.message).to.contain('2999');
    // The validator's own sentence ends in a full stop; the message goes on after it.
    expect(result.problems[0]!.message).not.to.contain('., got');
    expect(result.profile!.honors!.map((honor) => [honor.title, honor.year])).to.deep.equal([
      ['Medal', undefined],
      ['Prize', 1843],
    ]);
  });
});
