// The promises of the README under a hostile world (issue 13), in Chromium: a page built by Vite as a
// desk ships it (./hostile), served with a strict Content-Security-Policy, embedded in a frame
// sandboxed without allow-forms, with a Unified Admin that hangs, never ends or answers garbage, and
// with localStorage full, missing or corrupt.
import react from '@vitejs/plugin-react';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { formV1 } from '../fixtures/forms';

const CSP = "default-src 'self'";
const pageDir = fileURLToPath(new URL('./hostile/', import.meta.url));
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

let outDir: string;
let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext | undefined;
const sockets = new Set<Socket>();
const uaRequests: Record<string, number> = {};

function unifiedAdmin(req: IncomingMessage, res: ServerResponse, kind: string): void {
  uaRequests[kind] = (uaRequests[kind] ?? 0) + 1;
  const json = (body: unknown, status = 200) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (kind === 'ua-hung') return void res.writeHead(200, { 'content-type': 'application/json' }); // headers, then nothing, ever
  if (kind === 'ua-malformed') return json({ attributes: 'not a form' });
  if (kind === 'ua-endless') {
    // every page says there is more, and brings the same rows
    return json({ data: [{ label: 'Billing', totalValues: 1 }], metadata: { total: 1, currentPage: 1, totalPages: 1, hasMore: true } });
  }
  return json(formV1);
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'wrapup-hostile-'));
  await build({
    configFile: false,
    root: pageDir,
    base: './',
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, rolldownOptions: { input: { index: join(pageDir, 'index.html'), sandbox: join(pageDir, 'sandbox.html') } } },
  });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [first] = url.pathname.split('/').filter(Boolean);
    if (first?.startsWith('ua-')) return unifiedAdmin(req, res, first);
    const file = normalize(join(outDir, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!file.startsWith(outDir)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
}, 120_000);

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

/** A fresh page (own storage); `init` runs before the page's scripts. Counts CSP violations. */
async function open(query = '', init?: () => void): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  if (init) await page.addInitScript(init);
  await page.goto(`${origin}/index.html${query}`);
  return { page, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __wrapup: { transport: { sent: Array<{ name: string }> } } }).__wrapup.transport.sent.map((s) => s.name));
const deskErrors = (page: Page) => page.evaluate(() => (window as unknown as { __wrapup: { errors: string[] } }).__wrapup.errors);
const startTimer = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __wrapup: { transport: { receive: (n: string, p: unknown) => void } } }).__wrapup.transport.receive('wrapupTimerStarted', {
      conversationId: 'conv-1',
      duration: 300,
    }),
  );

describe('a strict Content-Security-Policy (default-src \'self\')', () => {
  it('sees no violation from loading, choosing, submitting and the answer', async () => {
    const { page, violations } = await open();
    await page.getByRole('checkbox', { name: 'Refund issued' }).check();
    await startTimer(page);
    await page.getByRole('button', { name: 'Add Wrap-Up' }).click();
    await page.getByText(/successfully applied/).waitFor();
    expect(await violations()).toEqual([]);
  });
});

describe('a frame sandboxed with allow-scripts but not allow-forms', () => {
  it('"Add Wrap-Up" and "Apply" still send (nothing depends on the browser submitting a form)', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/sandbox.html`);
    const frame = page.frameLocator('iframe[title="Wrap-up frame"]');
    await frame.getByRole('checkbox', { name: 'Refund issued' }).check();
    await frame.getByRole('button', { name: 'Apply' }).click();
    await frame.getByText(/successfully applied/).waitFor();
    const inner = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await inner.evaluate(() => (window as unknown as { __wrapup: { transport: { sent: Array<{ name: string }> } } }).__wrapup.transport.sent.map((s) => s.name))).toEqual([
      'publishCimEvent',
    ]);
  });
});

describe('a Unified Admin that fails', () => {
  it('a response that never ends: the error with Retry after the timeout, and a note-only wrap-up meanwhile', async () => {
    const { page } = await open('?ua=ua-hung');
    await page.getByRole('button', { name: 'Retry' }).waitFor();
    await page.getByRole('textbox', { name: 'Notes' }).fill('Customer hung up');
    await startTimer(page);
    await page.getByRole('button', { name: 'Add Wrap-Up' }).click();
    await page.getByText(/successfully applied/).waitFor();
  });

  it('pages that always say "more": the loader stops (a page that repeats ends it)', async () => {
    uaRequests['ua-endless'] = 0;
    const { page } = await open('?ua=ua-endless&paginated=1');
    await page.getByRole('region', { name: 'Wrap-up' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-state="loading"]'));
    expect(uaRequests['ua-endless']).toBeLessThan(50);
  });

  it('a malformed form: words for the agent, not zod issues', async () => {
    const { page } = await open('?ua=ua-malformed');
    const alert = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Retry' }) });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).not.toMatch(/"code"|invalid_type|\[\s*\{/);
  });
});

describe('storage', () => {
  it('full from the start: a wrap-up waiting for the connection says it is not saved on this device, and the desk hears it', async () => {
    const { page } = await open('?offline=1', () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByRole('checkbox', { name: 'Refund issued' }).check();
    await startTimer(page);
    await page.getByRole('button', { name: 'Add Wrap-Up' }).click();
    await page.getByText(/not saved on this device/).waitFor();
    expect(await deskErrors(page)).toEqual([expect.stringMatching(/^STORAGE_UNAVAILABLE/)]);
  });

  it('missing (a browser that blocks it): the panel works from memory and says so', async () => {
    const { page } = await open('?offline=1', () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await page.getByRole('checkbox', { name: 'Refund issued' }).check();
    await startTimer(page);
    await page.getByRole('button', { name: 'Add Wrap-Up' }).click();
    await page.getByText(/not saved on this device/).waitFor();
    expect(await deskErrors(page)).toEqual([expect.stringMatching(/^STORAGE_UNAVAILABLE: No usable localStorage/)]);
  });

  it('corrupt: a wrap-up behind a broken outbox index is still sent after a reload', async () => {
    const { page } = await open('?offline=1');
    await page.getByRole('checkbox', { name: 'Refund issued' }).check();
    await startTimer(page);
    await page.getByRole('button', { name: 'Add Wrap-Up' }).click();
    await page.getByText(/will be sent when the connection is back/).waitFor();
    await page.evaluate(() => localStorage.setItem('agent-desk-wrapup:outbox:index', '["closeWrapup:'));
    await page.goto(`${origin}/index.html?answer=no`);
    await page.waitForFunction(() => (window as unknown as { __wrapup: { transport: { sent: unknown[] } } }).__wrapup.transport.sent.length > 0, undefined, { timeout: 15_000 });
    expect(await sent(page)).toEqual(['closeWrapup']);
  });
});
