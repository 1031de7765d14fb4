/** A CSL locale module that cannot be loaded (e.g. offline): the citation is made all the same, in English. */
import { beforeAll, expect, vi } from 'vitest';
import { formatCitation, loadCsl } from '../../src/model/cite.js';
import { toEntry } from '../../src/model/publications.js';

vi.mock('../../src/model/csl-locales/it-IT.js', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

const book = toEntry(
  { id: 'b', type: 'book', title: 'Deep Learning', edition: '2', author: [{ given: 'Ian', family: 'Goodfellow' }], issued: { 'date-parts': [[2016]] }, publisher: 'MIT Press' },
  'b',
  'inline',
);

describe('formatCitation when a locale cannot be loaded', () => {
  // citation-js loads once, slowly on a busy machine: not in the first test's time.
  beforeAll(() => loadCsl(), 60000);

  it('formats in English instead, and in a bundled language as usual', async () => {
    expect(await formatCitation(book, 'apa', 'it')).to.equal('Goodfellow, I. (2016). Deep Learning (2nd ed.). MIT Press.');
    expect(await formatCitation(book, 'apa', 'de')).to.equal('Goodfellow, I. (2016). Deep Learning (2. Aufl.). MIT Press.');
  });
});
