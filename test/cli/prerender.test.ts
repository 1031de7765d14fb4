/**
 * `scholar-elements prerender`: the real command line (bin/scholar-elements.mjs on the npm build), run by the test
 * server (see `prerenderCommand` in web-test-runner.config.js); its page is loaded into an iframe whose sandbox runs
 * no script, and read from there.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mathToPlainText } from '../../src/model/tex-text.js';
import { chooseSections, SECTION_TITLES } from '../../src/model/sections.js';
import type { Profile } from '../../src/model/types.js';

interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** How long the command ran, in ms (the build it may need first not included). */
  ms: number;
}

function prerender(profile: string, args: string[] = [], extra: { stdin?: string; build?: boolean } = {}): Promise<CommandResult> {
  return executeServerCommand<CommandResult, unknown>('prerender', { profile, args, ...extra });
}

async function loadSeed(name: string): Promise<Profile> {
  return (await (await fetch(`/demo/profiles/${name}.json`)).json()) as Profile;
}

const frames: HTMLIFrameElement[] = [];

/**
 * The page in an iframe that runs no script: `sandbox` without `allow-scripts` disables every script, inline or
 * not; `allow-same-origin` only lets this test read the document. Declarative shadow DOM is the parser's work, so
 * the shadow roots are there all the same.
 */
async function staticPage(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 1000px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The rendered page: the element, and the shadow roots the parser attached. */
function parts(doc: Document) {
  const profile = doc.querySelector('researcher-profile')!;
  const root = profile.shadowRoot!;
  const card = root.querySelector('researcher-card')?.shadowRoot;
  const list = root.querySelector('pub-list')?.shadowRoot;
  return { profile, root, card, list };
}

function jsonLd(doc: Document): { '@graph': Array<Record<string, unknown>> } {
  const scripts = doc.head.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).to.have.length(1);
  return JSON.parse(scripts[0]!.textContent!) as { '@graph': Array<Record<string, unknown>> };
}

describe('scholar-elements prerender', function () {
  // The first command may build the CLI first (`vite build --mode npm`, a second or two).
  this.timeout(60000);

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it("renders Minjia Zhang's whole homepage into static HTML that needs no script", async () => {
    const profile = await loadSeed('minjia-zhang');
    const publications = profile.publications!;
    const result = await prerender('demo/profiles/minjia-zhang.json');
    expect(result.stderr).to.equal('');
    expect(result.exitCode).to.equal(0);
    expect(result.stdout).to.match(/^<!doctype html>/);
    expect(result.stdout).to.include('shadowrootmode="open"');
    const doc = await staticPage(result.stdout);

    // No script to run: the only scripts are data (JSON-LD), and none has a src.
    expect(doc.querySelectorAll('script[src]')).to.have.length(0);
    expect([...doc.querySelectorAll('script')].map((script) => script.type)).to.deep.equal(['application/ld+json']);
    expect(customElementsDefinedIn(doc)).to.equal(false);

    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.equal('Minjia Zhang');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).to.be.a('string').and.not.be.empty;

    const { root, card, list } = parts(doc);
    expect(!!card, 'the card has its shadow root').to.be.true;
    expect(text(card!.querySelector('[part="name"]'))).to.equal('Minjia Zhang');

    // Every section, with its heading.
    const expected = ['publications', 'experience', 'education', 'talks', 'mentoring', 'honors', 'service', 'press'];
    expect(chooseSections(profile)).to.deep.equal(expected);
    const sections = [...root.querySelectorAll<HTMLElement>('[part="section"]')];
    expect(sections.map((section) => section.dataset.section)).to.deep.equal(expected);
    for (const section of sections) {
      expect(text(section.querySelector('[role="heading"]')), section.dataset.section).to.equal(SECTION_TITLES[section.dataset.section as keyof typeof SECTION_TITLES]);
    }
    expect(root.querySelectorAll('[data-section="talks"] [part="item"]')).to.have.length(24);
    expect(root.querySelectorAll('[data-section="mentoring"] [part="item"]')).to.have.length(11);
    expect(root.querySelectorAll('[data-section="honors"] [part="item"]')).to.have.length(16);

    // Every publication, by title.
    expect(!!list, 'the publication list has its shadow root').to.be.true;
    expect(list!.querySelectorAll('[part~="publication"]')).to.have.length(publications.length);
    const shownTitles = [...list!.querySelectorAll('[part="title"]')].map(text);
    expect(shownTitles).to.have.length(publications.length);
    expect([...shownTitles].sort()).to.deep.equal(publications.map((publication) => mathToPlainText(publication.title)).sort());
    // A page without a script has no search box or filters that could not work.
    expect(!!list!.querySelector('[part="controls"]'), 'list controls shown').to.be.false;

    // JSON-LD: the person and every publication.
    const graph = jsonLd(doc)['@graph'];
    expect(graph.filter((node) => node['@type'] === 'Person').map((node) => node.name)).to.deep.equal(['Minjia Zhang']);
    const articles = graph.filter((node) => node['@type'] === 'ScholarlyArticle');
    expect(articles.map((node) => node.name)).to.deep.equal(publications.map((publication) => mathToPlainText(publication.title)));

    // Google Scholar tags: one group per publication, each opening with its title.
    const titleTags = [...doc.head.querySelectorAll('meta[name="citation_title"]')].map((meta) => meta.getAttribute('content'));
    expect(titleTags).to.deep.equal(publications.map((publication) => mathToPlainText(publication.title)));
    const bamboo = publications.findIndex((publication) => publication.title.startsWith('Bamboo'));
    const group = citationGroups(doc)[bamboo]!;
    expect(group.filter(([name]) => name === 'citation_author').map(([, content]) => content)).to.deep.equal(
      publications[bamboo]!.author!.map((author) => `${author.family}, ${author.given}`),
    );
    // Only the short venue is known for this one.
    expect(group.find(([name]) => name === 'citation_conference_title')?.[1]).to.equal('NSDI 2022');
    expect(group.find(([name]) => name === 'citation_publication_date')?.[1]).to.match(/^2022/);
  });

  it("renders Heyang Qin's homepage with teaching, research themes and interests", async () => {
    const profile = await loadSeed('heyang-qin');
    const result = await prerender('demo/profiles/heyang-qin.json');
    expect(result.stderr).to.equal('');
    expect(result.exitCode).to.equal(0);
    const doc = await staticPage(result.stdout);
    expect(doc.querySelectorAll('script[src]')).to.have.length(0);

    const { root, card, list } = parts(doc);
    expect(text(card!.querySelector('[part="name"]'))).to.equal('Heyang Qin');
    const expected = chooseSections(profile);
    expect(expected).to.include.members(['about', 'themes', 'publications', 'teaching', 'interests']);
    const sections = [...root.querySelectorAll<HTMLElement>('[part="section"]')];
    expect(sections.map((section) => section.dataset.section)).to.deep.equal(expected);
    for (const section of sections) {
      expect(text(section.querySelector('[role="heading"]'))).to.equal(SECTION_TITLES[section.dataset.section as keyof typeof SECTION_TITLES]);
    }
    expect(root.querySelectorAll('[data-section="teaching"] [part="item"]')).to.have.length(profile.teaching!.length);
    expect(root.querySelectorAll('[data-section="themes"] [part="item"]')).to.have.length(profile.projects!.length);
    expect(text(root.querySelector('[data-section="about"]'))).to.include(profile.basics.bio![0]!.slice(0, 60));

    const titles = profile.publications!.map((publication) => publication.title);
    expect([...list!.querySelectorAll('[part="title"]')].map(text).sort()).to.deep.equal([...titles].sort());
    const articles = jsonLd(doc)['@graph'];
    expect(articles.filter((node) => node['@type'] === 'ScholarlyArticle').map((node) => node.name)).to.deep.equal(titles);
    expect([...doc.head.querySelectorAll('meta[name="citation_title"]')].map((meta) => meta.getAttribute('content'))).to.deep.equal(titles);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).to.match(/^I am a Senior Researcher at Microsoft Azure OpenAI/);
  });

  it('renders math in titles as the browser would ("R$^3$-SQL" as R³)', async () => {
    const result = await prerender('demo/profiles/yuxiong-he.json');
    expect(result.exitCode).to.equal(0);
    const doc = await staticPage(result.stdout);
    const title = [...parts(doc).list!.querySelectorAll('[part="title"]')].find((node) => text(node).includes('-SQL: Ranking'))!;
    expect(title.querySelector('sup')?.textContent).to.equal('3');
    expect([...doc.head.querySelectorAll('meta[name="citation_title"]')].map((meta) => meta.getAttribute('content'))).to.include(
      'R³-SQL: Ranking Reward and Resampling for Text-to-SQL',
    );
  });

  it('adds the script and the data it reads only when --script is given', async () => {
    const result = await prerender('demo/profiles/heyang-qin.json', ['--script', '/dist/scholar-elements.js', '--lang', 'de', '--title', 'Heyang Qin — Homepage']);
    expect(result.exitCode).to.equal(0);
    const doc = await staticPage(result.stdout);
    expect([...doc.querySelectorAll('script[src]')].map((script) => script.getAttribute('src'))).to.deep.equal(['/dist/scholar-elements.js']);
    expect(doc.querySelector<HTMLScriptElement>('script[src]')!.type).to.equal('module');
    const { profile, list } = parts(doc);
    const inline = profile.querySelector(':scope > script[type="application/json"]');
    expect((JSON.parse(inline!.textContent!) as Profile).basics.name).to.equal('Heyang Qin');
    // Interactive pages keep the list's controls.
    expect(!!list!.querySelector('[part="controls"]'), 'list controls shown').to.be.true;
    expect(doc.documentElement.lang).to.equal('de');
    expect(profile.getAttribute('lang')).to.equal('de');
    expect(text(parts(doc).root.querySelector('[data-section="experience"] .dates'))).to.equal('Juni 2024 – heute');
    // The interface text too: the catalogue of the page's language is loaded before rendering.
    expect(text(parts(doc).root.querySelector('[data-section="experience"] [role="heading"]'))).to.equal('Berufserfahrung');
    expect(doc.title).to.equal('Heyang Qin — Homepage');
  });

  it('once its script runs, the lists inside follow a later change of the language of the page element', async () => {
    const result = await prerender('demo/profiles/heyang-qin.json', ['--script', '/src/bundle.ts', '--lang', 'de']);
    expect(result.exitCode).to.equal(0);
    // The same page with its script allowed to run (the test server compiles the bundle's TypeScript).
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-scripts');
    frame.style.cssText = 'width: 1000px; height: 600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = result.stdout;
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const view = frame.contentWindow as Window & typeof globalThis;
    const until = async (done: () => boolean) => {
      for (let tries = 0; tries < 300 && !done(); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
      return done();
    };
    // The server's markup stays until the element takes over and draws its own, from the data inside the page.
    await view.customElements.whenDefined('researcher-profile');
    const profile = doc.querySelector('researcher-profile') as HTMLElement & { updateComplete: Promise<boolean> };
    expect(await until(() => profile.getAttribute('state') === 'ready')).to.equal(true);
    await profile.updateComplete;
    const list = () => profile.shadowRoot!.querySelector('pub-list')!;
    const summary = () => text(list().shadowRoot?.querySelector('[part="summary"]'));
    expect(await until(() => list().getAttribute('state') === 'ready' && /Publikation/.test(summary()))).to.equal(true);
    expect(list().hasAttribute('lang'), 'the list inside takes the language of the element it is in, not an attribute of its own').to.equal(false);
    profile.setAttribute('lang', 'fr');
    expect(await until(() => /publication/.test(summary())), summary()).to.equal(true);
  });

  it('writes the page to a file with --out', async () => {
    const out = 'node_modules/.cache/scholar-elements-cli/out/heyang-qin.html';
    const result = await prerender('demo/profiles/heyang-qin.json', ['--out', out]);
    expect(result.exitCode).to.equal(0);
    expect(result.stdout).to.equal('');
    // Read back through the test server, which adds its own script to HTML it serves.
    const written = (await (await fetch(`/${out}`, { cache: 'no-store' })).text()).replace(/<!-- injected by web-dev-server -->\n?<script [^>]*><\/script>/, '');
    const printed = (await prerender('demo/profiles/heyang-qin.json')).stdout;
    expect(written.length).to.equal(printed.length);
    expect(written === printed, 'the file holds what the command prints').to.equal(true);
  });

  it('makes relative links absolute with --base-url, and keeps markup in the data as text', async () => {
    const result = await prerender('test/cli/fixtures/relative-links.json', ['--base-url', 'https://example.edu/~grace/']);
    // The one link the page may not carry is left out and reported, like every other problem in the data.
    expect(result.stderr).to.equal(
      'scholar-elements: test/cli/fixtures/relative-links.json: 1 problem in the data; the entries and values they concern are left out of the page:\n' +
        '  publications[0].links[2].url: the link "javascript:alert(1)" is not an http(s), mailto or relative address; it is left out\n',
    );
    expect(result.exitCode).to.equal(0);
    const doc = await staticPage(result.stdout);
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.title).to.equal('Grace </title><script>alert(1)</script> Hopper');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).to.equal('https://example.edu/~grace/');
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).to.equal('https://example.edu/~grace/images/grace.jpg');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).to.equal('Grace writes compilers & "debugs" <b>moths</b>.');

    const [group] = citationGroups(doc);
    expect(group).to.deep.equal([
      ['citation_title', 'The Education of a Computer </script><script>alert(1)</script>'],
      ['citation_author', 'Hopper, Grace Murray'],
      ['citation_author', 'The ACM Committee'],
      ['citation_publication_date', '1952/05/02'],
      ['citation_conference_title', 'Proceedings of the 1952 ACM National Meeting'],
      ['citation_firstpage', '243'],
      ['citation_lastpage', '249'],
      ['citation_doi', '10.1145/609784.609818'],
      ['citation_pdf_url', 'https://example.edu/~grace/papers/education.pdf'],
      ['citation_abstract_html_url', 'https://example.edu/~grace/papers/education.html'],
    ]);

    const { list, card } = parts(doc);
    expect(card!.querySelector('img')?.getAttribute('src')).to.equal('https://example.edu/~grace/images/grace.jpg');
    const links = [...list!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.include('https://example.edu/~grace/papers/education.pdf');
    expect(links.some((href) => href?.startsWith('javascript:'))).to.equal(false);
    expect(text(list!.querySelector('[part="title"]'))).to.equal('The Education of a Computer </script><script>alert(1)</script>');
  });

  it('leaves out bad entries, renders the rest and lists the problems on stderr', async () => {
    const result = await prerender('test/fixtures/partly-bad.json');
    expect(result.exitCode).to.equal(0);
    expect(result.stderr).to.include('test/fixtures/partly-bad.json');
    expect(result.stderr).to.include('left out');
    expect(result.stderr).to.include('publications[1]');
    const doc = await staticPage(result.stdout);
    expect([...parts(doc).list!.querySelectorAll('[part="title"]')].map(text).sort()).to.deep.equal(['A good paper', 'Another good paper']);
    expect([...doc.head.querySelectorAll('meta[name="citation_title"]')]).to.have.length(2);
  });

  it('fails with the path, line and column when the file is not JSON', async () => {
    const result = await prerender('test/fixtures/invalid.json');
    expect(result.exitCode).to.equal(1);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.match(/test\/fixtures\/invalid\.json is not valid JSON: line 4, column \d+/);
  });

  it('fails clearly when the file cannot be read or is not a usable profile', async () => {
    const missing = await prerender('test/fixtures/does-not-exist.json');
    expect(missing.exitCode).to.equal(1);
    expect(missing.stdout).to.equal('');
    expect(missing.stderr).to.equal('scholar-elements: cannot read test/fixtures/does-not-exist.json: no such file\n');

    const unusable = await prerender('test/fixtures/no-name.json');
    expect(unusable.exitCode).to.equal(1);
    expect(unusable.stderr).to.match(/^scholar-elements: test\/fixtures\/no-name\.json is not a usable profile: .*name/);
  });

  it('reads standard input for "-"', async () => {
    const result = await prerender('-', [], { stdin: JSON.stringify({ basics: { name: 'Stdin Person' } }) });
    expect(result.exitCode).to.equal(0);
    const doc = await staticPage(result.stdout);
    expect(text(parts(doc).card!.querySelector('[part="name"]'))).to.equal('Stdin Person');
  });

  it('answers wrong command lines with the usage, and --help with it', async () => {
    const unknown = await prerender('demo/profiles/heyang-qin.json', ['--colour', 'red']);
    expect(unknown.exitCode).to.equal(2);
    expect(unknown.stdout).to.equal('');
    expect(unknown.stderr).to.include("Unknown option '--colour'");
    expect(unknown.stderr).to.include('Usage: scholar-elements prerender');

    const badBase = await prerender('demo/profiles/heyang-qin.json', ['--base-url', 'example.edu']);
    expect(badBase.exitCode).to.equal(2);
    expect(badBase.stderr).to.include('--base-url');

    const help = await prerender('demo/profiles/heyang-qin.json', ['--help']);
    expect(help.exitCode).to.equal(0);
    expect(help.stdout).to.include('--base-url');
    expect(help.stdout).to.include('one article per page');
  });

  it('says what to do when the npm build is missing', async () => {
    const result = await prerender('demo/profiles/heyang-qin.json', [], { build: false });
    expect(result.exitCode).to.equal(1);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.include('the built command is missing');
    expect(result.stderr).to.include('npm run build');
  });
});

/** The `citation_*` tags as [name, content] groups, each group starting at a `citation_title`. */
function citationGroups(doc: Document): Array<Array<[string, string]>> {
  const groups: Array<Array<[string, string]>> = [];
  for (const meta of doc.head.querySelectorAll('meta[name^="citation_"]')) {
    const tag: [string, string] = [meta.getAttribute('name')!, meta.getAttribute('content')!];
    if (tag[0] === 'citation_title') groups.push([]);
    groups[groups.length - 1]!.push(tag);
  }
  return groups;
}

/** Whether any custom element was defined in the page's window (nothing ran, so none was). */
function customElementsDefinedIn(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return !!view && ['researcher-profile', 'researcher-card', 'pub-list'].some((tag) => view.customElements.get(tag) !== undefined);
}
