import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Socket } from 'socket.io-client';
import { createMemoryStorage, WrapUpError, type Outbox, type OutboxStorage, type WireFormat, type WrapUpTransport } from '../core';
import { browserStorage, createOutbox, createSocketIoTransport } from '../transport';
import { en, type WrapUpMessages } from './messages';
import type { ReasonsSource } from './reasons';
import { storageKeys, writeStored } from './storage';
import { recordTimer } from './timer';

export interface WrapUpConfig {
  transport: WrapUpTransport;
  outbox: Outbox;
  /** Where drafts, timers and reason preferences are kept (default localStorage, else memory). */
  storage: OutboxStorage;
  reasons?: ReasonsSource;
  messages: WrapUpMessages;
  format: WireFormat;
  noteMaxLength: number;
}

export interface WrapUpProviderProps {
  /** The Agent Manager transport. Or pass `socket` (the desk's socket.io socket) and one is made for you. */
  transport?: WrapUpTransport;
  socket?: Socket;
  /** Where the wrap-up reasons come from: `{ url }` (Unified Admin), `{ load }`, or `{ form }`. */
  reasons?: ReasonsSource;
  /** An outbox you made yourself; default: one over `transport` and `storage`. */
  outbox?: Outbox;
  storage?: OutboxStorage;
  /** Your words, merged over English: `ar` or `ur` (shipped in `agent-desk-wrapup/locales`), or your own. */
  messages?: Partial<WrapUpMessages>;
  /** Wire layout of built payloads; default `'agentdesk'`. */
  format?: WireFormat;
  /** Longest note, in characters; default 2,000. */
  noteMaxLength?: number;
  children?: ReactNode;
}

const WrapUpContext = createContext<WrapUpConfig | null>(null);

/** English, overridden by the given words (imported locales stay tree-shakeable: only what you import is bundled). */
export function resolveMessages(messages: Partial<WrapUpMessages> | undefined): WrapUpMessages {
  return messages === undefined ? en : { ...en, ...messages };
}

/**
 * Supplies the transport, outbox, reasons source and words to every wrap-up hook and panel
 * below it. Uses the host's `QueryClientProvider` when there is one, and its own otherwise.
 */
export function WrapUpProvider({ transport: given, socket, reasons, outbox: givenOutbox, storage: givenStorage, messages, format = 'agentdesk', noteMaxLength = 2000, children }: WrapUpProviderProps) {
  const hostClient = useContext(QueryClientContext);
  const [ownClient] = useState(() => (hostClient ? null : new QueryClient()));
  // a client made here goes with the provider: its cache (and gc timers) must not outlive it
  useEffect(() => (ownClient ? () => ownClient.clear() : undefined), [ownClient]);
  const storage = useMemo(() => givenStorage ?? browserStorage() ?? createMemoryStorage(), [givenStorage]);
  // a transport made here from the desk's socket is ours: created and closed by an effect (StrictMode-safe)
  const [socketTransport, setSocketTransport] = useState<WrapUpTransport | null>(null);
  useEffect(() => {
    if (given || !socket) return undefined;
    const made = createSocketIoTransport({ socket });
    // an external resource made by the effect that owns its lifetime: state is the way to hand it to render
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSocketTransport(made);
    return () => made.close(); // removes only its own listeners; the socket stays the desk's
  }, [given, socket]);
  if (!given && !socket) {
    throw new WrapUpError(
      'INVALID_OPTIONS',
      'WrapUpProvider needs a transport: pass transport={createSocketIoTransport({ socket })} or socket={deskSocket} (or createMemoryTransport() in tests).',
      { path: ['transport'] },
    );
  }
  const transport = given ?? socketTransport;
  const outbox = useMemo(() => givenOutbox ?? (transport ? createOutbox({ transport, storage, autoStart: false }) : null), [givenOutbox, transport, storage]);
  useEffect(() => {
    if (!outbox || givenOutbox) return undefined;
    outbox.start();
    return () => outbox.stop();
  }, [outbox, givenOutbox]);

  // record every conversation's wrap-up deadline, so a panel mounted after wrapupTimerStarted still shows the countdown
  useEffect(() => {
    if (!transport) return undefined;
    return transport.subscribe((event) => {
      if (event.name === 'wrapupTimerStarted') recordTimer(storage, event.payload.conversationId, event.payload.duration);
      if (event.name === 'topicUnsubscription') writeStored(storage, storageKeys.timer(event.payload.conversationId), undefined);
    });
  }, [transport, storage]);

  const value = useMemo<WrapUpConfig | null>(
    () => (transport && outbox ? { transport, outbox, storage, reasons, messages: resolveMessages(messages), format, noteMaxLength } : null),
    [transport, outbox, storage, reasons, messages, format, noteMaxLength],
  );
  if (!value) return null; // the socket's transport is made in the first effect
  const tree = <WrapUpContext.Provider value={value}>{children}</WrapUpContext.Provider>;
  return ownClient ? <QueryClientProvider client={ownClient}>{tree}</QueryClientProvider> : tree;
}

/** The provider's configuration. Throws, saying how to fix it, when a hook is used outside `<WrapUpProvider>`. */
export function useWrapUpConfig(hook: string): WrapUpConfig {
  const config = useContext(WrapUpContext);
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
  return useContext(WrapUpContext);
}
