#!/usr/bin/env node
// Where the panel's time goes, for "profile, do not guess": builds the bench pages unminified (real
// function names), then in headless Chromium profiles the panel's mount or its keystrokes.
//
//   node bench/profile.mjs mount [--n 500] [--page panel]     CPU profile of 10 mounts
//   node bench/profile.mjs keys  [--n 10000] [--page panel]   CPU profile of the keystroke sequence
//   add --trace for a Chromium trace instead: time per main-thread event (script, style, layout,
//   paint), and how many layouts were forced from script
//
// Prints the top functions by self and by inclusive time (ms per mount or per keystroke) and writes
// the raw profile to bench/.profile/ (open a .cpuprofile in Chrome DevTools › Performance). Same
// pages, same measuring code and Chromium flags as `npm run bench`; nothing leaves 127.0.0.1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPages, keystrokeSequence, launchChromium, openPage, serve } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const what = argv[0];
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
if (what !== 'mount' && what !== 'keys') {
  console.error('usage: node bench/profile.mjs mount|keys [--n N] [--page panel|react-select|floor] [--trace]');
  process.exit(2);
}
const n = Number(opt('n', what === 'mount' ? 500 : 10_000));
const pageName = opt('page', 'panel');
const tracing = argv.includes('--trace');
const outDir = join(root, 'bench', '.profile');
mkdirSync(outDir, { recursive: true });

// ------------------------------------------------------------------ build and serve the page
const buildDir = join(tmpdir(), 'agent-desk-wrapup-profile');
const entry = { name: pageName, html: `${pageName}.html` };
await buildPages({ root, pages: [entry], outDir: buildDir, log: () => undefined, minify: false });
const server = await serve(buildDir);

const browser = await launchChromium();
try {
  const { page, cdp } = await openPage(browser, `http://127.0.0.1:${server.address().port}`, entry);

  // what is profiled: 10 mounts, or the bench's keystroke sequence (after the same warm-up)
  let runs;
  let act;
  if (what === 'mount') {
    runs = 10;
    for (let i = 0; i < 10; i++) await page.evaluate((size) => window.__bench.mount(size), n);
    act = async () => {
      for (let i = 0; i < runs; i++) {
        await page.evaluate(() => window.__bench.unmount());
        await page.evaluate((size) => window.__bench.mount(size), n);
      }
    };
  } else {
    const steps = keystrokeSequence(112);
    runs = steps.length;
    await page.evaluate((size) => window.__bench.mount(size), n);
    await page.locator('input').first().focus();
    for (const key of [...'networ', ...'networ'].map((ch, i) => (i < 6 ? ch : 'Backspace'))) {
      await page.keyboard.press(key);
      await page.evaluate(() => window.__bench.nextKeystroke());
    }
    act = async () => {
      for (const step of steps) {
        await page.keyboard.press(step.key);
        await page.evaluate(() => window.__bench.nextKeystroke());
      }
    };
  }
  const per = what === 'mount' ? 'mount' : 'keystroke';
  const file = join(outDir, `${pageName}-${what}-${n}${tracing ? '.trace.json' : '.cpuprofile'}`);

  if (tracing) {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'] });
    await act();
    const buffer = await browser.stopTracing();
    writeFileSync(file, buffer);
    const events = JSON.parse(buffer.toString()).traceEvents;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const byName = new Map();
    for (const e of events) {
      if (e.ph !== 'X' || e.pid !== main?.pid || e.tid !== main?.tid) continue;
      const a = byName.get(e.name) ?? { count: 0, wall: 0, cpu: 0 };
      a.count += 1;
      a.wall += e.dur ?? 0;
      a.cpu += e.tdur ?? 0;
      byName.set(e.name, a);
    }
    console.log(`main-thread events of ${pageName} (${n} reasons), per ${per}: count, wall ms, cpu ms (nested events overlap)`);
    for (const [name, a] of [...byName].sort((x, y) => y[1].cpu - x[1].cpu).slice(0, 25)) {
      console.log(`${name.padEnd(50)} ${(a.count / runs).toFixed(1).padStart(7)} ${(a.wall / 1000 / runs).toFixed(2).padStart(8)} ${(a.cpu / 1000 / runs).toFixed(2).padStart(8)}`);
    }
    const forced = byName.get('Blink.ForcedStyleAndLayout.UpdateTime');
    console.log(`\nforced style + layout from script: ${((forced?.count ?? 0) / runs).toFixed(1)} per ${per}, ${((forced?.wall ?? 0) / 1000 / runs).toFixed(2)} ms`);
  } else {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await act();
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    report(profile, runs, per);
  }
  console.log(`\nwrote ${file.replace(`${root}/`, '')}`);
} finally {
  await browser.close();
  server.close();
}

/** Self and inclusive time per function (ms per run), from a V8 CPU profile. */
function report(profile, runs, per) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sampled = new Map();
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const label = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  for (const [id, us] of sampled) {
    const own = label(nodes.get(id).callFrame);
    self.set(own, (self.get(own) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = label(nodes.get(at).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, us]) => `${(us / 1000 / runs).toFixed(2).padStart(8)}  ${name}`);
  console.log(`self time, ms per ${per} ("(program)" is the browser's own work: style, layout, paint, input)`);
  console.log(top(self, 20).join('\n'));
  console.log(`\ninclusive time, ms per ${per}`);
  console.log(top(inclusive, 40).join('\n'));
}
