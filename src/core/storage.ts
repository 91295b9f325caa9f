/**
 * Storage helpers shared by the outbox, the session store and the React layer: the subset of the
 * Web Storage API the package uses, a Map-backed fallback, the browser's localStorage when it
 * works, and JSON reads and writes that never throw.
 */

/**
 * The subset of the Web Storage API the package needs (localStorage, sessionStorage, or your own).
 * A storage that can list its keys (`keys()`, or Web Storage's own `length` and `key(i)`) lets the
 * outbox find every stored wrap-up even when its index is lost or broken.
 */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys?(): string[];
  readonly length?: number | undefined;
  key?(index: number): string | null;
}

/** Every key of a storage that can list them; undefined for one that cannot. Never throws. */
export function storageKeysOf(storage: OutboxStorage): string[] | undefined {
  try {
    if (typeof storage.keys === 'function') return storage.keys().filter((k): k is string => typeof k === 'string');
    if (typeof storage.key === 'function' && typeof storage.length === 'number') {
      const out: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (typeof k === 'string') out.push(k);
      }
      return out;
    }
  } catch {
    // a storage that throws while listing is one that cannot list
  }
  return undefined;
}

/** A Map-backed `OutboxStorage`, for Node, tests and as the fallback. */
export function createMemoryStorage(): OutboxStorage & { readonly size: number; keys(): string[] } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    keys: () => [...map.keys()],
    get size() {
      return map.size;
    },
  };
}

/**
 * This runtime's `localStorage` when it exists and accepts a write (a full, blocked or missing
 * one gives undefined). Core touches no DOM global by name: it is looked up on `globalThis`.
 */
export function browserStorage(): OutboxStorage | undefined {
  try {
    const storage = (globalThis as { localStorage?: OutboxStorage }).localStorage;
    if (!storage) return undefined;
    const probe = 'agent-desk-wrapup:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/** The default storage: `localStorage` when usable, else memory (`persistent: false`). */
export function detectStorage(): { storage: OutboxStorage; persistent: boolean } {
  const local = browserStorage();
  return local ? { storage: local, persistent: true } : { storage: createMemoryStorage(), persistent: false };
}

/** Reads a JSON value; undefined when missing, unreadable, or rejected by `valid`. Never throws. */
export function readStored<T>(storage: OutboxStorage, key: string, valid: (value: unknown) => value is T): T | undefined {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a value as JSON (undefined removes the key). False when storage refused it. Never throws. */
export function writeStored(storage: OutboxStorage, key: string, value: unknown): boolean {
  return writeStoredJson(storage, key, value === undefined ? undefined : JSON.stringify(value));
}

/** Like writeStored, for a value already serialised. */
export function writeStoredJson(storage: OutboxStorage, key: string, json: string | undefined): boolean {
  try {
    if (json === undefined) storage.removeItem(key);
    else storage.setItem(key, json);
    return true;
  } catch {
    return false;
  }
}

/** Every key the package writes per conversation or agent, in one place. */
export const storageKeys = {
  session: (conversationId: string) => `agent-desk-wrapup:session:${conversationId}`,
  sessionIndex: 'agent-desk-wrapup:sessions',
  draft: (conversationId: string) => `agent-desk-wrapup:draft:${conversationId}`,
  transcript: (conversationId: string) => `agent-desk-wrapup:transcript:${conversationId}`,
  pinned: (agentId: string) => `agent-desk-wrapup:pinned:${agentId}`,
  recent: (agentId: string) => `agent-desk-wrapup:recent:${agentId}`,
};
