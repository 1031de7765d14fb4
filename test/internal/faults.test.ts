/**
 * The shared loading base against a misbehaving server (test/support/fault-server.mjs) and a careless page script:
 * every element inherits these guarantees, so they are checked through the simplest one, <researcher-card>.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/researcher-card/researcher-card.js';
import type { ResearcherCard } from '../../src/components/researcher-card/researcher-card.component.js';
import type { ScholarErrorEvent } from '../../src/events/scholar-error.js';
import { clearSourceCache } from '../../src/internal/fetch-source.js';
import { interceptFetch, shadow, shadowText } from '../helpers.js';

const ADA = 'test/fixtures/ada.json';

/** Makes a card for `src`, waits for its `scholar-error`, and returns both. */
async function failing(src: string, timeout?: number): Promise<{ card: ResearcherCard; event: ScholarErrorEvent }> {
  const card = document.createElement('researcher-card');
  if (timeout !== undefined) card.setAttribute('timeout', String(timeout));
  const failed = oneEvent(card, 'scholar-error') as Promise<ScholarErrorEvent>;
  card.src = src;
  document.body.append(card);
  return { card, event: await failed };
}

describe('loading through a faulty network', () => {
  const made: Element[] = [];
  afterEach(() => {
    made.splice(0).forEach((element) => element.remove());
    document.querySelectorAll('researcher-card').forEach((element) => element.remove());
    clearSourceCache();
  });

  it('gives up on a server that never answers after `timeout` seconds, with kind "timeout" and a Retry button', async () => {
    const { card, event } = await failing(`/fault/stall/${ADA}`, 0.3);
    expect(event.detail.kind).to.equal('timeout');
    expect(event.detail.message).to.contain('sent nothing for 0.3 seconds');
    expect(card.state).to.equal('error');
    expect(!!shadow(card, '[part="retry"]'), 'Retry button shown').to.be.true;
    await expect(card).to.be.accessible();
  });

  it('gives up on a server that sends headers and then stalls', async () => {
    const { event } = await failing(`/fault/headers-only/${ADA}`, 0.3);
    expect(event.detail.kind).to.equal('timeout');
  });

  it('gives up on a file that stops arriving half-way', async () => {
    const { event } = await failing(`/fault/stall-body/${ADA}`, 0.3);
    expect(event.detail.kind).to.equal('timeout');
  });

  it('waits for a slow file that keeps arriving: the timeout counts silence, not total time', async () => {
    // Served from the page itself (a stream that sends a piece every 150 ms), so that a busy test server cannot
    // stretch the gaps: 13 pieces, about 2 s in all, twice the 1 s timeout, but never a second of silence.
    const text = JSON.stringify({ basics: { name: 'Ada Lovelace', label: 'Analyst of engines, who wrote the first published program' } });
    const pieces = text.match(/[^]{1,8}/g)!;
    const stub = interceptFetch((url) => {
      if (!url.endsWith('/slow/ada.json')) return undefined;
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 150));
          if (sent === pieces.length) controller.close();
          else controller.enqueue(new TextEncoder().encode(pieces[sent++]));
        },
      });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    });
    try {
      const card = document.createElement('researcher-card');
      made.push(card);
      card.setAttribute('timeout', '1');
      const outcome = Promise.race([
        oneEvent(card, 'scholar-load').then(() => 'loaded'),
        oneEvent(card, 'scholar-error').then((event) => `failed: ${(event as ScholarErrorEvent).detail.message}`),
      ]);
      const started = performance.now();
      card.src = '/slow/ada.json';
      document.body.append(card);
      expect(await outcome).to.equal('loaded');
      expect(pieces.length).to.be.greaterThan(8);
      expect(performance.now() - started).to.be.greaterThan(1000);
      expect(shadowText(card)).to.contain('Ada Lovelace');
    } finally {
      stub.restore();
    }
  });

  it('uses a 30 second timeout by default', async () => {
    const card = await fixture<ResearcherCard>(html`<researcher-card></researcher-card>`);
    expect(card.timeout).to.equal(30);
  });

  it('reports a connection reset mid-file as a network error, not a parse error', async () => {
    const { event } = await failing(`/fault/reset/${ADA}`);
    expect(event.detail.kind).to.equal('network');
    expect(event.detail.message).to.contain('was lost before the whole file arrived');
  });

  it('refuses a file that declares more than the size limit, before reading it', async () => {
    const { event } = await failing('/fault/huge-declared');
    expect(event.detail.kind).to.equal('size');
    expect(event.detail.message).to.contain('is 120 MB; the limit for a data file is 50 MB');
  });

  it('stops reading a body without a length once it passes the size limit', async () => {
    const { event } = await failing('/fault/huge-body');
    expect(event.detail.kind).to.equal('size');
    expect(event.detail.message).to.contain('larger than 50 MB');
  });

  it('reports a redirect loop as a network error', async () => {
    const { event } = await failing('/fault/redirect-loop');
    expect(event.detail.kind).to.equal('network');
  });

  it('reads a profile served with a wrong content type', async () => {
    const card = document.createElement('researcher-card');
    made.push(card);
    const loaded = oneEvent(card, 'scholar-load');
    card.src = `/fault/type/${encodeURIComponent('text/html; charset=utf-8')}/${ADA}`;
    document.body.append(card);
    await loaded;
    expect(shadowText(card)).to.contain('Ada Lovelace');
  });

  it('loads again when Retry is pressed', async () => {
    const { card, event } = await failing(`/fault/down/retry-button/${ADA}`);
    made.push(card);
    expect(event.detail.kind).to.equal('http');
    await card.updateComplete;
    await fetch('/fault/heal/retry-button');
    const loaded = oneEvent(card, 'scholar-load');
    shadow<HTMLButtonElement>(card, '[part="retry"]')!.click();
    await loaded;
    expect(card.state).to.equal('ready');
    expect(shadowText(card)).to.contain('Ada Lovelace');
  });

  it('loads again when the same src is set after an error, and on reload()', async () => {
    const { card } = await failing(`/fault/down/same-src/${ADA}`);
    made.push(card);
    await fetch('/fault/heal/same-src');
    const loaded = oneEvent(card, 'scholar-load');
    card.src = `/fault/down/same-src/${ADA}`;
    await loaded;
    expect(card.state).to.equal('ready');

    const again = oneEvent(card, 'scholar-load');
    await card.reload();
    await again;
    expect(card.state).to.equal('ready');
  });
});

describe("state is the element's own", () => {
  it('exposes the loading state as a custom state for :state() selectors', async () => {
    const card = await fixture<ResearcherCard>(html`<researcher-card .profile=${{ basics: { name: 'Ada Lovelace' } }}></researcher-card>`);
    await waitUntil(() => card.state === 'ready');
    expect(card.matches(':state(ready)')).to.be.true;
    expect(card.matches(':state(loading)')).to.be.false;
    expect(card.getAttribute('state')).to.equal('ready');
  });

  it('ignores a page writing the state property or attribute, with one console error', async () => {
    const card = await fixture<ResearcherCard>(html`<researcher-card></researcher-card>`);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      (card as unknown as { state: string }).state = 'ready';
      expect(card.state).to.equal('empty');
      card.setAttribute('state', 'ready');
      await waitUntil(() => card.getAttribute('state') === 'empty', 'the attribute is put back');
      expect(card.state).to.equal('empty');
      expect(card.matches(':state(empty)')).to.be.true;
      expect(shadow(card, '[part="empty"]')?.textContent ?? '').to.contain('No profile given');
    } finally {
      console.error = original;
    }
    expect(errors.length).to.equal(2);
    expect(errors[0]).to.contain('<researcher-card> state is read-only');
  });
});
