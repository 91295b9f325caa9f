import { createOutbox as createCoreOutbox, type Outbox, type OutboxOptions, type OutboxStorage } from '../core';

/** `localStorage` when this runtime has a working one, else undefined (the outbox then keeps entries in memory). */
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

/**
 * `createOutbox` with the browser default: entries persist in `localStorage`, so a wrap-up that
 * was not yet confirmed survives a reload and is sent again by the next page's outbox.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  return createCoreOutbox({ ...options, storage: options.storage ?? browserStorage() });
}
