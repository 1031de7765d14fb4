/**
 * Addresses that browser tests ask for knowing there is nothing there: a source that does not exist, a member's
 * profile that moved, a link base that points elsewhere. web-test-runner lists every 404 a test file causes under
 * "🚧 404 network requests"; test/support/reporter.mjs leaves out these, for these files only, so that the listing
 * shows the misses nobody meant. Keys are test files (relative to the project root); values are paths (as the runner
 * gives them: without the leading slash) or patterns.
 */
export const EXPECTED_404S = {
  // Generated data: relative links and photos made up by test/fuzz/arbitraries.ts (`paper.pdf`, `../img/me.jpg`,
  // random text). Anything outside the project's own folders is one of those.
  'test/components/fuzz.test.ts': [/^(?!(?:src|test|node_modules|dist|demo)\/)/],
  // The page the command writes names the script-tag build, which is not there before `npm run build`; the sandboxed
  // frame runs no script, but the browser still fetches what the page preloads.
  'test/cli/prerender.test.ts': ['dist/scholar-elements.js'],
  'test/internal/problems-view.test.ts': ['test/fixtures/missing.bib'],
  // `link-base` pointing at another folder: the photo is looked for there.
  'test/internal/relative-links.test.ts': ['elsewhere/test/fixtures/links/photo.svg'],
  // `src` set to values of the wrong type, each read as an address.
  'test/internal/property-types.test.ts': ['5', 'NaN', 'true', 'x'],
  'test/internal/scholar-element.test.ts': ['test/fixtures/does-not-exist.json'],
  'test/components/lab/lab-pub-list.test.ts': ['demo/profiles/heyang-qin-moved.json'],
  'test/components/lab/lab-timeline.test.ts': ['demo/profiles/heyang-qin-moved.json'],
  'test/components/lab-directory/lab-directory.test.ts': ['test/components/lab-directory/fixtures/does-not-exist.json', 'test/components/lab-directory/fixtures/nope.json'],
  'test/components/pub-list/pub-list-sources.test.ts': ['test/fixtures/missing.bib', 'test/fixtures/none.bib'],
  'test/components/researcher-profile/researcher-profile.test.ts': ['test/fixtures/none.json'],
  'test/components/timeline-view/timeline-view.test.ts': ['demo/profiles/nobody.json'],
};
