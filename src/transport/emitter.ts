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
  type Entry = { listener: (event: AgentManagerEvent) => void; conversationId?: string };
  const eventListeners = new Set<Entry>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  /** Events that came while no listener of every conversation was there, with the listeners that already had them. */
  let early: Array<{ event: AgentManagerEvent; had: ReadonlySet<Entry> }> = [];
  let replaying = false;

  /** Every listener gets the event: one that throws does not keep it from the others (its error is rethrown apart). */
  function deliver(event: AgentManagerEvent, to: Iterable<Entry>) {
    for (const entry of to) {
      if (entry.conversationId !== undefined && entry.conversationId !== event.payload.conversationId) continue;
      try {
        entry.listener(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
  /** Early events wait for a listener of every conversation (one filtered to a single conversation is not enough). */
  const anyoneListening = () => [...eventListeners].some((l) => l.conversationId === undefined);

  return {
    getState: () => state,
    setState(next: ConnectionState) {
      if (next === state) return;
      state = next;
      for (const listener of [...stateListeners]) {
        try {
          listener(next);
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    /** Validates a raw Agent Manager event and hands it to the matching subscribers; unknown or malformed events are ignored. */
    dispatch(name: string, payload: unknown): AgentManagerEvent | undefined {
      const parsed = parseIncomingEvent(name, payload);
      if (!parsed) return undefined;
      const event = { ...parsed, receivedAt: now() } as AgentManagerEvent;
      const listeners = replaying ? [] : [...eventListeners]; // while the early ones are handed over, this one waits its turn
      if (replaying || !anyoneListening()) {
        early.push({ event, had: new Set(listeners) });
        if (early.length > EARLY_MAX) early.shift();
      }
      deliver(event, listeners);
      return event;
    },
    subscribe: (listener: (event: AgentManagerEvent) => void, filter: { conversationId?: string } = {}): Unsubscribe => {
      const entry = { listener, conversationId: filter.conversationId };
      if (filter.conversationId === undefined && !anyoneListening() && early.length > 0 && !replaying) {
        // the first listener: hand over what came early once every listener of this task has subscribed
        replaying = true;
        queueMicrotask(() => {
          const cutoff = now() - EARLY_MS;
          const kept = early.filter((e) => (e.event.receivedAt ?? 0) >= cutoff);
          early = [];
          replaying = false;
          // each to the listeners that did not have it yet (a listener of one conversation got it as it came)
          for (const { event, had } of kept) deliver(event, [...eventListeners].filter((l) => !had.has(l)));
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
