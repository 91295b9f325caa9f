import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCloseWrapup, type AgentManagerEvent } from '../src/core';
import { createSocketIoTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';

let io: Server;
let url: string;
let serverSockets: ServerSocket[];
const clients: Socket[] = [];

beforeEach(async () => {
  const http = createServer();
  io = new Server(http);
  serverSockets = [];
  io.on('connection', (s) => serverSockets.push(s));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterEach(async () => {
  vi.useRealTimers();
  for (const c of clients.splice(0)) c.disconnect();
  await io.close();
});

const deskSocket = async () => {
  const socket = connect(url, { transports: ['websocket'], reconnection: false });
  clients.push(socket);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return socket;
};
const nextEvent = (transport: { subscribe: (l: (e: AgentManagerEvent) => void, f?: { conversationId?: string }) => () => void }, filter?: { conversationId?: string }) =>
  new Promise<AgentManagerEvent>((resolve) => {
    const off = transport.subscribe((e) => {
      off();
      resolve(e);
    }, filter);
  });

describe('reusing the desk socket', () => {
  it('delivers Agent Manager events to the transport and the desk alike, and close() leaves the desk alone', async () => {
    const socket = await deskSocket();
    const deskGot: unknown[] = [];
    const deskListener = (p: unknown) => deskGot.push(p);
    socket.on('topicUnsubscription', deskListener);
    socket.on('connect', () => undefined);
    const before = { unsub: socket.listeners('topicUnsubscription').length, connect: socket.listeners('connect').length };

    const transport = createSocketIoTransport({ socket });
    expect(transport.getState()).toBe('connected');
    const got = nextEvent(transport);
    serverSockets[0]!.emit('topicUnsubscription', { conversationId: 'conv-1', reason: 'Wrap Up applied' });
    await expect(got).resolves.toEqual({ name: 'topicUnsubscription', payload: { conversationId: 'conv-1', reason: 'Wrap Up applied' }, receivedAt: expect.any(Number) });

    transport.close();
    expect(socket.connected).toBe(true);
    expect(socket.listeners('topicUnsubscription')).toEqual([deskListener]);
    expect({ unsub: socket.listeners('topicUnsubscription').length, connect: socket.listeners('connect').length }).toEqual(before);
    const deskAgain = new Promise((resolve) => socket.once('topicUnsubscription', resolve));
    serverSockets[0]!.emit('topicUnsubscription', { conversationId: 'conv-2' });
    await deskAgain;
    expect(deskGot).toHaveLength(2);
  });

  it('emits closeWrapup with no ack, exactly the payload', async () => {
    const socket = await deskSocket();
    const transport = createSocketIoTransport({ socket });
    const payload = buildCloseWrapup(agentContext(), { note: 'called back' });
    const received = new Promise<unknown[]>((resolve) => serverSockets[0]!.once('closeWrapup', (...args: unknown[]) => resolve(args)));
    await transport.send('closeWrapup', payload);
    expect(await received).toEqual([payload]); // one argument: no ack callback
    transport.close();
  });

  it('hands events per conversation and ignores malformed ones', async () => {
    const socket = await deskSocket();
    const transport = createSocketIoTransport({ socket });
    const forTwo = nextEvent(transport, { conversationId: 'conv-2' });
    const all: AgentManagerEvent[] = [];
    transport.subscribe((e) => all.push(e));
    serverSockets[0]!.emit('wrapupTimerStarted', { conversationId: 'conv-1', duration: 60 });
    serverSockets[0]!.emit('wrapupTimerStarted', { duration: 'soon' }); // malformed: ignored
    serverSockets[0]!.emit('wrapupTimerStarted', { conversationId: 'conv-2', duration: '600000', task: 'wrapupTimerStarted' });
    await expect(forTwo).resolves.toMatchObject({ payload: { conversationId: 'conv-2', duration: '600000' } });
    expect(all.map((e) => e.payload.conversationId)).toEqual(['conv-1', 'conv-2']);
    transport.close();
  });

  it('refuses to send while the socket is down, saying the outbox will resend', async () => {
    const socket = await deskSocket();
    const transport = createSocketIoTransport({ socket });
    socket.disconnect();
    expect(transport.getState()).toBe('disconnected');
    await expect(transport.send('closeWrapup', buildCloseWrapup(agentContext(), null))).rejects.toMatchObject({
      code: 'TRANSPORT_ERROR',
      message: expect.stringMatching(/not connected.*sends it again/),
    });
    transport.close();
  });
});

describe('its own socket', () => {
  it('connects with the AgentDesk handshake: auth.agent as a JSON string, query.username, path under the URL', async () => {
    const handshake = new Promise<{ auth: Record<string, unknown>; query: Record<string, unknown> }>((resolve) =>
      io.once('connection', (s) => resolve({ auth: s.handshake.auth, query: s.handshake.query })),
    );
    const agent = { id: 'agent-7', username: 'faizan' };
    const transport = createSocketIoTransport({ url: `${url}/`, agent, username: 'faizan', socketOptions: { transports: ['websocket'] } });
    const { auth, query } = await handshake;
    expect(auth.agent).toBe(JSON.stringify(agent));
    expect(auth.fcm).toEqual({ desktopFcmKey: '', mobileFcmKey: '' });
    expect(query.username).toBe('faizan');
    await vi.waitFor(() => expect(transport.getState()).toBe('connected'));
    transport.close();
    expect(transport.socket.connected).toBe(false);
  });

  it('derives the socket.io path from the URL path, as the AgentDesk does', async () => {
    const transport = createSocketIoTransport({ url: 'https://cx.example.com/agent-manager' });
    const socket = (await transport.ready) as Socket; // socket.io-client is loaded on first use; the transport's own is a real Socket
    expect(socket.io.opts.path).toBe('/agent-manager/socket.io');
    transport.close();
  });

  it('reconnects after the server drops it, waiting a full-jitter backoff delay', async () => {
    const transport = createSocketIoTransport({ url, backoff: { baseMs: 1_000, maxMs: 8_000, random: () => 0.5 }, socketOptions: { transports: ['websocket'] } });
    await vi.waitFor(() => expect(transport.getState()).toBe('connected'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const connectSpy = vi.spyOn(transport.socket, 'connect');
    const down = new Promise<void>((resolve) => transport.onStateChange((st) => st === 'disconnected' && resolve()));
    io.disconnectSockets(true);
    await down; // (vi.waitFor would advance the fake clock)
    vi.advanceTimersByTime(499); // attempt 0: random 0.5 × 1,000 ms
    expect(connectSpy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(connectSpy).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    await vi.waitFor(() => expect(transport.getState()).toBe('connected'));
    transport.close();
  });

  it('names the bad option', () => {
    expect(() => createSocketIoTransport({ url: 'not a url' })).toThrow(/pass an absolute Agent Manager URL/);
    expect(() => createSocketIoTransport({} as never)).toThrow(/needs \{ socket \}/);
  });
});
