/**
 * The durable outbox: a wrap-up is written to storage before it is first sent, sent again
 * (same ids) after every reconnect and whenever a confirmation is overdue, and settled only when
 * the Agent Manager answers for that conversation. Storage-agnostic: any `{ getItem, setItem,
 * removeItem }`. Pure TypeScript; the browser wrapper in `src/transport` defaults to localStorage.
 */
import { fromZodError, WrapUpError } from './errors';
import {
  topicUnsubscriptionReasons,
  type CloseWrapupPayload,
  type PublishCimEventPayload,
  type TopicUnsubscriptionEvent,
} from './schemas';
import { backoffDelay, outgoingEventSchemas, type AgentManagerEvent, type WrapUpTransport } from './transport-contract';

/** The subset of the Web Storage API the outbox needs (localStorage, sessionStorage, or your own). */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type OutboxEvent = 'closeWrapup' | 'publishCimEvent';

export type OutboxOutcome =
  /** `Wrap Up applied` (or the echo of a live-chat wrap-up). */
  | { status: 'applied'; conversationId: string; eventId: string | null; reason?: string }
  /** `choosing leave without Wrap Up`. */
  | { status: 'left'; conversationId: string; eventId: null; reason: string }
  /** `wrap Up Timer Expired`, or dropped locally because its wrap-up time had run out. */
  | { status: 'expired'; conversationId: string; eventId: string | null; reason: string }
  /** The agent was taken off the conversation for another reason (e.g. `CHAT TRANSFERRED`). */
  | { status: 'removed'; conversationId: string; eventId: string | null; reason: string }
  /** The Agent Manager refused the payload; sending it again would not help. */
  | { status: 'rejected'; conversationId: string; eventId: string | null; reason: string; error: WrapUpError };
export type OutboxStatus = OutboxOutcome['status'];

export interface OutboxEntry {
  /** Idempotency key: the event name and the CimEvent id (or the conversation for "leave"). */
  key: string;
  event: OutboxEvent;
  conversationId: string;
  eventId: string | null;
  payload: CloseWrapupPayload | PublishCimEventPayload;
  createdAt: number;
  attempts: number;
  lastSentAt?: number;
  /** After this (epoch ms) the server has expired the wrap-up: the entry is dropped as `expired`. */
  expiresAt?: number;
  /** Which outbox (tab) may send it until when. */
  lease?: { owner: string; until: number };
}

export type OutboxChange =
  | { type: 'queued' | 'sent'; entry: OutboxEntry }
  | { type: 'settled'; entry: OutboxEntry; outcome: OutboxOutcome }
  | { type: 'error'; error: WrapUpError };

export interface OutboxOptions {
  transport: WrapUpTransport;
  /** Default: in memory (the `agent-desk-wrapup` entry defaults to localStorage in browsers). */
  storage?: OutboxStorage;
  /** Storage key prefix; default `agent-desk-wrapup:outbox`. */
  key?: string;
  /** This outbox's identity for leases; default a random id. Keep it across reloads (sessionStorage) to resume at once. */
  ownerId?: string;
  /** Send again when no confirmation came within this many ms (then with backoff); default 8,000. */
  confirmTimeoutMs?: number;
  /** How long a tab's claim on an entry lasts; default 5,000 ms. */
  leaseMs?: number;
  /** Slack after a wrap-up's deadline before it is dropped as expired; default 3,000 ms. */
  expiryGraceMs?: number;
  /** How often overdue entries are checked; default 1,000 ms. */
  tickMs?: number;
  now?: () => number;
  random?: () => number;
  /** Start listening at once (default true). The React provider starts it in an effect instead. */
  autoStart?: boolean;
  /** Storage or transport problems; the outbox keeps working. Also reported to `subscribe`. */
  onError?: (error: WrapUpError) => void;
}

export interface SubmitOptions {
  /** `closeWrapup` (default) or `publishCimEvent` (a wrap-up applied during a live chat). */
  event?: OutboxEvent;
  /** Epoch ms after which the server has expired this wrap-up (default: from `wrapupTimerStarted`). */
  expiresAt?: number;
}

export interface Outbox {
  /** Persists, sends and resolves with the Agent Manager's answer. Submitting the same payload again joins the first. */
  submit(payload: CloseWrapupPayload | PublishCimEventPayload, options?: SubmitOptions): Promise<OutboxOutcome>;
  /** Every entry not yet confirmed, this tab's and others' on the same storage, oldest first. */
  pending(): OutboxEntry[];
  /** The last outcome for a conversation settled through this storage, if any. */
  outcome(conversationId: string): OutboxOutcome | undefined;
  subscribe(listener: (change: OutboxChange) => void): () => void;
  /** Sends every due entry now (also runs on every reconnect). */
  flush(): void;
  /** Starts listening again after `stop()` (React effects call start/stop; StrictMode runs them twice). */
  start(): void;
  /** Stops listening to the transport and checking for overdue entries, until `start()`. */
  stop(): void;
  /** Stops for good; pending entries stay in storage for the next outbox. */
  dispose(): void;
}

/** A Map-backed `OutboxStorage`, for Node, tests and as the fallback. */
export function createMemoryStorage(): OutboxStorage & { readonly size: number } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    get size() {
      return map.size;
    },
  };
}

/** Maps a `topicUnsubscription` to an outcome. Reason strings as the 2024 AgentDesk compares them. */
export function outcomeFromUnsubscription(event: TopicUnsubscriptionEvent, eventId: string | null): OutboxOutcome {
  const { conversationId } = event;
  const reason = event.reason ?? 'UNSUBSCRIBED';
  switch (reason) {
    case topicUnsubscriptionReasons.applied:
      return { status: 'applied', conversationId, eventId, reason };
    case topicUnsubscriptionReasons.left:
      return { status: 'left', conversationId, eventId: null, reason };
    case topicUnsubscriptionReasons.expired:
      return { status: 'expired', conversationId, eventId, reason };
    default:
      return { status: 'removed', conversationId, eventId, reason };
  }
}

/** `duration` is seconds in practice; a value over 3,600 is taken as milliseconds (protocol.md Q1). */
export function durationToMs(duration: number | string): number {
  const value = Number(duration);
  if (!Number.isFinite(value) || value < 0) return 0;
  return value > 3600 ? value : value * 1000;
}

const MAX_OUTCOMES = 200;

export function createOutbox(options: OutboxOptions): Outbox {
  const {
    transport,
    storage = createMemoryStorage(),
    key: prefix = 'agent-desk-wrapup:outbox',
    ownerId = `outbox-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`,
    confirmTimeoutMs = 8_000,
    leaseMs = 5_000,
    expiryGraceMs = 3_000,
    tickMs = 1_000,
    now = Date.now,
    random = Math.random,
    onError,
  } = options;
  if (!transport || typeof transport.send !== 'function' || typeof transport.subscribe !== 'function') {
    throw new WrapUpError(
      'INVALID_OPTIONS',
      'createOutbox needs { transport }: pass createSocketIoTransport({ socket }), createHttpTransport(…) or createMemoryTransport().',
      { path: ['transport'] },
    );
  }

  const indexKey = `${prefix}:index`;
  const entryKey = (k: string) => `${prefix}:entry:${k}`;
  const deadlinesKey = `${prefix}:deadlines`;

  /** This outbox's view; storage is the source of truth when it works, memory when it does not. */
  const memory = new Map<string, OutboxEntry>();
  const waiters = new Map<string, { promise: Promise<OutboxOutcome>; resolve: (o: OutboxOutcome) => void }>();
  const listeners = new Set<(change: OutboxChange) => void>();
  let storageOk = true;
  let disposed = false;

  function report(error: WrapUpError) {
    onError?.(error);
    emit({ type: 'error', error });
  }
  function emit(change: OutboxChange) {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch {
        // a listener's bug must not stop delivery
      }
    }
  }

  /** Runs a storage call; a failure is reported once and the outbox carries on in memory. */
  function guard<T>(action: 'read' | 'write to', fn: () => T, fallback: T): T {
    try {
      const value = fn();
      if (action === 'write to') storageOk = true;
      return value;
    } catch (cause) {
      if (storageOk) {
        report(
          new WrapUpError(
            'STORAGE_UNAVAILABLE',
            `The outbox could not ${action} its storage (${(cause as Error)?.name ?? 'error'}: ${(cause as Error)?.message ?? String(cause)}). Wrap-ups are still sent, but one not yet confirmed would be lost on reload. Free some storage or pass another storage to createOutbox.`,
            { cause },
          ),
        );
      }
      storageOk = false;
      return fallback;
    }
  }

  function readJson<T>(k: string, fallback: T): T {
    return guard(
      'read',
      () => {
        const raw = storage.getItem(k);
        if (raw === null) return fallback;
        try {
          return JSON.parse(raw) as T;
        } catch {
          return fallback; // a corrupt value is treated as empty rather than blocking every wrap-up
        }
      },
      fallback,
    );
  }
  const writeJson = (k: string, value: unknown) => guard('write to', () => storage.setItem(k, JSON.stringify(value)), undefined);

  function readIndex(): string[] {
    const index = readJson<unknown>(indexKey, []);
    return Array.isArray(index) ? index.filter((k): k is string => typeof k === 'string') : [];
  }
  /**
   * Re-reads storage into the in-memory mirror: picks up entries other tabs (or an earlier page)
   * wrote, and lets go of ones another tab settled. Memory is kept when storage does not work.
   */
  function refresh(): OutboxEntry[] {
    const index = readIndex();
    if (storageOk) {
      const fresh = new Map<string, OutboxEntry>();
      for (const k of index) {
        const entry = readJson<OutboxEntry | null>(entryKey(k), null);
        if (entry && typeof entry === 'object' && entry.key === k) fresh.set(k, entry);
      }
      if (storageOk) {
        for (const k of [...memory.keys()]) if (!fresh.has(k)) settledElsewhere(k);
        memory.clear();
        for (const [k, e] of fresh) memory.set(k, e);
      }
    }
    return sorted();
  }
  const sorted = () => [...memory.values()].sort((a, b) => a.createdAt - b.createdAt);

  /** Another tab settled an entry this one was waiting for: resolve from the shared recent outcomes. */
  function settledElsewhere(k: string) {
    const waiter = waiters.get(k);
    const entry = memory.get(k);
    if (!waiter || !entry) return;
    const outcome = findOutcome((o) => o.conversationId === entry.conversationId && o.eventId === entry.eventId);
    if (outcome) {
      waiter.resolve(outcome);
      waiters.delete(k);
    } else {
      memory.delete(k);
      save(entry); // vanished without an outcome (storage cleared?): keep it, it is not confirmed
    }
  }

  /** `text`: the entry already serialised (a new entry's one serialisation). */
  function save(entry: OutboxEntry, knownInIndex = false, text?: string) {
    const isNew = !memory.has(entry.key);
    memory.set(entry.key, entry);
    if (text === undefined) writeJson(entryKey(entry.key), entry);
    else guard('write to', () => storage.setItem(entryKey(entry.key), text), undefined);
    if (knownInIndex && !isNew) return;
    const index = readIndex();
    if (!index.includes(entry.key)) writeJson(indexKey, [...index, entry.key]);
  }
  function remove(keys: string[]) {
    if (keys.length === 0) return;
    for (const k of keys) memory.delete(k);
    const gone = new Set(keys);
    writeJson(
      indexKey,
      readIndex().filter((k) => !gone.has(k)),
    );
    for (const k of keys) guard('write to', () => storage.removeItem(entryKey(k)), undefined);
  }

  /*
   * Recent outcomes, shared by every tab on this storage: a ring of MAX_OUTCOMES slots
   * (`<prefix>:outcome:0` … `:outcome:199`, one outcome's JSON each) and `<prefix>:outcomes:next`, how
   * many were recorded so far. A settle writes one slot and the counter. (One list rewritten on every
   * settle serialised all 200 outcomes each time: ~40 kB of garbage per wrap-up, which put young-generation
   * collections into the delivery bench's p99.) Lookups read the slots newest first; a slot is parsed
   * once per stored text. Slots are never handed out: callers get copies.
   */
  const slotKey = (slot: number) => `${prefix}:outcome:${slot}`;
  const nextKey = `${prefix}:outcomes:next`;
  const slotCache = new Map<number, { raw: string; outcome: OutboxOutcome | null }>();
  /** What leaves the outbox is the receiver's to change. */
  const copyOutcome = (o: OutboxOutcome): OutboxOutcome =>
    o.status === 'rejected' ? { ...o, error: { ...o.error, path: [...(o.error.path ?? [])] } } : { ...o };
  function recordedCount(): number {
    const n = Number(guard('read', () => storage.getItem(nextKey), null));
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  }
  function readSlot(slot: number): OutboxOutcome | null {
    const raw = guard('read', () => storage.getItem(slotKey(slot)), null);
    if (raw === null) return null;
    const cached = slotCache.get(slot);
    if (cached?.raw === raw) return cached.outcome;
    let outcome: OutboxOutcome | null = null;
    try {
      const value = JSON.parse(raw) as Partial<OutboxOutcome> | null;
      if (value && typeof value === 'object' && typeof value.conversationId === 'string') outcome = value as OutboxOutcome;
    } catch {
      // anything unreadable counts as empty
    }
    slotCache.set(slot, { raw, outcome });
    return outcome;
  }
  /** The newest recorded outcome that matches, as a copy. */
  function findOutcome(match: (o: OutboxOutcome) => boolean): OutboxOutcome | undefined {
    const next = recordedCount();
    for (let n = next - 1; n >= Math.max(0, next - MAX_OUTCOMES); n--) {
      const outcome = readSlot(n % MAX_OUTCOMES);
      if (outcome && match(outcome)) return copyOutcome(outcome);
    }
    return undefined;
  }
  function recordOutcome(outcome: OutboxOutcome) {
    // plain data only: a rejection's WrapUpError is kept as its code, message and path
    const stored = outcome.status === 'rejected' ? { ...outcome, error: { code: outcome.error.code, message: outcome.error.message, path: outcome.error.path } } : outcome;
    const n = recordedCount();
    // the counter moves only past a slot that now holds this outcome: moving it past a failed write
    // would make the slot's outcome from the previous lap of the ring look like the newest
    const written = guard('write to', () => (storage.setItem(slotKey(n % MAX_OUTCOMES), JSON.stringify(stored)), true), false);
    if (written) guard('write to', () => storage.setItem(nextKey, String(n + 1)), undefined);
  }

  function settle(entries: OutboxEntry[], outcomeFor: (entry: OutboxEntry) => OutboxOutcome) {
    if (entries.length === 0) return;
    remove(entries.map((e) => e.key));
    for (const entry of entries) {
      const outcome = outcomeFor(entry);
      recordOutcome(outcome);
      waiters.get(entry.key)?.resolve(outcome);
      waiters.delete(entry.key);
      emit({ type: 'settled', entry, outcome });
    }
  }

  function deadlines(): Record<string, number> {
    const value = readJson<Record<string, number>>(deadlinesKey, {});
    return value && typeof value === 'object' ? value : {};
  }
  function expiryOf(entry: OutboxEntry, known = deadlines()): number | undefined {
    return entry.expiresAt ?? known[entry.conversationId];
  }

  // ---------------------------------------------------------------- sending

  // Object.assign, not `{ ...entry, lastSentAt, lease }`: V8 (Node 20) adds keys to a spread copy on a slow path, ~4 µs per send
  const claim = (entry: OutboxEntry, t: number): OutboxEntry => Object.assign({}, entry, { attempts: entry.attempts + 1, lastSentAt: t, lease: { owner: ownerId, until: t + leaseMs } });

  /** Claims and sends one entry. `claimed`: the caller already persisted it claimed (a new entry's single write). */
  function sendOne(entry: OutboxEntry, t: number, claimed = claim(entry, t), persisted = false) {
    if (!persisted) save(claimed, true);
    transport.send(entry.event, entry.payload as never).then(
      () => emit({ type: 'sent', entry: claimed }),
      (error: unknown) => {
        if (error instanceof WrapUpError && error.code === 'INVALID_PAYLOAD') {
          settle([claimed], (e) => ({ status: 'rejected', conversationId: e.conversationId, eventId: e.eventId, reason: error.message, error }));
          return;
        }
        // offline or the transport failed: keep it; it goes again on reconnect or at the next tick
        const current = memory.get(entry.key);
        if (current) save({ ...current, lastSentAt: undefined, lease: undefined }, true);
      },
    );
  }

  function claimable(entry: OutboxEntry, t: number): boolean {
    return !(entry.lease && entry.lease.owner !== ownerId && entry.lease.until > t); // another tab has it
  }

  /** Sends every entry that is due: never sent, overdue for a confirmation, or all of them (`force`, on reconnect). */
  function sendDue(force: boolean | Set<string>) {
    if (disposed) return;
    const all = refresh();
    const t = now();
    const known = deadlines();
    const expired = all.filter((entry) => {
      const expiresAt = expiryOf(entry, known);
      return entry.event === 'closeWrapup' && expiresAt !== undefined && t > expiresAt + expiryGraceMs;
    });
    settle(expired, (e) => ({
      status: 'expired',
      conversationId: e.conversationId,
      eventId: e.eventId,
      reason: 'The wrap-up time ran out before the Agent Manager confirmed this wrap-up; it was not sent again.',
    }));
    if (transport.getState() !== 'connected') return;
    for (const entry of all) {
      if (expired.includes(entry) || !claimable(entry, t)) continue;
      const overdue =
        entry.lastSentAt === undefined ||
        t - entry.lastSentAt >= confirmTimeoutMs + backoffDelay(entry.attempts - 1, { baseMs: confirmTimeoutMs, maxMs: 60_000, random });
      if (force === true || (force instanceof Set && force.has(entry.key)) || overdue) sendOne(entry, t);
    }
  }

  // ---------------------------------------------------------------- answers from the Agent Manager

  function onEvent(event: AgentManagerEvent) {
    if (disposed) return;
    const all = sorted;
    switch (event.name) {
      case 'topicUnsubscription': {
        const conv = event.payload.conversationId;
        const closing = all().filter((e) => e.conversationId === conv);
        settle(closing, (e) =>
          e.event === 'closeWrapup'
            ? outcomeFromUnsubscription(event.payload, e.eventId)
            : { status: 'removed', conversationId: conv, eventId: e.eventId, reason: event.payload.reason ?? 'UNSUBSCRIBED' },
        );
        break;
      }
      case 'onCimEvent': {
        let id: unknown;
        try {
          const raw = event.payload.cimEvent;
          id = (typeof raw === 'string' ? (JSON.parse(raw) as { id?: unknown }) : raw).id;
        } catch {
          return;
        }
        const echoed = all().filter((e) => e.event === 'publishCimEvent' && e.eventId === id);
        settle(echoed, (e) => ({ status: 'applied', conversationId: e.conversationId, eventId: e.eventId }));
        break;
      }
      case 'wrapupError': {
        const { eventId, conversationId, message, path } = event.payload;
        const refused = all().filter(
          (e) =>
            (eventId ? e.eventId === eventId : e.eventId === null && e.conversationId === conversationId) &&
            (!event.payload.event || event.payload.event === e.event),
        );
        const error = new WrapUpError('INVALID_PAYLOAD', `The Agent Manager refused the wrap-up: ${message}`, { path: path ?? [] });
        settle(refused, (e) => ({ status: 'rejected', conversationId: e.conversationId, eventId: e.eventId, reason: message, error }));
        break;
      }
      case 'wrapupTimerStarted': {
        const { conversationId, duration } = event.payload;
        const known = deadlines();
        known[conversationId] = now() + durationToMs(duration);
        // keep the map small: forget deadlines long past
        const cutoff = now() - 3_600_000;
        for (const [k, v] of Object.entries(known)) if (v < cutoff) delete known[k];
        writeJson(deadlinesKey, known);
        break;
      }
    }
  }

  // ---------------------------------------------------------------- lifecycle

  let stopListening: (() => void) | undefined;
  /** Listens to the transport and checks overdue entries; idempotent. Called by createOutbox unless `autoStart: false`. */
  function start() {
    if (disposed || stopListening) return;
    const unsubscribeEvents = transport.subscribe(onEvent);
    let wasConnected = transport.getState() === 'connected';
    const unsubscribeState = transport.onStateChange((state) => {
      const connected = state === 'connected';
      if (connected && !wasConnected) sendDue(true); // every reconnect: everything unconfirmed, same ids
      wasConnected = connected;
    });
    const timer = setInterval(() => sendDue(false), tickMs);
    (timer as { unref?: () => void }).unref?.();
    stopListening = () => {
      clearInterval(timer);
      unsubscribeEvents();
      unsubscribeState();
      stopListening = undefined;
    };
    // resume what an earlier page (or another tab) left unconfirmed
    const resumed = new Set(refresh().map((e) => e.key));
    if (resumed.size > 0) queueMicrotask(() => sendDue(resumed));
  }
  function stop() {
    stopListening?.();
  }
  if (options.autoStart !== false) start();

  return {
    submit(payload, submitOptions = {}) {
      if (disposed) return Promise.reject(new WrapUpError('INVALID_OPTIONS', 'This outbox was disposed; create a new one with createOutbox.'));
      const event = submitOptions.event ?? 'closeWrapup';
      if (event !== 'closeWrapup' && event !== 'publishCimEvent') {
        return Promise.reject(
          new WrapUpError('INVALID_OPTIONS', `submit options.event is ${JSON.stringify(event)}: use "closeWrapup" or "publishCimEvent".`, { path: ['event'] }),
        );
      }
      // Validated before anything is stored or sent. zod's output copies what its schemas describe, but
      // values it passes through (unknown keys, free-form fields such as channel-session state) are still
      // the caller's objects, which a desk may go on changing: the outbox keeps its own deep copy (below),
      // so every send (and whatever a transport keeps) is the payload as submitted.
      const parsed = outgoingEventSchemas[event].safeParse(payload);
      if (!parsed.success) {
        return Promise.reject(
          fromZodError('INVALID_PAYLOAD', 'payload', parsed.error, payload, `Build it with ${event === 'closeWrapup' ? 'buildCloseWrapup' : 'buildPublishWrapup'}(context, wrapUp).`),
        );
      }
      const data = parsed.data;
      const eventId = data.cimEvent?.id ?? null;
      const key = `${event}:${eventId ?? `${data.conversationId}:leave`}`;
      const existing = waiters.get(key);
      if (existing) return existing.promise;

      let resolve!: (o: OutboxOutcome) => void;
      const promise = new Promise<OutboxOutcome>((r) => (resolve = r));
      waiters.set(key, { promise, resolve });

      // only this key is looked up: a full re-read of storage per submit would make queueing quadratic
      const stored = memory.get(key) ?? readJson<OutboxEntry | null>(entryKey(key), null) ?? undefined;
      const t = now();
      if (stored && stored.key === key) {
        memory.set(key, stored);
        if (transport.getState() === 'connected' && stored.lastSentAt === undefined && claimable(stored, t)) sendOne(stored, t);
        return promise;
      }
      const entry: OutboxEntry = {
        key,
        event,
        conversationId: data.conversationId,
        eventId,
        payload: data,
        createdAt: t,
        attempts: 0,
        ...(submitOptions.expiresAt !== undefined ? { expiresAt: submitOptions.expiresAt } : {}),
      };
      const online = transport.getState() === 'connected';
      // persisted before the first send, in one write: already claimed when it is about to go out
      // one serialisation: it is what storage keeps, and parsed back it is the outbox's own deep copy
      // (cheaper than structuredClone on top of it; every send is of this JSON form anyway)
      const text = JSON.stringify(online ? claim(entry, t) : entry);
      const claimed = JSON.parse(text) as OutboxEntry;
      save(claimed, false, text);
      emit({ type: 'queued', entry: claimed });
      if (online) sendOne(claimed, t, claimed, true);
      return promise;
    },
    pending: () => refresh(),
    outcome: (conversationId) => findOutcome((o) => o.conversationId === conversationId),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: () => sendDue(true),
    start,
    stop,
    dispose() {
      stop();
      disposed = true;
      listeners.clear();
    },
  };
}
