import { expect } from 'vitest';
import { parseBibtex } from '../../src/model/bibtex.js';

describe('LaTeX commands citation-js does not know', () => {
  it('writes out text commands and the math symbols the kit knows, outside titles too', async () => {
    const result = await parseBibtex('@misc{d, title = {T}, note = {\\LaTeX{} \\S 2: \\implies{} \\varepsilon{} \\mapsto{} \\ldots}}', 'commands.bib');
    expect(result.problems).to.deep.equal([]);
    expect(String(result.entries[0]!.item.note).replace(/\s+/g, ' ')).to.equal('LaTeX § 2: ⟹ ε ↦ …');
  });
});
