import { expect } from 'vitest';
import { completePublications, normalizeProfile, ValueOrigins } from '../../src/model/normalize.js';

describe('normalizeProfile', () => {
  it('makes new objects and lists for what the schema describes, and shares the rest with the input', () => {
    const extra = { any: ['thing'] };
    const input = { basics: { name: 'X', custom: extra }, work: [{ name: 'Lab', startDate: 'June 2020' }] };
    const { document } = normalizeProfile(input) as { document: any };
    expect(document).not.to.equal(input);
    expect(document.basics).not.to.equal(input.basics);
    expect(document.work).not.to.equal(input.work);
    expect(document.work[0]).to.deep.equal({ organization: 'Lab', startDate: '2020-06' });
    expect(document.basics.custom).to.equal(extra);
    expect(input.work[0]).to.deep.equal({ name: 'Lab', startDate: 'June 2020' });
  });

  it('says where moved values were in the input', () => {
    const { origins } = normalizeProfile({
      basics: { name: 'X', summary: 'One.\n\nTwo.' },
      honors: [{ title: 'Ours' }],
      awards: [{ title: 'Theirs', awarder: 'Society' }],
      publications: [{ title: 'P', links: { pdf: 'p.pdf' }, keywords: ['', 'kept'] }],
    });
    expect(origins.inputPath(['basics', 'bio', '1'])).to.deep.equal(['basics', 'summary']);
    expect(origins.inputPath(['honors', '1', 'issuer'])).to.deep.equal(['awards', '0', 'awarder']);
    expect(origins.inputPath(['honors', '0', 'title'])).to.deep.equal(['honors', '0', 'title']);
    expect(origins.inputPath(['publications', '0', 'links', '0', 'url'])).to.deep.equal(['publications', '0', 'links', 'pdf']);
    expect(origins.inputPath(['publications', '0', 'keywords', '0'])).to.deep.equal(['publications', '0', 'keywords', '1']);
  });

  it('reports dates that cannot exist with their path in the input, and leaves them out', () => {
    const { document, faults } = normalizeProfile({ basics: { name: 'X' }, awards: [{ title: 'A', date: '2021-04-31' }] }) as { document: any; faults: unknown };
    expect(document.honors).to.deep.equal([{ title: 'A' }]);
    expect(faults).to.deep.equal([{ path: ['awards', '0', 'date'], text: 'expected a date that exists, got "2021-04-31" (April 2021 has 30 days)' }]);
  });

  it('returns a value that is not an object as it is', () => {
    expect(normalizeProfile('text').document).to.equal('text');
    const list = [1, 2];
    expect(normalizeProfile(list).document).to.equal(list);
  });
});

describe('ValueOrigins', () => {
  it('maps a path through the nearest moved place above it', () => {
    const origins = new ValueOrigins();
    origins.note(['honors', '2'], ['awards', '0']);
    origins.note(['basics', 'bio'], ['basics', 'summary'], true);
    expect(origins.inputPath(['honors', '2', 'title'])).to.deep.equal(['awards', '0', 'title']);
    expect(origins.inputPath(['basics', 'bio', '3'])).to.deep.equal(['basics', 'summary']);
    expect(origins.inputPath(['work', '0'])).to.deep.equal(['work', '0']);
  });
});

describe('completePublications', () => {
  it('adds ids and types only where missing', () => {
    const publications = [{ title: 'A' }, { id: 7, type: 'book', title: 'B' }, 'not an object'];
    completePublications(publications);
    expect(publications).to.deep.equal([{ title: 'A', id: 'a', type: 'document' }, { id: 7, type: 'book', title: 'B' }, 'not an object']);
  });
});
