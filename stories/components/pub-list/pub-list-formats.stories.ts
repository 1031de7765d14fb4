import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import '../../../src/components/pub-list/pub-list.js';
import openAlexWorks from '../../../test/fixtures/openalex/works-rajbhandari.json' with { type: 'json' };
import orcidWorks from '../../../test/fixtures/orcid/works.json' with { type: 'json' };

/**
 * `<pub-list src>` reads more than profile JSON and BibTeX: an OpenAlex works response (e.g. saved from
 * `https://api.openalex.org/works?filter=author.orcid:…`, or that URL itself, which allows cross-origin reads), ORCID
 * public API works (`https://pub.orcid.org/v3.0/{ORCID iD}/works`), RIS exports and CSL-JSON. The format is told by
 * the content. Works with a citation count (OpenAlex) show a quiet "Cited by N" whose tooltip names the source.
 *
 * The responses of these stories are answered by a stub of `fetch` for their URL, as a server would send them.
 */
interface FormatArgs {
  src?: string;
  'group-by'?: 'year' | 'category' | 'none';
  highlight?: string;
}

const OPENALEX_URL = 'openalex/works-rajbhandari.json';
const ORCID_URL = 'orcid/works.json';

/** `beforeEach` that answers `url` with `body` as JSON (and puts the real `fetch` back when the story unmounts). */
function serveJson(url: string, body: unknown, contentType = 'application/json') {
  return () => {
    const realFetch = window.fetch;
    const target = new URL(url, document.baseURI).href;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const requested = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
      return requested === target ? Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': contentType } })) : realFetch(input, init);
    };
    return () => {
      window.fetch = realFetch;
    };
  };
}

const meta = {
  title: 'Components/pub-list/Other formats',
  component: 'pub-list',
  render: (args: FormatArgs) => html`<pub-list
    src=${ifDefined(args.src)}
    group-by=${ifDefined(args['group-by'])}
    highlight=${ifDefined(args.highlight)}
    @scholar-load=${action('scholar-load')}
    @scholar-error=${action('scholar-error')}
  ></pub-list>`,
  args: { 'group-by': 'year' },
  argTypes: {
    src: { control: false, description: 'URL of the data; here answered by a stub with the response shown.' },
    'group-by': { control: 'inline-radio', options: ['year', 'category', 'none'], description: 'Group by year, category or nothing.' },
    highlight: { control: 'text', description: 'Names to emphasise, comma-separated.' },
  },
} satisfies Meta<FormatArgs>;

export default meta;
type Story = StoryObj<FormatArgs>;

/**
 * An OpenAlex works list response: authors (the corresponding author marked), venues, DOIs, open-access PDF and
 * arXiv links, abstracts rebuilt from OpenAlex's word index, and "Cited by N" from `cited_by_count`.
 */
export const OpenAlex: Story = {
  name: 'OpenAlex works',
  args: { src: OPENALEX_URL, highlight: 'Samyam Rajbhandari' },
  beforeEach: serveJson(OPENALEX_URL, openAlexWorks),
};

/** The ORCID public API's works summary: one entry per work, from the version the record holder prefers. */
export const Orcid: Story = {
  name: 'ORCID works',
  args: { src: ORCID_URL, 'group-by': 'category' },
  beforeEach: serveJson(ORCID_URL, orcidWorks, 'application/vnd.orcid+json'),
};
