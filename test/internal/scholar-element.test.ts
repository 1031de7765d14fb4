import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/researcher-card/researcher-card.js';
import { ResearcherCard } from '../../src/components/researcher-card/researcher-card.component.js';
import type { ScholarErrorEvent } from '../../src/events/scholar-error.js';
import type { ScholarLoadEvent } from '../../src/events/scholar-load.js';
import { clearSourceCache } from '../../src/internal/fetch-source.js';
import type { Profile } from '../../src/model/types.js';
import { interceptFetch, settled, shadow, shadowText } from '../helpers.js';

const pageFetch = window.fetch.bind(window);

/**
 * Resolves when the server has answered `url`: the same request again, made beside the element's (which may be
 * aborted, and so never answered). A test that proves a stale answer is never shown waits for this, not a guess.
 */
function serverAnswered(url: string): Promise<string> {
  return pageFetch(url, { cache: 'no-store' }).then((response) => response.text());
}

// The loading behaviour lives in the shared base; <researcher-card> is the simplest element built on it.
describe('shared element base (through <researcher-card>)', () => {
  afterEach(() => clearSourceCache());

  describe('data sources', () => {
    it('loads a profile from src and dispatches scholar-load', async () => {
      const element = document.createElement('researcher-card');
      const loaded = oneEvent(element, 'scholar-load') as Promise<ScholarLoadEvent<Profile>>;
      element.src = '/test/fixtures/ada.json';
      document.body.append(element);
      try {
        const event = await loaded;
        expect(event.detail.data.basics.name).to.equal('Ada Lovelace');
        expect(event.detail.source).to.equal('/test/fixtures/ada.json');
        expect(event.bubbles && event.composed).to.be.true;
        expect(element.getAttribute('state')).to.equal('ready');
        expect(shadowText(element)).to.contain('Ada Lovelace');
      } finally {
        element.remove();
      }
    });

    it('reads an inline <script type="application/json"> child', async () => {
      const element = await fixture<ResearcherCard>(html`<researcher-card>
        <script type="application/json">
          { "basics": { "name": "Inline Person", "label": "From the page" } }
        </script>
      </researcher-card>`);
      await settled(element);
      expect(shadowText(element)).to.contain('Inline Person');
      expect(shadowText(element)).to.contain('From the page');
    });

    it('prefers the profile property over src and inline data', async () => {
      const element = await fixture<ResearcherCard>(html`<researcher-card
        src="/test/fixtures/ada.json"
        .profile=${{ basics: { name: 'Property Person' } }}
      ></researcher-card>`);
      await settled(element);
      expect(shadowText(element)).to.contain('Property Person');
      expect(shadowText(element)).not.to.contain('Ada Lovelace');
    });

    it('is empty, and says so, when given no data', async () => {
      const element = await fixture<ResearcherCard>(html`<researcher-card></researcher-card>`);
      expect(element.getAttribute('state')).to.equal('empty');
      expect(!!shadow(element, '[part="empty"]'), 'empty part shown').to.be.true;
      await expect(element).to.be.accessible();
    });

    it('shows "loading" with a status role while the request is pending', async () => {
      const element = await fixture<ResearcherCard>(html`<researcher-card src="/delay/400/test/fixtures/ada.json"></researcher-card>`);
      expect(element.getAttribute('state')).to.equal('loading');
      expect(shadow(element, '[part="loading"]')!.getAttribute('role')).to.equal('status');
      await expect(element).to.be.accessible();
      await settled(element);
    });

    it('reloads when the profile property is replaced', async () => {
      const element = await fixture<ResearcherCard>(html`<researcher-card .profile=${{ basics: { name: 'First' } }}></researcher-card>`);
      await settled(element);
      const reloaded = oneEvent(element, 'scholar-load');
      element.profile = { basics: { name: 'Second' } };
      await reloaded;
      expect(shadowText(element)).to.contain('Second');
    });
  });

  describe('errors a page owner can act on', () => {
    it('names the HTTP status and URL of a missing file', async () => {
      const element = document.createElement('researcher-card');
      const failed = oneEvent(element, 'scholar-error') as Promise<ScholarErrorEvent>;
      element.src = '/test/fixtures/does-not-exist.json';
      document.body.append(element);
      try {
        const event = await failed;
        expect(event.detail.kind).to.equal('http');
        expect(event.detail.status).to.equal(404);
        expect(event.bubbles && event.composed).to.be.true;
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('error');
        const message = shadow(element, '[part="error"]')!;
        expect(message.getAttribute('role')).to.equal('alert');
        expect(message.textContent).to.contain('404');
        expect(message.textContent).to.contain('/test/fixtures/does-not-exist.json');
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('names the line and column of invalid JSON', async () => {
      const element = document.createElement('researcher-card');
      const failed = oneEvent(element, 'scholar-error') as Promise<ScholarErrorEvent>;
      element.src = '/test/fixtures/invalid.json';
      document.body.append(element);
      try {
        const event = await failed;
        expect(event.detail.kind).to.equal('parse');
        // The missing comma is at the start of line 4 ("label" follows "name" without one).
        expect(event.detail.line).to.equal(4);
        await element.updateComplete;
        expect(shadow(element, '[part="error"]')!.textContent).to.match(/invalid\.json is not valid JSON: line 4, column \d+/);
      } finally {
        element.remove();
      }
    });

    it('names the schema path when the document cannot be used at all', async () => {
      const element = await fixture<ResearcherCard>(html`<researcher-card src="/test/fixtures/no-name.json"></researcher-card>`);
      await settled(element, 'error');
      const text = shadow(element, '[part="error"]')!.textContent!;
      expect(text).to.contain('basics');
      expect(text).to.contain('missing required field "name"');
    });

    it('renders the valid entries and lists the ones it left out', async () => {
      const element = document.createElement('researcher-card');
      const loaded = oneEvent(element, 'scholar-load') as Promise<ScholarLoadEvent<Profile>>;
      element.src = '/test/fixtures/partly-bad.json';
      document.body.append(element);
      try {
        const event = await loaded;
        expect(element.getAttribute('state')).to.equal('ready');
        expect(event.detail.data.publications!.map((p) => p.id)).to.deep.equal(['good1', 'good2']);
        expect(event.detail.problems.map((p) => p.path).sort()).to.deep.equal(['/basics/emails/1', '/publications/1', '/work/0/startDate']);
        const note = shadow(element, '[part="problems"]')!;
        expect(note.textContent).to.contain('3 problems in the data');
        expect(note.textContent).to.contain('publications[1].title: expected a string, got a number');
        expect(note.textContent).to.contain('work[0].startDate: expected a date such as "2021", "2021-06" or "2021-06-15", got "03/201"');
        // The rest still renders: the good email and the publication count.
        const links = shadow(element, '[part="links"]')!.textContent!;
        expect(links).to.contain('ok@example.org');
        expect(links).not.to.contain('not-an-email');
        expect(shadow(element, '[part="stats"]')!.textContent).to.contain('2');
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });
  });

  describe('requests', () => {
    it('when src changes mid-flight, the latest wins, the stale request is aborted and its answer ignored', async () => {
      const signals: AbortSignal[] = [];
      let staleAnswered: Promise<unknown> | undefined;
      const spy = interceptFetch((url, init) => {
        if (init?.signal) signals.push(init.signal);
        if (url.includes('/delay/500/')) staleAnswered ??= serverAnswered(url);
        return undefined;
      });
      try {
        const element = await fixture<ResearcherCard>(html`<researcher-card src="/delay/500/test/fixtures/ada.json"></researcher-card>`);
        element.src = '/test/fixtures/grace.json';
        await settled(element);
        expect(shadowText(element)).to.contain('Grace Hopper');
        expect(signals[0]!.aborted).to.be.true;
        // Proves the stale answer is never shown: look again once the server has sent it.
        await staleAnswered;
        await element.updateComplete;
        expect(shadowText(element)).to.contain('Grace Hopper');
        expect(shadowText(element)).not.to.contain('Ada Lovelace');
      } finally {
        spy.restore();
      }
    });

    it('ignores a stale answer even when it arrives after the newer one started', async () => {
      let staleAnswered: Promise<unknown> | undefined;
      const spy = interceptFetch((url) => {
        if (url.includes('/delay/300/')) staleAnswered ??= serverAnswered(url);
        return undefined;
      });
      try {
        const element = await fixture<ResearcherCard>(html`<researcher-card src="/delay/300/test/fixtures/ada.json"></researcher-card>`);
        element.src = '/delay/600/test/fixtures/grace.json';
        // Proves the stale answer is not shown: look once the server has sent it (the newer one is 300 ms behind).
        await staleAnswered;
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('loading');
        await settled(element);
        expect(shadowText(element)).to.contain('Grace Hopper');
      } finally {
        spy.restore();
      }
    });

    it('shares one request between elements with the same src', async () => {
      const spy = interceptFetch(() => undefined);
      try {
        const wrapper = await fixture(html`<div>
          <researcher-card src="/delay/100/test/fixtures/ada.json"></researcher-card>
          <researcher-card src="/delay/100/test/fixtures/ada.json"></researcher-card>
          <researcher-card src="/delay/100/test/fixtures/ada.json" variant="compact"></researcher-card>
        </div>`);
        const cards = [...wrapper.querySelectorAll('researcher-card')];
        await Promise.all(cards.map((card) => settled(card)));
        expect(spy.calls.filter((url) => url.includes('ada.json'))).to.have.length(1);
        for (const card of cards) expect(shadowText(card)).to.contain('Ada Lovelace');
      } finally {
        spy.restore();
      }
    });

    it('keeps a shared request alive for the elements still waiting when one gives up', async () => {
      const wrapper = await fixture(html`<div>
        <researcher-card src="/delay/200/test/fixtures/ada.json"></researcher-card>
        <researcher-card src="/delay/200/test/fixtures/ada.json"></researcher-card>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll('researcher-card')];
      first!.src = '/test/fixtures/grace.json';
      await settled(second!);
      expect(shadowText(second!)).to.contain('Ada Lovelace');
      await settled(first!);
      expect(shadowText(first!)).to.contain('Grace Hopper');
    });
  });

  describe('server-rendered markup', () => {
    it('is replaced, not doubled, when the element takes over', async () => {
      const holder = document.createElement('div');
      document.body.append(holder);
      try {
        holder.setHTMLUnsafe('<researcher-card src="/test/fixtures/ada.json"><template shadowrootmode="open"><p class="from-server">Ada (static)</p></template></researcher-card>');
        const card = holder.querySelector('researcher-card')!;
        await settled(card);
        expect(!!card.shadowRoot!.querySelector('.from-server'), 'server-rendered markup still there').to.be.false;
        expect(card.shadowRoot!.querySelectorAll('[part="base"]')).to.have.length(1);
        expect(shadowText(card)).to.contain('Ada Lovelace');
      } finally {
        holder.remove();
      }
    });
  });

  describe('registration', () => {
    it('defining the same tag again (the script included twice) does not throw', () => {
      expect(() => ResearcherCard.define('researcher-card')).not.to.throw();
      class OtherCopy extends ResearcherCard {}
      expect(() => OtherCopy.define('researcher-card')).not.to.throw();
      expect(customElements.get('researcher-card')).to.equal(ResearcherCard);
    });
  });

  describe('theming', () => {
    it('follows theme="dark" and the --scholar-* custom properties', async () => {
      const element = await fixture<ResearcherCard>(html`<researcher-card theme="dark" .profile=${{ basics: { name: 'Dark' } }}></researcher-card>`);
      await settled(element);
      const base = shadow(element, '[part="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 27, 34)');
      element.style.setProperty('--scholar-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
      await expect(element).to.be.accessible();
    });

    it('inherits the host page font', async () => {
      const wrapper = await fixture(html`<div style="font-family: Georgia, serif">
        <researcher-card .profile=${{ basics: { name: 'Serif' } }}></researcher-card>
      </div>`);
      const element = wrapper.querySelector('researcher-card')!;
      await settled(element);
      expect(getComputedStyle(shadow(element, '[part="name"]')!).fontFamily).to.contain('Georgia');
    });
  });
});
