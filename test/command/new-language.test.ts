/**
 * scripts/new-language.mjs, the translators' command: starting a language (its catalogue with every English message,
 * registered, its CSL locale for citations) and checking every catalogue. It runs on a copy of src/i18n and
 * src/model/csl-locales in a folder of the test's own (--root), never on the project's.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { englishSource as en } from '../../src/i18n/english-source.js';
import { projectRoot, runScript, tempFolder, type RunResult } from './helpers.js';

const script = join(projectRoot, 'scripts/new-language.mjs');

function newLanguage(...args: string[]): Promise<RunResult> {
  return runScript(script, args);
}

/** A copy of the project's catalogues and CSL locales. */
async function project(): Promise<string> {
  const root = await tempFolder();
  await cp(join(projectRoot, 'src/i18n'), join(root, 'src/i18n'), { recursive: true });
  await cp(join(projectRoot, 'src/model/csl-locales'), join(root, 'src/model/csl-locales'), { recursive: true });
  return root;
}

const keys = Object.keys(en);

describe('node scripts/new-language.mjs <language>', () => {
  it('writes a catalogue with every English message, the language’s plural forms, and registers it in order', async () => {
    const root = await project();
    const result = await newLanguage('--root', root, 'pl');
    expect(result.stderr).to.equal('');
    expect(result.code).to.equal(0);
    expect(result.stdout).to.include(`Wrote src/i18n/locales/pl.ts: Polish (polski), ${keys.length} messages in English to translate.`);
    expect(result.stdout).to.include('Citations: formatted with the CSL locale pl-PL, written to src/model/csl-locales/pl-PL.ts.');

    const text = await readFile(join(root, 'src/i18n/locales/pl.ts'), 'utf8');
    expect(text).to.match(/^\/\*\*\n \* Polish \(polski\)\. Started with `node scripts\/new-language\.mjs pl`/);
    expect(text).to.include("import type { Translation } from '../en.js';");
    expect(text.trimEnd()).to.match(/\} satisfies Translation;$/);
    const { default: catalogue } = (await import(pathToFileURL(join(root, 'src/i18n/locales/pl.ts')).href)) as { default: Record<string, unknown> };
    expect(Object.keys(catalogue)).to.deep.equal(keys);
    for (const key of keys) {
      const source = en[key as keyof typeof en];
      if (typeof source === 'string') expect(catalogue[key], key).to.equal(source);
      // Polish has four plural forms: each starts as the English "one" or "other".
      else expect(catalogue[key], key).to.deep.equal({ one: source.one, few: source.other, many: source.other, other: source.other });
    }

    const registry = await readFile(join(root, 'src/i18n/languages.ts'), 'utf8');
    expect(registry).to.include("  ko: () => import('./locales/ko.js'),\n  pl: () => import('./locales/pl.js'),\n  pt: () => import('./locales/pt.js'),");
    const cslIndex = await readFile(join(root, 'src/model/csl-locales/index.ts'), 'utf8');
    expect(cslIndex).to.include("'pl-PL': () => import('./pl-PL.js'),");
    expect(cslIndex).to.include("  pl: 'pl-PL',");
    expect(await readFile(join(root, 'src/model/csl-locales/pl-PL.ts'), 'utf8')).to.include('xml:lang="pl-PL"');
    // The project's own files are untouched.
    expect(await readFile(join(projectRoot, 'src/i18n/languages.ts'), 'utf8')).not.to.include("'./locales/pl.js'");

    // A language the CSL project has no locale for is cited in English.
    const swahili = await newLanguage('--root', root, 'sw');
    expect(swahili.code).to.equal(0);
    expect(swahili.stdout).to.include('Citations: the CSL project has no locale for "sw" in citeproc-locales yet; they stay in English.');
    expect(await readFile(join(root, 'src/i18n/languages.ts'), 'utf8')).to.include("  pt: () => import('./locales/pt.js'),\n  sw: () => import('./locales/sw.js'),\n  zh:");
  });

  it('refuses a language that exists, a regional tag and a non-tag, writing nothing', async () => {
    const root = await project();
    const before = await readFile(join(root, 'src/i18n/languages.ts'), 'utf8');
    const existing = await newLanguage('--root', root, 'de');
    expect(existing.code).to.equal(1);
    expect(existing.stderr).to.include('src/i18n/locales/de.ts exists already: nothing written.');
    const regional = await newLanguage('--root', root, 'pt-BR');
    expect(regional.code).to.equal(2);
    expect(regional.stderr).to.include('start "pt" (pages in pt-BR will use it)');
    expect((await newLanguage('--root', root, 'x!')).code).to.equal(2);
    expect((await newLanguage('--root', root)).code).to.equal(2);
    expect((await newLanguage('--root', root, 'en')).code).to.equal(1);
    expect(await readFile(join(root, 'src/i18n/languages.ts'), 'utf8')).to.equal(before);
  });
});

describe('node scripts/new-language.mjs --check', () => {
  it('passes the project’s catalogues, listing what is as in English', async () => {
    const result = await newLanguage('--check');
    expect(result.code, result.stdout).to.equal(0);
    for (const language of ['ar', 'de', 'es', 'fr', 'it', 'ja', 'ko', 'pt', 'zh']) expect(result.stdout).to.match(new RegExp(`^${language}: all ${keys.length} messages`, 'm'));
  });

  it('lists keys missing and extra, placeholders and plural forms that differ, and exits 1', async () => {
    const root = await project();
    const file = join(root, 'src/i18n/locales/de.ts');
    const german = (await readFile(file, 'utf8'))
      .replace(/^ {2}'state\.retry': .*\n/m, '')
      .replace("'card.photo-of': 'Foto von {name}',", "'card.photo-of': 'Foto von {nom}',\n  'card.old': 'Alt',")
      .replace(/'collaborators\.works': \{ one: ('[^']*'), other: ('[^']*') \}/, "'collaborators.works': { one: $1, two: $2 }");
    await writeFile(file, german);
    const result = await newLanguage('--root', root, '--check', 'de');
    expect(result.code).to.equal(1);
    expect(result.stdout).to.include('  missing (1): state.retry');
    expect(result.stdout).to.include('  not in English, so never used (1): card.old');
    expect(result.stdout).to.include('  card.photo-of: placeholders {nom}, English has {name}');
    expect(result.stdout).to.include('  collaborators.works: no form for other');
    expect(result.stdout).to.include('  collaborators.works: two is not a plural category of de');
    expect(result.stdout).not.to.match(/^fr:/m);
  });

  it('lists a new language’s messages as untranslated, without failing', async () => {
    const root = await project();
    await newLanguage('--root', root, 'sw');
    const result = await newLanguage('--root', root, '--check', 'sw');
    expect(result.code).to.equal(0);
    expect(result.stdout).to.include(`sw: all ${keys.length} messages; ${keys.length} of ${keys.length} as in English`);
    expect(result.stdout).to.include('state.loading, state.empty');
  });
});
