import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };

// Controls, argument tables and component descriptions come from the generated manifest (`npm run analyze`).
setCustomElementsManifest(manifest);

interface ManifestItem {
  name?: string;
  kind?: string;
  static?: boolean;
  description?: string;
  type?: { text?: string };
  default?: string;
  attribute?: string;
  fieldName?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}

function declarationFor(component: unknown): ManifestDeclaration | undefined {
  if (typeof component !== 'string') return undefined;
  const modules = (manifest as { modules?: { declarations?: ManifestDeclaration[] }[] }).modules ?? [];
  return modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === component);
}

/** The element's description on its docs page: the JSDoc description, else its `@summary`. */
function componentDescription(component: unknown): string | undefined {
  const declaration = declarationFor(component);
  return declaration ? declaration.description || declaration.summary : undefined;
}

/**
 * A Storybook type from the manifest's type text, so controls follow the element's API: a union of string literals
 * (`'full' | 'compact'`) becomes a choice, `string` / `number` / `boolean` their own controls, anything else an
 * object editor.
 */
function storybookType(text: string | undefined) {
  const alternatives = (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (alternatives.length && alternatives.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) {
    return { name: 'enum' as const, value: alternatives.map((part) => part.slice(1, -1)), required: false };
  }
  const [only] = alternatives;
  if (alternatives.length === 1 && (only === 'string' || only === 'number' || only === 'boolean')) {
    return { name: only, required: false };
  }
  return { name: 'other' as const, value: text ?? '', required: false };
}

/**
 * Argument table rows from the manifest. Like Storybook's own reader, but:
 * - a property with an attribute is one row, under its attribute name (`heading-level`), which is also the arg that
 *   stories pass; properties without an attribute (`profile`, `problems`) are listed as properties;
 * - CSS parts, CSS properties, slots and events have keys of their own, so a part named like a property
 *   (`problems`) does not hide the property;
 * - methods are left out.
 */
function extractArgTypes(component: unknown) {
  const declaration = declarationFor(component);
  if (!declaration) return null;
  const argTypes: Record<string, object> = {};
  const row = (key: string, item: ManifestItem, category: string, name = item.name ?? key) => {
    argTypes[key] = {
      name,
      description: item.description,
      // Parts, CSS properties and slots have no type: no "other" badge in the table.
      ...(item.type?.text ? { type: storybookType(item.type.text) } : {}),
      table: {
        category,
        type: item.type?.text ? { summary: item.type.text } : undefined,
        defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
      },
      // Only attributes and properties can be edited; the rest is documentation.
      ...(category === 'attributes' || category === 'properties' ? {} : { control: false }),
    };
  };
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  for (const attribute of declaration.attributes ?? []) if (attribute.name) row(attribute.name, attribute, 'attributes');
  for (const member of declaration.members ?? []) {
    if (!member.name || member.kind !== 'field' || member.static || attributeFields.has(member.name)) continue;
    row(member.name, member, 'properties');
  }
  for (const event of declaration.events ?? []) if (event.name) row(`event:${event.name}`, event, 'events', event.name);
  for (const slot of declaration.slots ?? []) row(`slot:${slot.name || 'default'}`, slot, 'slots', slot.name || '(default)');
  for (const property of declaration.cssProperties ?? []) if (property.name) row(`css:${property.name}`, property, 'css custom properties', property.name);
  for (const part of declaration.cssParts ?? []) if (part.name) row(`part:${part.name}`, part, 'css shadow parts', part.name);
  return argTypes;
}

/** The interface languages (src/i18n/languages.ts), for the toolbar's language switcher. */
const LANGUAGES = [
  { value: 'en', title: 'English' },
  { value: 'de', title: 'Deutsch' },
  { value: 'fr', title: 'Français' },
  { value: 'es', title: 'Español' },
  { value: 'pt', title: 'Português' },
  { value: 'it', title: 'Italiano' },
  { value: 'zh', title: '中文（简体）' },
  { value: 'ja', title: '日本語' },
  { value: 'ko', title: '한국어' },
  { value: 'ar', title: 'العربية' },
];

const preview: Preview = {
  tags: ['autodocs'],
  // The page's language, as <html lang>: every element without a `lang` of its own follows it.
  globalTypes: {
    locale: { description: 'Page language', toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true } },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.locale ?? 'en');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: {
      extractArgTypes,
      extractComponentDescription: componentDescription,
    },
  },
};

export default preview;
