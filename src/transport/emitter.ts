import {
  parseIncomingEvent,
  type AgentManagerEvent,
  type ConnectionState,
  type Unsubscribe,
} from '../core/transport-contract';

/** Events kept while nobody listens yet (at most this many, for at most this long). */
const EARLY_MAX = 100;
const EARLY_MS = 10 * 60_000;

/**
 * Subscriber bookkeeping shared by every transport: per-conversation event fan-out and state.
 *
 * Events that arrive before anyone listens (a desk's socket connects, then the provider's outbox
 * and session store subscribe in an effect) are kept, with the time they arrived, and handed to
 * every listener that subscribes in the same task as the first one: nothing the Agent Manager
 * sends right at connect is lost.
 */
export function createTransportHub(initial: ConnectionState, now: () => number = Date.now) {
  let state = initial;
  const eventListeners = new Set<{ listener: (event: AgentManagerEvent) => void; conversationId?: string }>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  let early: AgentManagerEvent[] = [];
  let replaying = false;

  function deliver(event: AgentManagerEvent, to: Iterable<{ listener: (event: AgentManagerEvent) => void; conversationId?: string }>) {
    for (const entry of to) {
      if (entry.conversationId === undefined || entry.conversationId === event.payload.conversationId) entry.listener(event);
    }
  }

  return {
    getState: () => state,
    setState(next: ConnectionState) {
      if (next === state) return;
      state = next;
      for (const listener of [...stateListeners]) listener(next);
    },
    /** Validates a raw Agent Manager event and hands it to the matching subscribers; unknown or malformed events are ignored. */
    dispatch(name: string, payload: unknown): AgentManagerEvent | undefined {
      const parsed = parseIncomingEvent(name, payload);
      if (!parsed) return undefined;
      const event = { ...parsed, receivedAt: now() } as AgentManagerEvent;
      if (eventListeners.size === 0 || replaying) {
        early.push(event);
        if (early.length > EARLY_MAX) early.shift();
        return event;
      }
      deliver(event, [...eventListeners]);
      return event;
    },
    subscribe: (listener: (event: AgentManagerEvent) => void, filter: { conversationId?: string } = {}): Unsubscribe => {
      const entry = { listener, conversationId: filter.conversationId };
      if (eventListeners.size === 0 && early.length > 0 && !replaying) {
        // the first listener: hand over what came early once every listener of this task has subscribed
        replaying = true;
        queueMicrotask(() => {
          const cutoff = now() - EARLY_MS;
          const kept = early.filter((e) => (e.receivedAt ?? 0) >= cutoff);
          early = [];
          replaying = false;
          for (const event of kept) deliver(event, [...eventListeners]);
        });
      }
      eventListeners.add(entry);
      return () => void eventListeners.delete(entry);
    },
    onStateChange: (listener: (state: ConnectionState) => void): Unsubscribe => {
      stateListeners.add(listener);
      listener(state);
      return () => void stateListeners.delete(listener);
    },
    clear() {
      eventListeners.clear();
      stateListeners.clear();
      early = [];
    },
  };
}
