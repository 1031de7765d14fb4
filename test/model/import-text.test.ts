import { expect } from 'vitest';
import { validDoi, cslNameFromText, decodeEntities, plainText } from '../../src/model/import-text.js';

describe('cslNameFromText', () => {
  it('splits "Given Family" and "Family, Given"', () => {
    expect(cslNameFromText('Samyam Rajbhandari')).to.deep.equal({ family: 'Rajbhandari', given: 'Samyam' });
    expect(cslNameFromText('Yazdani Aminabadi, Reza')).to.deep.equal({ family: 'Yazdani Aminabadi', given: 'Reza' });
    expect(cslNameFromText('  Donald  E.   Knuth ')).to.deep.equal({ family: 'Knuth', given: 'Donald E.' });
  });

  it('keeps particles and suffixes apart', () => {
    expect(cslNameFromText('Ludwig van Beethoven')).to.deep.equal({ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' });
    expect(cslNameFromText('van der Berg, Anna')).to.deep.equal({ family: 'Berg', given: 'Anna', 'non-dropping-particle': 'van der' });
    expect(cslNameFromText('Martin Luther King Jr.')).to.deep.equal({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(cslNameFromText('King, Jr., Martin Luther')).to.deep.equal({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
  });

  it('reads one word as a family name and no text as no name', () => {
    expect(cslNameFromText('Plato')).to.deep.equal({ family: 'Plato' });
    expect(cslNameFromText('   ')).to.equal(undefined);
  });
});

describe('plainText', () => {
  it('drops tags, keeps simple sub/superscripts as math the list shows, and decodes entities', () => {
    expect(plainText('CO<sub>2</sub> and R<sup>3</sup>')).to.equal('CO$_{2}$ and R$^{3}$');
    expect(plainText('<i>In vivo</i> &amp; <b>in vitro</b>\n study')).to.equal('In vivo & in vitro study');
    expect(plainText('x<sub>α</sub>')).to.equal('xα');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &#8211; &#x2014; &unknown; &#0;')).to.equal('<a> – — &unknown; &#0;');
  });
});

describe('validDoi', () => {
  it('strips resolver prefixes and rejects what is not a DOI', () => {
    expect(validDoi('https://doi.org/10.1109/sc41405.2020.00024')).to.equal('10.1109/sc41405.2020.00024');
    expect(validDoi('http://dx.doi.org/10.1145/3394486.3406703')).to.equal('10.1145/3394486.3406703');
    expect(validDoi('doi:10.48550/arXiv.2101.06840')).to.equal('10.48550/arXiv.2101.06840');
    expect(validDoi('not a doi')).to.equal(undefined);
    expect(validDoi(42)).to.equal(undefined);
  });
});
