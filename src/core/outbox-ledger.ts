/**
 * The outbox's storage: unconfirmed entries (one key each, plus an index) and a ring of recent
 * outcomes, over any `OutboxStorage`. Storage is the source of truth while it works; an in-memory
 * mirror keeps the outbox going when it does not (a failure is reported once).
 */
import { WrapUpError } from './errors';
import type { OutboxEntry, OutboxOutcome } from './outbox-rules';
import type { OutboxStorage } from './storage';

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
}

export function createOutboxLedger(storage: OutboxStorage, prefix: string, report: (error: WrapUpError) => void): OutboxLedger {
  const indexKey = `${prefix}:index`;
  const entryKey = (k: string) => `${prefix}:entry:${k}`;
  const memory = new Map<string, OutboxEntry>();
  let storageOk = true;

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

  return {
    refresh() {
      const index = readIndex();
      const vanished: OutboxEntry[] = [];
      if (storageOk) {
        const fresh = new Map<string, OutboxEntry>();
        for (const k of index) {
          const entry = readJson<OutboxEntry | null>(entryKey(k), null);
          if (entry && typeof entry === 'object' && entry.key === k) fresh.set(k, entry);
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
    get: (key) => {
      const found = memory.get(key) ?? readJson<OutboxEntry | null>(entryKey(key), null) ?? undefined;
      return found && found.key === key ? found : undefined;
    },
    has: (key) => memory.has(key),
    save,
    remove(keys) {
      if (keys.length === 0) return;
      for (const k of keys) memory.delete(k);
      const gone = new Set(keys);
      writeJson(
        indexKey,
        readIndex().filter((k) => !gone.has(k)),
      );
      for (const k of keys) guard('write to', () => storage.removeItem(entryKey(k)), undefined);
    },
    recordOutcome(outcome) {
      // plain data only: a rejection's WrapUpError is kept as its code, message and path
      const stored = outcome.status === 'rejected' ? { ...outcome, error: { code: outcome.error.code, message: outcome.error.message, path: outcome.error.path } } : outcome;
      const n = recordedCount();
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
