/**
 * Suggested reasons for the React layer (issue 15), framework-free: one per provider. It owns
 *
 * - one reason suggester per normalised form, built lazily in an idle callback (~200 ms at 10,000
 *   reasons: never during a render), all sharing the agent's learned model, which is persisted in
 *   the provider's storage (bounded by the suggester: ≤ 200 kB) and starts from a shared `model`;
 * - each conversation's suggestions, recomputed (in an idle callback) as its transcript grows, so
 *   they are ready when the wrap-up opens; or a desk's own async `suggest` (a server, an LLM);
 * - learning: an `applied` outcome trains the model with what was sent and the transcript;
 * - a ledger per conversation (shown, accepted with rank, ignored on the outcome), stats over all
 *   of them, and `onFeedback` for a desk's analytics. Nothing goes into the wrap-up payload.
 */
import type { NormalizedWrapUpForm } from '../core/admin-form';
import type { OutboxOutcome } from '../core/outbox';
import { keyedListeners } from '../core/keyed-listeners';
import { reasonKey } from '../core/reason-index';
import type { WrapUpSessions } from '../core/sessions';
import { readStored, writeStored, writeStoredJson, type OutboxStorage } from '../core/storage';
import type { ReasonSuggester, ReasonSuggestion, SuggesterModel, TranscriptMessage } from '../core/suggest';

/*
 * The suggester (its index, lexicon and text handling: ~16 kB min+gzip) is loaded with a dynamic
 * import the first time a conversation has words to suggest from: a panel's first load does not
 * carry it, and a desk that turns suggestions off never loads it.
 */
let suggestModule: Promise<typeof import('../core/suggest')> | undefined;
const loadSuggest = () => (suggestModule ??= import('../core/suggest'));

/** Most suggestions shown. */
export const MAX_SUGGESTIONS = 3;

export interface SuggestionRequest {
  conversationId: string;
  transcript: readonly TranscriptMessage[];
  form: NormalizedWrapUpForm;
}

/** One conversation's suggestion record, as `onFeedback` gets it once the Agent Manager answered. */
export interface SuggestionFeedback {
  conversationId: string;
  /** The outcome's status (`applied`, `left`, `expired`, …). */
  status: OutboxOutcome['status'];
  /** Where the suggestions came from: this device's suggester, or the desk's own `suggest`. */
  source: 'device' | 'custom';
  /** Every reason suggested while the panel showed them, at its best rank (1 = first). */
  shown: Array<{ categoryName: string; value: string; rank: number; score: number }>;
  /** Suggestions the agent accepted from the "Suggested" group (or by its key), with their rank then. */
  accepted: Array<{ categoryName: string; value: string; rank: number }>;
  /** Shown, and not in what was sent. */
  ignored: Array<{ categoryName: string; value: string; rank: number }>;
  /** What was sent (the codes of the wrap-up). */
  sent: Array<{ categoryName: string; value: string }>;
}

export interface SuggestionsOptions {
  /** A shared model to start from (an earlier `export()`): used until this agent's own model is stored. */
  model?: SuggesterModel | undefined;
  /** Words an admin attaches to a reason (see `createReasonSuggester`). */
  synonyms?: Record<string, string[]> | undefined;
  /** Opt-in: suggestions scoring at least this (0–1) are ticked for the agent when the wrap-up has no codes yet. Never by default. */
  preselectAbove?: number | undefined;
  /** The desk's own suggestions (a server, an LLM) instead of the on-device suggester; shown the same way. */
  suggest?: (input: SuggestionRequest) => Promise<ReasonSuggestion[]>;
  /** Each conversation's suggestion record, once the Agent Manager answered: ship it to your analytics. */
  onFeedback?: (feedback: SuggestionFeedback) => void;
}

export type SuggestionsStatus = 'off' | 'idle' | 'building' | 'loading' | 'ready' | 'error';

export interface SuggestionsSnapshot {
  status: SuggestionsStatus;
  suggestions: readonly ReasonSuggestion[];
  error: Error | null;
}

export interface ReasonStats {
  categoryName: string;
  value: string;
  shown: number;
  accepted: number;
  /** Shown and sent (accepted, or ticked elsewhere in the list). */
  used: number;
  /** accepted / shown (0 when never shown). */
  acceptRate: number;
}

export interface SuggestionStats {
  /** Conversations answered with suggestions shown. */
  conversations: number;
  shown: number;
  accepted: number;
  used: number;
  /** Over every suggestion shown: accepted / shown. */
  acceptRate: number;
  /** Per reason, most shown first. */
  reasons: ReasonStats[];
}

export interface SuggestionEngine {
  readonly options: SuggestionsOptions;
  setOptions(options: SuggestionsOptions): void;
  /** The conversation's suggestions (the same object until they change). */
  get(conversationId: string): SuggestionsSnapshot;
  subscribe(conversationId: string, listener: () => void): () => void;
  /**
   * A view of the conversation with this form (and the desk's own transcript, if given): starts
   * following its transcript and outcome, and schedules a computation. Returns a release function.
   */
  watch(conversationId: string, form: NormalizedWrapUpForm, transcript?: readonly TranscriptMessage[]): () => void;
  /** Recorded in the ledger: these suggestions were shown to the agent. */
  shown(conversationId: string, suggestions: readonly ReasonSuggestion[]): void;
  /** Recorded in the ledger: the agent accepted this suggestion, at this rank (1-based). */
  accepted(conversationId: string, suggestion: Pick<ReasonSuggestion, 'categoryName' | 'value'>, rank: number): void;
  stats(): SuggestionStats;
  subscribeStats(listener: () => void): () => void;
  /** The model as stored now (undefined before anything was learned or loaded). */
  model(): SuggesterModel | undefined;
  /** Runs what is scheduled now (tests). */
  flush(): Promise<void>;
  /** Stops following every conversation and cancels what is scheduled (the provider unmounted); a later `watch` starts again. */
  stop(): void;
  dispose(): void;
}

export const suggestionKeys = {
  model: 'agent-desk-wrapup:suggest:model',
  ledger: 'agent-desk-wrapup:suggest:ledger',
  stats: 'agent-desk-wrapup:suggest:stats',
};
const MAX_MODEL_CHARS = 200_000;
const MAX_LEDGER = 100;
const MAX_STATS_REASONS = 500;
const MAX_WATCHED = 50;

interface LedgerEntry {
  shown: Array<{ c: string; v: string; rank: number; score: number }>;
  accepted: Array<{ c: string; v: string; rank: number }>;
}
type Ledger = Record<string, LedgerEntry>;
interface StoredStats {
  conversations: number;
  reasons: Record<string, { c: string; v: string; shown: number; accepted: number; used: number }>;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isLedger = (v: unknown): v is Ledger => isObject(v) && Object.values(v).every((e) => isObject(e) && Array.isArray(e.shown) && Array.isArray(e.accepted));
const isStats = (v: unknown): v is StoredStats => isObject(v) && typeof v.conversations === 'number' && isObject(v.reasons);
const isModel = (v: unknown): v is SuggesterModel => isObject(v) && Array.isArray(v.reasons);

const idle = (fn: () => void): (() => void) => {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
  if (typeof g.requestIdleCallback === 'function' && typeof g.cancelIdleCallback === 'function') {
    const id = g.requestIdleCallback(fn, { timeout: 300 });
    return () => g.cancelIdleCallback!(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
};

const off: SuggestionsSnapshot = Object.freeze({ status: 'off', suggestions: Object.freeze([]), error: null });
const idleSnapshot: SuggestionsSnapshot = Object.freeze({ status: 'idle', suggestions: Object.freeze([]), error: null });
export const suggestionsOff = off;

const sameSuggestions = (a: readonly ReasonSuggestion[], b: readonly ReasonSuggestion[]) =>
  a.length === b.length &&
  a.every((s, i) => s.categoryName === b[i]!.categoryName && s.value === b[i]!.value && Math.round(s.score * 100) === Math.round(b[i]!.score * 100) && s.because.join('\u0000') === b[i]!.because.join('\u0000'));

/** A desk's suggestions, checked: reasons of the form only, at most 3, scores 0–1, `because` words as strings. */
function cleanCustom(result: unknown, form: NormalizedWrapUpForm): ReasonSuggestion[] {
  if (!Array.isArray(result)) return [];
  const known = new Set<string>();
  for (const c of form.categories) for (const r of c.reasons) known.add(reasonKey({ categoryName: c.name, value: r }));
  const out: ReasonSuggestion[] = [];
  const seen = new Set<string>();
  for (const s of result as unknown[]) {
    if (!isObject(s) || typeof s.categoryName !== 'string' || typeof s.value !== 'string') continue;
    const key = reasonKey({ categoryName: s.categoryName, value: s.value });
    if (!known.has(key) || seen.has(key)) continue;
    seen.add(key);
    const score = typeof s.score === 'number' && Number.isFinite(s.score) ? Math.min(1, Math.max(0, s.score)) : 0;
    const because = Array.isArray(s.because) ? s.because.filter((w): w is string => typeof w === 'string').slice(0, 6) : [];
    out.push({ categoryName: s.categoryName, value: s.value, score, because });
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}

export function createSuggestionEngine({ sessions, storage, options: initial }: { sessions: WrapUpSessions; storage: OutboxStorage; options: SuggestionsOptions }): SuggestionEngine {
  let options = initial;
  let disposed = false;

  // ------------------------------------------------------------ the model, shared by every form's suggester
  let model: SuggesterModel | undefined = readStored(storage, suggestionKeys.model, isModel);
  let modelRev = 0;
  type SuggesterEntry = { suggester?: ReasonSuggester; rev: number; building: boolean; error?: Error; waiting: Set<() => void> };
  const suggesters = new WeakMap<NormalizedWrapUpForm, SuggesterEntry>();
  const buildingForms = new Set<SuggesterEntry>();

  /** The form's suggester once built (built in an idle callback on first need; `then` runs once it is). */
  function suggesterFor(form: NormalizedWrapUpForm, then: () => void): ReasonSuggester | undefined {
    let entry = suggesters.get(form);
    if (!entry) suggesters.set(form, (entry = { rev: -1, building: false, waiting: new Set() }));
    if (entry.suggester) {
      if (entry.rev !== modelRev && model) {
        try {
          entry.suggester.import(model);
        } catch {
          // a model another form's suggester exported is always valid; keep what this one has
        }
        entry.rev = modelRev;
      }
      return entry.suggester;
    }
    if (entry.error) return undefined;
    entry.waiting.add(then);
    if (!entry.building) {
      entry.building = true;
      const e = entry;
      buildingForms.add(e);
      const fail = (error: unknown) => {
        e.error = error instanceof Error ? error : new Error(String(error));
        e.building = false;
        buildingForms.delete(e);
        const waiting = [...e.waiting];
        e.waiting.clear();
        for (const fn of waiting) fn();
      };
      later(() => {
        if (disposed) return;
        loadSuggest().then(({ buildReasonSuggester }) => {
          // the index is built in short slices in idle time (~200 ms of work at 10,000 reasons; no slice near 16 ms)
          const slices = { schedule: (next: () => void) => void later(next), signal: { get aborted() { return disposed; } } };
          const done = (suggester: ReasonSuggester) => {
            e.suggester = suggester;
            e.rev = modelRev;
            e.building = false;
            buildingForms.delete(e);
            const waiting = [...e.waiting];
            e.waiting.clear();
            for (const fn of waiting) fn();
          };
          const start = model ?? options.model;
          buildReasonSuggester(form, { synonyms: options.synonyms, model: start }, slices).then(done, () =>
            // a stored or shared model that no longer reads: start cold rather than not at all
            buildReasonSuggester(form, { synonyms: options.synonyms }, slices).then(done, fail),
          );
        }, fail);
      });
    }
    return undefined;
  }

  // ------------------------------------------------------------ per conversation
  interface Watched {
    form: NormalizedWrapUpForm;
    /** The desk's own transcript, when it passes one. */
    transcript: readonly TranscriptMessage[] | undefined;
    views: number;
    seenOutcome: OutboxOutcome | undefined;
    unsubscribe: () => void;
    scheduled?: () => void;
    request: number;
  }
  const watched = new Map<string, Watched>();
  const snapshots = new Map<string, SuggestionsSnapshot>();
  const listeners = keyedListeners();
  const statsListeners = new Set<() => void>();
  const pending = new Set<() => void>();
  /** Runs `fn` in an idle callback (or a timeout); cancelled on dispose. */
  function later(fn: () => void): () => void {
    const cancel = idle(() => {
      pending.delete(cancel);
      fn();
    });
    pending.add(cancel);
    return cancel;
  }
  const lastTranscript = new Map<string, readonly TranscriptMessage[]>();

  const set = (id: string, next: SuggestionsSnapshot) => {
    // compared with what observers see now (idle before anything was set): no change, no render
    const current = snapshots.get(id) ?? idleSnapshot;
    if (current.status === next.status && current.error === next.error && sameSuggestions(current.suggestions, next.suggestions)) return;
    snapshots.set(id, next);
    listeners.fire(id);
  };

  const transcriptOf = (id: string, w: Watched | undefined) => w?.transcript ?? sessions.transcript(id);

  function compute(id: string) {
    const w = watched.get(id);
    if (!w || disposed) return;
    const form = w.form;
    const transcript = transcriptOf(id, w);
    lastTranscript.set(id, transcript);
    const previous = snapshots.get(id)?.suggestions ?? [];
    const custom = options.suggest;
    if (custom) {
      const request = ++w.request;
      set(id, { status: 'loading', suggestions: previous, error: null });
      let promise: Promise<ReasonSuggestion[]>;
      try {
        promise = Promise.resolve(custom({ conversationId: id, transcript, form }));
      } catch (error) {
        promise = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      promise.then(
        (result) => {
          if (request === w.request && !disposed) set(id, { status: 'ready', suggestions: cleanCustom(result, form), error: null });
        },
        (error: unknown) => {
          if (request === w.request && !disposed) set(id, { status: 'error', suggestions: previous, error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
      return;
    }
    // no words yet: nothing to suggest, and no suggester built (a 10,000-reason index is ~200 ms of
    // idle time, spent once the chat has started, not while the agent types in a panel opened without one)
    if (transcript.length === 0) {
      set(id, idleSnapshot);
      return;
    }
    const suggester = suggesterFor(form, () => schedule(id));
    if (!suggester) {
      const failed = suggesters.get(form)?.error;
      set(id, failed ? { status: 'error', suggestions: [], error: failed } : { status: 'building', suggestions: previous, error: null });
      return;
    }
    let suggestions: ReasonSuggestion[];
    try {
      suggestions = suggester.suggest(transcript as TranscriptMessage[], { limit: MAX_SUGGESTIONS });
    } catch (error) {
      set(id, { status: 'error', suggestions: [], error: error as Error });
      return;
    }
    set(id, { status: 'ready', suggestions, error: null });
  }

  function schedule(id: string) {
    const w = watched.get(id);
    if (!w || w.scheduled || disposed) return;
    w.scheduled = later(() => {
      w.scheduled = undefined;
      compute(id);
    });
  }

  // ------------------------------------------------------------ the ledger and stats
  const readLedger = () => readStored(storage, suggestionKeys.ledger, isLedger) ?? {};
  function writeLedger(ledger: Ledger) {
    const ids = Object.keys(ledger);
    for (const old of ids.slice(0, Math.max(0, ids.length - MAX_LEDGER))) delete ledger[old];
    writeStored(storage, suggestionKeys.ledger, ledger);
  }
  const readStats = (): StoredStats => readStored(storage, suggestionKeys.stats, isStats) ?? { conversations: 0, reasons: {} };

  function learnFrom(id: string, outcome: OutboxOutcome) {
    const ledger = readLedger();
    const entry = ledger[id];
    const sent = (sessions.readDraft(id)?.wrapups ?? []).map((w) => ({ categoryName: w.categoryName, value: w.value }));
    const transcript = lastTranscript.get(id) ?? transcriptOf(id, watched.get(id));
    // learning: what the agent applied, from this conversation's words (on-device suggestions only)
    const w = watched.get(id);
    if (outcome.status === 'applied' && sent.length > 0 && transcript.length > 0 && !options.suggest && w) {
      const form = w.form;
      const train = () => {
        // the suggester may still be building: learn once it is
        const suggester = suggesterFor(form, train);
        if (!suggester || disposed) return;
        try {
          suggester.learn(transcript as TranscriptMessage[], sent);
        } catch {
          return;
        }
        const next = suggester.export();
        const json = JSON.stringify(next);
        if (json.length <= MAX_MODEL_CHARS) writeStoredJson(storage, suggestionKeys.model, json);
        model = next;
        modelRev += 1;
        const entryOf = suggesters.get(form);
        if (entryOf) entryOf.rev = modelRev;
        for (const other of watched.keys()) schedule(other);
      };
      // learn costs a few ms (more when the model is pruned): not in the answer's own task
      later(train);
    }
    // a refusal (wrapupError) is not the end: the agent corrects and sends again, under the same record
    if (!entry || entry.shown.length === 0 || outcome.status === 'rejected') return;
    delete ledger[id];
    writeLedger(ledger);
    const sentKeys = new Set(sent.map(reasonKey));
    const acceptedKeys = new Set(entry.accepted.map((a) => reasonKey({ categoryName: a.c, value: a.v })));
    const stats = readStats();
    stats.conversations += 1;
    for (const s of entry.shown) {
      const key = reasonKey({ categoryName: s.c, value: s.v });
      const r = (stats.reasons[key] ??= { c: s.c, v: s.v, shown: 0, accepted: 0, used: 0 });
      r.shown += 1;
      if (acceptedKeys.has(key)) r.accepted += 1;
      if (sentKeys.has(key)) r.used += 1;
    }
    const keys = Object.keys(stats.reasons);
    if (keys.length > MAX_STATS_REASONS) {
      for (const k of keys.sort((a, b) => stats.reasons[a]!.shown - stats.reasons[b]!.shown).slice(0, keys.length - MAX_STATS_REASONS)) delete stats.reasons[k];
    }
    writeStored(storage, suggestionKeys.stats, stats);
    statsCache = undefined;
    for (const l of [...statsListeners]) l();
    const feedback: SuggestionFeedback = {
      conversationId: id,
      status: outcome.status,
      source: options.suggest ? 'custom' : 'device',
      shown: entry.shown.map((s) => ({ categoryName: s.c, value: s.v, rank: s.rank, score: s.score })),
      accepted: entry.accepted.map((a) => ({ categoryName: a.c, value: a.v, rank: a.rank })),
      ignored: entry.shown.filter((s) => !sentKeys.has(reasonKey({ categoryName: s.c, value: s.v }))).map((s) => ({ categoryName: s.c, value: s.v, rank: s.rank })),
      sent,
    };
    try {
      options.onFeedback?.(feedback);
    } catch {
      // a desk's analytics must not break the wrap-up
    }
  }

  let statsCache: SuggestionStats | undefined;

  const engine: SuggestionEngine = {
    get options() {
      return options;
    },
    setOptions(next) {
      options = next;
    },
    get: (id) => snapshots.get(id) ?? idleSnapshot,
    subscribe: listeners.add,
    watch(id, form, transcript) {
      let w = watched.get(id);
      if (!w) {
        const offTranscript = sessions.subscribeTranscript(id, () => schedule(id));
        const offSession = sessions.subscribe(id, () => {
          const outcome = sessions.get(id).outcome;
          const current = watched.get(id);
          if (!current || !outcome || outcome === current.seenOutcome) return;
          current.seenOutcome = outcome;
          learnFrom(id, outcome);
        });
        w = { form, transcript, views: 0, seenOutcome: sessions.get(id).outcome, unsubscribe: () => (offTranscript(), offSession()), request: 0 };
        watched.set(id, w);
        // bounded: the conversations watched longest ago, with no view left, are let go
        if (watched.size > MAX_WATCHED) {
          for (const [other, o] of watched) {
            if (watched.size <= MAX_WATCHED) break;
            if (o.views === 0 && other !== id) {
              o.unsubscribe();
              o.scheduled?.();
              watched.delete(other);
            }
          }
        }
      }
      const view = w;
      view.views += 1;
      view.form = form;
      view.transcript = transcript;
      schedule(id);
      // still watched after the last view: the outcome that trains the model often comes after the panel closed
      return () => {
        view.views -= 1;
      };
    },
    shown(id, suggestions) {
      if (suggestions.length === 0) return;
      const ledger = readLedger();
      const entry = (ledger[id] ??= { shown: [], accepted: [] });
      let changed = false;
      suggestions.forEach((s, i) => {
        const rank = i + 1;
        const known = entry.shown.find((e) => e.c === s.categoryName && e.v === s.value);
        if (!known) {
          entry.shown.push({ c: s.categoryName, v: s.value, rank, score: Math.round(s.score * 1000) / 1000 });
          changed = true;
        } else if (rank < known.rank) {
          known.rank = rank;
          changed = true;
        }
      });
      if (!changed) return;
      delete ledger[id];
      ledger[id] = entry; // newest last: the oldest are forgotten first
      writeLedger(ledger);
    },
    accepted(id, suggestion, rank) {
      const ledger = readLedger();
      const entry = (ledger[id] ??= { shown: [], accepted: [] });
      if (entry.accepted.some((a) => a.c === suggestion.categoryName && a.v === suggestion.value)) return;
      entry.accepted.push({ c: suggestion.categoryName, v: suggestion.value, rank });
      if (!entry.shown.some((e) => e.c === suggestion.categoryName && e.v === suggestion.value)) entry.shown.push({ c: suggestion.categoryName, v: suggestion.value, rank, score: 0 });
      writeLedger(ledger);
    },
    stats() {
      if (!statsCache) {
        const stored = readStats();
        const reasons = Object.values(stored.reasons)
          .map((r) => ({ categoryName: r.c, value: r.v, shown: r.shown, accepted: r.accepted, used: r.used, acceptRate: r.shown ? r.accepted / r.shown : 0 }))
          .sort((a, b) => b.shown - a.shown || b.accepted - a.accepted);
        const shown = reasons.reduce((n, r) => n + r.shown, 0);
        const accepted = reasons.reduce((n, r) => n + r.accepted, 0);
        const used = reasons.reduce((n, r) => n + r.used, 0);
        statsCache = { conversations: stored.conversations, shown, accepted, used, acceptRate: shown ? accepted / shown : 0, reasons };
      }
      return statsCache;
    },
    subscribeStats(listener) {
      statsListeners.add(listener);
      return () => statsListeners.delete(listener);
    },
    model: () => model,
    async flush() {
      for (let round = 0; round < 10 && pending.size > 0; round++) await new Promise((r) => setTimeout(r, 0));
    },
    stop() {
      for (const cancel of pending) cancel();
      pending.clear();
      for (const w of watched.values()) w.unsubscribe();
      watched.clear();
      // a suggester still being built is built again on the next need
      buildingForms.forEach((e) => {
        if (!e.suggester) e.building = false;
      });
      buildingForms.clear();
    },
    dispose() {
      disposed = true;
      for (const cancel of pending) cancel();
      pending.clear();
      for (const w of watched.values()) w.unsubscribe();
      watched.clear();
      listeners.clear();
      statsListeners.clear();
    },
  };
  return engine;
}
