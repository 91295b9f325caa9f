import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { durationToMs, type OutboxStorage, type WrapUpTransport } from '../core';
import { useOptionalWrapUpConfig } from './provider';
import { readStored, storageKeys, writeStored } from './storage';

interface StoredTimer {
  deadline: number;
  totalSeconds: number;
}
const isStoredTimer = (v: unknown): v is StoredTimer =>
  !!v && typeof v === 'object' && typeof (v as StoredTimer).deadline === 'number' && typeof (v as StoredTimer).totalSeconds === 'number';

export interface WrapUpTimer {
  /** True from `wrapupTimerStarted` until the deadline or the conversation ends. */
  running: boolean;
  /** Whole seconds left (rounded up); 0 when not running. */
  remainingSeconds: number;
  totalSeconds: number;
  /** Epoch ms when the server expires the wrap-up; undefined before `wrapupTimerStarted`. */
  deadline: number | undefined;
  expired: boolean;
  /** The most recent announcement threshold reached (60, 30, 10), for a polite live region. */
  announcement: number | null;
  /** Starts the countdown by hand (as `wrapupTimerStarted` would), in seconds. */
  start: (durationSeconds: number | string) => void;
  stop: () => void;
}

export interface UseWrapUpTimerOptions {
  transport?: WrapUpTransport;
  storage?: OutboxStorage;
  /** Seconds at which the remaining time is announced; default [60, 30, 10]. */
  announceAt?: number[];
  /** Clock, epoch ms; default Date.now. */
  now?: () => number;
}

const DEFAULT_ANNOUNCE = [60, 30, 10];

/** Stores a conversation's wrap-up deadline from `wrapupTimerStarted` (the provider does this for every conversation). */
export function recordTimer(storage: OutboxStorage, conversationId: string, duration: number | string, now = Date.now()): StoredTimer {
  const ms = durationToMs(duration);
  const timer = { deadline: now + ms, totalSeconds: Math.round(ms / 1000) };
  writeStored(storage, storageKeys.timer(conversationId), timer);
  return timer;
}

/**
 * The wrap-up countdown for one conversation, started by the Agent Manager's `wrapupTimerStarted`
 * (`duration` in seconds; a value over 3,600 is taken as milliseconds). Driven by the deadline
 * timestamp, not by counting ticks, and kept in storage, so it survives re-mounts and reloads.
 */
export function useWrapUpTimer(conversationId: string, options: UseWrapUpTimerOptions = {}): WrapUpTimer {
  const config = useOptionalWrapUpConfig();
  const transport = options.transport ?? config?.transport;
  const storage = options.storage ?? config?.storage;
  const now = options.now ?? Date.now;
  const announceAt = options.announceAt ?? DEFAULT_ANNOUNCE;
  const key = storageKeys.timer(conversationId);

  const read = () => (storage ? readStored(storage, key, isStoredTimer) : undefined);
  const [state, setState] = useState(() => ({ key, storage, timer: read() }));
  let timer = state.timer;
  if (state.key !== key || state.storage !== storage) {
    // another conversation (or storage): adopt its stored timer during render, not in an effect
    timer = read();
    setState({ key, storage, timer });
  }
  const setTimer = useCallback((next: StoredTimer | undefined) => setState((s) => ({ ...s, timer: next })), []);

  const start = useCallback(
    (duration: number | string) => {
      const ms = durationToMs(duration);
      const next = storage ? recordTimer(storage, conversationId, duration, now()) : { deadline: now() + ms, totalSeconds: Math.round(ms / 1000) };
      setTimer(next);
    },
    [now, storage, conversationId, setTimer],
  );
  const stop = useCallback(() => {
    if (storage) writeStored(storage, key, undefined);
    setTimer(undefined);
  }, [storage, key, setTimer]);

  useEffect(() => {
    if (!transport) return undefined;
    return transport.subscribe(
      (event) => {
        if (event.name === 'wrapupTimerStarted') start(event.payload.duration);
        if (event.name === 'topicUnsubscription') stop();
      },
      { conversationId },
    );
  }, [transport, conversationId, start, stop]);

  // re-render on a coarse clock while running; the value shown is derived from the deadline
  const running = timer !== undefined && timer.deadline > now();
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!running) return () => undefined;
      const id = setInterval(notify, 250);
      return () => clearInterval(id);
    },
    [running],
  );
  const remainingSeconds = useSyncExternalStore(
    subscribe,
    () => (timer ? Math.max(0, Math.ceil((timer.deadline - now()) / 1000)) : 0),
    () => 0,
  );

  const announcement = timer && remainingSeconds > 0 ? (announceAt.filter((s) => remainingSeconds <= s).sort((a, b) => a - b)[0] ?? null) : null;
  return {
    running: running && remainingSeconds > 0,
    remainingSeconds,
    totalSeconds: timer?.totalSeconds ?? 0,
    deadline: timer?.deadline,
    expired: timer !== undefined && remainingSeconds === 0,
    announcement: announcement !== null && announcement < (timer?.totalSeconds ?? 0) ? announcement : null,
    start,
    stop,
  };
}
