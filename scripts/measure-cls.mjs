// Not a test (npm test does not run it): prints the Cumulative Layout Shift of the demo pages, as a reader on a slow
// connection would see it. Serves the repository (the JSON data 400 ms late, scripts 150 ms late), opens each page
// at 1280 and 390 px wide and sums the 'layout-shift' entries (buffered) for 2.5 s.
// Usage: npm run build && node scripts/measure-cls.mjs [demo/index.html …]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { contentType, fileFor } from './static-server.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const LATE = { '.json': 400, '.js': 150 };

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const file = fileFor(root, path);
  if (!file) return void response.writeHead(404).end();
  const delay = Object.entries(LATE).find(([ending]) => path.endsWith(ending))?.[1] ?? 0;
  await new Promise((resolve) => setTimeout(resolve, delay));
  response.writeHead(200, { 'content-type': contentType(file) }).end(await readFile(file));
});
await new Promise((resolve) => server.listen(0, 'localhost', resolve));

const pages = process.argv.length > 2 ? process.argv.slice(2) : ['demo/index.html', 'demo/lab.html', 'demo/embed.html', 'demo/people/minjia-zhang.html'];
const browser = await launch();
try {
  for (const path of pages) {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`http://localhost:${server.address().port}/${path}`);
      await page.waitForTimeout(2500);
      console.log(`${path} at ${width} px: CLS ${(await page.evaluate(() => window.__cls)).toFixed(3)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
