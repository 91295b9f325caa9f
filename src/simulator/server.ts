/**
 * The Agent Manager side of protocol.md §b on a real socket.io server, plus the Unified Admin
 * form endpoints and an HTTP relay, all on one 127.0.0.1 port. Node only.
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket as NetSocket } from 'node:net';
import { Server, type DefaultEventsMap, type Socket } from 'socket.io';
import { z } from 'zod';
import {
  buildPublishWrapup,
  closeWrapupPayloadSchema,
  normalizeWrapUpForm,
  publishCimEventPayloadSchema,
  topicUnsubscriptionReasons,
  topicUnsubscriptionRequestSchema,
  type RoomInfo,
  type WrapUpErrorPath,
} from '../core';
import { fromZodError } from '../core/errors';
import { realisticWrapUpForm, toFormV1, toFormV2, type UnifiedAdminFormV1, type UnifiedAdminFormV2 } from './forms';
import { seedConversations, type SeededConversation } from './seed';
import type {
  AgentManagerSimulator,
  ConversationStatus,
  EmittedEvent,
  ReceivedEvent,
  SimulatorOptions,
  SimulatorRequestName,
} from './types';
import { isUnifiedAdminError, paginatedForm, wrapUpSearch, type QueryParams } from './unified-admin';

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const requestNames: readonly SimulatorRequestName[] = ['closeWrapup', 'publishCimEvent', 'topicUnsubscription'];

interface ClientToServerEvents {
  closeWrapup: (payload: unknown) => void;
  publishCimEvent: (payload: unknown) => void;
  topicUnsubscription: (payload: unknown) => void;
}
interface SocketData {
  agentId?: string;
  username?: string;
}
type IoServer = Server<ClientToServerEvents, DefaultEventsMap, DefaultEventsMap, SocketData>;
type IoSocket = Socket<ClientToServerEvents, DefaultEventsMap, DefaultEventsMap, SocketData>;

/** Where answers go: the agent's room (`agent:<id>`), else the one socket that asked. */
interface Target {
  agentId?: string;
  socketId?: string;
}

interface ConversationState extends Target {
  conversationId: string;
  roomInfo: RoomInfo;
  phase: ConversationStatus['phase'];
  reason?: string;
  seed?: SeededConversation;
  /** The seeded chat was delivered (once: the Agent Manager sends each message once). */
  chatSent?: boolean;
  endsAt?: number;
  timer?: ReturnType<typeof setTimeout>;
}

type Outcome = { ok: true } | { ok: false; path: WrapUpErrorPath; message: string };

interface Instance {
  server: HttpServer;
  io: IoServer;
  connections: Set<NetSocket>;
}

const agentRoom = (agentId: string) => `agent:${agentId}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const AUTH_HINT =
  'Connect with io(url, { auth: { agent: <the cached CC user, an object or its JSON string, with id or keycloakUser.id> }, query: { username } }), or start the simulator with requireAuth: false.';

/** Reads the agent id out of `auth.agent`: `undefined` when absent, an `Error` when malformed. */
function agentIdFromAuth(agent: unknown): string | undefined | Error {
  if (agent === undefined || agent === null || agent === '') return undefined;
  let value: unknown = agent;
  if (typeof agent === 'string') {
    try {
      value = JSON.parse(agent) as unknown;
    } catch {
      return new Error(`Agent Manager simulator: handshake auth.agent is a string but not JSON. ${AUTH_HINT}`);
    }
  }
  if (!isRecord(value)) return new Error(`Agent Manager simulator: handshake auth.agent must be an object. ${AUTH_HINT}`);
  const keycloak = isRecord(value.keycloakUser) ? value.keycloakUser : undefined;
  const id = nonEmptyString(value.id) ?? nonEmptyString(keycloak?.id);
  if (!id) return new Error(`Agent Manager simulator: handshake auth.agent has no id (nor keycloakUser.id). ${AUTH_HINT}`);
  return id;
}

function checkOptions(options: SimulatorOptions) {
  const { port = 0, wrapUpSeconds = 60, requireAuth = true, random = Math.random } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`startAgentManagerSimulator: port must be a whole number 0–65535 (0 = a free port); got ${String(port)}.`);
  }
  if (typeof wrapUpSeconds !== 'number' || !Number.isFinite(wrapUpSeconds) || wrapUpSeconds <= 0) {
    throw new RangeError(`startAgentManagerSimulator: wrapUpSeconds must be a positive number of seconds; got ${String(wrapUpSeconds)}.`);
  }
  if (typeof random !== 'function') throw new TypeError('startAgentManagerSimulator: random must be a function returning [0, 1).');
  const formV1 = toFormV1(options.form ?? realisticWrapUpForm());
  normalizeWrapUpForm(formV1); // throws WrapUpError('INVALID_FORM') naming the field
  return { port, wrapUpSeconds, requireAuth, random, formV1, formV2: toFormV2(formV1) };
}

/**
 * Starts an Agent Manager + Unified Admin simulator on 127.0.0.1 (socket.io and HTTP on one port).
 *
 * Socket.io, as the Agent Manager (protocol.md §b): the handshake needs `auth.agent`; each socket
 * joins `agent:<agentId>` and every answer goes to that room. On connect the socket receives
 * `onTopicData` `{ topicData: { conversationId, roomInfo, topicParticipant, channelSession, customer } }`
 * for each of its seeded conversations that is not closed (a simulator shape), followed by
 * `wrapupTimerStarted` with the remaining seconds for one already in wrap-up.
 * `topicUnsubscription` → `wrapupTimerStarted`, then `topicUnsubscription` (reason
 * `wrap Up Timer Expired`) when the timer runs out; `closeWrapup` → `topicUnsubscription`
 * (`Wrap Up applied` / `choosing leave without Wrap Up`); `publishCimEvent` → `onCimEvent` echo;
 * anything refused → `wrapupError` `{ task, conversationId, event, eventId, statusCode: 400, path, message }`.
 *
 * HTTP: `GET /unified-admin/forms/:id` (`?shape=v2`), `GET /unified-admin/forms?formId=a,b`,
 * `GET /unified-admin/forms/paginatedForm/:id`, `GET /unified-admin/wrapupSearch/:id`,
 * `POST /relay/:eventName` + `GET /relay/events?agentId=&after=`, and the dev endpoints
 * `GET /__simulator/received`, `GET /__simulator/conversations`, `POST /__simulator/restart`,
 * `POST /__simulator/faults`. Every response allows any origin (CORS `*`).
 */
export async function startAgentManagerSimulator(options: SimulatorOptions = {}): Promise<AgentManagerSimulator> {
  const opts = checkOptions(options);
  const received: ReceivedEvent[] = [];
  const conversations = new Map<string, ConversationState>();
  const agentLogs = new Map<string, EmittedEvent[]>();
  const delayed = new Set<ReturnType<typeof setTimeout>>();
  const faults = { dropNext: 0, dropRate: 0, delayMs: 0 };
  const seeded = seedConversations(options.conversations);
  let current: Instance | undefined;
  let port = opts.port;
  let closed = false;
  let lifecycle: Promise<unknown> = Promise.resolve();

  // ---------------------------------------------------------------- state and emission

  for (const seed of seeded) {
    const conversation: ConversationState = {
      conversationId: seed.conversationId,
      roomInfo: seed.context.roomInfo,
      agentId: seed.agentId,
      phase: 'active',
      seed,
    };
    conversations.set(seed.conversationId, conversation);
    if (seed.phase === 'wrapup') enterWrapUp(conversation, conversation);
  }

  function agentLog(agentId: string): EmittedEvent[] {
    let log = agentLogs.get(agentId);
    if (!log) agentLogs.set(agentId, (log = []));
    return log;
  }

  function emit(target: Target, name: string, payload: unknown): void {
    if (closed) return;
    if (target.agentId) {
      agentLog(target.agentId).push({ name, payload });
      current?.io.to(agentRoom(target.agentId)).emit(name, payload);
    } else if (target.socketId) {
      current?.io.to(target.socketId).emit(name, payload);
    }
  }

  /** Emits a confirmation through the fault injector. */
  function confirm(target: Target, name: string, payload: unknown): void {
    if (faults.dropNext > 0) {
      faults.dropNext -= 1;
      return;
    }
    if (faults.dropRate > 0 && opts.random() < faults.dropRate) return;
    if (faults.delayMs > 0) {
      const timer = setTimeout(() => {
        delayed.delete(timer);
        emit(target, name, payload);
      }, faults.delayMs);
      delayed.add(timer);
      return;
    }
    emit(target, name, payload);
  }

  function remainingSeconds(conversation: ConversationState): number {
    const left = Math.max(0, ((conversation.endsAt ?? Date.now()) - Date.now()) / 1000);
    return Number.isInteger(opts.wrapUpSeconds) ? Math.ceil(left) : Math.round(left * 1000) / 1000;
  }

  function timerStarted(conversation: ConversationState, duration: number) {
    const { conversationId, roomInfo } = conversation;
    return { task: 'wrapupTimerStarted', duration, conversationId, roomInfo, statusCode: 200 };
  }

  function enterWrapUp(conversation: ConversationState, target: Target): void {
    conversation.phase = 'wrapup';
    conversation.endsAt = Date.now() + opts.wrapUpSeconds * 1000;
    conversation.timer = setTimeout(() => {
      conversation.timer = undefined;
      if (conversation.phase !== 'wrapup') return;
      closeConversation(conversation, topicUnsubscriptionReasons.expired, conversation);
    }, opts.wrapUpSeconds * 1000);
    emit(target, 'wrapupTimerStarted', timerStarted(conversation, opts.wrapUpSeconds));
  }

  function unsubscribed(conversation: ConversationState) {
    const { conversationId, roomInfo, reason } = conversation;
    return { task: 'topicUnsubscription', conversationId, roomInfo, statusCode: 200, reason };
  }

  function closeConversation(conversation: ConversationState, reason: string, target: Target): void {
    if (conversation.timer) clearTimeout(conversation.timer);
    conversation.timer = undefined;
    conversation.endsAt = undefined;
    conversation.phase = 'closed';
    conversation.reason = reason;
    confirm(target, 'topicUnsubscription', unsubscribed(conversation));
  }

  function conversationFor(conversationId: string, roomInfo: RoomInfo, target: Target, phase: ConversationStatus['phase']): ConversationState {
    let conversation = conversations.get(conversationId);
    if (!conversation) {
      conversation = { conversationId, roomInfo, phase, ...target };
      conversations.set(conversationId, conversation);
    } else if (!conversation.agentId && !conversation.socketId) {
      Object.assign(conversation, target);
    }
    return conversation;
  }

  // ---------------------------------------------------------------- the three requests

  interface Origin extends Target {
    via: ReceivedEvent['via'];
  }

  function handleRequest(event: SimulatorRequestName, payload: unknown, origin: Origin): Outcome {
    const body = isRecord(payload) ? payload : {};
    const cimEvent = isRecord(body.cimEvent) ? body.cimEvent : undefined;
    const eventId = nonEmptyString(cimEvent?.id) ?? null;
    const conversationId = nonEmptyString(body.conversationId);
    const agentId = origin.agentId ?? nonEmptyString(body.agentId);
    const target: Target = agentId ? { agentId } : { socketId: origin.socketId };

    const record = (valid: boolean, duplicate: boolean, error?: ReceivedEvent['error']) => {
      received.push({
        event,
        payload,
        valid,
        ...(error ? { error } : {}),
        duplicate,
        at: Date.now(),
        ...(agentId ? { agentId } : {}),
        eventId,
        ...(conversationId ? { conversationId } : {}),
        via: origin.via,
      });
    };
    const refuse = (path: WrapUpErrorPath, message: string): Outcome => {
      record(false, false, { path, message });
      emit(target, 'wrapupError', {
        task: 'wrapupError',
        conversationId: conversationId ?? '',
        event,
        eventId,
        statusCode: 400,
        path,
        message,
      });
      return { ok: false, path, message };
    };
    const accept = (duplicate = false): Outcome => {
      record(true, duplicate);
      return { ok: true };
    };

    if (event === 'topicUnsubscription') {
      const parsed = topicUnsubscriptionRequestSchema.safeParse(payload);
      if (!parsed.success) {
        const error = fromZodError('INVALID_PAYLOAD', event, parsed.error, payload, 'Send { conversationId, agentId, roomInfo }.');
        return refuse(error.path, error.message);
      }
      const conversation = conversationFor(parsed.data.conversationId, parsed.data.roomInfo, target, 'active');
      if (conversation.phase === 'closed') {
        accept(true);
        confirm(target, 'topicUnsubscription', unsubscribed(conversation));
      } else if (conversation.phase === 'wrapup') {
        accept(true);
        emit(target, 'wrapupTimerStarted', timerStarted(conversation, remainingSeconds(conversation)));
      } else {
        accept();
        enterWrapUp(conversation, target);
      }
      return { ok: true };
    }

    if (event === 'closeWrapup') {
      const parsed = closeWrapupPayloadSchema.safeParse(payload);
      if (!parsed.success) {
        const error = fromZodError(
          'INVALID_PAYLOAD',
          event,
          parsed.error,
          payload,
          'Send { cimEvent: <a WRAPUP CimEvent> | null, roomInfo, conversationId, agentId } (buildCloseWrapup builds it).',
        );
        return refuse(error.path, error.message);
      }
      const { data } = parsed;
      const bodyType = data.cimEvent?.data.body.type;
      if (data.cimEvent && bodyType !== 'WRAPUP') {
        return refuse(
          ['cimEvent', 'data', 'body', 'type'],
          `closeWrapup.cimEvent.data.body.type is "${bodyType}": closeWrapup carries a WRAPUP body ({ type: 'WRAPUP', markdownText: '', wrapups: [{ categoryName, value }], note }), or cimEvent: null to leave without wrap-up. Send other messages with publishCimEvent.`,
        );
      }
      const conversation = conversationFor(data.conversationId, data.roomInfo, target, 'wrapup');
      if (conversation.phase === 'active') {
        return refuse(
          ['conversationId'],
          `closeWrapup for conversation ${data.conversationId}, which is still active: closeWrapup only ends the wrap-up phase. Emit topicUnsubscription first (the agent leaves, which starts the timer), or apply the wrap-up during the chat with publishCimEvent (buildPublishWrapup).`,
        );
      }
      if (conversation.phase === 'closed') {
        accept(true);
        confirm(target, 'topicUnsubscription', unsubscribed(conversation));
        return { ok: true };
      }
      accept();
      closeConversation(conversation, data.cimEvent ? topicUnsubscriptionReasons.applied : topicUnsubscriptionReasons.left, target);
      return { ok: true };
    }

    // publishCimEvent
    const parsed = publishCimEventPayloadSchema.safeParse(payload);
    if (!parsed.success) {
      const error = fromZodError(
        'INVALID_PAYLOAD',
        event,
        parsed.error,
        payload,
        'Send { cimEvent, agentId, conversationId, roomInfo } (buildPublishWrapup builds a wrap-up one).',
      );
      return refuse(error.path, error.message);
    }
    const { data } = parsed;
    const duplicate = received.some(
      (r) => r.valid && r.event === 'publishCimEvent' && r.eventId === data.cimEvent.id && r.conversationId === data.conversationId,
    );
    const conversation = conversationFor(data.conversationId, data.roomInfo, target, 'active');
    if (conversation.phase === 'closed' && !duplicate) {
      return refuse(
        ['conversationId'],
        `publishCimEvent for conversation ${data.conversationId}, which is closed (${conversation.reason ?? 'no reason'}): the agent is no longer in it.`,
      );
    }
    accept(duplicate);
    confirm(target, 'onCimEvent', {
      cimEvent: JSON.stringify(data.cimEvent),
      conversationId: data.conversationId,
      roomInfo: data.roomInfo,
    });
    return { ok: true };
  }

  // ---------------------------------------------------------------- socket.io

  function topicData(conversation: ConversationState) {
    const context = structuredClone(conversation.seed!.context);
    return {
      topicData: {
        conversationId: context.conversationId,
        roomInfo: context.roomInfo,
        topicParticipant: context.participant,
        channelSession: context.channelSession,
        customer: context.customer,
      },
    };
  }

  /**
   * The seeded chat (`SeedConversation.chat`), once, as `onCimEvent`: PLAIN messages from the
   * customer or the agent, with deterministic ids (what the desk's session store collects for
   * suggested reasons).
   */
  function sendChat(socket: IoSocket, conversation: ConversationState): void {
    const seed = conversation.seed;
    if (!seed || seed.chat.length === 0 || conversation.chatSent) return;
    conversation.chatSent = true;
    const start = (seed.context.participant.joiningTime ?? Date.now()) + 1_000;
    seed.chat.forEach((message, i) => {
      const cimEvent = buildPublishWrapup(seed.context, { wrapups: [], note: '-' }, { now: () => start + i * 30_000, newId: () => `${seed.conversationId}-chat-${i + 1}` }).cimEvent;
      const data = cimEvent.data as unknown as { header: { sender: Record<string, unknown> }; body: unknown };
      data.header.sender = { ...data.header.sender, type: message.from === 'customer' ? 'CUSTOMER' : 'AGENT' };
      data.body = { type: 'PLAIN', markdownText: message.text };
      socket.emit('onCimEvent', { cimEvent: JSON.stringify(cimEvent), conversationId: seed.conversationId, roomInfo: seed.context.roomInfo });
    });
  }

  function onConnection(socket: IoSocket): void {
    const { agentId } = socket.data;
    if (agentId) void socket.join(agentRoom(agentId));
    for (const conversation of conversations.values()) {
      if (!conversation.seed || conversation.agentId !== agentId || conversation.phase === 'closed') continue;
      socket.emit('onTopicData', topicData(conversation));
      sendChat(socket, conversation);
      if (conversation.phase === 'wrapup') socket.emit('wrapupTimerStarted', timerStarted(conversation, remainingSeconds(conversation)));
    }
    for (const name of requestNames) {
      socket.on(name, (payload: unknown) => {
        let id = socket.data.agentId;
        if (!id && isRecord(payload) && nonEmptyString(payload.agentId)) {
          id = socket.data.agentId = payload.agentId as string;
          void socket.join(agentRoom(id));
        }
        handleRequest(name, payload, { agentId: id, socketId: socket.id, via: 'socket' });
      });
    }
  }

  function authenticate(socket: IoSocket, next: (error?: Error) => void): void {
    const auth: unknown = socket.handshake.auth;
    const agentId = agentIdFromAuth(isRecord(auth) ? auth.agent : undefined);
    if (agentId instanceof Error) return next(agentId);
    if (!agentId && opts.requireAuth) {
      return next(new Error(`Agent Manager simulator: the handshake has no auth.agent, so the agent is unknown. ${AUTH_HINT}`));
    }
    const username = socket.handshake.query.username;
    socket.data.agentId = agentId;
    socket.data.username = typeof username === 'string' ? username : undefined;
    next();
  }

  // ---------------------------------------------------------------- HTTP

  function send(res: ServerResponse, status: number, body: unknown): void {
    if (res.headersSent) return;
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  }

  function afterResponse(res: ServerResponse, action: () => void): void {
    res.once('finish', () => setImmediate(action));
  }

  async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; status: number; message: string }> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return { ok: false, status: 413, message: `the body is larger than ${MAX_BODY_BYTES} bytes.` };
      chunks.push(chunk);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      return { ok: false, status: 400, message: `the body is not JSON (${(error as Error).message}): send the payload as application/json.` };
    }
  }

  const faultsBodySchema = z.strictObject({
    dropNextConfirmations: z.number().int().nonnegative().optional(),
    dropRate: z.number().min(0).max(1).optional(),
    delayMs: z.number().nonnegative().optional(),
    disconnectAll: z.boolean().optional(),
  });

  function formsFor(id: string): { v1: UnifiedAdminFormV1; v2: UnifiedAdminFormV2 } | undefined {
    return id === opts.formV1.id ? { v1: opts.formV1, v2: opts.formV2 } : undefined;
  }

  function shaped(url: URL, forms: { v1: UnifiedAdminFormV1; v2: UnifiedAdminFormV2 }): unknown {
    return structuredClone(url.searchParams.get('shape') === 'v2' ? forms.v2 : forms.v1);
  }

  const unknownForm = (id: string) => ({
    message: `No form with id "${id}". The wrap-up form's id is ${opts.formV1.id} (WRAPUP_FORM_ID).`,
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    const method = req.method ?? 'GET';
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const params: QueryParams = Object.fromEntries(url.searchParams);
    const get = method === 'GET' || method === 'HEAD';

    if (parts.length === 0 && get) {
      return send(res, 200, {
        name: 'agent-desk-wrapup Agent Manager simulator',
        socketIo: `${origin()}/socket.io`,
        unifiedAdmin: `${origin()}/unified-admin/forms/${opts.formV1.id}`,
        relay: `${origin()}/relay`,
        received: `${origin()}/__simulator/received`,
        conversations: `${origin()}/__simulator/conversations`,
      });
    }

    if (parts[0] === '__simulator') {
      if (parts[1] === 'received' && get) return send(res, 200, received);
      if (parts[1] === 'conversations' && get) return send(res, 200, simulator.contexts());
      if (parts[1] === 'restart' && method === 'POST') {
        afterResponse(res, () => {
          simulator.restart().catch((error: unknown) => console.error('[agent-manager simulator] restart failed:', error));
        });
        return send(res, 202, { ok: true });
      }
      if (parts[1] === 'faults' && method === 'POST') {
        const body = await readJson(req);
        if (!body.ok) return send(res, body.status, { ok: false, path: [], message: body.message });
        const parsed = faultsBodySchema.safeParse(body.value);
        if (!parsed.success) {
          const error = fromZodError('INVALID_PAYLOAD', 'faults', parsed.error, body.value, 'Send { dropNextConfirmations?, dropRate?, delayMs?, disconnectAll? }.');
          return send(res, 400, { ok: false, path: error.path, message: error.message });
        }
        const f = parsed.data;
        if (f.dropNextConfirmations !== undefined) simulator.faults.dropNextConfirmations(f.dropNextConfirmations);
        if (f.dropRate !== undefined) simulator.faults.setDropRate(f.dropRate);
        if (f.delayMs !== undefined) simulator.faults.setDelay(f.delayMs);
        if (f.disconnectAll) afterResponse(res, () => simulator.faults.disconnectAll());
        return send(res, 200, {
          ok: true,
          faults: { dropNextConfirmations: faults.dropNext, dropRate: faults.dropRate, delayMs: faults.delayMs },
        });
      }
    }

    if (parts[0] === 'unified-admin' && get) {
      if (parts[1] === 'forms' && parts[2] === 'paginatedForm' && parts.length === 4) {
        const forms = formsFor(parts[3]!);
        if (!forms) return send(res, 404, unknownForm(parts[3]!));
        const page = paginatedForm(forms.v1, params);
        return isUnifiedAdminError(page) ? send(res, page.status, { message: page.message }) : send(res, 200, page);
      }
      if (parts[1] === 'wrapupSearch' && parts.length === 3) {
        const forms = formsFor(parts[2]!);
        if (!forms) return send(res, 404, unknownForm(parts[2]!));
        const page = wrapUpSearch(forms.v1, params);
        return isUnifiedAdminError(page) ? send(res, page.status, { message: page.message }) : send(res, 200, page);
      }
      if (parts[1] === 'forms' && parts.length === 3) {
        const forms = formsFor(parts[2]!);
        return forms ? send(res, 200, shaped(url, forms)) : send(res, 404, unknownForm(parts[2]!));
      }
      if (parts[1] === 'forms' && parts.length === 2) {
        const ids = url.searchParams.get('formId');
        const wanted = ids ? ids.split(',').map((s) => s.trim()).filter(Boolean) : [opts.formV1.id];
        const list = wanted.map(formsFor).filter((f) => f !== undefined);
        return send(res, 200, list.map((f) => shaped(url, f)));
      }
    }

    if (parts[0] === 'relay') {
      if (parts[1] === 'events' && parts.length === 2 && get) {
        const agentId = url.searchParams.get('agentId');
        if (!agentId) return send(res, 400, { message: 'agentId is missing: GET /relay/events?agentId=<the agent id>&after=<cursor>.' });
        const after = url.searchParams.get('after') ?? '0';
        const from = Number(after);
        if (!Number.isInteger(from) || from < 0) {
          return send(res, 400, { message: `after is "${after}": pass the cursor of the previous answer (a whole number ≥ 0), or leave it out.` });
        }
        const log = agentLogs.get(agentId) ?? [];
        return send(res, 200, { events: log.slice(from), cursor: String(log.length) });
      }
      if (parts.length === 2 && method === 'POST') {
        const name = parts[1] as SimulatorRequestName;
        if (!requestNames.includes(name)) {
          return send(res, 404, { ok: false, path: [], message: `Unknown event "${parts[1]}": POST /relay/closeWrapup, /relay/publishCimEvent or /relay/topicUnsubscription.` });
        }
        const body = await readJson(req);
        if (!body.ok) return send(res, body.status, { ok: false, path: [], message: `${name}: ${body.message}` });
        const header = req.headers['x-agent-id'];
        const outcome = handleRequest(name, body.value, { agentId: nonEmptyString(Array.isArray(header) ? header[0] : header), via: 'relay' });
        return outcome.ok ? send(res, 202, { ok: true }) : send(res, 400, outcome);
      }
    }

    return send(res, 404, {
      message: `No route for ${method} ${url.pathname}. See GET / for the endpoints.`,
    });
  }

  function onRequest(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'content-type, x-agent-id',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    route(req, res).catch((error: unknown) => send(res, 500, { message: `simulator error: ${(error as Error).message}` }));
  }

  // ---------------------------------------------------------------- lifecycle

  const origin = () => `http://${HOST}:${port}`;

  async function listen(): Promise<Instance> {
    const server = createServer(onRequest);
    const connections = new Set<NetSocket>();
    server.on('connection', (socket) => {
      connections.add(socket);
      socket.once('close', () => connections.delete(socket));
    });
    const io: IoServer = new Server(server, { serveClient: false, cors: { origin: '*' } });
    io.use(authenticate);
    io.on('connection', onConnection);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
    port = (server.address() as AddressInfo).port;
    return { server, io, connections };
  }

  async function shutdown(instance: Instance): Promise<void> {
    const done = instance.io.close();
    for (const socket of instance.connections) socket.destroy();
    instance.server.closeAllConnections();
    await done;
  }

  function serially<T>(step: () => Promise<T>): Promise<T> {
    const next = lifecycle.then(step, step);
    lifecycle = next.catch(() => undefined);
    return next;
  }

  current = await listen();

  const simulator: AgentManagerSimulator = {
    get url() {
      return origin();
    },
    get port() {
      return port;
    },
    get unifiedAdminUrl() {
      return `${origin()}/unified-admin`;
    },
    get relayUrl() {
      return `${origin()}/relay`;
    },
    received,
    contexts: () => seeded.map((s) => structuredClone(s.context)),
    conversation(conversationId) {
      const conversation = conversations.get(conversationId);
      if (!conversation) return undefined;
      return { phase: conversation.phase, ...(conversation.reason === undefined ? {} : { reason: conversation.reason }) };
    },
    startWrapUp(conversationId) {
      const conversation = conversations.get(conversationId);
      if (!conversation) throw new Error(`startWrapUp: no conversation "${conversationId}". Known: ${[...conversations.keys()].join(', ') || 'none'}.`);
      if (conversation.phase === 'closed') throw new Error(`startWrapUp: conversation "${conversationId}" is already closed (${conversation.reason ?? ''}).`);
      if (conversation.phase === 'active') enterWrapUp(conversation, conversation);
    },
    faults: {
      dropNextConfirmations(n) {
        if (!Number.isInteger(n) || n < 0) throw new RangeError(`dropNextConfirmations: n must be a whole number ≥ 0; got ${String(n)}.`);
        faults.dropNext = n;
      },
      setDropRate(rate) {
        if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) throw new RangeError(`setDropRate: rate must be from 0 to 1; got ${String(rate)}.`);
        faults.dropRate = rate;
      },
      setDelay(ms) {
        if (typeof ms !== 'number' || !(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`setDelay: ms must be ≥ 0; got ${String(ms)}.`);
        faults.delayMs = ms;
      },
      disconnectAll() {
        for (const socket of current?.io.of('/').sockets.values() ?? []) socket.conn.close();
      },
    },
    restart: () =>
      serially(async () => {
        if (closed) throw new Error('restart: the simulator is closed.');
        const instance = current;
        current = undefined;
        if (instance) await shutdown(instance);
        current = await listen();
      }),
    close: () =>
      serially(async () => {
        if (closed) return;
        closed = true;
        for (const conversation of conversations.values()) {
          if (conversation.timer) clearTimeout(conversation.timer);
          conversation.timer = undefined;
        }
        for (const timer of delayed) clearTimeout(timer);
        delayed.clear();
        const instance = current;
        current = undefined;
        if (instance) await shutdown(instance);
      }),
  };
  return simulator;
}
