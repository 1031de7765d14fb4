import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import '../../../src/components/profile-section/profile-section.js';
import '../../../src/components/pub-list/pub-list.js';
import type { Publication } from '../../../src/model/types.js';

/**
 * Two filters besides the facets: one person's works (`author`), and the list's most cited works (`most-cited`).
 *
 * `author="Yuxiong He"` keeps the works one of whose authors is that person, under every form author lists use
 * ("Y. He", "He, Yuxiong"), with the rules that emphasise the profile's owner. A pressed "Works with Yuxiong He"
 * button above the list says so, and shows every work again. With `sync-url` it is kept in the URL hash
 * (`#pubs.author=Yuxiong+He`): that is how a collaborators section links each person to their works.
 *
 * `most-cited="10"` keeps the list's ten most cited works (by their citation counts; every work tied at the cut is
 * in), whatever the sort, grouping and other filters. The controls offer it as a "Most cited (10)" checkbox when some
 * work has a count.
 */
interface FiltersArgs {
  src?: string;
  items?: Publication[];
  author?: string;
  'most-cited'?: number;
  sort?: 'newest' | 'oldest' | 'title' | 'cited';
  'group-by'?: 'year' | 'category' | 'none';
  'hide-controls'?: boolean;
}

/** Seed profiles are served by Storybook from demo/profiles/ at `profiles/` (see .storybook/main.ts). */
const MINJIA = 'profiles/minjia-zhang.json';

/** Made-up works with made-up citation counts (two tie at 40). */
const COUNTED: Array<[title: string, year: number, type: Publication['type'], citations: number | undefined, coauthor: string]> = [
  ['Notes on the Analytical Engine', 2021, 'article-journal', 310, 'Charles Babbage'],
  ['A Sketch of the Analytical Engine', 2019, 'paper-conference', 120, 'Charles Babbage'],
  ['Bernoulli Numbers by Machine', 2023, 'paper-conference', 40, 'Mary Somerville'],
  ['Punched Cards beyond the Loom', 2022, 'article-journal', 40, 'C. Babbage'],
  ['Poetical Science', 2020, 'chapter', 12, 'Mary Somerville'],
  ['Engines of Thought', 2018, 'article-journal', 3, 'Augustus De Morgan'],
  ['Operations on Symbols', 2024, 'paper-conference', undefined, 'Charles Babbage'],
];

const counted: Publication[] = COUNTED.map(([title, year, type, citations, coauthor], index) => ({
  id: `w${index}`,
  type,
  title,
  author: [{ given: 'Ada', family: 'Lovelace' }, { literal: coauthor }],
  issued: { 'date-parts': [[year]] },
  ...(citations === undefined ? {} : { metrics: { citations, source: 'OpenAlex', retrieved: '2026-06-01' } }),
}));

const number = (value: number | undefined) => (value === undefined || value === null || Number.isNaN(value) ? undefined : value);

const meta = {
  title: 'Components/pub-list/Author and most cited filters',
  component: 'pub-list',
  render: (args: FiltersArgs) => html`<pub-list
    src=${ifDefined(args.src || undefined)}
    .items=${args.items}
    author=${ifDefined(args.author || undefined)}
    most-cited=${ifDefined(number(args['most-cited']))}
    sort=${ifDefined(args.sort)}
    group-by=${ifDefined(args['group-by'])}
    ?hide-controls=${args['hide-controls']}
    @scholar-load=${action('scholar-load')}
    @scholar-error=${action('scholar-error')}
  ></pub-list>`,
  args: { 'group-by': 'year', sort: 'newest' },
  argTypes: {
    src: { control: 'text', description: 'Where to read the publications from.' },
    items: { control: false, description: 'The publications (made up for these stories).' },
    author: { control: 'text', description: 'Only the works of this person (any form of their name).' },
    'most-cited': { control: { type: 'number', min: 0 }, description: 'Only the N most cited works (0: off).' },
    sort: { control: 'inline-radio', options: ['newest', 'oldest', 'title', 'cited'], description: 'Sort order; `cited`: most cited first.' },
    'group-by': { control: 'inline-radio', options: ['year', 'category', 'none'], description: 'Group by year, category or nothing.' },
    'hide-controls': { control: 'boolean', description: 'Hide the search box, facets and downloads.' },
  },
} satisfies Meta<FiltersArgs>;

export default meta;
type Story = StoryObj<FiltersArgs>;

/** Minjia Zhang's works with Yuxiong He, her most frequent co-author: the pressed button shows every work again. */
export const Author: Story = {
  name: 'Works with one person',
  args: { src: MINJIA, author: 'Yuxiong He' },
};

/** The author given as an initial ("M. Somerville") finds every form of the name; without the controls the button stays. */
export const AuthorWithoutControls: Story = {
  name: 'Works with one person, no controls',
  args: { items: counted, author: 'M. Somerville', 'hide-controls': true },
};

/** The three most cited works: four, as two tie at the cut (40). The work without a count is never among them. */
export const MostCited: Story = {
  name: 'Most cited (3, ties included)',
  args: { items: counted, 'most-cited': 3, sort: 'cited', 'group-by': 'none' },
};

/** "Most cited" with the other filters: the list's five most cited, Charles Babbage's among them, by category. */
export const MostCitedByAuthor: Story = {
  name: 'Most cited, one person, by category',
  args: { items: counted, 'most-cited': 5, author: 'Charles Babbage', 'group-by': 'category' },
};

/** No work has a count: the controls offer no "Most cited" checkbox. */
export const NoCounts: Story = {
  name: 'No citation counts (no "Most cited")',
  args: { items: counted.map(({ metrics: _, ...item }) => item) },
};

/**
 * A collaborators section beside a `<pub-list sync-url id="minjia-works">`: each person's "N works" links to the list
 * filtered to them (`#minjia-works.author=…`), and following it lands on the list.
 */
export const LinkedFromCollaborators: Story = {
  name: 'Linked from a collaborators section',
  render: () => html`<profile-section kind="collaborators" src=${MINJIA}></profile-section>
    <pub-list id="minjia-works" sync-url src=${MINJIA} @scholar-load=${action('scholar-load')}></pub-list>`,
};
