/**
 * Loads an element's data: from the element's own property, the URLs in `src` or an inline `<script>` child; with
 * stale loads aborted, a `timeout`, retries that ask the server again, lab documents expanded into their members,
 * relative links resolved, and when to send the `scholar-load` / `scholar-error` events. What the data means, how
 * it looks and the events themselves stay with the element, which it reaches through the hooks it is given.
 */
import { checkElsewhere, FIRST_SCREEN, isLargeInput, isLargeProfile, longLists, markFirstScreen, SLICE_STEP, Slicer, yieldToPage } from '../../model/large-profile.js';
import { type ReactiveController, type ReactiveElement } from 'lit';
import { ScholarLoadError, type ScholarErrorDetail } from '../../events/scholar-error.js';
import type { ScholarLoadDetail } from '../../events/scholar-load.js';
import { resolveRelativeLinks } from '../../model/urls.js';
import type { Problem } from '../../model/types.js';
import { fetchSource, offThreadJson, type FetchedSource } from '../fetch-source.js';
import type { Checks } from '../json-worker.js';
import { linkBaseUrl, withLinksResolved } from '../link-base.js';
import { loadProblemWords, type ProblemWords } from '../problems-note.js';
import type { Interpreted, LoadedInput, LoadState, SourceInfo } from '../source-types.js';

/**
 * A lab document (schema/lab.schema.json): `members` and no `basics`. The same test as `isLabDocument` in
 * model/lab.ts, here so that the lab module is downloaded only when a lab arrives.
 */
const isLab = (value: unknown) => !!value && typeof value === 'object' && 'members' in value && !('basics' in value);

/** A thrown error as the details a page owner sees. */
export function describeFailure(error: unknown, source: string): ScholarErrorDetail {
  if (error instanceof ScholarLoadError) return error.detail;
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: 'parse', source, message: `${source} could not be read: ${reason}` };
}

/** Values read in the JSON worker: the base their links are resolved against there, and the parts it checks. */
const readInWorker = new WeakMap<object, { base: string; checks: Checks }>();

/**
 * A large JSON profile read in the JSON worker (internal/json-worker.ts): the value `JSON.parse` of the text gives,
 * without one long task on the page; the worker then checks it (its links resolved against `base`) while the page
 * goes on. Undefined for anything the element reads from text as before (small files, other documents, no worker).
 * With `firstScreen`, a large profile's newest publications are handed to it before the rest (see `readJsonOffThread`).
 */
async function readOffThread(
  fetched: FetchedSource,
  source: string,
  signal: AbortSignal,
  base: string,
  firstScreen?: (profile: Record<string, unknown>) => void,
): Promise<Record<string, unknown> | undefined> {
  if (fetched.bytes.byteLength < offThreadJson.fromBytes) return undefined;
  const { readJsonOffThread, readsOffThread } = await import('../json-worker.js');
  if (!readsOffThread(fetched.bytes)) return undefined;
  try {
    const check = { base, page: document.baseURI, step: SLICE_STEP };
    const names = { source, url: fetched.url, contentType: fetched.contentType };
    const read = await readJsonOffThread(fetched.bytes, names, signal, check, firstScreen && { count: FIRST_SCREEN, show: firstScreen });
    if (read.value && read.checks) readInWorker.set(read.value, { base, checks: read.checks });
    return read.value;
  } catch (error) {
    // A file that cannot be read, or a newer load: as on the page. A worker that failed: the page reads the text.
    if (error instanceof ScholarLoadError || signal.aborted) throw error;
    return undefined;
  }
}

/**
 * A large profile `loaded` with its links resolved against `linkBase` (else its file): in slices, or not at all when
 * the worker that read it found nothing to change. A large profile the worker checks with the same links is
 * marked so, for `usableProfileInSlices` to take the worker's results.
 */
async function linksResolved(loaded: LoadedInput, linkBase: string | undefined): Promise<LoadedInput> {
  const worker = readInWorker.get(loaded.input as object);
  const same = !!worker && worker.base === (linkBase ?? loaded.info.url);
  // The worker may not have said yet whether its links change: the page then resolves them itself.
  const resolved = same && worker.checks.linksUnchanged === true ? loaded : await linksResolvedInSlices(loaded, linkBase);
  if (same) checkElsewhere(resolved.input as object, worker.checks);
  return resolved;
}

/** Entries of a long list whose links are resolved between two looks at the clock. */
const LINKS_AT_ONCE = 200;

/**
 * `withLinksResolved` for a large profile, its long lists a few entries at a time with the page given its turn in
 * between: the same value (each entry's links resolve on their own, at the same depth).
 */
async function linksResolvedInSlices(loaded: LoadedInput, linkBase: string | undefined): Promise<LoadedInput> {
  // No base (the property, inline data): nothing to resolve.
  if (!(linkBase ?? loaded.info.url ?? loaded.info.lab?.base)) return loaded;
  const input = loaded.input as Record<string, unknown>;
  const lists = longLists(input);
  const shell: Record<string, unknown> = { ...input };
  for (const key of lists) shell[key] = [];
  const resolvedShell = withLinksResolved({ ...loaded, input: shell }, linkBase);
  const output: Record<string, unknown> = { ...(resolvedShell.input as Record<string, unknown>) };
  let changed = resolvedShell.input !== shell;
  const slicer = new Slicer();
  for (const key of lists) {
    const list = input[key] as unknown[];
    let resolved: unknown[] | undefined;
    for (let offset = 0; offset < list.length; offset += LINKS_AT_ONCE) {
      await slicer.step();
      const part = list.slice(offset, offset + LINKS_AT_ONCE);
      const done = (withLinksResolved({ ...loaded, input: { [key]: part } }, linkBase).input as Record<string, unknown[]>)[key]!;
      if (done !== part) resolved ??= list.slice(0, offset);
      if (resolved) for (const entry of done) resolved.push(entry);
    }
    output[key] = resolved ?? list;
    if (resolved) changed = true;
  }
  return changed ? { ...loaded, input: output } : loaded;
}

/** What the element shows after a load: the fields given are set, then the state. */
export interface SourceOutcome<TData> {
  data?: TData | undefined;
  problems?: Problem[];
  failure?: ScholarErrorDetail | undefined;
}

/** What the controller asks of its element. */
export interface SourceHooks<TData> {
  /** A value given directly (e.g. `profile`) that takes precedence over `src` and inline data. */
  directInput(): unknown;
  /** The URLs in `src`. */
  sourceUrls(): string[];
  /** The `type`s of inline `<script>` children the element reads. */
  inlineTypes(): string[];
  /** `preview` may be called with a first screen of the data before the whole text is read (a large file). */
  decode(text: string, info: SourceInfo, preview?: (data: TData) => void): unknown;
  /** Whether a lab document among the inputs is replaced by one input per member. */
  readsLabs(): boolean;
  /**
   * `signal` is aborted once a newer load started: work done in slices stops (the result is not shown anyway).
   * `preview` may be called with a first screen of the data before the rest is read (a large input).
   */
  interpret(inputs: LoadedInput[], signal?: AbortSignal, preview?: (data: TData) => void): Interpreted<TData> | Promise<Interpreted<TData>>;
  /** Shows a first screen of the data while the rest is read (the state stays `loading`). */
  preview(data: TData): void;
  isEmpty(data: TData): boolean;
  /** The element's `timeout`, in seconds. */
  timeout(): number;
  /** The element's `link-base`. */
  linkBase(): string | undefined;
  state(): LoadState;
  /** Sets what `outcome` holds (data, problems, failure), then moves to `state`. */
  settle(state: LoadState, outcome: SourceOutcome<TData>): void;
  /** Puts (or removes, for `undefined`) the element's JSON-LD for `data`. */
  describe(data: TData | undefined): void;
  /** Shows an error and dispatches `scholar-error`. */
  fail(detail: ScholarErrorDetail): void;
  /** Dispatches `scholar-error` for one of several sources, when the others are shown. */
  sourceFailed(detail: ScholarErrorDetail): void;
  /** Dispatches `scholar-load`, once the data is rendered. */
  loaded(detail: ScholarLoadDetail<TData>): void;
  /** Reads the input again (the element's `reload()`). */
  reload(): Promise<void>;
}

/** One load under way: its signal, whether it asks past the cache, and whether it is still the newest. */
interface Load<TData> {
  controller: AbortController;
  fresh: boolean;
  isCurrent: () => boolean;
  /** The sources, named as messages and events name them. */
  sources: string[];
  /** Shows a first screen while the rest is read, while this load is the newest and still loading. */
  preview: (data: TData) => void;
  /** Whether a first screen has been shown (the rest of the load shows none again). */
  previewed: () => boolean;
}

/** What the sources gave: their inputs, the sources that failed, and problems found in a lab. */
interface Gathered {
  inputs: LoadedInput[];
  failures: ScholarErrorDetail[];
  labProblems: Problem[];
}

/** Loads and reloads an element's data (see the module's description). */
export class SourceController<TData> implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #hooks: SourceHooks<TData>;
  #loadController?: AbortController;
  #generation = 0;
  #words?: ProblemWords;

  constructor(host: ReactiveElement, hooks: SourceHooks<TData>) {
    this.#host = host;
    this.#hooks = hooks;
    host.addController(this);
  }

  /** How problems are put into words, once data with problems has arrived. */
  get problemWords(): ProblemWords | undefined {
    return this.#words;
  }

  hostConnected(): void {
    // Reconnecting after a move must show data again even though no property changed.
    if (this.#host.hasUpdated) void this.#hooks.reload();
  }

  hostDisconnected(): void {
    this.#loadController?.abort();
  }

  /**
   * Reads the input again: the direct property, else every URL in `src`, else an inline script child. After an error
   * files are asked of the server again, past the browser's cache. When some of several sources fail, the others are
   * shown and each failure is listed with the problems.
   */
  async reload(): Promise<void> {
    this.#loadController?.abort();
    const controller = new AbortController();
    this.#loadController = controller;
    const generation = ++this.#generation;
    const isCurrent = () => generation === this.#generation && !controller.signal.aborted;

    // A retry after an error asks the server again rather than a cache that may hold the failed answer.
    const fresh = this.#hooks.state() === 'error';
    let previewed = false;
    const preview = (data: TData) => {
      if (!isCurrent() || this.#hooks.state() !== 'loading') return;
      previewed = true;
      this.#hooks.preview(data);
    };
    // A first screen while a file is read: only for one source (the newest of one are not those of several).
    const pending = this.#pendingInputs(controller.signal, fresh, this.#hooks.sourceUrls().length <= 1 ? preview : undefined);
    if (!pending) {
      this.#hooks.settle('empty', { data: undefined, problems: [], failure: undefined });
      return;
    }
    // Reading can take a moment even for data given directly (a large list, lazily loaded parsers).
    this.#hooks.settle('loading', {});
    const urls = this.#hooks.sourceUrls();
    const sources = this.#hooks.directInput() != null ? ['property'] : urls.length ? urls : ['inline'];
    const load: Load<TData> = { controller, fresh, isCurrent, sources, preview, previewed: () => previewed };
    try {
      await this.#show(pending, load);
    } catch (error) {
      // Whatever goes wrong in reading or showing the data ends in an error the page sees, never in `loading`.
      if (isCurrent()) this.#hooks.fail(describeFailure(error, sources[0]!));
    }
  }

  /**
   * Server-side rendering (@lit-labs/ssr) has no fetch, DOM queries or second render: data given as a property is
   * read at once, when the element can read it synchronously, so the static HTML holds the content.
   */
  readOnServer(): void {
    const direct = this.#hooks.directInput();
    // A lab's members are loaded in the browser.
    if (direct === undefined || direct === null || (this.#hooks.readsLabs() && isLab(direct))) return;
    let result: Interpreted<TData> | Promise<Interpreted<TData>>;
    try {
      // A page address to resolve a relative `link-base` against exists only in the browser.
      const base = linkBaseUrl(this.#hooks.linkBase());
      const input = base.url ? resolveRelativeLinks(direct, base.url) : direct;
      result = this.#hooks.interpret([{ input, info: { source: 'property' } }]);
    } catch (error) {
      this.#hooks.settle('error', { failure: describeFailure(error, 'property') });
      return;
    }
    if (result instanceof Promise) return;
    this.#hooks.settle(this.#hooks.isEmpty(result.data) ? 'empty' : 'ready', { data: result.data, problems: result.problems });
  }

  /** Where the input comes from now, and how to read each piece. */
  #pendingInputs(signal: AbortSignal, fresh: boolean, preview?: (data: TData) => void): Array<Promise<LoadedInput>> | undefined {
    const direct = this.#hooks.directInput();
    if (direct !== undefined && direct !== null) return [Promise.resolve({ input: direct, info: { source: 'property' } })];
    const urls = this.#hooks.sourceUrls();
    if (urls.length) return urls.map((url) => this.#read(url, signal, fresh, preview));
    const selector = this.#hooks
      .inlineTypes()
      .map((type) => `:scope > script[type="${type}"]`)
      .join(', ');
    const inline = this.#host.querySelector(selector);
    if (!inline) return undefined;
    const info: SourceInfo = { source: 'inline', contentType: inline.getAttribute('type') ?? '' };
    return [Promise.resolve().then(async () => ({ input: await this.#hooks.decode(inline.textContent ?? '', info, preview), info }))];
  }

  /** Fetches one URL (sharing the request with other elements) and decodes it. */
  async #read(url: string, signal: AbortSignal, fresh: boolean, preview?: (data: TData) => void): Promise<LoadedInput> {
    const timeout = this.#hooks.timeout();
    const timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout * 1000 : 0;
    const fetched = await fetchSource(url, signal, { timeoutMs, fresh });
    const info: SourceInfo = { source: url, url: fetched.url, contentType: fetched.contentType };
    const firstScreen = preview && ((profile: Record<string, unknown>) => this.#showFirstScreen(profile, info, signal, preview));
    const value = await readOffThread(fetched, url, signal, linkBaseUrl(this.#hooks.linkBase()).url ?? fetched.url, firstScreen);
    if (value !== undefined) return { input: value, info };
    return { input: await this.#hooks.decode(fetched.text, info, preview), info };
  }

  /**
   * Shows the first screen the JSON worker sent of a large profile (its newest publications; see
   * `readJsonOffThread`) while the rest is read: the element reads it as it reads any profile, and shows it if it
   * shows first screens. Anything wrong with it is left for the whole file to report.
   */
  #showFirstScreen(profile: Record<string, unknown>, info: SourceInfo, signal: AbortSignal, preview: (data: TData) => void): void {
    if (signal.aborted) return;
    try {
      const loaded = withLinksResolved({ input: profile, info }, linkBaseUrl(this.#hooks.linkBase()).url);
      markFirstScreen(loaded.input as object);
      const read = this.#hooks.interpret([loaded], signal, preview);
      if (read instanceof Promise) read.catch(() => undefined);
    } catch {
      // The whole profile is read next, and says what is wrong with it.
    }
  }

  /** Sorts what the sources gave from what failed. */
  #sort(settled: Array<PromiseSettledResult<LoadedInput>>, load: Load<TData>): Gathered {
    const gathered: Gathered = { inputs: [], failures: [], labProblems: [] };
    settled.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') gathered.inputs.push(outcome.value);
      else gathered.failures.push(describeFailure(outcome.reason, load.sources[index]!));
    });
    return gathered;
  }

  /** Whether a lab among the inputs is to become its members (for an element that reads labs). */
  #hasLab(gathered: Gathered): boolean {
    return this.#hooks.readsLabs() && gathered.inputs.some((loaded) => isLab(loaded.input));
  }

  /** Replaces each lab among the inputs by its members' profiles, fetched like `src`; undefined once stale. */
  async #expandLabs(gathered: Gathered, load: Load<TData>): Promise<Gathered | undefined> {
    const { expandLabs } = await import('../../model/lab.js');
    const expanded = await expandLabs(gathered.inputs, (url) => this.#read(url, load.controller.signal, load.fresh), document.baseURI);
    if (!load.isCurrent()) return undefined;
    return {
      inputs: expanded.inputs,
      failures: [...gathered.failures, ...expanded.failures],
      labProblems: [...gathered.labProblems, ...expanded.problems],
    };
  }

  /** Gives the page its turn; false when `load` is no longer the newest afterwards. */
  async #turn(load: Load<TData>): Promise<boolean> {
    await yieldToPage();
    return load.isCurrent();
  }

  /** The part of `reload()` after the sources were asked for: waits for them, interprets them and shows the result. */
  async #show(pending: Array<Promise<LoadedInput>>, load: Load<TData>): Promise<void> {
    const settled = await Promise.allSettled(pending);
    if (!load.isCurrent()) return;
    let gathered: Gathered | undefined = this.#sort(settled, load);
    // Awaited only for a lab: every await here is a turn later that the data is shown.
    if (this.#hasLab(gathered)) gathered = await this.#expandLabs(gathered, load);
    if (!gathered) return;
    const { failures, labProblems } = gathered;
    if (!gathered.inputs.length) {
      this.#hooks.fail(failures[0]!);
      return;
    }
    // A large input was just parsed in this task, and resolving its links walks all of it: each in a task of its own.
    const large = gathered.inputs.some((loaded) => isLargeInput(loaded.input));
    if (large && !(await this.#turn(load))) return;
    const linkBase = linkBaseUrl(this.#hooks.linkBase());
    // A mistake in the page's markup rather than in the data: the console is where its author looks for those.
    if (linkBase.problem) console.warn(`<${this.#host.localName}> ${linkBase.problem}`);
    const inputs: LoadedInput[] = [];
    // Awaited only for a large profile: every await here is a turn later that the data is shown.
    for (const loaded of gathered.inputs) inputs.push(isLargeProfile(loaded.input) ? await linksResolved(loaded, linkBase.url) : withLinksResolved(loaded, linkBase.url));
    if (large && !(await this.#turn(load))) return;
    // A first screen already shown (from the JSON worker, or while the text was read) is not shown again.
    const result = await this.#hooks.interpret(inputs, load.controller.signal, load.previewed() ? undefined : load.preview);
    if (!load.isCurrent()) return;
    for (const failure of failures) this.#hooks.sourceFailed(failure);
    const problems = [...failures.map((failure) => ({ path: '', source: failure.source, message: failure.message })), ...labProblems, ...result.problems];
    if (problems.length && !this.#words) {
      this.#words = await loadProblemWords();
      if (!load.isCurrent()) return;
    }
    this.#hooks.settle(this.#hooks.isEmpty(result.data) ? 'empty' : 'ready', { data: result.data, problems, failure: undefined });
    // For a large input, the structured data is written in a task after the one that renders the data.
    if (!large) this.#hooks.describe(result.data);
    const sources = load.sources.join(' ');
    if (problems.length) console.warn(this.#words!.problemsReport(`<${this.#host.localName}> ${sources}`, problems, sources));
    await this.#host.updateComplete;
    if (large) {
      if (!(await this.#turn(load))) return;
      this.#hooks.describe(result.data);
    }
    if (load.isCurrent()) {
      const source = inputs.map((input) => input.info.source).join(' ');
      this.#hooks.loaded({ data: result.data, problems, source });
    }
  }
}
