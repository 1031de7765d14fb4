/**
 * A misbehaving server for the loading tests, as dev-server middleware. Each fault is a path prefix in front of a
 * file's path (relative to the project root), e.g. `/fault/reset/test/fixtures/ada.json`:
 *
 * - `/fault/stall/…`              never answers (not even headers)
 * - `/fault/headers-only/…`       sends 200 and headers, then nothing
 * - `/fault/stall-body/…`         sends headers and the first half of the file, then nothing
 * - `/fault/drip/<ms>/…`          sends the file 32 bytes at a time, one piece every <ms>
 * - `/fault/reset/…`              sends headers and half the file, then resets the connection
 * - `/fault/type/<type>/…`        sends the file as Content-Type <type> (URL-encoded)
 * - `/fault/huge-declared`        declares a 120 MB body, sends a little, then nothing
 * - `/fault/huge-body`            sends 51 MB of JSON-looking text without a length
 * - `/fault/redirect-loop`        redirects to itself
 * - `/fault/down/<id>/…`          answers 503 until `/fault/heal/<id>` is requested, then serves the file
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const healed = new Set();

async function file(path) {
  const full = resolve(root, path.replace(/^\/+/, ''));
  if (!full.startsWith(root)) throw new Error(`outside the project: ${path}`);
  return readFile(full);
}

const typeOf = (path) => (path.endsWith('.json') ? 'application/json' : path.endsWith('.bib') ? 'application/x-bibtex' : 'text/plain');

/** Holds the connection open until the client goes away. */
function hold(context) {
  context.respond = false;
  // Answered, as far as the dev server's own logging is concerned.
  context.status = 200;
  return new Promise((resolvePromise) => context.req.socket.once('close', resolvePromise));
}

export function faultServer() {
  return async (context, next) => {
    const match = /^\/fault\/([a-z-]+)(\/.*)?$/.exec(context.path);
    if (!match) return next();
    const [, fault, rest = ''] = match;
    const { res } = context;
    switch (fault) {
      case 'stall':
        return hold(context);
      case 'headers-only':
        res.writeHead(200, { 'content-type': typeOf(rest) });
        res.flushHeaders();
        return hold(context);
      case 'stall-body':
      case 'reset': {
        const body = await file(rest);
        res.writeHead(200, { 'content-type': typeOf(rest), 'content-length': String(body.length) });
        res.write(body.subarray(0, body.length >> 1));
        if (fault === 'reset') {
          context.respond = false;
          setTimeout(() => context.req.socket.destroy(), 50);
          return undefined;
        }
        return hold(context);
      }
      case 'drip': {
        const [, ms, path] = /^\/(\d+)(\/.*)$/.exec(rest) ?? [];
        const body = await file(path);
        context.respond = false;
        res.writeHead(200, { 'content-type': typeOf(path) });
        for (let offset = 0; offset < body.length; offset += 32) {
          if (res.destroyed) return undefined;
          res.write(body.subarray(offset, offset + 32));
          await new Promise((wait) => setTimeout(wait, Number(ms)));
        }
        res.end();
        return undefined;
      }
      case 'type': {
        const [, type, path] = /^\/([^/]+)(\/.*)$/.exec(rest) ?? [];
        context.type = decodeURIComponent(type);
        context.body = await file(path);
        return undefined;
      }
      case 'huge-declared':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '120000000' });
        res.write('{"basics": {"name": "');
        return hold(context);
      case 'huge-body': {
        context.respond = false;
        res.writeHead(200, { 'content-type': 'application/json' });
        const piece = Buffer.alloc(1 << 20, 'a');
        res.write('{"basics": {"name": "');
        for (let sent = 0; sent < 51 && !res.destroyed; sent++) {
          if (!res.write(piece)) await new Promise((drained) => res.once('drain', drained));
        }
        res.end('"}}');
        return undefined;
      }
      case 'redirect-loop':
        context.redirect('/fault/redirect-loop');
        return undefined;
      case 'heal':
        healed.add(rest.slice(1));
        context.body = 'healed';
        return undefined;
      case 'down': {
        const [, id, path] = /^\/([^/]+)(\/.*)$/.exec(rest) ?? [];
        if (!healed.has(id)) {
          context.status = 503;
          context.body = 'try again later';
          return undefined;
        }
        context.type = typeOf(path);
        context.body = await file(path);
        return undefined;
      }
      default:
        context.status = 400;
        context.body = `unknown fault ${fault}`;
        return undefined;
    }
  };
}
