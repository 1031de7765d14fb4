/**
 * A careless page script: every public property of every element given values of the wrong type. Nothing may throw,
 * every wrong value gets one console error naming the element and the property, and an element never goes on showing
 * earlier data as if the new value had been taken.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/scholar-elements.js';
import type { PubList } from '../../src/components/pub-list/pub-list.component.js';
import type { ScholarElement } from '../../src/internal/scholar-element.js';
import type { ScholarPropertyDeclaration } from '../../src/internal/property-types.js';
import { clearSourceCache } from '../../src/internal/fetch-source.js';
import type { Profile } from '../../src/model/types.js';
import { adaProfile as profile } from './ada-profile.js';
import { shadowText } from '../helpers.js';

const TAGS = ['researcher-card', 'pub-list', 'timeline-view', 'researcher-profile', 'profile-section', 'lab-directory'] as const;

/** Wrong values of every kind a script might hand over. */
const WRONG: unknown[] = [5, Number.NaN, true, {}, [], ['a', 'b'], () => 1, Symbol('s'), null, undefined, 'x', new Date(Number.NaN)];

/** Collects console errors and uncaught errors while `run` runs and the element settles. */
async function watching(run: () => Promise<void>): Promise<{ consoleErrors: string[]; uncaught: string[] }> {
  const consoleErrors: string[] = [];
  const uncaught: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { consoleErrors, uncaught };
}

/** Waits for the element to leave `loading` and finish rendering. */
async function rest(element: ScholarElement<unknown>): Promise<void> {
  // The change is applied in the next update, which may start loading.
  await element.updateComplete;
  await waitUntil(() => element.state !== 'loading', `<${element.localName}> stayed loading`, { timeout: 10000 });
  await element.updateComplete;
  // Let a render that failed report itself before the checks.
  await new Promise(requestAnimationFrame);
}

function publicProperties(element: ScholarElement<unknown>): Array<[string, ScholarPropertyDeclaration]> {
  const declared = (element.constructor as unknown as { elementProperties: Map<PropertyKey, ScholarPropertyDeclaration> }).elementProperties;
  return [...declared].filter(([name, options]) => typeof name === 'string' && !options.state && name !== 'state') as Array<[string, ScholarPropertyDeclaration]>;
}

describe('wrong property types from a page script', () => {
  afterEach(() => clearSourceCache());

  for (const tag of TAGS) {
    it(`<${tag}>: no property throws on a wrong type, and each wrong value is named in one console error`, async () => {
      const element = await fixture<ScholarElement<unknown>>(html`<div></div>`).then((holder) => {
        const made = document.createElement(tag) as ScholarElement<unknown>;
        if (tag !== 'lab-directory') (made as unknown as { profile: Profile }).profile = profile;
        holder.append(made);
        return made;
      });
      await rest(element);
      for (const [name, options] of publicProperties(element)) {
        for (const value of WRONG) {
          const { consoleErrors, uncaught } = await watching(async () => {
            (element as unknown as Record<string, unknown>)[name] = value;
            await rest(element);
          });
          const what = `<${tag}>.${name} = ${typeof value === 'symbol' ? 'Symbol()' : Array.isArray(value) ? JSON.stringify(value) : String(value)}`;
          expect(uncaught, `${what}: uncaught errors`).to.deep.equal([]);
          expect(['ready', 'empty', 'error'], `${what}: state`).to.include(element.state);
          const stored = (element as unknown as Record<string, unknown>)[name];
          // What the property holds afterwards is of its declared type, or unset.
          if (stored !== undefined && stored !== null) {
            if (options.type === String) expect(typeof stored, `${what}: stored`).to.equal('string');
            if (options.type === Number) expect(Number.isFinite(stored), `${what}: stored`).to.be.true;
            if (options.type === Boolean) expect(typeof stored, `${what}: stored`).to.equal('boolean');
            if (options.accepts === 'object') expect(typeof stored === 'object' && !Array.isArray(stored), `${what}: stored`).to.be.true;
            if (options.accepts === 'array') expect(Array.isArray(stored), `${what}: stored`).to.be.true;
          }
          for (const message of consoleErrors) expect(message, what).to.contain(`<${tag}> ${name} `);
          expect(consoleErrors.length, `${what}: console errors`).to.be.at.most(1);
        }
        // Put things back for the next property.
        (element as unknown as Record<string, unknown>)[name] = undefined;
        if (name === 'profile') (element as unknown as { profile: Profile }).profile = profile;
      }
      element.remove();
    });
  }

  it('says which property and what was done with the value', async () => {
    const list = await fixture<PubList>(html`<pub-list .profile=${profile}></pub-list>`);
    await rest(list);
    const { consoleErrors } = await watching(async () => {
      list.query = 5 as unknown as string;
      list.keyword = {} as unknown as string;
      await rest(list);
    });
    expect(consoleErrors).to.deep.equal([
      '<pub-list> query expects text; got the number 5, used as "5".',
      '<pub-list> keyword expects text or an array of strings; got an object, which is ignored.',
    ]);
    expect(list.query).to.equal('5');
  });

  it('takes lists as arrays where the attribute takes a list', async () => {
    const list = await fixture<PubList>(html`<pub-list .profile=${profile}></pub-list>`);
    await rest(list);
    const { consoleErrors } = await watching(async () => {
      list.highlight = ['Ada Lovelace', 'A. Lovelace'] as unknown as string;
      await rest(list);
    });
    expect(consoleErrors).to.deep.equal([]);
    expect(list.highlight).to.equal('Ada Lovelace, A. Lovelace');
  });

  it('does not go on showing the earlier data when src is set to something unusable', async () => {
    const list = await fixture<PubList>(html`<pub-list src="/test/fixtures/ada.json"></pub-list>`);
    await waitUntil(() => list.state === 'ready');
    expect(shadowText(list)).to.contain('Notes on the Analytical Engine');
    await watching(async () => {
      list.src = {} as unknown as string;
      await rest(list);
    });
    expect(list.src).to.equal(undefined);
    expect(list.state).to.equal('empty');
    expect(shadowText(list)).not.to.contain('Notes on the Analytical Engine');
  });

  it('names the lab property, not a profile, when timeline-view.lab is given text', async () => {
    const timeline = await fixture<ScholarElement<unknown>>(html`<timeline-view></timeline-view>`);
    const { consoleErrors } = await watching(async () => {
      (timeline as unknown as { lab: unknown }).lab = 'x';
      await rest(timeline);
    });
    expect(consoleErrors).to.deep.equal(['<timeline-view> lab expects an object; got the text "x", which is ignored.']);
    expect(timeline.state).to.equal('empty');
  });
});
