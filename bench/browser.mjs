// Browser benchmarks: builds the bench pages (bench/pages/*.html) with vite into a temp dir,
// serves them on 127.0.0.1 and drives them with playwright-core in Debian's Chromium. Every page
// is measured by the same in-page code (bench/pages/measure.ts) through `window.__bench`.
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';


/**
 * `frameRateLimit: false` (what the measurements use): `--disable-frame-rate-limit`, so Chromium
 * produces a frame as soon as one is needed instead of on its 60 Hz clock. On the clock, every
 * "→ next paint" also contains the wait for the next tick (0–16.7 ms, whatever the page did), which
 * swamps the differences being measured: a bare input measures 11.5 ms p50 / 21 ms p95 there. The
 * `frameLimited` reference rows keep the 60 Hz numbers for the floor and the panel.
 */
export function launchChromium({ frameRateLimit = false } = {}) {
  return import('playwright-core').then(({ chromium }) =>
    chromium.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, ...(frameRateLimit ? [] : ['--disable-frame-rate-limit'])] }),
  );
}

/**
 * The query typed into each page: per word, type 5 letters, 2 backspaces, 3 more letters (6 of
 * the word typed), then backspace to empty. 16 keystrokes a word; every keystroke changes the query.
 * A time budget stops only between words, so a shortened run keeps the same mix of queries.
 */
export function keystrokeSequence(minimum) {
  const words = ['refund', 'escalated', 'password', 'invoice', 'callback', 'complaint', 'transferred', 'duplicate'];
  const steps = [];
  let text = '';
  let word = 0;
  const type = (ch) => steps.push({ key: ch, expect: (text += ch), word });
  const back = () => steps.push({ key: 'Backspace', expect: (text = text.slice(0, -1)), word });
  for (; steps.length < minimum; word++) {
    const w = words[word % words.length];
    for (const ch of w.slice(0, 5)) type(ch);
    back();
    back();
    for (const ch of w.slice(3, 6)) type(ch);
    while (text.length > 0) back();
  }
  return steps;
}

/** Nearest-rank percentiles, rounded to 0.1 ms. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const r = (x) => (x === undefined || Number.isNaN(x) ? null : Math.round(x * 10) / 10);
  return {
    n: sorted.length,
    min: r(sorted[0]),
    p50: r(at(50)),
    p95: r(at(95)),
    max: r(sorted.at(-1)),
    mean: r(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Builds the given bench pages with vite into `outDir`; `minify: false` keeps real function names (for profiles). */
export async function buildPages({ root, pages, outDir, log, minify = true }) {
  const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  const pagesDir = join(root, 'bench', 'pages');
  const started = performance.now();
  await build({
    configFile: false,
    root: pagesDir,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p.name, join(pagesDir, p.html)])) },
    },
  });
  log(`baseline: built ${pages.map((p) => p.name).join(', ')} in ${Math.round(performance.now() - started)} ms`);
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

/** Serves `dir` on 127.0.0.1 (a free port). */
export function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)));
    if (!path.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    stat(path).then(
      (s) => {
        if (!s.isFile()) throw new Error('not a file');
        res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
        createReadStream(path).pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A fresh context and page (requests off 127.0.0.1 aborted), waited until `window.__bench` is ready. */
export async function openPage(browser, origin, entry) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  // never leave the machine: anything not on 127.0.0.1 is aborted
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}/${entry.html}`);
  await page.waitForFunction(() => document.documentElement.dataset.benchReady, null, { timeout: 30_000 }).catch(() => {
    throw new Error(`page ${entry.name} did not start: ${errors.join('; ') || 'no __bench'}`);
  });
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

async function firstRender(browser, origin, entry, { sizes, runs, log }) {
  const out = [];
  const { context, page, cdp } = await openPage(browser, origin, entry);
  try {
    // let the previous page's teardown (its renderer, its GC) finish: the machine has 2 cores
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // discarded mounts first, at every size: the runs below measure a warm page (code parsed, the
    // JIT's optimised tiers in place), as a desk is after its first few conversations; without
    // them the first case measured pays for the warm-up of all the others
    for (let i = 0; i < 10; i++) for (const size of sizes) await page.evaluate((n) => window.__bench.mount(n, { open: false }), size);
    for (const n of sizes) {
      for (const { open, fresh = false, gc = false } of entry.renderVariants ?? [{ open: false }, { open: true }]) {
        await page.evaluate((size) => window.__bench.prepare(size), n);
        // warm-up mounts of this very case (code paths, JIT, style caches), not counted
        for (let i = 0; i < 3; i++) await page.evaluate(([size, isOpen, isFresh]) => window.__bench.mount(size, { open: isOpen, fresh: isFresh }), [n, open, fresh]);
        const samples = [];
        for (let i = 0; i < runs; i++) {
          await page.evaluate(() => window.__bench.unmount());
          if (gc) await cdp.send('HeapProfiler.collectGarbage');
          samples.push(await page.evaluate(([size, isOpen, isFresh]) => window.__bench.mount(size, { open: isOpen, fresh: isFresh }), [n, open, fresh]));
        }
        await page.evaluate(() => window.__bench.unmount());
        const result = {
          n,
          open,
          fresh,
          gc,
          runs,
          paintMs: summarize(samples.map((s) => s.paintMs)),
          commitMs: summarize(samples.map((s) => s.commitMs)),
          medianPaintMs: Math.round(median(samples.map((s) => s.paintMs)) * 10) / 10,
        };
        log(`baseline: ${entry.name} first render n=${n} ${open ? 'open' : 'closed'}${fresh ? ' fresh form' : ''}${gc ? ' after a forced GC' : ''}: median ${result.medianPaintMs} ms to paint`);
        out.push(result);
      }
    }
  } finally {
    await context.close();
  }
  return out;
}

async function keystrokes(browser, origin, entry, { n, steps, budgetMs, log }) {
  const { context, page, cdp } = await openPage(browser, origin, entry);
  try {
    await page.evaluate((size) => window.__bench.mount(size, { open: false }), n);
    await cdp.send('HeapProfiler.collectGarbage');
    await entry.input(page).focus();
    // one warm-up word, not timed (the same for every page): the first keystrokes of a page run
    // cold code (measured: the panel's first word took 3–5× its later ones, JIT tiering)
    for (const key of [...'networ', ...'networ'].map((ch, i) => (i < 6 ? ch : 'Backspace'))) {
      await page.keyboard.press(key);
      await page.evaluate(() => window.__bench.nextKeystroke());
    }
    const samples = [];
    let mismatches = 0;
    let missing = 0;
    const started = performance.now();
    let truncated = false;
    for (const [i, step] of steps.entries()) {
      if (budgetMs > 0 && i > 0 && step.word !== steps[i - 1].word && performance.now() - started > budgetMs) {
        truncated = true;
        break;
      }
      await page.keyboard.press(step.key);
      const sample = await page.evaluate(() => window.__bench.nextKeystroke());
      if (!sample) {
        missing += 1;
        continue;
      }
      if (sample.value !== step.expect) mismatches += 1;
      samples.push({ ...sample, expect: step.expect });
    }
    const wallMs = performance.now() - started;
    const result = {
      n,
      keystrokes: samples.length,
      planned: steps.length,
      words: new Set(steps.slice(0, samples.length + missing).map((s) => s.word)).size,
      truncated,
      mismatches,
      missing,
      wallMs: Math.round(wallMs),
      paintMs: summarize(samples.map((s) => s.paintMs)),
      scriptMs: summarize(samples.map((s) => s.scriptMs).filter((x) => x !== null)),
      queuedMs: summarize(samples.map((s) => s.queuedMs)),
    };
    log(
      `baseline: ${entry.name} n=${n}: ${result.keystrokes} keystrokes, keystroke→paint p50 ${result.paintMs.p50} ms p95 ${result.paintMs.p95} ms (script p50 ${result.scriptMs.p50} ms) in ${Math.round(wallMs / 1000)} s${truncated ? ' (TRUNCATED by time budget)' : ''}`,
    );
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Toggling a reason: click the first reason's checkbox (`entry.toggle(page)`), on and off, `clicks`
 * times; click → next paint per click, checking that the frame shows the box in its new state.
 */
async function toggles(browser, origin, entry, { n, clicks, log }) {
  const { context, page, cdp } = await openPage(browser, origin, entry);
  try {
    await page.evaluate((size) => window.__bench.mount(size, { open: false }), n);
    await cdp.send('HeapProfiler.collectGarbage');
    const box = entry.toggle(page);
    const samples = [];
    let mismatches = 0;
    for (let i = 0; i < clicks; i++) {
      await box.click();
      const sample = await page.evaluate(() => window.__bench.nextClick());
      if (!sample) throw new Error(`${entry.name}: click ${i + 1} on the reason was not seen by the page`);
      if (sample.checked !== (i % 2 === 0)) mismatches += 1;
      samples.push(sample);
    }
    const result = { n, clicks: samples.length, mismatches, paintMs: summarize(samples.map((s) => s.paintMs)), scriptMs: summarize(samples.map((s) => s.scriptMs)) };
    log(`baseline: ${entry.name} n=${n}: toggling a reason, click→paint p50 ${result.paintMs.p50} ms p95 ${result.paintMs.p95} ms (script p50 ${result.scriptMs.p50} ms)`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * "Heap after 1,000 open/submit/unmount cycles of the panel", for pages that define `cycle(n)`:
 * 50 warm-up cycles (first-use costs: code, caches, the form), GC, used JS heap, 1,000 cycles,
 * GC, used JS heap. The growth is what the cycles leave behind in steady state.
 */
async function heap(browser, origin, entry, { n, cycles, log }) {
  const { context, page, cdp } = await openPage(browser, origin, entry);
  try {
    if (!(await page.evaluate(() => window.__bench.hasCycle))) return null;
    const used = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.evaluate(([size]) => window.__bench.cycle(size, 50), [n]); // warm-up, not counted
    const before = await used();
    await page.evaluate(([size, times]) => window.__bench.cycle(size, times), [n, cycles]);
    const after = await used();
    const result = { n, cycles, beforeBytes: before, afterBytes: after, growthBytes: after - before };
    log(`heap: ${entry.name} after ${cycles} cycles: ${(after / 1e6).toFixed(2)} MB (growth ${((after - before) / 1e6).toFixed(2)} MB)`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * @param {{ root: string, log: Function, pages: Array<{ name: string, html: string, role: string, input: Function, openVariants?: boolean[], sizes?: number[], firstRenderSizes?: number[] }>,
 *   sizes: number[], firstRenderSizes: number[], firstRenderRuns: number, minKeystrokes: number, budgetMs: number, heapCycles: number }} options
 */
export async function runBrowserBench({ root, log, pages, sizes, firstRenderSizes, firstRenderRuns, minKeystrokes, budgetMs, heapCycles }) {
  for (const p of pages) if (!existsSync(join(root, 'bench', 'pages', p.html))) throw new Error(`bench page ${p.html} is missing`);
  const outDir = await mkdtemp(join(tmpdir(), 'agent-desk-wrapup-bench-'));
  let server;
  let browser;
  try {
    await buildPages({ root, pages, outDir, log });
    server = await serve(outDir);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
    const steps = keystrokeSequence(minKeystrokes);
    const results = { chromium: browser.version(), sequence: { keystrokes: steps.length, queries: [...new Set(steps.map((s) => s.expect))].length }, pages: {} };
    for (const entry of pages) {
      const pageResult = { firstRender: [], keystrokes: [], toggles: [], heap: null };
      const renderSizes = entry.firstRenderSizes ?? firstRenderSizes;
      if (renderSizes.length) pageResult.firstRender = await firstRender(browser, origin, entry, { sizes: renderSizes, runs: firstRenderRuns, log });
      for (const n of entry.sizes ?? sizes) pageResult.keystrokes.push(await keystrokes(browser, origin, entry, { n, steps, budgetMs, log }));
      if (entry.toggle) for (const n of firstRenderSizes) pageResult.toggles.push(await toggles(browser, origin, entry, { n, clicks: 60, log }));
      if (entry.role !== 'calibration') pageResult.heap = await heap(browser, origin, entry, { n: 500, cycles: heapCycles, log });
      results.pages[entry.name] = pageResult;
    }
    // reference: the same method on Chromium's 60 Hz frame clock (the floor and the panel only)
    await browser.close();
    browser = await launchChromium({ frameRateLimit: true });
    results.frameLimited = {};
    for (const entry of pages.filter((p) => p.frameLimitedReference)) {
      const { keystrokeSizes = [], renderSizes = [] } = entry.frameLimitedReference;
      const ref = { firstRender: [], keystrokes: [] };
      if (renderSizes.length) ref.firstRender = await firstRender(browser, origin, { ...entry, renderVariants: [{ open: false }] }, { sizes: renderSizes, runs: firstRenderRuns, log });
      for (const n of keystrokeSizes) ref.keystrokes.push(await keystrokes(browser, origin, entry, { n, steps, budgetMs, log }));
      results.frameLimited[entry.name] = ref;
    }
    return results;
  } finally {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Chromium's version without running a page (for the machine block when the baseline is skipped). */
export async function chromiumVersion() {
  const browser = await launchChromium();
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}
