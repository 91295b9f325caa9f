import { useCallback, useMemo, useState } from 'react';
import { reasonKey } from '../core/reason-index';
import type { WrapUpEntry } from '../core/schemas';
import { readStored, storageKeys, writeStored, type OutboxStorage } from '../core/storage';
import type { ReasonRef } from './use-wrapup-form';

const isEntries = (v: unknown): v is WrapUpEntry[] =>
  Array.isArray(v) && v.every((e) => e && typeof e === 'object' && typeof (e as WrapUpEntry).categoryName === 'string' && typeof (e as WrapUpEntry).value === 'string');

export interface ReasonPreferences {
  pinned: WrapUpEntry[];
  recent: WrapUpEntry[];
  isPinned: (entry: ReasonRef) => boolean;
  togglePin: (entry: ReasonRef) => void;
  /** Puts these codes first in "Recently used" (kept per agent, at most `maxRecent`). */
  recordUsed: (entries: ReasonRef[]) => void;
}

/** Pinned and recently used reasons, stored per agent, shown first in the panel. */
export function useReasonPreferences(agentId: string, storage: OutboxStorage | undefined, maxRecent = 5): ReasonPreferences {
  const [pinned, setPinned] = useState<WrapUpEntry[]>(() => (storage && readStored(storage, storageKeys.pinned(agentId), isEntries)) || []);
  const [recent, setRecent] = useState<WrapUpEntry[]>(() => (storage && readStored(storage, storageKeys.recent(agentId), isEntries)) || []);
  const strip = (e: ReasonRef): WrapUpEntry => ({ categoryName: e.categoryName, value: e.value });

  // storage is written here, not inside a state updater: updaters run at the next render, which never
  // comes when the panel unmounts right after a wrap-up is applied (what a desk does)
  const stored = (key: string, fallback: WrapUpEntry[]) => (storage && readStored(storage, key, isEntries)) || fallback;

  const togglePin = useCallback(
    (entry: ReasonRef) => {
      const key = reasonKey(entry);
      const current = stored(storageKeys.pinned(agentId), pinned);
      const next = current.some((e) => reasonKey(e) === key) ? current.filter((e) => reasonKey(e) !== key) : [...current, strip(entry)];
      if (storage) writeStored(storage, storageKeys.pinned(agentId), next);
      setPinned(next);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [storage, agentId, pinned],
  );
  const recordUsed = useCallback(
    (entries: ReasonRef[]) => {
      const keys = new Set(entries.map(reasonKey));
      const current = stored(storageKeys.recent(agentId), recent);
      const next = [...entries.map(strip), ...current.filter((e) => !keys.has(reasonKey(e)))].slice(0, maxRecent);
      if (storage) writeStored(storage, storageKeys.recent(agentId), next);
      setRecent(next);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [storage, agentId, maxRecent, recent],
  );
  // stable while the pins are: the panel's memoised rows take getters built on it
  const pinnedKeys = useMemo(() => new Set(pinned.map(reasonKey)), [pinned]);
  const isPinned = useCallback((e: ReasonRef) => pinnedKeys.has(reasonKey(e)), [pinnedKeys]);
  return { pinned, recent, isPinned, togglePin, recordUsed };
}
