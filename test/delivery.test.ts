// Delivery end to end over real loopback sockets: outbox → transport → Agent Manager simulator.
import { afterEach, describe, expect, it } from 'vitest';
import { buildCloseWrapup, createMemoryStorage, createOutbox, type Outbox, type WrapUpTransport } from '../src/core';
import { startAgentManagerSimulator, SIMULATOR_AGENT, type AgentManagerSimulator } from '../src/simulator';
import { createHttpTransport, createSocketIoTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function simulator(options: Parameters<typeof startAgentManagerSimulator>[0] = {}) {
  const sim = await startAgentManagerSimulator({ conversations: 0, wrapUpSeconds: 3600, ...options });
  cleanup.push(() => sim.close());
  return sim;
}
function socketTransport(sim: AgentManagerSimulator) {
  const transport = createSocketIoTransport({
    url: sim.url,
    agent: SIMULATOR_AGENT,
    username: 'faizan',
    backoff: { baseMs: 20, maxMs: 200 },
    socketOptions: { transports: ['websocket'] },
  });
  cleanup.push(() => transport.close());
  return transport;
}
function outboxOver(transport: WrapUpTransport, storage = createMemoryStorage(), ownerId = 'tab') {
  const outbox = createOutbox({ transport, storage, ownerId, confirmTimeoutMs: 400, tickMs: 50, leaseMs: 200 });
  cleanup.push(() => outbox.dispose());
  return outbox;
}
const wrapUp = (i: number) => ({ wrapups: [{ categoryName: 'Billing', value: `Reason ${i % 7}` }], note: `wrap-up ${i}` });
const validIds = (sim: AgentManagerSimulator) => sim.received.filter((r) => r.event === 'closeWrapup' && r.valid).map((r) => r.eventId);

describe('never losing a wrap-up, against the simulator', () => {
  it('500 wrap-ups while the Agent Manager restarts 10 times and drops a fifth of confirmations: all applied, nothing extra', async () => {
    const sim = await simulator({ random: seeded(7) });
    sim.faults.setDropRate(0.2);
    const transport = socketTransport(sim);
    const outbox = outboxOver(transport);

    const submitted: string[] = [];
    const outcomes: Array<Promise<{ status: string }>> = [];
    for (let i = 0; i < 500; i++) {
      const payload = buildCloseWrapup(agentContext({ conversationId: `conv-${i}` }), wrapUp(i));
      submitted.push(payload.cimEvent!.id);
      outcomes.push(outbox.submit(payload));
      if (i % 50 === 49) await sim.restart(); // 10 restarts, wrap-ups submitted before, during and after each
    }
    const settled = await Promise.all(outcomes);

    expect(settled.filter((o) => o.status !== 'applied')).toEqual([]);
    const received = new Set(validIds(sim));
    expect([...received].sort()).toEqual([...submitted].sort()); // every id, and no id not submitted
    expect(outbox.pending()).toEqual([]);
    // resends reuse the ids: there were more receipts than wrap-ups, but no new ids
    expect(validIds(sim).length).toBeGreaterThan(500);
  }, 90_000);

  it('after a reload, a new outbox on the same storage resends the pending wrap-ups with the same ids', async () => {
    const sim = await simulator();
    const storage = createMemoryStorage();
    sim.faults.dropNextConfirmations(3); // the Agent Manager gets them, the answers are lost
    const first = socketTransport(sim);
    const before = outboxOver(first, storage, 'tab-1');
    const payloads = [0, 1, 2].map((i) => buildCloseWrapup(agentContext({ conversationId: `reload-${i}` }), wrapUp(i)));
    for (const p of payloads) void before.submit(p);
    await expect.poll(() => validIds(sim).length).toBe(3);
    before.dispose();
    first.close(); // the page goes away

    const after = outboxOver(socketTransport(sim), storage, 'tab-1');
    expect(after.pending().map((e) => e.eventId)).toEqual(payloads.map((p) => p.cimEvent!.id));
    await expect.poll(() => after.pending().length, { timeout: 5_000 }).toBe(0);
    const ids = validIds(sim);
    expect(ids).toHaveLength(6);
    expect(new Set(ids)).toEqual(new Set(payloads.map((p) => p.cimEvent!.id)));
    expect(after.outcome('reload-2')).toMatchObject({ status: 'applied' });
  }, 30_000);

  it('leave, then the timer: wrapupTimerStarted, then closeWrapup null settles "left"; a silent agent gets the server expiry', async () => {
    const sim = await simulator({ conversations: 2, wrapUpSeconds: 0.3 });
    const transport = socketTransport(sim);
    const outbox = outboxOver(transport);
    const [a, b] = sim.contexts();
    await expect.poll(() => transport.getState()).toBe('connected');
    for (const ctx of [a!, b!]) {
      const started = new Promise((resolve) => transport.subscribe(resolve, { conversationId: ctx.conversationId }));
      await transport.send('topicUnsubscription', { conversationId: ctx.conversationId, agentId: ctx.participant.participant.id, roomInfo: ctx.roomInfo });
      await expect(started).resolves.toMatchObject({ name: 'wrapupTimerStarted', payload: { duration: 0.3 } });
    }
    await expect(outbox.submit(buildCloseWrapup(a!, null))).resolves.toMatchObject({ status: 'left' });
    const expired = new Promise((resolve) => transport.subscribe(resolve, { conversationId: b!.conversationId }));
    await expect(expired).resolves.toMatchObject({ name: 'topicUnsubscription', payload: { reason: 'wrap Up Timer Expired' } });
  });
});

describe('HTTP transport through the simulator relay', () => {
  it('delivers a wrap-up and reads the answer by polling', async () => {
    const sim = await simulator();
    const transport = createHttpTransport({ url: sim.relayUrl, agentId: SIMULATOR_AGENT.id, pollIntervalMs: 50 });
    cleanup.push(() => transport.close());
    const outbox = outboxOver(transport);
    await expect.poll(() => transport.getState()).toBe('connected');
    const payload = buildCloseWrapup(agentContext({ conversationId: 'http-1' }), wrapUp(1));
    await expect(outbox.submit(payload)).resolves.toMatchObject({ status: 'applied', eventId: payload.cimEvent!.id });
    expect(sim.received.at(-1)).toMatchObject({ via: 'relay', valid: true, eventId: payload.cimEvent!.id });
  });

  it('goes offline when the relay is unreachable and delivers once it is back', async () => {
    const sim = await simulator();
    const transport = createHttpTransport({ url: sim.relayUrl, agentId: SIMULATOR_AGENT.id, pollIntervalMs: 50, backoff: { baseMs: 20, maxMs: 100 } });
    cleanup.push(() => transport.close());
    const outbox: Outbox = outboxOver(transport);
    await expect.poll(() => transport.getState()).toBe('connected');
    const restarting = sim.restart();
    const outcome = outbox.submit(buildCloseWrapup(agentContext({ conversationId: 'http-2' }), wrapUp(2)));
    await restarting;
    await expect(outcome).resolves.toMatchObject({ status: 'applied' });
  });
});
