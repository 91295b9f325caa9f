/** The outbox against hostile storage and payloads (issue 13): nothing unchecked is sent, nothing is lost silently, no TypeError. */
import { afterEach, describe, expect, it } from 'vitest';
import { buildCloseWrapup, createMemoryStorage, createOutbox, WrapUpError, type Outbox, type OutboxStorage } from '../src/core';
import { createMemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';

const wrapUp = { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'ok' };
const PREFIX = 'agent-desk-wrapup:outbox';
const outboxes: Outbox[] = [];
afterEach(() => {
  for (const o of outboxes.splice(0)) o.dispose();
});

/** Stores one unconfirmed wrap-up as an earlier page would, then returns the storage. */
function storageWithPending(change?: (entry: Record<string, unknown>) => void) {
  const storage = createMemoryStorage();
  const first = createOutbox({ transport: createMemoryTransport({ connected: false }), storage, autoStart: false });
  void first.submit(buildCloseWrapup(agentContext(), wrapUp));
  first.dispose();
  const [entryKey] = storage.keys().filter((k) => k.startsWith(`${PREFIX}:entry:`));
  if (change) {
    const entry = JSON.parse(storage.getItem(entryKey!)!) as Record<string, unknown>;
    change(entry);
    storage.setItem(entryKey!, JSON.stringify(entry));
  }
  return { storage, entryKey: entryKey! };
}
function reopen(storage: OutboxStorage) {
  const errors: WrapUpError[] = [];
  const transport = createMemoryTransport({ autoRespond: false });
  const outbox = createOutbox({ transport, storage, onError: (e) => errors.push(e) });
  outboxes.push(outbox);
  return { outbox, transport, errors };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('a broken index', () => {
  it('loses nothing: an intact entry behind an unreadable index is found, resent and indexed again', async () => {
    const { storage } = storageWithPending();
    storage.setItem(`${PREFIX}:index`, '["closeWrapup:');
    const { outbox, transport } = reopen(storage);
    expect(outbox.pending()).toHaveLength(1);
    await tick();
    expect(transport.sent.map((s) => s.name)).toEqual(['closeWrapup']);
    expect(JSON.parse(storage.getItem(`${PREFIX}:index`)!)).toHaveLength(1);
  });

  it('an entry its index left out (a failed index write) is found too', () => {
    const { storage } = storageWithPending();
    storage.setItem(`${PREFIX}:index`, '[]');
    expect(reopen(storage).outbox.pending()).toHaveLength(1);
  });

  it('a storage that cannot list its keys: the loss is reported, not silent', () => {
    const { storage } = storageWithPending();
    storage.setItem(`${PREFIX}:index`, '{not json');
    const blind: OutboxStorage = { getItem: (k) => storage.getItem(k), setItem: (k, v) => storage.setItem(k, v), removeItem: (k) => storage.removeItem(k) };
    const { errors } = reopen(blind);
    expect(errors).toEqual([expect.objectContaining({ code: 'STORAGE_UNAVAILABLE', message: expect.stringMatching(/index .* unreadable .* cannot list its keys/) })]);
  });
});

describe('entries read back are checked before they are sent', () => {
  it.each([
    ['wrap-up codes replaced by a string', (e: Record<string, unknown>) => void ((e.payload as { cimEvent: { data: { body: Record<string, unknown> } } }).cimEvent.data.body.wrapups = 'DROP TABLE wrapups'), ['payload', 'cimEvent', 'data', 'body']],
    ['an empty agentId', (e: Record<string, unknown>) => void ((e.payload as Record<string, unknown>).agentId = ''), ['payload', 'agentId']],
    ['socket.io\'s reserved "connect" as the event', (e: Record<string, unknown>) => void (e.event = 'connect'), ['event']],
    ['another conversation than its payload', (e: Record<string, unknown>) => void (e.conversationId = 'someone-else'), ['conversationId']],
  ])('%s: never sent, set aside, reported with the path', async (_name, change, path) => {
    const { storage, entryKey } = storageWithPending(change);
    const { outbox, transport, errors } = reopen(storage);
    expect(outbox.pending()).toEqual([]);
    await tick();
    expect(transport.sent).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'INVALID_PAYLOAD', message: expect.stringMatching(/not sent, and was set aside/) });
    expect(errors[0]!.path.slice(2, 2 + path.length)).toEqual(path);
    expect(storage.getItem(entryKey)).toBeNull();
    expect(storage.keys().some((k) => k.startsWith(`${PREFIX}:quarantine:`))).toBe(true);
  });
});

describe('outcomes read back', () => {
  it('a stored rejection without its error reads as a rejection with one, not a TypeError', () => {
    const storage = createMemoryStorage();
    storage.setItem(`${PREFIX}:outcome:0`, JSON.stringify({ status: 'rejected', conversationId: 'conv-1', eventId: 'e', reason: 'refused' }));
    storage.setItem(`${PREFIX}:outcomes:next`, '1');
    const { outbox } = reopen(storage);
    const outcome = outbox.outcome('conv-1');
    expect(outcome).toMatchObject({ status: 'rejected', error: { code: 'INVALID_PAYLOAD', message: 'refused', path: [] } });
    expect(outcome?.status === 'rejected' && outcome.error).toBeInstanceOf(WrapUpError); // a real one, not its shape
  });

  it('an outcome with an unknown status is ignored', () => {
    const storage = createMemoryStorage();
    storage.setItem(`${PREFIX}:outcome:0`, JSON.stringify({ status: 'hacked', conversationId: 'conv-1' }));
    storage.setItem(`${PREFIX}:outcomes:next`, '1');
    expect(reopen(storage).outbox.outcome('conv-1')).toBeUndefined();
  });
});

describe('payloads JSON cannot carry', () => {
  it.each([
    ['a BigInt', (p: Record<string, unknown>) => void ((p.roomInfo as Record<string, unknown>).seq = 10n), ['roomInfo', 'seq']],
    ['a cycle', (p: Record<string, unknown>) => void ((p.roomInfo as Record<string, unknown>).self = p.roomInfo), ['roomInfo', 'self']],
  ])('%s is refused up front with a WrapUpError naming it, every time it is submitted', async (_name, spoil, path) => {
    const payload = buildCloseWrapup(agentContext(), wrapUp) as unknown as Record<string, unknown>;
    spoil(payload);
    const { outbox, transport } = reopen(createMemoryStorage());
    for (let i = 0; i < 2; i++) {
      const error = (await outbox.submit(payload as never).catch((e: unknown) => e)) as WrapUpError;
      expect(error).toMatchObject({ name: 'WrapUpError', code: 'INVALID_PAYLOAD', message: expect.stringMatching(/^payload\..*roomInfo/) });
      expect(error.path.slice(-path.length)).toEqual(path);
    }
    expect(outbox.pending()).toEqual([]);
    expect(transport.sent).toEqual([]);
  });
});

describe('start and stop', () => {
  it('a stop and a start at once (StrictMode, a remount) resume an unconfirmed wrap-up once, not twice', async () => {
    const { storage } = storageWithPending();
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = createOutbox({ transport, storage, autoStart: false });
    outboxes.push(outbox);
    outbox.start();
    outbox.stop();
    outbox.start();
    await tick();
    expect(transport.sent.map((s) => s.name)).toEqual(['closeWrapup']);
  });
});
