import { expect } from 'vitest';
import { jsonLdDocument, MAX_JSON_LD_WORKS } from '../../src/model/json-ld.js';
import { entriesFromItems } from '../../src/model/publications.js';
import type { Publication } from '../../src/model/types.js';

function works(count: number): Publication[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `w${index}`,
    type: 'article-journal',
    title: `Work ${index}`,
    ...(index % 10 === 9 ? {} : { issued: { 'date-parts': [[1900 + (index % 120)]] } }),
  }));
}

describe('JSON-LD documents', () => {
  it('describes every work of a list up to the limit', () => {
    const document = jsonLdDocument(undefined, entriesFromItems(works(50), 'list')) as { '@graph': unknown[] };
    expect(document['@graph']).to.have.length(50);
  });

  it('describes only the newest works of a very long list, the list itself whole', () => {
    const entries = entriesFromItems(works(5000), 'list');
    const graph = (jsonLdDocument(undefined, entries) as { '@graph': Array<{ name: string; datePublished?: string }> })['@graph'];
    expect(graph).to.have.length(MAX_JSON_LD_WORKS);
    const newest = Math.max(...entries.map((entry) => entry.year ?? 0));
    const oldestDescribed = Math.min(...graph.map((node) => Number(node.datePublished?.slice(0, 4) ?? 0)));
    // 5,000 works over 120 years: about 37 a year, so the 500 described are from the last 14 or so years.
    expect(oldestDescribed).to.be.greaterThan(newest - 20);
    expect(entries).to.have.length(5000);
  });
});
