/**
 * No test asserts on a DOM node: a failure should say what went wrong in a boolean, a string or a count
 * (`expect(!!shadow(card, '[part="bio"]'), 'bio part shown').to.be.false`), not in a page of HTML. The check
 * (./node-assertions.ts) reads every test file with TypeScript's types; here it runs on the project's tests, and on
 * samples that show what it finds and what it lets pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, expect } from 'vitest';
import { compilerOptions, findNodeAssertions, type NodeAssertion } from './node-assertions.js';

const root = resolve(import.meta.dirname, '../..');
/** Not checked: this folder (its samples are bad on purpose) and the fixtures of deliberately failing tests. */
const SKIPPED = ['test/lint/', 'test/support/fixtures/'];
const FAILING_FIXTURE = join(root, 'test/support/fixtures/failing-node-assertion.browser.ts');

/** What the samples have to work with: chai's `expect` (it takes `any`), the test helpers, a few elements. */
const PRELUDE = `
declare function expect(value: any, message?: string): any;
declare function shadow<E extends Element = HTMLElement>(element: Element, selector: string): E | null;
declare function shadowAll<E extends Element = HTMLElement>(element: Element, selector: string): E[];
declare function section(element: Element, name: string): HTMLElement;
declare function parts(doc: Document): { profile: Element; root: ShadowRoot; card: ShadowRoot | undefined; list: ShadowRoot | undefined };
declare const doc: Document;
declare const element: HTMLElement, card: HTMLElement, withPhoto: HTMLElement, unsafePhoto: HTMLElement, empty: HTMLElement;
declare const title: HTMLElement, entry: HTMLElement, links: HTMLAnchorElement[];
declare const profile: { service: Array<{ role: string }> };
declare class ResearcherCard extends HTMLElement {}
`;

/** The assertions on nodes the project's tests had, each as it was written. */
const ON_NODES = [
  "const { card } = parts(doc);\nexpect(card, 'the card has its shadow root').to.exist;",
  "const { list } = parts(doc);\nexpect(list, 'the publication list has its shadow root').to.exist;",
  'const { list } = parts(doc);\nexpect(list!.querySelector(\'[part="controls"]\')).to.equal(null);',
  'const { list } = parts(doc);\nexpect(list!.querySelector(\'[part="controls"]\')).to.exist;',
  'expect(shadow(element, \'[part="empty"]\')).to.exist;',
  "expect(card.shadowRoot!.querySelector('.from-server')).to.be.null;",
  'expect(shadow(element, \'[part="header"]\')).to.equal(null);',
  'expect(shadow(element, \'[part="logo"]\')).to.equal(null);',
  "expect(title.querySelector('script, [onerror], [onload]')).to.be.null;",
  'expect(shadow(empty, \'[part="empty"]\')).to.exist;',
  'expect(entry.querySelector(\'[part="abstract"]\')).to.be.null;',
  'expect(shadow(element, \'[part="no-match"]\')).to.exist;',
  'for (const link of links) expect(link.querySelector(\'svg[aria-hidden="true"]\')).to.exist;',
  'expect(shadow(withPhoto, \'[part="photo"]\')).to.be.null;',
  'expect(shadow(unsafePhoto, \'[part="photo"]\')).to.be.null;',
  'expect(shadow(element, \'[part="name"]\')).to.exist;',
  'expect(shadow(element, \'[part="bio"]\')).to.be.null;',
  'expect(shadow(element, \'[part="interests"]\')).to.be.null;',
  'expect(shadow(element, \'[part="stats"]\')).to.be.null;',
  "expect(links[0]!.querySelector('.visually-hidden')).to.exist;",
  'expect(shadow(element, \'[part="links"]\')).to.be.null;',
  'expect(card.shadowRoot!.querySelector(\'[part="bio"]\')).to.be.null;',
  "expect(element.shadowRoot!.activeElement).to.equal(section(element, 'press').querySelector('[role=\"heading\"]'));",
  "const list = section(element, 'publications').querySelector('pub-list')!;\nexpect(list.querySelector('script[type=\"application/ld+json\"]')).to.be.null;",
  'expect(element.querySelector(\'script[type="application/ld+json"]\')).to.be.null;',
  'expect(shadow(element, \'[part="axis"]\')).to.not.equal(null);',
  'expect(shadow(element, \'[part="axis"]\')).to.equal(null);',
  // Other shapes: lists of nodes, a node compared with, an object holding one, a variable, `should`-less chains.
  'expect([...element.children]).to.deep.equal([]);',
  "expect('x').to.equal(element.querySelector('p'));",
  "expect({ found: element.closest('section') }).to.deep.equal({ found: null });",
  "const bio = shadow(card, '[part=\"bio\"]');\nexpect(bio, 'bio').not.to.be.ok;",
  "expect(shadowAll(element, 'li')).to.include(element);",
];

/** The same assertions as the tests now make them, and checks that do not report the node itself. */
const NOT_ON_NODES = [
  "const { card } = parts(doc);\nexpect(!!card, 'the card has its shadow root').to.be.true;",
  "expect(!!shadow(element, '[part=\"bio\"]'), 'bio part shown').to.be.false;",
  "for (const link of links) expect(!!link.querySelector('svg[aria-hidden=\"true\"]'), 'icon').to.be.true;",
  "const heading = section(element, 'press').querySelector('[role=\"heading\"]');\nexpect(element.shadowRoot!.activeElement === heading, 'focus on the heading').to.be.true;",
  "expect(shadow(element, '[part=\"name\"]')!.textContent).to.equal('Ada Lovelace');",
  'expect(shadowAll(element, \'[part="link"]\')).to.have.length(4);',
  "expect(element.querySelectorAll('li')).to.have.lengthOf(2);",
  'async function a11y() { await expect(element).to.be.accessible(); }',
  "expect(customElements.get('researcher-card')).to.equal(ResearcherCard);",
  "for (const entry of profile.service) { const line = [''].find((text) => text.startsWith(entry.role)); expect(line, entry.role).to.exist; }",
  "expect(shadowAll(element, 'li').map((item) => item.textContent)).to.deep.equal(['a']);",
];

function testFiles(): string[] {
  return (readdirSync(join(root, 'test'), { recursive: true }) as string[])
    .map((name) => `test/${name.split('\\').join('/')}`)
    .filter((path) => path.endsWith('.ts') && !SKIPPED.some((skipped) => path.startsWith(skipped)))
    .map((path) => join(root, path));
}

const sampleFile = (kind: string, index: number) => join(root, `test/lint/__samples__/${kind}-${index}.ts`);
const sampleText = (code: string) => `${PRELUDE}\n${code}\nexport {};\n`;
/** The sample's `expect(…)` lines, 1-based, in its file. */
const expectLines = (code: string) => code.split('\n').flatMap((line, index) => (/\bexpect\(/.test(line) ? [PRELUDE.split('\n').length + 1 + index] : []));

let found: NodeAssertion[];

beforeAll(() => {
  const sources = new Map<string, string>();
  for (const file of [...testFiles(), FAILING_FIXTURE]) sources.set(file, readFileSync(file, 'utf8'));
  ON_NODES.forEach((code, index) => sources.set(sampleFile('on-nodes', index), sampleText(code)));
  NOT_ON_NODES.forEach((code, index) => sources.set(sampleFile('not-on-nodes', index), sampleText(code)));
  // One program for all: the DOM's types and the project's sources are read once.
  found = findNodeAssertions(sources, compilerOptions(join(root, 'tsconfig.json')));
}, 120_000);

const foundIn = (file: string) => found.filter((assertion) => assertion.file === file);

describe('test assertions', () => {
  it("never assert on a DOM node in the project's tests", () => {
    const files = new Set(testFiles());
    const offending = found.filter((assertion) => files.has(assertion.file));
    const listing = offending.map((assertion) => `${relative(root, assertion.file)}:${assertion.line}: ${assertion.code}`).join('\n');
    expect(listing, `${offending.length} assertions on DOM nodes; assert on a boolean, a string or a count instead, e.g. \`expect(!!node, 'bio part shown').to.be.false\``).toBe(
      '',
    );
  });

  it('finds each assertion on a node, as the tests used to write them', () => {
    ON_NODES.forEach((code, index) => {
      expect(
        foundIn(sampleFile('on-nodes', index)).map((assertion) => assertion.line),
        code,
      ).toEqual(expectLines(code));
    });
  });

  it('lets assertions on booleans, strings and counts pass, and checks that do not report the node', () => {
    NOT_ON_NODES.forEach((code, index) => {
      expect(foundIn(sampleFile('not-on-nodes', index)), code).toEqual([]);
    });
  });

  it('finds them in the deliberately failing browser tests, with file, line and code', () => {
    const lines = readFileSync(FAILING_FIXTURE, 'utf8').split('\n');
    const inFixture = foundIn(FAILING_FIXTURE);
    expect(inFixture.map((assertion) => assertion.code)).toEqual([
      'expect(card.shadowRoot!.querySelector(\'[part="bio"]\')).to.be.null;',
      'expect(list.children[0]).to.equal(list.children[1]);',
      'expect([...list.children]).to.deep.equal([...list.children].reverse());',
    ]);
    for (const assertion of inFixture) expect(lines[assertion.line - 1]!.trim()).toEqual(assertion.code);
  });
});
