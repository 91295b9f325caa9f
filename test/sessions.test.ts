import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildCloseWrapup,
  buildPublishWrapup,
  createMemoryStorage,
  createOutbox,
  createWrapUpSessions,
  type OutboxStorage,
  type WrapUpPhase,
  type WrapUpSessions,
} from '../src/core';
import { MAX_TRANSCRIPT_CHARS, MAX_TRANSCRIPT_MESSAGES } from '../src/core/sessions';
import { createMemoryTransport, type MemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';

const wrapUp = { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'ok' };
const ID = 'conv-1';
const open: Array<{ dispose(): void }> = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true });
});
afterEach(() => {
  for (const o of open.splice(0)) o.dispose();
  vi.useRealTimers();
});

/** A page: a transport, an outbox and a session store over a storage (shared storage = a reload or another tab). */
function page(storage: OutboxStorage = createMemoryStorage(), transport: MemoryTransport = createMemoryTransport({ autoRespond: false })) {
  const outbox = createOutbox({ transport, storage, ownerId: `tab-${open.length}` });
  const sessions = createWrapUpSessions({ outbox, storage });
  open.push(outbox, sessions);
  return { storage, transport, outbox, sessions };
}

const timer = (t: MemoryTransport, seconds = 60, id = ID) => t.receive('wrapupTimerStarted', { conversationId: id, duration: seconds });
const unsubscribe = (t: MemoryTransport, reason: string, id = ID) => t.receive('topicUnsubscription', { conversationId: id, reason });

/** Brings a fresh page's conversation to a phase. */
function reach(p: ReturnType<typeof page>, phase: WrapUpPhase) {
  if (phase === 'timed' || phase === 'closed') timer(p.transport);
  if (phase === 'closed') unsubscribe(p.transport, 'choosing leave without Wrap Up');
  expect(p.sessions.get(ID).phase).toBe(phase);
}

describe('every Agent Manager event in every phase', () => {
  type Row = { from: WrapUpPhase; event: string; send: (t: MemoryTransport) => void; phase: WrapUpPhase; status: string };
  type Tuple = [WrapUpPhase, string, Row['send'], WrapUpPhase, string];
  const rows: Row[] = ([
    ['live', 'wrapupTimerStarted', (t) => timer(t), 'timed', 'idle'],
    ['timed', 'a duplicate wrapupTimerStarted', (t) => timer(t, 300), 'timed', 'idle'],
    ['closed', 'a late wrapupTimerStarted', (t) => timer(t), 'closed', 'left'],
    ['live', 'topicUnsubscription (transferred)', (t) => unsubscribe(t, 'CHAT TRANSFERRED'), 'closed', 'failed'],
    ['timed', 'topicUnsubscription (expired on the server)', (t) => unsubscribe(t, 'wrap Up Timer Expired'), 'closed', 'expired'],
    ['timed', 'topicUnsubscription (applied elsewhere)', (t) => unsubscribe(t, 'Wrap Up applied'), 'closed', 'applied'],
    ['closed', 'a duplicate topicUnsubscription with another reason', (t) => unsubscribe(t, 'wrap Up Timer Expired'), 'closed', 'left'],
    ['live', 'an onCimEvent that answers nothing', (t) => t.receive('onCimEvent', { conversationId: ID, cimEvent: '{"id":"x"}' }), 'live', 'idle'],
    ['timed', 'a wrapupError for nothing sent', (t) => t.receive('wrapupError', { conversationId: ID, eventId: 'x', message: 'no' }), 'timed', 'idle'],
    ['timed', 'another conversation\'s topicUnsubscription', (t) => unsubscribe(t, 'Wrap Up applied', 'conv-2'), 'timed', 'idle'],
  ] satisfies Tuple[]).map(([from, event, send, phase, status]) => ({ from, event, send, phase, status }));
  it.each(rows)('$from + $event → $phase, $status', ({ from, send, phase, status }) => {
    const p = page();
    reach(p, from);
    const before = p.sessions.get(ID);
    send(p.transport);
    const after = p.sessions.get(ID);
    expect({ phase: after.phase, status: after.status }).toEqual({ phase, status });
    if (from === 'timed' && phase === 'timed') expect(after.deadline).toBe(before.deadline); // the first deadline stands
  });

  it('the deadline is from when wrapupTimerStarted arrived; duration over 3,600 is milliseconds', () => {
    const p = page();
    const t0 = Date.now();
    p.transport.receive('wrapupTimerStarted', { conversationId: ID, duration: '90000' });
    expect(p.sessions.get(ID)).toMatchObject({ phase: 'timed', totalSeconds: 90, deadline: t0 + 90_000 });
  });
});

describe('a wrap-up through its session', () => {
  it('timed: submitting → pending → applied and closed, with the eventId the outbox sent', async () => {
    const p = page();
    timer(p.transport);
    const payload = buildCloseWrapup(agentContext(), wrapUp);
    const done = p.sessions.submit(payload);
    expect(p.sessions.get(ID)).toMatchObject({ status: 'submitting', pending: { eventId: payload.cimEvent!.id } });
    await vi.advanceTimersByTimeAsync(0);
    expect(p.sessions.get(ID).status).toBe('pending');
    unsubscribe(p.transport, 'Wrap Up applied');
    await expect(done).resolves.toMatchObject({ status: 'applied' });
    expect(p.sessions.get(ID)).toMatchObject({ phase: 'closed', status: 'applied', pending: undefined, outcome: { status: 'applied', eventId: payload.cimEvent!.id } });
  });

  it('offline: pending at once, with the deadline handed to the outbox', () => {
    const p = page(createMemoryStorage(), createMemoryTransport({ autoRespond: false, connected: false }));
    timer(p.transport, 30);
    void p.sessions.submit(buildCloseWrapup(agentContext(), wrapUp));
    const { pending, deadline, status } = p.sessions.get(ID);
    expect(status).toBe('pending');
    expect(pending?.expiresAt).toBe(deadline);
  });

  it('live Apply stays live when echoed; the timed phase after it is a new wrap-up (round 1, no outcome, no draft)', async () => {
    const p = page();
    p.sessions.saveDraft(ID, wrapUp);
    const payload = buildPublishWrapup(agentContext(), wrapUp);
    const done = p.sessions.submit(payload, { event: 'publishCimEvent' });
    p.transport.receive('onCimEvent', { conversationId: ID, cimEvent: JSON.stringify(payload.cimEvent) });
    await expect(done).resolves.toMatchObject({ status: 'applied' });
    expect(p.sessions.get(ID)).toMatchObject({ phase: 'live', status: 'applied', round: 0 });
    timer(p.transport);
    expect(p.sessions.get(ID)).toMatchObject({ phase: 'timed', status: 'idle', outcome: undefined, round: 1 });
    expect(p.sessions.readDraft(ID)).toBeUndefined();
  });

  it('a refusal fails the wrap-up but keeps the phase, and the agent may send again', async () => {
    const p = page();
    timer(p.transport);
    const first = buildCloseWrapup(agentContext(), wrapUp);
    const done = p.sessions.submit(first);
    p.transport.receive('wrapupError', { conversationId: ID, eventId: first.cimEvent!.id, message: 'roomInfo.id does not match' });
    await expect(done).resolves.toMatchObject({ status: 'rejected' });
    expect(p.sessions.get(ID)).toMatchObject({ phase: 'timed', status: 'failed', outcome: { error: { code: 'INVALID_PAYLOAD' } } });
    void p.sessions.submit(buildCloseWrapup(agentContext(), wrapUp));
    expect(p.sessions.get(ID).status).toBe('submitting');
  });

  it('the deadline passing before the answer keeps it timed and pending; past the grace the outbox drops it as expired and closes it', async () => {
    const transport = createMemoryTransport({ autoRespond: false, connected: false });
    const storage = createMemoryStorage();
    const outbox = createOutbox({ transport, storage, expiryGraceMs: 1_000, tickMs: 100 });
    const sessions = createWrapUpSessions({ outbox, storage });
    open.push(outbox, sessions);
    timer(transport, 5);
    const done = sessions.submit(buildCloseWrapup(agentContext(), wrapUp));
    vi.advanceTimersByTime(5_500);
    expect(sessions.get(ID)).toMatchObject({ phase: 'timed', status: 'pending' });
    vi.advanceTimersByTime(1_000);
    await expect(done).resolves.toMatchObject({ status: 'expired' });
    expect(sessions.get(ID)).toMatchObject({ phase: 'closed', status: 'expired' });
  });

  it('auto: recorded as autoApplied', () => {
    const p = page();
    timer(p.transport);
    void p.sessions.submit(buildCloseWrapup(agentContext(), wrapUp), { auto: true });
    expect(p.sessions.get(ID).autoApplied).toBe(true);
  });
});

describe('reload and remount restore every phase', () => {
  it.each(['live', 'timed', 'closed'] as const)('%s', (phase) => {
    const first = page();
    reach(first, phase);
    const before = first.sessions.get(ID);
    const reloaded = page(first.storage);
    expect(reloaded.sessions.get(ID)).toEqual(before);
  });

  it('pending: the entry comes back from the outbox; the answer after the reload settles it', async () => {
    const first = page(createMemoryStorage(), createMemoryTransport({ autoRespond: false, connected: false }));
    timer(first.transport);
    void first.sessions.submit(buildCloseWrapup(agentContext(), wrapUp));
    first.outbox.dispose();
    const reloaded = page(first.storage);
    expect(reloaded.sessions.get(ID)).toMatchObject({ phase: 'timed', status: 'submitting', pending: { conversationId: ID } });
    await vi.advanceTimersByTimeAsync(0);
    unsubscribe(reloaded.transport, 'Wrap Up applied');
    expect(reloaded.sessions.get(ID)).toMatchObject({ phase: 'closed', status: 'applied' });
  });

  it('sent before the reload: "pending" at once (waiting for the answer), not "Sending…"', async () => {
    const first = page();
    timer(first.transport);
    void first.sessions.submit(buildCloseWrapup(agentContext(), wrapUp));
    await vi.advanceTimersByTimeAsync(0);
    expect(first.sessions.get(ID).status).toBe('pending');
    const reloaded = page(first.storage);
    expect(reloaded.sessions.get(ID)).toMatchObject({ phase: 'timed', status: 'pending' });
  });

  it('applied: comes back applied (with its draft kept, to show what was sent), not idle', async () => {
    const first = page(createMemoryStorage(), createMemoryTransport());
    timer(first.transport);
    first.sessions.saveDraft(ID, wrapUp);
    await first.sessions.submit(buildCloseWrapup(agentContext(), wrapUp));
    const reloaded = page(first.storage);
    expect(reloaded.sessions.get(ID)).toMatchObject({ phase: 'closed', status: 'applied' });
    expect(reloaded.sessions.readDraft(ID)).toEqual(wrapUp);
  });

  it('a rejected outcome comes back with a WrapUpError', () => {
    const first = page();
    timer(first.transport);
    const payload = buildCloseWrapup(agentContext(), wrapUp);
    void first.sessions.submit(payload);
    first.transport.receive('wrapupError', { conversationId: ID, eventId: payload.cimEvent!.id, message: 'no', path: ['roomInfo', 'id'] });
    const reloaded = page(first.storage);
    const outcome = reloaded.sessions.get(ID).outcome;
    expect(outcome?.status === 'rejected' && outcome.error).toMatchObject({ name: 'WrapUpError', code: 'INVALID_PAYLOAD', path: ['roomInfo', 'id'] });
  });

  it('a corrupt stored session reads as a fresh one', () => {
    const storage = createMemoryStorage();
    storage.setItem(`agent-desk-wrapup:session:${ID}`, '{"phase":"nope"');
    expect(page(storage).sessions.get(ID)).toMatchObject({ phase: 'live', status: 'idle' });
  });
});

describe('observers', () => {
  it('two panels on one conversation see the same snapshot object, which changes only when the session does', () => {
    const p = page();
    const seen: number[] = [];
    const offA = p.sessions.subscribe(ID, () => seen.push(1));
    const offB = p.sessions.subscribe(ID, () => seen.push(2));
    const a = p.sessions.get(ID);
    expect(p.sessions.get(ID)).toBe(a);
    timer(p.transport, 60, 'conv-2');
    expect(seen).toEqual([]);
    timer(p.transport);
    expect(seen).toEqual([1, 2]);
    expect(p.sessions.get(ID)).not.toBe(a);
    offA();
    offB();
  });

  it('two tabs on one conversation: each follows the Agent Manager, and a reload in either sees the same state', async () => {
    const storage = createMemoryStorage();
    const tabA = page(storage);
    const tabB = page(storage);
    for (const tab of [tabA, tabB]) timer(tab.transport);
    const payload = buildCloseWrapup(agentContext(), wrapUp);
    void tabA.sessions.submit(payload);
    await vi.advanceTimersByTimeAsync(0);
    for (const tab of [tabA, tabB]) unsubscribe(tab.transport, 'Wrap Up applied');
    expect(tabA.sessions.get(ID)).toMatchObject({ phase: 'closed', status: 'applied' });
    expect(tabB.sessions.get(ID)).toMatchObject({ phase: 'closed', status: 'applied' });
    expect(page(storage).sessions.get(ID)).toMatchObject({ phase: 'closed', status: 'applied' });
  });

  it('list(): the conversations in their timed phase or with a wrap-up pending, for a wrap-up inbox', () => {
    const p = page(createMemoryStorage(), createMemoryTransport({ autoRespond: false, connected: false }));
    const changes = vi.fn();
    p.sessions.subscribeList(changes);
    timer(p.transport, 60, 'a');
    timer(p.transport, 60, 'b');
    unsubscribe(p.transport, 'choosing leave without Wrap Up', 'b');
    void p.sessions.submit(buildPublishWrapup(agentContext({ conversationId: 'c' }), wrapUp), { event: 'publishCimEvent' });
    expect(p.sessions.list().map((s) => [s.conversationId, s.phase, s.status])).toEqual([
      ['a', 'timed', 'idle'],
      ['c', 'live', 'pending'],
    ]);
    expect(p.sessions.list()).toBe(p.sessions.list());
    expect(changes).toHaveBeenCalled();
  });

  it('remembers at most maxSessions conversations; the oldest and its draft are forgotten', () => {
    const transport = createMemoryTransport({ autoRespond: false });
    const storage = createMemoryStorage();
    const outbox = createOutbox({ transport, storage });
    const sessions: WrapUpSessions = createWrapUpSessions({ outbox, storage, maxSessions: 2 });
    open.push(outbox, sessions);
    sessions.saveDraft('a', wrapUp);
    for (const id of ['a', 'b']) timer(transport, 60, id);
    expect(sessions.get('a').phase).toBe('timed');
    timer(transport, 60, 'c');
    expect(sessions.get('a').phase).toBe('live'); // forgotten, not its old snapshot
    expect(storage.getItem('agent-desk-wrapup:session:a')).toBeNull();
    expect(sessions.readDraft('a')).toBeUndefined();
    expect(createWrapUpSessions({ outbox, storage }).get('c').phase).toBe('timed');
  });
  it('a draft of a conversation with no timer yet (a live chat) counts towards maxSessions, so its draft is forgotten in turn', () => {
    const transport = createMemoryTransport({ autoRespond: false });
    const storage = createMemoryStorage();
    const outbox = createOutbox({ transport, storage });
    const sessions: WrapUpSessions = createWrapUpSessions({ outbox, storage, maxSessions: 2 });
    open.push(outbox, sessions);
    for (const id of ['a', 'b', 'c']) sessions.saveDraft(id, wrapUp); // live chats: only drafts, no timer event
    expect(sessions.readDraft('a')).toBeUndefined();
    expect(sessions.readDraft('c')).toEqual(wrapUp);
    expect(storage.getItem('agent-desk-wrapup:sessions')).toBe(JSON.stringify(['b', 'c']));
  });
});

describe('a conversation that is the agent\'s again', () => {
  it('reopen() starts a new wrap-up of a closed conversation (its next timer counts); an open one is left alone', () => {
    const p = page();
    reach(p, 'closed');
    p.sessions.saveDraft(ID, wrapUp);
    p.sessions.reopen(ID);
    expect(p.sessions.get(ID)).toMatchObject({ phase: 'live', status: 'idle', outcome: undefined, deadline: undefined, round: 1 });
    expect(p.sessions.readDraft(ID)).toBeUndefined();
    timer(p.transport);
    expect(p.sessions.get(ID).phase).toBe('timed');
    const before = p.sessions.get(ID);
    p.sessions.reopen(ID);
    expect(p.sessions.get(ID)).toBe(before);
  });

  it('list() leaves out a timed phase long past its deadline that never got an answer (a page closed before it came)', () => {
    const p = page();
    timer(p.transport, 30, 'old');
    vi.setSystemTime(Date.now() + 11 * 60_000);
    timer(p.transport, 30, 'new');
    expect(p.sessions.list().map((s) => s.conversationId)).toEqual(['new']);
  });
});

describe('the transcript, for suggestions', () => {
  /** A chat message as the Agent Manager delivers it (onCimEvent, the CimEvent as a JSON string). */
  let n = 0;
  function chat(t: MemoryTransport, senderType: string, text: string, id = `m${++n}`, bodyType = 'PLAIN') {
    const cimEvent = structuredClone(buildPublishWrapup(agentContext(), wrapUp).cimEvent);
    const data = cimEvent.data as unknown as { id: string; header: { sender: { type: string } }; body: unknown };
    cimEvent.id = id;
    data.id = id;
    data.header.sender.type = senderType;
    data.body = { type: bodyType, markdownText: text };
    t.receive('onCimEvent', { conversationId: ID, cimEvent: JSON.stringify(cimEvent) });
  }

  it('keeps the customer\'s and the agent\'s words in order; not bots, not wrap-ups, not a resent message; kept over a reload', () => {
    const p = page();
    const changed = vi.fn();
    p.sessions.subscribeTranscript(ID, changed);
    chat(p.transport, 'CUSTOMER', 'My bill is too high', 'a');
    chat(p.transport, 'BOT', 'Please wait', 'b');
    chat(p.transport, 'AGENT', 'Let me check the charges', 'c');
    chat(p.transport, 'CUSTOMER', 'My bill is too high', 'a'); // the same event again
    chat(p.transport, 'AGENT', 'ignored', 'd', 'WRAPUP');
    expect(p.sessions.transcript(ID)).toEqual([
      { from: 'customer', text: 'My bill is too high' },
      { from: 'agent', text: 'Let me check the charges' },
    ]);
    expect(changed).toHaveBeenCalledTimes(2);
    const reloaded = page(p.storage);
    expect(reloaded.sessions.transcript(ID)).toEqual(p.sessions.transcript(ID));
    chat(reloaded.transport, 'CUSTOMER', 'My bill is too high', 'a'); // resent after the reload: still one message
    expect(reloaded.sessions.transcript(ID)).toHaveLength(2);
  });

  it('is bounded: the newest messages, within the character budget', () => {
    const p = page();
    for (let i = 0; i < 80; i++) chat(p.transport, 'CUSTOMER', `message ${i} ${'x'.repeat(300)}`);
    const t = p.sessions.transcript(ID);
    expect(t.length).toBeLessThanOrEqual(MAX_TRANSCRIPT_MESSAGES);
    expect(t.reduce((c, m) => c + m.text.length, 0)).toBeLessThanOrEqual(MAX_TRANSCRIPT_CHARS);
    expect(t.at(-1)?.text).toMatch(/^message 79 /);
  });
});

describe('review fixes', () => {
  it('a second submit while one is pending joins it (a double click, two panels): one wrap-up sent', async () => {
    const p = page();
    timer(p.transport);
    const first = p.sessions.submit(buildCloseWrapup(agentContext(), wrapUp));
    const second = p.sessions.submit(buildCloseWrapup(agentContext(), wrapUp));
    await vi.advanceTimersByTimeAsync(0);
    expect(p.transport.sent).toHaveLength(1);
    unsubscribe(p.transport, 'Wrap Up applied');
    await expect(Promise.all([first, second])).resolves.toMatchObject([{ status: 'applied' }, { status: 'applied' }]);
  });

  it('without a storage of its own it keeps the conversation where the outbox keeps its entries', () => {
    const storage = createMemoryStorage();
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = createOutbox({ transport, storage });
    const sessions = createWrapUpSessions({ outbox });
    open.push(outbox, sessions);
    timer(transport);
    expect(createWrapUpSessions({ outbox: createOutbox({ transport: createMemoryTransport(), storage, autoStart: false }) }).get(ID).phase).toBe('timed');
  });

  it('a timed phase whose answer was missed (the page was closed) does not swallow the next wrapupTimerStarted', () => {
    const p = page();
    timer(p.transport, 30);
    vi.setSystemTime(Date.now() + 60 * 60_000);
    const now = Date.now();
    timer(p.transport, 30);
    expect(p.sessions.get(ID)).toMatchObject({ phase: 'timed', deadline: now + 30_000 });
  });

  it('an answer another tab settled does not leave this tab pending', async () => {
    const storage = createMemoryStorage();
    const a = page(storage);
    const b = page(storage);
    for (const tab of [a, b]) timer(tab.transport);
    void a.sessions.submit(buildCloseWrapup(agentContext(), wrapUp));
    await vi.advanceTimersByTimeAsync(0);
    expect(b.sessions.get(ID).status).toBe('pending'); // b sees a's entry in the shared storage
    unsubscribe(a.transport, 'Wrap Up applied');
    unsubscribe(b.transport, 'Wrap Up applied');
    expect(b.sessions.get(ID)).toMatchObject({ phase: 'closed', status: 'applied', pending: undefined });
  });
  it('reading a session as the outbox learns of another tab\'s answer neither throws nor loses the answer (it threw a TypeError)', async () => {
    const storage = createMemoryStorage();
    const b = page(storage, createMemoryTransport({ connected: false, autoRespond: false }));
    timer(b.transport);
    void b.sessions.submit(buildCloseWrapup(agentContext(), wrapUp)); // offline: kept in the shared storage
    const a = page(storage); // another tab: its outbox reads b's entry from the storage
    timer(a.transport);
    unsubscribe(a.transport, 'Wrap Up applied'); // a receives the answer and settles the entry
    expect(b.sessions.get('conv-other').phase).toBe('live'); // b's first read since: its outbox finds the entry gone
    await vi.advanceTimersByTimeAsync(0);
    expect(b.sessions.get(ID)).toMatchObject({ pending: undefined, status: 'applied' });
  });
  it('a live-chat wrap-up whose echo never came is dropped after maxAgeMs, and the timed phase still comes (it closed the conversation)', async () => {
    const storage = createMemoryStorage();
    const transport = createMemoryTransport({ autoRespond: false });
    const outbox = createOutbox({ transport, storage, maxAgeMs: 1_000 });
    const sessions = createWrapUpSessions({ outbox, storage });
    open.push(outbox, sessions);
    const answer = sessions.submit(buildPublishWrapup(agentContext(), wrapUp), { event: 'publishCimEvent' });
    vi.setSystemTime(Date.now() + 2_000);
    outbox.flush();
    await expect(answer).resolves.toMatchObject({ status: 'expired' });
    expect(sessions.get(ID).phase).toBe('live');
    timer(transport);
    expect(sessions.get(ID)).toMatchObject({ phase: 'timed', status: 'idle' });
  });
  it('a stored session whose outcome is not one the outbox writes is read as none (it gave a session with no status)', () => {
    const storage = createMemoryStorage();
    storage.setItem(`agent-desk-wrapup:session:${ID}`, JSON.stringify({ phase: 'closed', totalSeconds: 60, autoApplied: false, round: 0, outcome: { status: 'applied ', conversationId: ID, eventId: null } }));
    const p = page(storage);
    expect(p.sessions.get(ID)).toMatchObject({ phase: 'live', status: 'idle', outcome: undefined });
  });
});

describe('options', () => {
  it('refuses an outbox missing, or a transport that is not the outbox\'s (the pair cannot split)', () => {
    const outbox = createOutbox({ transport: createMemoryTransport(), storage: createMemoryStorage() });
    open.push(outbox);
    expect(() => createWrapUpSessions({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', path: ['outbox'] }));
    expect(() => createWrapUpSessions({ outbox, transport: createMemoryTransport() } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', path: ['transport'] }));
  });
});
