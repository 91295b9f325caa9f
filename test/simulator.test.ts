// The Agent Manager + Unified Admin simulator over real loopback sockets (socket.io-client, fetch).
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildCloseWrapup,
  buildPublishWrapup,
  buildTopicUnsubscription,
  categoryPageSchema,
  closeWrapupPayloadSchema,
  normalizeWrapUpForm,
  optionPageSchema,
  topicUnsubscriptionEventSchema,
  topicUnsubscriptionReasons,
  wrapupErrorEventSchema,
  wrapupTimerStartedEventSchema,
  wrapUpFormV1Schema,
  wrapUpFormV2Schema,
  wrapUpSearchPageSchema,
  WRAPUP_FORM_ID,
  type WrapUpContextInput,
} from '../src/core';
import {
  largeWrapUpForm,
  realisticWrapUpForm,
  SIMULATOR_AGENT,
  startAgentManagerSimulator,
  toFormV1,
  toFormV2,
  type AgentManagerSimulator,
  type SimulatorOptions,
} from '../src/simulator';
import { agentContext } from './fixtures/contexts';
import { formV1, formV2 } from './fixtures/forms';

// ------------------------------------------------------------------ harness

const sims: AgentManagerSimulator[] = [];
const clients: Socket[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await Promise.all(sims.splice(0).map((sim) => sim.close()));
});

async function start(options: SimulatorOptions = {}): Promise<AgentManagerSimulator> {
  const sim = await startAgentManagerSimulator(options);
  sims.push(sim);
  return sim;
}

interface Client {
  socket: Socket;
  /** Every event received, in order. */
  events: Array<{ name: string; payload: unknown }>;
  /** The next `name` event (after now) whose payload passes `match`. */
  next<T = Record<string, unknown>>(name: string, match?: (payload: T) => boolean): Promise<T>;
  emit(name: string, payload: unknown): void;
}

/** `auth: null` connects without any auth. */
function connect(sim: AgentManagerSimulator, auth: Record<string, unknown> | null = { agent: SIMULATOR_AGENT }): Client {
  const socket = io(sim.url, {
    transports: ['websocket'],
    ...(auth ? { auth } : {}),
    query: { username: 'faizan' },
    reconnectionDelay: 20,
    reconnectionDelayMax: 50,
  });
  clients.push(socket);
  const events: Client['events'] = [];
  socket.onAny((name: string, payload: unknown) => events.push({ name, payload }));
  return {
    socket,
    events,
    emit: (name, payload) => socket.emit(name, payload),
    next<T>(name: string, match: (payload: T) => boolean = () => true) {
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          socket.off(name, listener);
          reject(new Error(`no ${name} event within 3 s`));
        }, 3000);
        function listener(payload: T) {
          if (!match(payload)) return;
          clearTimeout(timer);
          socket.off(name, listener);
          resolve(payload);
        }
        socket.on(name, listener);
      });
    },
  };
}

const connected = (client: Client) =>
  client.socket.connected ? Promise.resolve() : new Promise<void>((resolve) => client.socket.once('connect', () => resolve()));

const wrapUp = { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'Refunded the duplicate charge.' };
const forConversation = (conversationId: string) => (payload: { conversationId?: string }) => payload.conversationId === conversationId;

async function getJson(url: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json(), headers: res.headers };
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Starts a simulator, connects the default agent, and emits topicUnsubscription for the first seeded conversation. */
async function inWrapUp(options: SimulatorOptions = {}) {
  const sim = await start(options);
  const client = connect(sim);
  const ctx = sim.contexts()[0]!;
  const started = client.next('wrapupTimerStarted', forConversation(ctx.conversationId));
  await connected(client);
  client.emit('topicUnsubscription', buildTopicUnsubscription(ctx));
  const timer = wrapupTimerStartedEventSchema.parse(await started);
  return { sim, client, ctx, timer };
}

// ------------------------------------------------------------------ socket.io: handshake

describe('handshake', () => {
  it('refuses a connection without auth.agent, saying what to send', async () => {
    const sim = await start();
    const client = connect(sim, null);
    const error = await new Promise<Error>((resolve) => client.socket.once('connect_error', resolve));
    expect(error.message).toMatch(/auth\.agent/);
    expect(error.message).toMatch(/requireAuth: false/);
    expect(client.socket.connected).toBe(false);
  });

  it('refuses an auth.agent without an id', async () => {
    const sim = await start();
    const client = connect(sim, { agent: { username: 'x' } });
    const error = await new Promise<Error>((resolve) => client.socket.once('connect_error', resolve));
    expect(error.message).toMatch(/no id/);
  });

  it('accepts auth.agent as a JSON string (as the 2024 AgentDesk sends it) and sends onTopicData per active conversation', async () => {
    const sim = await start({ conversations: 3 });
    const client = connect(sim, { agent: JSON.stringify(SIMULATOR_AGENT), fcm: { desktopFcmKey: '', mobileFcmKey: '' } });
    await connected(client);
    await vi.waitFor(() => expect(client.events.filter((e) => e.name === 'onTopicData')).toHaveLength(3));
    const [first] = client.events as Array<{ payload: { topicData: Record<string, unknown> } }>;
    const ctx = sim.contexts()[0]!;
    expect(first!.payload.topicData).toEqual({
      conversationId: ctx.conversationId,
      roomInfo: ctx.roomInfo,
      topicParticipant: ctx.participant,
      channelSession: ctx.channelSession,
      customer: ctx.customer,
    });
    // the seeded contexts build valid payloads, and realistic names are used
    expect(closeWrapupPayloadSchema.safeParse(buildCloseWrapup(ctx, wrapUp)).success).toBe(true);
    expect(sim.contexts().map((c) => c.customer?.firstName)).toEqual(['Maria Garcia', 'James Okafor', 'Aiko Tanaka']);
  });

  it('with requireAuth: false accepts a socket without auth and answers it', async () => {
    const sim = await start({ requireAuth: false, conversations: 0 });
    const client = connect(sim, null);
    const ctx = agentContext({ conversationId: 'conv-noauth' });
    const started = client.next('wrapupTimerStarted');
    await connected(client);
    client.emit('topicUnsubscription', buildTopicUnsubscription(ctx));
    expect(await started).toMatchObject({ conversationId: 'conv-noauth' });
  });
});

// ------------------------------------------------------------------ socket.io: the wrap-up flow

describe('wrap-up flow', () => {
  it('leave → wrapupTimerStarted with the configured duration', async () => {
    const { sim, ctx, timer } = await inWrapUp({ wrapUpSeconds: 45 });
    expect(timer).toEqual({ task: 'wrapupTimerStarted', duration: 45, conversationId: ctx.conversationId, roomInfo: ctx.roomInfo, statusCode: 200 });
    expect(sim.conversation(ctx.conversationId)).toEqual({ phase: 'wrapup' });
    expect(sim.received.at(-1)).toMatchObject({ event: 'topicUnsubscription', valid: true, duplicate: false, eventId: null, via: 'socket' });
  });

  it('closeWrapup with a wrap-up → topicUnsubscription "Wrap Up applied"', async () => {
    const { sim, client, ctx } = await inWrapUp();
    const payload = buildCloseWrapup(ctx, wrapUp);
    const answer = client.next('topicUnsubscription', forConversation(ctx.conversationId));
    client.emit('closeWrapup', payload);
    expect(topicUnsubscriptionEventSchema.parse(await answer)).toEqual({
      task: 'topicUnsubscription',
      conversationId: ctx.conversationId,
      roomInfo: ctx.roomInfo,
      statusCode: 200,
      reason: topicUnsubscriptionReasons.applied,
    });
    expect(sim.conversation(ctx.conversationId)).toEqual({ phase: 'closed', reason: 'Wrap Up applied' });
    expect(sim.received.at(-1)).toMatchObject({
      event: 'closeWrapup',
      valid: true,
      duplicate: false,
      eventId: payload.cimEvent!.id,
      conversationId: ctx.conversationId,
      agentId: SIMULATOR_AGENT.id,
      payload,
    });
  });

  it('closeWrapup with cimEvent null → "choosing leave without Wrap Up"', async () => {
    const { sim, client, ctx } = await inWrapUp();
    const answer = client.next<{ reason: string }>('topicUnsubscription');
    client.emit('closeWrapup', buildCloseWrapup(ctx, null));
    expect((await answer).reason).toBe(topicUnsubscriptionReasons.left);
    expect(sim.conversation(ctx.conversationId)?.reason).toBe('choosing leave without Wrap Up');
  });

  it('the server expires the wrap-up phase: topicUnsubscription "wrap Up Timer Expired"', async () => {
    const { sim, client, ctx, timer } = await inWrapUp({ wrapUpSeconds: 0.2 });
    expect(timer.duration).toBe(0.2);
    const answer = await client.next<{ reason: string; conversationId: string }>('topicUnsubscription', forConversation(ctx.conversationId));
    expect(answer.reason).toBe(topicUnsubscriptionReasons.expired);
    expect(sim.conversation(ctx.conversationId)).toEqual({ phase: 'closed', reason: 'wrap Up Timer Expired' });
  });

  it('startWrapUp (the customer left) emits wrapupTimerStarted to the agent', async () => {
    const sim = await start({ wrapUpSeconds: 30 });
    const client = connect(sim);
    await connected(client);
    const ctx = sim.contexts()[1]!;
    const started = client.next('wrapupTimerStarted');
    sim.startWrapUp(ctx.conversationId);
    expect(await started).toMatchObject({ conversationId: ctx.conversationId, duration: 30 });
    expect(() => sim.startWrapUp('nope')).toThrow(/no conversation "nope"/);
  });

  it('a conversation it has never seen is accepted as if in wrap-up', async () => {
    const sim = await start();
    const client = connect(sim);
    await connected(client);
    const ctx = agentContext({ conversationId: 'conv-unknown' });
    const answer = client.next<{ reason: string }>('topicUnsubscription');
    client.emit('closeWrapup', buildCloseWrapup(ctx, wrapUp));
    expect((await answer).reason).toBe('Wrap Up applied');
    expect(sim.conversation('conv-unknown')).toEqual({ phase: 'closed', reason: 'Wrap Up applied' });
  });

  it('publishCimEvent during the chat → onCimEvent echo with the CimEvent as a JSON string', async () => {
    const sim = await start();
    const client = connect(sim);
    await connected(client);
    const ctx = sim.contexts()[0]!;
    const payload = buildPublishWrapup(ctx, wrapUp);
    const echo = client.next<{ cimEvent: string; conversationId: string; roomInfo: unknown }>('onCimEvent');
    client.emit('publishCimEvent', payload);
    const answer = await echo;
    expect(typeof answer.cimEvent).toBe('string');
    expect(JSON.parse(answer.cimEvent)).toEqual(payload.cimEvent);
    expect(answer).toMatchObject({ conversationId: ctx.conversationId, roomInfo: ctx.roomInfo });
    expect(sim.conversation(ctx.conversationId)).toEqual({ phase: 'active' });
    expect(sim.received.at(-1)).toMatchObject({ event: 'publishCimEvent', valid: true, eventId: payload.cimEvent.id });
  });
});

// ------------------------------------------------------------------ refusals

describe('refusals: wrapupError naming the field, recorded as invalid', () => {
  it('an invalid closeWrapup payload', async () => {
    const { sim, client, ctx } = await inWrapUp();
    const payload = buildCloseWrapup(ctx, wrapUp);
    payload.roomInfo = { ...payload.roomInfo, mode: 'GROUP' as never };
    const error = client.next('wrapupError');
    client.emit('closeWrapup', payload);
    const answer = wrapupErrorEventSchema.parse(await error);
    expect(answer).toMatchObject({
      task: 'wrapupError',
      event: 'closeWrapup',
      conversationId: ctx.conversationId,
      eventId: payload.cimEvent!.id,
      statusCode: 400,
      path: ['roomInfo', 'mode'],
    });
    expect(answer.message).toMatch(/closeWrapup\.roomInfo\.mode/);
    expect(sim.received.at(-1)).toMatchObject({ valid: false, error: { path: ['roomInfo', 'mode'] } });
    expect(sim.conversation(ctx.conversationId)?.phase).toBe('wrapup');
  });

  it('a payload with no conversationId still gets an answer (conversationId "")', async () => {
    const sim = await start();
    const client = connect(sim);
    await connected(client);
    const error = client.next('wrapupError');
    client.emit('closeWrapup', { cimEvent: null });
    expect(await error).toMatchObject({ conversationId: '', event: 'closeWrapup', eventId: null });
    expect(sim.received.at(-1)).toMatchObject({ valid: false, agentId: SIMULATOR_AGENT.id });
  });

  it('a closeWrapup with a PLAIN body (the event page example) is not a wrap-up', async () => {
    const { sim, client, ctx } = await inWrapUp();
    const payload = buildCloseWrapup(ctx, wrapUp) as unknown as { cimEvent: { data: { body: unknown } } };
    payload.cimEvent.data.body = { type: 'PLAIN', markdownText: 'fsadf' };
    expect(closeWrapupPayloadSchema.safeParse(payload).success).toBe(true); // the schema alone accepts it
    const error = client.next<{ path: unknown; message: string }>('wrapupError');
    client.emit('closeWrapup', payload);
    const answer = await error;
    expect(answer.path).toEqual(['cimEvent', 'data', 'body', 'type']);
    expect(answer.message).toMatch(/"PLAIN".*WRAPUP/);
    expect(sim.received.at(-1)?.valid).toBe(false);
    expect(sim.conversation(ctx.conversationId)?.phase).toBe('wrapup');
  });

  it('a closeWrapup while the chat is still active says to leave first or use publishCimEvent', async () => {
    const sim = await start();
    const client = connect(sim);
    await connected(client);
    const ctx = sim.contexts()[0]!;
    const error = client.next<{ message: string }>('wrapupError');
    client.emit('closeWrapup', buildCloseWrapup(ctx, wrapUp));
    const { message } = await error;
    expect(message).toMatch(/topicUnsubscription first/);
    expect(message).toMatch(/publishCimEvent/);
    expect(sim.conversation(ctx.conversationId)).toEqual({ phase: 'active' });
  });

  it('an invalid publishCimEvent', async () => {
    const sim = await start();
    const client = connect(sim);
    await connected(client);
    const payload = { ...buildPublishWrapup(sim.contexts()[0]!, wrapUp), agentId: '' };
    const error = client.next<{ event: string; path: unknown; message: string }>('wrapupError');
    client.emit('publishCimEvent', payload);
    const answer = await error;
    expect(answer.event).toBe('publishCimEvent');
    expect(answer.path).toEqual(['agentId']);
    expect(answer.message).toMatch(/publishCimEvent\.agentId/);
  });
});

// ------------------------------------------------------------------ faults, duplicates, restart

describe('faults and recovery', () => {
  it('a lost confirmation: the resent wrap-up (same ids) is recorded as a duplicate and confirmed', async () => {
    const { sim, client, ctx } = await inWrapUp();
    const payload = buildCloseWrapup(ctx, wrapUp);
    sim.faults.dropNextConfirmations(1);
    client.emit('closeWrapup', payload);
    await vi.waitFor(() => expect(sim.conversation(ctx.conversationId)?.phase).toBe('closed')); // state changed
    const answer = client.next<{ reason: string }>('topicUnsubscription');
    client.emit('closeWrapup', payload);
    expect((await answer).reason).toBe('Wrap Up applied');
    // ordered delivery: had the first confirmation been sent, it would have arrived before this one
    expect(client.events.filter((e) => e.name === 'topicUnsubscription')).toHaveLength(1);
    expect(sim.received.filter((r) => r.event === 'closeWrapup').map((r) => r.duplicate)).toEqual([false, true]);
  });

  it('setDropRate drops confirmations by the injected random; setDelay postpones them', async () => {
    const values = [0.1, 0.9];
    const sim = await start({ random: () => values.shift() ?? 0.9 });
    const client = connect(sim);
    await connected(client);
    const ctx = sim.contexts()[0]!;
    sim.faults.setDropRate(0.5);
    const first = buildPublishWrapup(ctx, wrapUp);
    const second = buildPublishWrapup(ctx, wrapUp);
    const echo = client.next<{ cimEvent: string }>('onCimEvent');
    client.emit('publishCimEvent', first); // 0.1 < 0.5: dropped
    client.emit('publishCimEvent', second); // 0.9: delivered
    expect(JSON.parse((await echo).cimEvent)).toMatchObject({ id: second.cimEvent.id });
    expect(client.events.filter((e) => e.name === 'onCimEvent')).toHaveLength(1);

    sim.faults.setDropRate(0);
    sim.faults.setDelay(150);
    const sentAt = Date.now();
    const delayed = client.next('onCimEvent');
    client.emit('publishCimEvent', buildPublishWrapup(ctx, wrapUp));
    await delayed;
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(140);
  });

  it('disconnectAll cuts the transport; the client reconnects and gets its conversations again', async () => {
    const sim = await start();
    const client = connect(sim);
    await connected(client);
    const reconnected = new Promise<void>((resolve) => client.socket.io.once('reconnect', () => resolve()));
    const disconnected = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    sim.faults.disconnectAll();
    expect(await disconnected).toBe('transport close');
    await reconnected;
    await vi.waitFor(() => expect(client.events.filter((e) => e.name === 'onTopicData')).toHaveLength(6));
  });

  it('restart drops every connection, listens on the same port, and keeps the state', async () => {
    const { sim, client, ctx } = await inWrapUp();
    const url = sim.url;
    const received = sim.received.length;
    const disconnected = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    const reconnected = new Promise<void>((resolve) => client.socket.io.once('reconnect', () => resolve()));
    const restarting = sim.restart();
    expect(await disconnected).toBe('transport close');
    await restarting;
    expect(sim.url).toBe(url);
    await reconnected;
    expect(sim.received).toHaveLength(received);
    expect(sim.conversation(ctx.conversationId)?.phase).toBe('wrapup');
    // the reconnected socket joins its agent room again and gets the answer
    const answer = client.next<{ reason: string }>('topicUnsubscription');
    client.emit('closeWrapup', buildCloseWrapup(ctx, null));
    expect((await answer).reason).toBe('choosing leave without Wrap Up');
  });

  it('answers go to the agent room: a second socket of the same agent hears them', async () => {
    const { client, ctx, sim } = await inWrapUp();
    const other = connect(sim);
    await connected(other);
    const heard = other.next<{ reason: string }>('topicUnsubscription');
    client.emit('closeWrapup', buildCloseWrapup(ctx, wrapUp));
    expect((await heard).reason).toBe('Wrap Up applied');
  });

  it('a socket reconnecting during wrap-up gets onTopicData and the remaining time', async () => {
    const sim = await start({ conversations: [{ conversationId: 'conv-w', customerName: 'Ada Lovelace', phase: 'wrapup' }], wrapUpSeconds: 30 });
    const client = connect(sim);
    const started = client.next<{ duration: number }>('wrapupTimerStarted');
    await connected(client);
    // the protocol's `duration` field: the seconds the server says are left, not a timing of ours
    const remaining = (await started).duration;
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(30);
    expect(client.events[0]?.name).toBe('onTopicData');
  });
});

// ------------------------------------------------------------------ Unified Admin

describe('Unified Admin endpoints', () => {
  it('GET /forms/:id in both shapes parses with normalizeWrapUpForm to the same form', async () => {
    const sim = await start();
    const v1 = await getJson(`${sim.unifiedAdminUrl}/forms/${WRAPUP_FORM_ID}`);
    const v2 = await getJson(`${sim.unifiedAdminUrl}/forms/${WRAPUP_FORM_ID}?shape=v2`);
    expect(v1.status).toBe(200);
    expect(v1.headers.get('access-control-allow-origin')).toBe('*');
    expect(wrapUpFormV1Schema.safeParse(v1.body).success).toBe(true);
    expect(wrapUpFormV2Schema.safeParse(v2.body).success).toBe(true);
    expect((v2.body as { attributes: Array<Record<string, unknown>> }).attributes[0]).not.toHaveProperty('categoryOptions');
    const normalized = normalizeWrapUpForm(v1.body);
    expect(normalizeWrapUpForm(v2.body)).toEqual(normalized);
    expect(normalized).toMatchObject({ multiple: true, formId: WRAPUP_FORM_ID, title: 'Wrap-Up' });
    expect(normalized.categories.map((c) => c.name)).toEqual(['Billing', 'Technical support', 'Sales', 'Account', 'Complaint', 'General']);
  });

  it('GET /forms?formId=a,b returns the matching forms; an unknown id is a 404 with a message', async () => {
    const sim = await start({ form: formV2 });
    const list = await getJson(`${sim.unifiedAdminUrl}/forms?formId=other,${WRAPUP_FORM_ID}`);
    expect(list.body).toHaveLength(1);
    expect(normalizeWrapUpForm(list.body)).toMatchObject(normalizeWrapUpForm(formV1));
    const missing = await getJson(`${sim.unifiedAdminUrl}/forms/nope`);
    expect(missing.status).toBe(404);
    expect((missing.body as { message: string }).message).toMatch(WRAPUP_FORM_ID);
  });

  it('paginatedForm pages categories and options (core schemas)', async () => {
    const sim = await start({ form: largeWrapUpForm(1000, 7) });
    const base = `${sim.unifiedAdminUrl}/forms/paginatedForm/${WRAPUP_FORM_ID}`;
    const categories = categoryPageSchema.parse((await getJson(`${base}?level=categories&page=1&limit=5`)).body);
    expect(categories.data).toHaveLength(5);
    expect(categories.data[0]).toEqual({ label: 'Billing', totalValues: 143 });
    expect(categories.metadata).toEqual({ total: 7, currentPage: 1, totalPages: 2, hasMore: true });
    const last = categoryPageSchema.parse((await getJson(`${base}?level=categories&page=2&limit=5`)).body);
    expect(last.data.map((c) => c.label)).toEqual(['General', 'Billing 2']);
    expect(last.metadata.hasMore).toBe(false);

    const options = optionPageSchema.parse((await getJson(`${base}?level=options&categoryIndex=6&page=3&limit=20`)).body);
    expect(options.metadata).toEqual({ total: 142, currentPage: 3, totalPages: 8, hasMore: true });
    expect(options.data[0]).toEqual({ label: expect.stringMatching(/ 00899$/) as unknown, value: null });

    expect((await getJson(`${base}?level=options`)).status).toBe(400);
    expect((await getJson(`${base}?level=categories&limit=0`)).status).toBe(400);
  });

  it('wrapupSearch matches reason or category, case-insensitive, with indices', async () => {
    const sim = await start();
    const base = `${sim.unifiedAdminUrl}/wrapupSearch/${WRAPUP_FORM_ID}`;
    const byReason = wrapUpSearchPageSchema.parse((await getJson(`${base}?q=ESCALATED&page=1&limit=20`)).body);
    expect(byReason.data.map((h) => `${h.categoryName}/${h.label}`)).toEqual([
      'Technical support/Escalated to L2',
      'Complaint/Escalated to supervisor',
    ]);
    expect(byReason.data[0]).toEqual({
      categoryName: 'Technical support',
      label: 'Escalated to L2',
      value: null,
      _indices: { sectionIndex: 0, attributeIndex: 0, categoryIndex: 1, optionIndex: 6 },
    });
    const byCategory = wrapUpSearchPageSchema.parse((await getJson(`${base}?q=sales&limit=2`)).body);
    expect(byCategory.metadata).toEqual({ total: 5, currentPage: 1, totalPages: 3, hasMore: true });
    expect(byCategory.data.every((h) => h.categoryName === 'Sales')).toBe(true);
  });
});

// ------------------------------------------------------------------ HTTP relay and dev endpoints

describe('HTTP relay and dev endpoints', () => {
  it('POST /relay/:event is processed like the socket event; GET /relay/events polls with a cursor', async () => {
    const sim = await start();
    const ctx = sim.contexts()[0]!;
    const agentId = SIMULATOR_AGENT.id;
    const events = `${sim.relayUrl}/events?agentId=${agentId}`;
    expect((await getJson(events)).body).toEqual({ events: [], cursor: '0' });

    expect(await postJson(`${sim.relayUrl}/topicUnsubscription`, buildTopicUnsubscription(ctx), { 'x-agent-id': agentId })).toEqual({
      status: 202,
      body: { ok: true },
    });
    const first = (await getJson(events)).body as { events: Array<{ name: string; payload: unknown }>; cursor: string };
    expect(first.events.map((e) => e.name)).toEqual(['wrapupTimerStarted']);

    expect((await postJson(`${sim.relayUrl}/closeWrapup`, buildCloseWrapup(ctx, wrapUp))).status).toBe(202);
    const second = (await getJson(`${events}&after=${first.cursor}`)).body as typeof first;
    expect(second.events).toEqual([
      { name: 'topicUnsubscription', payload: expect.objectContaining({ reason: 'Wrap Up applied', conversationId: ctx.conversationId }) as unknown },
    ]);
    expect(second.cursor).toBe('2');
    expect(sim.received.map((r) => [r.event, r.via])).toEqual([
      ['topicUnsubscription', 'relay'],
      ['closeWrapup', 'relay'],
    ]);
  });

  it('relay refusals are 400 with path and message', async () => {
    const sim = await start();
    const bad = await postJson(`${sim.relayUrl}/publishCimEvent`, { cimEvent: null, conversationId: 'c', agentId: 'a', roomInfo: { id: 'r', mode: 'PRIVATE' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ ok: false, path: ['cimEvent'] });
    expect(bad.body.message).toMatch(/publishCimEvent\.cimEvent/);
    expect((await postJson(`${sim.relayUrl}/somethingElse`, {})).status).toBe(404);
    const notJson = await fetch(`${sim.relayUrl}/closeWrapup`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    // the refusal also reached the agent's event log
    const log = (await getJson(`${sim.relayUrl}/events?agentId=a`)).body as { events: Array<{ name: string }> };
    expect(log.events.map((e) => e.name)).toEqual(['wrapupError']);
  });

  it('GET /__simulator/received and /conversations; POST /__simulator/faults and /restart; CORS preflight', async () => {
    const sim = await start();
    const client = connect(sim);
    await connected(client);
    const ctx = sim.contexts()[0]!;
    client.emit('publishCimEvent', buildPublishWrapup(ctx, wrapUp));
    await vi.waitFor(() => expect(sim.received).toHaveLength(1));

    const received = await getJson(`${sim.url}/__simulator/received`);
    expect(received.body).toEqual(JSON.parse(JSON.stringify(sim.received)));
    expect((await getJson(`${sim.url}/__simulator/conversations`)).body).toEqual(sim.contexts());

    const faults = await postJson(`${sim.url}/__simulator/faults`, { dropNextConfirmations: 2, delayMs: 0 });
    expect(faults).toEqual({ status: 200, body: { ok: true, faults: { dropNextConfirmations: 2, dropRate: 0, delayMs: 0 } } });
    expect((await postJson(`${sim.url}/__simulator/faults`, { dropRate: 2 })).body).toMatchObject({ ok: false, path: ['dropRate'] });

    const preflight = await fetch(`${sim.relayUrl}/closeWrapup`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:6006', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-agent-id' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-agent-id/);

    const reconnected = new Promise<void>((resolve) => client.socket.io.once('reconnect', () => resolve()));
    expect((await postJson(`${sim.url}/__simulator/restart`, {})).status).toBe(202);
    await reconnected;
    expect(sim.received).toHaveLength(1);
  });
});

// ------------------------------------------------------------------ forms data

describe('simulator forms', () => {
  it('realisticWrapUpForm: six contact-centre categories of 4–8 reasons', () => {
    const form = realisticWrapUpForm();
    expect(form.id).toBe(WRAPUP_FORM_ID);
    expect(form.formTitle).toBe('Wrap-Up');
    const { categories, isMultipleChoice } = form.attributes[0]!.categoryOptions;
    expect(isMultipleChoice).toBe(true);
    expect(categories.map((c) => c.categoryName)).toEqual(['Billing', 'Technical support', 'Sales', 'Account', 'Complaint', 'General']);
    for (const c of categories) expect(c.values.length).toBeGreaterThanOrEqual(4);
    for (const c of categories) expect(c.values.length).toBeLessThanOrEqual(8);
    expect(realisticWrapUpForm()).not.toBe(form);
  });

  it('largeWrapUpForm is deterministic, exact in count, and has unique labels', () => {
    const form = largeWrapUpForm(10_000);
    expect(form).toEqual(largeWrapUpForm(10_000));
    const { categories } = form.attributes[0]!.categoryOptions;
    expect(categories).toHaveLength(100);
    const labels = categories.flatMap((c) => c.values);
    expect(labels).toHaveLength(10_000);
    expect(new Set(labels).size).toBe(10_000);
    expect(new Set(categories.map((c) => c.categoryName)).size).toBe(100);
    expect(largeWrapUpForm(5, 2).attributes[0]!.categoryOptions.categories.map((c) => c.values.length)).toEqual([3, 2]);
    expect(() => largeWrapUpForm(-1)).toThrow(RangeError);
  });

  it('toFormV2 and toFormV1 convert between the shapes without changing what the desk reads', () => {
    expect(toFormV2(formV1).attributes[0]!.attributeOptions).toEqual(formV2.attributes[0]!.attributeOptions);
    expect(normalizeWrapUpForm(toFormV2(formV1))).toEqual(normalizeWrapUpForm(formV1));
    expect(normalizeWrapUpForm(toFormV1(formV2))).toMatchObject(normalizeWrapUpForm(formV2));
    expect(() => toFormV2({ attributes: [] })).toThrow(/form\.attributes/);
  });

  it('a bad form is refused at start, naming the field', async () => {
    await expect(startAgentManagerSimulator({ form: { attributes: [{ categoryOptions: { categories: [] } }] } })).rejects.toThrow(
      /isMultipleChoice/,
    );
  });
});

// a context from the shared fixtures works against the simulator as well
describe('fixtures', () => {
  it('agentContext({ conversationId }) of a seeded conversation drives the flow', async () => {
    const sim = await start({ conversations: [{ conversationId: 'conv-fixture' }] });
    const client = connect(sim);
    await connected(client);
    const ctx: WrapUpContextInput = agentContext({ conversationId: 'conv-fixture' });
    const started = client.next('wrapupTimerStarted');
    client.emit('topicUnsubscription', buildTopicUnsubscription(ctx));
    await started;
    const answer = client.next<{ reason: string }>('topicUnsubscription');
    client.emit('closeWrapup', buildCloseWrapup(ctx, wrapUp));
    expect((await answer).reason).toBe('Wrap Up applied');
  });
});
