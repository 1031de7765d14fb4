// Prints the Cumulative Layout Shift of the demo pages as a reader on a slow connection would see it (Lighthouse,
// scripts/lighthouse.mjs, loads them from a fast local server: what arrives late never shows there). Serves the
// repository (the JSON data 400 ms late, scripts 150 ms late), opens each page at Lighthouse's desktop and mobile
// sizes (1350 × 940 and 412 × 823) and sums the 'layout-shift' entries (buffered) for 2.5 s. Exits with 1 when a page
// is over the budget (0.05, the issue's; scripts/lighthouse.mjs checks the same one) and names what moved.
// Usage: npm run build && node scripts/measure-cls.mjs [demo/index.html …]
import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { contentType, fileFor } from './static-server.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const LATE = { '.json': 400, '.js': 150 };
const BUDGET = 0.05;
const SIZES = [
  { width: 1350, height: 940 },
  { width: 412, height: 823 },
];

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const file = fileFor(root, path);
  if (!file) return void response.writeHead(404).end();
  const delay = Object.entries(LATE).find(([ending]) => path.endsWith(ending))?.[1] ?? 0;
  await new Promise((resolve) => setTimeout(resolve, delay));
  response.writeHead(200, { 'content-type': contentType(file) }).end(await readFile(file));
});
await new Promise((resolve) => server.listen(0, 'localhost', resolve));

const people = (await readdir(resolve(root, 'demo/people'))).filter((name) => name.endsWith('.html')).sort();
const pages = process.argv.length > 2 ? process.argv.slice(2) : ['demo/index.html', 'demo/lab.html', 'demo/embed.html', ...people.map((name) => `demo/people/${name}`)];
const over = [];
const browser = await launch();
try {
  for (const path of pages) {
    for (const viewport of SIZES) {
      const page = await browser.newPage({ viewport });
      await page.addInitScript(() => {
        window.__cls = 0;
        window.__moved = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            window.__cls += entry.value;
            const what = entry.sources.map(({ node }) =>
              node instanceof Element ? node.localName + (node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : '') : (node?.nodeName ?? '?'),
            );
            window.__moved.push(`${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms: ${what.join(', ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`http://localhost:${server.address().port}/${path}`);
      await page.waitForTimeout(2500);
      const { cls, moved } = await page.evaluate(() => ({ cls: window.__cls, moved: window.__moved }));
      console.log(`${path} at ${viewport.width} px: CLS ${cls.toFixed(3)}`);
      if (cls > BUDGET) over.push(`${path} at ${viewport.width} px: CLS ${cls.toFixed(3)} is over ${BUDGET} (${moved.join('; ')})`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (over.length) {
  console.error(`\nOver the budget:\n${over.join('\n')}`);
  process.exitCode = 1;
}
