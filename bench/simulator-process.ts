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
import { startAgentManagerSimulator } from '../src/simulator';
import { installReceiptHooks } from './receipts';

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

const { wireAt, recordedAt, hookRecords } = installReceiptHooks(() => process.hrtime.bigint());

try {
  const sim = await startAgentManagerSimulator({ conversations: 0, wrapUpSeconds });
  hookRecords(sim);
  const received = sim.received;

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
