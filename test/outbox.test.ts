import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildCloseWrapup,
  buildPublishWrapup,
  createMemoryStorage,
  createOutbox,
  type Outbox,
  type OutboxChange,
  type OutboxStorage,
} from '../src/core';
import { backoffDelay } from '../src/core/transport-contract';
import { createMemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';

const wrapUp = { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'ok' };
const payloadFor = (conversationId = 'conv-1') => buildCloseWrapup(agentContext({ conversationId }), wrapUp);
const outboxes: Outbox[] = [];
const track = (o: Outbox) => (outboxes.push(o), o);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true });
});
afterEach(() => {
  for (const o of outboxes.splice(0)) o.dispose();
  vi.useRealTimers();
});

describe('submit and outcomes', () => {
  it('persists the payload before the first send and resolves "applied" on topicUnsubscription', async () => {
    const storage = createMemoryStorage();
    const transport = createMemoryTransport();
    const seenAtSend: number[] = [];
    const send = transport.send.bind(transport);
    transport.send = (name, payload) => {
      seenAtSend.push(storage.size);
      return send(name, payload);
    };
    const outbox = track(createOutbox({ transport, storage }));
    const payload = payloadFor();
    const outcome = await outbox.submit(payload);
    expect(seenAtSend[0]).toBeGreaterThan(0); // the entry was in storage when it was sent
    expect(outcome).toEqual({ status: 'applied', conversationId: 'conv-1', eventId: payload.cimEvent!.id, reason: 'Wrap Up applied' });
    expect(outbox.pending()).toEqual([]);
    expect(outbox.outcome('conv-1')).toMatchObject({ status: 'applied' });
  });

  it('"left" for leave without wrap-up; "expired" and "removed" from the server reason', async () => {
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = track(createOutbox({ transport }));
    const leave = outbox.submit(buildCloseWrapup(agentContext({ conversationId: 'a' }), null));
    const expired = outbox.submit(payloadFor('b'));
    const transferred = outbox.submit(payloadFor('c'));
    transport.receive('topicUnsubscription', { conversationId: 'a', reason: 'choosing leave without Wrap Up' });
    transport.receive('topicUnsubscription', { conversationId: 'b', reason: 'wrap Up Timer Expired' });
    transport.receive('topicUnsubscription', { conversationId: 'c', reason: 'CHAT TRANSFERRED' });
    await expect(leave).resolves.toMatchObject({ status: 'left', eventId: null });
    await expect(expired).resolves.toMatchObject({ status: 'expired' });
    await expect(transferred).resolves.toMatchObject({ status: 'removed', reason: 'CHAT TRANSFERRED' });
  });

  it('a live-chat wrap-up (publishCimEvent) is applied when the Agent Manager echoes it', async () => {
    const transport = createMemoryTransport();
    const outbox = track(createOutbox({ transport }));
    const payload = buildPublishWrapup(agentContext(), wrapUp);
    await expect(outbox.submit(payload, { event: 'publishCimEvent' })).resolves.toMatchObject({ status: 'applied', eventId: payload.cimEvent.id });
    expect(transport.sent.map((s) => s.name)).toEqual(['publishCimEvent']);
  });

  it('a payload the Agent Manager refuses settles as "rejected" with the reason', async () => {
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = track(createOutbox({ transport }));
    const payload = payloadFor();
    const result = outbox.submit(payload);
    transport.receive('wrapupError', { conversationId: 'conv-1', event: 'closeWrapup', eventId: payload.cimEvent!.id, path: ['cimEvent', 'data'], message: 'cimEvent.data.body is missing' });
    const outcome = await result;
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'cimEvent.data.body is missing' });
    expect(outcome.status === 'rejected' && outcome.error.code).toBe('INVALID_PAYLOAD');
  });

  it('submitting the same payload twice joins the first: one entry, one send', async () => {
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = track(createOutbox({ transport }));
    const payload = payloadFor();
    const a = outbox.submit(payload);
    const b = outbox.submit(payload);
    expect(a).toBe(b);
    expect(outbox.pending()).toHaveLength(1);
    expect(transport.sent).toHaveLength(1);
  });

  it('refuses a malformed payload without storing it, naming the field', async () => {
    const outbox = track(createOutbox({ transport: createMemoryTransport() }));
    const bad = { ...payloadFor(), conversationId: '' };
    await expect(outbox.submit(bad)).rejects.toMatchObject({ code: 'INVALID_PAYLOAD', path: ['conversationId'] });
    await expect(outbox.submit(bad)).rejects.toThrow(/buildCloseWrapup/);
    expect(outbox.pending()).toEqual([]);
  });

  it('refuses a live-chat wrap-up without a cimEvent, naming the field: nothing stored, nothing sent', async () => {
    const storage = createMemoryStorage();
    const transport = createMemoryTransport();
    const outbox = track(createOutbox({ transport, storage }));
    const bad = { ...buildPublishWrapup(agentContext(), wrapUp), cimEvent: null } as never;
    await expect(outbox.submit(bad, { event: 'publishCimEvent' })).rejects.toMatchObject({ code: 'INVALID_PAYLOAD', path: ['cimEvent'] });
    expect(storage.size).toBe(0);
    expect(transport.sent).toEqual([]);
  });

  it.each([
    ['working storage', () => createMemoryStorage()],
    ['broken storage (resent from memory)', (): OutboxStorage => ({ getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => undefined })],
  ])('%s: keeps the validated copy: unknown fields pass through; editing the payload after submit changes nothing sent again', (_, storage) => {
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = track(createOutbox({ transport, storage: storage(), onError: () => undefined }));
    const payload = { ...payloadFor(), fromANewerRelease: { kept: true } };
    const asSubmitted = JSON.parse(JSON.stringify(payload)) as unknown;
    void outbox.submit(payload);
    payload.fromANewerRelease.kept = false; // a value zod passed through, not copied
    payload.conversationId = 'someone-else';
    payload.cimEvent!.id = 'another-id';
    payload.cimEvent!.data.body = { type: 'WRAPUP', wrapups: [{ categoryName: 'Edited', value: 'after submit' }] };
    transport.setConnected(false);
    transport.setConnected(true);
    expect(transport.sent).toHaveLength(2);
    for (const s of transport.sent) expect(JSON.parse(JSON.stringify(s.payload))).toEqual(asSubmitted);
  });

  it('reports changes to subscribers; the answer also closes the conversation', async () => {
    const outbox = track(createOutbox({ transport: createMemoryTransport(), storage: createMemoryStorage() }));
    const changes: OutboxChange['type'][] = [];
    outbox.subscribe((c) => changes.push(c.type));
    await outbox.submit(payloadFor());
    expect(changes).toEqual(['queued', 'sent', 'settled', 'closed']);
  });

  it('an answer with nothing pending here (a server-side expiry) closes the conversation and is recorded', () => {
    const transport = createMemoryTransport();
    const outbox = track(createOutbox({ transport, storage: createMemoryStorage() }));
    const changes: OutboxChange[] = [];
    outbox.subscribe((c) => changes.push(c));
    transport.receive('topicUnsubscription', { conversationId: 'conv-9', reason: 'wrap Up Timer Expired' });
    expect(changes).toEqual([{ type: 'closed', conversationId: 'conv-9', outcome: { status: 'expired', conversationId: 'conv-9', eventId: null, reason: 'wrap Up Timer Expired' } }]);
    expect(outbox.outcome('conv-9')).toMatchObject({ status: 'expired' });
  });

  it('without a storage and no localStorage here, it keeps entries in memory and says so once', async () => {
    const errors: unknown[] = [];
    const outbox = track(createOutbox({ transport: createMemoryTransport(), onError: (e) => errors.push(e) }));
    expect(outbox.persistent).toBe(false);
    await Promise.resolve();
    expect(errors).toEqual([expect.objectContaining({ code: 'STORAGE_UNAVAILABLE', path: ['storage'], message: expect.stringMatching(/lost on reload/) })]);
    await expect(outbox.submit(payloadFor())).resolves.toMatchObject({ status: 'applied' });
  });
});

describe('never losing a wrap-up', () => {
  it('offline: keeps it and sends it once the transport reconnects', async () => {
    const transport = createMemoryTransport({ connected: false });
    const outbox = track(createOutbox({ transport }));
    const result = outbox.submit(payloadFor());
    expect(outbox.pending()).toHaveLength(1);
    expect(transport.sent).toHaveLength(0);
    transport.setConnected(true);
    await expect(result).resolves.toMatchObject({ status: 'applied' });
    expect(transport.sent).toHaveLength(1);
  });

  it('sends every unconfirmed entry again after each reconnect, with the same ids', () => {
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = track(createOutbox({ transport }));
    const payload = payloadFor();
    void outbox.submit(payload);
    for (let i = 0; i < 3; i++) {
      transport.setConnected(false);
      transport.setConnected(true);
    }
    expect(transport.sent).toHaveLength(4);
    for (const s of transport.sent) expect(s.payload).toEqual(payload);
  });

  it('sends again when a confirmation is overdue, backing off', () => {
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = track(createOutbox({ transport, confirmTimeoutMs: 1_000, tickMs: 100, random: () => 0 }));
    void outbox.submit(payloadFor());
    vi.advanceTimersByTime(900);
    expect(transport.sent).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(transport.sent).toHaveLength(2);
  });

  it('a failed send is kept and retried at the next reconnect', async () => {
    const transport = createMemoryTransport();
    transport.failNextSends(1);
    const outbox = track(createOutbox({ transport }));
    const result = outbox.submit(payloadFor());
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.pending()).toHaveLength(1);
    transport.setConnected(false);
    transport.setConnected(true);
    await expect(result).resolves.toMatchObject({ status: 'applied' });
  });

  it('after a reload, a new outbox on the same storage resends what was pending, same ids', async () => {
    const storage = createMemoryStorage();
    const before = createMemoryTransport({ autoRespond: false });
    const first = createOutbox({ transport: before, storage, ownerId: 'tab-1' });
    const payload = payloadFor();
    void first.submit(payload);
    first.dispose(); // the page reloads

    const after = createMemoryTransport({ autoRespond: false });
    const second = track(createOutbox({ transport: after, storage, ownerId: 'tab-1' }));
    expect(second.pending().map((e) => e.eventId)).toEqual([payload.cimEvent!.id]);
    await vi.advanceTimersByTimeAsync(0);
    expect(after.sent.map((s) => s.payload)).toEqual([payload]);
    const settled = new Promise<OutboxChange>((resolve) => second.subscribe((c) => c.type === 'settled' && resolve(c)));
    after.receive('topicUnsubscription', { conversationId: 'conv-1', reason: 'Wrap Up applied' });
    await expect(settled).resolves.toMatchObject({ outcome: { status: 'applied' } });
    expect(second.pending()).toEqual([]);
  });

  it('drops an entry whose wrap-up time has run out as "expired", never sending it forever', async () => {
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = track(createOutbox({ transport, expiryGraceMs: 1_000, tickMs: 100 }));
    transport.setConnected(false);
    const result = outbox.submit(payloadFor(), { expiresAt: Date.now() + 10_000 });
    vi.advanceTimersByTime(10_900);
    expect(outbox.pending()).toHaveLength(1);
    vi.advanceTimersByTime(300);
    await expect(result).resolves.toMatchObject({ status: 'expired', reason: expect.stringMatching(/time ran out/) });
    transport.setConnected(true);
    expect(transport.sent).toHaveLength(0);
  });

  it('storage full or unavailable: a typed error, and the wrap-up is still sent and settled', async () => {
    const errors: unknown[] = [];
    const broken: OutboxStorage = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
      removeItem: () => undefined,
    };
    const transport = createMemoryTransport();
    const outbox = track(createOutbox({ transport, storage: broken, onError: (e) => errors.push(e) }));
    await expect(outbox.submit(payloadFor())).resolves.toMatchObject({ status: 'applied' });
    expect(errors[0]).toMatchObject({ code: 'STORAGE_UNAVAILABLE', message: expect.stringMatching(/QuotaExceededError.*still sent/) });
    expect(transport.sent).toHaveLength(1);
  });

  it('two tabs on one storage see each other\'s outcomes, and an outcome read back is a copy the caller may change', async () => {
    const storage = createMemoryStorage();
    const a = track(createOutbox({ transport: createMemoryTransport(), storage, ownerId: 'A' }));
    const b = track(createOutbox({ transport: createMemoryTransport(), storage, ownerId: 'B' }));
    await a.submit(payloadFor('conv-a'));
    expect(b.outcome('conv-a')).toMatchObject({ status: 'applied' }); // B has read the list once
    await b.submit(payloadFor('conv-b'));
    expect(a.outcome('conv-b')).toMatchObject({ status: 'applied', conversationId: 'conv-b' }); // written by B after A read it
    const seen = a.outcome('conv-a')!;
    seen.status = 'expired';
    expect(a.outcome('conv-a')).toMatchObject({ status: 'applied' });
    expect(storage.getItem('agent-desk-wrapup:outbox:outcomes:next')).toBe('2');
  });

  it('two tabs that both hear the same answer record it once (each recorded it: the 200 kept outcomes halved)', async () => {
    const storage = createMemoryStorage();
    const ta = createMemoryTransport({ autoRespond: false });
    const tb = createMemoryTransport({ autoRespond: false });
    const a = track(createOutbox({ transport: ta, storage, ownerId: 'A' }));
    track(createOutbox({ transport: tb, storage, ownerId: 'B' }));
    const result = a.submit(payloadFor('conv-both'));
    await vi.waitFor(() => expect(ta.sent).toHaveLength(1));
    for (const t of [ta, tb]) t.receive('topicUnsubscription', { conversationId: 'conv-both', reason: 'Wrap Up applied' }); // every tab's socket hears it
    await expect(result).resolves.toMatchObject({ status: 'applied' });
    expect(storage.getItem('agent-desk-wrapup:outbox:outcomes:next')).toBe('1');
  });

  it('a tab waiting on a wrap-up that another tab delivered resolves with that tab\'s outcome', async () => {
    const storage = createMemoryStorage();
    const offline = createMemoryTransport({ connected: false });
    const waiting = track(createOutbox({ transport: offline, storage, ownerId: 'B', tickMs: 100 }));
    const payload = payloadFor('conv-shared');
    const result = waiting.submit(payload); // tab B is offline: stored, not sent
    const online = createMemoryTransport();
    track(createOutbox({ transport: online, storage, ownerId: 'A', tickMs: 100 })); // tab A resumes it from storage
    await vi.waitFor(() => expect(online.sent).toHaveLength(1));
    vi.advanceTimersByTime(100); // B's next check finds the entry gone and reads A's outcome
    await expect(result).resolves.toEqual({ status: 'applied', conversationId: 'conv-shared', eventId: payload.cimEvent!.id, reason: 'Wrap Up applied' });
    expect(offline.sent).toHaveLength(0);
  });

  it('a wrap-up another tab delivered is reported as settled here too, to every subscriber, once', async () => {
    const storage = createMemoryStorage();
    const offline = createMemoryTransport({ connected: false });
    const waiting = track(createOutbox({ transport: offline, storage, ownerId: 'B', tickMs: 100 }));
    const seen: string[] = [];
    waiting.subscribe((change) => seen.push(change.type === 'settled' ? `settled ${change.outcome.status} ${change.entry.conversationId}` : change.type));
    const result = waiting.submit(payloadFor('conv-seen'));
    const online = createMemoryTransport();
    track(createOutbox({ transport: online, storage, ownerId: 'A', tickMs: 100 }));
    await vi.waitFor(() => expect(online.sent).toHaveLength(1));
    await vi.waitFor(() => expect(storage.getItem('agent-desk-wrapup:outbox:outcomes:next')).toBe('1'));
    vi.advanceTimersByTime(100);
    await result;
    vi.advanceTimersByTime(300); // later checks do not report it again
    expect(seen.filter((s) => s.startsWith('settled'))).toEqual(['settled applied conv-seen']);
  });

  it('keeps the last 200 outcomes in storage: the newest per conversation is found, the oldest is forgotten, storage stays bounded', async () => {
    vi.useRealTimers(); // 206 round trips through the memory transport's answer timer
    const storage = createMemoryStorage();
    const outbox = track(createOutbox({ transport: createMemoryTransport(), storage }));
    for (let i = 0; i < 205; i++) await outbox.submit(payloadFor(`ring-${i}`));
    const again = payloadFor('ring-204'); // a newer wrap-up for a conversation already settled
    await outbox.submit(again);
    expect(outbox.outcome('ring-0')).toBeUndefined(); // recorded 206 outcomes ago: beyond the 200 kept
    expect(outbox.outcome('ring-6')).toMatchObject({ status: 'applied', conversationId: 'ring-6' }); // the oldest kept
    expect(outbox.outcome('ring-204')).toMatchObject({ eventId: again.cimEvent!.id });
    expect(storage.size).toBe(202); // 200 outcome slots, the counter and the (empty) index; no entries left
    const other = track(createOutbox({ transport: createMemoryTransport(), storage })); // another tab, same storage
    expect(other.outcome('ring-100')).toMatchObject({ status: 'applied' });
  });

  it('a full storage that refuses an outcome slot never makes an older outcome look like the newest', async () => {
    vi.useRealTimers();
    const memory = createMemoryStorage();
    let refuseSlots = false;
    const storage: OutboxStorage = {
      getItem: (k) => memory.getItem(k),
      setItem: (k, v) => {
        if (refuseSlots && /:outcome:\d+$/.test(k)) throw Object.assign(new Error('the quota is exceeded'), { name: 'QuotaExceededError' });
        memory.setItem(k, v);
      },
      removeItem: (k) => memory.removeItem(k),
    };
    const outbox = track(createOutbox({ transport: createMemoryTransport(), storage, onError: () => undefined }));
    const first = payloadFor('conv-x');
    await outbox.submit(first); // slot 0: an older wrap-up of conv-x
    for (let i = 1; i < 200; i++) await outbox.submit(payloadFor(`filler-${i}`)); // slots 1…199: the ring is full
    refuseSlots = true;
    await outbox.submit(payloadFor('conv-y')); // would overwrite slot 0, but storage refuses it
    expect(memory.getItem('agent-desk-wrapup:outbox:outcomes:next')).toBe('200'); // not moved past the slot it could not write
    expect(outbox.outcome('conv-x')).toMatchObject({ eventId: first.cimEvent!.id }); // still the oldest kept, not "newest"
    expect(outbox.outcome('filler-199')).toMatchObject({ status: 'applied' });
  });

  it('a rejected outcome read back is a deep copy: changing its error path changes nothing stored', async () => {
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = track(createOutbox({ transport }));
    const payload = payloadFor('conv-r');
    const outcome = outbox.submit(payload);
    transport.receive('wrapupError', { conversationId: 'conv-r', eventId: payload.cimEvent!.id, message: 'no such wrap-up code', path: ['wrapups', 0] });
    await expect(outcome).resolves.toMatchObject({ status: 'rejected' });
    const read = outbox.outcome('conv-r');
    if (read?.status !== 'rejected') throw new Error('expected a rejected outcome');
    (read.error.path as unknown[]).push('changed');
    expect(outbox.outcome('conv-r')).toMatchObject({ error: { path: ['wrapups', 0] } });
  });

  it('two tabs on one storage never both send the same entry while one holds it', () => {
    const storage = createMemoryStorage();
    const tabA = createMemoryTransport({ autoRespond: false });
    const tabB = createMemoryTransport({ autoRespond: false });
    const a = track(createOutbox({ transport: tabA, storage, ownerId: 'A', leaseMs: 5_000, confirmTimeoutMs: 60_000, tickMs: 100 }));
    const b = track(createOutbox({ transport: tabB, storage, ownerId: 'B', leaseMs: 5_000, confirmTimeoutMs: 60_000, tickMs: 100 }));
    void a.submit(payloadFor());
    expect(b.pending()).toHaveLength(1); // B sees it
    b.flush(); // B reconnects: it must leave A's entry alone
    tabB.setConnected(false);
    tabB.setConnected(true);
    vi.advanceTimersByTime(1_000);
    expect(tabA.sent).toHaveLength(1);
    expect(tabB.sent).toHaveLength(0);
    // A's tab is closed: once its lease runs out, B takes over
    a.dispose();
    vi.advanceTimersByTime(5_000);
    b.flush();
    expect(tabB.sent).toHaveLength(1);
  });
});

describe('backoff with full jitter', () => {
  it('stays within [0, min(max, base·2^attempt))', () => {
    expect(backoffDelay(0, { random: () => 0.999 })).toBe(499);
    expect(backoffDelay(3, { random: () => 0.999 })).toBe(3996);
    expect(backoffDelay(20, { random: () => 0.999 })).toBe(29_970);
    expect(backoffDelay(5, { random: () => 0 })).toBe(0);
  });

  it('spreads a thousand desks reconnecting at once across the window', () => {
    // a seeded PRNG (mulberry32) keeps the test deterministic
    let seed = 42;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const delays = Array.from({ length: 1000 }, () => backoffDelay(5, { random }));
    const cap = 500 * 2 ** 5;
    const buckets = new Array(10).fill(0) as number[];
    for (const d of delays) buckets[Math.floor((d / cap) * 10)]!++;
    // roughly uniform (about 100 a tenth), not a burst: with no jitter all 1,000 would share one instant
    expect(Math.max(...buckets)).toBeLessThan(150);
    expect(Math.min(...buckets)).toBeGreaterThan(50);
    expect(new Set(delays).size).toBeGreaterThan(900);
  });
});
