/**
 * Trusted Types: on pages that enforce them (`require-trusted-types-for 'script'`), script URLs must come from a
 * named policy. The kit's only script URLs are its own chunks (the BibTeX worker), so the `scholar-elements` policy
 * accepts URLs beside this module and nothing else.
 */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

let policy: ScriptUrlPolicy | null | undefined;
const home = new URL('.', import.meta.url).href;
// Vite's build puts chunks in dist/chunks/ next to the entry; the source tree keeps them in src/.
const root = new URL('..', import.meta.url).href;

/** The URL as the page's Trusted Types require it (a TrustedScriptURL), or as a string where they are not in use. */
export function trustedScriptUrl(url: URL): string {
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy } })
    .trustedTypes;
  if (!trustedTypes) return url.href;
  policy ??= trustedTypes.createPolicy('scholar-elements', {
    createScriptURL(value: string): string {
      if (!value.startsWith(home) && !value.startsWith(root)) throw new TypeError(`scholar-elements will not load a script from ${value}`);
      return value;
    },
  });
  return policy.createScriptURL(url.href) as string;
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
