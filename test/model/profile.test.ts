import { expect } from 'vitest';
import { currentAffiliation, headline, isNameOnly, publicationStats } from '../../src/model/profile.js';
import type { Profile, Publication } from '../../src/model/types.js';

const publication = (id: string, issued?: Publication['issued']): Publication => (issued ? { id, type: 'article', title: id, issued } : { id, type: 'article', title: id });

describe('currentAffiliation', () => {
  it('uses the first current affiliation listed in basics', () => {
    const profile: Profile = {
      basics: {
        name: 'A',
        affiliations: [
          { organization: 'Old University', role: 'Lecturer', current: false },
          { organization: 'Microsoft', department: 'Azure OpenAI', role: 'Senior Researcher' },
          { organization: 'Second Job', role: 'Advisor', current: true },
        ],
      },
      work: [{ position: 'Ignored', organization: 'Ignored Co', startDate: '2025', ongoing: true }],
    };
    expect(currentAffiliation(profile)).to.deep.equal({ organization: 'Microsoft', department: 'Azure OpenAI', role: 'Senior Researcher' });
  });

  it('falls back to the latest ongoing work entry, with its team as department', () => {
    const profile: Profile = {
      basics: { name: 'A', affiliations: [{ organization: 'Former Lab', current: false }] },
      work: [
        { position: 'Researcher', organization: 'Microsoft', team: 'DeepSpeed', startDate: '2023-01', endDate: '2024-06' },
        { position: 'Advisor', organization: 'Startup', startDate: '2019', ongoing: true },
        { position: 'Senior Researcher', organization: 'Microsoft', team: 'Azure OpenAI', startDate: '2024-06', ongoing: true },
        { position: 'Research Intern', organization: 'Microsoft', startDate: '2025-01' },
      ],
    };
    expect(currentAffiliation(profile)).to.deep.equal({ organization: 'Microsoft', role: 'Senior Researcher', department: 'Azure OpenAI' });
  });

  it('leaves out department when the ongoing entry has no team', () => {
    const profile: Profile = { basics: { name: 'A' }, work: [{ position: 'Principal Researcher', organization: 'Microsoft', startDate: '2020-08', ongoing: true }] };
    expect(currentAffiliation(profile)).to.deep.equal({ organization: 'Microsoft', role: 'Principal Researcher' });
  });

  it('skips an ongoing entry that names a position but no organisation', () => {
    const profile: Profile = {
      basics: { name: 'A' },
      work: [
        { organization: 'Kiel University', position: 'Professor', startDate: '2018', ongoing: true },
        { position: 'Consultant', startDate: '2022', ongoing: true },
      ],
    };
    expect(currentAffiliation(profile)).to.deep.equal({ organization: 'Kiel University', role: 'Professor' });
    expect(currentAffiliation({ basics: { name: 'A' }, work: [{ position: 'Consultant', ongoing: true }] })).to.be.undefined;
  });

  it('gives undefined when nothing is current', () => {
    expect(currentAffiliation({ basics: { name: 'A' } })).to.be.undefined;
    const profile: Profile = {
      basics: { name: 'A', affiliations: [{ organization: 'Old', current: false }] },
      work: [{ position: 'Intern', organization: 'Lab', startDate: '2015', endDate: '2016' }],
    };
    expect(currentAffiliation(profile)).to.be.undefined;
  });
});

describe('headline', () => {
  it('prefers the label', () => {
    const profile: Profile = { basics: { name: 'A', label: 'Principal Researcher', affiliations: [{ organization: 'X', role: 'Other' }] } };
    expect(headline(profile)).to.equal('Principal Researcher');
  });

  it('falls back to the current role, from affiliations or from ongoing work', () => {
    expect(headline({ basics: { name: 'A', affiliations: [{ organization: 'X', role: 'Professor' }] } })).to.equal('Professor');
    expect(headline({ basics: { name: 'A' }, work: [{ position: 'Engineer', organization: 'Y', ongoing: true }] })).to.equal('Engineer');
  });

  it('gives undefined when there is neither', () => {
    expect(headline({ basics: { name: 'A' } })).to.be.undefined;
  });
});

describe('publicationStats', () => {
  it('counts publications and spans their years, from date-parts, raw and literal', () => {
    const profile: Profile = {
      basics: { name: 'A' },
      publications: [
        publication('a', { 'date-parts': [[2019, 11]] }),
        publication('b', { raw: '2023' }),
        publication('c', { literal: 'Spring 2010' }),
        publication('d'),
        publication('e', { 'date-parts': [[2021]] }),
      ],
    };
    expect(publicationStats(profile)).to.deep.equal({ count: 5, firstYear: 2010, latestYear: 2023 });
  });

  it('gives a count of zero and no years without publications', () => {
    expect(publicationStats({ basics: { name: 'A' } })).to.deep.equal({ count: 0 });
    expect(publicationStats({ basics: { name: 'A' }, publications: [publication('undated')] })).to.deep.equal({ count: 1 });
  });
});

describe('isNameOnly', () => {
  it('is true for a name and nothing else, or only empty things', () => {
    expect(isNameOnly({ basics: { name: 'A' } })).to.be.true;
    expect(isNameOnly({ basics: { name: 'A', emails: [], label: '' }, work: [], publications: [] })).to.be.true;
  });

  it('is false when basics hold something besides the name', () => {
    expect(isNameOnly({ basics: { name: 'A', label: 'Researcher' } })).to.be.false;
    expect(isNameOnly({ basics: { name: 'A', emails: ['a@example.org'] } })).to.be.false;
  });

  it('is false when any section has an entry', () => {
    expect(isNameOnly({ basics: { name: 'A' }, honors: [{ title: 'Award' }] })).to.be.false;
    expect(isNameOnly({ basics: { name: 'A' }, publications: [publication('p')] })).to.be.false;
  });
});
