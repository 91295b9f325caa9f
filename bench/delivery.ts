/**
 * Delivery benchmarks, run by `bench/run.mjs` through tsx (`tsx bench/delivery.ts --out file.json
 * --parts latency,drain`). Everything talks to the Agent Manager simulator on 127.0.0.1 only.
 *
 * - latency: `closeWrapup` emit → simulator receipt, through our transport + outbox
 *   (`outbox.submit`) and through a raw socket.io-client `socket.emit`, interleaved in one run;
 *   measured twice, same payloads, interleaving, warm-up and counts, and reported under
 *   `latency.inProcess` and `latency.separateProcess`:
 *   - inProcess: the simulator runs in this process, beside both clients. Its own allocations
 *     (payload validation, the `received` log that keeps every payload) trigger young-generation
 *     collections (1–4 ms) that land in whichever client's sample is running, and its CPU work
 *     shares the clients' thread. Receipt times are `performance.now()` of this process.
 *   - separateProcess: the simulator runs in a forked child (`bench/simulator-process.ts`), as the
 *     Agent Manager is a server of its own. Receipt times are the child's `process.hrtime.bigint()`
 *     (CLOCK_MONOTONIC on Linux, comparable across processes) minus the clients' one, taken just
 *     before the emit; the child sends them over IPC only after the loop. Waking the other
 *     process adds ~0.1 ms to both sides. The clients of this topology run in a fresh process too
 *     (this script forked with `--separate-process-clients`), so both topologies start from the
 *     same cold JIT and the same 200-pair warm-up.
 * - drain: 1,000 wrap-ups submitted while the Agent Manager is down, then the time from the
 *   reconnect until all are sent and all are `applied` (simulator in this process).
 *
 * Receipt times:
 * - "recorded": when the simulator records the request (a hook on `sim.received.push`), i.e. after
 *   it parsed the packet and validated the payload with the core schema;
 * - "wire": when socket.io on the server decodes the event packet (a hook on the server
 *   `Socket.prototype.onevent`), before the simulator's handler and its validation.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import { buildCloseWrapup, createMemoryStorage, createOutbox, type CloseWrapupPayload, type ConnectionState, type OutboxOutcome } from '../src/core';
import { simulatorAgent, startAgentManagerSimulator, SIMULATOR_AGENT } from '../src/simulator';
import { createSocketIoTransport } from '../src/transport';
import { agentContext } from '../test/fixtures/contexts';
import { conversationIdOf, installReceiptHooks } from './receipts';
import type { ChildMessage, ParentMessage } from './simulator-process';

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
const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, '..');
const simulatorProcessFile = join(benchDir, 'simulator-process.ts');
const thisFile = fileURLToPath(import.meta.url);

// ------------------------------------------------------------------ receipt hooks

const { wireAt, recordedAt, hookRecords } = installReceiptHooks(() => performance.now());

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

/** A monotonic clock: `now()` before the emit and in the receipt hooks, `ms(from, to)` their difference. */
interface Clock<T> {
  now: () => T;
  ms: (from: T, to: T) => number;
}
/** In-process: the simulator's hooks and the clients read the same `performance.now()`. */
const performanceClock: Clock<number> = { now: () => performance.now(), ms: (from, to) => to - from };
/** Across processes: CLOCK_MONOTONIC on Linux, the same clock in the child that runs the simulator. */
const hrtimeClock: Clock<bigint> = { now: () => process.hrtime.bigint(), ms: (from, to) => Number(to - from) / 1e6 };

/** One kept emit: its conversationId, the clock before the emit and when the Agent Manager's answer arrived. */
interface Sample<T> {
  id: string;
  t0: T;
  t1: T;
}

/**
 * Connects ours (transport + outbox) and a raw socket.io-client socket to `url`, then sends
 * WARMUP + EMITS wrap-ups from each, one in flight at a time, interleaved. The same code for both
 * topologies: only the simulator's place (and so the clock) differs.
 */
async function measureClients<T>(url: string, clock: Clock<T>) {
  // ours: the transport opens its own socket (AgentDesk handshake), outbox over memory storage
  const transport = createSocketIoTransport({ url, agent: SIMULATOR_AGENT });
  const outbox = createOutbox({ transport, storage: createMemoryStorage() });

  // raw: the same socket.io-client options the transport uses, under another agent id so the
  // Agent Manager's answers to one client do not also reach the other (answers go to the agent's room)
  const rawAgent = simulatorAgent('b7f3c1d2-0000-4000-8000-000000000001');
  const raw = io(url, {
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

  try {
    // both on the default transports (HTTP long-polling, then upgraded): measure once both are on websocket
    await until(() => transport.getState() === 'connected' && raw.connected, 'both sockets to connect');
    await until(
      () => (transport.socket as Socket).io.engine.transport.name === 'websocket' && raw.io.engine.transport.name === 'websocket',
      'both sockets to upgrade to websocket',
    );

    const samples = { ours: [] as Sample<T>[], raw: [] as Sample<T>[] };
    let notApplied = 0;

    async function sendOurs(i: number, keep: boolean) {
      const conversationId = `lat-ours-${i}`;
      const payload = payloadFor(conversationId, i);
      const t0 = clock.now();
      const outcome: OutboxOutcome = await outbox.submit(payload);
      const t1 = clock.now();
      if (outcome.status !== 'applied') notApplied += 1;
      if (keep) samples.ours.push({ id: conversationId, t0, t1 });
    }
    async function sendRaw(i: number, keep: boolean) {
      const conversationId = `lat-raw-${i}`;
      const payload = payloadFor(conversationId, i);
      const confirmed = new Promise<void>((resolve) => rawWaiters.set(conversationId, resolve));
      const t0 = clock.now();
      raw.emit('closeWrapup', payload);
      await confirmed;
      const t1 = clock.now();
      if (keep) samples.raw.push({ id: conversationId, t0, t1 });
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
    return { samples, notApplied, elapsedMs };
  } finally {
    outbox.dispose();
    transport.close();
    raw.close();
  }
}

/** Receipt times by conversationId, on the same clock as the samples. */
interface Receipts<T> {
  wire: (id: string) => T | undefined;
  recorded: (id: string) => T | undefined;
}

function summarize<T>(measured: Awaited<ReturnType<typeof measureClients<T>>>, receipts: Receipts<T>, clock: Clock<T>) {
  const side = (samples: Sample<T>[]) => {
    const at = (kind: keyof Receipts<T>, s: Sample<T>) => {
      const t = receipts[kind](s.id);
      if (t === undefined) throw new Error(`no ${kind} receipt for ${s.id}`);
      return clock.ms(s.t0, t);
    };
    return {
      recorded: stats(samples.map((s) => at('recorded', s))),
      wire: stats(samples.map((s) => at('wire', s))),
      roundTrip: stats(samples.map((s) => clock.ms(s.t0, s.t1))),
    };
  };
  return {
    emits: EMITS,
    warmup: WARMUP,
    engineTransport: 'websocket',
    notApplied: measured.notApplied,
    elapsedMs: Math.round(measured.elapsedMs),
    ours: side(measured.samples.ours),
    raw: side(measured.samples.raw),
  };
}

type LatencyResult = ReturnType<typeof summarize> & { topology: string; simulator: string; clock: string };

function logLatency(r: LatencyResult) {
  log(
    `latency (${r.topology}): recorded ours p50 ${r.ours.recorded.p50} ms p99 ${r.ours.recorded.p99} ms; raw p50 ${r.raw.recorded.p50} ms p99 ${r.raw.recorded.p99} ms ` +
      `(ratio p50 ${(r.ours.recorded.p50 / r.raw.recorded.p50).toFixed(2)}, p99 ${(r.ours.recorded.p99 / r.raw.recorded.p99).toFixed(2)}; ` +
      `wire ratio p50 ${(r.ours.wire.p50 / r.raw.wire.p50).toFixed(2)}, p99 ${(r.ours.wire.p99 / r.raw.wire.p99).toFixed(2)}) (${r.elapsedMs} ms)`,
  );
}

/** The simulator in this process: its parsing, logging and garbage collection share the clients' thread. */
async function latencyInProcess(): Promise<LatencyResult> {
  const sim = await startAgentManagerSimulator({ conversations: 0, wrapUpSeconds: WRAPUP_SECONDS });
  hookRecords(sim);
  try {
    const measured = await measureClients(sim.url, performanceClock);
    const result = {
      topology: 'inProcess',
      simulator: 'in the same Node process as both clients',
      clock: 'performance.now() (one process)',
      ...summarize(measured, { wire: (id) => wireAt.get(id), recorded: (id) => recordedAt.get(id) }, performanceClock),
    };
    logLatency(result);
    return result;
  } finally {
    await sim.close();
  }
}

/** Waits for the child's next message of `type`; rejects when it reports an error, exits, or takes too long. */
function nextMessage<M extends { type: string }, K extends M['type']>(
  child: ChildProcess,
  type: K,
  what: string,
  timeoutMs = 30_000,
): Promise<Extract<M, { type: K }>> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    const onMessage = (message: M | { type: 'error'; message: string }) => {
      if (message.type === type) {
        cleanup();
        resolve(message as Extract<M, { type: K }>);
      } else if (message.type === 'error' && 'message' in message) {
        cleanup();
        reject(new Error(`${what}: the child process failed: ${String(message.message)}`));
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(new Error(`the child process exited (${code ?? signal}) while waiting for ${what}`));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.on('error', onError);
  });
}

/** Forks `file` under tsx; the child is killed when `run` ends, whichever way, and if this process exits first. */
async function withChild<T>(file: string, args: string[], run: (child: ChildProcess) => Promise<T>): Promise<T> {
  const child = fork(file, args, {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx'],
    // the child's output goes to stderr: stdout may carry this script's JSON
    stdio: ['ignore', 2, 2, 'ipc'],
  });
  const killChild = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', killChild); // also when this process ends on an error
  try {
    return await run(child);
  } finally {
    killChild();
    process.off('exit', killChild);
  }
}

/**
 * The simulator in a child process (bench/simulator-process.ts), as the Agent Manager is a server
 * of its own. The child keeps its receipt times to itself until the loop is over, so no IPC runs
 * during the samples.
 */
async function latencySeparateProcess(): Promise<LatencyResult> {
  return withChild(simulatorProcessFile, ['--wrap-up-seconds', String(WRAPUP_SECONDS)], async (child) => {
    const { url } = await nextMessage<ChildMessage, 'ready'>(child, 'ready', 'the simulator process to listen');
    const measured = await measureClients(url, hrtimeClock);
    child.send({ type: 'report' } satisfies ParentMessage);
    const report = await nextMessage<ChildMessage, 'report'>(child, 'report', 'the receipt times from the simulator process');
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.send({ type: 'close' } satisfies ParentMessage);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    const fromReport = (times: Record<string, string>) => (id: string) => {
      const t = times[id];
      return t === undefined ? undefined : BigInt(t);
    };
    const result = {
      topology: 'separateProcess',
      simulator: 'in its own Node process (child_process.fork of bench/simulator-process.ts), as the Agent Manager is a separate server',
      clock: 'process.hrtime.bigint() (CLOCK_MONOTONIC, the same clock in both processes)',
      clients: 'in a fresh Node process (this script, forked with --separate-process-clients), so they start as cold as in the in-process run',
      ...summarize(measured, { wire: fromReport(report.wire), recorded: fromReport(report.recorded) }, hrtimeClock),
      simulatorReceivedCloseWrapups: report.closeWrapups,
    };
    logLatency(result);
    return result;
  });
}

/** Messages from this script run with `--separate-process-clients` to the run that forked it. */
type ClientsMessage = { type: 'latency'; result: LatencyResult } | { type: 'error'; message: string };

/**
 * Both topologies in one run. In-process first, in this process, as before (the drain part then
 * runs after it, as before). The separate-process clients run in a fresh process of their own, so
 * they start from the same state with the same 200-pair warm-up: run second in this process, after
 * the in-process run's 4,400 sends (a warmer JIT, a fuller heap), ours ÷ raw came out ~0.1 lower
 * at p50 (1.34–1.38× against 1.39–1.52× from a fresh process, same code, 2026-11-25).
 */
async function latency() {
  const inProcess = await latencyInProcess();
  const separateProcess = await withChild(thisFile, ['--separate-process-clients'], async (child) => {
    const timeoutMs = 60_000 + (WARMUP + EMITS) * 50;
    const { result } = await nextMessage<ClientsMessage, 'latency'>(child, 'latency', 'the separate-process latency run', timeoutMs);
    return result;
  });
  return { inProcess, separateProcess };
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
      engineAtConnect = (transport.socket as Socket).io.engine.transport.name;
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

if (process.argv.includes('--separate-process-clients')) {
  // forked by latency(): only the separate-process topology, in this fresh process; the result goes back over IPC
  const send = (message: ClientsMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
  process.on('disconnect', () => process.exit(1)); // the run that forked this one is gone
  try {
    await send({ type: 'latency', result: await latencySeparateProcess() });
    process.exit(0);
  } catch (error) {
    await send({ type: 'error', message: String((error as Error)?.stack ?? error) });
    process.exit(1);
  }
}

const output: Record<string, unknown> = { node: process.version, cpu: cpus()[0]?.model };
if (parts.has('latency')) output.latency = await latency();
if (parts.has('drain')) output.drain = await drain();
const json = JSON.stringify(output, null, 2);
if (outFile) writeFileSync(outFile, json);
else console.log(json);
process.exit(0);
