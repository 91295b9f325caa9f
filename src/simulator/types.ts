import type { WrapUpContextInput, WrapUpErrorPath } from '../core';
import type { SeedConversation } from './seed';

/** Options of `startAgentManagerSimulator`. Every field is optional. */
export interface SimulatorOptions {
  /** TCP port on 127.0.0.1; `0` (the default) picks a free one. */
  port?: number;
  /**
   * Wrap-up timer in seconds (the Agent Manager's `WRAPUP_TIME`): the `duration` of
   * `wrapupTimerStarted` and the server-side expiry. Default 60; fractions allowed (e.g. 0.2 in tests).
   */
  wrapUpSeconds?: number;
  /** The Unified Admin wrap-up form, either shape (≤ 4.9 or 4.10+). Default `realisticWrapUpForm()`. */
  form?: unknown;
  /** Active conversations to seed: a count (realistic customer names) or a list. Default 3. */
  conversations?: number | SeedConversation[];
  /**
   * Default true: the socket.io handshake must carry `auth.agent` (an object or its JSON string,
   * as the 2024 AgentDesk sends it) with `id` or `keycloakUser.id`. With false, a socket without
   * it is accepted and joins its agent's room on its first request (from the payload's `agentId`).
   */
  requireAuth?: boolean;
  /** Random numbers in [0, 1) for `faults.setDropRate`; default `Math.random`. */
  random?: () => number;
}

/** The desk → Agent Manager events the simulator handles. */
export type SimulatorRequestName = 'closeWrapup' | 'publishCimEvent' | 'topicUnsubscription';

/** One request the simulator received, over socket.io or the HTTP relay, in arrival order. */
export interface ReceivedEvent {
  /** The event name (`closeWrapup`, `publishCimEvent`, `topicUnsubscription`). */
  event: SimulatorRequestName;
  /** The payload exactly as received. */
  payload: unknown;
  /**
   * Whether the Agent Manager accepted it: false when the payload breaks the schema, a
   * `closeWrapup` carries a non-WRAPUP body, or the conversation is in the wrong phase.
   */
  valid: boolean;
  /** Why it was refused: the offending field and a message naming it (also sent as `wrapupError`). */
  error?: { path: WrapUpErrorPath; message: string };
  /**
   * True when the request changed nothing because it had already happened: a `closeWrapup` or
   * `topicUnsubscription` for a closed conversation, a `topicUnsubscription` during wrap-up, or a
   * `publishCimEvent` whose `cimEvent.id` was already accepted. It is confirmed again.
   */
  duplicate: boolean;
  /** Epoch ms of arrival. */
  at: number;
  /** The agent it came from (handshake, `x-agent-id` header, or the payload's `agentId`). */
  agentId?: string;
  /** `payload.cimEvent.id`, or null (leave without wrap-up, topicUnsubscription, or none). */
  eventId: string | null;
  conversationId?: string;
  /** How it arrived. */
  via: 'socket' | 'relay';
}

/** A conversation's state in the simulator. */
export interface ConversationStatus {
  phase: 'active' | 'wrapup' | 'closed';
  /** The `topicUnsubscription` reason it was closed with. */
  reason?: string;
}

/** One event the simulator emitted to an agent, as `GET /relay/events` lists it. */
export interface EmittedEvent {
  name: string;
  payload: unknown;
}

/**
 * Failure injection. Faults apply to confirmations only (`topicUnsubscription` answers, including
 * expiry, and `onCimEvent` echoes): the state still changes, the answer is lost or late.
 */
export interface SimulatorFaults {
  /** Drops the next `n` confirmations. */
  dropNextConfirmations(n: number): void;
  /** Drops each confirmation with probability `rate` (0–1), using `options.random`. */
  setDropRate(rate: number): void;
  /** Postpones each confirmation by `ms` (0 = off). */
  setDelay(ms: number): void;
  /** Cuts every socket.io connection at the transport (clients see "transport close" and reconnect). */
  disconnectAll(): void;
}

/** A running Agent Manager + Unified Admin simulator (see `startAgentManagerSimulator`). */
export interface AgentManagerSimulator {
  /** The socket.io origin, e.g. `http://127.0.0.1:3001` (default path `/socket.io`). */
  readonly url: string;
  /** The port it listens on (127.0.0.1). */
  readonly port: number;
  /** `http://127.0.0.1:PORT/unified-admin`: the `UNIFIED_ADMIN_URL` a desk fetches forms from. */
  readonly unifiedAdminUrl: string;
  /** `http://127.0.0.1:PORT/relay`: the base URL of the HTTP transport. */
  readonly relayUrl: string;
  /** Every request received, live (the same array for the simulator's lifetime, across restarts). */
  readonly received: ReceivedEvent[];
  /** The seeded conversations as wrap-up contexts (the agent holds `agent-conversation-control/view_wrap_up`). */
  contexts(): WrapUpContextInput[];
  /** A conversation's phase and, once closed, its reason; undefined when unknown. */
  conversation(conversationId: string): ConversationStatus | undefined;
  /**
   * Starts the timed wrap-up phase from the server side, as when the customer leaves: emits
   * `wrapupTimerStarted` to the conversation's agent. No-op when already in wrap-up; throws for an
   * unknown or closed conversation.
   */
  startWrapUp(conversationId: string): void;
  readonly faults: SimulatorFaults;
  /**
   * Simulates an Agent Manager restart: closes every connection and both servers, then listens
   * again on the same port. State (received, conversations, timers) survives.
   */
  restart(): Promise<void>;
  /** Stops everything and releases every handle. Idempotent. */
  close(): Promise<void>;
}
