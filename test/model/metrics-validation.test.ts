/**
 * Citation metrics (`metrics` on the profile and on each publication; schema/profile.schema.json, `profileMetrics`
 * and `publicationMetrics`): a bad value is reported at its JSON path and left out; the rest of `metrics`, and of the
 * record that carries it, is kept.
 */
import { expect } from 'vitest';
import type { Problem } from '../../src/model/types.js';
import { usableProfile } from '../../src/model/validate.js';

const paths = (problems: Problem[]) => problems.map((problem) => problem.path).sort();
const messageAt = (problems: Problem[], path: string) => problems.find((problem) => problem.path === path)?.message ?? '';

const publication = (metrics: unknown) => ({
  id: 'rajbhandari2020zero',
  type: 'paper-conference',
  title: 'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models',
  issued: { 'date-parts': [[2020]] },
  metrics,
});

describe('metrics validation', () => {
  it('leaves out a bad value of the profile’s metrics, reported at its path, and keeps the rest', () => {
    const { profile, problems } = usableProfile(
      {
        basics: { name: 'Ada Lovelace' },
        metrics: {
          citations: -1,
          hIndex: 'x',
          i10Index: 12,
          source: 'OpenAlex',
          retrieved: 'yesterday',
          countsByYear: [
            { year: 20245, citations: 3 },
            { year: 2024, citations: 2 },
          ],
          note: 'kept: fields of its own',
        },
      },
      'ada.json',
    );
    expect(paths(problems)).to.deep.equal(['/metrics/citations', '/metrics/countsByYear/0', '/metrics/hIndex', '/metrics/retrieved']);
    expect(messageAt(problems, '/metrics/citations')).to.include('metrics.citations').and.to.include('-1');
    expect(messageAt(problems, '/metrics/hIndex')).to.include('metrics.hIndex').and.to.include('whole number');
    expect(messageAt(problems, '/metrics/retrieved')).to.include('"yesterday"');
    expect(messageAt(problems, '/metrics/countsByYear/0')).to.include('20245');
    expect(profile.basics.name).to.equal('Ada Lovelace');
    expect(profile.metrics).to.deep.equal({ i10Index: 12, source: 'OpenAlex', countsByYear: [{ year: 2024, citations: 2 }], note: 'kept: fields of its own' });
  });

  it('leaves out a bad value of a publication’s metrics and keeps the publication and the rest of its metrics', () => {
    const { profile, problems } = usableProfile(
      {
        basics: { name: 'Samyam Rajbhandari' },
        publications: [
          publication({
            citations: -1,
            source: 'OpenAlex',
            retrieved: 'yesterday',
            countsByYear: [
              { year: 'x', citations: 3 },
              { year: 2024, citations: 408 },
              { year: 2025, citations: -5 },
            ],
          }),
          publication({ citations: 12.5, source: 'Crossref', retrieved: '2026-11-29' }),
          publication('cited a lot'),
          publication({ citations: 1630, countsByYear: 'every year' }),
        ],
      },
      'samyam.json',
    );
    expect(paths(problems)).to.deep.equal([
      '/publications/0/metrics/citations',
      '/publications/0/metrics/countsByYear/0',
      '/publications/0/metrics/countsByYear/2',
      '/publications/0/metrics/retrieved',
      '/publications/1/metrics/citations',
      '/publications/2/metrics',
      '/publications/3/metrics/countsByYear',
    ]);
    expect(messageAt(problems, '/publications/0/metrics/retrieved')).to.include('publications[0].metrics.retrieved').and.to.include('"yesterday"');
    expect(messageAt(problems, '/publications/0/metrics/countsByYear/0')).to.include('year');
    const publications = profile.publications!;
    expect(publications).to.have.length(4);
    for (const kept of publications) expect(kept.title).to.equal('ZeRO: Memory Optimizations Toward Training Trillion Parameter Models');
    expect(publications.map((kept) => kept.metrics)).to.deep.equal([
      { source: 'OpenAlex', countsByYear: [{ year: 2024, citations: 408 }] },
      { source: 'Crossref', retrieved: '2026-11-29' },
      undefined,
      { citations: 1630 },
    ]);
  });

  it('leaves out a count too large to be one (1e400 reads as Infinity, which JSON would write as null)', () => {
    const text =
      '{"basics":{"name":"Ada"},"metrics":{"citations":1e400,"hIndex":4},"publications":[{"title":"Notes","metrics":{"citations":1e400,"countsByYear":[{"year":2025,"citations":1e400}]}}]}';
    const { profile, problems } = usableProfile(JSON.parse(text), 'ada.json');
    expect(paths(problems)).to.deep.equal(['/metrics/citations', '/publications/0/metrics/citations', '/publications/0/metrics/countsByYear/0']);
    expect(profile.metrics).to.deep.equal({ hIndex: 4 });
    expect(profile.publications![0]!.metrics).to.deep.equal({ countsByYear: [] });
  });

  it('reports nothing for metrics that are right', () => {
    const metrics = { citations: 1630, source: 'OpenAlex', retrieved: '2026-11-29', countsByYear: [{ year: 2025, citations: 489 }] };
    const { profile, problems } = usableProfile(
      { basics: { name: 'Right' }, metrics: { ...metrics, hIndex: 4, i10Index: 4, retrieved: '2026-11' }, publications: [publication(metrics)] },
      'right.json',
    );
    expect(problems).to.deep.equal([]);
    expect(profile.publications![0]!.metrics).to.deep.equal(metrics);
    expect(profile.metrics).to.deep.equal({ ...metrics, hIndex: 4, i10Index: 4, retrieved: '2026-11' });
  });
});
