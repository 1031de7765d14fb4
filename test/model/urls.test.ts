import { expect } from 'vitest';
import { isLocalUrl, mailtoUrl, refusedLinkReason, refusedLinks, resolveLink, resolveRelativeLinks, safeUrl, withoutPaths } from '../../src/model/urls.js';

describe('safeUrl', () => {
  it('allows http, https and mailto URLs, returning them as given', () => {
    for (const url of ['https://www.deepspeed.ai/', 'http://example.org/paper.pdf', 'HTTPS://EXAMPLE.ORG/', 'mailto:minjiaz@microsoft.com']) {
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

describe('resolveLink', () => {
  const file = 'https://data.example.org/site/data/papers.bib';

  it('resolves a relative link against the file it is written in, as CSS url() does', () => {
    expect(resolveLink('paper.pdf', file)).to.equal('https://data.example.org/site/data/paper.pdf');
    expect(resolveLink('../assets/pdf/paper.pdf', file)).to.equal('https://data.example.org/site/assets/pdf/paper.pdf');
    expect(resolveLink('/cv.pdf', file)).to.equal('https://data.example.org/cv.pdf');
    expect(resolveLink('//cdn.example.org/me.jpg', file)).to.equal('https://cdn.example.org/me.jpg');
    expect(resolveLink('  paper.pdf ', file)).to.equal('https://data.example.org/site/data/paper.pdf');
  });

  it('keeps absolute links, fragment-only links and refused links exactly as given', () => {
    for (const url of [
      'https://example.org/a b',
      'HTTP://EXAMPLE.ORG/',
      'mailto:ada@example.org',
      '#talks',
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      '',
      '  ',
    ]) {
      expect(resolveLink(url, file), JSON.stringify(url)).to.equal(url);
    }
  });

  it('with the page address, rewrites a link only when the page would send it elsewhere', () => {
    const page = 'https://data.example.org/site/index.html';
    expect(resolveLink('/cv.pdf', file, page)).to.equal('/cv.pdf');
    expect(resolveLink('paper.pdf', file, page)).to.equal('https://data.example.org/site/data/paper.pdf');
    expect(resolveLink('paper.pdf', 'https://data.example.org/site/papers.bib', page)).to.equal('paper.pdf');
    expect(resolveLink('/cv.pdf', 'https://cdn.example.net/data/x.json', page)).to.equal('https://cdn.example.net/cv.pdf');
  });

  it('leaves a link alone when the base is not a URL', () => {
    expect(resolveLink('paper.pdf', 'not a url')).to.equal('paper.pdf');
  });
});

describe('resolveRelativeLinks', () => {
  const base = 'https://example.org/data/me.json';

  it('resolves the links of a profile: photo, homepage, profiles, entries, publication links and URL', () => {
    const profile = {
      basics: { name: 'Ada', image: 'photo.jpg', url: 'https://ada.example.org/', profiles: [{ network: 'Blog', url: 'blog/' }] },
      work: [{ organization: 'Engines', url: '../engines.html', startDate: '1840' }],
      publications: [
        {
          id: 'p1',
          type: 'paper-conference',
          title: 'paper.pdf is not a link here',
          page: '243-249',
          URL: 'papers/p1.html',
          links: [{ kind: 'pdf', url: 'papers/p1.pdf' }, { kind: 'code', url: 'javascript:alert(1)' }, { kind: 'slides' }],
        },
      ],
    };
    const resolved = resolveRelativeLinks(profile, base);
    expect(resolved.basics.image).to.equal('https://example.org/data/photo.jpg');
    expect(resolved.basics.url).to.equal('https://ada.example.org/');
    expect(resolved.basics.profiles[0]!.url).to.equal('https://example.org/data/blog/');
    expect(resolved.work[0]!.url).to.equal('https://example.org/engines.html');
    const publication = resolved.publications[0]!;
    expect(publication.URL).to.equal('https://example.org/data/papers/p1.html');
    expect(publication.links).to.deep.equal([{ kind: 'pdf', url: 'https://example.org/data/papers/p1.pdf' }, { kind: 'code', url: 'javascript:alert(1)' }, { kind: 'slides' }]);
    // Only link fields change.
    expect(publication.title).to.equal('paper.pdf is not a link here');
    expect(publication.page).to.equal('243-249');
  });

  it('resolves imported entries: the item, its links and its other versions', () => {
    const entry = {
      key: 'a',
      source: 'papers.bib',
      bibtex: '@misc{a, pdf = {a.pdf}}',
      item: { id: 'a', type: 'article', links: [{ kind: 'pdf', url: 'a.pdf' }] },
      links: [{ kind: 'pdf', url: 'a.pdf' }],
      versions: [{ key: 'b', item: { id: 'b', URL: 'b.html' }, links: [{ kind: 'website', url: 'b.html' }], versions: [] }],
    };
    const [resolved] = resolveRelativeLinks([entry], base);
    expect(resolved!.item.links[0]!.url).to.equal('https://example.org/data/a.pdf');
    expect(resolved!.links[0]!.url).to.equal('https://example.org/data/a.pdf');
    expect(resolved!.versions[0]!.item.URL).to.equal('https://example.org/data/b.html');
    expect(resolved!.versions[0]!.links[0]!.url).to.equal('https://example.org/data/b.html');
    expect(resolved!.bibtex).to.equal(entry.bibtex);
    expect(resolved!.source).to.equal('papers.bib');
  });

  it('never modifies its input, and shares what has no link to change', () => {
    const unchanged = { title: 'No links', links: [{ kind: 'doi', url: 'https://doi.org/10.1/x' }] };
    const profile = { basics: { name: 'Ada', image: 'photo.jpg' }, publications: [unchanged] };
    const before = structuredClone(profile);
    const resolved = resolveRelativeLinks(profile, base);
    expect(profile).to.deep.equal(before);
    expect(resolved).not.to.equal(profile);
    expect(resolved.publications[0]).to.equal(unchanged);
    const absolute = { basics: { name: 'Ada', image: 'https://example.org/photo.jpg' } };
    expect(resolveRelativeLinks(absolute, base)).to.equal(absolute);
  });

  it('with the page address, keeps links that lead to the same place either way', () => {
    const profile = { basics: { name: 'Ada', image: '/img/ada.jpg', url: 'about.html' } };
    const resolved = resolveRelativeLinks(profile, base, 'https://example.org/index.html');
    expect(resolved.basics).to.deep.equal({ name: 'Ada', image: '/img/ada.jpg', url: 'https://example.org/data/about.html' });
  });

  it('passes other values through', () => {
    for (const value of [undefined, null, 42, 'photo.jpg', true]) expect(resolveRelativeLinks(value, base)).to.equal(value);
    const date = new Date(0);
    expect(resolveRelativeLinks({ when: date }, base).when).to.equal(date);
  });
});

describe('isLocalUrl', () => {
  it("is true for pages opened from the author's own machine", () => {
    for (const url of [
      'http://localhost/',
      'http://localhost:8000/profile.html',
      'https://LOCALHOST:4000/',
      'http://localhost./',
      'http://127.0.0.1:5173/',
      'http://127.1.2.3/',
      'http://[::1]:8080/',
      'http://my-site.localhost:3000/',
      'http://a.b.localhost/',
      'file:///home/ada/site/index.html',
      new URL('http://localhost:8000/'),
    ]) {
      expect(isLocalUrl(url), String(url)).to.be.true;
    }
  });

  it('is false for published pages and for anything that is not a page address', () => {
    for (const url of [
      'https://ada.example.org/',
      'https://localhost.example.org/',
      'https://mylocalhost/',
      'http://localhostx/',
      'http://192.168.1.10/',
      'http://10.0.0.1/',
      'http://[::2]/',
      'http://128.0.0.1/',
      'about:srcdoc',
      'data:text/html,x',
      'localhost',
      '',
    ]) {
      expect(isLocalUrl(url), url).to.be.false;
    }
  });
});

describe('refusedLinks', () => {
  it('finds, in document order, every text under url, URL or image (also in lists) that safeUrl refuses', () => {
    const value = {
      url: 'javascript:alert(1)',
      image: 'https://example.org/me.jpg',
      items: [{ URL: ' DATA:text/html,x' }, { url: ['vbscript:x', 'ok.html', ['file:///etc/passwd']] }, { url: '' }, { url: 5 }],
      note: 'javascript:alert(1)',
      links: [{ kind: 'pdf', url: 'java\tscript:alert(1)', label: 'data:,x' }],
    };
    expect(refusedLinks(value)).to.deep.equal([
      { path: ['url'], link: 'javascript:alert(1)' },
      { path: ['items', '0', 'URL'], link: ' DATA:text/html,x' },
      { path: ['items', '1', 'url', '0'], link: 'vbscript:x' },
      { path: ['items', '1', 'url', '2', '0'], link: 'file:///etc/passwd' },
      { path: ['links', '0', 'url'], link: 'java\tscript:alert(1)' },
    ]);
  });

  it('walks nesting of any depth and values that refer to themselves without failing', () => {
    let deep: Record<string, unknown> = { url: 'javascript:deep' };
    for (let level = 0; level < 10_000; level++) deep = { next: deep };
    expect(refusedLinks(deep)[0]!.path.length).to.equal(10_001);
    const loop: Record<string, unknown> = { url: 'data:,x' };
    loop.self = loop;
    expect(refusedLinks(loop)).to.deep.equal([{ path: ['url'], link: 'data:,x' }]);
  });

  it('quotes the link, shortened, in its reason', () => {
    expect(refusedLinkReason('javascript:alert(1)')).to.equal('the link "javascript:alert(1)" is not an http(s), mailto or relative address; it is left out');
    expect(refusedLinkReason(`data:${'x'.repeat(100)}`)).to.equal(`the link "data:${'x'.repeat(54)}…" is not an http(s), mailto or relative address; it is left out`);
  });
});

describe('withoutPaths', () => {
  it('leaves out fields and list items on copies, sharing the rest and never changing the input', () => {
    const kept = { untouched: true };
    const input = { a: { url: 'x', keep: 1 }, list: ['0', '1', '2', '3'], kept };
    const snapshot = structuredClone(input);
    const result = withoutPaths(input, [
      ['a', 'url'],
      ['list', '1'],
      ['list', '3'],
      ['missing', 'deeper'],
    ]);
    expect(result).to.deep.equal({ a: { keep: 1 }, list: ['0', '2'], kept });
    expect(result.kept).to.equal(kept);
    expect(input).to.deep.equal(snapshot);
  });

  it('keeps a "__proto__" key a key', () => {
    const input = JSON.parse('{"__proto__": {"url": "javascript:x", "name": "n"}}') as Record<string, unknown>;
    const result = withoutPaths(input, [['__proto__', 'url']]);
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')!.value).to.deep.equal({ name: 'n' });
  });
});
