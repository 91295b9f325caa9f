#!/usr/bin/env node
// Builds the suggester's evaluation set, bench/suggest/eval.json, from phrases.mjs: deterministic
// (seeded), so `node bench/suggest/generate.mjs` always writes the same file.
//
// For each of the 33 reasons of realisticWrapUpForm() and each language (en, ar, ur, ro) it writes 4
// chats. Chat k opens with the customer's k-th problem statement, so the 2 test chats (k = 1, 3)
// state the problem in words no train chat (k = 0, 2) used; details, the agent's lines and the
// shared openings, verification turns, waits and closings are drawn at random. About a third carry
// the verification turn, and then also have "Account › Identity verified" among their right reasons.
// Customer messages get typos (a letter dropped, doubled or swapped; in Arabic script also letter
// variants and tatweel); Urdu-script chats sometimes have an agent answering in Roman Urdu, as
// Pakistani desks do. Bot and system lines mention category words, to check they weigh little.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOT, REASONS, SHARED, SYSTEM } from './phrases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = ['en', 'ar', 'ur', 'ro'];
const PER_CELL = 4;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261129);
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

const ARABIC_VARIANTS = { 'ا': 'أ', 'ي': 'ى', 'ه': 'ة', 'ک': 'ك', 'ی': 'ي' };
/** One typo in one longer word of a customer message, sometimes. */
function typo(text, lang) {
  if (!chance(0.35)) return text;
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i]).filter(([w]) => [...w].length >= 5 && !/\d/.test(w));
  if (long.length === 0) return text;
  const [word, i] = pick(long);
  const chars = [...word];
  const p = 1 + Math.floor(random() * (chars.length - 2));
  const op = Math.floor(random() * (lang === 'ar' || lang === 'ur' ? 5 : 3));
  if (op === 0) chars.splice(p, 1); // dropped
  else if (op === 1) chars.splice(p, 0, chars[p]); // doubled
  else if (op === 2) [chars[p], chars[p + 1]] = [chars[p + 1] ?? chars[p], chars[p]]; // swapped
  else if (op === 3) {
    const last = chars.length - 1; // a letter variant at the end (ه/ة, ي/ى…)
    chars[last] = ARABIC_VARIANTS[chars[last]] ?? chars[last];
  } else chars.splice(p, 0, 'ـ'); // tatweel
  words[i] = chars.join('');
  return words.join(' ');
}

const customer = (text, lang) => ({ from: 'customer', text: typo(text, lang) });
const agent = (text) => ({ from: 'agent', text });

function chat(reason, lang, k) {
  const say = reason[lang];
  const shared = SHARED[lang];
  // agents on Pakistani desks often answer Urdu-script customers in Roman Urdu
  const agentLang = lang === 'ur' && chance(0.3) ? 'ro' : lang;
  const agentSay = reason[agentLang];
  const agentShared = SHARED[agentLang];
  const m = [];
  const right = [{ categoryName: reason.cat, value: reason.value }];
  if (chance(0.5)) m.push({ from: 'system', text: SYSTEM[0] });
  if (chance(0.5)) for (const line of BOT[lang]) m.push({ from: 'bot', text: line });
  const problem = say.c[k % say.c.length];

  if (reason.value === 'No response from customer') {
    m.push(customer(problem, lang));
    m.push(agent(pick(agentShared.agentHello)));
    m.push(agent(agentSay.a[0]));
    m.push(agent(agentSay.a[1]));
    return { messages: m, right };
  }
  if (reason.value === 'Customer disconnected') {
    m.push(agent(pick(agentShared.agentHello)));
    m.push(customer(problem, lang));
    m.push(agent(pick(agentShared.ask)));
    if (chance(0.5)) m.push(customer(say.d[0], lang));
    m.push({ from: 'system', text: 'Customer left the conversation' });
    m.push(agent(pick(agentSay.a)));
    return { messages: m, right };
  }
  if (reason.value === 'Spam or test chat') {
    m.push(customer(problem, lang));
    m.push(agent(pick(agentShared.agentHello)));
    if (chance(0.6)) m.push(customer(say.d[0], lang));
    m.push(agent(pick(agentSay.a)));
    return { messages: m, right };
  }

  const verify = reason.value === 'Identity verified' || chance(0.33);
  if (chance(0.6)) m.push(customer(pick(shared.hello), lang));
  m.push(agent(pick(agentShared.agentHello)));
  if (chance(0.3)) m.push(customer(`${pick(shared.hello)} ${problem}`, lang));
  else m.push(customer(problem, lang));
  if (reason.value === 'Identity verified' && chance(0.5)) m.push(customer(pick(say.d), lang));
  m.push(agent(pick(agentShared.ask)));
  if (verify) {
    m.push(agent(pick(agentShared.verifyAsk)));
    m.push(customer(pick(shared.verifyAnswer), lang));
    m.push(agent(pick(agentShared.verifyDone)));
    if (reason.value !== 'Identity verified') right.push({ categoryName: 'Account', value: 'Identity verified' });
  }
  if (say.d.length && reason.value !== 'Identity verified') m.push(customer(pick(say.d), lang));
  if (chance(0.5)) {
    m.push(agent(pick(agentShared.wait)));
    m.push(customer(pick(shared.filler), lang));
  }
  if (chance(0.25)) m.push(customer(say.c[(k + 1) % say.c.length], lang)); // says it again, in other words
  m.push(agent(pick(agentSay.a)));
  m.push(customer(pick(shared.thanks), lang));
  m.push(agent(pick(agentShared.agentBye)));
  return { messages: m, right };
}

const items = [];
for (const reason of REASONS) {
  for (const lang of LANGS) {
    for (let k = 0; k < PER_CELL; k++) {
      const { messages, right } = chat(reason, lang, k);
      items.push({ id: `${lang}-${items.length}`, lang, split: k % 2 === 0 ? 'train' : 'test', reasons: right, transcript: messages });
    }
  }
}
const out = join(here, 'eval.json');
writeFileSync(out, `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]\n`);
const count = (f) => items.filter(f).length;
console.log(
  `wrote ${items.length} chats to bench/suggest/eval.json: ` +
    LANGS.map((l) => `${l} ${count((i) => i.lang === l)}`).join(', ') +
    `; train ${count((i) => i.split === 'train')}, test ${count((i) => i.split === 'test')}`,
);
