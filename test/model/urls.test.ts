import { expect } from '@open-wc/testing';
import { mailtoUrl, safeUrl } from '../../src/model/urls.js';

describe('safeUrl', () => {
  it('allows http, https and mailto URLs, returning them as given', () => {
    for (const url of [
      'https://www.deepspeed.ai/',
      'http://example.org/paper.pdf',
      'HTTPS://EXAMPLE.ORG/',
      'mailto:minjiaz@microsoft.com',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('allows relative and protocol-relative URLs', () => {
    for (const url of ['/demo/profiles/minjia-zhang.json', 'slides/simigrad.pdf', '../cv.pdf', '#publications', '?tab=talks', '//cdn.example.org/photo.jpg', 'notes/a:b']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('trims surrounding whitespace', () => {
    expect(safeUrl('  https://example.org/  ')).to.equal('https://example.org/');
  });

  it('rejects javascript: however it is written', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u0000 javascript:alert(1)',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.be.undefined;
    }
  });

  it('rejects data:, vbscript: and other schemes', () => {
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/1234',
      'ftp://example.org/',
    ]) {
      expect(safeUrl(url), url).to.be.undefined;
    }
  });

  it('rejects non-strings and empty strings', () => {
    for (const value of [undefined, null, 42, true, {}, ['https://example.org/'], new URL('https://example.org/'), '', '   ']) {
      expect(safeUrl(value), String(value)).to.be.undefined;
    }
  });

  it('gives a result the browser also reads as http(s), mailto or same-origin', () => {
    // What an <a href> built from the result resolves to, checked with the browser's own URL parser.
    for (const url of ['//cdn.example.org/x', 'slides.pdf', 'mailto:a@example.org', 'https://example.org/']) {
      const resolved = new URL(safeUrl(url)!, 'https://host.example/page/');
      expect(['http:', 'https:', 'mailto:'], url).to.include(resolved.protocol);
    }
  });
});

describe('mailtoUrl', () => {
  it('makes a mailto: link for an address', () => {
    expect(mailtoUrl('heyangqin@microsoft.com')).to.equal('mailto:heyangqin@microsoft.com');
    expect(mailtoUrl(' qysnn1@gmail.com ')).to.equal('mailto:qysnn1@gmail.com');
  });

  it('refuses what is not an address', () => {
    for (const value of ['not an email', 'a@b@c', 'javascript:alert(1)@x', '@example.org', 'name@', 42, undefined]) {
      expect(mailtoUrl(value), String(value)).to.be.undefined;
    }
  });
});
