import { expect } from '@open-wc/testing';
import { parseBibtexOffThread, stopBibtexWorker } from '../../src/internal/bibtex-worker.js';
import { parseBibtex } from '../../src/model/bibtex.js';
import type { PubImport } from '../../src/model/publications.js';

// Runs in the browser: it starts (and replaces) real Web Workers.
describe('parseBibtexOffThread', () => {
  /** Counts the workers started and the results they sent back. */
  function spyOnWorkers() {
    const Original = window.Worker;
    const seen = { started: 0, answered: 0 };
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        seen.started++;
        this.addEventListener('message', (event: MessageEvent<{ result?: unknown }>) => {
          if (event.data.result) seen.answered++;
        });
      }
    };
    return { seen, restore: () => (window.Worker = Original) };
  }

  const generated = (count: number) =>
    '@string{conf = "Conference on Things"}\n' +
    Array.from(
      { length: count },
      (_, i) =>
        `@inproceedings{gen${i},\n  title = {Generated {\\"U}ber Paper $L_${i % 10}$ ${i}},\n  author = {Gen, Ann and M{\\"u}ller, Bob},\n  booktitle = conf # " ${2000 + (i % 25)}",\n  year = ${2000 + (i % 25)}, month = ${['jan', 'jun', 'dec'][i % 3]},\n  abbr = {CoT}, selected = {${i % 2 ? 'true' : 'false'}}, code = {https://example.org/${i}}\n}`,
    ).join('\n\n') +
    '\n@article{broken, title = {Missing comma} year = 2020}\n';

  afterEach(() => stopBibtexWorker());

  it('parses a 300-entry file in a Web Worker with the same result as the main thread', async () => {
    const text = generated(300);
    const spy = spyOnWorkers();
    let offThread: PubImport;
    try {
      offThread = await parseBibtexOffThread(text, 'generated.bib');
    } finally {
      spy.restore();
    }
    expect(spy.seen).to.deep.equal({ started: 1, answered: 1 });
    const mainThread = await parseBibtex(text, 'generated.bib');
    expect(offThread.entries).to.have.length(300);
    expect(offThread).to.deep.equal(mainThread);
    const sample = offThread.entries[123]!;
    expect([sample.key, sample.title, sample.venue, sample.venueShort, sample.year, sample.item.selected]).to.deep.equal([
      'gen123',
      'Generated Über Paper $L_3$ 123',
      'Conference on Things 2023',
      'CoT',
      2023,
      true,
    ]);
    expect(offThread.problems.map((p) => [p.path, p.line])).to.deep.equal([['broken', 2401]]);
  });

  it('parses small files on the main thread', async () => {
    const spy = spyOnWorkers();
    try {
      const result = await parseBibtexOffThread(generated(5), 'small.bib');
      expect(result.entries.map((e) => e.key)).to.deep.equal(['gen0', 'gen1', 'gen2', 'gen3', 'gen4']);
    } finally {
      spy.restore();
    }
    expect(spy.seen.started).to.equal(0);
  });

  it('falls back to the main thread when the worker cannot start', async () => {
    const Original = window.Worker;
    let attempts = 0;
    // What a page with a CSP that blocks workers sees: the worker reports an error instead of loading.
    window.Worker = class extends EventTarget {
      constructor() {
        super();
        attempts++;
        setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'blocked by CSP' })));
      }
      postMessage() {}
      terminate() {}
    } as unknown as typeof Worker;
    try {
      const first = await parseBibtexOffThread(generated(60), 'fallback.bib');
      const second = await parseBibtexOffThread(generated(60), 'fallback.bib');
      expect(first.entries).to.have.length(60);
      expect(first.entries[59]!.title).to.equal('Generated Über Paper $L_9$ 59');
      expect(second).to.deep.equal(first);
    } finally {
      window.Worker = Original;
    }
    // Once a worker failed, later files do not try again.
    expect(attempts).to.equal(1);
  });
});
