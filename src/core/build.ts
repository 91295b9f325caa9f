import {
  assertRoleMayWrapUp,
  badOption,
  checkRules,
  normalizeWrapUp,
  parseWrapUpContext,
  type WrapUp,
  type WrapUpContext,
  type WrapUpContextInput,
  type WrapUpInput,
  type WrapUpRules,
} from './context';
import { describeValue, WrapUpError } from './errors';
import type {
  ChannelSession,
  CimEvent,
  CloseWrapupPayload,
  PublishCimEventPayload,
  Sender,
  TopicUnsubscriptionRequest,
  WrapUpMessageBody,
} from './schemas';

/** The two wire layouts (DESIGN.md): the live 2024 AgentDesk's, or the retired one of the event page. */
export const wireFormats = ['agentdesk', 'documented'] as const;
export type WireFormat = (typeof wireFormats)[number];

export interface BuildOptions extends WrapUpRules {
  /** `'agentdesk'` (default): what every Agent Manager that knows closeWrapup receives. `'documented'`: the event page's layout. */
  format?: WireFormat | undefined;
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
  /** Id factory for the event and message ids; default `crypto.randomUUID`. */
  newId?: () => string;
}

/** Keys the AgentDesk UI adds to a channel session and strips before sending. VERIFIED [S2]. */
const uiOnlyChannelSessionKeys = ['webChannelData', 'isChecked', 'isDisabled'] as const;

/** A value for an options message: strings quoted as JSON, anything else described (never throws). */
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : describeValue(value));

function defaultNewId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (!c?.randomUUID) {
    throw badOption(
      'newId',
      'is needed: crypto.randomUUID is not available in this runtime (browsers have it only in a secure context, Node from 19).',
    );
  }
  return c.randomUUID();
}

interface ResolvedOptions {
  format: WireFormat;
  now: () => number;
  newId: () => string;
  rules: WrapUpRules;
}

function resolveOptions(options: BuildOptions | undefined): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new WrapUpError('INVALID_OPTIONS', 'options must be an object such as { format: "agentdesk" }, or left out.', { path: [] });
  }
  let format: unknown, now: unknown, newId: unknown;
  try {
    ({ format = 'agentdesk', now = Date.now, newId = defaultNewId } = (options ?? {}) as Record<string, unknown>);
  } catch (cause) {
    throw new WrapUpError('INVALID_OPTIONS', 'options could not be read (a getter or Proxy threw); pass a plain object.', { path: [], cause });
  }
  if (!wireFormats.includes(format as WireFormat)) {
    throw badOption(
      'format',
      `is ${shown(format)}: use "agentdesk" (the live AgentDesk layout, default) or "documented" (the event page's layout).`,
    );
  }
  if (typeof now !== 'function') throw badOption('now', `must be a function; got ${typeof now}.`);
  if (typeof newId !== 'function') throw badOption('newId', `must be a function; got ${typeof newId}.`);
  const rules = checkRules(options);
  return { format: format as WireFormat, now: now as () => number, newId: newId as () => string, rules };
}

/** Calls a clock or id factory the caller passed; what it throws becomes INVALID_OPTIONS at its name. */
function call(fn: () => unknown, key: 'now' | 'newId'): unknown {
  try {
    return fn();
  } catch (cause) {
    throw new WrapUpError('INVALID_OPTIONS', `options.${key}() threw: ${cause instanceof Error ? cause.message : describeValue(cause)}.`, { path: [key], cause });
  }
}

function time(now: () => number): number {
  const t = call(now, 'now');
  if (typeof t !== 'number' || !Number.isFinite(t)) {
    throw badOption('now', `() returned ${typeof t === 'number' ? String(t) : describeValue(t)}; it must return epoch milliseconds.`);
  }
  return t;
}

function mintId(newId: () => string): string {
  const value = call(newId, 'newId');
  if (typeof value !== 'string' || value === '') {
    throw badOption('newId', `() returned ${shown(value)}; it must return a non-empty string.`);
  }
  return value;
}

/** Drops `undefined` values so the built object equals its JSON form. */
function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function sanitizedChannelSession(session: ChannelSession): ChannelSession {
  const copy: Record<string, unknown> = { ...session };
  for (const key of uiOnlyChannelSessionKeys) delete copy[key];
  return copy as ChannelSession;
}

/** The small `Sender` the 2024 AgentDesk puts in the header. VERIFIED [S2]. */
export function agentSender(context: WrapUpContext): Sender {
  const user = context.participant.participant.keycloakUser;
  return {
    id: user.id,
    senderName: user.username,
    type: 'AGENT',
    // null stays null, as the AgentDesk sends it; an absent name stays absent
    additionalDetail: defined({ firstName: user.firstName, lastName: user.lastName }),
  };
}

function wrapUpBody(wrapUp: WrapUp): WrapUpMessageBody {
  return { type: 'WRAPUP', markdownText: '', wrapups: wrapUp.wrapups.map((w) => ({ ...w })), note: wrapUp.note };
}

function buildCimEvent(context: WrapUpContext, wrapUp: WrapUp, opts: ResolvedOptions): CimEvent {
  const timestamp = time(opts.now);
  const eventId = mintId(opts.newId);
  const messageId = mintId(opts.newId);
  const channelSession = sanitizedChannelSession(context.channelSession);
  const body = wrapUpBody(wrapUp);

  if (opts.format === 'documented') {
    const channelData = channelSession.channelData;
    if (!channelData) {
      throw new WrapUpError(
        'INVALID_CONTEXT',
        'context.channelSession.channelData is missing; the "documented" layout carries it in the header. Pass the channel session from onTopicData, or use format "agentdesk".',
        { path: ['channelSession', 'channelData'] },
      );
    }
    return {
      id: eventId,
      name: 'AGENT_MESSAGE',
      type: 'MESSAGE',
      timestamp,
      data: {
        id: messageId,
        header: { timestamp, sender: context.participant, channelSession, channelData },
        body,
      },
    };
  }

  const sender = agentSender(context);
  const { conversationId, roomInfo } = context;
  return {
    id: eventId,
    name: 'AGENT_MESSAGE',
    type: 'MESSAGE',
    timestamp,
    conversationId,
    roomInfo,
    data: {
      id: messageId,
      header: defined({
        timestamp,
        sender,
        intent: null,
        channelData: channelSession.channelData,
        conversationId,
        roomId: roomInfo.id,
        channelSessionId: channelSession.id,
        customer: context.customer ?? channelSession.customer,
      }),
      body,
    },
    channelSession,
    eventEmitter: sender,
  };
}

function prepare(context: unknown, options: BuildOptions | undefined) {
  // options first: a bad option is reported even when the context is bad too
  const opts = resolveOptions(options);
  const ctx = parseWrapUpContext(context);
  assertRoleMayWrapUp(ctx);
  return { ctx, opts };
}

/**
 * Builds the `closeWrapup` payload for the post-conversation wrap-up phase.
 * `wrapUp` is `{ wrapups: [{ categoryName, value }], note }`; `null` is "Leave Without Wrap-Up"
 * (`cimEvent: null`). Pure: the same inputs, clock and id factory give the same payload, and no
 * input is mutated. Throws `WrapUpError` naming the bad field.
 */
export function buildCloseWrapup(context: WrapUpContextInput, wrapUp: WrapUpInput | null, options?: BuildOptions): CloseWrapupPayload;
export function buildCloseWrapup(context: unknown, wrapUp: unknown, options?: BuildOptions): CloseWrapupPayload {
  const { ctx, opts } = prepare(context, options);
  const cimEvent = wrapUp === null ? null : buildCimEvent(ctx, normalizeWrapUp(wrapUp as WrapUpInput, opts.rules), opts);
  const agentId = ctx.participant.participant.id;
  if (opts.format === 'documented') {
    return structuredClone({ cimEvent, agentId, conversationId: ctx.conversationId, roomInfo: ctx.roomInfo });
  }
  return structuredClone({ cimEvent, roomInfo: ctx.roomInfo, conversationId: ctx.conversationId, agentId });
}

/**
 * Builds the `publishCimEvent` payload for a wrap-up applied while the chat is still active
 * ("Apply" in the AgentDesk). Same CimEvent as `buildCloseWrapup`; never null.
 */
export function buildPublishWrapup(context: WrapUpContextInput, wrapUp: WrapUpInput, options?: BuildOptions): PublishCimEventPayload;
export function buildPublishWrapup(context: unknown, wrapUp: unknown, options?: BuildOptions): PublishCimEventPayload {
  const { ctx, opts } = prepare(context, options);
  if (wrapUp === null) {
    throw new WrapUpError(
      'EMPTY_WRAPUP',
      'buildPublishWrapup needs a wrap-up; null ("leave without wrap-up") only exists in the timed phase. Use buildCloseWrapup(context, null).',
      { path: [] },
    );
  }
  const cimEvent = buildCimEvent(ctx, normalizeWrapUp(wrapUp as WrapUpInput, opts.rules), opts);
  return structuredClone({
    cimEvent,
    agentId: ctx.participant.participant.id,
    conversationId: ctx.conversationId,
    roomInfo: ctx.roomInfo,
  });
}

/** The `topicUnsubscription` request the desk emits when the agent leaves (which starts the timed phase). */
export function buildTopicUnsubscription(context: WrapUpContextInput): TopicUnsubscriptionRequest;
export function buildTopicUnsubscription(context: unknown): TopicUnsubscriptionRequest {
  const ctx = parseWrapUpContext(context);
  return structuredClone({
    conversationId: ctx.conversationId,
    agentId: ctx.participant.participant.id,
    roomInfo: ctx.roomInfo,
  });
}
