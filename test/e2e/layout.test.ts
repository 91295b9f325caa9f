// The panel at real desk sizes (issue 14), in Chromium: the actions and the countdown stay in the
// viewport, not covered, whatever the panel's height: in the timed phase (focus moved to the
// search), after picking 5 reasons, and with the personal-data warning shown (which is in view
// too). At 1280×720 (a laptop), 1440×900, a 360 px-wide window, and a 360 px side column of a
// 1280×720 desk. The page (./layout-page) is built once with Vite and served statically.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const pageDir = fileURLToPath(new URL('./layout-page/', import.meta.url));
const repoDir = fileURLToPath(new URL('../../', import.meta.url));
let outDir: string;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'wrapup-layout-'));
  const [, launched] = await Promise.all([
    build({
      root: pageDir,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
      server: { fs: { allow: [repoDir] } },
    }),
    chromium.launch(chromiumLaunchOptions),
  ]);
  browser = launched;
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let file = normalize(join(outDir, decodeURIComponent(path)));
    if (!file.startsWith(outDir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** In the viewport and not covered: the element (or its own content) is what is drawn at its centre. */
async function expectInView(page: Page, locators: Record<string, Locator>) {
  const viewport = page.viewportSize()!;
  for (const [name, locator] of Object.entries(locators)) {
    const box = await locator.boundingBox();
    expect(box, `${name} is rendered`).not.toBeNull();
    const inside = box!.y >= 0 && box!.x >= 0 && box!.y + box!.height <= viewport.height + 0.5 && box!.x + box!.width <= viewport.width + 0.5;
    expect(inside, `${name} is in the ${viewport.width}×${viewport.height} viewport (${JSON.stringify(box)})`).toBe(true);
    const onTop = await locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return hit !== null && (el === hit || el.contains(hit));
    });
    expect(onTop, `${name} is not covered`).toBe(true);
  }
}

const sizes = [
  { name: '1280×720 laptop', width: 1280, height: 720, layout: 'page' },
  { name: '1440×900', width: 1440, height: 900, layout: 'page' },
  { name: '360 px wide', width: 360, height: 720, layout: 'page' },
  { name: '360 px side column of a 1280×720 desk', width: 1280, height: 720, layout: 'column' },
];
const five = ['Refund issued', 'Password reset', 'Quote sent', 'Identity verified', 'Complaint logged'];

describe('the actions and the countdown stay in view', () => {
  it.each(sizes)('$name', async ({ width, height, layout }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${base}?layout=${layout}`);
      const panel = page.getByRole('region', { name: 'Wrap-up' });
      await panel.getByRole('checkbox', { name: 'Refund issued' }).waitFor();
      const actions = () => ({
        countdown: panel.getByRole('timer'),
        'Add Wrap-Up': panel.getByRole('button', { name: 'Add Wrap-Up' }),
        'Leave Without Wrap-Up': panel.getByRole('button', { name: 'Leave Without Wrap-Up' }),
      });

      // the timed phase opens: focus moves to the search
      await page.evaluate(() => window.desk.startTimer(600));
      await expect.poll(() => panel.getByRole('searchbox', { name: 'Search reasons' }).evaluate((el) => el === document.activeElement)).toBe(true);
      await expectInView(page, actions());

      // five reasons picked (each click scrolls to its checkbox)
      for (const name of five) await panel.getByRole('checkbox', { name, exact: true }).check();
      await panel.getByText('Selected: 5').waitFor();
      await expectInView(page, actions());

      // the personal-data warning: announced (an alert), in view, with its buttons
      await panel.getByRole('textbox', { name: 'Notes' }).fill('Call back on +44 20 7946 0958 or mail jane@example.com');
      await panel.getByRole('button', { name: 'Add Wrap-Up' }).click();
      const warning = panel.getByRole('alert').filter({ hasText: 'The note looks like it contains' });
      await warning.waitFor();
      await expectInView(page, {
        warning: warning.getByText('The note looks like it contains'),
        'Submit anyway': warning.getByRole('button', { name: 'Submit anyway' }),
        'Edit note': warning.getByRole('button', { name: 'Edit note' }),
        ...actions(),
      });
    } finally {
      await context.close();
    }
  });
});
