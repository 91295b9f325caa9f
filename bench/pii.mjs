#!/usr/bin/env node
// The personal-data check on labelled corpora of agent notes in English, Arabic, Urdu and Roman
// Urdu, half with personal data, half with look-alike numbers (bench/pii/fresh/test6.json, sealed;
// fresh/test5.json, test4.json, test3.json, test2.json, test.json, dev.json and corpus.json, tuned on): recall, false alarms, overall and
// per language, and time per note (p50/p95) including 30,000-character notes. Goals: recall ≥ 95 %,
// false alarms ≤ 5 %.
//
//   node bench/pii.mjs            print the figures
//   node bench/pii.mjs --save     also rewrite the figures in bench/pii/RESULTS.md (between the markers)
//   node bench/pii.mjs --json     print the figures as JSON only (for bench/run.mjs)
//   node bench/pii.mjs --skip-sealed   leave out the sealed corpus (while changing the detector)
//   LPN_DIR=/tmp/lpn node bench/pii.mjs   also score libphonenumber-js (installed there) on the phone notes
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// PII_DETECTOR=<path of another pii.ts>: score an earlier detector (e.g. one checked out with git archive)
const { detectSensitive, createSensitiveDetector } = await tsImport(pathToFileURL(process.env.PII_DETECTOR ?? join(root, 'src/core/pii.ts')).href, import.meta.url);
// Three corpora, the honest one first: see bench/pii/RESULTS.md for who wrote each and when.
const CORPORA = [
  { key: 'sealed', file: 'pii/fresh/test6.json', name: 'sealed: fresh/test6.json, written blind, measured once' },
  { key: 'test5', file: 'pii/fresh/test5.json', name: 'tuned on after its one measurement: fresh/test5.json, written blind' },
  { key: 'test4', file: 'pii/fresh/test4.json', name: 'tuned on after its one measurement: fresh/test4.json, written blind' },
  { key: 'test3', file: 'pii/fresh/test3.json', name: 'tuned on after its one measurement: fresh/test3.json, written blind' },
  { key: 'test2', file: 'pii/fresh/test2.json', name: 'tuned on after its one measurement: fresh/test2.json, written blind' },
  { key: 'test', file: 'pii/fresh/test.json', name: 'tuned on after its one measurement: fresh/test.json, written blind' },
  { key: 'dev', file: 'pii/fresh/dev.json', name: 'tuned on: fresh/dev.json, written blind' },
  { key: 'first', file: 'pii/corpus.json', name: 'tuned on: corpus.json, written with the detector' },
  // --skip-sealed: while tuning, the sealed corpus stays unread
].filter((c) => existsSync(join(here, c.file)) && !(c.key === 'sealed' && process.argv.includes('--skip-sealed')));
for (const c of CORPORA) c.notes = JSON.parse(readFileSync(join(here, c.file), 'utf8'));
const corpus = CORPORA.flatMap((c) => c.notes);
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
const byCorpus = Object.fromEntries(
  CORPORA.map((c) => [
    c.key,
    {
      name: c.name,
      file: c.file,
      all: score(c.notes, detect),
      perLanguage: Object.fromEntries(languages.map((lang) => [lang, score(c.notes.filter((n) => n.lang === lang), detect)])),
    },
  ]),
);
const headline = byCorpus[CORPORA[0].key];
const overall = headline.all;
const perLanguage = headline.perLanguage;

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
  '"at" between words "x at y " (30,000)': time(() => detectSensitive('x at y '.repeat(4_286)), 200),
  'one "@" in letters (30,000)': time(() => detectSensitive(`${'a'.repeat(15_000)}@${'b'.repeat(14_999)}`), 200),
};

const summary = (s) => ({ notes: s.notes, withData: s.withData, lookAlikes: s.lookAlikes, recall: s.recall, falseAlarms: s.falseAlarms, extraKinds: s.extraKinds });
const figures = {
  corpus: { notes: overall.notes, withData: overall.withData, lookAlikes: overall.lookAlikes },
  goals: GOALS,
  overall: { recall: overall.recall, falseAlarms: overall.falseAlarms, extraKinds: overall.extraKinds },
  perLanguage: Object.fromEntries(Object.entries(perLanguage).map(([l, s]) => [l, summary(s)])),
  corpora: Object.fromEntries(
    Object.entries(byCorpus).map(([k, c]) => [
      k,
      {
        name: c.name,
        file: c.file,
        ...summary(c.all),
        perLanguage: Object.fromEntries(Object.entries(c.perLanguage).map(([l, s]) => [l, summary(s)])),
        failures: c.all.failures,
      },
    ]),
  ),
  phones: Object.fromEntries(Object.entries(phones).map(([k, s]) => [k, { recall: s.recall, falseAlarms: s.falseAlarms, failures: s.failures.map((f) => f.id) }])),
  timeMs: { perNote: { p50: percentile(perNote, 50), p95: percentile(perNote, 95), max: perNote[perNote.length - 1], runs: perNote.length }, long },
};

if (json) {
  console.log(JSON.stringify(figures, null, 2));
  process.exit(0);
}

const pct = (x) => `${(x * 100).toFixed(1)} %`;
const ms = (x) => (x < 0.1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);
const status = (ok) => (ok ? 'met' : 'MISSED');
const lines = [];
const row = (label, s) =>
  `| ${label} | ${s.notes} | ${s.withData} / ${s.lookAlikes} | ${pct(s.recall)} ${status(s.recall >= GOALS.recall)} | ${pct(s.falseAlarms)} ${status(s.falseAlarms <= GOALS.falseAlarms)} | ${s.extraKinds} |`;
for (const [i, c] of Object.values(byCorpus).entries()) {
  lines.push(`${i === 0 ? '**' : ''}Corpus ${c.name}${i === 0 ? '**' : ''} (\`${c.file}\`):`, '');
  lines.push('| | notes | with personal data / look-alikes only | recall (goal ≥ 95 %) | false alarms (goal ≤ 5 %) | kinds reported that are not there |', '| --- | --- | --- | --- | --- | --- |');
  lines.push(row('**all**', c.all));
  for (const [lang, s] of Object.entries(c.perLanguage)) if (s.notes > 0) lines.push(row(lang, s));
  lines.push('');
}
lines.push('Phone numbers alone (the phone notes and the look-alike notes):', '', '| detector | recall | false alarms | failing notes |', '| --- | --- | --- | --- |');
for (const [k, s] of Object.entries(phones)) lines.push(`| ${k} | ${pct(s.recall)} | ${pct(s.falseAlarms)} | ${s.failures.map((f) => f.id).join(', ') || '–'} |`);
lines.push('', `Time per call (Node ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}, ${new Date().toISOString().slice(0, 10)}; a shared machine makes p95 and max noisy):`, '', '| note | p50 | p95 | max | runs |', '| --- | --- | --- | --- | --- |');
lines.push(`| a corpus note (each, 200 times) | ${ms(figures.timeMs.perNote.p50)} | ${ms(figures.timeMs.perNote.p95)} | ${ms(figures.timeMs.perNote.max)} | ${perNote.length} |`);
for (const [name, t] of Object.entries(long)) lines.push(`| ${name} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} | ${t.runs} |`);
for (const c of Object.values(byCorpus)) {
  lines.push('', `Notes the check gets wrong, corpus ${c.name}:`, '');
  if (c.all.failures.length === 0) lines.push('none');
  for (const f of c.all.failures) lines.push(`- \`${f.id}\` ${JSON.stringify(f.text)}: labelled [${f.expected.join(', ')}], reported [${f.got.join(', ')}]`);
}
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
