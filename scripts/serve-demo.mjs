// Serves the repository on localhost and prints the demo page's URL (port 8080, or PORT, or the next free one).
import { resolve } from 'node:path';
import { serveStatic } from './static-server.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const preferred = Number(process.env.PORT ?? 8080);

for (let port = preferred; port < preferred + 20; port++) {
  try {
    const server = await serveStatic(root, { port });
    console.log(`\nDemo lab page: http://localhost:${server.port}/demo/\n(Ctrl+C to stop)`);
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
