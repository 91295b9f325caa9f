import { useCallback, useSyncExternalStore } from 'react';
import { useSessionsStore, useWrapUpSession, type SessionsOption } from './use-wrapup-session';

export interface WrapUpTimer {
  /** True from `wrapupTimerStarted` until the deadline or the conversation ends. */
  running: boolean;
  /** Whole seconds left (rounded up); 0 when not running. */
  remainingSeconds: number;
  totalSeconds: number;
  /** Epoch ms when the server expires the wrap-up; undefined before `wrapupTimerStarted`. */
  deadline: number | undefined;
  /** The deadline passed before the conversation was closed (the Agent Manager's answer is still to come). */
  expired: boolean;
  /** The most recent announcement threshold reached (60, 30, 10), for a polite live region. */
  announcement: number | null;
  /** Starts the countdown by hand (as `wrapupTimerStarted` would), in seconds. */
  start: (durationSeconds: number | string) => void;
  stop: () => void;
}

export interface UseWrapUpTimerOptions extends SessionsOption {
  /** Seconds at which the remaining time is announced; default [60, 30, 10]. */
  announceAt?: number[] | undefined;
  /** Clock, epoch ms; default Date.now. */
  now?: () => number;
}

const DEFAULT_ANNOUNCE = [60, 30, 10];

/**
 * The wrap-up countdown for one conversation, from its session (started by the Agent Manager's
 * `wrapupTimerStarted`; `duration` in seconds, a value over 3,600 is taken as milliseconds).
 * Driven by the deadline timestamp, not by counting ticks, so it survives re-mounts and reloads.
 */
export function useWrapUpTimer(conversationId: string, options: UseWrapUpTimerOptions = {}): WrapUpTimer {
  const sessions = useSessionsStore('useWrapUpTimer', options.sessions);
  const session = useWrapUpSession(conversationId, { sessions });
  const now = options.now ?? Date.now;
  const announceAt = options.announceAt ?? DEFAULT_ANNOUNCE;
  const deadline = session.phase === 'timed' ? session.deadline : undefined;

  // re-render on a coarse clock while running; the value shown is derived from the deadline
  const ticking = deadline !== undefined && deadline > now();
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!ticking) return () => undefined;
      const id = setInterval(notify, 250);
      return () => clearInterval(id);
    },
    [ticking],
  );
  const remainingSeconds = useSyncExternalStore(
    subscribe,
    () => (deadline === undefined ? 0 : Math.max(0, Math.ceil((deadline - now()) / 1000))),
    () => 0,
  );
  const start = useCallback((duration: number | string) => sessions.startTimer(conversationId, duration), [sessions, conversationId]);
  const stop = useCallback(() => sessions.stopTimer(conversationId), [sessions, conversationId]);

  const totalSeconds = deadline === undefined ? 0 : session.totalSeconds;
  const announcement = deadline !== undefined && remainingSeconds > 0 ? (announceAt.filter((s) => remainingSeconds <= s).sort((a, b) => a - b)[0] ?? null) : null;
  return {
    running: remainingSeconds > 0,
    remainingSeconds,
    totalSeconds,
    deadline,
    expired: deadline !== undefined && remainingSeconds === 0,
    announcement: announcement !== null && announcement < totalSeconds ? announcement : null,
    start,
    stop,
  };
}
