import type { OutboxStorage } from '../core';

/** JSON read/write over an OutboxStorage that never throws (a broken storage must not break the panel). */
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

export function writeStored(storage: OutboxStorage, key: string, value: unknown): void {
  writeStoredJson(storage, key, value === undefined ? undefined : JSON.stringify(value));
}

/** Like writeStored, for a value already serialised (undefined removes the key). */
export function writeStoredJson(storage: OutboxStorage, key: string, json: string | undefined): void {
  try {
    if (json === undefined) storage.removeItem(key);
    else storage.setItem(key, json);
  } catch {
    // storage full or blocked: the panel keeps working from memory
  }
}

export const storageKeys = {
  draft: (conversationId: string) => `agent-desk-wrapup:draft:${conversationId}`,
  timer: (conversationId: string) => `agent-desk-wrapup:timer:${conversationId}`,
  pinned: (agentId: string) => `agent-desk-wrapup:pinned:${agentId}`,
  recent: (agentId: string) => `agent-desk-wrapup:recent:${agentId}`,
};
