import { expect } from 'vitest';
import { foldText, formatCslName, initials, personMatcher, splitName } from '../../src/model/names.js';

describe('foldText', () => {
  it('strips accents and case', () => {
    expect(foldText('Rúwase')).to.equal('ruwase');
    expect(foldText('RUWASE')).to.equal('ruwase');
    expect(foldText('Montréal')).to.equal('montreal');
  });
});

describe('formatCslName', () => {
  it('writes given then family', () => {
    expect(formatCslName({ given: 'Minjia', family: 'Zhang' })).to.equal('Minjia Zhang');
    expect(formatCslName({ family: 'Plato' })).to.equal('Plato');
  });

  it('places particles between given and family', () => {
    expect(formatCslName({ given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' })).to.equal('Ludwig van Beethoven');
    expect(formatCslName({ given: 'Alexander', 'dropping-particle': 'von', family: 'Humboldt' })).to.equal('Alexander von Humboldt');
    expect(formatCslName({ given: 'Jean', 'dropping-particle': 'de', 'non-dropping-particle': 'la', family: 'Fontaine' })).to.equal('Jean de la Fontaine');
  });

  it('adds the suffix at the end', () => {
    expect(formatCslName({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' })).to.equal('Martin Luther King Jr.');
  });

  it('uses the literal as written', () => {
    expect(formatCslName({ literal: 'DeepSpeed Team' })).to.equal('DeepSpeed Team');
    expect(formatCslName({ literal: 'The BigScience Workshop', family: 'Ignored' })).to.equal('The BigScience Workshop');
  });

  it('skips empty parts', () => {
    expect(formatCslName({ given: ' ', family: 'Zhang' })).to.equal('Zhang');
  });
});

describe('splitName', () => {
  it('splits "Family, Given"', () => {
    expect(splitName('Zhang, Minjia')).to.deep.equal({ family: 'Zhang', given: 'Minjia' });
    expect(splitName('Zhang, M.')).to.deep.equal({ family: 'Zhang', given: 'M.' });
  });

  it('splits "Given Family" at the last word', () => {
    expect(splitName('Minjia Zhang')).to.deep.equal({ given: 'Minjia', family: 'Zhang' });
    expect(splitName('M. Zhang')).to.deep.equal({ given: 'M.', family: 'Zhang' });
    expect(splitName('Sam Ade Jacobs')).to.deep.equal({ given: 'Sam Ade', family: 'Jacobs' });
  });

  it('treats one word as the family name and folds whitespace', () => {
    expect(splitName('Plato')).to.deep.equal({ given: '', family: 'Plato' });
    expect(splitName('  Minjia \t  Zhang ')).to.deep.equal({ given: 'Minjia', family: 'Zhang' });
  });
});

describe('initials', () => {
  it('gives the first letters of given and family name', () => {
    expect(initials('Minjia Zhang')).to.equal('MZ');
    expect(initials('Zhang, Minjia')).to.equal('MZ');
    expect(initials('heyang qin')).to.equal('HQ');
    expect(initials('Sam Ade Jacobs')).to.equal('SJ');
  });

  it('copes with one word, accents and nothing at all', () => {
    expect(initials('Plato')).to.equal('P');
    expect(initials('Élodie Ørsted')).to.equal('ÉØ');
    expect(initials('')).to.equal('?');
  });
});

describe('personMatcher', () => {
  const isMinjia = personMatcher('Minjia Zhang', ['M. Zhang', 'Zhang, Minjia', 'Zhang, M.']);

  it('matches the full name, as a string and as a CSL name', () => {
    expect(isMinjia('Minjia Zhang')).to.be.true;
    expect(isMinjia({ given: 'Minjia', family: 'Zhang' })).to.be.true;
  });

  it('matches initials and inverted forms', () => {
    expect(isMinjia('M. Zhang')).to.be.true;
    expect(isMinjia('Zhang, M.')).to.be.true;
    expect(isMinjia('Zhang, Minjia')).to.be.true;
    expect(isMinjia({ given: 'M.', family: 'Zhang' })).to.be.true;
  });

  it('matches with accents and case folded', () => {
    expect(isMinjia('MINJIA ZHÁNG')).to.be.true;
    expect(personMatcher('Olatunji Ruwase')({ given: 'Olatunji', family: 'Rúwase' })).to.be.true;
  });

  it('matches forms it was not told about, from the name alone', () => {
    const bare = personMatcher('Minjia Zhang');
    expect(bare('Zhang, M.')).to.be.true;
    expect(bare('M Zhang')).to.be.true;
  });

  it('matches a listed misspelling', () => {
    // Minjia Zhang's CV prints "Samyam Rajbandari" in one author list.
    const isSamyam = personMatcher('Samyam Rajbhandari', ['S. Rajbhandari', 'Samyam Rajbandari']);
    expect(isSamyam('Samyam Rajbandari')).to.be.true;
    expect(isSamyam({ given: 'Samyam', family: 'Rajbandari' })).to.be.true;
    expect(personMatcher('Samyam Rajbhandari')('Samyam Rajbandari')).to.be.false;
  });

  it('does not match another person with the same family name', () => {
    expect(isMinjia('W. Zhang')).to.be.false;
    expect(isMinjia({ given: 'Wenhan', family: 'Zhang' })).to.be.false;
    expect(isMinjia('Minjia Wang')).to.be.false;
    expect(isMinjia({ literal: 'Zhang Lab' })).to.be.false;
  });

  it('does not match a different full given name that shares the initial', () => {
    // "Mingyu Zhang" is written out in full and is not "Minjia": the initial alone must not make them one person.
    expect(isMinjia('Mingyu Zhang')).to.be.false;
    expect(isMinjia({ given: 'Mingyu', family: 'Zhang' })).to.be.false;
  });

  it('matches a CSL name whose family name carries a particle', () => {
    const isVincent = personMatcher('Vincent van Gogh');
    expect(isVincent({ given: 'Vincent', 'non-dropping-particle': 'van', family: 'Gogh' })).to.be.true;
    expect(isVincent('V. van Gogh')).to.be.true;
    expect(isVincent({ given: 'V.', 'non-dropping-particle': 'van', family: 'Gogh' })).to.be.true;
  });
});

describe('formatCslName with parts that are not text', () => {
  it('uses the text parts and never throws on objects, lists or numbers', () => {
    const name = { given: { toString: '' }, family: 'Lovelace', suffix: ['x'], literal: { value: 'no' } } as unknown as Parameters<typeof formatCslName>[0];
    expect(formatCslName(name)).to.equal('Lovelace');
    expect(formatCslName({ given: 'Ada', family: 1815 } as unknown as Parameters<typeof formatCslName>[0])).to.equal('Ada 1815');
  });
});
