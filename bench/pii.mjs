#!/usr/bin/env node
// The personal-data check on a labelled corpus (bench/pii/corpus.json: agent notes in English,
// Arabic, Urdu and Roman Urdu, half with personal data, half with look-alike numbers): recall,
// false alarms, overall and per language, and time per note (p50/p95) including 30,000-character
// notes. Goals: recall ≥ 95 %, false alarms ≤ 5 %.
//
//   node bench/pii.mjs            print the figures
//   node bench/pii.mjs --save     also rewrite the figures in bench/pii/RESULTS.md (between the markers)
//   node bench/pii.mjs --json     print the figures as JSON only (for bench/run.mjs)
//   LPN_DIR=/tmp/lpn node bench/pii.mjs   also score libphonenumber-js (installed there) on the phone notes
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { detectSensitive, createSensitiveDetector } = await tsImport(pathToFileURL(join(root, 'src/core/pii.ts')).href, import.meta.url);
const corpus = JSON.parse(readFileSync(join(here, 'pii/corpus.json'), 'utf8'));
const json = process.argv.includes('--json');
const GOALS = { recall: 0.95, falseAlarms: 0.05 };

const detect = (note) => (note.identifiers ? detectSensitive(note.text, { identifiers: note.identifiers }) : detectSensitive(note.text));

// ------------------------------------------------------------------ accuracy
function score(notes, found) {
  let labelled = 0;
  let hit = 0;
  let lookAlikes = 0;
  let alarms = 0;
  let extra = 0;
  const failures = [];
  for (const note of notes) {
    const got = found(note);
    if (note.kinds.length === 0) {
      lookAlikes++;
      if (got.length > 0) {
        alarms++;
        failures.push({ id: note.id, text: note.text, expected: [], got });
      }
      continue;
    }
    labelled += note.kinds.length;
    const missed = note.kinds.filter((k) => !got.includes(k));
    hit += note.kinds.length - missed.length;
    const wrong = got.filter((k) => !note.kinds.includes(k));
    extra += wrong.length;
    if (missed.length > 0 || wrong.length > 0) failures.push({ id: note.id, text: note.text, expected: note.kinds, got });
  }
  return {
    notes: notes.length,
    withData: notes.length - lookAlikes,
    lookAlikes,
    recall: labelled ? hit / labelled : 1,
    falseAlarms: lookAlikes ? alarms / lookAlikes : 0,
    extraKinds: extra,
    failures,
  };
}

const languages = [...new Set(corpus.map((n) => n.lang))];
const overall = score(corpus, detect);
const perLanguage = Object.fromEntries(languages.map((lang) => [lang, score(corpus.filter((n) => n.lang === lang), detect)]));
// the notes written while the detector was tuned, and the hard ones written after it and not tuned for
const perSet = {
  'tuned on': score(corpus.filter((n) => n.set !== 'holdout'), detect),
  'held out': score(corpus.filter((n) => n.set === 'holdout'), detect),
};

// the phone detector alone, ours vs libphonenumber-js (when LPN_DIR points at an install of it)
const phoneNotes = corpus.filter((n) => !n.identifiers && (n.kinds.includes('phone') || n.kinds.length === 0));
const phoneOnly = (found) => score(phoneNotes.map((n) => ({ ...n, kinds: n.kinds.filter((k) => k === 'phone') })), found);
const ours = createSensitiveDetector({ kinds: ['phone'] });
const phones = { ours: phoneOnly((n) => ours(n.text)) };
if (process.env.LPN_DIR) {
  const require = createRequire(join(process.env.LPN_DIR, 'package.json'));
  const { findPhoneNumbersInText } = await import(pathToFileURL(require.resolve('libphonenumber-js/min')).href);
  const country = { en: 'PK', ar: 'AE', ur: 'PK', 'ur-Latn': 'PK' };
  // libphonenumber-js on the same folded text (it does not read Arabic-Indic digits itself), every country of the desks tried
  const { foldText } = await tsImport(pathToFileURL(join(root, 'src/core/pii.ts')).href, import.meta.url);
  const desks = ['PK', 'AE', 'SA', 'GB', 'US', 'EG'];
  phones.libphonenumber = phoneOnly((n) => (findPhoneNumbersInText(foldText(n.text), country[n.lang]).length > 0 ? ['phone'] : []));
  phones.libphonenumberAnyDesk = phoneOnly((n) =>
    desks.some((c) => findPhoneNumbersInText(foldText(n.text), c).length > 0) ? ['phone'] : [],
  );
  // libphonenumber-js as the plan check inside our detector (same tokens, reference words and code rules)
  const { isValidPhoneNumber } = await import(pathToFileURL(require.resolve('libphonenumber-js/min')).href);
  const withLpn = (countries) => createSensitiveDetector({ kinds: ['phone'], phoneCheck: (d) => countries.some((c) => isValidPhoneNumber(d, c)) });
  const byLanguage = Object.fromEntries(Object.entries(country).map(([l, c]) => [l, withLpn([c])]));
  phones.oursWithLibphonenumberPlans = phoneOnly((n) => byLanguage[n.lang](n.text));
  const anyDesk = withLpn(desks);
  phones.oursWithLibphonenumberPlansAnyDesk = phoneOnly((n) => anyDesk(n.text));
}

// ------------------------------------------------------------------ time
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
function time(fn, runs) {
  const samples = [];
  for (let i = 0; i < Math.min(50, runs); i++) fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1], runs };
}
// each corpus note, 200 times in turn
const loadBefore = loadavg()[0];
const perNote = [];
for (let r = 0; r < 200; r++) for (const note of corpus) {
  const start = performance.now();
  detect(note);
  perNote.push(performance.now() - start);
}
perNote.sort((a, b) => a - b);
let realistic = '';
while (realistic.length < 30_000) realistic += `${corpus[realistic.length % corpus.length].text}\n`;
realistic = realistic.slice(0, 30_000);
const long = {
  'corpus notes joined (30,000 chars)': time(() => detectSensitive(realistic), 200),
  'digits and spaces "1 1 1 …" (30,000)': time(() => detectSensitive('1 '.repeat(15_000)), 200),
  'Arabic-Indic digits and dashes "٠٥-" (30,000)': time(() => detectSensitive('٠٥٠١-'.repeat(7_500)), 200),
  'IBAN look-alikes "GB82 WEST …" (30,000)': time(() => detectSensitive('GB82 WEST 1234 '.repeat(2_000)), 200),
  'one "@" in letters (30,000)': time(() => detectSensitive(`${'a'.repeat(15_000)}@${'b'.repeat(14_999)}`), 200),
};

const figures = {
  corpus: { notes: overall.notes, withData: overall.withData, lookAlikes: overall.lookAlikes },
  goals: GOALS,
  overall: { recall: overall.recall, falseAlarms: overall.falseAlarms, extraKinds: overall.extraKinds },
  perLanguage: Object.fromEntries(
    Object.entries(perLanguage).map(([l, s]) => [l, { notes: s.notes, withData: s.withData, recall: s.recall, falseAlarms: s.falseAlarms, extraKinds: s.extraKinds }]),
  ),
  perSet: Object.fromEntries(
    Object.entries(perSet).map(([k, s]) => [k, { notes: s.notes, withData: s.withData, recall: s.recall, falseAlarms: s.falseAlarms, extraKinds: s.extraKinds }]),
  ),
  phones: Object.fromEntries(Object.entries(phones).map(([k, s]) => [k, { recall: s.recall, falseAlarms: s.falseAlarms, failures: s.failures.map((f) => f.id) }])),
  timeMs: { perNote: { p50: percentile(perNote, 50), p95: percentile(perNote, 95), max: perNote[perNote.length - 1], runs: perNote.length }, long },
  failures: overall.failures,
};

if (json) {
  console.log(JSON.stringify(figures, null, 2));
  process.exit(0);
}

const pct = (x) => `${(x * 100).toFixed(1)} %`;
const ms = (x) => (x < 0.1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);
const status = (ok) => (ok ? 'met' : 'MISSED');
const lines = [];
lines.push(`Corpus: ${overall.notes} notes, ${overall.withData} with personal data, ${overall.lookAlikes} with look-alike numbers only.`, '');
lines.push('| | notes | recall (goal ≥ 95 %) | false alarms (goal ≤ 5 %) | kinds reported that are not there |', '| --- | --- | --- | --- | --- |');
lines.push(`| **all** | ${overall.notes} | **${pct(overall.recall)}** ${status(overall.recall >= GOALS.recall)} | **${pct(overall.falseAlarms)}** ${status(overall.falseAlarms <= GOALS.falseAlarms)} | ${overall.extraKinds} |`);
for (const [lang, s] of Object.entries(perLanguage))
  lines.push(`| ${lang} | ${s.notes} | ${pct(s.recall)} ${status(s.recall >= GOALS.recall)} | ${pct(s.falseAlarms)} ${status(s.falseAlarms <= GOALS.falseAlarms)} | ${s.extraKinds} |`);
for (const [set, s] of Object.entries(perSet))
  lines.push(`| notes ${set} | ${s.notes} | ${pct(s.recall)} ${status(s.recall >= GOALS.recall)} | ${pct(s.falseAlarms)} ${status(s.falseAlarms <= GOALS.falseAlarms)} | ${s.extraKinds} |`);
lines.push('', 'Phone numbers alone (the phone notes and the look-alike notes):', '', '| detector | recall | false alarms | failing notes |', '| --- | --- | --- | --- |');
for (const [k, s] of Object.entries(phones)) lines.push(`| ${k} | ${pct(s.recall)} | ${pct(s.falseAlarms)} | ${s.failures.map((f) => f.id).join(', ') || '–'} |`);
lines.push('', `Time per call (Node ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}, ${new Date().toISOString().slice(0, 10)}; a shared machine makes p95 and max noisy):`, '', '| note | p50 | p95 | max | runs |', '| --- | --- | --- | --- | --- |');
lines.push(`| a corpus note (each, 200 times) | ${ms(figures.timeMs.perNote.p50)} | ${ms(figures.timeMs.perNote.p95)} | ${ms(figures.timeMs.perNote.max)} | ${perNote.length} |`);
for (const [name, t] of Object.entries(long)) lines.push(`| ${name} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} | ${t.runs} |`);
lines.push('', 'Notes the check gets wrong:', '');
if (overall.failures.length === 0) lines.push('none');
for (const f of overall.failures) lines.push(`- \`${f.id}\` ${JSON.stringify(f.text)}: labelled [${f.expected.join(', ')}], reported [${f.got.join(', ')}]`);
const report = lines.join('\n');
console.log(report);

if (process.argv.includes('--save')) {
  const file = join(here, 'pii/RESULTS.md');
  const md = readFileSync(file, 'utf8');
  const [head, rest] = md.split('<!-- figures -->');
  const tail = rest.split('<!-- /figures -->')[1];
  writeFileSync(file, `${head}<!-- figures -->\n${report}\n<!-- /figures -->${tail}`);
  writeFileSync(join(here, 'pii/results.json'), `${JSON.stringify(figures, null, 2)}\n`);
}
