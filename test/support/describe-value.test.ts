import { chai, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { canSend, DESCRIPTION_LIMIT, describeNode, describeValue, ITEMS_LIMIT, reportableError } from './describe-value.js';

/** What the test runner's web socket does with a failure before sending it. */
function send(value: unknown): string {
  return JSON.stringify(structuredClone(value));
}

describe('describing the values of a failed assertion', () => {
  it('describes a node by its opening tag, and says when it has content', async () => {
    const list = await fixture(html`<ul part="items" class="a b"><li data-n="1">one</li><li></li></ul>`);
    expect(describeNode(list)).to.equal('<ul part="items" class="a b">…');
    expect(describeNode(list.lastElementChild!)).to.equal('<li>');
    expect(describeNode(list.firstElementChild!.firstChild!)).to.equal('#text "one"');
    expect(describeNode(document.createComment('note'))).to.equal('<!--note-->');
    expect(describeNode(document.createDocumentFragment())).to.equal('#document-fragment');
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    expect(describeNode(host.shadowRoot!)).to.equal('#shadow-root (open) of <div>');
    expect(describeNode(document)).to.equal(`#document (${document.URL})`);
  });

  it('keeps a description short: long attribute values, many attributes', () => {
    const element = document.createElement('p');
    element.setAttribute('title', 'x'.repeat(100));
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) element.setAttribute(name, '');
    const description = describeNode(element);
    expect(description).to.equal(`<p title="${'x'.repeat(39)}…" a b c d e …>`);
  });

  it('describes lists, objects, cycles and values a clone cannot carry', () => {
    const node = document.createElement('section');
    const cyclic: Record<string, unknown> = { node };
    cyclic.self = cyclic;
    expect(describeValue([node, 1, 'two', null, undefined])).to.equal('[<section>, 1, "two", null, undefined]');
    expect(describeValue(cyclic)).to.equal('{ node: <section>, self: [Circular] }');
    expect(describeValue({ run() {} })).to.equal('{ run: [Function: run] }');
    expect(describeValue(10n)).to.equal('10n');
    expect(describeValue(Symbol('s'))).to.equal('Symbol(s)');
    expect(describeValue(new Map([['k', node]]))).to.equal('Map { "k" => <section> }');
    expect(describeValue(new Set([node]))).to.equal('Set [<section>]');
    expect(describeValue(window)).to.equal('[Window]');
    expect(describeValue({ a: { b: { c: { d: 1 } } } })).to.equal('{ a: { b: { c: {…} } } }');
  });

  it('writes a long list one item a line, and stops after ITEMS_LIMIT items and DESCRIPTION_LIMIT characters', () => {
    const items = Array.from({ length: ITEMS_LIMIT + 5 }, (_, index) => {
      const item = document.createElement('li');
      item.dataset.n = String(index);
      return item;
    });
    const lines = describeValue(items).split('\n');
    expect(lines[0]).to.equal('[');
    expect(lines[1]).to.equal('  <li data-n="0">,');
    expect(lines.at(-2)).to.equal('  … 5 more');
    expect(lines).to.have.length(ITEMS_LIMIT + 3);
    expect(describeValue('y'.repeat(5000))).to.have.length(DESCRIPTION_LIMIT);
  });

  it('describes nodes of another frame', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${'<p id=inner>x</p>'}></iframe>`);
    await waitUntil(() => frame.contentDocument?.getElementById('inner'), 'the frame never showed its paragraph');
    const inner = frame.contentDocument!.getElementById('inner');
    expect(inner instanceof Node, 'a node of this window').to.be.false;
    expect(describeValue(inner)).to.equal('<p id="inner">…');
  });

  it('makes a chai failure on a node sendable, with its message kept', () => {
    const node = document.createElement('div');
    node.setAttribute('part', 'bio');
    // The failure chai makes for `expect(node).to.equal(span)`.
    const failure: Error & { actual?: unknown; expected?: unknown } = new chai.AssertionError('expected <div part="bio"></div> to equal <span></span>', {
      actual: node,
      expected: document.createElement('span'),
      showDiff: true,
    });
    expect(canSend(failure.actual), 'a node can be sent').to.be.false;
    const message = failure.message;
    reportableError(failure);
    expect(failure.message).to.equal(message);
    expect(failure.actual).to.equal('<div part="bio">');
    expect(failure.expected).to.equal('<span>');
    expect(send({ actual: failure.actual, expected: failure.expected })).to.equal('{"actual":"<div part=\\"bio\\">","expected":"<span>"}');
  });

  it('leaves sendable values and a missing `expected` as they are', () => {
    const plain = Object.assign(new Error('x'), { actual: [1, { a: 'b' }], expected: [2] });
    reportableError(plain);
    expect(plain.actual).to.deep.equal([1, { a: 'b' }]);
    expect(plain.expected).to.deep.equal([2]);
    const toBeNull: Error & { actual?: unknown; expected?: unknown } = Object.assign(new Error('expected <p> to be null'), {
      actual: document.createElement('p'),
      expected: undefined,
    });
    reportableError(toBeNull);
    expect(toBeNull.actual).to.equal('<p>');
    expect(toBeNull.expected).to.equal(undefined);
    expect(canSend(10n), 'a BigInt can be sent').to.be.false;
    expect(reportableError('thrown text')).to.equal('thrown text');
  });
});
