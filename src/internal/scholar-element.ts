/**
 * The base every scholar-elements element extends: data from `src`, a property or an inline
 * `<script type="application/json">`; the `state` attribute; error and load events; theming; safe registration.
 * Elements add only how their data is read (`interpret`) and how it looks (`renderContent`).
 */
import { html, isServer, LitElement, nothing, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ScholarErrorEvent, ScholarLoadError, type ScholarErrorDetail } from '../events/scholar-error.js';
import { ScholarLoadEvent } from '../events/scholar-load.js';
import type { LabMemberContext } from '../model/lab.js';
import { parseJson } from '../model/json.js';
import type { Problem } from '../model/types.js';
import { isLocalUrl, resolveRelativeLinks } from '../model/urls.js';
import { fetchSource, type FetchedSource } from './fetch-source.js';
import { coerceProperty, type ScholarPropertyDeclaration } from './property-types.js';
import { themeStyles } from './theme.styles.js';
import { trustedJson } from './trusted-types.js';

/** `loading` while data is fetched, `ready` when shown, `empty` when there is nothing to show, `error` when it failed. */
export type LoadState = 'loading' | 'ready' | 'empty' | 'error';

/** What an element made of its input: the data to show, and the entries it had to leave out. */
export interface Interpreted<TData> {
  data: TData;
  problems: Problem[];
}

/** Where a piece of input came from, for messages and for choosing how to read it. */
export interface SourceInfo {
  /** A URL, "inline" or "property". */
  source: string;
  /** The absolute URL the input was read from, for resolving relative URLs in it. */
  url?: string;
  contentType?: string;
  /** Set on a lab member's profile (see `readsLabs`): the lab and the member's entry in it. */
  lab?: LabMemberContext;
}

/** One source's input, decoded, with where it came from. */
export interface LoadedInput {
  input: unknown;
  info: SourceInfo;
}

/**
 * A lab document (schema/lab.schema.json): `members` and no `basics`. The same test as `isLabDocument` in
 * model/lab.ts, here so that the lab module is downloaded only when a lab arrives.
 */
const isLab = (value: unknown) => !!value && typeof value === 'object' && 'members' in value && !('basics' in value);

/** Marks the kit's elements, also across two copies of the kit on one page. */
const KIT_ELEMENT = Symbol.for('scholar-elements.element');

/** The `timeout` an element has when none is set, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** A thrown error as the details a page owner sees. */
function describeFailure(error: unknown, source: string): ScholarErrorDetail {
  if (error instanceof ScholarLoadError) return error.detail;
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: 'parse', source, message: `${source} could not be read: ${reason}` };
}

/**
 * Base of every scholar-elements element: loads data from `src`, a property or inline JSON, reflects `state`,
 * shows errors in words, dispatches `scholar-load` / `scholar-error`, and carries the shared theme.
 *
 * @csspart retry - The "Try again" button in the error state; it calls `reload()`.
 * @cssstate loading - Data is being fetched or read (`:state(loading)`); also the `state` attribute.
 * @cssstate ready - The data is shown.
 * @cssstate empty - There is nothing to show.
 * @cssstate error - Nothing could be shown; the element says why and offers to try again.
 */
export abstract class ScholarElement<TData> extends LitElement {
  static override styles = [themeStyles];

  static override properties: PropertyDeclarations = {
    src: { type: String, reflect: true },
    state: { type: String, reflect: true },
    timeout: { type: Number },
    theme: { type: String, reflect: true },
    structuredData: { type: String, attribute: 'structured-data' },
    linkBase: { type: String, attribute: 'link-base' },
    showProblems: { type: Boolean, attribute: 'show-problems' },
    loadedData: { state: true },
    problems: { state: true },
    failure: { state: true },
  };

  /**
   * Whether this page is its author's own view, where every element lists the problems it found in its data inside
   * itself. Left `undefined` (the default), the page's address decides: pages opened from `localhost`, `127.0.0.1`,
   * `[::1]`, a `*.localhost` name or a `file:` URL are the author's, any other page is a visitor's, who sees the
   * data alone. Set it to `false` to see a page as visitors will while working on it locally, or `true` to list
   * problems on a published page; on `ScholarElement` it applies to every element, on one element class to that
   * element only. Read whenever an element renders. (`show-problems` on an element lists its problems regardless.)
   */
  static authorView: boolean | undefined = undefined;

  /**
   * Registers the element under `tag` unless that name is taken already — a page may load the script twice, or
   * load two copies of the kit; the first definition wins and nothing throws.
   */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this as unknown as CustomElementConstructor);
  }

  static readonly [KIT_ELEMENT] = true;

  /** URL of the data to show. Relative URLs resolve against the page. When it changes, the newest request wins. */
  declare src: string | undefined;

  /**
   * How loading went: `loading`, `ready`, `empty` or `error`. Read-only: reflected to the `state` attribute, and
   * exposed as custom states for styling (`pub-list:state(loading)`), which are the element's own — writing the
   * attribute from outside changes nothing.
   */
  get state(): LoadState {
    return this.#state;
  }

  set state(value: LoadState) {
    if (value === this.#state) return;
    console.error(`<${this.localName}> state is read-only: it says how loading went ("${this.#state}"). Set src, or call reload(), to load again.`);
    // Written through the attribute: put the true value back.
    if (!isServer && this.getAttribute('state') !== this.#state) queueMicrotask(() => this.setAttribute('state', this.#state));
  }

  /**
   * How long to wait for a data file, in seconds: when the server has sent nothing for this long (no answer, or a
   * file that stopped arriving), the element gives up and shows an error with a Retry button (`scholar-error` with
   * kind `timeout`). `0` waits as long as the browser does.
   */
  declare timeout: number;

  /** `light` or `dark`; without it the element follows the reader's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;

  /**
   * `off` stops the element from adding schema.org JSON-LD about what it shows to its light DOM (for search engines).
   * Elements inside another element's shadow root never add it: the outer element describes the page.
   */
  declare structuredData: 'on' | 'off';

  /**
   * Where relative links in the data (photos, homepages, PDFs, publication URLs) point. By default a relative link
   * resolves against the file it is written in, as `url()` does in a stylesheet: `pdf = {paper.pdf}` in
   * `src="/data/papers.bib"` links to `/data/paper.pdf`; in inline data or a property, against the page. Set, it
   * replaces both, itself resolved against the page: `link-base="/assets/pdf/"` (al-folio's place for PDFs) makes
   * that link `/assets/pdf/paper.pdf`. Absolute links are kept as they are, and links with a scheme other than
   * http(s) or mailto are dropped either way.
   */
  declare linkBase: string | undefined;

  /**
   * List the problems found in the data (values, entries and sources left out) inside the element, for every
   * visitor. Without it the list appears only on the author's own view of the page (opened from `localhost` or a
   * file; see `ScholarElement.authorView`); problems always go to `problems`, the `scholar-load` event and one
   * console warning per load. A source that cannot be shown at all is reported inside the element regardless.
   */
  declare showProblems: boolean;

  /** The data now shown, after bad entries were left out. */
  protected declare loadedData: TData | undefined;

  /**
   * The problems found in the data now shown, with their source, path (or line) and reason: values and entries left
   * out, and sources that could not be loaded when others could.
   */
  declare problems: Problem[];

  /** Why nothing could be shown, when `state` is `error`. */
  protected declare failure: ScholarErrorDetail | undefined;

  #loadController?: AbortController;
  #generation = 0;
  #state: LoadState = 'empty';
  /** Custom states (`:state(loading)`), where the browser has them. */
  #internals?: ElementInternals;
  /** How problems are put into words: loaded with the first data that has problems, as most data has none. */
  #problemWords?: typeof import('../model/problems.js');

  constructor() {
    super();
    // Reflected on the first update, like any property set here.
    this.requestUpdate('state', undefined);
    if (!isServer) {
      this.#internals = this.attachInternals();
      this.#showState('empty');
    }
    this.timeout = DEFAULT_TIMEOUT_SECONDS;
    this.problems = [];
    this.structuredData = 'on';
    this.showProblems = false;
  }

  /**
   * Every public property checks the type of what it is given (see `property-types.ts`): a value of the wrong type
   * is converted or refused with one `console.error`, never thrown on later. Setting `src` to the URL it already has
   * after an error loads it again, as a retry.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    const declared = name === undefined ? undefined : ((this.constructor as typeof ScholarElement).getPropertyOptions(name) as ScholarPropertyDeclaration);
    if (name !== undefined && declared && !declared.state) {
      const properties = this as Record<PropertyKey, unknown>;
      const given = properties[name];
      const { value, complaint } = coerceProperty(given, declared);
      if (complaint) console.error(`<${this.localName}> ${String(name)} ${complaint}.`);
      if (value !== given) {
        // Setting the usable value comes back here with it.
        properties[name] = value;
        return;
      }
      if (name === 'src' && given === oldValue && this.#state === 'error' && this.hasUpdated) void this.reload();
    }
    super.requestUpdate(name, oldValue, options);
  }

  /** Moves to a new loading state: the property, the reflected attribute and the custom state. */
  protected setState(next: LoadState): void {
    const previous = this.#state;
    if (next === previous) return;
    this.#state = next;
    this.#showState(next);
    this.requestUpdate('state', previous);
  }

  #showState(state: LoadState): void {
    const states = this.#internals?.states;
    if (!states) return;
    try {
      states.clear();
      states.add(state);
    } catch {
      // Browsers that know only the older `--state` form: the attribute still tells.
    }
  }

  /**
   * Whether this element is drawn inside another kit element (a card in a profile, a profile in a lab directory).
   * Its events then stay inside that element: the page hears the outer element's events only.
   */
  #nested(): boolean {
    if (isServer) return false;
    const root = this.getRootNode();
    return root instanceof ShadowRoot && !!(root.host.constructor as unknown as Record<symbol, unknown>)[KIT_ELEMENT];
  }

  /**
   * Turns the inputs into the data this element shows. There is one input per source: the direct property, each
   * URL in `src`, or the inline script. Throw a `ScholarLoadError` when nothing is usable.
   */
  protected abstract interpret(inputs: LoadedInput[]): Interpreted<TData> | Promise<Interpreted<TData>>;

  /** True when `data` holds nothing to show (the element then has state `empty`). */
  protected abstract isEmpty(data: TData): boolean;

  /** What to render once data is loaded. */
  protected abstract renderContent(data: TData): TemplateResult | typeof nothing;

  /** Reads fetched or inline text into a value for `interpret`. JSON by default; elements reading other formats override it. */
  protected decode(text: string, info: SourceInfo): unknown | Promise<unknown> {
    return parseJson(text, info.source);
  }

  /**
   * Elements that show several profiles opt in: a lab document among the inputs (`src="lab.json"`, a `lab`
   * property) is then replaced by one input per member before `interpret`, each member's profile fetched like `src`
   * (and cancelled with it). A member that fails is listed in `problems`; the others are shown.
   */
  protected readsLabs(): boolean {
    return false;
  }

  /** A value given directly (the element's own property, e.g. `profile`) that takes precedence over `src` and inline data. */
  protected directInput(): unknown {
    return undefined;
  }

  /**
   * Markup rendered on the server (`scholar-elements prerender`) is replaced when the element takes over: its data
   * arrives after the first client render, so Lit's hydration does not apply.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer && this.shadowRoot) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  /** schema.org JSON-LD describing `data`, or undefined for none. */
  protected jsonLd(_data: TData): object | undefined {
    return undefined;
  }

  /** Puts (or removes) the element's JSON-LD script in its light DOM. */
  #writeJsonLd(data: TData | undefined): void {
    const existing = this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-scholar-elements]');
    const description = data !== undefined && this.structuredData !== 'off' && this.getRootNode() === document ? this.jsonLd(data) : undefined;
    if (!description) {
      existing?.remove();
      return;
    }
    const script = existing ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute('data-scholar-elements', '');
    // Script text is a Trusted Types sink even for data, so it goes through the kit's policy.
    script.text = trustedJson(JSON.stringify(description));
    if (!existing) this.append(script);
  }

  /** The `type`s of inline `<script>` children this element reads. */
  protected inlineTypes(): string[] {
    return ['application/json'];
  }

  /** The URLs in `src`: one, or several separated by spaces. */
  protected get sourceUrls(): string[] {
    return (this.src ?? '').split(/\s+/).filter(Boolean);
  }

  /** The locale for dates and numbers: the element's `lang`, the nearest ancestor's, the page's, or the browser's. */
  protected get locale(): string {
    if (isServer) return this.getAttribute('lang') || 'en';
    const declared = this.closest('[lang]')?.getAttribute('lang');
    return declared || document.documentElement.lang || navigator.language || 'en';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnecting after a move must show data again even though no property changed.
    if (this.hasUpdated) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadController?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (isServer) {
      this.#readOnServer();
      return;
    }
    if (!this.hasUpdated || changed.has('src') || changed.has('linkBase') || this.inputChanged(changed)) void this.reload();
    else if (changed.has('structuredData')) this.#writeJsonLd(this.loadedData);
  }

  /** Whether a change among the element's own properties means the input must be read again. */
  protected inputChanged(_changed: PropertyValues): boolean {
    return false;
  }

  /**
   * Server-side rendering (@lit-labs/ssr) has no fetch, DOM queries or second render: data given as a property is
   * read at once, when the element can read it synchronously, so the static HTML holds the content.
   */
  #readOnServer(): void {
    const direct = this.directInput();
    // A lab's members are loaded in the browser.
    if (direct === undefined || direct === null || (this.readsLabs() && isLab(direct))) return;
    let result: Interpreted<TData> | Promise<Interpreted<TData>>;
    try {
      // A page address to resolve a relative `link-base` against exists only in the browser.
      const base = this.#linkBaseUrl();
      const input = base.url ? resolveRelativeLinks(direct, base.url) : direct;
      result = this.interpret([{ input, info: { source: 'property' } }]);
    } catch (error) {
      this.failure = describeFailure(error, 'property');
      this.setState('error');
      return;
    }
    if (result instanceof Promise) return;
    this.loadedData = result.data;
    this.problems = result.problems;
    this.setState(this.isEmpty(result.data) ? 'empty' : 'ready');
  }

  /** Where the input comes from now, and how to read each piece. */
  #pendingInputs(signal: AbortSignal, fresh: boolean): Array<Promise<LoadedInput>> | undefined {
    const direct = this.directInput();
    if (direct !== undefined && direct !== null) return [Promise.resolve({ input: direct, info: { source: 'property' } })];
    const urls = this.sourceUrls;
    if (urls.length) {
      return urls.map((url) => this.#read(url, signal, fresh));
    }
    const selector = this.inlineTypes().map((type) => `:scope > script[type="${type}"]`).join(', ');
    const inline = this.querySelector(selector);
    if (!inline) return undefined;
    const info: SourceInfo = { source: 'inline', contentType: inline.getAttribute('type') ?? '' };
    return [Promise.resolve().then(async () => ({ input: await this.decode(inline.textContent ?? '', info), info }))];
  }

  /**
   * `link-base` as an absolute URL (resolved against the page), or why it cannot be used; neither when it is not set
   * (or, on the server, when it is relative: there is no page to resolve it against).
   */
  #linkBaseUrl(): { url?: string; problem?: string } {
    const linkBase = this.linkBase?.trim();
    if (!linkBase) return {};
    try {
      return { url: new URL(linkBase, isServer ? undefined : document.baseURI).href };
    } catch {
      return isServer ? {} : { problem: `link-base="${linkBase}" is not a URL: relative links in the data resolve against the file they are in.` };
    }
  }

  /**
   * The input with its relative links resolved against `linkBase`, else against the file it was read from (a lab
   * member embedded in a lab: the lab's file). Inline data and properties keep theirs: the page resolves them.
   * Links are rewritten only where that changes where they lead.
   */
  #withLinksResolved(loaded: LoadedInput, linkBase: string | undefined): LoadedInput {
    const base = linkBase ?? loaded.info.url ?? loaded.info.lab?.base;
    if (!base) return loaded;
    const input = resolveRelativeLinks(loaded.input, base, document.baseURI);
    return input === loaded.input ? loaded : { ...loaded, input };
  }

  /** Whether problems are listed inside the element: `show-problems`, or the author's own view of the page. */
  protected get problemsShown(): boolean {
    return this.showProblems || ((this.constructor as typeof ScholarElement).authorView ?? this.#onLocalPage());
  }

  /** Whether the page was opened from the author's machine (see `isLocalUrl`). */
  #onLocalPage(): boolean {
    if (isServer) return false;
    // A frame made from `srcdoc` (or about:blank) has no address of its own: it belongs to the page that holds it.
    return isLocalUrl(location.protocol === 'about:' ? document.baseURI : location.href);
  }

  /** One console warning for one load's problems, with the element, its sources and each problem's place and reason. */
  #warn(problems: Problem[], sources: string): void {
    console.warn(this.#problemWords!.problemsReport(`<${this.localName}> ${sources}`, problems, sources));
  }

  /** Fetches one URL (sharing the request with other elements) and decodes it. */
  async #read(url: string, signal: AbortSignal, fresh: boolean): Promise<LoadedInput> {
    const timeoutMs = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout * 1000 : 0;
    const fetched: FetchedSource = await fetchSource(url, signal, { timeoutMs, fresh });
    const info: SourceInfo = { source: url, url: fetched.url, contentType: fetched.contentType };
    return { input: await this.decode(fetched.text, info), info };
  }

  /**
   * Reads the input again: the direct property, else every URL in `src`, else an inline script child. After an error
   * (what the Retry button does) files are asked of the server again, past the browser's cache. For pages that change
   * data in place (`profile.basics.name = …`) or files on the server.
   * When some of several sources fail, the others are shown and each failure is listed with the problems.
   */
  async reload(): Promise<void> {
    this.#loadController?.abort();
    const controller = new AbortController();
    this.#loadController = controller;
    const generation = ++this.#generation;
    const isCurrent = () => generation === this.#generation && !controller.signal.aborted;

    // A retry after an error asks the server again rather than a cache that may hold the failed answer.
    const fresh = this.#state === 'error';
    const pending = this.#pendingInputs(controller.signal, fresh);
    if (!pending) {
      this.loadedData = undefined;
      this.problems = [];
      this.failure = undefined;
      this.setState('empty');
      return;
    }
    // Reading can take a moment even for data given directly (a large list, lazily loaded parsers).
    this.setState('loading');
    const sources = this.directInput() != null ? ['property'] : this.sourceUrls.length ? this.sourceUrls : ['inline'];

    try {
      await this.#show(pending, sources, controller, fresh, isCurrent);
    } catch (error) {
      // Whatever goes wrong in reading or showing the data ends in an error the page sees, never in `loading`.
      if (isCurrent()) this.fail(describeFailure(error, sources[0]!));
    }
  }

  /** The part of `reload()` after the sources were asked for: waits for them, interprets them and shows the result. */
  async #show(
    pending: Array<Promise<LoadedInput>>,
    sources: string[],
    controller: AbortController,
    fresh: boolean,
    isCurrent: () => boolean,
  ): Promise<void> {
    const settled = await Promise.allSettled(pending);
    if (!isCurrent()) return;
    let inputs: LoadedInput[] = [];
    const failures: ScholarErrorDetail[] = [];
    const labProblems: Problem[] = [];
    settled.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') inputs.push(outcome.value);
      else failures.push(describeFailure(outcome.reason, sources[index]!));
    });
    if (this.readsLabs() && inputs.some((loaded) => isLab(loaded.input))) {
      const { expandLabs } = await import('../model/lab.js');
      const expanded = await expandLabs(inputs, (url) => this.#read(url, controller.signal, fresh), document.baseURI);
      if (!isCurrent()) return;
      inputs = expanded.inputs;
      failures.push(...expanded.failures);
      labProblems.push(...expanded.problems);
    }
    if (!inputs.length) {
      this.fail(failures[0]!);
      return;
    }
    const linkBase = this.#linkBaseUrl();
    // A mistake in the page's markup rather than in the data: the console is where its author looks for those.
    if (linkBase.problem) console.warn(`<${this.localName}> ${linkBase.problem}`);
    inputs = inputs.map((loaded) => this.#withLinksResolved(loaded, linkBase.url));
    const result = await this.interpret(inputs);
    if (!isCurrent()) return;
    for (const failure of failures) this.dispatchEvent(new ScholarErrorEvent(failure, { composed: !this.#nested() }));
    const problems = [
      ...failures.map((failure) => ({ path: '', source: failure.source, message: failure.message })),
      ...labProblems,
      ...result.problems,
    ];
    if (problems.length && !this.#problemWords) {
      this.#problemWords = await import('../model/problems.js');
      if (!isCurrent()) return;
    }
    this.loadedData = result.data;
    this.problems = problems;
    this.failure = undefined;
    this.setState(this.isEmpty(result.data) ? 'empty' : 'ready');
    this.#writeJsonLd(result.data);
    if (problems.length) this.#warn(problems, sources.join(' '));
    await this.updateComplete;
    if (isCurrent()) {
      this.dispatchEvent(
        new ScholarLoadEvent({ data: result.data, problems, source: inputs.map((input) => input.info.source).join(' ') }, { composed: !this.#nested() }),
      );
    }
  }

  /** Shows an error in the element and tells the page with a `scholar-error` event. */
  protected fail(detail: ScholarErrorDetail): void {
    this.#writeJsonLd(undefined);
    this.loadedData = undefined;
    this.problems = [];
    this.failure = detail;
    this.setState('error');
    this.dispatchEvent(new ScholarErrorEvent(detail, { composed: !this.#nested() }));
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="loading" role="status" aria-live="polite">Loading…</div>`;
  }

  protected renderEmpty(): TemplateResult {
    return html`<div part="empty">Nothing to show yet.</div>`;
  }

  protected renderError(detail: ScholarErrorDetail): TemplateResult {
    return html`<div part="error" role="alert">
      <strong>This could not be shown.</strong> ${detail.message}
      <button part="retry" type="button" @click=${() => void this.reload()}>Try again</button>
    </div>`;
  }

  /**
   * For the page's author: a quiet note of the problems in the data, each with its place and reason, grouped by
   * source when there are several. Rendered only where `problemsShown` says so, and only in the browser: a page
   * rendered on the server is for its visitors.
   */
  protected renderProblems(): TemplateResult | typeof nothing {
    const count = this.problems.length;
    const words = this.#problemWords;
    if (!count || !words || !this.problemsShown) return nothing;
    const { groupProblems, problemLine, problemsSummary, moreProblems, MAX_LISTED_PROBLEMS } = words;
    const groups = groupProblems(this.problems.slice(0, MAX_LISTED_PROBLEMS), this.sourceUrls.join(' ') || 'the data');
    const list = (problems: Problem[]) => html`<ul>${problems.map((problem) => html`<li>${problemLine(problem)}</li>`)}</ul>`;
    return html`<details part="problems">
      <summary>${problemsSummary(count)}</summary>
      ${this.showProblems || (this.constructor as typeof ScholarElement).authorView !== undefined
        ? nothing
        : html`<p>Listed here because this page is open from your own computer: visitors to the published page do not see this list.</p>`}
      ${groups.length > 1 ? html`<ul>${groups.map((group) => html`<li>${group.source}${list(group.problems)}</li>`)}</ul>` : list(groups[0]!.problems)}
      ${count > MAX_LISTED_PROBLEMS ? html`<p>${moreProblems(count - MAX_LISTED_PROBLEMS)}</p>` : nothing}
    </details>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    switch (this.state) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.failure ? this.renderError(this.failure) : nothing;
      case 'empty':
        return html`${this.renderEmpty()}${this.renderProblems()}`;
      default:
        return this.loadedData === undefined ? nothing : html`${this.renderContent(this.loadedData)}${this.renderProblems()}`;
    }
  }
}
