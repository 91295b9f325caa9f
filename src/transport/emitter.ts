import {
  parseIncomingEvent,
  type AgentManagerEvent,
  type ConnectionState,
  type Unsubscribe,
} from '../core';

/** Subscriber bookkeeping shared by every transport: per-conversation event fan-out and state. */
export function createTransportHub(initial: ConnectionState) {
  let state = initial;
  const eventListeners = new Set<{ listener: (event: AgentManagerEvent) => void; conversationId?: string }>();
  const stateListeners = new Set<(state: ConnectionState) => void>();

  return {
    getState: () => state,
    setState(next: ConnectionState) {
      if (next === state) return;
      state = next;
      for (const listener of [...stateListeners]) listener(next);
    },
    /** Validates a raw Agent Manager event and hands it to the matching subscribers; unknown or malformed events are ignored. */
    dispatch(name: string, payload: unknown): AgentManagerEvent | undefined {
      const event = parseIncomingEvent(name, payload);
      if (!event) return undefined;
      for (const entry of [...eventListeners]) {
        if (entry.conversationId === undefined || entry.conversationId === event.payload.conversationId) entry.listener(event);
      }
      return event;
    },
    subscribe: (listener: (event: AgentManagerEvent) => void, filter: { conversationId?: string } = {}): Unsubscribe => {
      const entry = { listener, conversationId: filter.conversationId };
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
    },
  };
}
