/**
 * Receipt hooks for the delivery bench, shared by `delivery.ts` (simulator in the clients' process)
 * and `simulator-process.ts` (simulator in a process of its own): per conversationId, the time
 * - "wire": socket.io on the server decoded its closeWrapup packet (`Socket.prototype.onevent`),
 *   before the simulator's handler and its validation;
 * - "recorded": the simulator recorded the request in `received` (after parsing and validating it).
 * Only the first time per conversationId counts (a resend keeps the first receipt).
 */
import { Socket as ServerSocket } from 'socket.io';
import type { AgentManagerSimulator, ReceivedEvent } from '../src/simulator';

export function conversationIdOf(payload: unknown): string | undefined {
  if (payload === null || typeof payload !== 'object') return undefined;
  const id = (payload as { conversationId?: unknown }).conversationId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Hooks socket.io's server `Socket.prototype.onevent` (for every server in this process) and returns
 * the two maps, filled with `now()`, and `hookRecords(sim)` to wrap a simulator's `received.push`.
 */
export function installReceiptHooks<T>(now: () => T) {
  const wireAt = new Map<string, T>();
  const recordedAt = new Map<string, T>();

  type OnEvent = (this: ServerSocket, packet: { data?: unknown[] }) => void;
  const serverSocketProto = ServerSocket.prototype as unknown as { onevent: OnEvent };
  const originalOnEvent = serverSocketProto.onevent;
  serverSocketProto.onevent = function onevent(packet) {
    const [name, payload] = packet.data ?? [];
    if (name === 'closeWrapup') {
      const id = conversationIdOf(payload);
      if (id !== undefined && !wireAt.has(id)) wireAt.set(id, now());
    }
    originalOnEvent.call(this, packet);
  };

  function hookRecords(sim: AgentManagerSimulator): void {
    const received = sim.received;
    const push = received.push.bind(received);
    received.push = (...items: ReceivedEvent[]) => {
      const t = now();
      for (const item of items) {
        if (item.event === 'closeWrapup' && item.valid && item.conversationId && !recordedAt.has(item.conversationId)) recordedAt.set(item.conversationId, t);
      }
      return push(...items);
    };
  }

  return { wireAt, recordedAt, hookRecords };
}
