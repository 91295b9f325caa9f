import { WrapUpError } from '../core/errors';
import { topicUnsubscriptionReasons } from '../core/schemas';
import type { OutgoingEventName, OutgoingEvents, WrapUpTransport } from '../core/transport-contract';
import { createTransportHub } from './emitter';

export interface MemoryTransportOptions {
  /** Answer like an Agent Manager (default true): leave → `wrapupTimerStarted`, `closeWrapup` → `topicUnsubscription`, `publishCimEvent` → `onCimEvent`. */
  autoRespond?: boolean | undefined;
  /** `duration` of `wrapupTimerStarted`, in seconds (default 60). */
  wrapUpSeconds?: number | undefined;
  /** Delay before each answer, in ms (default 0). */
  delayMs?: number | undefined;
  /** Start connected (default true). */
  connected?: boolean | undefined;
}

export interface MemoryTransport extends WrapUpTransport {
  /** Everything sent, in order. */
  readonly sent: Array<{ [K in OutgoingEventName]: { name: K; payload: OutgoingEvents[K] } }[OutgoingEventName]>;
  /** Delivers an Agent Manager event, as if it came over the wire (validated like real ones). */
  receive(name: string, payload: unknown): void;
  /** Goes offline (sends reject) or back online (the outbox then resends). */
  setConnected(connected: boolean): void;
  /** The next `n` sends reject with a transport error. */
  failNextSends(n: number): void;
  /** Stops or resumes automatic answers; with a number, changes the answer delay. */
  setAutoRespond(on: boolean, delayMs?: number): void;
}

/** An in-process Agent Manager stand-in for tests and stories: scriptable answers, delays, failures. */
export function createMemoryTransport(options: MemoryTransportOptions = {}): MemoryTransport {
  let { autoRespond = true, delayMs = 0 } = options;
  const wrapUpSeconds = options.wrapUpSeconds ?? 60;
  const hub = createTransportHub(options.connected === false ? 'disconnected' : 'connected');
  const sent: MemoryTransport['sent'] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let failures = 0;

  // answers arrive in a later task, as from a network
  const later = (fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, delayMs);
    timers.add(t);
  };

  function answer<K extends OutgoingEventName>(name: K, payload: OutgoingEvents[K]) {
    const { conversationId, roomInfo } = payload;
    if (name === 'topicUnsubscription') {
      later(() => hub.dispatch('wrapupTimerStarted', { task: 'wrapupTimerStarted', duration: wrapUpSeconds, conversationId, roomInfo, statusCode: 200 }));
    } else if (name === 'closeWrapup') {
      const reason = (payload as OutgoingEvents['closeWrapup']).cimEvent ? topicUnsubscriptionReasons.applied : topicUnsubscriptionReasons.left;
      later(() => hub.dispatch('topicUnsubscription', { task: 'topicUnsubscription', conversationId, roomInfo, statusCode: 200, reason }));
    } else {
      const cimEvent = (payload as OutgoingEvents['publishCimEvent']).cimEvent;
      later(() => hub.dispatch('onCimEvent', { cimEvent: JSON.stringify(cimEvent), conversationId, roomInfo }));
    }
  }

  return {
    kind: 'memory',
    sent,
    getState: hub.getState,
    subscribe: hub.subscribe,
    onStateChange: hub.onStateChange,
    send(name, payload) {
      if (hub.getState() === 'closed') return Promise.reject(new WrapUpError('TRANSPORT_ERROR', `Cannot send ${name}: this transport was closed.`));
      if (hub.getState() !== 'connected') {
        return Promise.reject(new WrapUpError('TRANSPORT_ERROR', `Cannot send ${name} now: offline. The outbox sends it again after the reconnect.`));
      }
      if (failures > 0) {
        failures--;
        return Promise.reject(new WrapUpError('TRANSPORT_ERROR', `Cannot send ${name}: a failure scripted with failNextSends.`));
      }
      sent.push({ name, payload } as MemoryTransport['sent'][number]);
      if (autoRespond) answer(name, payload);
      return Promise.resolve();
    },
    receive: (name, payload) => void hub.dispatch(name, payload),
    setConnected: (connected) => hub.setState(connected ? 'connected' : 'disconnected'),
    failNextSends(n) {
      failures = n;
    },
    setAutoRespond(on, ms) {
      autoRespond = on;
      if (ms !== undefined) delayMs = ms;
    },
    close() {
      for (const t of timers) clearTimeout(t);
      hub.setState('closed');
      hub.clear();
    },
  };
}
