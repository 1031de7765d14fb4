import { expect } from 'vitest';
import { knownNetwork, profileUrl } from '../../src/model/social.js';

describe('knownNetwork', () => {
  it('recognises networks however they are written', () => {
    expect(
      [
        'Google Scholar',
        'google-scholar',
        'Semantic Scholar',
        'ORCID iD',
        'Twitter/X',
        'X',
        'GitHub',
        'LinkedIn',
        'Bluesky',
        'Mastodon',
        'ResearchGate',
        'dblp',
        'Hugging Face',
      ].map(knownNetwork),
    ).to.deep.equal([
      'google-scholar',
      'google-scholar',
      'semantic-scholar',
      'orcid',
      'twitter',
      'twitter',
      'github',
      'linkedin',
      'bluesky',
      'mastodon',
      'researchgate',
      'dblp',
      'hugging-face',
    ]);
    expect(knownNetwork('SoundCloud')).to.equal(undefined);
  });
});

describe('profileUrl', () => {
  it('keeps a given address', () => {
    expect(profileUrl({ network: 'GitHub', username: 'someone-else', url: 'https://github.com/ada' })).to.equal('https://github.com/ada');
  });

  it('builds the address from the username where the network fixes its form', () => {
    const built = (network: string, username: string) => profileUrl({ network, username });
    expect(built('GitHub', 'ada-l')).to.equal('https://github.com/ada-l');
    expect(built('ORCID', '0000-0002-1825-0097')).to.equal('https://orcid.org/0000-0002-1825-0097');
    expect(built('ORCID', 'https://orcid.org/0000-0002-1825-009X')).to.equal('https://orcid.org/0000-0002-1825-009X');
    expect(built('Twitter', '@neutralthoughts')).to.equal('https://x.com/neutralthoughts');
    expect(built('X', 'ada')).to.equal('https://x.com/ada');
    expect(built('LinkedIn', 'ada-lovelace')).to.equal('https://www.linkedin.com/in/ada-lovelace');
    expect(built('Google Scholar', 'AbCdEfGhIjKl')).to.equal('https://scholar.google.com/citations?user=AbCdEfGhIjKl');
    expect(built('DBLP', 'l/AdaLovelace')).to.equal('https://dblp.org/pid/l/AdaLovelace');
    expect(built('Semantic Scholar', '1741101')).to.equal('https://www.semanticscholar.org/author/1741101');
    expect(built('Mastodon', '@ada@mathstodon.xyz')).to.equal('https://mathstodon.xyz/@ada');
    expect(built('Bluesky', 'ada.bsky.social')).to.equal('https://bsky.app/profile/ada.bsky.social');
    expect(built('ResearchGate', 'Ada_Lovelace')).to.equal('https://www.researchgate.net/profile/Ada_Lovelace');
  });

  it('builds nothing for unknown networks or usernames not of the network’s form', () => {
    expect(profileUrl({ network: 'SoundCloud', username: 'dandymusicnl' })).to.equal(undefined);
    expect(profileUrl({ network: 'GitHub', username: 'not a username' })).to.equal(undefined);
    expect(profileUrl({ network: 'ORCID', username: '1234' })).to.equal(undefined);
    expect(profileUrl({ network: 'Mastodon', username: 'ada' })).to.equal(undefined);
    expect(profileUrl({ network: 'GitHub' })).to.equal(undefined);
  });

  it('treats an empty address as none, and never replaces an unsafe one with a guess', () => {
    expect(profileUrl({ network: 'Twitter', username: 'neutralthoughts', url: '' })).to.equal('https://x.com/neutralthoughts');
    expect(profileUrl({ network: 'GitHub', username: 'ada', url: 'javascript:alert(1)' })).to.equal(undefined);
  });
});
