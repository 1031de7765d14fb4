// For translators: starts a new language for the interface, and checks every language's catalogue.
//
//   node scripts/new-language.mjs <language>   writes src/i18n/locales/<language>.ts with every message of the English
//                                              catalogue (src/i18n/en.ts and en-*.ts) in English, ready to translate in place, and
//                                              registers it in src/i18n/languages.ts; its CSL locale, for citations,
//                                              joins src/model/csl-locales/ when the CSL project has one
//   node scripts/new-language.mjs --check [<language>…]
//                                              lists, for every catalogue (or those named), the keys missing or extra,
//                                              placeholders and plural forms that differ from English, and the
//                                              messages still the same as English; exits 1 when a catalogue is wrong
//   --root <dir>                               the project to work in (default: this script's project)
//
// <language> is a primary language subtag ("sw", "pl", "fil"): the interface has one catalogue per language, which
// every region of it uses (pt-BR and pt-PT both read pt.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCslLocales } from './csl-locales.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(projectRoot, 'package.json'));

const USAGE = `Usage: node scripts/new-language.mjs <language>
       node scripts/new-language.mjs --check [<language>…]

  <language>        starts src/i18n/locales/<language>.ts (every message in English, to translate) and registers it
  --check           lists what each catalogue lacks or has too many, and what is still in English; exit 1 on a fault
  --root <dir>      the project to work in (default: this one)`;

/** CLDR's order of plural categories. */
const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A TypeScript catalogue module's value: the file transpiled (types dropped) and imported. */
async function loadModule(file) {
  const ts = require('typescript');
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

const placeholders = (message) =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...text.matchAll(/\{([a-z][a-z0-9-]*)\}/gi)].map((match) => match[1])))].sort();

function pluralCategories(language) {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));
}

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** The whole English source: src/i18n/en.ts and each element's part beside it (en-pubs.ts…), in that order. */
async function englishSource(root) {
  const files = [
    'en.ts',
    ...readdirSync(join(root, 'src/i18n'))
      .filter((name) => /^en-.+\.ts$/.test(name))
      .sort(),
  ];
  const parts = await Promise.all(files.map((name) => loadModule(join(root, 'src/i18n', name))));
  return Object.assign({}, ...parts.flatMap((module) => Object.values(module).filter((value) => value && typeof value === 'object')));
}

/** The languages with a catalogue file, and those languages.ts registers. */
function languages(root) {
  const files = readdirSync(join(root, 'src/i18n/locales'))
    .flatMap((name) => (name.endsWith('.ts') ? [name.slice(0, -3)] : []))
    .sort();
  const registry = readFileSync(join(root, 'src/i18n/languages.ts'), 'utf8');
  const registered = [...registry.matchAll(/^\s+'?([a-z]{2,3})'?: \(\) => import\('\.\/locales\/([a-z]{2,3})\.js'\),$/gm)].map((match) => match[1]).sort();
  return { files, registered, registry };
}

/** Registers `language` in languages.ts's catalogue loaders, in alphabetical order. */
function register(root, language, registry) {
  const lines = registry.split('\n');
  const start = lines.findIndex((line) => /^const CATALOGUES\b/.test(line));
  const end = lines.findIndex((line, index) => index > start && /^};$/.test(line));
  if (start < 0 || end < 0) throw new Error('src/i18n/languages.ts has no `const CATALOGUES = { … };` to register the language in');
  const entry = `  ${language}: () => import('./locales/${language}.js'),`;
  let at = end;
  for (let index = start + 1; index < end; index++) {
    const found = lines[index].match(/^\s+'?([a-z]{2,3})'?:/);
    if (found && found[1] > language) {
      at = index;
      break;
    }
  }
  lines.splice(at, 0, entry);
  writeFileSync(join(root, 'src/i18n/languages.ts'), lines.join('\n'));
}

/** `text` as prettier writes it with the project's settings (unchanged when prettier is not installed). */
async function formatted(text, file) {
  try {
    const loaded = await import(pathToFileURL(require.resolve('prettier')).href);
    const prettier = loaded.resolveConfig ? loaded : loaded.default;
    const options = (await prettier.resolveConfig(join(projectRoot, 'src/i18n/en.ts'))) ?? {};
    return await prettier.format(text, { ...options, filepath: file });
  } catch {
    return text;
  }
}

async function start(root, tag) {
  const language = tag.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(language)) {
    const primary = language.split(/[-_]/)[0];
    const hint = /^[a-z]{2,3}$/.test(primary ?? '')
      ? ` The interface has one catalogue per language, which every region of it reads: start "${primary}" (pages in ${tag} will use it).`
      : '';
    console.error(`"${tag}" is not a language subtag such as "sw", "pl" or "fil".${hint}\n\n${USAGE}`);
    return 2;
  }
  let names;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    Intl.getCanonicalLocales(language);
  } catch {
    console.error(`"${tag}" is not a language tag.`);
    return 2;
  }
  const file = join(root, 'src/i18n/locales', `${language}.ts`);
  const { registered, registry } = languages(root);
  if (language === 'en' || existsSync(file) || registered.includes(language)) {
    console.error(
      `${language === 'en' ? 'English is the source catalogue (src/i18n/en.ts)' : `src/i18n/locales/${language}.ts exists already`}: nothing written. See what it lacks with: node scripts/new-language.mjs --check ${language}`,
    );
    return 1;
  }
  const en = await englishSource(root);
  const categories = pluralCategories(language);
  const english = names.of(language);
  let native;
  try {
    native = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(language);
  } catch {
    native = undefined;
  }
  const name = english ? `${english}${native && native !== english ? ` (${native})` : ''}` : `The language "${language}"`;
  const keys = Object.keys(en);
  const plurals = keys.filter((key) => typeof en[key] !== 'string').length;
  const body = keys
    .map((key) => {
      const message = en[key];
      if (typeof message === 'string') return `  ${quote(key)}: ${quote(message)},`;
      const forms = categories.map((category) => `${category}: ${quote(message[category] ?? message.other)}`);
      return `  ${quote(key)}: { ${forms.join(', ')} },`;
    })
    .join('\n');
  const text = `/**
 * ${name}. Started with \`node scripts/new-language.mjs ${language}\`: all ${keys.length} messages below are still the
 * English text, to translate in place.
 *
 * - Keep each key, and each {placeholder} as it is: the elements put a name, a number or a year there.
 * - ${plurals} messages have a form for each plural category of ${language} (${categories.join(', ')}), chosen by the
 *   number they show as Intl.PluralRules('${language}') decides: give each form its own wording (each starts as the
 *   English "one" or "other").
 * - A researcher's own words (titles, names, venues) never come through here: only the words the elements add.
 * - \`node scripts/new-language.mjs --check ${language}\` lists what is left: messages still as in English, and any key or
 *   placeholder that differs from src/i18n/en.ts.
 */
import type { Translation } from '../en.js';

export default {
${body}
} satisfies Translation;
`;
  writeFileSync(file, await formatted(text, file));
  register(root, language, registry);
  const { changed } = writeCslLocales(root);
  const { CSL_LANGUAGE_LOCALES } = await loadModule(join(root, 'src/model/csl-locales/index.ts'));
  const csl = CSL_LANGUAGE_LOCALES[language];
  console.log(`Wrote src/i18n/locales/${language}.ts: ${name}, ${keys.length} messages in English to translate.
Registered "${language}" in src/i18n/languages.ts.
${
  csl
    ? `Citations: formatted with the CSL locale ${csl}${changed.includes(`${csl}.ts`) ? `, written to src/model/csl-locales/${csl}.ts` : ''}.`
    : `Citations: the CSL project has no locale for "${language}" in citeproc-locales yet; they stay in English.`
}

Next:
  1. translate src/i18n/locales/${language}.ts;
  2. node scripts/new-language.mjs --check ${language}   (what is left);
  3. add "${language}" to the languages test/i18n/catalogues.test.ts expects, and to the README's list;
  4. npm run typecheck && npx vitest run test/i18n`);
  return 0;
}

/** What is wrong with, or left in, one catalogue. */
function review(en, catalogue, language) {
  const keys = Object.keys(en);
  const categories = pluralCategories(language);
  const faults = [];
  const missing = keys.filter((key) => !Object.hasOwn(catalogue, key));
  const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(en, key));
  if (missing.length) faults.push(`missing (${missing.length}): ${missing.join(', ')}`);
  if (extra.length) faults.push(`not in English, so never used (${extra.length}): ${extra.join(', ')}`);
  const same = [];
  for (const key of keys) {
    if (!Object.hasOwn(catalogue, key)) continue;
    const source = en[key];
    const message = catalogue[key];
    if (typeof message !== 'string' && (message === null || typeof message !== 'object')) {
      faults.push(`${key}: not a message`);
      continue;
    }
    const expected = placeholders(source).map((name) => `{${name}}`);
    const found = placeholders(message).map((name) => `{${name}}`);
    if (expected.join() !== found.join()) faults.push(`${key}: placeholders ${found.join(' ') || '(none)'}, English has ${expected.join(' ') || '(none)'}`);
    if (typeof source !== typeof message) {
      faults.push(`${key}: ${typeof source === 'string' ? 'one text in English, forms here' : `forms in English (${categories.join(', ')} in ${language}), one text here`}`);
    } else if (typeof message !== 'string') {
      const lacking = categories.filter((category) => !Object.hasOwn(message, category));
      const foreign = Object.keys(message).filter((category) => !categories.includes(category));
      if (lacking.length) faults.push(`${key}: no form for ${lacking.join(', ')}`);
      if (foreign.length) faults.push(`${key}: ${foreign.join(', ')} ${foreign.length > 1 ? 'are not plural categories' : 'is not a plural category'} of ${language}`);
    }
    const forms = typeof message === 'string' ? [message] : Object.values(message);
    if (forms.some((form) => typeof form !== 'string' || !form.trim())) faults.push(`${key}: an empty text`);
    const english = typeof source === 'string' ? [source] : Object.values(source);
    if (forms.length && forms.every((form) => english.includes(form))) same.push(key);
  }
  return { faults, same, total: keys.length };
}

async function check(root, only) {
  const en = await englishSource(root);
  const { files, registered } = languages(root);
  const wanted = only.length ? only.map((tag) => tag.toLowerCase()) : files;
  let failed = false;
  for (const language of wanted) {
    const file = join(root, 'src/i18n/locales', `${language}.ts`);
    if (!existsSync(file)) {
      console.log(`${language}: no catalogue (start one with: node scripts/new-language.mjs ${language})`);
      failed = true;
      continue;
    }
    const catalogue = (await loadModule(file)).default ?? {};
    const { faults, same, total } = review(en, catalogue, language);
    if (!registered.includes(language)) faults.push(`not registered in src/i18n/languages.ts (add  ${language}: () => import('./locales/${language}.js'),)`);
    failed ||= faults.length > 0;
    const summary = faults.length ? `${faults.length} ${faults.length === 1 ? 'fault' : 'faults'}` : `all ${total} messages`;
    console.log(`${language}: ${summary}${same.length ? `; ${same.length} of ${total} as in English` : ''}`);
    for (const fault of faults) console.log(`  ${fault}`);
    if (same.length) console.log(`  as in English (translate, or keep where English is right): ${same.join(', ')}`);
  }
  for (const language of registered.filter((code) => !files.includes(code))) {
    console.log(`${language}: registered in src/i18n/languages.ts, but src/i18n/locales/${language}.ts is missing`);
    failed = true;
  }
  return failed ? 1 : 0;
}

async function main(argv) {
  const args = [...argv];
  let root = projectRoot;
  const rootAt = args.indexOf('--root');
  if (rootAt >= 0) {
    if (!args[rootAt + 1]) {
      console.error(`--root needs a folder.\n\n${USAGE}`);
      return 2;
    }
    root = resolve(args[rootAt + 1]);
    args.splice(rootAt, 2);
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (args.includes('--check'))
    return check(
      root,
      args.filter((arg) => arg !== '--check'),
    );
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (unknown || args.length !== 1) {
    console.error(`${unknown ? `Unknown option ${unknown}.` : args.length ? 'One language at a time.' : 'Which language?'}\n\n${USAGE}`);
    return 2;
  }
  return start(root, args[0]);
}

process.exitCode = await main(process.argv.slice(2));
