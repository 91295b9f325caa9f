import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WireFormat } from '../core/build';
import { WrapUpError } from '../core/errors';
import { createOutbox, type Outbox } from '../core/outbox';
import { createWrapUpSessions, type WrapUpSessions } from '../core/sessions';
import type { OutboxStorage } from '../core/storage';
import type { WrapUpTransport } from '../core/transport-contract';
import { createSocketIoTransport, type SocketIoSocket } from '../transport/socketio';
import { en, type WrapUpMessages } from './messages';
import { createSuggestionEngine, type SuggestionEngine, type SuggestionsOptions } from './suggestions-engine';
import type { ReasonsSource } from './reasons';

export interface WrapUpConfig {
  /** The one owner of every conversation's wrap-up state; its outbox and transport are the pair every send goes through. */
  sessions: WrapUpSessions;
  transport: WrapUpTransport;
  outbox: Outbox;
  /** Where drafts, sessions and reason preferences are kept (default localStorage, else memory). */
  storage: OutboxStorage;
  reasons?: ReasonsSource | undefined;
  messages: WrapUpMessages;
  format: WireFormat;
  noteMaxLength: number;
  /** Suggested reasons (null when the provider was given `suggestions={false}`). */
  suggestions: SuggestionEngine | null;
}

export interface WrapUpProviderProps {
  /** The Agent Manager transport. Or pass `socket` (the desk's socket.io socket) and one is made for you. */
  transport?: WrapUpTransport | undefined;
  socket?: SocketIoSocket | undefined;
  /** Where the wrap-up reasons come from: `{ url }` (Unified Admin), `{ load }`, or `{ form }`. */
  reasons?: ReasonsSource | undefined;
  /** An outbox you made yourself (its transport is used); default: one over `transport` and `storage`. */
  outbox?: Outbox | undefined;
  /** A session store you made yourself with `createWrapUpSessions` (its outbox and transport are used). */
  sessions?: WrapUpSessions | undefined;
  storage?: OutboxStorage | undefined;
  /** Your words, merged over English: `ar` or `ur` (shipped in `agent-desk-wrapup/locales`), or your own. */
  messages?: Partial<WrapUpMessages> | undefined;
  /** Wire layout of built payloads; default `'agentdesk'`. */
  format?: WireFormat | undefined;
  /** Longest note, in characters; default 2,000. */
  noteMaxLength?: number | undefined;
  /**
   * Suggested reasons from the conversation (on by default: on the device, learning from this
   * agent's applied wrap-ups, stored in `storage`). `{ model }`: a shared model to start from;
   * `{ synonyms }`; `{ preselectAbove }` (opt-in); `{ suggest }`: your own server or LLM instead;
   * `{ onFeedback }`: each conversation's suggestion record for your analytics. `false` turns them off.
   */
  suggestions?: false | SuggestionsOptions | undefined;
  /** Storage and delivery problems of the outbox made here (e.g. `STORAGE_UNAVAILABLE`: wrap-ups are kept in memory only). */
  onError?: (error: WrapUpError) => void;
  children?: ReactNode | undefined;
}

const WrapUpConfigContext = createContext<WrapUpConfig | null>(null);
const noSuggestionOptions: SuggestionsOptions = {};

/** English, overridden by the given words (imported locales stay tree-shakeable: only what you import is bundled). */
export function resolveMessages(messages: Partial<WrapUpMessages> | undefined, base: WrapUpMessages = en): WrapUpMessages {
  return messages === undefined ? base : { ...base, ...messages };
}

/*
 * One transport per desk socket, shared by every provider that is given that socket. It is made
 * during render, so its listeners are on the socket from the first render on (what arrives before
 * the outbox and session store subscribe is kept by the transport and handed to them), and closed
 * a moment after the last provider using it unmounts (StrictMode unmounts and mounts again at once).
 */
const socketTransports = new WeakMap<SocketIoSocket, { transport: WrapUpTransport; users: number; closing?: ReturnType<typeof setTimeout> }>();
function socketTransport(socket: SocketIoSocket) {
  let shared = socketTransports.get(socket);
  if (!shared) {
    shared = { transport: createSocketIoTransport({ socket }), users: 0 };
    socketTransports.set(socket, shared);
  }
  return shared;
}
function useSocketTransport(socket: SocketIoSocket | undefined): WrapUpTransport | undefined {
  const transport = socket ? socketTransport(socket).transport : undefined;
  useEffect(() => {
    if (!socket) return undefined;
    const shared = socketTransport(socket);
    shared.users += 1;
    if (shared.closing !== undefined) clearTimeout(shared.closing);
    shared.closing = undefined;
    return () => {
      shared.users -= 1;
      if (shared.users > 0) return;
      shared.closing = setTimeout(() => {
        if (shared.users > 0) return;
        socketTransports.delete(socket);
        shared.transport.close(); // removes only its own listeners; the socket stays the desk's
      }, 0);
    };
  }, [socket]);
  return transport;
}

/**
 * Supplies the session store (with its outbox and transport), the reasons source and the words to
 * every wrap-up hook and panel below it. Uses the host's `QueryClientProvider` when there is one,
 * and its own otherwise.
 */
export function WrapUpProvider({
  transport: givenTransport,
  socket,
  reasons,
  outbox: givenOutbox,
  sessions: givenSessions,
  storage: givenStorage,
  messages,
  format = 'agentdesk',
  noteMaxLength = 2000,
  onError,
  suggestions: suggestionOptions,
  children,
}: WrapUpProviderProps) {

  const hostClient = useContext(QueryClientContext);
  const [ownClient] = useState(() => (hostClient ? null : new QueryClient()));
  // a client made here goes with the provider: its cache (and gc timers) must not outlive it
  useEffect(() => (ownClient ? () => ownClient.clear() : undefined), [ownClient]);

  const fromSocket = useSocketTransport(givenTransport || givenOutbox || givenSessions ? undefined : socket);
  const transport = givenSessions?.transport ?? givenOutbox?.transport ?? givenTransport ?? fromSocket;
  if (!transport) {
    throw new WrapUpError(
      'INVALID_OPTIONS',
      'WrapUpProvider needs a transport: pass transport={createSocketIoTransport({ socket })} or socket={deskSocket} (or createMemoryTransport() in tests).',
      { path: ['transport'] },
    );
  }
  const pairs: Array<[string, WrapUpTransport | undefined]> = [
    ['transport', givenTransport],
    ['outbox', givenOutbox?.transport],
  ];
  for (const [prop, other] of pairs) {
    if (other && other !== transport) {
      throw new WrapUpError(
        'INVALID_OPTIONS',
        `WrapUpProvider: ${prop} does not go with the ${givenSessions ? 'sessions' : 'outbox'} given. Wrap-ups would be followed on one transport and sent on another; pass only ${givenSessions ? 'sessions' : 'outbox'}.`,
        { path: [prop] },
      );
    }
  }
  // no storage given: the outbox detects localStorage (else memory) and the rest shares what it found
  const outbox = useMemo(
    () => givenSessions?.outbox ?? givenOutbox ?? createOutbox({ transport, storage: givenStorage, autoStart: false }),
    [givenSessions, givenOutbox, transport, givenStorage],
  );
  const storage = givenStorage ?? outbox.storage;
  // storage problems reach the desk: memory only from the start (once per outbox), and any later failure
  const reportedMemoryOnly = useRef<Outbox | null>(null);
  useEffect(() => {
    if (!onError) return undefined;
    if (!outbox.persistent && reportedMemoryOnly.current !== outbox) {
      reportedMemoryOnly.current = outbox;
      onError(
        new WrapUpError(
          'STORAGE_UNAVAILABLE',
          'No usable localStorage here: wrap-ups are kept in memory, so one not yet confirmed is lost on reload. Pass <WrapUpProvider storage={…}> to keep them.',
          { path: ['storage'] },
        ),
      );
    }
    return outbox.subscribe((change) => {
      if (change.type === 'error') onError(change.error);
    });
  }, [outbox, onError]);
  const sessions = useMemo(() => givenSessions ?? createWrapUpSessions({ outbox, storage, autoStart: false }), [givenSessions, outbox, storage]);
  // what we made, we start and stop (StrictMode runs this twice; start and stop are idempotent)
  useEffect(() => {
    if (givenSessions) return undefined;
    if (!givenOutbox) outbox.start();
    sessions.start();
    return () => {
      sessions.stop();
      if (!givenOutbox) outbox.stop();
    };
  }, [givenSessions, givenOutbox, outbox, sessions]);

  // one engine per session store and storage; its options are read when used (an inline object does not rebuild it)
  const suggestionsOn = suggestionOptions !== false;
  const suggestions = useMemo(
    () => (suggestionsOn ? createSuggestionEngine({ sessions, storage, options: {} }) : null),
    [suggestionsOn, sessions, storage],
  );
  // unmounted: stop following conversations (StrictMode's second mount, or a later watch, starts again)
  useEffect(() => (suggestions ? () => suggestions.stop() : undefined), [suggestions]);
  const givenSuggestionOptions = suggestionOptions || noSuggestionOptions;
  if (suggestions && suggestions.options !== givenSuggestionOptions) suggestions.setOptions(givenSuggestionOptions);

  const value = useMemo<WrapUpConfig>(
    () => ({ sessions, transport: sessions.transport, outbox: sessions.outbox, storage, reasons, messages: resolveMessages(messages), format, noteMaxLength, suggestions }),
    [sessions, storage, reasons, messages, format, noteMaxLength, suggestions],
  );
  const tree = <WrapUpConfigContext.Provider value={value}>{children}</WrapUpConfigContext.Provider>;
  return ownClient ? <QueryClientProvider client={ownClient}>{tree}</QueryClientProvider> : tree;
}

/** The provider's configuration. Throws, saying how to fix it, when a hook is used outside `<WrapUpProvider>`. */
export function useWrapUpConfig(hook: string): WrapUpConfig {
  const config = useContext(WrapUpConfigContext);
  if (!config) {
    throw new WrapUpError(
      'INVALID_OPTIONS',
      `${hook} must be used inside <WrapUpProvider transport={…}>. Wrap your agent desk (or this component) in it; see the README's "React" section.`,
    );
  }
  return config;
}

/** Like useWrapUpConfig, but returns null outside a provider (for hooks whose arguments can stand in for it). */
export function useOptionalWrapUpConfig(): WrapUpConfig | null {
  return useContext(WrapUpConfigContext);
}
