/**
 * Answers for one URL, for the stories that need a server to behave in a way the static Storybook build cannot
 * (a request that never ends) or should not (a 404 logs a console error, which scripts/check-stories.mjs allows
 * only for the stories it lists). Every other request goes to the real `fetch`.
 *
 * Used as a story's `beforeEach`: the stub is in place before the story renders, and the real `fetch` is back when
 * the story unmounts.
 */

/** A URL that the Loading stories answer with a request that never settles. */
export const NEVER_ANSWERS = 'profiles/never-answers.json';

/** A URL that the error stories answer with HTTP 404. */
export const NOT_FOUND = 'profiles/does-not-exist.json';

type Answer = (init: RequestInit | undefined) => Promise<Response>;

/** Pending until the element gives up on the request (its `src` changes or it is removed), then rejects. */
const neverSettles: Answer = (init) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/** What a static server answers for a file it does not have. */
const notFound: Answer = async () => new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain; charset=utf-8' } });

function stub(url: string, answer: Answer) {
  return () => {
    const realFetch = window.fetch;
    const target = new URL(url, document.baseURI).href;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const requested = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
      return requested === target ? answer(init) : realFetch(input, init);
    };
    return () => {
      window.fetch = realFetch;
    };
  };
}

/** `beforeEach` for a story whose element fetches {@link NEVER_ANSWERS}: it stays in state `loading`. */
export const stubNeverAnswers = stub(NEVER_ANSWERS, neverSettles);

/** `beforeEach` for a story whose element fetches {@link NOT_FOUND}: the server answers HTTP 404 Not Found. */
export const stubNotFound = stub(NOT_FOUND, notFound);
