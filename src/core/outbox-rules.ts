/**
 * The outbox's decisions as pure functions of its entries, the time and one Agent Manager event:
 * what is due to be sent, what has expired, and what an answer settles. No storage, no timers,
 * no transport: `createOutbox` feeds them and carries out what they decide.
 */
import { cimEventId } from './cim-event';
import { WrapUpError, wrapUpErrorCodes, type WrapUpErrorCode, type WrapUpErrorPath } from './errors';
import { topicUnsubscriptionReasons, type CloseWrapupPayload, type PublishCimEventPayload, type TopicUnsubscriptionEvent } from './schemas';
import { backoffDelay, type AgentManagerEvent } from './transport-contract';

export type OutboxEvent = 'closeWrapup' | 'publishCimEvent';

export type OutboxOutcome =
  /** `Wrap Up applied` (or the echo of a live-chat wrap-up). */
  | { status: 'applied'; conversationId: string; eventId: string | null; reason?: string }
  /** `choosing leave without Wrap Up`. */
  | { status: 'left'; conversationId: string; eventId: null; reason: string }
  /** `wrap Up Timer Expired`, or dropped locally because its wrap-up time had run out. */
  | { status: 'expired'; conversationId: string; eventId: string | null; reason: string }
  /** The agent was taken off the conversation for another reason (e.g. `CHAT TRANSFERRED`). */
  | { status: 'removed'; conversationId: string; eventId: string | null; reason: string }
  /** The Agent Manager refused the payload; sending it again would not help. */
  | { status: 'rejected'; conversationId: string; eventId: string | null; reason: string; error: WrapUpError };
export type OutboxStatus = OutboxOutcome['status'];

/** An outcome as stored (plain data): a rejection's `WrapUpError` kept as its code, message and path. */
export type StoredOutcome = Omit<OutboxOutcome, 'error'> & { error?: { code: WrapUpErrorCode; message: string; path: WrapUpErrorPath } };

const statuses: readonly string[] = ['applied', 'left', 'expired', 'removed', 'rejected'];

/** The outcome as plain data, to store. */
export function outcomeToStored(outcome: OutboxOutcome): StoredOutcome {
  return outcome.status === 'rejected' ? { ...outcome, error: { code: outcome.error.code, message: outcome.error.message, path: [...outcome.error.path] } } : { ...outcome };
}

/** An outcome read back from storage, checked (anything else: null), a rejection with a real `WrapUpError` again. */
export function outcomeFromStored(value: unknown): OutboxOutcome | null {
  const o = value as Partial<OutboxOutcome> & { error?: { code?: unknown; message?: unknown; path?: unknown } };
  if (!o || typeof o !== 'object' || typeof o.conversationId !== 'string' || !statuses.includes(o.status as string)) return null;
  if (o.status !== 'rejected') return { ...(o as OutboxOutcome) };
  const error: { code?: unknown; message?: unknown; path?: unknown } = o.error && typeof o.error === 'object' ? o.error : {};
  const code = (wrapUpErrorCodes as readonly unknown[]).includes(error.code) ? (error.code as WrapUpErrorCode) : 'INVALID_PAYLOAD';
  const message = typeof error.message === 'string' ? error.message : typeof o.reason === 'string' ? o.reason : 'The Agent Manager refused the wrap-up.';
  const path = Array.isArray(error.path) ? (error.path as unknown[]).filter((p): p is string | number => typeof p === 'string' || typeof p === 'number') : [];
  return { ...(o as OutboxOutcome), reason: typeof o.reason === 'string' ? o.reason : message, error: new WrapUpError(code, message, { path }) } as OutboxOutcome;
}

export interface OutboxEntry {
  /** Idempotency key: the event name and the CimEvent id (or the conversation for "leave"). */
  key: string;
  event: OutboxEvent;
  conversationId: string;
  eventId: string | null;
  payload: CloseWrapupPayload | PublishCimEventPayload;
  createdAt: number;
  attempts: number;
  lastSentAt?: number | undefined;
  /** After this (epoch ms) the server has expired the wrap-up: the entry is dropped as `expired`. */
  expiresAt?: number | undefined;
  /** Which outbox (tab) may send it until when. */
  lease?: { owner: string; until: number } | undefined;
}

/** Maps a `topicUnsubscription` to an outcome. Reason strings as the 2024 AgentDesk compares them. */
export function outcomeFromUnsubscription(event: TopicUnsubscriptionEvent, eventId: string | null): OutboxOutcome {
  const { conversationId } = event;
  const reason = event.reason ?? 'UNSUBSCRIBED';
  switch (reason) {
    case topicUnsubscriptionReasons.applied:
      return { status: 'applied', conversationId, eventId, reason };
    case topicUnsubscriptionReasons.left:
      return { status: 'left', conversationId, eventId: null, reason };
    case topicUnsubscriptionReasons.expired:
      return { status: 'expired', conversationId, eventId, reason };
    default:
      return { status: 'removed', conversationId, eventId, reason };
  }
}

export const localExpiryReason = 'The wrap-up time ran out before the Agent Manager confirmed this wrap-up; it was not sent again.';

/**
 * Entries the server has expired: a `closeWrapup` past its wrap-up time (plus grace), and any entry
 * older than `maxAgeMs` with no answer (a live-chat wrap-up whose echo was missed, one sent with no
 * deadline): never sent forever.
 */
export function expiredEntries(entries: readonly OutboxEntry[], now: number, graceMs: number, maxAgeMs = Infinity): OutboxEntry[] {
  return entries.filter((e) => (e.event === 'closeWrapup' && e.expiresAt !== undefined && now > e.expiresAt + graceMs) || now - e.createdAt > maxAgeMs);
}

export interface DueOptions {
  now: number;
  ownerId: string;
  /** Send all of them (every reconnect), or these keys (resumed after a reload), or only overdue ones. */
  force: boolean | ReadonlySet<string>;
  confirmTimeoutMs: number;
  random: () => number;
}

/** Whether another tab holds the entry's lease. */
export const leasedElsewhere = (entry: OutboxEntry, ownerId: string, now: number): boolean =>
  !!entry.lease && entry.lease.owner !== ownerId && entry.lease.until > now;

/** Entries to send now: never sent, overdue for a confirmation (with backoff), or forced; never one another tab holds. */
export function dueEntries(entries: readonly OutboxEntry[], { now, ownerId, force, confirmTimeoutMs, random }: DueOptions): OutboxEntry[] {
  return entries.filter((entry) => {
    if (leasedElsewhere(entry, ownerId, now)) return false;
    if (force === true || (force instanceof Set && force.has(entry.key))) return true;
    if (entry.lastSentAt === undefined) return true;
    return now - entry.lastSentAt >= confirmTimeoutMs + backoffDelay(entry.attempts - 1, { baseMs: confirmTimeoutMs, maxMs: 60_000, random });
  });
}

/** What one Agent Manager answer settles: outcomes for entries, and whether it closes the conversation. */
export interface Settlement {
  settled: Array<{ entry: OutboxEntry; outcome: OutboxOutcome }>;
  /** Set for `topicUnsubscription`: the conversation's wrap-up is over, with this outcome. */
  closed?: OutboxOutcome | undefined;
}

/** The entries an event answers, each with its outcome. Entries of other conversations or events are untouched. */
export function settle(event: AgentManagerEvent, entries: readonly OutboxEntry[]): Settlement {
  switch (event.name) {
    case 'topicUnsubscription': {
      const conv = event.payload.conversationId;
      const settled = entries
        .filter((e) => e.conversationId === conv)
        .map((entry) => ({
          entry,
          outcome:
            entry.event === 'closeWrapup'
              ? outcomeFromUnsubscription(event.payload, entry.eventId)
              : ({ status: 'removed', conversationId: conv, eventId: entry.eventId, reason: event.payload.reason ?? 'UNSUBSCRIBED' } as const),
        }));
      const own = settled.find((s) => s.entry.event === 'closeWrapup');
      return { settled, closed: own ? own.outcome : outcomeFromUnsubscription(event.payload, null) };
    }
    case 'onCimEvent': {
      const id = cimEventId(event.payload.cimEvent);
      if (id === undefined) return { settled: [] };
      return {
        settled: entries
          .filter((e) => e.event === 'publishCimEvent' && e.eventId === id)
          .map((entry) => ({ entry, outcome: { status: 'applied', conversationId: entry.conversationId, eventId: entry.eventId } as const })),
      };
    }
    case 'wrapupError': {
      const { eventId, conversationId, message, path } = event.payload;
      const error = new WrapUpError('INVALID_PAYLOAD', `The Agent Manager refused the wrap-up: ${message}`, { path: path ?? [] });
      return {
        settled: entries
          .filter(
            (e) =>
              (eventId ? e.eventId === eventId : e.eventId === null && e.conversationId === conversationId) &&
              (!event.payload.event || event.payload.event === e.event),
          )
          .map((entry) => ({
            entry,
            outcome: { status: 'rejected', conversationId: entry.conversationId, eventId: entry.eventId, reason: message, error } as const,
          })),
      };
    }
    default:
      return { settled: [] };
  }
}
