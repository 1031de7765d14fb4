// A plain static file server on localhost, for the demo (`npm start`), the story check, the embed and example tests
// and the benchmark. Files only: nothing is built or transformed.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The content type for a file name. */
export function contentType(file) {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `base` for a URL path, or undefined (never outside `base`; a directory serves its index.html). */
export function fileFor(base, urlPath) {
  let path;
  try {
    path = normalize(join(base, decodeURIComponent(urlPath)));
  } catch {
    return undefined;
  }
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/**
 * A request handler serving the files under `base`. `headers` are added to every file answer (e.g. a
 * Content-Security-Policy); `routes` answers chosen paths with generated pages: `{ '/x.html': [type, body] }`.
 */
export function staticHandler(base, { headers = {}, routes = {} } = {}) {
  return (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes[pathname];
    if (route) {
      response.writeHead(200, { 'content-type': route[0], 'cache-control': 'no-store' }).end(route[1]);
      return;
    }
    const file = fileFor(base, pathname);
    if (!file) {
      // Browsers ask every new origin for a site icon on their own; a missing one is nobody's error.
      if (pathname === '/favicon.ico') response.writeHead(204).end();
      else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
      return;
    }
    response.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store', ...headers });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
}

/**
 * Serves `base` on 127.0.0.1, on `port` (0: any free port); resolves with the origin, the port and `close()`.
 * Options as for `staticHandler`.
 */
export function serveStatic(base, { port = 0, ...options } = {}) {
  const server = createServer(staticHandler(base, options));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolvePromise({ origin: `http://127.0.0.1:${actual}`, port: actual, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
