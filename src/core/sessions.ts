/**
 * The session store: one owner for each conversation's wrap-up. Framework-free, after TanStack
 * Query's cache and observers: hooks and components observe it, nothing keeps its own copy.
 *
 * Per conversation it holds the phase (`live` → `timed` on `wrapupTimerStarted` → `closed` on the
 * Agent Manager's answer), the deadline, the pending outbox entry, the outcome, and whether the
 * wrap-up was applied automatically; it is persisted, so a reload or a remount restores it.
 *
 * Who listens to what: the session store is the only listener of `wrapupTimerStarted`; the outbox
 * is the only listener of the answers (`topicUnsubscription`, echoes, refusals), and the store
 * learns them from the outbox's changes. The outbox gets each wrap-up's deadline from here.
 */
import { WrapUpError } from './errors';
import type { Outbox, OutboxChange } from './outbox';
import { outcomeFromStored, outcomeToStored, type OutboxEntry, type OutboxEvent, type OutboxOutcome, type StoredOutcome } from './outbox-rules';
import type { CloseWrapupPayload, PublishCimEventPayload } from './schemas';
import { createMemoryStorage, readStored, storageKeys, writeStored, type OutboxStorage } from './storage';
import type { AgentManagerEvent, WrapUpTransport } from './transport-contract';
import { readCimEvent } from './cim-event';
import { keyedListeners } from './keyed-listeners';
import type { TranscriptMessage } from './suggest/suggester';

export type WrapUpPhase = 'live' | 'timed' | 'closed';
/** What the agent sees of a wrap-up: nothing sent, on its way, waiting for the answer, or the answer. */
export type WrapUpStatus = 'idle' | 'submitting' | 'pending' | 'applied' | 'left' | 'expired' | 'failed';

export interface WrapUpSession {
  readonly conversationId: string;
  /** `live` while the chat runs; `timed` from `wrapupTimerStarted` (also after the deadline, until the answer); `closed` once answered. */
  readonly phase: WrapUpPhase;
  /** Epoch ms when the server expires the timed wrap-up; undefined before `wrapupTimerStarted`. Kept once closed (it had a timed phase). */
  readonly deadline: number | undefined;
  readonly totalSeconds: number;
  /** The wrap-up sent and not yet confirmed (the outbox's entry), if any. */
  readonly pending: OutboxEntry | undefined;
  /** The Agent Manager's answer to this wrap-up (or the server's own end of it). */
  readonly outcome: OutboxOutcome | undefined;
  /** The wrap-up was applied automatically before the deadline, not by the agent. */
  readonly autoApplied: boolean;
  readonly status: WrapUpStatus;
  /** Counts the wrap-ups of this conversation: a live-chat wrap-up, then the timed one. Starts at 0. */
  readonly round: number;
  /** False while what is pending is kept in memory only (no usable storage, or storage full): a reload would lose it. */
  readonly stored: boolean;
}

/** A draft: the codes and note the agent has entered and not yet sent. */
export interface WrapUpDraft {
  wrapups: Array<{ categoryName: string; value: string }>;
  note: string;
}

export interface WrapUpSessionsOptions {
  /** The outbox the store sends through; its transport is the store's. */
  outbox: Outbox;
  /** Where sessions, drafts and transcripts are kept; default: the outbox's storage (localStorage where it works). */
  storage?: OutboxStorage | undefined;
  now?: () => number;
  /** How many conversations are remembered; the oldest (and their drafts) are forgotten first. Default 200. */
  maxSessions?: number | undefined;
  /** `list()` leaves out a timed phase this long past its deadline with no answer; default 10 minutes. */
  staleAfterMs?: number | undefined;
  /** Start listening at once (default true). The React provider starts it in an effect instead. */
  autoStart?: boolean | undefined;
}

export interface WrapUpSubmitOptions {
  event?: OutboxEvent | undefined;
  /** Applied automatically before the deadline (recorded as `autoApplied`). */
  auto?: boolean | undefined;
}

export interface WrapUpSessions {
  /** The conversation's session: the same object until it changes (safe for `useSyncExternalStore`). */
  get(conversationId: string): WrapUpSession;
  /** Calls `listener` whenever that conversation's session changes. */
  subscribe(conversationId: string, listener: () => void): () => void;
  /**
   * Every conversation now in its timed wrap-up or with a wrap-up pending: a desk's wrap-up inbox.
   * A timed phase whose deadline passed more than `staleAfterMs` ago with no answer (a page closed
   * before it came) is left out. Same array until it changes.
   */
  list(): readonly WrapUpSession[];
  /** Calls `listener` whenever `list()` may have changed. */
  subscribeList(listener: () => void): () => void;
  /** Starts the timed phase by hand, as `wrapupTimerStarted` does (duration in seconds; over 3,600 = ms). */
  startTimer(conversationId: string, duration: number | string): void;
  /** Forgets the countdown (the phase goes back to `live` unless closed). */
  stopTimer(conversationId: string): void;
  /**
   * The conversation is the agent's again (a transfer back, a new assignment of the same id): a
   * closed session starts a new wrap-up (`live`, next round, no outcome, no draft). Call it on
   * `onTopicData`. A session that is not closed is left as it is.
   */
  reopen(conversationId: string): void;
  /** Sends a wrap-up through the outbox with the conversation's deadline; resolves with the answer. */
  submit(payload: CloseWrapupPayload | PublishCimEventPayload, options?: WrapUpSubmitOptions): Promise<OutboxOutcome>;
  /**
   * The conversation's chat as far as this page saw it (the Agent Manager's `onCimEvent`): the
   * customer's and the agent's message text only, the newest `MAX_TRANSCRIPT_MESSAGES`, kept in
   * storage (at most `MAX_TRANSCRIPT_CHARS` characters). For on-device reason suggestions. Same array until it changes.
   */
  transcript(conversationId: string): readonly TranscriptMessage[];
  subscribeTranscript(conversationId: string, listener: () => void): () => void;
  readDraft(conversationId: string): WrapUpDraft | undefined;
  /** Saves the draft (undefined removes it). False when storage refused it. */
  saveDraft(conversationId: string, draft: WrapUpDraft | undefined): boolean;
  readonly outbox: Outbox;
  readonly transport: WrapUpTransport;
  start(): void;
  stop(): void;
  dispose(): void;
}

/** Messages kept per conversation for suggestions, and their total length in characters. */
export const MAX_TRANSCRIPT_MESSAGES = 50;
export const MAX_TRANSCRIPT_CHARS = 8_000;
const MAX_MESSAGE_CHARS = 1_000;

const isTranscript = (v: unknown): v is TranscriptMessage[] =>
  Array.isArray(v) && v.every((m) => !!m && typeof m === 'object' && ((m as TranscriptMessage).from === 'customer' || (m as TranscriptMessage).from === 'agent') && typeof (m as TranscriptMessage).text === 'string');

/** Who wrote a chat message, from its sender's participant type; undefined for anyone but the customer and the agent. */
function authorOf(sender: unknown): TranscriptMessage['from'] | undefined {
  const s = sender as { type?: unknown; participant?: { type?: unknown } } | null;
  const type = typeof s?.type === 'string' ? s.type : typeof s?.participant?.type === 'string' ? s.participant.type : '';
  if (type === 'CUSTOMER') return 'customer';
  if (type === 'AGENT') return 'agent';
  return undefined;
}

/** `duration` is seconds in practice; a value over 3,600 is taken as milliseconds (protocol.md Q1). */
export function durationToMs(duration: number | string): number {
  const value = Number(duration);
  if (!Number.isFinite(value) || value < 0) return 0;
  return value > 3600 ? value : value * 1000;
}

/** What is persisted per conversation (the pending entry is the outbox's, never copied here). */
interface StoredSession {
  phase: WrapUpPhase;
  deadline?: number | undefined;
  totalSeconds: number;
  autoApplied: boolean;
  round: number;
  outcome?: StoredOutcome | undefined;
}

const phases: readonly string[] = ['live', 'timed', 'closed'];
const isStoredSession = (v: unknown): v is StoredSession => {
  const s = v as StoredSession;
  return (
    !!s &&
    typeof s === 'object' &&
    phases.includes(s.phase) &&
    (s.deadline === undefined || typeof s.deadline === 'number') &&
    typeof s.totalSeconds === 'number' &&
    typeof s.round === 'number' &&
    (s.outcome === undefined || outcomeFromStored(s.outcome) !== null)
  );
};
const isDraft = (v: unknown): v is WrapUpDraft => {
  const d = v as WrapUpDraft;
  return (
    !!d &&
    typeof d === 'object' &&
    Array.isArray(d.wrapups) &&
    d.wrapups.every((w) => !!w && typeof w.categoryName === 'string' && typeof w.value === 'string') &&
    typeof d.note === 'string'
  );
};
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');

const fresh: StoredSession = { phase: 'live', totalSeconds: 0, autoApplied: false, round: 0 };

/** The same stored outcome always gives the same object (observers compare outcomes by identity). */
const revived = new WeakMap<StoredOutcome, OutboxOutcome>();
function fromStored(outcome: StoredOutcome): OutboxOutcome {
  let value = revived.get(outcome);
  if (!value) revived.set(outcome, (value = outcomeFromStored(outcome)!)); // checked when read (isStoredSession)
  return value;
}
const sameOutcome = (a: StoredOutcome | undefined, b: OutboxOutcome) => !!a && a.status === b.status && a.eventId === b.eventId && a.reason === b.reason;

const statusOf: Record<OutboxOutcome['status'], WrapUpStatus> = { applied: 'applied', left: 'left', expired: 'expired', removed: 'failed', rejected: 'failed' };

export function createWrapUpSessions(options: WrapUpSessionsOptions): WrapUpSessions {
  const { outbox, now = Date.now, maxSessions = 200, staleAfterMs = 10 * 60_000 } = options ?? ({} as WrapUpSessionsOptions);
  if (!outbox || typeof outbox.submit !== 'function' || typeof outbox.subscribe !== 'function') {
    throw new WrapUpError('INVALID_OPTIONS', 'createWrapUpSessions needs { outbox }: pass createOutbox({ transport }).', { path: ['outbox'] });
  }
  // the store follows the conversation on the outbox's own transport: the pair cannot split
  const { transport } = outbox;
  if (!transport || typeof transport.subscribe !== 'function') {
    throw new WrapUpError('INVALID_OPTIONS', 'createWrapUpSessions needs an outbox with its transport: pass createOutbox({ transport }).', { path: ['outbox', 'transport'] });
  }
  const given = (options as { transport?: unknown }).transport;
  if (given !== undefined && given !== transport) {
    // a plain-JS caller of an earlier version: a second transport would be followed while the outbox sends on its own
    throw new WrapUpError('INVALID_OPTIONS', 'createWrapUpSessions takes no transport: it follows the outbox\'s. Pass only { outbox }.', { path: ['transport'] });
  }
  // one storage for the conversation's whole state: the outbox's (localStorage where it works), unless given
  const storage: OutboxStorage = options.storage ?? outbox.storage ?? createMemoryStorage();

  const records = new Map<string, StoredSession>();
  const snapshots = new Map<string, WrapUpSession>();
  const listeners = keyedListeners();
  const listListeners = new Set<() => void>();
  const transcripts = new Map<string, readonly TranscriptMessage[]>();
  /** Each kept message's CimEvent id, in the same order (stored with it; not part of the transcript handed out). */
  const transcriptIds = new Map<string, ReadonlyArray<string | undefined>>();
  const transcriptListeners = keyedListeners();
  /** CimEvent ids already in a transcript (a resent event is not a second message). */
  const seenMessages = new Set<string>();
  /**
   * Entries queued in this page and not yet reported sent are "submitting"; one the outbox reported
   * sent, or one an earlier page sent (it has `lastSentAt`), is "pending" (waiting for the answer).
   */
  const sent = new Set<string>();
  const queuedHere = new Set<string>();
  let listSnapshot: readonly WrapUpSession[] | undefined;
  let pendingByConversation: Map<string, OutboxEntry> | undefined;
  let disposed = false;

  function record(id: string): StoredSession {
    let r = records.get(id);
    if (!r) {
      const stored = readStored(storage, storageKeys.session(id), isStoredSession);
      r = stored ?? fresh;
      records.set(id, r);
    }
    return r;
  }
  function pendingFor(id: string): OutboxEntry | undefined {
    if (!pendingByConversation) {
      // filled in a local first: reading the outbox may tell this store of an answer (another tab's), which resets the map
      const byConversation = new Map<string, OutboxEntry>();
      for (const entry of outbox.pending()) byConversation.set(entry.conversationId, entry); // newest wins
      pendingByConversation = byConversation;
    }
    return pendingByConversation.get(id);
  }
  function snapshot(id: string): WrapUpSession {
    const r = record(id);
    const pending = pendingFor(id);
    const outcome = r.outcome ? fromStored(r.outcome) : undefined;
    const sending = !sent.has(pending?.key ?? '') && (queuedHere.has(pending?.key ?? '') || pending?.lastSentAt === undefined);
    const status: WrapUpStatus = pending
      ? !sending || transport.getState() !== 'connected'
        ? 'pending'
        : 'submitting'
      : outcome
        ? statusOf[outcome.status]
        : 'idle';
    const stored = outbox.persistent;
    return { conversationId: id, phase: r.phase, deadline: r.deadline, totalSeconds: r.totalSeconds, pending, outcome, autoApplied: r.autoApplied, status, round: r.round, stored };
  }

  function notify(ids: Iterable<string>) {
    listSnapshot = undefined;
    for (const id of ids) {
      snapshots.delete(id);
      listeners.fire(id);
    }
    for (const l of [...listListeners]) l();
  }

  function remember(id: string) {
    const index = readStored(storage, storageKeys.sessionIndex, isIdList) ?? [];
    if (index[index.length - 1] === id) return;
    const next = [...index.filter((k) => k !== id), id];
    for (const old of next.splice(0, Math.max(0, next.length - maxSessions))) {
      records.delete(old);
      snapshots.delete(old);
      transcripts.delete(old);
      transcriptIds.delete(old);
      writeStored(storage, storageKeys.session(old), undefined);
      writeStored(storage, storageKeys.draft(old), undefined);
      writeStored(storage, storageKeys.transcript(old), undefined);
    }
    writeStored(storage, storageKeys.sessionIndex, next);
  }

  function update(id: string, change: (r: StoredSession) => StoredSession | undefined) {
    const current = record(id);
    const next = change(current);
    if (!next || next === current) return;
    records.set(id, next);
    writeStored(storage, storageKeys.session(id), next);
    remember(id);
    notify([id]);
  }

  function timerStarted(id: string, duration: number | string, at = now()) {
    update(id, (r) => {
      if (r.phase === 'closed') return undefined; // a late timer for a conversation already answered
      // a duplicate while the first deadline runs: it stands. Past it, the answer was missed (the page was closed): a new timed phase
      if (r.phase === 'timed' && r.deadline !== undefined && at <= r.deadline) return undefined;
      const ms = durationToMs(duration);
      // a live-chat wrap-up was settled: the timed phase is a new wrap-up (AgentDesk: codes per activity)
      const newRound = r.outcome !== undefined;
      if (newRound) writeStored(storage, storageKeys.draft(id), undefined);
      return {
        ...r,
        phase: 'timed',
        deadline: at + ms,
        totalSeconds: Math.round(ms / 1000),
        autoApplied: false,
        outcome: newRound ? undefined : r.outcome,
        round: newRound ? r.round + 1 : r.round,
      };
    });
  }

  function onOutboxChange(change: OutboxChange) {
    switch (change.type) {
      case 'queued':
      case 'sent': {
        if (change.type === 'sent') sent.add(change.entry.key);
        else queuedHere.add(change.entry.key);
        pendingByConversation = undefined;
        notify([change.entry.conversationId]);
        break;
      }
      case 'settled': {
        sent.delete(change.entry.key);
        queuedHere.delete(change.entry.key);
        pendingByConversation = undefined;
        const id = change.entry.conversationId;
        // a closed conversation keeps the answer that closed it; a refusal or a live-chat echo leaves the phase as it is
        if (record(id).phase === 'closed') notify([id]);
        else update(id, (r) => ({ ...r, outcome: outcomeToStored(change.outcome) }));
        break;
      }
      case 'closed': {
        const id = change.conversationId;
        pendingByConversation = undefined; // another tab may have settled what this one saw pending
        // the answer usually settled the pending entry a moment ago: keep that outcome object
        update(id, (r) => (r.phase === 'closed' ? undefined : { ...r, phase: 'closed', outcome: sameOutcome(r.outcome, change.outcome) ? r.outcome : outcomeToStored(change.outcome) }));
        break;
      }
      case 'error':
        // storage failed (or came back): every session's `stored` may have changed
        if (snapshots.size > 0) notify([...snapshots.keys()]);
        break;
    }
  }
  function transcriptOf(id: string): readonly TranscriptMessage[] {
    let t = transcripts.get(id);
    if (!t) {
      const stored = (readStored(storage, storageKeys.transcript(id), isTranscript) ?? []) as ReadonlyArray<TranscriptMessage & { id?: unknown }>;
      // the CimEvent ids are kept with the messages: an event resent after a reload is not a second message
      const ids = stored.map((m) => (typeof m.id === 'string' ? m.id : undefined));
      for (const eventId of ids) if (eventId) seenMessages.add(eventId);
      t = stored.map((m) => ({ from: m.from, text: m.text }));
      transcripts.set(id, t);
      transcriptIds.set(id, ids);
    }
    return t;
  }
  function chatMessage(id: string, cimEvent: unknown) {
    const event = readCimEvent(cimEvent);
    if (!event) return;
    transcriptOf(id); // loads what an earlier page kept, and its ids
    if (seenMessages.has(event.id)) return;
    const body = event.data.body as { type?: unknown; markdownText?: unknown };
    const from = authorOf(event.data.header.sender);
    if (!from || body.type === 'WRAPUP' || typeof body.markdownText !== 'string' || body.markdownText.trim() === '') return;
    seenMessages.add(event.id);
    if (seenMessages.size > 5_000) seenMessages.delete(seenMessages.values().next().value as string);
    const next = [...transcriptOf(id), { from, text: body.markdownText.slice(0, MAX_MESSAGE_CHARS) }];
    const ids = [...(transcriptIds.get(id) ?? []), event.id];
    let chars = next.reduce((n, m) => n + m.text.length, 0);
    while ((next.length > MAX_TRANSCRIPT_MESSAGES || chars > MAX_TRANSCRIPT_CHARS) && next.length > 1) {
      chars -= next.shift()!.text.length;
      ids.shift();
    }
    transcripts.set(id, next);
    transcriptIds.set(id, ids);
    writeStored(
      storage,
      storageKeys.transcript(id),
      next.map((m, i) => ({ ...m, id: ids[i] })),
    );
    remember(id);
    transcriptListeners.fire(id);
  }

  function onEvent(event: AgentManagerEvent) {
    if (event.name === 'wrapupTimerStarted') timerStarted(event.payload.conversationId, event.payload.duration, event.receivedAt);
    else if (event.name === 'onCimEvent') chatMessage(event.payload.conversationId, event.payload.cimEvent);
  }

  let stopListening: (() => void) | undefined;
  function start() {
    if (disposed || stopListening) return;
    const offEvents = transport.subscribe(onEvent);
    const offOutbox = outbox.subscribe(onOutboxChange);
    // "submitting" and "pending" depend on the connection
    const offState = transport.onStateChange(() => {
      if (snapshots.size > 0) notify([...snapshots.keys()]);
    });
    pendingByConversation = undefined;
    stopListening = () => {
      offEvents();
      offOutbox();
      offState();
      stopListening = undefined;
    };
  }
  if (options.autoStart !== false) start();

  const sessions: WrapUpSessions = {
    get(id) {
      let s = snapshots.get(id);
      if (!s) {
        s = snapshot(id);
        snapshots.set(id, s);
      }
      return s;
    },
    subscribe: listeners.add,
    list() {
      if (!listSnapshot) {
        const ids = new Set(readStored(storage, storageKeys.sessionIndex, isIdList) ?? []);
        // one read of the outbox: the same entries answer every session's `pending` below
        const byConversation = new Map<string, OutboxEntry>();
        for (const entry of outbox.pending()) {
          ids.add(entry.conversationId);
          byConversation.set(entry.conversationId, entry); // newest wins
        }
        pendingByConversation = byConversation;
        const cutoff = now() - staleAfterMs;
        listSnapshot = [...ids]
          .map((id) => sessions.get(id))
          .filter((s) => s.pending !== undefined || (s.phase === 'timed' && (s.deadline ?? 0) >= cutoff));
      }
      return listSnapshot;
    },
    subscribeList(listener) {
      listListeners.add(listener);
      return () => listListeners.delete(listener);
    },
    startTimer: (id, duration) => timerStarted(id, duration),
    stopTimer(id) {
      update(id, (r) => (r.deadline === undefined ? undefined : { ...r, phase: r.phase === 'closed' ? 'closed' : 'live', deadline: undefined, totalSeconds: 0 }));
    },
    reopen(id) {
      update(id, (r) => {
        if (r.phase !== 'closed') return undefined;
        writeStored(storage, storageKeys.draft(id), undefined);
        return { phase: 'live', totalSeconds: 0, autoApplied: false, round: r.round + 1 };
      });
    },
    submit(payload, submitOptions = {}) {
      const id = (payload as { conversationId?: unknown })?.conversationId;
      const event = submitOptions.event ?? 'closeWrapup';
      const r = typeof id === 'string' ? record(id) : undefined;
      // one wrap-up at a time per conversation (a double click, two panels): a second joins the one already pending
      const pending = typeof id === 'string' ? pendingFor(id) : undefined;
      if (pending && pending.event === event) return outbox.submit(pending.payload, { event });
      const expiresAt = event === 'closeWrapup' && r?.phase === 'timed' ? r.deadline : undefined;
      if (submitOptions.auto && typeof id === 'string') update(id, (s) => ({ ...s, autoApplied: true }));
      return outbox.submit(payload, { event, expiresAt });
    },
    transcript: transcriptOf,
    subscribeTranscript: transcriptListeners.add,
    readDraft: (id) => readStored(storage, storageKeys.draft(id), isDraft),
    saveDraft(id, draft) {
      const saved = writeStored(storage, storageKeys.draft(id), draft);
      if (saved && draft !== undefined) remember(id); // counted towards maxSessions, so a live chat's draft is forgotten in turn
      return saved;
    },
    outbox,
    transport,
    start,
    stop: () => stopListening?.(),
    dispose() {
      stopListening?.();
      disposed = true;
      listeners.clear();
      listListeners.clear();
      transcriptListeners.clear();
    },
  };
  return sessions;
}

