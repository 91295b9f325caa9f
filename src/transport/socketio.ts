// Types only: socket.io-client is an optional peer. With { socket } the desk's socket is used and
// socket.io-client is never loaded; with { url } it is imported lazily (a dynamic import).
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { WrapUpError } from '../core/errors';
import {
  backoffDelay,
  incomingEventNames,
  type BackoffOptions,
  type OutgoingEventName,
  type OutgoingEvents,
  type WrapUpTransport,
} from '../core/transport-contract';
import { createTransportHub } from './emitter';

/**
 * What the transport uses of a socket.io-client `Socket`. A desk's socket fits as it is; the
 * package's declarations need no socket.io-client types (a desk that passes its own transport need
 * not install it, and a desk with `skipLibCheck` does not get `any` here).
 */
export interface SocketIoSocket {
  readonly connected: boolean;
  readonly active?: boolean | undefined;
  connect(): unknown;
  disconnect(): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- socket.io's own listener and argument types
  emit(event: string, ...args: any[]): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- socket.io's own listener and argument types
  on(event: string, listener: (...args: any[]) => void): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- socket.io's own listener and argument types
  off(event: string, listener?: (...args: any[]) => void): unknown;
}

export type SocketIoTransportOptions =
  | {
      /** The desk's own Agent Manager socket (the usual case). Its connection and reconnection stay the desk's. */
      socket: SocketIoSocket;
    }
  | {
      /** The Agent Manager URL, e.g. `https://cx.example.com/agent-manager` (the AgentDesk's `SOCKET_URL`). */
      url: string;
      /** socket.io path; default `<url pathname>/socket.io`, as the AgentDesk connects. */
      path?: string | undefined;
      /** The handshake `auth`. Use `agent` for the AgentDesk's: `{ agent: JSON of the CC user, fcm }`. */
      auth?: Record<string, unknown> | undefined;
      /** The logged-in CC user: sent as `auth.agent` (a JSON string, as the 2024 AgentDesk sends it). */
      agent?: unknown;
      /** Sent as `query.username`. */
      username?: string | undefined;
      /** Reconnect delays: exponential backoff with full jitter (default 500 ms doubling up to 30 s). */
      backoff?: BackoffOptions | undefined;
      /** Passed to `io()` (socket.io-client's `ManagerOptions & SocketOptions`); for tests, e.g. `{ transports: ['websocket'] }`. */
      socketOptions?: Record<string, unknown> | undefined;
    };

export interface SocketIoTransport extends WrapUpTransport {
  /**
   * The socket.io socket: the desk's with `{ socket }`. With `{ url }`, the transport's own, which
   * exists once socket.io-client has loaded (a dynamic import): reading it earlier throws, so
   * `await transport.ready` first.
   */
  readonly socket: SocketIoSocket;
  /**
   * Resolves with the socket once it exists (at once with `{ socket }`). With `{ url }` it rejects
   * with `WrapUpError('TRANSPORT_ERROR')` when socket.io-client is not installed or the transport
   * was closed first.
   */
  readonly ready: Promise<SocketIoSocket>;
}

type UrlOptions = Extract<SocketIoTransportOptions, { url: string }>;

/** socket.io-client's `io`, once a transport has loaded it: later transports open their socket at once. */
let loadedIo: ((...args: [string, Partial<ManagerOptions & SocketOptions>]) => Socket) | undefined;

/**
 * A transport over socket.io. Emits `closeWrapup`, `publishCimEvent` and `topicUnsubscription`
 * with no ack (as the Agent Manager expects) and listens for `wrapupTimerStarted`,
 * `topicUnsubscription`, `onCimEvent` and `wrapupError`.
 *
 * With `{ socket }` it reuses the desk's socket and `close()` removes only its own listeners.
 * With `{ url }` it opens its own socket with the AgentDesk handshake and reconnects with
 * exponential backoff and full jitter.
 */
export function createSocketIoTransport(options: SocketIoTransportOptions): SocketIoTransport {
  if (!options || typeof options !== 'object' || (!('socket' in options) && !('url' in options))) {
    throw new WrapUpError(
      'TRANSPORT_ERROR',
      'createSocketIoTransport needs { socket } (the desk\'s Agent Manager socket) or { url } (the Agent Manager URL, e.g. "https://host/agent-manager").',
      { path: [] },
    );
  }
  const owned = !('socket' in options);
  // validated now, so a bad URL throws here and not later from the dynamic import
  const ioArgs = owned ? socketArgs(options) : undefined;
  let socket: SocketIoSocket | undefined = owned ? undefined : options.socket;
  const hub = createTransportHub(socket?.connected ? 'connected' : owned ? 'connecting' : 'disconnected');
  const backoff = owned ? options.backoff : undefined;

  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const scheduleReconnect = () => {
    if (!owned || closed || retry !== undefined) return;
    const delay = backoffDelay(attempt++, backoff);
    retry = setTimeout(() => {
      retry = undefined;
      if (!closed && socket && !socket.connected) {
        hub.setState('connecting');
        socket.connect();
      }
    }, delay);
  };

  const onConnect = () => {
    attempt = 0;
    hub.setState('connected');
  };
  const onDisconnect = (reason: string) => {
    hub.setState('disconnected');
    if (reason !== 'io client disconnect') scheduleReconnect();
  };
  const onConnectError = () => {
    hub.setState('disconnected');
    scheduleReconnect();
  };
  const handlers = incomingEventNames.map((name) => [name, (payload: unknown) => void hub.dispatch(name, payload)] as const);

  const attach = (s: SocketIoSocket) => {
    s.on('connect', onConnect);
    s.on('disconnect', onDisconnect);
    s.on('connect_error', onConnectError);
    for (const [name, handler] of handlers) s.on(name, handler);
    if (owned && !s.connected && !s.active) s.connect();
    return s;
  };

  let loadError: WrapUpError | undefined;
  if (ioArgs && loadedIo) socket = loadedIo(...ioArgs); // socket.io-client is already loaded: open the socket now
  const ready: Promise<SocketIoSocket> = !socket && ioArgs
    ? import('socket.io-client').then(
        ({ io }) => {
          loadedIo = io;
          if (closed) throw new WrapUpError('TRANSPORT_ERROR', 'This transport was closed before its socket was opened.');
          socket = io(...ioArgs);
          return attach(socket);
        },
        (cause: unknown) => {
          loadError = new WrapUpError(
            'TRANSPORT_ERROR',
            'createSocketIoTransport({ url }) needs the socket.io-client package: npm install socket.io-client, or pass the desk\'s own socket as { socket }.',
            { cause },
          );
          if (!closed) hub.setState('disconnected');
          throw loadError;
        },
      )
    : Promise.resolve(attach(socket!));
  ready.catch(() => undefined); // a rejection is also reported through send(); never unhandled

  return {
    kind: 'socket.io',
    get socket(): SocketIoSocket {
      if (socket) return socket;
      throw loadError ?? new WrapUpError('TRANSPORT_ERROR', 'The socket is not open yet: await transport.ready first.');
    },
    ready,
    getState: hub.getState,
    subscribe: hub.subscribe,
    onStateChange: hub.onStateChange,
    send<K extends OutgoingEventName>(name: K, payload: OutgoingEvents[K]) {
      if (closed) return Promise.reject(new WrapUpError('TRANSPORT_ERROR', `Cannot send ${name}: this transport was closed.`));
      if (loadError) return Promise.reject(loadError);
      if (!socket?.connected) {
        return Promise.reject(
          new WrapUpError('TRANSPORT_ERROR', `Cannot send ${name} now: the Agent Manager socket is not connected. The outbox sends it again after the reconnect.`),
        );
      }
      // socket.io buffers emits while disconnected; we never emit then (above), so nothing is sent twice from a buffer.
      socket.emit(name, payload);
      return Promise.resolve();
    },
    close() {
      if (closed) return;
      closed = true;
      if (retry !== undefined) clearTimeout(retry);
      if (socket) {
        socket.off('connect', onConnect);
        socket.off('disconnect', onDisconnect);
        socket.off('connect_error', onConnectError);
        for (const [name, handler] of handlers) socket.off(name, handler);
        if (owned) socket.disconnect();
      }
      hub.setState('closed');
      hub.clear();
    },
  };
}

/** The `io(origin, options)` arguments of the AgentDesk handshake; throws on a bad URL. */
function socketArgs(options: UrlOptions): [string, Partial<ManagerOptions & SocketOptions>] {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new WrapUpError('TRANSPORT_ERROR', `url is ${JSON.stringify(options.url)}: pass an absolute Agent Manager URL such as "https://host/agent-manager".`, {
      path: ['url'],
    });
  }
  const base = url.pathname.replace(/\/+$/, '');
  const auth: Record<string, unknown> = { ...options.auth };
  if (options.agent !== undefined) {
    auth.agent = typeof options.agent === 'string' ? options.agent : JSON.stringify(options.agent);
    auth.fcm ??= { desktopFcmKey: '', mobileFcmKey: '' };
  }
  return [
    url.origin,
    {
      path: options.path ?? `${base}/socket.io`,
      auth,
      query: options.username ? { username: options.username } : undefined,
      reconnection: false, // we reconnect ourselves, with full jitter
      autoConnect: false,
      ...options.socketOptions,
    },
  ];
}
