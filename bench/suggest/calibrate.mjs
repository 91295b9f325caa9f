#!/usr/bin/env node
// Fits the suggester's score calibration σ(a·R + b·margin + c) by logistic regression, on the
// TRAIN split of bench/suggest/eval.json only (the test split stays unseen):
//   cold: every train chat, no learning;
//   warm: two folds of the train split (learn on one half, score the other, and the reverse).
// For each chat the first 5 candidates are features (R = relevance, margin = R minus the best other
// R); the label is whether the candidate is one of the chat's right reasons. Prints the constants
// to put in DEFAULT_CALIBRATION (src/core/suggest/suggester.ts) and the calibration table.
//
//   node bench/suggest/calibrate.mjs [path/to/eval.json]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { createReasonSuggester } = await tsImport(pathToFileURL(join(root, 'src/core/suggest/index.ts')).href, import.meta.url);
const { realisticWrapUpForm } = await tsImport(pathToFileURL(join(root, 'src/simulator/forms.ts')).href, import.meta.url);
const data = JSON.parse(readFileSync(process.argv[2] ?? join(root, 'bench/suggest/eval.json'), 'utf8'));
const train = data.filter((d) => d.split === 'train');
const form = realisticWrapUpForm();
const key = (r) => `${r.categoryName} › ${r.value}`;
const logit = (p) => Math.log(p / (1 - p));

/** R and margin of each candidate, read back through two calibrations (σ(R) and σ(margin)). */
function features(learnOn, scoreOn) {
  const byR = createReasonSuggester(form, { minScore: 0, calibration: { a: 1, b: 0, c: 0 } });
  const byMargin = createReasonSuggester(form, { minScore: 0, calibration: { a: 0, b: 1, c: 0 } });
  for (const d of learnOn) {
    byR.learn(d.transcript, d.reasons);
    byMargin.learn(d.transcript, d.reasons);
  }
  const rows = [];
  for (const d of scoreOn) {
    const right = new Set(d.reasons.map(key));
    const r = byR.suggest(d.transcript, { limit: 5 });
    const m = byMargin.suggest(d.transcript, { limit: 5 });
    r.forEach((x, i) => rows.push({ R: logit(x.score), margin: logit(m[i].score), y: right.has(key(x)) ? 1 : 0 }));
  }
  return rows;
}

const half = (k) => train.filter((_, i) => i % 2 === k);
const rows = [...features([], train), ...features(half(0), half(1)), ...features(half(1), half(0))];

// logistic regression, full-batch gradient descent with a little L2
let [a, b, c] = [0.3, 0.3, -2];
for (let step = 0; step < 20_000; step++) {
  let ga = 0;
  let gb = 0;
  let gc = 0;
  for (const { R, margin, y } of rows) {
    const p = 1 / (1 + Math.exp(-(a * R + b * margin + c)));
    ga += (p - y) * R;
    gb += (p - y) * margin;
    gc += p - y;
  }
  const lr = 0.5 / rows.length;
  a -= lr * (ga + 0.01 * a);
  b -= lr * (gb + 0.01 * b);
  c -= lr * gc;
}
const r3 = (x) => Math.round(x * 1000) / 1000;
console.log(`${rows.length} candidates (${rows.filter((r) => r.y).length} right) → DEFAULT_CALIBRATION = { a: ${r3(a)}, b: ${r3(b)}, c: ${r3(c)} }`);
// reliability: predicted vs observed, in bins
const bins = Array.from({ length: 5 }, () => ({ n: 0, p: 0, y: 0 }));
for (const { R, margin, y } of rows) {
  const p = 1 / (1 + Math.exp(-(a * R + b * margin + c)));
  const bin = bins[Math.min(4, Math.floor(p * 5))];
  bin.n += 1;
  bin.p += p;
  bin.y += y;
}
console.log('score bin    n    mean score  share right');
bins.forEach((bin, i) => console.log(`${(i / 5).toFixed(1)}–${((i + 1) / 5).toFixed(1)}  ${String(bin.n).padStart(5)}  ${(bin.p / Math.max(1, bin.n)).toFixed(2).padStart(10)}  ${(bin.y / Math.max(1, bin.n)).toFixed(2).padStart(11)}`));
