/**
 * The fuzz suite's Chromium part: a small sample of generated data (test/fuzz/arbitraries.ts) through every element,
 * as a page would give it: a property, and for `<pub-list>` also inline BibTeX. Each case checks that nothing throws
 * on the page, that the element settles in time in a state it documents, that no `javascript:`, `data:` or
 * `vbscript:` address reaches an `href` or `src` anywhere in its shadow trees, and that the known-good record of the
 * case is shown. The Node part (test/fuzz/) runs the same data through the model, in far more cases.
 *
 * A failure prints the seed and path of the shrunk case; to replay it, put them into `REPLAY` below and run this file
 * alone: `npx web-test-runner test/components/fuzz.test.ts`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/lab-directory/lab-directory.js';
import '../../src/components/profile-section/profile-section.js';
import '../../src/components/pub-list/pub-list.js';
import '../../src/components/researcher-card/researcher-card.js';
import '../../src/components/researcher-profile/researcher-profile.js';
import '../../src/components/timeline-view/timeline-view.js';
import { clearSourceCache } from '../../src/internal/fetch-source.js';
import type { ScholarElement } from '../../src/internal/scholar-element.js';
import { KNOWN_GOOD, UNSAFE_URLS, anyText, bibCase, cslCase, labCase, profileCase, resumeCase } from '../fuzz/arbitraries.js';
import { compactReporter } from '../fuzz/report.js';
import { interceptFetch } from '../helpers.js';

/** Cases per element and input kind. */
const RUNS = 20;

/** A failure to replay: the seed and path its report printed. */
const REPLAY: { seed?: number; path?: string } = {};

/** How long an element may take to settle before the case counts as a hang. */
const SETTLE_MS = 10_000;

/** Tags of the kit's elements, to find the ones nested in shadow trees. */
const TAGS = new Set(['researcher-card', 'pub-list', 'timeline-view', 'researcher-profile', 'profile-section', 'lab-directory']);

/** Attributes whose value a browser loads or follows. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'ping', 'background'];
const FORBIDDEN_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:']);

type AnyElement = ScholarElement<unknown> & Record<string, unknown>;

function parameters<T>(): fc.Parameters<T> {
  return {
    numRuns: RUNS,
    reporter: compactReporter<T>((seed, path) => `set REPLAY = { seed: ${seed}, path: "${path}" } in test/components/fuzz.test.ts and run that file alone`),
    ...(REPLAY.seed !== undefined ? { seed: REPLAY.seed } : {}),
    ...(REPLAY.path ? { path: REPLAY.path } : {}),
  };
}

/** The element's shadow roots and those of every element inside them, at any depth. */
function shadowRoots(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const pending: Element[] = [element];
  while (pending.length) {
    const root = pending.pop()!.shadowRoot;
    if (!root) continue;
    roots.push(root);
    pending.push(...root.querySelectorAll('*'));
  }
  return roots;
}

/** The kit's elements inside the element's shadow trees, and the element itself. */
const scholarElements = (element: Element): AnyElement[] => [
  element as AnyElement,
  ...shadowRoots(element).flatMap((root) => [...root.querySelectorAll('*')].filter((node) => TAGS.has(node.localName)) as AnyElement[]),
];

const stateOf = (element: Element) => (element as AnyElement).state ?? element.getAttribute('state');

/** Every text in the element's shadow trees and light DOM, spaces folded. */
const deepText = (element: Element) => [element.textContent ?? '', ...shadowRoots(element).map((root) => root.textContent ?? '')].join(' ').replace(/\s+/g, ' ');

/** Addresses with a forbidden scheme in any URL attribute, anywhere in the element's shadow trees. */
function forbiddenAddresses(element: Element): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(element)) {
    for (const node of root.querySelectorAll('*')) {
      for (const name of URL_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value === null) continue;
        const addresses = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
        for (const address of addresses) {
          let scheme: string;
          try {
            scheme = new URL(address, document.baseURI).protocol;
          } catch {
            continue;
          }
          if (FORBIDDEN_SCHEMES.has(scheme)) found.push(`<${node.localName} ${name}="${address.slice(0, 60)}"> in <${(root.host as Element).localName}>`);
        }
      }
    }
  }
  return found;
}

/**
 * Errors and unhandled rejections on the page while a case runs. The console warnings that list the problems in the
 * data (one per load, expected with such data) are held back, so that the report stays readable.
 */
function pageErrors() {
  const errors: string[] = [];
  const warn = console.warn;
  console.warn = () => {};
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${event.reason instanceof Error ? `${event.reason.name}: ${event.reason.message}` : String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Waits for the element's first `scholar-load` or `scholar-error`, then until it and every element nested in it have
 * left `loading` and rendered (nested elements load after the outer one has rendered them). Fails after
 * `SETTLE_MS`.
 */
async function settle(element: AnyElement, events: Promise<string>): Promise<string> {
  const deadline = performance.now() + SETTLE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('none'), SETTLE_MS)));
  const first = await Promise.race([events, timeout]);
  clearTimeout(timer);
  expect(first !== 'none', `<${element.localName}> fired neither scholar-load nor scholar-error within ${SETTLE_MS} ms (state "${stateOf(element)}")`).to.equal(true);
  for (;;) {
    const elements = scholarElements(element);
    await Promise.all(elements.map((nested) => nested.updateComplete));
    await nextFrame();
    const loading = scholarElements(element).filter((nested) => stateOf(nested) === 'loading');
    if (!loading.length) break;
    expect(performance.now() < deadline, `still loading after ${SETTLE_MS} ms: ${loading.map((nested) => `<${nested.localName}>`).join(', ')}`).to.equal(true);
  }
  await nextFrame();
  return first;
}

interface Case {
  /** Sets the data on the element before it is connected. */
  give: (element: AnyElement) => void;
  /** Texts the element must show: the known-good record's. With none, it may also have nothing to show (`empty`). */
  shows: string[];
}

/** What the element says went wrong, when it shows an error. */
const errorText = (element: Element) => (element.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Runs one case: makes the element, gives it the data, waits, and checks everything a page relies on. */
async function check(tag: string, { give, shows }: Case): Promise<void> {
  const page = pageErrors();
  const host = document.createElement('div');
  document.body.append(host);
  const element = document.createElement(tag) as AnyElement;
  const events = new Promise<string>((resolve) => {
    element.addEventListener('scholar-load', () => resolve('scholar-load'), { once: true });
    element.addEventListener('scholar-error', () => resolve('scholar-error'), { once: true });
  });
  try {
    give(element);
    host.append(element);
    await settle(element, events);
    const state = stateOf(element);
    expect(['ready', 'empty', 'error'].includes(state as string), `state is one the element documents (got "${state}")`).to.equal(true);
    const expected = shows.length ? ['ready'] : ['ready', 'empty'];
    expect(expected.includes(state as string), `<${tag}> shows the data (state "${state}"${state === 'error' ? `: ${errorText(element)}` : ''})`).to.equal(true);
    const text = deepText(element);
    for (const shown of shows) expect(text.includes(shown), `"${shown}" is shown`).to.equal(true);
    expect(forbiddenAddresses(element).join('\n'), 'javascript:, data: or vbscript: addresses in the shadow trees').to.equal('');
    expect(page.errors.join('\n'), 'errors on the page').to.equal('');
  } finally {
    page.stop();
    host.remove();
    clearSourceCache();
  }
}

/** A profile for an element showing one person: the known-good name, the rest of the basics possibly hostile. */
const personCase = fc.oneof(profileCase({ name: KNOWN_GOOD.name, maxEntries: 3 }), resumeCase({ name: KNOWN_GOOD.name }));

const PUBLICATION = KNOWN_GOOD.publication.title;
const ORGANIZATION = KNOWN_GOOD.work.organization;

describe('every element, fuzzed in Chromium', function () {
  this.timeout(RUNS * 6 * SETTLE_MS);

  it('<researcher-card> with a generated profile', async () => {
    await fc.assert(
      fc.asyncProperty(personCase, ({ profile }) => check('researcher-card', { give: (element) => (element.profile = profile), shows: [KNOWN_GOOD.name] })),
      parameters(),
    );
  });

  it('<profile-section> with a generated profile, for the publications and experience sections and any other', async () => {
    const kinds = fc.constantFrom('publications', 'experience', 'about', 'talks', 'honors', 'service', 'teaching', 'projects', 'skills');
    await fc.assert(
      fc.asyncProperty(personCase, kinds, ({ profile }, kind) =>
        check('profile-section', {
          give: (element) => {
            element.kind = kind;
            element.profile = profile;
          },
          shows: kind === 'publications' ? [PUBLICATION] : kind === 'experience' ? [ORGANIZATION] : [],
        }),
      ),
      parameters(),
    );
  });

  it('<researcher-profile> with a generated profile', async () => {
    await fc.assert(
      fc.asyncProperty(personCase, ({ profile }) =>
        check('researcher-profile', { give: (element) => (element.profile = profile), shows: [KNOWN_GOOD.name, PUBLICATION, ORGANIZATION] }),
      ),
      parameters(),
    );
  });

  it('<timeline-view> with a generated profile', async () => {
    const kinds = fc.constantFrom(undefined, 'experience education teaching talks honors publications');
    await fc.assert(
      fc.asyncProperty(personCase, kinds, ({ profile }, shownKinds) =>
        check('timeline-view', {
          give: (element) => {
            if (shownKinds) element.kinds = shownKinds;
            element.profile = profile;
          },
          shows: [ORGANIZATION],
        }),
      ),
      parameters(),
    );
  });

  it('<pub-list> with a generated profile', async () => {
    await fc.assert(
      fc.asyncProperty(personCase, ({ profile }) => check('pub-list', { give: (element) => (element.profile = profile), shows: [PUBLICATION] })),
      parameters(),
    );
  });

  it('<pub-list> with generated CSL-JSON items', async () => {
    await fc.assert(
      fc.asyncProperty(cslCase, ({ items }) => check('pub-list', { give: (element) => (element.items = items), shows: [PUBLICATION] })),
      parameters(),
    );
  });

  it('<pub-list> with generated inline BibTeX', async () => {
    await fc.assert(
      fc.asyncProperty(bibCase, ({ text }) =>
        check('pub-list', {
          give: (element) => {
            const script = document.createElement('script');
            script.type = 'application/x-bibtex';
            script.textContent = text;
            element.append(script);
          },
          shows: [PUBLICATION],
        }),
      ),
      parameters(),
    );
  });

  it('<lab-directory> with a generated lab, member profiles answered from memory', async () => {
    const profileUrls = fc.oneof(
      fc.constantFrom('people/ada.json', 'people/ada.json', 'people/missing.json', 'https://example.org/people/hopper.json'),
      fc.constantFrom(...UNSAFE_URLS),
      anyText,
    );
    await fc.assert(
      fc.asyncProperty(labCase(profileUrls, { name: 'Known Good Lab' }), async ({ lab }) => {
        const asked: string[] = [];
        const fetches = interceptFetch((url) => {
          asked.push(url);
          if (/missing/.test(url)) return Promise.resolve(new Response('not found', { status: 404 }));
          return Promise.resolve(new Response(JSON.stringify({ basics: { name: `Person at ${url.slice(-20)}` } }), { headers: { 'content-type': 'application/json' } }));
        });
        try {
          await check('lab-directory', { give: (element) => (element.lab = lab), shows: [KNOWN_GOOD.member.profile.basics.name] });
        } finally {
          fetches.restore();
        }
        const refused = asked.filter((url) => !/^https?:$/.test(new URL(url, document.baseURI).protocol));
        expect(refused.join('\n'), 'member profiles read from other addresses than http(s)').to.equal('');
      }),
      parameters(),
    );
  });
});
