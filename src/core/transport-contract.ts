/**
 * The interface every transport implements (socket.io, HTTP, memory). It lives in core because
 * the outbox depends on it, and core may not import upward.
 */
import * as z from 'zod/mini';
import { checked, setJitless } from './zod';
import {
  closeWrapupPayloadSchema,
  publishCimEventPayloadSchema,
  roomInfoSchema,
  topicUnsubscriptionEventSchema,
  topicUnsubscriptionRequestSchema,
  wrapupTimerStartedEventSchema,
  type CloseWrapupPayload,
  type PublishCimEventPayload,
  type TopicUnsubscriptionRequest,
} from './schemas';

setJitless(); // before any schema is built: no eval probe under a strict CSP

/** Desk → Agent Manager events (socket event names are the protocol's event names). */
export interface OutgoingEvents {
  closeWrapup: CloseWrapupPayload;
  publishCimEvent: PublishCimEventPayload;
  topicUnsubscription: TopicUnsubscriptionRequest;
}
export type OutgoingEventName = keyof OutgoingEvents;
export const outgoingEventSchemas = {
  closeWrapup: closeWrapupPayloadSchema,
  publishCimEvent: publishCimEventPayloadSchema,
  topicUnsubscription: topicUnsubscriptionRequestSchema,
} as const;

/** AM → desk: a CIM event; `cimEvent` arrives as a JSON string. VERIFIED [S2]. */
export const onCimEventSchema = /* @__PURE__ */ (() => z.looseObject({
  cimEvent: z.union([z.string(), z.record(z.string(), z.unknown())]),
  conversationId: checked(z.string(), z.minLength(1)),
  roomInfo: z.optional(roomInfoSchema),
}))();

/**
 * AM → desk: the Agent Manager refused a request. The live Agent Manager's error event is not
 * public (protocol.md Q9); this is the shape the bundled simulator sends.
 */
export const wrapupErrorEventSchema = /* @__PURE__ */ (() => z.looseObject({
  task: z.optional(z.literal('wrapupError')),
  conversationId: z.string(),
  event: z.optional(z.string()),
  eventId: z.nullish(z.string()),
  statusCode: z.optional(z.number()),
  path: z.optional(z.array(z.union([z.string(), z.number()]))),
  message: z.string(),
}))();

/** Agent Manager → desk events a wrap-up listens to, each with its schema. */
export const incomingEventSchemas = {
  wrapupTimerStarted: wrapupTimerStartedEventSchema,
  topicUnsubscription: topicUnsubscriptionEventSchema,
  onCimEvent: onCimEventSchema,
  wrapupError: wrapupErrorEventSchema,
} as const;
export type IncomingEventName = keyof typeof incomingEventSchemas;
export const incomingEventNames = Object.keys(incomingEventSchemas) as IncomingEventName[];
export type IncomingEvents = { [K in IncomingEventName]: z.infer<(typeof incomingEventSchemas)[K]> };
/** One event from the Agent Manager, tagged with its name. */
export type AgentManagerEvent = { [K in IncomingEventName]: { name: K; payload: IncomingEvents[K]; /** Epoch ms when this page received it (set by the transports). */ receivedAt?: number } }[IncomingEventName];

export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'closed';
export type Unsubscribe = () => void;

export interface WrapUpTransport {
  /** `'socket.io'`, `'http'`, `'memory'`, …: for messages and dev tools. */
  readonly kind: string;
  /** Whether a send now would reach the Agent Manager. */
  getState(): ConnectionState;
  /**
   * Sends one event. Resolves once it has left this process (socket.io has no acknowledgement
   * for these events); rejects with `WrapUpError('TRANSPORT_ERROR')` when it could not be sent,
   * e.g. while offline: the outbox keeps it and sends it again after the next reconnect.
   */
  send<K extends OutgoingEventName>(name: K, payload: OutgoingEvents[K]): Promise<void>;
  /** Agent Manager events, validated; with `conversationId`, only that conversation's. */
  subscribe(listener: (event: AgentManagerEvent) => void, filter?: { conversationId?: string }): Unsubscribe;
  /** Connection changes. Called with the current state at once. */
  onStateChange(listener: (state: ConnectionState) => void): Unsubscribe;
  /** Stops listening; closes the connection only if this transport opened it. */
  close(): void;
}

/** Validates a raw event; `undefined` when it does not match the schema (it is then ignored). */
export function parseIncomingEvent(name: string, payload: unknown): AgentManagerEvent | undefined {
  if (!Object.hasOwn(incomingEventSchemas, name)) return undefined; // not `in`: 'toString' is in every object
  const schema = incomingEventSchemas[name as IncomingEventName];
  const result = schema.safeParse(payload);
  return result.success ? ({ name, payload: result.data } as AgentManagerEvent) : undefined;
}

export interface BackoffOptions {
  /** First delay cap in ms (default 500). */
  baseMs?: number | undefined;
  /** Largest delay cap in ms (default 30 s). */
  maxMs?: number | undefined;
  /** Random in [0, 1); default `Math.random`. */
  random?: () => number;
}

/**
 * Exponential backoff with full jitter (AWS architecture blog): a uniformly random delay in
 * [0, min(max, base · 2^attempt)), so thousands of desks reconnecting after an Agent Manager
 * restart spread out instead of arriving in one burst.
 */
export function backoffDelay(attempt: number, { baseMs = 500, maxMs = 30_000, random = Math.random }: BackoffOptions = {}): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * cap);
}
