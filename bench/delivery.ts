/**
 * Delivery benchmarks, run by `bench/run.mjs` through tsx (`tsx bench/delivery.ts --out file.json
 * --parts latency,drain`). Everything talks to the Agent Manager simulator on 127.0.0.1 only.
 *
 * - latency: `closeWrapup` emit → simulator receipt, through our transport + outbox
 *   (`outbox.submit`) and through a raw socket.io-client `socket.emit`, interleaved in one run.
 * - drain: 1,000 wrap-ups submitted while the Agent Manager is down, then the time from the
 *   reconnect until all are sent and all are `applied`.
 *
 * Receipt times are `performance.now()` in this process (the simulator runs in it):
 * - "recorded": when the simulator records the request (a hook on `sim.received.push`), i.e. after
 *   it parsed the packet and validated the payload with the core schema;
 * - "wire": when socket.io on the server decodes the event packet (a hook on the server
 *   `Socket.prototype.onevent`), before the simulator's handler and its validation.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Socket as ServerSocket } from 'socket.io';
import { io } from 'socket.io-client';
import { buildCloseWrapup, createMemoryStorage, createOutbox, type CloseWrapupPayload, type ConnectionState, type OutboxOutcome } from '../src/core';
import { simulatorAgent, startAgentManagerSimulator, SIMULATOR_AGENT, type AgentManagerSimulator, type ReceivedEvent } from '../src/simulator';
import { createSocketIoTransport } from '../src/transport';
import { agentContext } from '../test/fixtures/contexts';

// ------------------------------------------------------------------ options

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const outFile = arg('out');
const parts = new Set((arg('parts') ?? 'latency,drain').split(',').map((s) => s.trim()));
const EMITS = Number(process.env.BENCH_EMITS ?? 2000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const DRAIN_COUNT = Number(process.env.BENCH_DRAIN ?? 1000);
const DRAIN_RUNS = Number(process.env.BENCH_DRAIN_RUNS ?? 3);
const WRAPUP_SECONDS = 86_400; // large: nothing expires during the bench

const log = (...items: unknown[]) => console.error('[delivery]', ...items);

// ------------------------------------------------------------------ receipt hooks

/** conversationId → performance.now() when socket.io on the server decoded its closeWrapup packet. */
const wireAt = new Map<string, number>();
/** conversationId → performance.now() when the simulator recorded it in `received`. */
const recordedAt = new Map<string, number>();

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
    if (id !== undefined && !wireAt.has(id)) wireAt.set(id, performance.now());
  }
  originalOnEvent.call(this, packet);
};

/** Wraps `sim.received.push`, the moment the simulator records a request. */
function hookRecords(sim: AgentManagerSimulator): void {
  const received = sim.received;
  const push = received.push.bind(received);
  received.push = (...items: ReceivedEvent[]) => {
    const t = performance.now();
    for (const item of items) {
      if (item.event === 'closeWrapup' && item.valid && item.conversationId && !recordedAt.has(item.conversationId)) recordedAt.set(item.conversationId, t);
    }
    return push(...items);
  };
}

// ------------------------------------------------------------------ helpers

export interface Stats {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles. */
function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    min: round(sorted[0] ?? Number.NaN),
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
  };
}

const wrapUp = (i: number) => ({ wrapups: [{ categoryName: 'Billing', value: `Refund issued ${String(i % 97).padStart(5, '0')}` }], note: `wrap-up ${i}` });
const payloadFor = (conversationId: string, i: number): CloseWrapupPayload => buildCloseWrapup(agentContext({ conversationId }), wrapUp(i));

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// ------------------------------------------------------------------ 1. latency

async function latency() {
  const sim = await startAgentManagerSimulator({ conversations: 0, wrapUpSeconds: WRAPUP_SECONDS });
  hookRecords(sim);

  // ours: the transport opens its own socket (AgentDesk handshake), outbox over memory storage
  const transport = createSocketIoTransport({ url: sim.url, agent: SIMULATOR_AGENT });
  const outbox = createOutbox({ transport, storage: createMemoryStorage() });

  // raw: the same socket.io-client options the transport uses, under another agent id so the
  // Agent Manager's answers to one client do not also reach the other (answers go to the agent's room)
  const rawAgent = simulatorAgent('b7f3c1d2-0000-4000-8000-000000000001');
  const raw = io(sim.url, {
    path: '/socket.io',
    auth: { agent: JSON.stringify(rawAgent), fcm: { desktopFcmKey: '', mobileFcmKey: '' } },
    reconnection: false,
  });
  const rawWaiters = new Map<string, () => void>();
  raw.on('topicUnsubscription', (payload: unknown) => {
    const id = conversationIdOf(payload);
    if (id === undefined) return;
    rawWaiters.get(id)?.();
    rawWaiters.delete(id);
  });

  // both on the default transports (HTTP long-polling, then upgraded): measure once both are on websocket
  await until(() => transport.getState() === 'connected' && raw.connected, 'both sockets to connect');
  await until(
    () => transport.socket.io.engine.transport.name === 'websocket' && raw.io.engine.transport.name === 'websocket',
    'both sockets to upgrade to websocket',
  );

  const samples = {
    ours: { recorded: [] as number[], wire: [] as number[], roundTrip: [] as number[] },
    raw: { recorded: [] as number[], wire: [] as number[], roundTrip: [] as number[] },
  };
  let notApplied = 0;

  async function sendOurs(i: number, keep: boolean) {
    const conversationId = `lat-ours-${i}`;
    const payload = payloadFor(conversationId, i);
    const t0 = performance.now();
    const outcome: OutboxOutcome = await outbox.submit(payload);
    const t1 = performance.now();
    if (outcome.status !== 'applied') notApplied += 1;
    if (!keep) return;
    samples.ours.recorded.push(recordedAt.get(conversationId)! - t0);
    samples.ours.wire.push(wireAt.get(conversationId)! - t0);
    samples.ours.roundTrip.push(t1 - t0);
  }
  async function sendRaw(i: number, keep: boolean) {
    const conversationId = `lat-raw-${i}`;
    const payload = payloadFor(conversationId, i);
    const confirmed = new Promise<void>((resolve) => rawWaiters.set(conversationId, resolve));
    const t0 = performance.now();
    raw.emit('closeWrapup', payload);
    await confirmed;
    const t1 = performance.now();
    if (!keep) return;
    samples.raw.recorded.push(recordedAt.get(conversationId)! - t0);
    samples.raw.wire.push(wireAt.get(conversationId)! - t0);
    samples.raw.roundTrip.push(t1 - t0);
  }

  // one wrap-up in flight at a time; ours and raw alternate (order flipped every pair) so both see the same conditions
  const started = performance.now();
  for (let i = 0; i < WARMUP + EMITS; i++) {
    const keep = i >= WARMUP;
    if (i % 2 === 0) {
      await sendOurs(i, keep);
      await sendRaw(i, keep);
    } else {
      await sendRaw(i, keep);
      await sendOurs(i, keep);
    }
  }
  const elapsedMs = performance.now() - started;

  outbox.dispose();
  transport.close();
  raw.close();
  await sim.close();

  const result = {
    emits: EMITS,
    warmup: WARMUP,
    engineTransport: 'websocket',
    notApplied,
    elapsedMs: Math.round(elapsedMs),
    ours: { recorded: stats(samples.ours.recorded), wire: stats(samples.ours.wire), roundTrip: stats(samples.ours.roundTrip) },
    raw: { recorded: stats(samples.raw.recorded), wire: stats(samples.raw.wire), roundTrip: stats(samples.raw.roundTrip) },
  };
  log(
    `latency: ours p50 ${result.ours.recorded.p50} ms p99 ${result.ours.recorded.p99} ms; raw p50 ${result.raw.recorded.p50} ms p99 ${result.raw.recorded.p99} ms (${result.elapsedMs} ms)`,
  );
  return result;
}

// ------------------------------------------------------------------ 2. drain

async function drainOnce(run: number) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const transport = createSocketIoTransport({ url, agent: SIMULATOR_AGENT, backoff: { baseMs: 50, maxMs: 100 } });

  // registered before the outbox's own listener, so this runs before the outbox's resend burst
  let connectedAt: number | undefined;
  let engineAtConnect: string | undefined;
  let state: ConnectionState = transport.getState();
  transport.onStateChange((next) => {
    state = next;
    if (next === 'connected' && connectedAt === undefined) {
      connectedAt = performance.now();
      engineAtConnect = transport.socket.io.engine.transport.name;
    }
  });
  const outbox = createOutbox({ transport, storage: createMemoryStorage() });
  let sent = 0;
  let allSentAt: number | undefined;
  outbox.subscribe((change) => {
    if (change.type === 'sent' && ++sent === DRAIN_COUNT) allSentAt = performance.now();
  });

  await until(() => state === 'disconnected', 'the first failed connect');
  const payloads = Array.from({ length: DRAIN_COUNT }, (_, i) => payloadFor(`drain-${run}-${i}`, i));
  const submitStart = performance.now();
  const outcomes = payloads.map((p) => outbox.submit(p));
  const submitMs = performance.now() - submitStart;
  let applied = 0;
  let notApplied = 0;
  let allAppliedAt: number | undefined;
  for (const outcome of outcomes) {
    void outcome.then((o) => {
      if (o.status !== 'applied') notApplied += 1;
      else if (++applied === DRAIN_COUNT) allAppliedAt = performance.now();
    });
  }
  const pendingBefore = outbox.pending().length;

  const serverUpAt = performance.now();
  const sim = await startAgentManagerSimulator({ port, conversations: 0, wrapUpSeconds: WRAPUP_SECONDS });
  hookRecords(sim);
  await Promise.all(outcomes);
  await until(() => allAppliedAt !== undefined, 'the last applied outcome');

  const ids = payloads.map((p) => p.conversationId);
  const lastWire = Math.max(...ids.map((id) => wireAt.get(id) ?? Number.NaN));
  const connected = connectedAt!;
  const result = {
    count: DRAIN_COUNT,
    pendingBefore,
    submitWhileOfflineMs: round(submitMs),
    serverUpToConnectedMs: round(connected - serverUpAt),
    connectedToAllSentMs: round((allSentAt ?? Number.NaN) - connected),
    connectedToAllReceivedMs: round(lastWire - connected),
    connectedToAllAppliedMs: round(allAppliedAt! - connected),
    notApplied,
    engineTransportAtConnect: engineAtConnect, // default transports: the reconnect starts on HTTP long-polling
    receivedByServer: sim.received.filter((r) => r.event === 'closeWrapup').length,
  };
  log(`drain run ${run}: sent ${result.connectedToAllSentMs} ms, applied ${result.connectedToAllAppliedMs} ms after reconnect (submit ${result.submitWhileOfflineMs} ms)`);
  outbox.dispose();
  transport.close();
  await sim.close();
  return result;
}

const round = (x: number) => Math.round(x * 100) / 100;

type DrainRun = Awaited<ReturnType<typeof drainOnce>>;

async function drain() {
  const runs: DrainRun[] = [];
  for (let run = 0; run < DRAIN_RUNS; run++) runs.push(await drainOnce(run));
  const median = (key: 'connectedToAllSentMs' | 'connectedToAllAppliedMs' | 'connectedToAllReceivedMs' | 'submitWhileOfflineMs') =>
    [...runs.map((r) => r[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? Number.NaN;
  return {
    count: DRAIN_COUNT,
    runs,
    median: {
      connectedToAllSentMs: median('connectedToAllSentMs'),
      connectedToAllReceivedMs: median('connectedToAllReceivedMs'),
      connectedToAllAppliedMs: median('connectedToAllAppliedMs'),
      submitWhileOfflineMs: median('submitWhileOfflineMs'),
    },
  };
}

// ------------------------------------------------------------------ main

const output: Record<string, unknown> = { node: process.version, cpu: cpus()[0]?.model };
if (parts.has('latency')) output.latency = await latency();
if (parts.has('drain')) output.drain = await drain();
const json = JSON.stringify(output, null, 2);
if (outFile) writeFileSync(outFile, json);
else console.log(json);
process.exit(0);
