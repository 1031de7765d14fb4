import { expect } from '@open-wc/testing';
import { escapeAttribute, escapeText, scriptJson, staticHtml } from '../../src/cli/html.js';

describe('prerender HTML helpers', () => {
  it('escapes text and attribute values', () => {
    expect(escapeText('a < b && c > "d"')).to.equal('a &lt; b &amp;&amp; c &gt; "d"');
    expect(escapeAttribute('say "hi" <b>&</b>')).to.equal('say &quot;hi&quot; &lt;b&gt;&amp;&lt;/b&gt;');
  });

  it('writes JSON that cannot end its script element and means the same', () => {
    const value = { title: '</script><script>alert(1)</script> <!-- x', line: 'a\u2028b\u2029c' };
    const json = scriptJson(value);
    expect(json).not.to.match(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).to.deep.equal(value);
    const script = new DOMParser().parseFromString(`<script type="application/json">${json}</script>`, 'text/html').querySelector('script')!;
    expect(JSON.parse(script.textContent!)).to.deep.equal(value);
  });

  it("drops Lit's hydration markers and writes boolean attributes as HTML means them", () => {
    const rendered =
      '<!--lit-part AbC+/=--><div><!--lit-node 0--><input type="checkbox" checked="false" /><input type="checkbox" checked="true" /><input checked="undefined"><!--lit-part-->x<!--/lit-part--><?></div><!--/lit-part--><!-- kept -->';
    expect(staticHtml(rendered)).to.equal('<div><input type="checkbox" /><input type="checkbox" checked /><input>x</div><!-- kept -->');
  });
});
