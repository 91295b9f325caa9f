// Cold start (issue 16): the first panel of a shift. A desk's page that already runs React lazy-
// loads the wrap-up on first use; every sample is a new browser context (no HTTP cache, no code
// cache, nothing evaluated), which imports the chunk and mounts it once. The same for react-select
// (the baseline) and for a bare React input (the floor). The page and its chunks are a production
// vite build of bench/pages/cold.html (method: bench/pages/cold.tsx and bench/README.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildPages, launchChromium, serve, summarize } from './browser.mjs';

export const COLD_KINDS = ['floor', 'panel', 'react-select'];

function formsJson(root, sizes) {
  const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const [cmd, args] = existsSync(tsxCli) ? [process.execPath, [tsxCli]] : ['npx', ['tsx']];
  return JSON.parse(execFileSync(cmd, [...args, join('bench', 'cold-forms.ts'), ...sizes.map(String)], { cwd: root, maxBuffer: 64 * 2 ** 20 }).toString());
}

/** min and gzip (level 9) bytes of the files a kind's chunk fetched, from the build output. */
function chunkBytes(outDir, names) {
  const files = [];
  const all = readdirSync(join(outDir, 'assets'));
  for (const name of names) {
    if (!all.includes(name)) continue;
    const code = readFileSync(join(outDir, 'assets', name));
    files.push({ name, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  return { files, min: files.reduce((a, f) => a + f.min, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
}

async function sample(browser, origin, form, kind, n) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    await context.addInitScript(`window.__coldForms = { ${JSON.stringify(String(n))}: ${JSON.stringify(form)} };`);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/cold.html`);
    await page.waitForFunction(() => document.documentElement.dataset.coldReady, null, { timeout: 30_000 }).catch(() => {
      throw new Error(`cold page did not start: ${errors.join('; ')}`);
    });
    // the host page's own load and first paint are over before the clock starts
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
    const result = await page.evaluate(([k, size]) => window.__cold.run(k, size), [kind, n]);
    if (errors.length) throw new Error(`${kind} n=${n}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * @param {{ root: string, log: Function, sizes?: number[], runs?: number }} options
 * @returns per kind and size: each phase summarised over `runs` fresh pages (median, min, max …),
 *   and the bytes of the chunk's files.
 */
export async function runColdBench({ root, log, sizes = [1_000, 10_000], runs = 7 }) {
  const outDir = await mkdtemp(join(tmpdir(), 'agent-desk-wrapup-cold-'));
  let server;
  let browser;
  try {
    const t = performance.now();
    await buildPages({ root, pages: [{ name: 'cold', html: 'cold.html' }], outDir, log: () => undefined });
    const forms = formsJson(root, sizes);
    log(`cold: built the page and its chunks, made the forms in ${Math.round(performance.now() - t)} ms`);
    server = await serve(outDir);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
    const cases = [{ kind: 'floor', n: sizes[0] }, ...['panel', 'react-select'].flatMap((kind) => sizes.map((n) => ({ kind, n })))];
    const samples = new Map(cases.map((c) => [`${c.kind}:${c.n}`, []]));
    for (let run = 0; run < runs; run++) {
      // every round measures every case once, in a rotated order, so a slow spell hits all of them
      for (let i = 0; i < cases.length; i++) {
        const { kind, n } = cases[(i + run) % cases.length];
        samples.get(`${kind}:${n}`).push(await sample(browser, origin, forms[n], kind, n));
      }
      log(`cold: round ${run + 1} of ${runs} done`);
    }
    const phases = ['fetchMs', 'evaluateMs', 'renderMs', 'paintMs', 'mountMs', 'totalMs'];
    const results = cases.map(({ kind, n }) => {
      const list = samples.get(`${kind}:${n}`);
      const summary = Object.fromEntries(phases.map((p) => [p, summarize(list.map((s) => s[p]))]));
      summary.fetchEvaluateMs = summarize(list.map((s) => s.fetchMs + s.evaluateMs));
      const bytes = chunkBytes(outDir, [...new Set(list.flatMap((s) => s.files.map((f) => f.name)))]);
      log(
        `cold: ${kind} n=${n}: fetch+evaluate ${summary.fetchEvaluateMs.p50} ms (evaluate ${summary.evaluateMs.p50}), render ${summary.renderMs.p50}, paint ${summary.paintMs.p50}, mount→paint ${summary.mountMs.p50}, total ${summary.totalMs.p50} ms (medians of ${list.length}); chunk ${(bytes.gzip / 1000).toFixed(1)} kB gzip`,
      );
      return { kind, n, runs: list.length, ...summary, chunk: bytes };
    });
    return { chromium: browser.version(), runs, sizes, results };
  } finally {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    await rm(outDir, { recursive: true, force: true });
  }
}
