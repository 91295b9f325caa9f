/**
 * `createReasonSuggester(form, options?)`: wrap-up reasons suggested from the conversation, on the
 * device, with no network and no model weights. See `index.ts` for the public names and
 * bench/suggest/RESULTS.md for how well it does.
 *
 * How a reason is scored, for one transcript:
 *
 * 1. **Query.** Every message is analysed (`text.ts`: folding, stemming, stop words). A word
 *    weighs its sender's weight (customer 1, agent 0.5, bot 0.1, system 0: `options.weights`);
 *    repeats add up and saturate (`q·(1+K3)/(q+K3)`). Words and phrases of the lexicon add a
 *    concept term (`~refund`); a word unknown to the form and the lexicon is matched, at 0.6 of its
 *    weight, to a known word one edit away (typos).
 * 2. **Lexical evidence** (BM25, k1 1.2, b 0.75) over each reason's document: its label (weight 1),
 *    its category (0.5) and its admin synonyms (1), words and concepts alike. Precomputed per
 *    term as an inverted index at creation, so a call only touches reasons that share a term.
 * 3. **Learned evidence** from `learn`: per reason, the counts of the terms of the transcripts it
 *    was chosen for. For a query term seen with reason r, `ln(P(t | r) / P(t))` (add-½
 *    smoothing), counted when positive; the sum is divided by the weight of the query terms the model
 *    knows (an average, so long chats do not inflate it), and shrunk by `n / (n + 1)` for a reason
 *    chosen n times and by `L / (L + 40)` for a model that has seen L learns (a young model does
 *    not override the labels).
 * 4. **Relevance** `R = lexical + 16 · learned`; **score** = `σ(a·R + b·margin + c)`, `margin` being
 *    R minus the best other reason's R (so a clear winner scores higher than one of several ties).
 *    a, b, c (`DEFAULT_CALIBRATION`) were fitted by logistic regression on the train split of the
 *    evaluation set (bench/suggest/calibrate.mjs), so a score reads as the chance that the reason
 *    is one of the right ones, the same way in every call. Reasons under `minScore` are left out.
 *
 * Model: per reason, weighted term counts (whole hundredths internally, so an export reads back
 * exactly), bounded to `maxModelBytes` of JSON: once over, the rarest terms of the least recently
 * chosen reasons are forgotten first, down to 90 % of the bound.
 */
import * as z from 'zod/mini';
import { setJitless } from '../zod';
import { normalizedWrapUpFormSchema, normalizeWrapUpForm, type NormalizedWrapUpForm } from '../admin-form';
import { reasonKey } from '../reason-index';
import { fromZodError, WrapUpError } from '../errors';
import { contactCentreLexicon, type Lexicon, type LexiconConcept } from './lexicon';
import { analyze, deletions, type Term } from './text';

// ------------------------------------------------------------------ public types

export type TranscriptRole = 'customer' | 'agent' | 'bot' | 'system';
export interface TranscriptMessage {
  from: TranscriptRole;
  text: string;
}
/** A plain string is read as the customer's words. */
export type Transcript = string | TranscriptMessage[];

export interface ReasonSuggestion {
  categoryName: string;
  value: string;
  /** 0–1, calibrated: about the chance this reason is one of the right ones; comparable across calls. */
  score: number;
  /** Words of the transcript, as written, that led to it (most telling first, at most 6). */
  because: string[];
}

export interface SuggestOptions {
  /** How many suggestions at most (default 3). */
  limit?: number | undefined;
}

/** A reason the agent applied: as in the wrap-up payload. */
export interface ChosenReason {
  categoryName: string;
  value: string;
}

export interface ReasonSuggesterOptions {
  /**
   * Words an admin attaches to a reason, keyed by the reason's label (every category) or by
   * "Category › Reason". Keys that name no reason of the form are ignored.
   */
  synonyms?: Record<string, string[]> | undefined;
  /** Suggestions scoring below this are left out (default `DEFAULT_MIN_SCORE`). */
  minScore?: number | undefined;
  /** Weight of each sender's words (default customer 1, agent 0.5, bot 0.1, system 0). */
  weights?: Partial<Record<TranscriptRole, number>> | undefined;
  /**
   * Concepts added to (or, with a built-in id, merged into) the built-in contact-centre lexicon
   * (`lexicon.ts`); `false` for none at all.
   */
  lexicon?: Lexicon | false | undefined;
  /** Bound of the learned model, in bytes of `JSON.stringify(export())` (default 200,000; at least 2,000). */
  maxModelBytes?: number | undefined;
  /** A model to start from (an earlier `export()`, e.g. a team's shared one); validated as `import` does. */
  model?: unknown;
  /**
   * The score's calibration `σ(a·R + b·margin + c)`. The default was fitted on the evaluation set's
   * train split; refit it on your own labelled chats with bench/suggest/calibrate.mjs.
   */
  calibration?: { a: number; b: number; c: number } | undefined;
}

/** The learned model as JSON: versioned, bounded (see `maxModelBytes`). */
export interface SuggesterModel {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  /** Logical clock: incremented by every `learn`. */
  clock: number;
  /**
   * One entry per reason ever learned: category `c`, label `v`, times chosen `n`, clock of its last
   * `learn` `t`, and weighted counts `w` of the terms (stems, `~concept`s) of its transcripts.
   */
  reasons: Array<{ c: string; v: string; n: number; t: number; w: Record<string, number> }>;
}

export interface ReasonSuggester {
  suggest(transcript: Transcript, options?: SuggestOptions): ReasonSuggestion[];
  learn(transcript: Transcript, chosen: ChosenReason[]): void;
  export(): SuggesterModel;
  import(model: unknown): void;
  /** Bytes of `JSON.stringify(export())` (UTF-8). */
  readonly size: number;
}

// ------------------------------------------------------------------ constants

export const MODEL_FORMAT = 'agent-desk-wrapup/suggester-model';
export const MODEL_VERSION = 1;
export const DEFAULT_MAX_MODEL_BYTES = 200_000;
export const DEFAULT_MIN_SCORE = 0.15;
const DEFAULT_WEIGHTS: Record<TranscriptRole, number> = { customer: 1, agent: 0.5, bot: 0.1, system: 0 };

const K1 = 1.2;
const B = 0.75;
const K3 = 1.5;
const FIELD_LABEL = 1;
const FIELD_CATEGORY = 0.5;
const FIELD_SYNONYM = 1;
const TYPO_WEIGHT = 0.6;
const SMOOTHING = 0.5;
/** The learned evidence is scaled by learns / (learns + MATURITY_LEARNS). */
const MATURITY_LEARNS = 40;
/** Relevance = lexical + LEARNED_WEIGHT · learned. */
const LEARNED_WEIGHT = 16;
/** Calibration σ(a·R + b·margin + c), fitted on the evaluation set's train split (bench/suggest/calibrate.mjs). */
export const DEFAULT_CALIBRATION = { a: 0.419, b: 0.53, c: -2.375 };
/** Bounds on the work a call does: the last messages, and characters per message. */
const MAX_MESSAGES = 200;
const MAX_MESSAGE_CHARS = 2_000;
const MAX_STRING_CHARS = 20_000;
/** Terms a single `learn` keeps (the heaviest). */
const MAX_TERMS_PER_LEARN = 48;
const MAX_TERM_LENGTH = 64;
const TYPO_CACHE = 4_096;

// ------------------------------------------------------------------ validation

setJitless(); // before its schemas are built: no eval probe under a strict CSP

const roleSchema = z.enum(['customer', 'agent', 'bot', 'system']);
const messagesSchema = z.array(z.object({ from: roleSchema, text: z.string() }));
const chosenSchema = z.array(z.object({ categoryName: z.string(), value: z.string() }));
const unit = (max: number) => z.number().check(z.gte(0), z.lte(max));
const optionsSchema = z.optional(
  z.object({
    synonyms: z.optional(z.record(z.string(), z.array(z.string()))),
    minScore: z.optional(unit(1)),
    weights: z.optional(z.partial(z.object({ customer: unit(10), agent: unit(10), bot: unit(10), system: unit(10) }))),
    lexicon: z.optional(z.union([z.literal(false), z.record(z.string(), z.partial(z.object({ en: z.string(), ar: z.string(), ur: z.string(), ro: z.string() })))])),
    maxModelBytes: z.optional(z.int().check(z.gte(2_000))),
    model: z.optional(z.unknown()),
    calibration: z.optional(z.object({ a: z.number(), b: z.number(), c: z.number() })),
  }),
);
const suggestOptionsSchema = z.object({ limit: z.optional(z.int().check(z.gte(0), z.lte(100))) });
const modelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  clock: z.int().check(z.gte(0)),
  reasons: z
    .array(
      z.object({
        c: z.string().check(z.maxLength(500)),
        v: z.string().check(z.maxLength(500)),
        n: z.int().check(z.gt(0)),
        t: z.int().check(z.gte(0)),
        w: z.record(z.string().check(z.minLength(1), z.maxLength(MAX_TERM_LENGTH)), z.number().check(z.gt(0))),
      }),
    )
    .check(z.maxLength(50_000)),
});

/** Parses with zod; a thrown getter or a zod issue becomes one `WrapUpError`. */
function parse<T>(schema: z.ZodMiniType<T>, value: unknown, root: string, hint: string): T {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(value);
  } catch (error) {
    throw new WrapUpError('INVALID_OPTIONS', `${root} could not be read (${error instanceof Error ? error.message : 'it threw'}). ${hint}`, { path: [], cause: error });
  }
  if (!result.success) throw fromZodError('INVALID_OPTIONS', root, result.error, value, hint);
  return result.data;
}

// ------------------------------------------------------------------ lexicon

interface Phrase {
  concept: string;
  stems: string[];
}
interface CompiledLexicon {
  words: Map<string, string[]>;
  /** Phrases by their first stem. */
  phrases: Map<string, Phrase[]>;
}

let builtIn: CompiledLexicon | undefined;

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const words = new Map<string, string[]>();
  const phrases = new Map<string, Phrase[]>();
  for (const [concept, languages] of Object.entries(lexicon)) {
    for (const key of ['en', 'ar', 'ur', 'ro'] as const) {
      for (const entry of (languages[key] ?? '').split('|')) {
        const terms = analyze(entry);
        if (terms.length === 0) continue;
        if (terms.length === 1) {
          const stem = terms[0]!.stem;
          const list = words.get(stem) ?? [];
          if (!list.includes(concept)) list.push(concept);
          words.set(stem, list);
        } else {
          const stems = terms.map((t) => t.stem);
          const list = phrases.get(stems[0]!) ?? [];
          list.push({ concept, stems });
          phrases.set(stems[0]!, list);
        }
      }
    }
  }
  return { words, phrases };
}

function lexiconFor(option: Lexicon | false | undefined): CompiledLexicon | undefined {
  if (option === false) return undefined;
  if (!option || Object.keys(option).length === 0) return (builtIn ??= compileLexicon(contactCentreLexicon));
  const merged: Lexicon = { ...contactCentreLexicon };
  for (const [id, concept] of Object.entries(option)) {
    const base: LexiconConcept = merged[id] ?? {};
    const join = (a?: string, b?: string) => [a, b].filter(Boolean).join('|');
    merged[id] = { en: join(base.en, concept.en), ar: join(base.ar, concept.ar), ur: join(base.ur, concept.ur), ro: join(base.ro, concept.ro) };
  }
  return compileLexicon(merged);
}

/** A concept found in a text, with the words (as written) that evoked it. */
interface ConceptHit {
  concept: string;
  surfaces: string[];
}

/** Concepts of a message: single lexicon words (not stop words) and phrases (their words within a window, any order). */
function findConcepts(terms: Term[], lexicon: CompiledLexicon, stems: string[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (!term.stop) {
      const concepts = lexicon.words.get(term.stem);
      if (concepts) for (const concept of concepts) hits.push({ concept, surfaces: [term.surface] });
    }
    const phrases = lexicon.phrases.get(term.stem);
    if (!phrases) continue;
    for (const phrase of phrases) {
      const k = phrase.stems.length;
      const from = Math.max(0, i - k - 1);
      const to = Math.min(terms.length, i + k + 2);
      const surfaces = [term.surface];
      let all = true;
      for (let j = 1; j < k && all; j++) {
        const want = phrase.stems[j]!;
        let found = -1;
        for (let p = from; p < to; p++) {
          if (p !== i && stems[p] === want) {
            found = p;
            break;
          }
        }
        if (found < 0) all = false;
        else surfaces.push(terms[found]!.surface);
      }
      if (all) hits.push({ concept: phrase.concept, surfaces });
    }
  }
  return hits;
}

// ------------------------------------------------------------------ helpers

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const saturate = (q: number) => (q * (1 + K3)) / (q + K3);
/** Counts are kept in whole hundredths, so sums are exact and a model reads back exactly as it was. */
const UNIT = 100;
const S = SMOOTHING * UNIT;
const exportCounts = (w: Map<string, number>) => Object.fromEntries([...w].map(([term, units]) => [term, units / UNIT]));
const isWordStem = (stem: string) => stem.length >= 4 && !/\d/.test(stem);

interface QueryTerm {
  weight: number;
  /** The word (or phrase) as written that produced it with the most weight; the first on a tie. */
  surface: string;
  surfaceWeight: number;
}

interface LearnedReason {
  /** Index of the reason in this form, -1 when the form has no such reason (kept for a later form). */
  at: number;
  c: string;
  v: string;
  n: number;
  t: number;
  w: Map<string, number>;
  total: number;
  /** Bytes of its JSON in `export()`, and of the `"term":count` entries of `w` alone (kept up to date as counts change). */
  bytes: number;
  wBytes: number;
}

const keyOf = (categoryName: string, value: string) => reasonKey({ categoryName, value });

// ------------------------------------------------------------------ the suggester

/**
 * A reason suggester over one wrap-up form. `form`: `normalizeWrapUpForm`'s result, or the
 * Unified Admin JSON in either shape. Throws `WrapUpError` ('INVALID_FORM', 'INVALID_OPTIONS')
 * for a bad form, options or model.
 */
export function createReasonSuggester(form: unknown, options?: ReasonSuggesterOptions): ReasonSuggester {
  const steps = buildSteps(form, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface BuildSliceOptions {
  /** How long one slice of the build may run, in ms (default 5; a slice ends after the step that passes it: no task near a frame's 16 ms). */
  sliceMs?: number | undefined;
  /** Runs the next slice later; default `setTimeout(fn, 0)`. A browser desk may pass requestIdleCallback. */
  schedule?: (next: () => void) => void;
  /** Stops the build (the promise then never settles). */
  signal?: { readonly aborted: boolean } | undefined;
}

/**
 * `createReasonSuggester`, built in short slices (each at most about `sliceMs`) with the main
 * thread free between them: ~200 ms of work at 10,000 reasons no longer blocks a frame.
 */
export function buildReasonSuggester(form: unknown, options?: ReasonSuggesterOptions, slices: BuildSliceOptions = {}): Promise<ReasonSuggester> {
  const { sliceMs = 5, schedule = (next) => void setTimeout(next, 0), signal } = slices;
  return new Promise((resolve, reject) => {
    let steps: Generator<void, ReasonSuggester, void>;
    const run = () => {
      if (signal?.aborted) return;
      const until = Date.now() + sliceMs;
      try {
        steps ??= buildSteps(form, options);
        for (;;) {
          const step = steps.next();
          if (step.done) return resolve(step.value);
          if (Date.now() >= until) return schedule(run);
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    schedule(run);
  });
}

/** Work between two yields: at most this many reasons, or words of the typo index. */
const STEP_REASONS = 50;
const STEP_WORDS = 400;

/** The build, as steps: `createReasonSuggester` runs them at once, `buildReasonSuggester` in slices. */
function* buildSteps(form: unknown, options?: ReasonSuggesterOptions): Generator<void, ReasonSuggester, void> {
  const opts = parse(optionsSchema, options, 'options', 'Pass { synonyms?: { [reason]: string[] }, minScore?: 0–1, weights?, lexicon?, maxModelBytes?: ≥ 2000, model? }.') ?? {};
  const normalized = readForm(form);
  const lexicon = lexiconFor(opts.lexicon);
  const weights: Record<TranscriptRole, number> = { ...DEFAULT_WEIGHTS, ...opts.weights };
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const maxBytes = opts.maxModelBytes ?? DEFAULT_MAX_MODEL_BYTES;
  const { a: calA, b: calB, c: calC } = opts.calibration ?? DEFAULT_CALIBRATION;
  yield;

  // ---------------------------------------------------------------- the static index
  const reasons: Array<{ categoryName: string; value: string; key: string; terms: Map<string, number> }> = [];
  const byKey = new Map<string, number>();
  const synonymsFor = (category: string, value: string): string[] => [...(opts.synonyms?.[value] ?? []), ...(opts.synonyms?.[`${category} › ${value}`] ?? [])];

  const docTerms = (text: string, weight: number, into: Map<string, number>) => {
    const terms = analyze(text);
    const stems = terms.map((t) => t.stem);
    for (const t of terms) if (!t.stop) into.set(t.stem, (into.get(t.stem) ?? 0) + weight);
    if (lexicon) {
      const seen = new Set<string>();
      for (const hit of findConcepts(terms, lexicon, stems)) {
        if (seen.has(hit.concept)) continue;
        seen.add(hit.concept);
        const id = `~${hit.concept}`;
        into.set(id, (into.get(id) ?? 0) + weight);
      }
    }
  };

  const categoryTerms = new Map<string, Map<string, number>>();
  for (const category of normalized.categories) {
    let catTerms = categoryTerms.get(category.name);
    if (!catTerms) {
      catTerms = new Map();
      docTerms(category.name, FIELD_CATEGORY, catTerms);
      categoryTerms.set(category.name, catTerms);
    }
    for (const value of category.reasons) {
      const key = keyOf(category.name, value);
      if (byKey.has(key)) continue;
      const terms = new Map(catTerms);
      docTerms(value, FIELD_LABEL, terms);
      for (const synonym of synonymsFor(category.name, value)) docTerms(synonym, FIELD_SYNONYM, terms);
      byKey.set(key, reasons.length);
      reasons.push({ categoryName: category.name, value, key, terms });
      if (reasons.length % STEP_REASONS === 0) yield;
    }
  }
  const N = reasons.length;
  const df = new Map<string, number>();
  let totalLength = 0;
  for (let i = 0; i < reasons.length; i++) {
    if (i % (STEP_REASONS * 10) === 0) yield;
    for (const [t, tf] of reasons[i]!.terms) {
      df.set(t, (df.get(t) ?? 0) + 1);
      totalLength += tf;
    }
  }
  const avgdl = N ? totalLength / N : 1;
  // postings: term → reason indexes and their BM25 weights (idf · tf part)
  const postings = new Map<string, { ids: Int32Array; w: Float32Array }>();
  {
    const lists = new Map<string, { ids: number[]; w: number[] }>();
    for (let i = 0; i < reasons.length; i++) {
      const r = reasons[i]!;
      if (i % (STEP_REASONS * 5) === 0) yield;
      let dl = 0;
      for (const tf of r.terms.values()) dl += tf;
      for (const [t, tf] of r.terms) {
        const n = df.get(t)!;
        const idf = Math.log(1 + (N - n + 0.5) / (n + 0.5));
        const w = (idf * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * dl) / avgdl));
        let list = lists.get(t);
        if (!list) lists.set(t, (list = { ids: [], w: [] }));
        list.ids.push(i);
        list.w.push(w);
      }
    }
    let converted = 0;
    for (const [t, list] of lists) {
      if (++converted % (STEP_WORDS * 5) === 0) yield;
      postings.set(t, { ids: Int32Array.from(list.ids), w: Float32Array.from(list.w) });
    }
  }

  // typo tolerance: one-edit neighbourhood of every word the form and the lexicon know
  const vocabulary = new Set<string>();
  for (const t of df.keys()) if (!t.startsWith('~') && isWordStem(t)) vocabulary.add(t);
  if (lexicon) for (const w of lexicon.words.keys()) if (isWordStem(w)) vocabulary.add(w);
  const deletionIndex = new Map<string, string[]>();
  let words = 0;
  let longestWord = 0; // in code points: a word one edit from a known one is at most one longer
  for (const word of vocabulary) {
    if (++words % STEP_WORDS === 0) yield;
    longestWord = Math.max(longestWord, [...word].length);
    for (const d of deletions(word)) {
      const list = deletionIndex.get(d);
      if (list) {
        if (list.length < 4) list.push(word);
      } else deletionIndex.set(d, [word]);
    }
  }
  const typoCache = new Map<string, string | null>();
  const correct = (stem: string): string | null => {
    const cached = typoCache.get(stem);
    if (cached !== undefined) return cached;
    // its deletions cost the square of its length: a run of text without spaces (Chinese, Thai, a pasted
    // token) is no typo of anything the form knows
    if (stem.length > 2 * (longestWord + 1) || [...stem].length > longestWord + 1) return null;
    let best: string | null = null;
    const consider = (candidate: string) => {
      if (best === null || (candidate[0] === stem[0] && best[0] !== stem[0])) best = candidate;
    };
    for (const c of deletionIndex.get(stem) ?? []) consider(c); // a letter missing
    for (const d of deletions(stem)) {
      if (vocabulary.has(d)) consider(d); // a letter too many
      for (const c of deletionIndex.get(d) ?? []) if (c.length === stem.length) consider(c); // a letter wrong, or two swapped
    }
    if (typoCache.size >= TYPO_CACHE) typoCache.clear();
    typoCache.set(stem, best);
    return best;
  };

  // ---------------------------------------------------------------- the query
  const readTranscript = (transcript: Transcript): Map<string, QueryTerm> => {
    const t = typeof transcript === 'string' ? transcript : parse(messagesSchema, transcript, 'transcript', "Pass a string or an array of { from: 'customer' | 'agent' | 'bot' | 'system', text: string }.");
    // a string is the customer's words: its last MAX_STRING_CHARS characters
    const messages = typeof t === 'string' ? [{ from: 'customer' as const, text: t.length > MAX_STRING_CHARS ? t.slice(-MAX_STRING_CHARS) : t }] : t.slice(-MAX_MESSAGES);
    const raw = new Map<string, QueryTerm>();
    const add = (term: string, weight: number, surface: string) => {
      let q = raw.get(term);
      if (!q) raw.set(term, (q = { weight: 0, surface, surfaceWeight: weight }));
      else if (weight > q.surfaceWeight || (weight === q.surfaceWeight && surface.length > q.surface.length)) {
        q.surface = surface;
        q.surfaceWeight = weight;
      }
      q.weight += weight;
    };
    for (const message of messages) {
      const weight = weights[message.from];
      if (!(weight > 0)) continue;
      const limit = typeof t === 'string' ? MAX_STRING_CHARS : MAX_MESSAGE_CHARS;
      const terms = analyze(message.text.length > limit ? message.text.slice(0, limit) : message.text);
      const stems = terms.map((x) => x.stem);
      for (const term of terms) {
        if (term.stop || term.stem.length > MAX_TERM_LENGTH) continue; // as learn() keeps them
        // a word unknown to the form stays a term (the learned model may know it)
        add(term.stem, weight, term.surface);
        if (df.has(term.stem) || lexicon?.words.has(term.stem) || !isWordStem(term.stem)) continue;
        const fixed = correct(term.stem);
        if (!fixed) continue;
        add(fixed, weight * TYPO_WEIGHT, term.surface);
        const concepts = lexicon?.words.get(fixed);
        if (concepts) for (const c of concepts) add(`~${c}`, weight * TYPO_WEIGHT, term.surface);
      }
      if (lexicon) for (const hit of findConcepts(terms, lexicon, stems)) add(`~${hit.concept}`, weight, hit.surfaces.join(' '));
    }
    return raw;
  };

  yield;
  // ---------------------------------------------------------------- the learned model
  const learned = new Map<string, LearnedReason>();
  /** term → learned reasons that have it */
  const learnedIndex = new Map<string, Set<LearnedReason>>();
  const background = new Map<string, number>();
  let backgroundTotal = 0;
  let clock = 0;
  let bytes = 0;
  /** Bumped by every change of the learned model; the per-term evidence below is cached for one version. */
  let version = 0;
  let cachedVersion = -1;
  const evidenceCache = new Map<string, { ids: Int32Array; w: Float32Array }>();
  const header = () => utf8Length(JSON.stringify({ format: MODEL_FORMAT, version: MODEL_VERSION, clock, reasons: [] }));

  /** `"term":count` as JSON.stringify writes it. */
  const entryBytes = (term: string, units: number) => utf8Length(JSON.stringify(term)) + 1 + String(units / UNIT).length;
  /** Its JSON's bytes: everything but `w` stringified (small), plus `w` from its entries' bytes and the commas between them. */
  const recount = (r: LearnedReason) => {
    bytes -= r.bytes;
    r.bytes = utf8Length(JSON.stringify({ c: r.c, v: r.v, n: r.n, t: r.t, w: {} })) + r.wBytes + Math.max(0, r.w.size - 1);
    bytes += r.bytes;
  };
  const totalBytes = (headerBytes = header()) => headerBytes + bytes + Math.max(0, learned.size - 1); // commas between reasons

  /** Adds `units` hundredths of a count. */
  const addCount = (r: LearnedReason, term: string, units: number) => {
    if (!(units > 0)) return;
    const before = r.w.get(term);
    if (before !== undefined) r.wBytes -= entryBytes(term, before);
    r.w.set(term, (before ?? 0) + units);
    r.wBytes += entryBytes(term, (before ?? 0) + units);
    r.total += units;
    background.set(term, (background.get(term) ?? 0) + units);
    backgroundTotal += units;
    let set = learnedIndex.get(term);
    if (!set) learnedIndex.set(term, (set = new Set()));
    set.add(r);
  };
  const dropTerm = (r: LearnedReason, term: string) => {
    const count = r.w.get(term);
    if (count === undefined) return;
    r.wBytes -= entryBytes(term, count);
    r.w.delete(term);
    r.total -= count;
    const left = (background.get(term) ?? 0) - count;
    if (left > 0) background.set(term, left);
    else background.delete(term);
    backgroundTotal -= count;
    const set = learnedIndex.get(term);
    set?.delete(r);
    if (set?.size === 0) learnedIndex.delete(term);
  };
  const dropReason = (r: LearnedReason) => {
    for (const term of [...r.w.keys()]) dropTerm(r, term);
    learned.delete(keyOf(r.c, r.v));
    bytes -= r.bytes;
  };

  /**
   * Once over the bound, forgets down to 90 % of it (so pruning is rare): the rarest terms first
   * (count ≤ 1, then ≤ 2, ≤ 4, ≤ 8), oldest reasons first among equals; last, whole reasons, oldest first.
   */
  const enforceBound = () => {
    const h = header(); // the clock does not change while pruning
    if (totalBytes(h) <= maxBytes) return;
    const target = Math.floor(maxBytes * 0.9);
    const oldestFirst = [...learned.values()].sort((a, b) => a.t - b.t);
    for (let level = 1; level <= 8 && totalBytes(h) > target; level *= 2) {
      for (const r of oldestFirst) {
        if (totalBytes(h) <= target) break;
        let changed = false;
        for (const [term, count] of r.w) { // deleting the current entry while iterating a Map is safe
          if (count <= level * UNIT) {
            dropTerm(r, term);
            changed = true;
          }
        }
        if (changed) recount(r);
      }
    }
    for (const r of oldestFirst) {
      if (totalBytes(h) <= target) break;
      dropReason(r);
    }
  };

  const clear = () => {
    learned.clear();
    learnedIndex.clear();
    background.clear();
    backgroundTotal = 0;
    clock = 0;
    bytes = 0;
  };

  const load = (model: unknown) => {
    const parsed = parse(
      modelSchema,
      typeof model === 'string' ? parseJson(model) : model,
      'model',
      `Pass what export() returned: { format: "${MODEL_FORMAT}", version: ${MODEL_VERSION}, clock, reasons: [{ c, v, n, t, w }] }.`,
    );
    clear();
    clock = parsed.clock;
    for (const entry of parsed.reasons) {
      const key = keyOf(entry.c, entry.v);
      const existing = learned.get(key);
      const r: LearnedReason = existing ?? { at: byKey.get(key) ?? -1, c: entry.c, v: entry.v, n: 0, t: 0, w: new Map(), total: 0, bytes: 0, wBytes: 0 };
      r.n += entry.n;
      r.t = Math.max(r.t, entry.t);
      clock = Math.max(clock, r.t);
      for (const [term, count] of Object.entries(entry.w)) addCount(r, term, Math.round(count * UNIT));
      learned.set(key, r);
      recount(r);
    }
    enforceBound();
    version += 1;
  };

  /** Per term, the reasons of this form it is evidence for, with `ln(P(t | r) / P(t)) · n / (n + 1)` (positive only); cached until the model changes. */
  const evidenceOf = (term: string): { ids: Int32Array; w: Float32Array } | undefined => {
    if (cachedVersion !== version) {
      evidenceCache.clear();
      cachedVersion = version;
    }
    const cached = evidenceCache.get(term);
    if (cached) return cached;
    const set = learnedIndex.get(term);
    if (!set) return undefined;
    const V = background.size;
    const pt = (background.get(term)! + S) / (backgroundTotal + S * V);
    const ids: number[] = [];
    const w: number[] = [];
    for (const r of set) {
      if (r.at < 0) continue;
      const llr = Math.log((r.w.get(term)! + S) / (r.total + S * V) / pt);
      if (llr > 0) {
        ids.push(r.at);
        w.push((llr * r.n) / (r.n + 1));
      }
    }
    const entry = { ids: Int32Array.from(ids), w: Float32Array.from(w) };
    evidenceCache.set(term, entry);
    return entry;
  };

  // ---------------------------------------------------------------- scoring
  /** Relevance per reason of the current call: lexical + learned (only the reasons in `ids` are current). */
  const lexical = new Float64Array(N);
  const touched = new Uint8Array(N);

  const suggester: ReasonSuggester = {
    suggest(transcript, suggestOptions = {}) {
      const { limit = 3 } = parse(suggestOptionsSchema, suggestOptions, 'options', 'Pass { limit?: a whole number 0–100 }.');
      const raw = readTranscript(transcript);
      if (limit === 0 || N === 0) return [];
      const query = new Map<string, number>();
      for (const [term, q] of raw) query.set(term, saturate(q.weight));

      const ids: number[] = [];
      for (const [term, q] of query) {
        const list = postings.get(term);
        if (!list) continue;
        const { ids: postingIds, w } = list;
        for (let k = 0; k < postingIds.length; k++) {
          const i = postingIds[k]!;
          if (!touched[i]) {
            touched[i] = 1;
            lexical[i] = 0;
            ids.push(i);
          }
          lexical[i]! += q * w[k]!;
        }
      }
      // learned evidence: an average over the query terms the model knows, grown with the model's maturity
      let known = 0;
      for (const [term, q] of query) if (background.has(term)) known += q;
      const scale = known > 0 ? (LEARNED_WEIGHT * clock) / (clock + MATURITY_LEARNS) / known : 0;
      if (known > 0) {
        for (const [term, q] of query) {
          const evidence = evidenceOf(term);
          if (!evidence) continue;
          const { ids: evidenceIds, w } = evidence;
          for (let k = 0; k < evidenceIds.length; k++) {
            const i = evidenceIds[k]!;
            if (!touched[i]) {
              touched[i] = 1;
              lexical[i] = 0;
              ids.push(i);
            }
            lexical[i]! += scale * q * w[k]!;
          }
        }
      }
      // the best limit + 1 by relevance
      const keep = limit + 1;
      const top: Array<{ i: number; r: number }> = [];
      for (const i of ids) {
        touched[i] = 0;
        const r = lexical[i]!;
        if (top.length === keep && r <= top[keep - 1]!.r) continue;
        let p = top.length < keep ? top.length : keep - 1;
        if (top.length < keep) top.push({ i, r });
        while (p > 0 && top[p - 1]!.r < r) {
          top[p] = top[p - 1]!;
          p--;
        }
        top[p] = { i, r };
      }
      const out: ReasonSuggestion[] = [];
      for (let k = 0; k < Math.min(limit, top.length); k++) {
        const { i, r } = top[k]!;
        const other = k === 0 ? (top[1]?.r ?? 0) : top[0]!.r;
        const score = sigmoid(calA * r + calB * (r - other) + calC);
        if (score < minScore) continue;
        const reason = reasons[i]!;
        out.push({ categoryName: reason.categoryName, value: reason.value, score, because: because(i, query, raw, scale) });
      }
      return out;
    },

    learn(transcript, chosen) {
      const picked = parse(chosenSchema, chosen, 'chosen', 'Pass the reasons the agent applied: [{ categoryName, value }].');
      const raw = readTranscript(transcript);
      if (picked.length === 0 || raw.size === 0) return;
      const terms = [...raw]
        .filter(([term]) => term.length <= MAX_TERM_LENGTH)
        .map(([term, q]) => ({ term, count: Math.round(saturate(q.weight) * UNIT) }))
        .sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1))
        .slice(0, MAX_TERMS_PER_LEARN);
      clock += 1;
      const seen = new Set<string>();
      for (const { categoryName, value } of picked) {
        const key = keyOf(categoryName, value);
        if (seen.has(key)) continue;
        seen.add(key);
        let r = learned.get(key);
        if (!r) learned.set(key, (r = { at: byKey.get(key) ?? -1, c: categoryName, v: value, n: 0, t: 0, w: new Map(), total: 0, bytes: 0, wBytes: 0 }));
        r.n += 1;
        r.t = clock;
        for (const { term, count } of terms) addCount(r, term, count);
        recount(r);
      }
      enforceBound();
      version += 1;
    },

    export() {
      return {
        format: MODEL_FORMAT,
        version: MODEL_VERSION,
        clock,
        reasons: [...learned.values()].map((r) => ({ c: r.c, v: r.v, n: r.n, t: r.t, w: exportCounts(r.w) })),
      };
    },

    import(model) {
      load(model);
    },

    get size() {
      return totalBytes();
    },
  };

  /** The words as written behind the terms that raised this reason, heaviest first. */
  function because(i: number, query: Map<string, number>, raw: Map<string, QueryTerm>, learnedScale: number): string[] {
    const reason = reasons[i]!;
    const contributions: Array<{ term: string; c: number }> = [];
    for (const [term, q] of query) {
      let c = 0;
      if (reason.terms.has(term)) c += q * Math.log(1 + N / df.get(term)!);
      if (learnedScale > 0 && learnedIndex.has(term)) {
        const evidence = evidenceOf(term);
        const k = evidence ? evidence.ids.indexOf(i) : -1;
        if (k >= 0) c += learnedScale * q * evidence!.w[k]!;
      }
      if (c > 0) contributions.push({ term, c });
    }
    contributions.sort((a, b) => b.c - a.c);
    const words: string[] = [];
    const seen = new Set<string>();
    for (const { term } of contributions) {
      const surface = raw.get(term)!.surface;
      const key = surface.toLowerCase();
      if (seen.has(key)) continue; // also a word already shown inside a phrase
      seen.add(key);
      for (const word of key.split(' ')) seen.add(word);
      words.push(surface);
      if (words.length === 6) break;
    }
    return words;
  }

  if (opts.model !== undefined) load(opts.model);
  return suggester;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new WrapUpError('INVALID_OPTIONS', `model is a string that is not JSON (${error instanceof Error ? error.message : 'parse error'}): pass what export() returned, or its JSON.`, { path: [], cause: error });
  }
}

function readForm(form: unknown): NormalizedWrapUpForm {
  if (form !== null && typeof form === 'object' && !Array.isArray(form) && 'categories' in form && 'multiple' in form) {
    // normalizeWrapUpForm's result: checked by its own schema
    const parsed = normalizedWrapUpFormSchema.safeParse(form);
    if (parsed.success) return form as NormalizedWrapUpForm;
    throw fromZodError('INVALID_FORM', 'form', parsed.error, form, "Pass normalizeWrapUpForm's result ({ multiple, categories: [{ name, reasons }] }), or the Unified Admin form JSON.");
  }
  return normalizeWrapUpForm(form);
}
