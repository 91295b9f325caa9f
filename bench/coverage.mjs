#!/usr/bin/env node
// Which code of the panel's chunk runs by its first paint (issue 16: "no library code on the
// panel's first-render path that it does not use at first render"). Bundles pages/coverage-entry.tsx
// with esbuild (unminified, so each module keeps esbuild's "// path" marker; dynamic imports left
// out, as they load later), loads it in Chromium with V8's precise block coverage on, mounts the
// panel with 1,000 reasons and, once a reason shows, counts per package (and per folder of src) the
// non-blank characters of code that ran, module evaluation included.
//
//   node bench/coverage.mjs [--n 1000]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[process.argv.indexOf('--n') + 1] || 1000) || 1000;
const dir = mkdtempSync(join(tmpdir(), 'agent-desk-wrapup-coverage-'));
const esbuild = await import('esbuild');
await esbuild.build({
  entryPoints: [join(root, 'bench', 'pages', 'coverage-entry.tsx')],
  bundle: true,
  format: 'esm',
  outfile: join(dir, 'out.js'),
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.css': 'empty' },
  logLevel: 'error',
  plugins: [{ name: 'load-later', setup: (b) => b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined)) }],
});
const code = readFileSync(join(dir, 'out.js'), 'utf8');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const form = JSON.parse(execFileSync(process.execPath, [tsx, join('bench', 'cold-forms.ts'), String(n)], { cwd: root, maxBuffer: 64 * 2 ** 20 }).toString())[n];
writeFileSync(join(dir, 'index.html'), `<!doctype html><html><body><div id="root"></div><script>window.__form = ${JSON.stringify(form)};</script><script type="module" src="./out.js"></script></body></html>`);
const server = createServer((req, res) => {
  const file = req.url === '/' ? 'index.html' : req.url.slice(1);
  if (!['index.html', 'out.js'].includes(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(readFileSync(join(dir, file)));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
let coverage;
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.__start);
  await page.evaluate(() => window.__start());
  await page.waitForSelector('.wrapup-list input[type="checkbox"], .wrapup-list input[type="radio"]');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  coverage = await cdp.send('Profiler.takePreciseCoverage');
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
// ranges come parent first, so painting them in order leaves each character with its innermost count
const counts = new Int32Array(code.length).fill(0);
for (const script of coverage.result) {
  if (!script.url.endsWith('/out.js')) continue;
  for (const fn of script.functions) for (const r of fn.ranges) counts.fill(r.count, r.startOffset, r.endOffset);
}
const marks = [...code.matchAll(/^\/\/ (\S+\/\S+)$/gm)].map((m) => ({ at: m.index, path: m[1] }));
const group = (path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.replace(/^.*?src\//, 'src/').replace(/\/[^/]+$/, '/');
const stats = new Map();
for (let m = 0; m < marks.length; m++) {
  const name = group(marks[m].path);
  const s = stats.get(name) ?? { total: 0, ran: 0 };
  for (let i = marks[m].at, end = marks[m + 1]?.at ?? code.length; i < end; i++) {
    const c = code.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) continue;
    s.total++;
    if (counts[i] > 0) s.ran++;
  }
  stats.set(name, s);
}
console.log(`the panel with ${n.toLocaleString('en')} reasons: code that ran by its first paint (unminified, non-blank characters)\n`);
for (const [name, s] of [...stats].filter(([, s]) => s.total > 1000).sort((a, b) => b[1].total - a[1].total)) {
  console.log(`${name.padEnd(28)} ${String(s.total).padStart(8)}  ran ${String(Math.round((100 * s.ran) / s.total)).padStart(3)}%`);
}
