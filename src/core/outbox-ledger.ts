/**
 * The outbox's storage: unconfirmed entries (one key each, plus an index) and a ring of recent
 * outcomes, over any `OutboxStorage`. Storage is the source of truth while it works; an in-memory
 * mirror keeps the outbox going when it does not (a failure is reported once).
 */
import { WrapUpError } from './errors';
import { outcomeFromStored, outcomeToStored, type OutboxEntry, type OutboxOutcome } from './outbox-rules';
import { storageKeysOf, type OutboxStorage } from './storage';
import { outgoingEventSchemas } from './transport-contract';

const MAX_OUTCOMES = 200;

export interface OutboxLedger {
  /** Re-reads storage into the mirror. `vanished`: entries the mirror had that storage no longer has (another tab settled them). */
  refresh(): { entries: OutboxEntry[]; vanished: OutboxEntry[] };
  /** The mirror, oldest first (no storage read). */
  entries(): OutboxEntry[];
  /** One entry, from the mirror or storage. */
  get(key: string): OutboxEntry | undefined;
  has(key: string): boolean;
  /** `text`: the entry already serialised. `knownInIndex`: skip the index write for an entry the mirror holds. */
  save(entry: OutboxEntry, knownInIndex?: boolean, text?: string): void;
  remove(keys: readonly string[]): void;
  recordOutcome(outcome: OutboxOutcome): void;
  /** The newest recorded outcome that matches, as a copy. */
  findOutcome(match: (o: OutboxOutcome) => boolean): OutboxOutcome | undefined;
  /** False since storage last refused a read or write (until a write succeeds again). */
  ok(): boolean;
}

/**
 * A stored entry is trusted only after it is checked again: storage is outside the outbox's hands
 * (another script, an extension, a tampered profile). Its event must be one of the two the outbox
 * sends (never, say, socket.io's reserved `connect`), its ids must agree with its payload, and the
 * payload must pass the Agent Manager contract. Returns the entry, or why not (with the path).
 */
export function checkStoredEntry(value: unknown, key: string): OutboxEntry | { problem: string; path: Array<string | number> } {
  const e = value as Partial<OutboxEntry> | null;
  if (!e || typeof e !== 'object' || Array.isArray(e)) return { problem: 'is not an object', path: [] };
  if (e.key !== key) return { problem: 'does not carry its own key', path: ['key'] };
  if (e.event !== 'closeWrapup' && e.event !== 'publishCimEvent') return { problem: `has the event ${JSON.stringify(e.event)}, which the outbox never sends`, path: ['event'] };
  if (typeof e.conversationId !== 'string' || e.conversationId === '') return { problem: 'has no conversationId', path: ['conversationId'] };
  if (typeof e.createdAt !== 'number' || typeof e.attempts !== 'number') return { problem: 'has no createdAt or attempts count', path: ['createdAt'] };
  const parsed = outgoingEventSchemas[e.event].safeParse(e.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `has a payload that breaks the contract (${issue?.message ?? 'invalid'})`, path: ['payload', ...((issue?.path ?? []) as Array<string | number>)] };
  }
  const payload = parsed.data as { conversationId: string; cimEvent?: { id?: string } | null };
  if (payload.conversationId !== e.conversationId) return { problem: 'names another conversation than its payload', path: ['conversationId'] };
  if ((payload.cimEvent?.id ?? null) !== (e.eventId ?? null)) return { problem: 'names another event id than its payload', path: ['eventId'] };
  return e as OutboxEntry;
}

export function createOutboxLedger(storage: OutboxStorage, prefix: string, report: (error: WrapUpError) => void): OutboxLedger {
  const indexKey = `${prefix}:index`;
  const entryPrefix = `${prefix}:entry:`;
  const entryKey = (k: string) => `${entryPrefix}${k}`;
  const quarantineKey = (k: string) => `${prefix}:quarantine:${k}`;
  const memory = new Map<string, OutboxEntry>();
  /** Entries already checked, by their stored text (a tick re-reads storage; it need not re-validate). */
  const checked = new Map<string, { raw: string; entry: OutboxEntry }>();
  let storageOk = true;
  let enumerated = false;

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
  const writeJson = (k: string, value: unknown) => guard('write to', () => storage.setItem(k, JSON.stringify(value)), undefined);
  /**
   * The index lists the stored entries. It is one key, so it is not trusted alone: when it is
   * unreadable (and once per ledger, to find entries a failed index write left out) the storage's
   * own keys are listed, where the storage can list them, and the index is written anew.
   */
  function readIndex(): string[] {
    const raw = guard('read', () => storage.getItem(indexKey), null);
    let index: string[] | undefined;
    if (raw === null) index = [];
    else {
      try {
        const value: unknown = JSON.parse(raw);
        if (Array.isArray(value) && value.every((k) => typeof k === 'string')) index = value;
      } catch {
        // broken: recovered below
      }
    }
    if (index && enumerated) return index;
    const listed = storageKeysOf(storage)
      ?.filter((k) => k.startsWith(entryPrefix))
      .map((k) => k.slice(entryPrefix.length));
    enumerated = true;
    if (!listed) {
      if (!index) {
        report(
          new WrapUpError(
            'STORAGE_UNAVAILABLE',
            `The outbox's index (${indexKey}) is unreadable and this storage cannot list its keys: wrap-ups not yet confirmed may not be sent again. Pass a storage with keys() (localStorage can list its keys).`,
            { path: ['storage', indexKey] },
          ),
        );
        index = [];
      }
      return index;
    }
    const merged = [...new Set([...(index ?? []), ...listed])];
    if (!index || merged.length !== index.length) writeJson(indexKey, merged);
    return merged;
  }

  /** Reads one entry and checks it; an entry that fails is set aside (never sent) and reported once. */
  function readEntry(k: string): OutboxEntry | null {
    const raw = guard('read', () => storage.getItem(entryKey(k)), null);
    if (raw === null) return null;
    const known = checked.get(k);
    if (known?.raw === raw) return known.entry;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    const result = value === undefined ? { problem: 'is not JSON', path: [] } : checkStoredEntry(value, k);
    if ('problem' in result) {
      quarantine(k, raw, result);
      return null;
    }
    checked.set(k, { raw, entry: result });
    return result;
  }
  function quarantine(k: string, raw: string, why: { problem: string; path: Array<string | number> }) {
    guard('write to', () => storage.setItem(quarantineKey(k), raw), undefined);
    guard('write to', () => storage.removeItem(entryKey(k)), undefined);
    writeJson(
      indexKey,
      readIndex().filter((x) => x !== k),
    );
    report(
      new WrapUpError(
        'INVALID_PAYLOAD',
        `A stored wrap-up ${why.problem}: it was not sent, and was set aside at ${quarantineKey(k)}. Something other than the outbox changed its storage.`,
        { path: ['entry', k, ...why.path] },
      ),
    );
  }
  const sorted = () => [...memory.values()].sort((a, b) => a.createdAt - b.createdAt);

  function save(entry: OutboxEntry, knownInIndex = false, text?: string) {
    const isNew = !memory.has(entry.key);
    memory.set(entry.key, entry);
    if (text === undefined) writeJson(entryKey(entry.key), entry);
    else guard('write to', () => storage.setItem(entryKey(entry.key), text), undefined);
    if (knownInIndex && !isNew) return;
    const index = readIndex();
    if (!index.includes(entry.key)) writeJson(indexKey, [...index, entry.key]);
  }

  /*
   * Recent outcomes, shared by every tab on this storage: a ring of MAX_OUTCOMES slots
   * (`<prefix>:outcome:0` … `:outcome:199`, one outcome's JSON each) and `<prefix>:outcomes:next`, how
   * many were recorded so far. A settle writes one slot and the counter. (One list rewritten on every
   * settle serialised all 200 outcomes each time: ~40 kB of garbage per wrap-up.) Lookups read the
   * slots newest first; a slot is parsed once per stored text. Slots are never handed out: callers get copies.
   */
  const slotKey = (slot: number) => `${prefix}:outcome:${slot}`;
  const nextKey = `${prefix}:outcomes:next`;
  const slotCache = new Map<number, { raw: string; outcome: OutboxOutcome | null }>();
  // a copy the caller may change: the cached one is read again from its stored form
  const copyOutcome = (o: OutboxOutcome): OutboxOutcome => outcomeFromStored(outcomeToStored(o))!;
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
      outcome = outcomeFromStored(JSON.parse(raw));
    } catch {
      // anything unreadable counts as empty
    }
    slotCache.set(slot, { raw, outcome });
    return outcome;
  }

  return {
    refresh() {
      const index = readIndex();
      const vanished: OutboxEntry[] = [];
      if (storageOk) {
        const fresh = new Map<string, OutboxEntry>();
        for (const k of index) {
          const entry = readEntry(k);
          if (entry) fresh.set(k, entry);
        }
        if (storageOk) {
          for (const [k, e] of memory) if (!fresh.has(k)) vanished.push(e);
          memory.clear();
          for (const [k, e] of fresh) memory.set(k, e);
        }
      }
      return { entries: sorted(), vanished };
    },
    entries: sorted,
    get: (key) => memory.get(key) ?? readEntry(key) ?? undefined,
    has: (key) => memory.has(key),
    ok: () => storageOk,
    save,
    remove(keys) {
      if (keys.length === 0) return;
      for (const k of keys) memory.delete(k);
      const gone = new Set(keys);
      writeJson(
        indexKey,
        readIndex().filter((k) => !gone.has(k)),
      );
      for (const k of keys) {
        checked.delete(k);
        guard('write to', () => storage.removeItem(entryKey(k)), undefined);
      }
    },
    recordOutcome(outcome) {
      const stored = outcomeToStored(outcome);
      const n = recordedCount();
      // another tab that heard the same answer may have recorded it a moment ago (with the entry's id, where this
      // tab, with nothing pending, knows none): once is enough
      const newest = n > 0 ? readSlot((n - 1) % MAX_OUTCOMES) : undefined;
      const same = newest && newest.conversationId === outcome.conversationId && newest.status === outcome.status && newest.reason === outcome.reason;
      if (same && (newest.eventId === outcome.eventId || outcome.eventId == null)) return;
      // the counter moves only past a slot that now holds this outcome: moving it past a failed write
      // would make the slot's outcome from the previous lap of the ring look like the newest
      const written = guard('write to', () => (storage.setItem(slotKey(n % MAX_OUTCOMES), JSON.stringify(stored)), true), false);
      if (written) guard('write to', () => storage.setItem(nextKey, String(n + 1)), undefined);
    },
    findOutcome(match) {
      const next = recordedCount();
      for (let n = next - 1; n >= Math.max(0, next - MAX_OUTCOMES); n--) {
        const outcome = readSlot(n % MAX_OUTCOMES);
        if (outcome && match(outcome)) return copyOutcome(outcome);
      }
      return undefined;
    },
  };
}
