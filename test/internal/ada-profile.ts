/** A small profile with a position and two publications, for tests of what every element does with its data. */
import type { Profile } from '../../src/model/types.js';

export const adaProfile: Profile = {
  basics: { name: 'Ada Lovelace', label: 'Analyst' },
  work: [{ name: 'Analytical Engine Project', position: 'Analyst', startDate: '1842-01' }],
  publications: [
    { id: 'notes', type: 'article-journal', title: 'Notes on the Analytical Engine', issued: '1843', authors: ['Ada Lovelace'] },
    { id: 'letters', type: 'article-journal', title: 'Letters on Computation', issued: '1844', authors: ['Ada Lovelace'] },
  ],
} as unknown as Profile;
