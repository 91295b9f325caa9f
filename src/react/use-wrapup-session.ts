import { useCallback, useSyncExternalStore } from 'react';
import { WrapUpError } from '../core/errors';
import type { Outbox, OutboxEntry } from '../core/outbox';
import type { WrapUpSession, WrapUpSessions } from '../core/sessions';
import { useOptionalWrapUpConfig } from './provider';

export interface SessionsOption {
  /** A session store to observe instead of the provider's (for hooks used outside `<WrapUpProvider>`). */
  sessions?: WrapUpSessions | undefined;
}

/** The provider's session store (or the one given). Throws, saying how to fix it, when there is neither. */
export function useSessionsStore(hook: string, given?: WrapUpSessions): WrapUpSessions {
  const config = useOptionalWrapUpConfig();
  const sessions = given ?? config?.sessions;
  if (!sessions) {
    throw new WrapUpError(
      'INVALID_OPTIONS',
      `${hook} must be used inside <WrapUpProvider transport={…}>, or given { sessions: createWrapUpSessions({ outbox }) }. See the README's "React" section.`,
      { path: ['sessions'] },
    );
  }
  return sessions;
}

/**
 * One conversation's wrap-up session: its phase (`live`, `timed`, `closed`), deadline, pending
 * entry, outcome and status. Re-renders when it changes; restored after a reload or a remount.
 */
export function useWrapUpSession(conversationId: string, options: SessionsOption = {}): WrapUpSession {
  const sessions = useSessionsStore('useWrapUpSession', options.sessions);
  const subscribe = useCallback((notify: () => void) => sessions.subscribe(conversationId, notify), [sessions, conversationId]);
  const get = () => sessions.get(conversationId);
  return useSyncExternalStore(subscribe, get, get);
}

/** Every conversation now in its timed wrap-up or with a wrap-up pending: a desk's wrap-up inbox. */
export function useWrapUpSessions(options: SessionsOption = {}): readonly WrapUpSession[] {
  const sessions = useSessionsStore('useWrapUpSessions', options.sessions);
  const subscribe = useCallback((notify: () => void) => sessions.subscribeList(notify), [sessions]);
  const get = () => sessions.list();
  return useSyncExternalStore(subscribe, get, get);
}

/* The outbox's pending entries, read once per change and shared by every observer of that outbox. */
const pendingCache = new WeakMap<Outbox, readonly OutboxEntry[]>();
const readPending = (outbox: Outbox) => {
  let entries = pendingCache.get(outbox);
  if (!entries) {
    entries = outbox.pending();
    pendingCache.set(outbox, entries);
  }
  return entries;
};

/** Every wrap-up not yet confirmed by the Agent Manager (this tab's and others'), oldest first. `.length` is the count to show. */
export function useOutboxPending(options: SessionsOption = {}): readonly OutboxEntry[] {
  const { outbox } = useSessionsStore('useOutboxPending', options.sessions);
  const subscribe = useCallback(
    (notify: () => void) =>
      outbox.subscribe((change) => {
        if (change.type === 'error') return;
        pendingCache.delete(outbox);
        notify();
      }),
    [outbox],
  );
  const get = () => readPending(outbox);
  return useSyncExternalStore(subscribe, get, get);
}
