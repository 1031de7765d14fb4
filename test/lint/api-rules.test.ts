/**
 * The API rules every element follows (README, "Contributing"), checked on the generated manifest
 * (custom-elements.json, `npm run analyze`). Each check lists every element and name that breaks its rule.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

interface Item {
  name?: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  description?: string;
  summary?: string;
  deprecated?: boolean | string;
  type?: { text?: string };
  default?: string;
  attribute?: string;
  fieldName?: string;
}

interface Element {
  tagName: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as { modules: Array<{ declarations?: Array<Partial<Element>> }> };
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration): declaration is Element => !!declaration.tagName);

/**
 * Boolean attributes that are not `hide-*` switches. `hide-<what>` turns off something an element shows by default;
 * these turn on something it does not do by default, so a `hide-` name would say the opposite.
 */
const NOT_SWITCHES: Record<string, string> = {
  'show-problems': 'shows the list of problems found in the data, a panel for the page author that is off by default',
  'sync-url': 'a behaviour, not a part of the display: keeps the filters in the address bar',
  'selected-only': 'a filter on the data (only publications marked `selected`), like `category` or `year-from`',
  'show-collaborations': 'adds a view that is off by default (who in a lab publishes with whom), like `show-problems`',
};

/** Old attribute names and the `hide-*` attribute that replaces each, on every element that has the old one. */
const RENAMED: Record<string, string> = {
  'no-bio': 'hide-bio',
  'no-header': 'hide-header',
  nav: 'hide-nav',
  'structured-data': 'hide-structured-data',
};

/** Elements that draw no heading of their own (none so far): every other element has `heading-level`. */
const WITHOUT_HEADINGS: readonly string[] = [];

/** Data given as properties: one person, several people (and a lab), a list of publications. */
const DATA_INPUTS: Record<string, readonly string[]> = {
  'researcher-card': ['profile'],
  'profile-section': ['profile'],
  'researcher-profile': ['profile'],
  'pub-list': ['profiles', 'lab', 'items'],
  'timeline-view': ['profiles', 'lab'],
  'lab-directory': ['profiles', 'lab'],
};

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Public fields: what a page can set or read. */
function publicFields(element: Element): Item[] {
  return (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.privacy && !/^[#_]/.test(member.name ?? ''));
}

function isDeprecated(element: Element, attribute: Item): boolean {
  const field = (element.members ?? []).find((member) => member.name === attribute.fieldName);
  return !!attribute.deprecated || !!field?.deprecated;
}

/** One line per rule broken, over every element. */
function broken(check: (element: Element) => Array<string | false | undefined>): string[] {
  return elements.flatMap((element) =>
    check(element)
      .filter((line): line is string => !!line)
      .map((line) => `<${element.tagName}> ${line}`),
  );
}

describe('API rules (custom-elements.json)', () => {
  it('finds the elements in the manifest', () => {
    expect(elements.length).toBeGreaterThan(0);
  });

  it('switches are boolean attributes named hide-<what>; other names are deprecated aliases or listed exceptions', () => {
    const problems = broken((element) =>
      (element.attributes ?? []).map((attribute) => {
        const name = attribute.name ?? '';
        if (isDeprecated(element, attribute) || name.startsWith('hide-') || name in NOT_SWITCHES) return false;
        const type = attribute.type?.text?.replace(/\s/g, '') ?? '';
        if (type === 'boolean') return `boolean attribute \`${name}\` is not named hide-<what>`;
        if (/^('on'\|'off'|'off'\|'on')(\|undefined)?$/.test(type)) return `\`${name}\` is an on/off switch (${attribute.type?.text}), not a hide-<what> boolean attribute`;
        return false;
      }),
    );
    expect(problems).toEqual([]);
  });

  it('hide-* attributes are booleans that default to off', () => {
    const problems = broken((element) =>
      (element.attributes ?? [])
        .filter((attribute) => attribute.name?.startsWith('hide-'))
        .map((attribute) =>
          attribute.type?.text !== 'boolean' || attribute.default !== 'false'
            ? `\`${attribute.name}\` has type ${attribute.type?.text ?? '(none)'} and default ${attribute.default ?? '(none)'}, not boolean / false`
            : false,
        ),
    );
    expect(problems).toEqual([]);
  });

  it('renamed attributes keep their old name as a deprecated alias beside the new one', () => {
    const problems = broken((element) =>
      (element.attributes ?? []).flatMap((attribute) => {
        const replacement = RENAMED[attribute.name ?? ''];
        if (!replacement) return [];
        return [
          !isDeprecated(element, attribute) && `\`${attribute.name}\` is not marked deprecated (JSDoc \`@deprecated Use \\\`${replacement}\\\`.\`)`,
          !element.attributes?.some((other) => other.name === replacement) && `has \`${attribute.name}\` but not \`${replacement}\``,
        ];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('every element that draws headings has heading-level, default 2 (1 for a whole profile page)', () => {
    const problems = broken((element) => {
      if (WITHOUT_HEADINGS.includes(element.tagName)) return [];
      const attribute = element.attributes?.find((candidate) => candidate.name === 'heading-level');
      if (!attribute) return ['has no `heading-level` attribute'];
      // A whole profile is a page's main content: the researcher's name is the page's title.
      const expected = element.tagName === 'researcher-profile' ? '1' : '2';
      return [attribute.default !== expected && `\`heading-level\` defaults to ${attribute.default ?? '(none)'}, not ${expected}`];
    });
    expect(problems).toEqual([]);
  });

  it('data inputs are properties without attributes: profile, profiles and lab, items', () => {
    const problems = broken((element) => {
      const fields = publicFields(element);
      return (DATA_INPUTS[element.tagName] ?? []).flatMap((name) => {
        const field = fields.find((candidate) => candidate.name === name);
        if (!field) return [`has no \`${name}\` property`];
        return [field.attribute && `\`${name}\` has an attribute (\`${field.attribute}\`); data inputs are properties only`];
      });
    });
    expect(problems).toEqual([]);
  });

  it('documented CSS custom properties are --scholar-*', () => {
    const problems = broken((element) =>
      (element.cssProperties ?? []).map((property) => !property.name?.startsWith('--scholar-') && `CSS custom property \`${property.name}\` is not named --scholar-*`),
    );
    expect(problems).toEqual([]);
  });

  it('attribute names are kebab-case', () => {
    const problems = broken((element) =>
      (element.attributes ?? []).map((attribute) => !KEBAB_CASE.test(attribute.name ?? '') && `attribute \`${attribute.name}\` is not kebab-case`),
    );
    expect(problems).toEqual([]);
  });

  it('every attribute, property, event, slot, part and CSS custom property has a description', () => {
    const problems = broken((element) => {
      const groups: Array<[string, Item[]]> = [
        ['attribute', element.attributes ?? []],
        ['property', publicFields(element)],
        ['event', element.events ?? []],
        ['slot', element.slots ?? []],
        ['part', element.cssParts ?? []],
        ['CSS custom property', element.cssProperties ?? []],
      ];
      return groups.flatMap(([what, items]) => items.map((item) => !(item.description ?? item.summary)?.trim() && `${what} \`${item.name || '(default)'}\` has no description`));
    });
    expect(problems).toEqual([]);
  });
});
