/**
 * Trusted Types: on pages that enforce them (`require-trusted-types-for 'script'`), script URLs and script text must
 * come from a named policy. The kit's only script URLs are its own chunks (the BibTeX and JSON workers), and its only
 * script text is JSON-LD it serialised itself, so the `scholar-elements` policy accepts URLs beside this module and
 * text that parses as JSON, nothing else. The policy object stays private to this module.
 */
interface Policy {
  createScriptURL(url: string): unknown;
  createScript(text: string): unknown;
}

interface PolicyRules {
  createScriptURL(url: string): string;
  createScript(text: string): string;
}

let policy: Policy | undefined;
const home = new URL(/* @vite-ignore */ '.', import.meta.url).href;
// Vite's build puts chunks in dist/chunks/ next to the entry; the source tree keeps them in src/.
const root = new URL(/* @vite-ignore */ '..', import.meta.url).href;

function getPolicy(): Policy | undefined {
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: PolicyRules): Policy } }).trustedTypes;
  if (!trustedTypes) return undefined;
  policy ??= trustedTypes.createPolicy('scholar-elements', {
    createScriptURL(value) {
      if (!value.startsWith(home) && !value.startsWith(root)) throw new TypeError(`scholar-elements will not load a script from ${value}`);
      return value;
    },
    createScript(text) {
      JSON.parse(text);
      return text;
    },
  });
  return policy;
}

/** The URL as the page's Trusted Types require it (a TrustedScriptURL), or as a string where they are not in use. */
export function trustedScriptUrl(url: URL): string {
  const trusted = getPolicy();
  return trusted ? (trusted.createScriptURL(url.href) as string) : url.href;
}

/** JSON text for a data `<script>` (JSON-LD) as the page's Trusted Types require it. */
export function trustedJson(text: string): string {
  const trusted = getPolicy();
  return trusted ? (trusted.createScript(text) as string) : text;
}

/**
 * A `Worker` class whose script URL goes through the policy. Bind it to a local named `Worker` where it is used, so
 * bundlers still see `new Worker(new URL('…', import.meta.url))` and emit the worker file. Made on demand, so it
 * extends whatever `Worker` the page has at that moment.
 */
export function trustedWorkerClass(): typeof Worker {
  return class extends globalThis.Worker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(trustedScriptUrl(new URL(url, import.meta.url)), options);
    }
  };
}

/**
 * Tells `fail` when a kit worker cannot run: it could not load its module (blocked by the page's policy, missing, or
 * no module workers: `unavailable` is true, and later files are read on the page) or it sent data that could not be
 * read. The worker's own error is kept out of the page's console: the file is read on the page instead.
 */
export function onWorkerFailure(worker: Worker, name: string, fail: (reason: Error, unavailable: boolean) => void): void {
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(`${name} worker failed: ${event.message || 'could not start'}`), true);
  });
  worker.addEventListener('messageerror', () => fail(new Error(`${name} worker sent data that could not be read`), false));
}
