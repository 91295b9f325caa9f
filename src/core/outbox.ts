/**
 * The durable outbox: a wrap-up is written to storage before it is first sent, sent again
 * (same ids) after every reconnect and whenever a confirmation is overdue, and settled only when
 * the Agent Manager answers for that conversation. It is the one listener of the Agent Manager's
 * answers (`topicUnsubscription`, `onCimEvent` echoes, `wrapupError`); the session store learns
 * them from its changes. Decisions are pure functions (`outbox-rules.ts`), storage is a ledger
 * (`outbox-ledger.ts`); this file wires them to a transport and a clock.
 */
import { toJsonData } from './context';
import { fromZodError, WrapUpError } from './errors';
import { createOutboxLedger } from './outbox-ledger';
import { dueEntries, expiredEntries, leasedElsewhere, localExpiryReason, settle as settlementOf, type OutboxEntry, type OutboxEvent, type OutboxOutcome } from './outbox-rules';
import type { CloseWrapupPayload, PublishCimEventPayload } from './schemas';
import { detectStorage, type OutboxStorage } from './storage';
import { outgoingEventSchemas, type AgentManagerEvent, type WrapUpTransport } from './transport-contract';

export type { OutboxEntry, OutboxEvent, OutboxOutcome, OutboxStatus } from './outbox-rules';
export type { OutboxStorage } from './storage';

export type OutboxChange =
  | { type: 'queued' | 'sent'; entry: OutboxEntry }
  | { type: 'settled'; entry: OutboxEntry; outcome: OutboxOutcome }
  /** The conversation's wrap-up is over (`topicUnsubscription`, or its time ran out here), with or without an entry. */
  | { type: 'closed'; conversationId: string; outcome: OutboxOutcome }
  | { type: 'error'; error: WrapUpError };

export interface OutboxOptions {
  transport: WrapUpTransport;
  /** Default: `localStorage` where it works, else memory (then `persistent` is false and `onError` is told). */
  storage?: OutboxStorage | undefined;
  /** Storage key prefix; default `agent-desk-wrapup:outbox`. */
  key?: string | undefined;
  /** This outbox's identity for leases; default a random id. Keep it across reloads (sessionStorage) to resume at once. */
  ownerId?: string | undefined;
  /** Send again when no confirmation came within this many ms (then with backoff); default 8,000. */
  confirmTimeoutMs?: number | undefined;
  /** How long a tab's claim on an entry lasts; default 5,000 ms. */
  leaseMs?: number | undefined;
  /** Slack after a wrap-up's deadline before it is dropped as expired; default 3,000 ms. */
  expiryGraceMs?: number | undefined;
  /** An entry with no answer this long after it was first stored is dropped as expired; default 2 hours. */
  maxAgeMs?: number | undefined;
  /** How often overdue entries are checked; default 1,000 ms. */
  tickMs?: number | undefined;
  now?: () => number;
  random?: () => number;
  /** Start listening at once (default true). The React provider starts it in an effect instead. */
  autoStart?: boolean | undefined;
  /** Storage or transport problems; the outbox keeps working. Also reported to `subscribe`. */
  onError?: (error: WrapUpError) => void;
}

export interface SubmitOptions {
  /** `closeWrapup` (default) or `publishCimEvent` (a wrap-up applied during a live chat). */
  event?: OutboxEvent | undefined;
  /** Epoch ms after which the server has expired this wrap-up (the session store passes the conversation's deadline). */
  expiresAt?: number | undefined;
}

export interface Outbox {
  /** Persists, sends and resolves with the Agent Manager's answer. Submitting the same payload again joins the first. */
  submit(payload: CloseWrapupPayload | PublishCimEventPayload, options?: SubmitOptions): Promise<OutboxOutcome>;
  /** Every entry not yet confirmed, this tab's and others' on the same storage, oldest first. */
  pending(): OutboxEntry[];
  /** The last outcome for a conversation settled through this storage, if any. */
  outcome(conversationId: string): OutboxOutcome | undefined;
  subscribe(listener: (change: OutboxChange) => void): () => void;
  /** Whether entries now survive a reload: false when the default storage fell back to memory, or since storage refused a write (full, blocked). */
  readonly persistent: boolean;
  /** Where entries are kept (the given storage, or the detected default). */
  readonly storage: OutboxStorage;
  readonly transport: WrapUpTransport;
  /** Sends every due entry now (also runs on every reconnect). */
  flush(): void;
  /** Starts listening again after `stop()` (React effects call start/stop; StrictMode runs them twice). */
  start(): void;
  /** Stops listening to the transport and checking for overdue entries, until `start()`. */
  stop(): void;
  /** Stops for good; pending entries stay in storage for the next outbox. */
  dispose(): void;
}

/** The WrapUpError for a payload JSON cannot carry, naming where (found by core's JSON walk). */
function notJson(payload: unknown, cause: unknown): WrapUpError {
  try {
    toJsonData(payload, 'INVALID_PAYLOAD', 'payload', 'Build it with buildCloseWrapup(context, wrapUp) from plain data.');
  } catch (error) {
    if (error instanceof WrapUpError) return error;
  }
  return new WrapUpError('INVALID_PAYLOAD', `The payload cannot be sent as JSON (${cause instanceof Error ? cause.message : String(cause)}). Build it from plain data.`, { cause });
}

/**
 * One outbox per transport. `storage` defaults to `localStorage` when this runtime has a working
 * one, so a wrap-up not yet confirmed survives a reload; elsewhere (Node, a blocked or full
 * storage) to memory, reported once through `onError` and `persistent: false`.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const {
    transport,
    key: prefix = 'agent-desk-wrapup:outbox',
    ownerId = `outbox-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`,
    confirmTimeoutMs = 8_000,
    leaseMs = 5_000,
    expiryGraceMs = 3_000,
    maxAgeMs = 2 * 60 * 60_000,
    tickMs = 1_000,
    now = Date.now,
    random = Math.random,
    onError,
  } = options ?? ({} as OutboxOptions);
  if (!transport || typeof transport.send !== 'function' || typeof transport.subscribe !== 'function') {
    throw new WrapUpError(
      'INVALID_OPTIONS',
      'createOutbox needs { transport }: pass createSocketIoTransport({ socket }), createHttpTransport(…) or createMemoryTransport().',
      { path: ['transport'] },
    );
  }
  const detected = options.storage ? { storage: options.storage, persistent: true } : detectStorage();

  const waiters = new Map<string, { promise: Promise<OutboxOutcome>; resolve: (o: OutboxOutcome) => void }>();
  const listeners = new Set<(change: OutboxChange) => void>();
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
  const ledger = createOutboxLedger(detected.storage, prefix, report);
  if (!detected.persistent && onError) {
    // told once, to onError (subscribers read `persistent`)
    queueMicrotask(() =>
      onError(
        new WrapUpError(
          'STORAGE_UNAVAILABLE',
          'No usable localStorage here: the outbox keeps wrap-ups in memory, so one not yet confirmed is lost on reload. Pass createOutbox({ storage }) to keep them.',
          { path: ['storage'] },
        ),
      ),
    );
  }

  /**
   * Re-reads storage. An entry another tab settled is settled here too, from the shared outcomes:
   * its waiter resolves and subscribers are told (`settled`), once.
   */
  function refresh(): OutboxEntry[] {
    const { entries, vanished } = ledger.refresh();
    const settledElsewhere: Array<{ entry: OutboxEntry; outcome: OutboxOutcome }> = [];
    for (const entry of vanished) {
      const outcome = ledger.findOutcome((o) => o.conversationId === entry.conversationId && o.eventId === entry.eventId);
      const waiter = waiters.get(entry.key);
      if (outcome) {
        waiter?.resolve(outcome);
        waiters.delete(entry.key);
        settledElsewhere.push({ entry, outcome });
      } else if (waiter) {
        ledger.save(entry); // vanished without an outcome (storage cleared?): keep it, it is not confirmed
        entries.push(entry);
      }
    }
    // told after the caller has its answer: pending() is a read, and a subscriber may be in the middle of one
    if (settledElsewhere.length > 0)
      queueMicrotask(() => {
        if (!disposed) for (const settled of settledElsewhere) emit({ type: 'settled', ...settled });
      });
    return entries;
  }

  function settle(settled: ReadonlyArray<{ entry: OutboxEntry; outcome: OutboxOutcome }>) {
    if (settled.length === 0) return;
    ledger.remove(settled.map((s) => s.entry.key));
    for (const { entry, outcome } of settled) {
      ledger.recordOutcome(outcome);
      waiters.get(entry.key)?.resolve(outcome);
      waiters.delete(entry.key);
      emit({ type: 'settled', entry, outcome });
    }
  }

  // ---------------------------------------------------------------- sending

  // Object.assign, not `{ ...entry, lastSentAt, lease }`: V8 (Node 20) adds keys to a spread copy on a slow path, ~4 µs per send
  const claim = (entry: OutboxEntry, t: number): OutboxEntry => Object.assign({}, entry, { attempts: entry.attempts + 1, lastSentAt: t, lease: { owner: ownerId, until: t + leaseMs } });

  /** Claims and sends one entry. `persisted`: the caller already stored it claimed (a new entry's single write). */
  function sendOne(entry: OutboxEntry, t: number, claimed = claim(entry, t), persisted = false) {
    if (!persisted) ledger.save(claimed, true);
    transport.send(entry.event, entry.payload as never).then(
      () => emit({ type: 'sent', entry: claimed }),
      (error: unknown) => {
        if (error instanceof WrapUpError && error.code === 'INVALID_PAYLOAD') {
          settle([{ entry: claimed, outcome: { status: 'rejected', conversationId: claimed.conversationId, eventId: claimed.eventId, reason: error.message, error } }]);
          return;
        }
        // offline or the transport failed: keep it; it goes again on reconnect or at the next tick
        const current = ledger.entries().find((e) => e.key === entry.key);
        if (current) ledger.save({ ...current, lastSentAt: undefined, lease: undefined }, true);
      },
    );
  }

  /** Drops what has expired, then sends what is due (`force`: everything, on reconnect; a set: those keys). */
  function sendDue(force: boolean | Set<string>) {
    if (disposed) return;
    const all = refresh();
    const t = now();
    const expired = expiredEntries(all, t, expiryGraceMs, maxAgeMs);
    if (expired.length > 0) {
      const settled = expired.map((entry) => ({ entry, outcome: { status: 'expired', conversationId: entry.conversationId, eventId: entry.eventId, reason: localExpiryReason } as const }));
      settle(settled);
      // a timed wrap-up's time is over: so is the conversation's wrap-up; a live-chat one whose echo never came is only dropped
      for (const { entry, outcome } of settled) if (entry.event === 'closeWrapup') emit({ type: 'closed', conversationId: entry.conversationId, outcome });
    }
    if (transport.getState() !== 'connected') return;
    const live = expired.length > 0 ? all.filter((e) => !expired.includes(e)) : all;
    for (const entry of dueEntries(live, { now: t, ownerId, force, confirmTimeoutMs, random })) sendOne(entry, t);
  }

  function onEvent(event: AgentManagerEvent) {
    if (disposed) return;
    const { settled, closed } = settlementOf(event, ledger.entries());
    settle(settled);
    if (closed) {
      if (settled.length === 0) ledger.recordOutcome(closed); // an answer with nothing pending here (server-side expiry, transfer)
      emit({ type: 'closed', conversationId: closed.conversationId, outcome: closed });
    }
  }

  // ---------------------------------------------------------------- lifecycle

  let stopListening: (() => void) | undefined;
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
    // not once per start: a stop (and start) before the microtask (StrictMode, a remount) cancels this one
    const listening = stopListening;
    if (resumed.size > 0) queueMicrotask(() => stopListening === listening && sendDue(resumed));
  }
  const stop = () => stopListening?.();
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

      // only this key is looked up: a full re-read of storage per submit would make queueing quadratic
      const stored = ledger.get(key);
      const t = now();
      const online = transport.getState() === 'connected';
      let text: string | undefined;
      if (!stored) {
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
        // persisted before the first send, in one write: already claimed when it is about to go out.
        // One serialisation: it is what storage keeps, and parsed back it is the outbox's own deep copy.
        // A value JSON cannot carry (a BigInt, a cycle) in a field the schema passes through is refused
        // here, before anything is stored or awaited, with the path to it.
        try {
          text = JSON.stringify(online ? claim(entry, t) : entry);
        } catch (cause) {
          return Promise.reject(notJson(payload, cause));
        }
      }

      let resolve!: (o: OutboxOutcome) => void;
      const promise = new Promise<OutboxOutcome>((r) => (resolve = r));
      waiters.set(key, { promise, resolve });
      if (stored) {
        if (!ledger.has(key)) ledger.save(stored, true);
        if (online && stored.lastSentAt === undefined && !leasedElsewhere(stored, ownerId, t)) sendOne(stored, t);
        return promise;
      }
      const claimed = JSON.parse(text!) as OutboxEntry;
      ledger.save(claimed, false, text);
      emit({ type: 'queued', entry: claimed });
      if (online) sendOne(claimed, t, claimed, true);
      return promise;
    },
    pending: () => refresh(),
    outcome: (conversationId) => ledger.findOutcome((o) => o.conversationId === conversationId),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get persistent() {
      return detected.persistent && ledger.ok();
    },
    storage: detected.storage,
    transport,
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
