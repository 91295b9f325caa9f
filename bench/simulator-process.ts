/**
 * The Agent Manager simulator in a process of its own, for the latency part of
 * `bench/delivery.ts` (topology "separateProcess"): a real Agent Manager is a separate server, so
 * its parsing, validation, logging and garbage collection do not run on the clients' thread.
 *
 * Started by `fork('bench/simulator-process.ts', ['--wrap-up-seconds', N], { execArgv: ['--import', 'tsx'] })`.
 * Listens on 127.0.0.1 only (the simulator's only host). Receipt times are
 * `process.hrtime.bigint()` (CLOCK_MONOTONIC on Linux: the same clock in every process, so the
 * parent can subtract its own `process.hrtime.bigint()` taken before the emit):
 * - "wire": when socket.io on the server decodes the closeWrapup packet (`Socket.prototype.onevent`);
 * - "recorded": when the simulator records the request (`sim.received.push`), after validation.
 *
 * IPC, one message at a time (nothing is sent while the parent measures):
 * - child → parent `{ type: 'ready', url }` once listening, or `{ type: 'error', message }`;
 * - parent → child `{ type: 'report' }` → child → parent `{ type: 'report', wire, recorded, closeWrapups }`
 *   (conversationId → nanoseconds as a decimal string);
 * - parent → child `{ type: 'close' }`: the simulator closes, the process exits.
 * The process also exits when the IPC channel closes (the parent ended, whichever way).
 */
import { Socket as ServerSocket } from 'socket.io';
import { startAgentManagerSimulator, type ReceivedEvent } from '../src/simulator';

export type ParentMessage = { type: 'report' } | { type: 'close' };
export type ChildMessage =
  | { type: 'ready'; url: string }
  | { type: 'error'; message: string }
  | { type: 'report'; wire: Record<string, string>; recorded: Record<string, string>; closeWrapups: number };

function send(message: ChildMessage): void {
  process.send?.(message);
}

if (!process.send) {
  console.error('bench/simulator-process.ts: start it with child_process.fork (it talks to its parent over IPC)');
  process.exit(2);
}
// the parent is gone (or closed the channel): nothing left to measure for
process.on('disconnect', () => process.exit(0));

const i = process.argv.indexOf('--wrap-up-seconds');
const wrapUpSeconds = i === -1 ? 86_400 : Number(process.argv[i + 1]);

/** conversationId → process.hrtime.bigint() when socket.io on the server decoded its closeWrapup packet. */
const wireAt = new Map<string, bigint>();
/** conversationId → process.hrtime.bigint() when the simulator recorded it in `received`. */
const recordedAt = new Map<string, bigint>();

function conversationIdOf(payload: unknown): string | undefined {
  if (payload === null || typeof payload !== 'object') return undefined;
  const id = (payload as { conversationId?: unknown }).conversationId;
  return typeof id === 'string' ? id : undefined;
}

type OnEvent = (this: ServerSocket, packet: { data?: unknown[] }) => void;
const serverSocketProto = ServerSocket.prototype as unknown as { onevent: OnEvent };
const originalOnEvent = serverSocketProto.onevent;
serverSocketProto.onevent = function onevent(packet) {
  const [name, payload] = packet.data ?? [];
  if (name === 'closeWrapup') {
    const id = conversationIdOf(payload);
    if (id !== undefined && !wireAt.has(id)) wireAt.set(id, process.hrtime.bigint());
  }
  originalOnEvent.call(this, packet);
};

try {
  const sim = await startAgentManagerSimulator({ conversations: 0, wrapUpSeconds });
  const received = sim.received;
  const push = received.push.bind(received);
  received.push = (...items: ReceivedEvent[]) => {
    const t = process.hrtime.bigint();
    for (const item of items) {
      if (item.event === 'closeWrapup' && item.valid && item.conversationId && !recordedAt.has(item.conversationId)) recordedAt.set(item.conversationId, t);
    }
    return push(...items);
  };

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'report') {
      const asRecord = (map: Map<string, bigint>) => Object.fromEntries([...map].map(([id, t]) => [id, String(t)]));
      send({ type: 'report', wire: asRecord(wireAt), recorded: asRecord(recordedAt), closeWrapups: received.filter((r) => r.event === 'closeWrapup').length });
    } else if (message.type === 'close') {
      void sim.close().finally(() => process.exit(0));
    }
  });
  send({ type: 'ready', url: sim.url });
} catch (error) {
  // exit once the message is out, so the parent gets the reason rather than only the exit code
  process.send({ type: 'error', message: String((error as Error)?.stack ?? error) } satisfies ChildMessage, () => process.exit(1));
}
