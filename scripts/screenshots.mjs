// Screenshots of three stories of the static Storybook for the README: npm run build-storybook && node scripts/screenshots.mjs
import { createReadStream, existsSync, statSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = new URL('../storybook-static', import.meta.url).pathname.replace(/\/$/, '');
const out = new URL('../docs/screenshots', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(chromiumLaunchOptions);
const shots = [
  { id: 'wrapuppanel-timed-phase--time-to-spare', file: 'storybook-timed.png', done: 'Selected: 2' },
  { id: 'wrapuppanel-look-and-language--right-to-left-arabic', file: 'storybook-rtl.png', done: 'المحدد: ١' },
  { id: 'wrapuppanel-look-and-language--dark-theme', file: 'storybook-dark.png', done: 'Selected: 2' },
];
try {
  const context = await browser.newContext({ viewport: { width: 680, height: 1000 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const shot of shots) {
    await page.goto(`${base}/iframe.html?id=${shot.id}&viewMode=story`);
    await page.getByText(shot.done, { exact: true }).waitFor({ timeout: 20000 });
    // the play function types the note last: wait until the textarea has settled
    await page.waitForFunction(() => {
      const t = document.querySelector('textarea');
      if (!t) return false;
      const v = t.value;
      return new Promise((r) => setTimeout(() => r(t.value === v && v.length > 0), 400));
    });
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    const box = await page.locator('section.wrapup-panel').boundingBox();
    const m = 12;
    await page.screenshot({ path: join(out, shot.file), clip: { x: box.x - m, y: box.y - m, width: box.width + 2 * m, height: box.height + 2 * m } });
    console.log('saved', shot.file);
  }
  if (errors.length) console.log('page errors:', errors);
} finally {
  await browser.close();
  server.close();
}
