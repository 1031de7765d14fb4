import { expect } from 'vitest';
import { groupProblems, MAX_LISTED_PROBLEMS, problemLine, problemLocation, problemsReport, problemsSummary } from '../../src/model/problems.js';
import type { Problem } from '../../src/model/types.js';

const bibtexProblem: Problem = { source: 'papers.bib', line: 8, path: 'missingcomma', message: 'missingcomma (line 8): expected "," after the key' };
const jsonProblem: Problem = { source: 'me.json', path: '/publications/1/title', message: 'publications[1].title: expected a string, got a number' };
const failedSource: Problem = { source: 'gone.json', path: '', message: 'Could not load gone.json: the server answered HTTP 404.' };

describe('problemsSummary', () => {
  it('counts the problems and says what became of what they concern', () => {
    expect(problemsSummary(1)).to.equal('1 problem in the data: the entry or value it concerns was left out.');
    expect(problemsSummary(3)).to.equal('3 problems in the data: the entries and values they concern were left out.');
  });
});

describe('problemLocation and problemLine', () => {
  it('places a problem by its line, else by its JSON path in words, else nowhere', () => {
    expect(problemLocation(bibtexProblem)).to.equal('line 8');
    expect(problemLocation(jsonProblem)).to.equal('publications[1].title');
    expect(problemLocation({ path: '[3]', message: 'x' })).to.equal('[3]');
    expect(problemLocation(failedSource)).to.equal('');
  });

  it('puts the place before the message unless the message names it already', () => {
    expect(problemLine(bibtexProblem)).to.equal(bibtexProblem.message);
    expect(problemLine(jsonProblem)).to.equal(jsonProblem.message);
    expect(problemLine(failedSource)).to.equal(failedSource.message);
    expect(problemLine({ path: '/basics/image', message: 'expected a string' })).to.equal('basics.image: expected a string');
    expect(problemLine({ path: 'k', line: 4, message: 'unclosed' })).to.equal('line 4: unclosed');
  });
});

describe('groupProblems', () => {
  it('groups by source in order of first appearance, naming problems without a source by the fallback', () => {
    const other: Problem = { ...jsonProblem, path: '/work/0' };
    const groups = groupProblems([jsonProblem, bibtexProblem, other, { path: '', message: 'link-base "x" is not a URL' }], 'the data');
    expect(groups.map((group) => group.source)).to.deep.equal(['me.json', 'papers.bib', 'the data']);
    expect(groups[0]!.problems).to.deep.equal([jsonProblem, other]);
  });
});

describe('problemsReport', () => {
  it('is one text: who reports, the summary, then a line per problem', () => {
    expect(problemsReport('<researcher-card> me.json', [jsonProblem], 'me.json')).to.equal(
      '<researcher-card> me.json: 1 problem in the data: the entry or value it concerns was left out.\n' + '  publications[1].title: expected a string, got a number',
    );
  });

  it('puts each line under its source when there are several', () => {
    const report = problemsReport('<pub-list> papers.bib me.json gone.json', [failedSource, bibtexProblem, jsonProblem], 'papers.bib me.json gone.json');
    expect(report.split('\n')).to.deep.equal([
      '<pub-list> papers.bib me.json gone.json: 3 problems in the data: the entries and values they concern were left out.',
      'gone.json:',
      '  Could not load gone.json: the server answered HTTP 404.',
      'papers.bib:',
      '  missingcomma (line 8): expected "," after the key',
      'me.json:',
      '  publications[1].title: expected a string, got a number',
    ]);
  });
});

describe('long problem lists', () => {
  it('spell out the first MAX_LISTED_PROBLEMS and count the rest', () => {
    const many = Array.from({ length: MAX_LISTED_PROBLEMS + 2500 }, (_, index) => ({
      path: `/publications/0/keywords/${index}`,
      source: 'me.json',
      message: 'expected a string, got a number',
    }));
    const lines = problemsReport('<pub-list> me.json', many, 'me.json').split('\n');
    expect(lines.length).to.equal(MAX_LISTED_PROBLEMS + 2);
    expect(lines[0]).to.contain(`${MAX_LISTED_PROBLEMS + 2500} problems`);
    expect(lines.at(-1)).to.equal("  …and 2,500 more, all in the element's `problems` property.");
  });
});
