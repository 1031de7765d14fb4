/**
 * The base every scholar-elements element extends: data from `src`, a property or an inline `<script type="application/json">`; the `state`
 * attribute; error and load events; theming; safe registration. Elements add only how their data is read (`interpret`) and how it looks
 * (`renderContent`). Loading is done by a `SourceController` (controllers/source-controller.ts); the problems note, the JSON-LD script
 * and keeping a fragment's target in place (fragment-landing-controller.ts) have modules of their own.
 */
import { html, isServer, LitElement, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ScholarErrorEvent, type ScholarErrorDetail } from '../events/scholar-error.js';
import { ScholarLoadEvent, type ScholarLoadDetail } from '../events/scholar-load.js';
import { parseJson } from '../model/json.js';
import type { Problem } from '../model/types.js';
import { loadFullValidator, withFullValidator } from '../model/validate.js';
import { SourceController, type SourceHooks, type SourceOutcome } from './controllers/source-controller.js';
import { warnDeprecated } from './deprecation.js';
import { FragmentLanding } from './fragment-landing-controller.js';
import { LocalizeController } from './controllers/localize-controller.js';
import { isNested, KIT_ELEMENT } from './kit-element.js';
import { onLocalPage, renderProblemsNote } from './problems-note.js';
import { coerceProperty, type ScholarPropertyDeclaration } from './property-types.js';
import type { Interpreted, LoadedInput, LoadState, SourceInfo } from './source-types.js';
import { describeElement, type JsonLdWriters } from './structured-data.js';
import { themeStyles } from './theme.styles.js';

export type { Interpreted, LoadedInput, LoadState, SourceInfo } from './source-types.js';

/** The `timeout` an element has when none is set, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

// A server renders in one synchronous step: the validator that words problems is loaded with the element there.
if (isServer) void loadFullValidator();

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
  @property({ type: String, reflect: true }) src: string | undefined;

  /**
   * How loading went: `loading`, `ready`, `empty` or `error`. Read-only: reflected to the `state` attribute, and
   * exposed as custom states for styling (`pub-list:state(loading)`), which are the element's own — writing the
   * attribute from outside changes nothing.
   */
  @property({ type: String, reflect: true })
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
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_SECONDS;

  /** `light` or `dark`; without it the element follows the reader's `prefers-color-scheme`. */
  @property({ type: String, reflect: true }) theme: 'light' | 'dark' | undefined;

  /**
   * Stops the element from adding schema.org JSON-LD about what it shows to its light DOM (for search engines).
   * Elements inside another element's shadow root never add it: the outer element describes the page.
   */
  @property({ type: Boolean, attribute: 'hide-structured-data' }) hideStructuredData = false;

  /**
   * `off` does what `hide-structured-data` does.
   * @deprecated Use `hide-structured-data`.
   */
  @property({ type: String, attribute: 'structured-data' }) structuredData: 'on' | 'off' = 'on';

  /**
   * Where relative links in the data (photos, homepages, PDFs, publication URLs) point. By default a relative link
   * resolves against the file it is written in, as `url()` does in a stylesheet: `pdf = {paper.pdf}` in
   * `src="/data/papers.bib"` links to `/data/paper.pdf`; in inline data or a property, against the page. Set, it
   * replaces both, itself resolved against the page: `link-base="/assets/pdf/"` (al-folio's place for PDFs) makes
   * that link `/assets/pdf/paper.pdf`. Absolute links are kept as they are, and links with a scheme other than
   * http(s) or mailto are dropped either way.
   */
  @property({ type: String, attribute: 'link-base' }) linkBase: string | undefined;

  /**
   * List the problems found in the data (values, entries and sources left out) inside the element, for every
   * visitor. Without it the list appears only on the author's own view of the page (opened from `localhost` or a
   * file; see `ScholarElement.authorView`); problems always go to `problems`, the `scholar-load` event and one
   * console warning per load. A source that cannot be shown at all is reported inside the element regardless.
   */
  @property({ type: Boolean, attribute: 'show-problems' }) showProblems = false;

  /** The data now shown, after bad entries were left out. */
  @state() protected loadedData: TData | undefined;

  /**
   * The problems found in the data now shown, with their source, path (or line) and reason: values and entries left
   * out, and sources that could not be loaded when others could.
   */
  @state() problems: Problem[] = [];

  /** Why nothing could be shown, when `state` is `error`. */
  @state() protected failure: ScholarErrorDetail | undefined;

  /** Whether `loadedData` is a first screen of a large input, shown while the rest is read (state `loading`). */
  @state() private previewing = false;
  /** The element's language and its interface text in it (src/i18n). */
  protected readonly i18n = new LocalizeController(this);
  #state: LoadState = 'empty';
  /** Custom states (`:state(loading)`), where the browser has them. */
  #internals?: ElementInternals;
  readonly #source = new SourceController<TData>(this, this.#sourceHooks());

  constructor() {
    super();
    // Reflected on the first update, like any property set here.
    this.requestUpdate('state', undefined);
    if (!isServer) {
      this.#internals = this.attachInternals();
      this.#showState('empty');
      this.addController(new FragmentLanding(this));
    }
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

  #showState(value: LoadState): void {
    const states = this.#internals?.states;
    if (!states) return;
    try {
      states.clear();
      states.add(value);
    } catch {
      // Browsers that know only the older `--state` form: the attribute still tells.
    }
  }

  /** What the source controller asks of this element: its hooks, called on the element as it is at the time. */
  #sourceHooks(): SourceHooks<TData> {
    return {
      directInput: () => this.directInput(),
      sourceUrls: () => this.sourceUrls,
      inlineTypes: () => this.inlineTypes(),
      // Data with a problem is read again once the validator that words problems is loaded.
      decode: (text, info, preview) => withFullValidator(() => this.decode(text, info, preview)),
      readsLabs: () => this.readsLabs(),
      interpret: (inputs, signal, preview) => withFullValidator(() => this.interpret(inputs, signal, preview)),
      preview: (data) => {
        this.loadedData = data;
        this.previewing = true;
      },
      isEmpty: (data) => this.isEmpty(data),
      timeout: () => this.timeout,
      linkBase: () => this.linkBase,
      state: () => this.#state,
      settle: (next, outcome) => this.#settle(next, outcome),
      describe: (data) => this.#describe(data),
      fail: (detail) => this.fail(detail),
      sourceFailed: (detail) => this.announceSourceFailed(detail),
      loaded: (detail) => this.announceLoaded(detail),
      reload: () => this.reload(),
    };
  }

  // Events are dispatched here, in the element's own (TS-private, not `#`) methods, where the manifest analyzer finds them.
  /** Tells the page that one of several sources failed (the others are shown). */
  private announceSourceFailed(detail: ScholarErrorDetail): void {
    this.dispatchEvent(new ScholarErrorEvent(detail, { composed: !isNested(this) }));
  }

  /** Tells the page that the data was loaded and rendered. */
  private announceLoaded(detail: ScholarLoadDetail<TData>): void {
    this.dispatchEvent(new ScholarLoadEvent(detail, { composed: !isNested(this) }));
  }

  /** Shows a load's outcome: the data, problems and failure it gives, then its state. */
  #settle(next: LoadState, outcome: SourceOutcome<TData>): void {
    if ('data' in outcome) this.loadedData = outcome.data;
    if ('problems' in outcome) this.problems = outcome.problems ?? [];
    if ('failure' in outcome) this.failure = outcome.failure;
    this.previewing = false;
    this.setState(next);
  }

  /**
   * Turns the inputs into the data this element shows. There is one input per source: the direct property, each
   * URL in `src`, or the inline script. Throw a `ScholarLoadError` when nothing is usable. Work done in slices (a
   * promise) stops once `signal` is aborted: a newer load started, and this one's result is not shown. An element
   * may call `preview` with a first screen of a large input before the rest is read: it is shown in place of the
   * loading note, while the state stays `loading`.
   */
  protected abstract interpret(inputs: LoadedInput[], signal?: AbortSignal, preview?: (data: TData) => void): Interpreted<TData> | Promise<Interpreted<TData>>;

  /** True when `data` holds nothing to show (the element then has state `empty`). */
  protected abstract isEmpty(data: TData): boolean;

  /** What to render once data is loaded. */
  protected abstract renderContent(data: TData): TemplateResult | typeof nothing;

  /**
   * Reads fetched or inline text into a value (or a promise of one) for `interpret`. JSON by default; elements
   * reading other formats override it. Like `interpret`, an element may call `preview` with a first screen of a
   * large file before the whole text is read.
   */
  protected decode(text: string, info: SourceInfo, _preview?: (data: TData) => void): unknown {
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

  /** schema.org JSON-LD describing `data` (written with the model's `writers`), or undefined for none. */
  protected jsonLd(_data: TData, _writers: JsonLdWriters): object | undefined {
    return undefined;
  }

  /** Whether the page asked for no JSON-LD: `hide-structured-data`, or the older `structured-data="off"`. */
  get #structuredDataHidden(): boolean {
    return this.hideStructuredData || this.structuredData === 'off';
  }

  /** Puts (or removes) the element's JSON-LD script in its light DOM; only a top-level element describes the page. */
  #describe(data: TData | undefined): void {
    const described = data !== undefined && !this.#structuredDataHidden && this.getRootNode() === document;
    describeElement(this, described ? (writers) => this.jsonLd(data, writers) : undefined);
  }

  /** The `type`s of inline `<script>` children this element reads. */
  protected inlineTypes(): string[] {
    return ['application/json'];
  }

  /** The URLs in `src`: one, or several separated by spaces. */
  protected get sourceUrls(): string[] {
    return (this.src ?? '').split(/\s+/).filter(Boolean);
  }

  protected get locale(): string {
    return this.i18n.locale;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('structuredData') && this.structuredData === 'off') warnDeprecated(this, '`structured-data="off"` is now `hide-structured-data`');
    if (isServer) {
      this.#source.readOnServer();
      return;
    }
    if (!this.hasUpdated || changed.has('src') || changed.has('linkBase') || this.inputChanged(changed)) void this.reload();
    else if (changed.has('structuredData') || changed.has('hideStructuredData')) this.#describe(this.loadedData);
  }

  /** Whether a change among the element's own properties means the input must be read again. */
  protected inputChanged(_changed: PropertyValues): boolean {
    return false;
  }

  /** Whether problems are listed inside the element: `show-problems`, or the author's own view of the page. */
  protected get problemsShown(): boolean {
    return this.showProblems || ((this.constructor as typeof ScholarElement).authorView ?? onLocalPage());
  }

  /**
   * Reads the input again: the direct property, else every URL in `src`, else an inline script child. After an error
   * (what the Retry button does) files are asked of the server again, past the browser's cache. For pages that change
   * data in place (`profile.basics.name = …`) or files on the server. When some of several sources fail, the others
   * are shown and each failure is listed with the problems.
   */
  reload(): Promise<void> {
    return this.#source.reload();
  }

  /** Shows an error in the element and tells the page with a `scholar-error` event. */
  protected fail(detail: ScholarErrorDetail): void {
    this.#describe(undefined);
    this.#settle('error', { data: undefined, problems: [], failure: detail });
    this.dispatchEvent(new ScholarErrorEvent(detail, { composed: !isNested(this) }));
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="loading" role="status" aria-live="polite">${this.i18n.t('state.loading')}</div>`;
  }

  protected renderEmpty(): TemplateResult {
    return html`<div part="empty">${this.i18n.t('state.empty')}</div>`;
  }

  protected renderError(detail: ScholarErrorDetail): TemplateResult {
    return html`<div part="error" role="alert">
      <strong>${this.i18n.t('state.error')}</strong> ${detail.message}
      <button part="retry" type="button" @click=${() => void this.reload()}>${this.i18n.t('state.retry')}</button>
    </div>`;
  }

  /**
   * For the page's author: a quiet note of the problems in the data, each with its place and reason, grouped by
   * source when there are several. Rendered only where `problemsShown` says so, and only in the browser: a page
   * rendered on the server is for its visitors.
   */
  protected renderProblems(): TemplateResult | typeof nothing {
    const words = this.#source.problemWords;
    if (!this.problems.length || !words || !this.problemsShown) return nothing;
    const explainLocal = !this.showProblems && (this.constructor as typeof ScholarElement).authorView === undefined;
    return renderProblemsNote(this.problems, words, { sources: this.sourceUrls.join(' '), explainLocal, i18n: this.i18n });
  }

  protected override render(): TemplateResult | typeof nothing {
    switch (this.state) {
      case 'loading':
        return this.previewing && this.loadedData !== undefined ? this.renderContent(this.loadedData) : this.renderLoading();
      case 'error':
        return this.failure ? this.renderError(this.failure) : nothing;
      case 'empty':
        return html`${this.renderEmpty()}${this.renderProblems()}`;
      default:
        return this.loadedData === undefined ? nothing : html`${this.renderContent(this.loadedData)}${this.renderProblems()}`;
    }
  }
}
