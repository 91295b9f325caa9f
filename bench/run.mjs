#!/usr/bin/env node
// `npm run bench` (= node bench/run.mjs): delivery latency and outbox drain against the Agent
// Manager simulator, own code size, the react-select baseline in Chromium, and the cold start (a fresh page lazy-loading the panel). Prints a table and
// writes results.json and RESULTS.md to bench/results/ (git-ignored), or with --save to bench/
// (the checked-in report). Everything stays on 127.0.0.1.
//
//   node bench/run.mjs                       every part
//   node bench/run.mjs --only delivery,size  some parts: delivery (= latency + drain), latency, drain, size, baseline, cold
//   node bench/run.mjs --only cold           the cold start alone: a fresh page lazy-loads the panel's chunk (issue 16)
//   node bench/run.mjs --full                no time cap on the keystroke runs (≥ 112 keystrokes at every N; ~6 min)
//   node bench/run.mjs --build               measure a fresh `vite build` of src (into a temp dir) instead of dist/
//   node bench/run.mjs --save                write the checked-in bench/results.json and bench/RESULTS.md
//
// Exits 0 when every part ran, whether or not its goals were met (a missed goal prints MISSED);
// 1 when a part could not run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromiumVersion, runBrowserBench } from './browser.mjs';
import { runColdBench } from './cold.mjs';
import { measureSize, SIZE_GOALS } from './size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
// bench/results.json and bench/RESULTS.md are checked in: only --save rewrites them
const save = process.argv.includes('--save');
const outDir = save ? benchDir : join(benchDir, 'results');
const savedJson = join(benchDir, 'results.json');
const resultsJson = join(outDir, 'results.json');
const resultsMd = join(outDir, 'RESULTS.md');
const shown = (file) => file.slice(root.length + 1);

// ------------------------------------------------------------------ bench pages
//
// Every page is built from bench/pages/<html>, exposes `window.__bench` through
// bench/pages/measure.ts and is measured by the same code (bench/browser.mjs).
// `input(page)` returns the Playwright locator of the search box the keystrokes go to.
const PAGES = [
  {
    name: 'floor',
    html: 'floor.html',
    role: 'calibration', // a bare controlled input: the least keystroke → paint this method can measure
    input: (page) => page.getByLabel('Search reasons'),
    sizes: [0],
    firstRenderSizes: [0],
    renderVariants: [{ open: false }],
    frameLimitedReference: { keystrokeSizes: [0], renderSizes: [0] },
    enabled: true,
  },
  {
    name: 'react-select',
    html: 'react-select.html',
    role: 'baseline',
    input: (page) => page.locator('#bench-select-input'),
    renderVariants: [{ open: false }, { open: true }], // menu closed (react-select's default) and open (the list visible)
    enabled: true,
  },
  // TODO(panel): our WrapUpPanel. Enabled as soon as bench/pages/panel.tsx exists: rename
  // bench/pages/panel.tsx.todo once src/react exports WrapUpProvider/WrapUpPanel. The speed-up
  // rows (react-select ÷ panel, goals ≥ 50× at 10,000 and ≥ 100× at 50,000) then fill in.
  {
    name: 'panel',
    html: 'panel.html',
    role: 'candidate',
    input: (page) => page.getByLabel('Search reasons'),
    // the panel always shows its list; `fresh`: a form object it never rendered (nothing cached per form helps)
    renderVariants: [{ open: false }, { open: false, fresh: true }, { open: false, gc: true }],
    toggle: (page) => page.getByRole('checkbox').first(),
    frameLimitedReference: { keystrokeSizes: [10_000], renderSizes: [500, 10_000] },
    enabled: existsSync(join(benchDir, 'pages', 'panel.tsx')),
  },
];

const sizesFrom = (value, fallback) => (value ? value.split(',').map(Number) : fallback);
const KEYSTROKE_SIZES = sizesFrom(process.env.BENCH_KEYSTROKE_SIZES, [1_000, 10_000, 50_000]);
const FIRST_RENDER_SIZES = sizesFrom(process.env.BENCH_FIRST_RENDER_SIZES, [500, 10_000]);
const SPEEDUP_GOALS = { 10_000: 50, 50_000: 100 };
const FRAME_GOAL_MS = 16.7; // one frame at 60 Hz
const FRAME_GOAL_REASONS = 10_000;
const LATENCY_RATIO_GOAL = 1.5;
// cold start (issue 16): the panel's lazy chunk, React external, everything else included
const COLD_SIZES = sizesFrom(process.env.BENCH_COLD_SIZES, [1_000, 10_000]);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);
const COLD_CHUNK_GOAL_BYTES = 35_000; // gzip
const COLD_EVALUATE_GOAL_MS = 20;
const COLD_MOUNT_GOAL_REASONS = 1_000;
const COLD_MOUNT_GOAL_FRACTION = 1 / 3; // of react-select's cold mount → first paint, same run
const DRAIN_GOAL_MS = 1_000;

// ------------------------------------------------------------------ CLI

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 15).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const onlyArg = argv.find((a) => a.startsWith('--only'));
const onlyValue = onlyArg === '--only' ? argv[argv.indexOf('--only') + 1] : onlyArg?.split('=')[1];
const known = ['delivery', 'latency', 'drain', 'size', 'baseline', 'cold', 'suggest', 'pii'];
const wanted = new Set((onlyValue ?? 'delivery,size,baseline,cold').split(',').map((s) => s.trim()).filter(Boolean));
for (const w of wanted) {
  if (!known.includes(w)) {
    console.error(`bench: unknown part "${w}" in --only; use ${known.join(', ')}.`);
    process.exit(2);
  }
}
if (wanted.has('delivery')) wanted.add('latency').add('drain');
const full = argv.includes('--full');
const fresh = argv.includes('--build');
const keystrokeBudgetMs = full ? 0 : Number(process.env.BENCH_KEYSTROKE_BUDGET_S ?? 40) * 1000;

const log = (...items) => console.error(...items);

// ------------------------------------------------------------------ metrics

/**
 * One row: `value` is the headline number, `values` the rest; `goal` is null for context rows;
 * `status` pass | MISSED | info | pending.
 */
const FIRST_RENDER_GOALS_MS = { 500: 16, 10000: 40 };

function metric({ id, section, name, unit, value, values, goal = null, note }) {
  let status = 'info';
  if (goal) {
    if (value === null || value === undefined || Number.isNaN(value)) status = 'pending';
    else status = compare(value, goal) ? 'pass' : 'MISSED';
  }
  return { id, section, name, unit, value, ...(values ? { values } : {}), goal, status, ...(note ? { note } : {}) };
}
function compare(value, goal) {
  switch (goal.op) {
    case '<=':
      return value <= goal.target;
    case '<':
      return value < goal.target;
    case '>=':
      return value >= goal.target;
    default:
      throw new Error(`unknown goal op ${goal.op}`);
  }
}
const round = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * The latency part runs in two topologies (bench/delivery.ts): the simulator in a process of its
 * own, as the Agent Manager is (the representative one), and in the same process as both clients
 * (where its garbage collections and CPU work land in the clients' samples). Goal rows exist for
 * both; a topology without data (a results.json from before it was measured) shows them pending.
 */
const LATENCY_TOPOLOGIES = [
  ['separateProcess', 'simulator in its own process, as the Agent Manager is'],
  ['inProcess', 'simulator in the same process as the clients'],
];

/**
 * results.json written before the two topologies has `latency` = one in-process run
 * ({ ours, raw, … }): read it as `{ inProcess }`, so its rows are the in-process rows and the
 * separate-process rows are pending. Anything else unrecognised reads as no data.
 */
function latencyByTopology(latency) {
  if (!latency || typeof latency !== 'object') return {};
  if ('inProcess' in latency || 'separateProcess' in latency) return latency;
  if (latency.ours && latency.raw) {
    return { inProcess: { topology: 'inProcess', simulator: 'in the same Node process as both clients', note: 'measured before the separate-process topology existed', ...latency } };
  }
  return {};
}

function deliveryMetrics(latency) {
  const rows = [];
  const byTopology = latencyByTopology(latency);
  for (const [topology, where] of LATENCY_TOPOLOGIES) {
    const data = byTopology[topology];
    const ours = data?.ours;
    const raw = data?.raw;
    for (const [kind, label] of [
      ['recorded', 'emit → simulator records it'],
      ['wire', 'emit → server socket.io decodes the packet'],
    ]) {
      if (ours && raw) {
        rows.push(
          metric({
            id: `delivery.${topology}.${kind}.ours`,
            section: 'delivery',
            name: `${label}, ours = outbox.submit (${where})`,
            unit: 'ms',
            value: ours[kind].p50,
            values: ours[kind],
          }),
          metric({ id: `delivery.${topology}.${kind}.raw`, section: 'delivery', name: `${label}, raw socket.emit (${where})`, unit: 'ms', value: raw[kind].p50, values: raw[kind] }),
        );
      }
      for (const p of ['p50', 'p99']) {
        rows.push(
          metric({
            id: `delivery.${topology}.${kind}.ratio.${p}`,
            section: 'delivery',
            name: `${label}: ours ÷ raw, ${p} (${where})`,
            unit: '×',
            value: ours && raw ? round(ours[kind][p] / raw[kind][p]) : null,
            values: { ours: ours?.[kind][p] ?? null, raw: raw?.[kind][p] ?? null },
            goal: { op: '<=', target: LATENCY_RATIO_GOAL, text: `≤ ${LATENCY_RATIO_GOAL}×` },
          }),
        );
      }
    }
    if (ours && raw) {
      rows.push(
        metric({
          id: `delivery.${topology}.roundTrip`,
          section: 'delivery',
          name: `emit → the Agent Manager's answer at the client, ours and raw (${where})`,
          unit: 'ms',
          value: ours.roundTrip.p50,
          values: { ours: ours.roundTrip, raw: raw.roundTrip },
        }),
      );
    }
  }
  return rows;
}

function drainMetrics(drain) {
  const values = (key) => ({ median: drain.median[key], runs: drain.runs.map((r) => r[key]) });
  return [
    metric({
      id: 'drain.applied',
      section: 'drain',
      name: `${drain.count} wrap-ups queued offline: reconnect → all applied`,
      unit: 'ms',
      value: drain.median.connectedToAllAppliedMs,
      values: values('connectedToAllAppliedMs'),
      goal: { op: '<', target: DRAIN_GOAL_MS, text: `< ${DRAIN_GOAL_MS} ms` },
    }),
    metric({ id: 'drain.sent', section: 'drain', name: `${drain.count} queued: reconnect → all sent (emitted)`, unit: 'ms', value: drain.median.connectedToAllSentMs, values: values('connectedToAllSentMs') }),
    metric({
      id: 'drain.received',
      section: 'drain',
      name: `${drain.count} queued: reconnect → all received by the simulator`,
      unit: 'ms',
      value: drain.median.connectedToAllReceivedMs,
      values: values('connectedToAllReceivedMs'),
    }),
    metric({
      id: 'drain.submitOffline',
      section: 'drain',
      name: `${drain.count} outbox.submit calls while offline (queueing, before the reconnect)`,
      unit: 'ms',
      value: drain.median.submitWhileOfflineMs,
      values: values('submitWhileOfflineMs'),
    }),
  ];
}

function sizeMetrics(size) {
  const styles = (size.styles ?? []).map((c) =>
    metric({
      id: `size.css.${c.file}`,
      section: 'size',
      name: `dist/${c.file} (imported by the app, not by the entry): min + gzip`,
      unit: 'B',
      value: c.gzip,
      values: { min: c.min, gzip: c.gzip, brotli: c.brotli },
    }),
  );
  return [...size.results.map((r) =>
    metric({
      id: `size.${r.entry}.${r.variant}`,
      section: 'size',
      name: `${r.entryLabel}, ${r.variantLabel}: min + gzip`,
      unit: 'B',
      value: r.gzip,
      values: { min: r.min, gzip: r.gzip, brotli: r.brotli },
      goal: SIZE_GOALS[`${r.entry}.${r.variant}`] ? { op: '<=', target: SIZE_GOALS[`${r.entry}.${r.variant}`], text: `≤ ${SIZE_GOALS[`${r.entry}.${r.variant}`] / 1000} kB gzip` } : null,
    }),
  ), ...styles];
}

function baselineMetrics(baseline) {
  const rows = [];
  for (const [name, page] of Object.entries(baseline.pages)) {
    for (const k of page.keystrokes) {
      const what = name === 'floor' ? 'floor (calibration: a bare React controlled input)' : `${name}, ${k.n.toLocaleString('en')} reasons`;
      rows.push(
        metric({
          id: `browser.${name}.keystroke.${k.n}`,
          section: 'baseline',
          name: `${what}: keystroke → next paint (${k.keystrokes} keystrokes${k.truncated ? ', time-capped' : ''})`,
          unit: 'ms',
          value: k.paintMs.p50,
          values: { p50: k.paintMs.p50, p95: k.paintMs.p95, max: k.paintMs.max, scriptP50: k.scriptMs.p50, scriptP95: k.scriptMs.p95, keystrokes: k.keystrokes, mismatches: k.mismatches },
        }),
      );
    }
    for (const f of page.firstRender) {
      const what = name === 'floor' ? 'floor (calibration: a bare React controlled input)' : `${name}, ${f.n.toLocaleString('en')} reasons`;
      const variant =
        name === 'react-select'
          ? f.open
            ? ' (menu open)'
            : ' (menu closed)'
          : f.fresh
            ? ' (a form object never rendered before: normalised and indexed in this mount)'
            : f.gc
              ? ' (each mount right after a forced full garbage collection)'
              : '';
      rows.push(
        metric({
          id: `browser.${name}.firstRender.${f.n}${f.open ? '.open' : ''}${f.fresh ? '.fresh' : ''}${f.gc ? '.gc' : ''}`,
          section: 'baseline',
          name: `${what}: first render, mount → next paint${variant}`,
          unit: 'ms',
          value: f.medianPaintMs,
          values: { median: f.medianPaintMs, min: f.paintMs.min, max: f.paintMs.max, runs: f.runs, commitMedian: f.commitMs.p50 },
          // the issue's goals for our panel: first render ≤ 16 ms at 500 reasons, ≤ 40 ms at 10,000
          goal: name === 'panel' && !f.gc && FIRST_RENDER_GOALS_MS[f.n] ? { op: '<=', target: FIRST_RENDER_GOALS_MS[f.n], text: `≤ ${FIRST_RENDER_GOALS_MS[f.n]} ms` } : null,
        }),
      );
    }
  }
  for (const t of baseline.pages.panel?.toggles ?? []) {
    rows.push(
      metric({
        id: `browser.panel.toggle.${t.n}`,
        section: 'baseline',
        name: `panel, ${t.n.toLocaleString('en')} reasons: toggling a reason, click → next paint (${t.clicks} clicks)`,
        unit: 'ms',
        value: t.paintMs.p50,
        values: { p50: t.paintMs.p50, p95: t.paintMs.p95, max: t.paintMs.max, scriptP50: t.scriptMs.p50, scriptP95: t.scriptMs.p95, clicks: t.clicks, mismatches: t.mismatches },
      }),
    );
  }
  for (const [name, ref] of Object.entries(baseline.frameLimited ?? {})) {
    const what = name === 'floor' ? 'floor' : name;
    for (const k of ref.keystrokes) {
      rows.push(
        metric({
          id: `browser.60hz.${name}.keystroke.${k.n}`,
          section: 'baseline',
          name: `on the 60 Hz frame clock (reference): ${what}${k.n ? `, ${k.n.toLocaleString('en')} reasons` : ''}: keystroke → next paint`,
          unit: 'ms',
          value: k.paintMs.p50,
          values: { p50: k.paintMs.p50, p95: k.paintMs.p95, max: k.paintMs.max, scriptP50: k.scriptMs.p50, scriptP95: k.scriptMs.p95, keystrokes: k.keystrokes, mismatches: k.mismatches },
        }),
      );
    }
    for (const f of ref.firstRender) {
      rows.push(
        metric({
          id: `browser.60hz.${name}.firstRender.${f.n}`,
          section: 'baseline',
          name: `on the 60 Hz frame clock (reference): ${what}${f.n ? `, ${f.n.toLocaleString('en')} reasons` : ''}: first render, mount → next paint`,
          unit: 'ms',
          value: f.medianPaintMs,
          values: { median: f.medianPaintMs, min: f.paintMs.min, max: f.paintMs.max, runs: f.runs, commitMedian: f.commitMs.p50 },
        }),
      );
    }
  }
  // the panel's goals, relative to the react-select baseline measured in the same run
  const base = baseline.pages['react-select'];
  const panel = baseline.pages.panel;
  const floor = baseline.pages.floor?.keystrokes[0];
  // the issue's goal for the panel itself: at 10,000 reasons a keystroke paints within one 60 Hz frame (p95)
  const panelAtFrameGoal = panel?.keystrokes.find((k) => k.n === FRAME_GOAL_REASONS);
  rows.push(
    metric({
      id: `browser.panel.frame.${FRAME_GOAL_REASONS}.p95`,
      section: 'baseline',
      name: `panel, ${FRAME_GOAL_REASONS.toLocaleString('en')} reasons: keystroke → next paint p95 within one frame` + (panel ? '' : ' (panel page TODO)'),
      unit: 'ms',
      value: panelAtFrameGoal?.paintMs.p95 ?? null,
      values: {
        p95: panelAtFrameGoal?.paintMs.p95 ?? null,
        p50: panelAtFrameGoal?.paintMs.p50 ?? null,
        max: panelAtFrameGoal?.paintMs.max ?? null,
        keystrokes: panelAtFrameGoal?.keystrokes ?? null,
        floorP95: floor?.paintMs.p95 ?? null,
      },
      goal: { op: '<=', target: FRAME_GOAL_MS, text: `≤ ${FRAME_GOAL_MS} ms` },
    }),
  );
  for (const [n, factor] of Object.entries(SPEEDUP_GOALS).map(([n, f]) => [Number(n), f])) {
    const b = base?.keystrokes.find((k) => k.n === n);
    const c = panel?.keystrokes.find((k) => k.n === n);
    for (const p of ['p50', 'p95']) {
      const baseValue = b?.paintMs[p];
      rows.push(
        metric({
          id: `browser.speedup.${n}.${p}`,
          section: 'baseline',
          name:
            `panel speed-up over react-select at ${n.toLocaleString('en')} reasons, keystroke → paint ${p}` +
            (c ? '' : ` (panel page TODO: needs ≤ ${round(baseValue / factor, 1)} ms; method floor ${p} ${floor?.paintMs[p] ?? '?'} ms)`),
          unit: '×',
          value: c ? round(baseValue / c.paintMs[p], 1) : null,
          values: { reactSelect: baseValue ?? null, panel: c?.paintMs[p] ?? null, panelNeedsAtMost: round(baseValue / factor, 1), floor: floor?.paintMs[p] ?? null },
          goal: { op: '>=', target: factor, text: `≥ ${factor}×` },
        }),
      );
      if (c) {
        // the same ratio on script time only (no frame wait, style, layout, paint): not floored by the frame rate
        rows.push(
          metric({
            id: `browser.speedup.${n}.script.${p}`,
            section: 'baseline',
            name: `panel speed-up over react-select at ${n.toLocaleString('en')} reasons, script only ${p}`,
            unit: '×',
            value: round(b.scriptMs[p] / c.scriptMs[p], 1),
            values: { reactSelect: b.scriptMs[p], panel: c.scriptMs[p] },
          }),
        );
      }
    }
  }
  const heapRow = panel?.heap;
  rows.push(
    metric({
      id: 'browser.panel.heap',
      section: 'baseline',
      name: heapRow ? `panel heap after ${heapRow.cycles} open/submit/unmount cycles` : 'panel heap after 1,000 open/submit/unmount cycles (TODO: needs the panel page and its cycle())',
      unit: 'MB',
      value: heapRow ? round(heapRow.afterBytes / 1e6) : null,
      values: heapRow ? { beforeMB: round(heapRow.beforeBytes / 1e6), growthMB: round(heapRow.growthBytes / 1e6) } : undefined,
    }),
    metric({
      id: 'browser.panel.heapGrowth',
      section: 'baseline',
      name: `panel heap growth over ${heapRow?.cycles ?? 1000} open/submit/unmount cycles (after 50 warm-up cycles, GC before and after)`,
      unit: 'MB',
      value: heapRow ? round(heapRow.growthBytes / 1e6) : null,
      goal: { op: '<', target: 1, text: '< 1 MB' },
    }),
  );
  return rows.map((r) => (r.id === 'browser.panel.heap' && !heapRow ? { ...r, status: 'pending' } : r));
}

/**
 * Cold start rows: per kind and size, the phases of a first mount in a fresh page (median over the
 * fresh pages, with min and max), the chunk's bytes, and the issue's goals.
 */
/** The personal-data corpus (bench/pii.mjs --json, in a process of its own). */
function runPii() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(benchDir, 'pii.mjs'), '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench/pii.mjs exited with ${code}`))));
  });
}
function piiMetrics(pii) {
  const pct = (x) => round(x * 100, 1);
  const rows = [];
  // the first corpus is the sealed one (its languages too); the others were tuned on
  const [first, ...others] = Object.entries(pii.corpora);
  const sets = [
    [`${first[0]}`, `${first[1].name}, all notes`, first[1]],
    ...Object.entries(first[1].perLanguage).map(([lang, r]) => [`${first[0]}-${lang}`, `${first[1].name}, ${lang}`, r]),
    ...others.map(([key, c]) => [key, `${c.name}, all notes`, c]),
  ];
  for (const [id, label, r] of sets) {
    rows.push(
      metric({ id: `pii.${id}.recall`, section: 'pii', name: `personal-data check, ${label}: recall`, unit: '%', value: pct(r.recall), goal: { op: '>=', target: 95, text: '≥ 95 %' } }),
      metric({ id: `pii.${id}.falseAlarms`, section: 'pii', name: `personal-data check, ${label}: false alarms`, unit: '%', value: pct(r.falseAlarms), goal: { op: '<=', target: 5, text: '≤ 5 %' } }),
    );
  }
  const t = pii.timeMs;
  rows.push(metric({ id: 'pii.time.note', section: 'pii', name: 'personal-data check: time per note (p50, p95)', unit: 'ms', value: round(t.perNote.p50, 4), values: { p95: round(t.perNote.p95, 4) } }));
  for (const [i, [shape, time]] of Object.entries(t.long ?? {}).entries()) {
    rows.push(metric({ id: `pii.time.long.${i}`, section: 'pii', name: `personal-data check: ${shape} (p50, p95)`, unit: 'ms', value: round(time.p50, 2), values: { p95: round(time.p95, 2), max: round(time.max, 2) } }));
  }
  return rows;
}

function coldMetrics(cold) {
  const rows = [];
  const label = (r) => (r.kind === 'floor' ? 'floor (a bare React input in a lazy chunk)' : `${r.kind}, ${r.n.toLocaleString('en')} reasons`);
  const spread = (s) => ({ median: s.p50, min: s.min, max: s.max, p95: s.p95 });
  for (const r of cold.results) {
    const id = `cold.${r.kind}${r.kind === 'floor' ? '' : `.${r.n}`}`;
    rows.push(
      metric({
        id: `${id}.fetchEvaluate`,
        section: 'cold',
        name: `cold start, ${label(r)}: chunk fetch + evaluate (import() → resolved)`,
        unit: 'ms',
        value: r.fetchEvaluateMs.p50,
        values: { ...spread(r.fetchEvaluateMs), fetch: r.fetchMs.p50, evaluate: r.evaluateMs.p50, runs: r.runs },
      }),
      metric({
        id: `${id}.mount`,
        section: 'cold',
        name: `cold start, ${label(r)}: mount → first paint showing it (render + paint)`,
        unit: 'ms',
        value: r.mountMs.p50,
        values: { ...spread(r.mountMs), render: r.renderMs.p50, paint: r.paintMs.p50, runs: r.runs },
      }),
      metric({
        id: `${id}.total`,
        section: 'cold',
        name: `cold start, ${label(r)}: import() → first paint showing it`,
        unit: 'ms',
        value: r.totalMs.p50,
        values: { ...spread(r.totalMs), runs: r.runs },
      }),
    );
  }
  const byKind = (kind) => cold.results.filter((r) => r.kind === kind);
  for (const kind of ['floor', 'panel', 'react-select']) {
    const r = byKind(kind)[0];
    if (!r) continue;
    rows.push(
      metric({
        id: `cold.${kind}.chunk`,
        section: 'cold',
        name: `cold start, ${kind}: the lazy chunk's files (production vite build; React in the page, not in the chunk): min + gzip`,
        unit: 'B',
        value: r.chunk.gzip,
        values: { min: r.chunk.min, gzip: r.chunk.gzip, files: r.chunk.files.map((f) => f.name) },
        goal: kind === 'panel' ? { op: '<=', target: COLD_CHUNK_GOAL_BYTES, text: `≤ ${COLD_CHUNK_GOAL_BYTES / 1000} kB gzip` } : null,
      }),
    );
  }
  const panels = byKind('panel');
  if (panels.length) {
    // evaluation does not depend on the number of reasons: the median over every panel sample's median
    const evaluate = Math.max(...panels.map((r) => r.evaluateMs.p50));
    rows.push(
      metric({
        id: 'cold.panel.evaluate',
        section: 'cold',
        name: "cold start, panel: the chunk's evaluation (its files received → import() resolved; the slower median of the sizes)",
        unit: 'ms',
        value: evaluate,
        values: Object.fromEntries(panels.map((r) => [r.n, { median: r.evaluateMs.p50, min: r.evaluateMs.min, max: r.evaluateMs.max }])),
        goal: { op: '<=', target: COLD_EVALUATE_GOAL_MS, text: `≤ ${COLD_EVALUATE_GOAL_MS} ms` },
      }),
    );
  }
  const panel = panels.find((r) => r.n === COLD_MOUNT_GOAL_REASONS);
  const select = byKind('react-select').find((r) => r.n === COLD_MOUNT_GOAL_REASONS);
  if (panel && select) {
    const target = round(select.mountMs.p50 * COLD_MOUNT_GOAL_FRACTION, 1);
    rows.push(
      metric({
        id: `cold.panel.mountVsReactSelect.${COLD_MOUNT_GOAL_REASONS}`,
        section: 'cold',
        name: `cold start at ${COLD_MOUNT_GOAL_REASONS.toLocaleString('en')} reasons: panel mount → first paint, against a third of react-select's (same run)`,
        unit: 'ms',
        value: panel.mountMs.p50,
        values: { panel: panel.mountMs.p50, reactSelect: select.mountMs.p50, ratio: round(panel.mountMs.p50 / select.mountMs.p50), floor: byKind('floor')[0]?.mountMs.p50 ?? null },
        goal: { op: '<=', target, text: `≤ ⅓ of react-select's = ${target} ms` },
      }),
    );
  }
  return rows;
}

// ------------------------------------------------------------------ parts

async function runDelivery(parts) {
  const out = join(mkdtempSync(join(tmpdir(), 'agent-desk-wrapup-bench-')), 'delivery.json');
  const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const [cmd, args] = existsSync(tsxCli) ? [process.execPath, [tsxCli]] : ['npx', ['tsx']];
  await new Promise((resolve, reject) => {
    const child = spawn(cmd, [...args, join('bench', 'delivery.ts'), '--out', out, '--parts', parts.join(',')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`bench/delivery.ts exited with ${code ?? signal}`))));
  });
  const result = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dirname(out), { recursive: true, force: true });
  return result;
}

async function runSize() {
  if (!fresh) return measureSize({ root, log });
  const dir = mkdtempSync(join(tmpdir(), 'agent-desk-wrapup-dist-'));
  try {
    log(`size: --build: vite build into ${dir}`);
    await new Promise((resolve, reject) => {
      const child = spawn('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
    });
    return { ...(await measureSize({ root, log, distDir: dir })), distDir: 'fresh build of src (temp dir)' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runBaseline() {
  const pages = PAGES.filter((p) => p.enabled);
  const skipped = PAGES.filter((p) => !p.enabled).map((p) => p.name);
  if (skipped.length) log(`baseline: not built yet: ${skipped.join(', ')} (see the TODO(panel) note in bench/run.mjs)`);
  const result = await runBrowserBench({
    root,
    log,
    pages,
    sizes: KEYSTROKE_SIZES,
    firstRenderSizes: FIRST_RENDER_SIZES,
    firstRenderRuns: Number(process.env.BENCH_FIRST_RENDER_RUNS ?? 21),
    minKeystrokes: Number(process.env.BENCH_KEYSTROKES ?? 100),
    budgetMs: keystrokeBudgetMs,
    heapCycles: 1_000,
  });
  return { ...result, mode: full ? 'full' : `time-capped (${keystrokeBudgetMs / 1000} s per size, whole words)`, skippedPages: skipped };
}

// ------------------------------------------------------------------ main

const started = performance.now();
const loadAtStart = loadavg().map((x) => round(x));
if (loadAtStart[0] > cpus().length * 0.75) {
  log(`bench: WARNING load average ${loadAtStart.join(' ')} on ${cpus().length} cores: other work competes for the CPU, numbers will be noisy`);
}
// parts not run keep their last numbers: from this folder's last run, else the checked-in ones
const previousFile = [resultsJson, savedJson].find((f) => existsSync(f));
const previous = previousFile ? JSON.parse(readFileSync(previousFile, 'utf8')) : { sections: {} };
const sections = { ...previous.sections };

// Rows are a function of a section's data (and the goals above), so a section kept from an earlier
// run (its part not re-run now) is shown with today's rows: new rows and goals appear, and older
// data shapes are read as the metric functions describe (latencyByTopology). If that fails, the
// stored rows stay as they were.
const toMetricsBySection = { delivery: deliveryMetrics, drain: drainMetrics, size: sizeMetrics, baseline: baselineMetrics, cold: coldMetrics };
for (const [name, section] of Object.entries(sections)) {
  if (!section?.data || !toMetricsBySection[name]) continue;
  try {
    const data = name === 'delivery' && Object.keys(latencyByTopology(section.data)).length ? latencyByTopology(section.data) : section.data;
    sections[name] = { ...section, data, metrics: toMetricsBySection[name](data) };
  } catch (error) {
    log(`bench: kept the stored ${name} rows (could not derive them from its data: ${error?.message ?? error})`);
  }
}
const failures = [];
const now = () => new Date().toISOString();

/** A part that could not run keeps its previous numbers (with their date) and says why it failed now. */
function failed(previousSection, error) {
  const lastError = { at: now(), message: String(error?.message ?? error) };
  return previousSection?.metrics?.length ? { ...previousSection, lastError } : { measuredAt: lastError.at, error: lastError.message, metrics: [] };
}

const load = () => loadavg().map((x) => round(x));

async function part(name, fn, toMetrics) {
  const t = performance.now();
  const atStart = load();
  try {
    const data = await fn();
    sections[name] = { measuredAt: now(), seconds: round((performance.now() - t) / 1000, 1), loadAverage: { atStart, atEnd: load() }, data, metrics: toMetrics(data) };
  } catch (error) {
    failures.push(name);
    log(`bench: ${name} failed: ${error?.stack ?? error}`);
    sections[name] = failed(sections[name], error);
  }
}

const deliveryParts = ['latency', 'drain'].filter((p) => wanted.has(p));
if (deliveryParts.length) {
  const t = performance.now();
  const atStart = load();
  try {
    const delivery = await runDelivery(deliveryParts);
    const seconds = round((performance.now() - t) / 1000, 1);
    const loadAverage = { atStart, atEnd: load() };
    if (delivery.latency) sections.delivery = { measuredAt: now(), seconds, loadAverage, data: delivery.latency, metrics: deliveryMetrics(delivery.latency) };
    if (delivery.drain) sections.drain = { measuredAt: now(), seconds, loadAverage, data: delivery.drain, metrics: drainMetrics(delivery.drain) };
  } catch (error) {
    failures.push(...deliveryParts);
    log(`bench: delivery failed: ${error?.stack ?? error}`);
    for (const p of deliveryParts) {
      const name = p === 'latency' ? 'delivery' : 'drain';
      sections[name] = failed(sections[name], error);
    }
  }
}
if (wanted.has('size')) await part('size', runSize, sizeMetrics);
if (wanted.has('baseline')) await part('baseline', runBaseline, baselineMetrics);
if (wanted.has('cold')) await part('cold', () => runColdBench({ root, log, sizes: COLD_SIZES, runs: COLD_RUNS }), coldMetrics);
// the reason suggester (issue 15; details in bench/suggest/RESULTS.md) and the personal-data check (issue 14; bench/pii/RESULTS.md)
if (wanted.has('suggest')) await part('suggest', () => import('./suggest.mjs').then((m) => m.suggestPart({ log })), (data) => data.metrics.map((m) => ({ ...m, section: 'suggest' })));
if (wanted.has('pii')) await part('pii', runPii, piiMetrics);

const chromium = sections.baseline?.data?.chromium ?? sections.cold?.data?.chromium ?? (await chromiumVersion().catch(() => previous.machine?.chromium ?? 'unknown'));
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: round(totalmem() / 2 ** 30, 1),
  os: `${osType()} ${release()}`,
  node: process.version,
  chromium,
  date: now(),
  loadAverage: { atStart: loadAtStart, atEnd: loadavg().map((x) => round(x)) },
};
const order = ['delivery', 'drain', 'size', 'baseline', 'cold', 'suggest', 'pii'];
const metrics = order.flatMap((s) => sections[s]?.metrics ?? []);
const results = { package: 'agent-desk-wrapup', machine, sections, metrics };
mkdirSync(outDir, { recursive: true });
writeFileSync(resultsJson, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(resultsMd, renderMarkdown(results));

// ------------------------------------------------------------------ output

printTable(metrics);
const missed = metrics.filter((m) => m.status === 'MISSED');
console.log(
  `\n${metrics.filter((m) => m.status === 'pass').length} goals met, ${missed.length} MISSED, ${metrics.filter((m) => m.status === 'pending').length} pending` +
    ` · ${round((performance.now() - started) / 1000, 1)} s · ${shown(resultsJson)}, ${shown(resultsMd)}${save ? '' : ' (--save to update the checked-in report)'}`,
);
for (const m of missed) console.log(`MISSED: ${m.name}: ${formatValue(m)} (goal ${m.goal.text})`);
if (failures.length) console.log(`bench: could not run: ${failures.join(', ')}`);
process.exit(failures.length ? 1 : 0);

// ------------------------------------------------------------------ formatting

function formatNumber(x) {
  if (x === null || x === undefined) return '–';
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString('en');
  if (Math.abs(x) >= 10) return String(round(x, 1));
  return String(round(x, 2));
}

function formatValue(m) {
  const v = m.values ?? {};
  if (m.value === null || m.value === undefined) return m.status === 'pending' ? 'not measured yet' : '–';
  if (m.id === 'cold.panel.evaluate') return `${formatNumber(m.value)} ms (${Object.entries(v).map(([n, s]) => `${Number(n).toLocaleString('en')}: ${formatNumber(s.median)}, ${formatNumber(s.min)}–${formatNumber(s.max)}`).join('; ')})`;
  if (m.id.startsWith('cold.panel.mountVsReactSelect')) return `${formatNumber(v.panel)} ms vs react-select ${formatNumber(v.reactSelect)} ms (${formatNumber(v.ratio)}×; floor ${formatNumber(v.floor)} ms)`;
  if (m.id.startsWith('cold.') && m.unit === 'B') return `${(v.gzip / 1000).toFixed(2)} kB gzip · ${(v.min / 1000).toFixed(2)} kB min (${v.files.length} files)`;
  if (m.id.startsWith('cold.')) {
    const parts = 'fetch' in v ? ` · fetch ${formatNumber(v.fetch)} + evaluate ${formatNumber(v.evaluate)}` : 'render' in v ? ` · render ${formatNumber(v.render)} + paint ${formatNumber(v.paint)}` : '';
    return `${formatNumber(v.median)} ms (${formatNumber(v.min)}–${formatNumber(v.max)}, ${v.runs} fresh pages)${parts}`;
  }
  if (m.unit === 'B') return `${(v.gzip / 1000).toFixed(2)} kB gzip · ${(v.brotli / 1000).toFixed(2)} kB br · ${(v.min / 1000).toFixed(2)} kB min`;
  if (m.id.startsWith('delivery.') && m.unit === 'ms' && 'p99' in v) return `p50 ${formatNumber(v.p50)} · p95 ${formatNumber(v.p95)} · p99 ${formatNumber(v.p99)} ms`;
  if (/^delivery\.(\w+\.)?roundTrip$/.test(m.id)) return `p50 ours ${formatNumber(v.ours.p50)} / raw ${formatNumber(v.raw.p50)} · p99 ${formatNumber(v.ours.p99)} / ${formatNumber(v.raw.p99)} ms`;
  if (m.unit === '×' && m.id.startsWith('delivery.')) return `${formatNumber(m.value)}× (${formatNumber(v.ours)} / ${formatNumber(v.raw)} ms)`;
  if (m.unit === '×') return `${formatNumber(m.value)}× (${formatNumber(v.reactSelect)} / ${formatNumber(v.panel)} ms)`;
  if (m.id.startsWith('drain.')) return `${formatNumber(m.value)} ms (runs ${v.runs.map(formatNumber).join(', ')})`;
  if (m.id.startsWith('browser.panel.frame.')) return `p95 ${formatNumber(v.p95)} ms (p50 ${formatNumber(v.p50)}, max ${formatNumber(v.max)}, ${v.keystrokes} keystrokes; method floor p95 ${formatNumber(v.floorP95)} ms)`;
  if (m.id.includes('.toggle.')) return `p50 ${formatNumber(v.p50)} · p95 ${formatNumber(v.p95)} ms (script p50 ${formatNumber(v.scriptP50)})`;
  if (m.id.includes('.keystroke.')) return `p50 ${formatNumber(v.p50)} · p95 ${formatNumber(v.p95)} ms (script p50 ${formatNumber(v.scriptP50)})`;
  if (m.id.includes('.firstRender.')) return `${formatNumber(v.median)} ms (min ${formatNumber(v.min)}, max ${formatNumber(v.max)}, ${v.runs} runs)`;
  return `${formatNumber(m.value)} ${m.unit}`;
}

function statusText(m) {
  return m.status === 'pass' ? 'pass' : m.status === 'MISSED' ? 'MISSED' : m.status === 'pending' ? 'pending' : '';
}

function printTable(rows) {
  const table = rows.map((m) => [m.name, formatValue(m), m.goal?.text ?? '', statusText(m)]);
  const head = ['metric', 'value', 'goal', 'status'];
  const widths = head.map((h, i) => Math.min(i === 0 ? 120 : 200, Math.max(h.length, ...table.map((r) => r[i].length))));
  const line = (cells) => cells.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  let section;
  for (const [i, r] of table.entries()) {
    if (rows[i].section !== section) {
      section = rows[i].section;
      if (i > 0) console.log('');
    }
    console.log(line(r));
  }
}

function renderMarkdown({ machine, sections: s, metrics: rows }) {
  const md = [];
  const esc = (t) => String(t).replace(/\|/g, '\\|');
  md.push('# Benchmarks', '');
  md.push(
    'Generated by `npm run bench` (`node bench/run.mjs`); the raw numbers are in [`results.json`](./results.json). ' +
      'Regenerate after a change; `--only delivery,size,baseline` re-runs some parts and keeps the others.',
    '',
  );
  md.push('## Machine', '');
  md.push(`- CPU: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB RAM, ${machine.os}`);
  md.push(`- Node ${machine.node}, Chromium ${machine.chromium} (headless, \`${'/usr/bin/chromium'}\`)`);
  md.push(`- Date: ${machine.date}`);
  if (machine.loadAverage) {
    md.push(`- Load average (1/5/15 min) of the last run: at start ${machine.loadAverage.atStart.join(' / ')}, at end ${machine.loadAverage.atEnd.join(' / ')} (${machine.cores} cores: above ~${machine.cores} means other work was competing); per part below`);
  }
  for (const name of order) {
    if (!s[name]) continue;
    const problem = s[name].error ? ` — FAILED: ${s[name].error}` : s[name].lastError ? ` (the run of ${s[name].lastError.at} failed: ${s[name].lastError.message})` : '';
    const la = s[name].loadAverage;
    md.push(`- \`${name}\` measured ${s[name].measuredAt}${la ? `, load average ${la.atStart[0]} → ${la.atEnd[0]}` : ''}${problem}`);
  }
  md.push('');
  md.push('## Results', '');
  md.push('| metric | value | goal | status |', '| --- | --- | --- | --- |');
  for (const m of rows) md.push(`| ${esc(m.name)} | ${esc(formatValue(m))} | ${esc(m.goal?.text ?? '')} | ${m.status === 'MISSED' ? '**MISSED**' : statusText(m)} |`);
  md.push('');

  const baseline = s.baseline?.data;
  if (baseline) {
    md.push('### Keystroke → next paint, per page and size', '');
    md.push(`Mode: ${baseline.mode}. Query sequence: ${baseline.sequence.keystrokes} keystrokes planned per size.`, '');
    md.push('| page | reasons | keystrokes | paint p50 | paint p95 | paint max | script p50 | script p95 | value checks failed | wall |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, page] of Object.entries(baseline.pages)) {
      for (const k of page.keystrokes) {
        md.push(
          `| ${name} | ${k.n.toLocaleString('en')} | ${k.keystrokes}${k.truncated ? ` of ${k.planned} (time cap)` : ''} | ${formatNumber(k.paintMs.p50)} ms | ${formatNumber(k.paintMs.p95)} ms | ${formatNumber(k.paintMs.max)} ms | ${formatNumber(k.scriptMs.p50)} ms | ${formatNumber(k.scriptMs.p95)} ms | ${k.mismatches} | ${Math.round(k.wallMs / 1000)} s |`,
        );
      }
    }
    md.push('');
  }
  const drain = s.drain?.data;
  if (drain) {
    md.push('### Outbox drain runs', '');
    md.push('| run | submit offline | server up → connected | connected → all sent | → all received | → all applied | transport at connect |', '| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const [i, r] of drain.runs.entries()) {
      md.push(`| ${i + 1} | ${formatNumber(r.submitWhileOfflineMs)} ms | ${formatNumber(r.serverUpToConnectedMs)} ms | ${formatNumber(r.connectedToAllSentMs)} ms | ${formatNumber(r.connectedToAllReceivedMs)} ms | ${formatNumber(r.connectedToAllAppliedMs)} ms | ${r.engineTransportAtConnect} |`);
    }
    md.push('');
  }
  const size = s.size?.data;
  if (size) {
    md.push('### Size detail', '');
    md.push(`Measured: \`${size.distDir.startsWith('/') ? size.distDir.replace(root + '/', '') : size.distDir}\`, built ${size.distBuiltAt}${size.stale ? ` — **older than src** (newest src file ${size.newestSrcAt}); run with \`--build\` to measure current src` : ''}.`, '');
    md.push('| entry | variant | min | gzip | brotli | external imports | bundled packages (min bytes) |', '| --- | --- | ---: | ---: | ---: | --- | --- |');
    for (const r of size.results) {
      const pk = Object.entries(r.byPackage).map(([k, v]) => `${k} ${v}`).join(', ');
      md.push(`| ${r.entryLabel} | ${r.variantLabel} | ${r.min} B | ${r.gzip} B | ${r.brotli} B | ${r.externalImports.join(', ') || '–'} | ${pk} |`);
    }
    md.push('');
  }

  const cold = s.cold?.data;
  if (cold) {
    md.push('### Cold start, per phase', '');
    md.push(`Each row: median over ${cold.runs} fresh pages (a new browser context each), min–max in brackets; ms.`, '');
    md.push('| chunk | reasons | fetch | evaluate | render | paint | mount → first paint | import() → first paint | chunk gzip |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const cell = (x) => `${formatNumber(x.p50)} (${formatNumber(x.min)}–${formatNumber(x.max)})`;
    for (const r of cold.results) {
      md.push(`| ${r.kind} | ${r.kind === 'floor' ? '–' : r.n.toLocaleString('en')} | ${cell(r.fetchMs)} | ${cell(r.evaluateMs)} | ${cell(r.renderMs)} | ${cell(r.paintMs)} | ${cell(r.mountMs)} | ${cell(r.totalMs)} | ${(r.chunk.gzip / 1000).toFixed(1)} kB |`);
    }
    md.push('');
  }

  const latencyData = latencyByTopology(s.delivery?.data);
  const latencyRun = latencyData.separateProcess ?? latencyData.inProcess;
  const latencyCounts = { emits: latencyRun?.emits ?? 2000, warmup: latencyRun?.warmup ?? 200 };
  md.push('## Method', '');
  md.push(
    '- **Delivery latency** (`bench/delivery.ts`, run with tsx), measured in two topologies in one run, one after the other, with the same client code, payloads, interleaving, warm-up and counts; every socket is on 127.0.0.1. ' +
      '"Ours" is `createSocketIoTransport({ url, agent: SIMULATOR_AGENT })` + `createOutbox({ storage: createMemoryStorage() })`, timed from just before `outbox.submit(payload)`; ' +
      '"raw" is a socket.io-client socket with the same options (another agent id, so each client only gets its own answers), timed from just before `socket.emit(\'closeWrapup\', payload)`. ' +
      `Each payload is built with \`buildCloseWrapup\` before its clock starts, each with its own conversationId. One wrap-up in flight at a time; ours and raw alternate (order flipped every pair), ${latencyCounts.warmup.toLocaleString('en')} warm-up pairs dropped, then ${latencyCounts.emits.toLocaleString('en')} of each. ` +
      'Receipt = when the simulator records the request (a hook on `sim.received.push`, i.e. after its schema validation); the "wire" rows use the moment server-side socket.io decodes the packet (a hook on `Socket.prototype.onevent`), before the simulator\'s handler — the stricter view of our overhead. ' +
      '"Answer at the client" runs to the outcome `applied` (ours) or the `topicUnsubscription` event (raw). ' +
      'Both sockets use socket.io\'s default transports and are measured after the upgrade to websocket. Percentiles are nearest-rank. The simulator is `startAgentManagerSimulator({ conversations: 0, wrapUpSeconds: 86400 })` in both topologies:',
  );
  md.push(
    '  - **simulator in its own process, as the Agent Manager is** (the representative rows): the simulator runs in a child process (`bench/simulator-process.ts`, started with `child_process.fork` and `--import tsx`, killed when the part ends or fails), the two clients in their own fresh process (`bench/delivery.ts --separate-process-clients`), so they start from the same state and the same warm-up as in the in-process run rather than after its sends (run after them in the same process, ours ÷ raw came out ~0.1 lower at p50). ' +
      'Times are `process.hrtime.bigint()` in both processes (CLOCK_MONOTONIC on Linux: one clock across processes): the clock before the emit in the clients\' process, the receipt in the simulator\'s, which keeps its receipt times until the last sample and only then sends them over IPC, so no IPC runs during the samples. ' +
      'A desk talks to an Agent Manager that is another server: its parsing, validation, logging and garbage collection do not run on the desk\'s thread, and here they do not run on the clients\' thread either. ' +
      'Each hop now wakes another process, which adds ~0.1 ms to both sides: absolute times are higher than in-process, and a constant added to both sides makes the same overhead a slightly smaller ratio.',
  );
  md.push(
    '  - **simulator in the same process as the clients** (the method of earlier runs, kept for comparison): the simulator and both clients share one Node process; times are `performance.now()`. ' +
      'The simulator\'s own allocations (validating each payload, its `received` log that keeps every payload) trigger young-generation collections (1–4 ms) that land in whichever client\'s sample is running, and its CPU work runs on the clients\' thread; the outbox allocates more per wrap-up than a raw emit, so more of those pauses fall into its samples, mostly visible at p99.',
  );
  md.push(
    `- **Outbox drain**: a transport pointed at a free 127.0.0.1 port where nothing listens yet (backoff 50–100 ms), an outbox over memory storage, ${drain?.count ?? 1000} wrap-ups submitted after the first failed connect; then the simulator is started on that port (in the bench's own process). ` +
      'Times run from the transport\'s `connected` state (a listener registered before the outbox\'s own, so before its resend burst) to the last `sent` change of the outbox (emitted), to the last closeWrapup decoded by the server, and to the last outcome `applied`. ' +
      'The reconnect uses socket.io\'s default transports (long-polling, upgraded to websocket); the table shows the one in use when `connected` fired. Median of 3 runs. "submit offline" is the time of the 1,000 `submit` calls themselves (the queueing, before the reconnect).',
  );
  md.push(
    '- **Size** (`bench/size.mjs`): imports from `dist/index.js` and `dist/core.js` (from `vite build`) bundled by esbuild (`bundle, minify, format: esm, platform: browser, target: es2022`); "own code" keeps every `dependencies` and `peerDependencies` package external (with subpaths); "all included but React" (issue 16) keeps only React external (and socket.io-client where the desk\'s code path never loads it): what a desk really adds for those imports. ' +
      'gzip = zlib level 9, brotli = quality 11; kB = 1,000 bytes (as size-limit).',
  );
  md.push(
    '- **react-select baseline** (`bench/pages/react-select.tsx`, built with the vite build API and `@vitejs/plugin-react` in production mode into a temp dir, served by a tiny static server on 127.0.0.1, headless Chromium through playwright-core, requests to anything but 127.0.0.1 aborted): ' +
      'react-select 5 `isMulti`, options grouped by category, labels "Category › Reason" from `largeWrapUpForm(n)`. ' +
      'Keystrokes: `page.keyboard.press` per key, into the focused input (menu closed at the start; typing opens it); per word 5 letters, 2 backspaces, 3 letters, then backspace to empty (16 keystrokes a word, 8 words cycling). ' +
      'In the page (`bench/pages/measure.ts`): `performance.now()` in a capture `keydown` listener, then `requestAnimationFrame` + a `MessageChannel` message from inside it = next paint (`paint`); `script` = a bubble-phase `input` listener on `window`, which runs after React rendered and committed the update. ' +
      'The input\'s value is read in the frame callback and checked against the expected query ("value checks failed"). One keystroke at a time: the next key is pressed after the previous one painted. A warm-up word ("networ" typed and erased, 12 keystrokes) goes first on every page, not timed. ' +
      'Chromium runs with `--disable-frame-rate-limit`: a frame is produced as soon as one is needed, not on the 60 Hz clock, so "paint" is the work (script, style, layout, paint) and not also a 0–16.7 ms wait for the next tick that no page controls. ' +
      'The `floor` page (a bare React controlled input, same sequence) still measures what the method costs (Playwright\'s key events, the editor, one frame): no page can measure below it. ' +
      'The rows "on the 60 Hz frame clock (reference)" repeat the floor and the panel on Chromium\'s default clock: there every number also holds the wait for the next tick, which is why a bare input needs 11–12 ms p50 and ~20 ms p95 there. ' +
      `Without \`--full\`, a size stops after the word during which ${keystrokeBudgetMs / 1000 || 40} s elapsed (whole words, so the query mix stays the same) to keep the run near 4 minutes. ` +
      'First render: `root.render` → commit (a `useLayoutEffect` around the component) → next paint; 10 discarded warm-up mounts at each size, then per case 3 more and 21 measured mounts, median reported (min and max shown). ' +
      'Earlier versions forced a full garbage collection (CDP) before every mount; that made every mount partly cold (the panel measured 30–50 ms at 500 reasons that way, the bare input 6 ms instead of 5) in a way a desk that opens the panel dozens of times a shift never is, so the panel\'s row "right after a forced full garbage collection" keeps that view, without a goal. ' +
      'The panel is mounted with its own `WrapUpProvider` (so a new QueryClient) every time; with the same form object each time (what a desk does: the form is loaded once, a panel mounts per conversation), and once more with a form object never rendered before (`fresh`: normalising, validating and indexing it are part of that mount).',
  );
  md.push(
    '- **Toggling a reason** (panel): Playwright clicks the first reason\'s checkbox, on and off, 60 times at 500 and at 10,000 reasons; click → next paint from a capture `click` listener on `window` (same frame probe as the keystrokes), `script` from a bubble-phase `click` listener; the checkbox\'s state is read in the frame and checked.',
  );
  md.push(
    '- **Panel goals**: speed-up = react-select ÷ panel, keystroke → next paint at the same percentile, same run and sequence (plus the same ratio on script time, for context). ' +
      `"Within one frame": the panel's keystroke → next paint p95 at ${FRAME_GOAL_REASONS.toLocaleString('en')} reasons (the keystroke row above, without the frame-rate limit, so no wait for a tick is included) against ${FRAME_GOAL_MS} ms, one 60 Hz frame; the floor's p95 is shown beside it, as no page measures below it. ` +
      'Heap after 1,000 open/submit/unmount cycles (`cycle()` in `bench/pages/panel.tsx`): 50 warm-up cycles, CDP garbage collection, `Runtime.getHeapUsage`, 1,000 cycles, collection, usage again.',
  );
  md.push(
    '- **Cold start** (`bench/cold.mjs`, `bench/pages/cold.*`): the first panel of a shift. A page that already runs React (as a desk does) lazy-loads one chunk with `import()` and mounts it once: ' +
      '`cold-panel` (WrapUpProvider + WrapUpPanel + createMemoryTransport, the package from its entries, as a desk imports it), `cold-react-select` (react-select 5, `isMulti`, grouped, menu open so its reasons show, as the panel\'s do) and `cold-floor` (a bare React input). ' +
      'One production vite build (minified) of the page; React is in the page\'s own chunk, everything else (zod, react-hook-form, @tanstack/react-query, react-virtual) in the lazy chunk. ' +
      'Every sample is a new browser context (no HTTP cache, no code cache, no module evaluated), cases in rotated order each round. The form (`largeWrapUpForm(n)`, the same JSON for all) is injected before the clock starts; the panel normalises and indexes it in its mount, react-select\'s options are built before its mount (not timed). ' +
      'fetch = `import()` → the last chunk file received (Resource Timing `responseEnd`); evaluate = that → `import()` resolved (parse, compile, top-level code); render = `root.render` → commit (a layout effect around the tree); paint = commit → the first frame (rAF, then a message) that shows the reasons (a reason checkbox in the panel, an option of react-select\'s open menu, the floor\'s input). ' +
      'The floor is what the method costs for any chunk (a fresh page\'s first request and first frame).',
  );
  md.push('');
  return `${md.join('\n')}\n`;
}
