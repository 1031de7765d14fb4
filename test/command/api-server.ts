/**
 * A local stand-in for the OpenAlex and ORCID APIs: it replays the recorded answers in test/fixtures/api/ (see its
 * README and routes.json) on 127.0.0.1, and keeps every request it was sent. The command is pointed at it with
 * SCHOLAR_ELEMENTS_OPENALEX_URL and SCHOLAR_ELEMENTS_ORCID_URL (`env`).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixture } from './helpers.js';

interface RecordedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A file in test/fixtures/api/. */
  body: string;
}

interface Route {
  scenario?: string;
  path: string;
  query?: Record<string, string>;
  responses: RecordedResponse[];
}

export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  /** When it arrived (ms since the epoch). */
  time: number;
}

/** Answers a request the recordings do not cover (the test builds the answer); undefined passes it on. */
export type ExtraHandler = (request: ReceivedRequest) => { status?: number; body: unknown } | undefined;

export interface ApiServer {
  /** Environment for the command: both APIs point here. */
  env: Record<string, string>;
  /** Every request, in order. */
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

export async function startApiServer(options: { scenario?: string; extra?: ExtraHandler } = {}): Promise<ApiServer> {
  const { routes } = JSON.parse(await readFile(fixture('api/routes.json'), 'utf8')) as { routes: Route[] };
  // Routes of the chosen scenario come first; routes of other scenarios do not apply.
  const active = [...routes.filter((route) => route.scenario === options.scenario && options.scenario), ...routes.filter((route) => !route.scenario)];
  const served = new Map<Route, number>();
  const requests: ReceivedRequest[] = [];

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const received: ReceivedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      time: Date.now(),
    };
    requests.push(received);
    const extra = options.extra?.(received);
    if (extra) {
      response.writeHead(extra.status ?? 200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(extra.body));
      return;
    }
    const route = active.find(
      (candidate) => candidate.path === url.pathname && Object.entries(candidate.query ?? {}).every(([name, value]) => url.searchParams.get(name) === value),
    );
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: 'no recording for this request', path: url.pathname, query: received.query }));
      return;
    }
    const count = served.get(route) ?? 0;
    served.set(route, count + 1);
    const recorded = route.responses[Math.min(count, route.responses.length - 1)]!;
    response.writeHead(recorded.status ?? 200, recorded.headers ?? { 'Content-Type': 'application/json' });
    response.end(await readFile(fixture(`api/${recorded.body}`)));
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    env: { SCHOLAR_ELEMENTS_OPENALEX_URL: `${base}/openalex`, SCHOLAR_ELEMENTS_ORCID_URL: `${base}/orcid/v3.0` },
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
