// The demo desk's state: the conversations the Agent Manager handed out (onTopicData), each with
// its phase, and a small fake chat. Pure: no React, no socket.
import { durationToMs, type WrapUpContextInput, type WrapUpEntry } from '../src/core';
import { transcriptFor, type ChatLine } from './transcript';

/**
 * active: chatting. leaving: topicUnsubscription sent, waiting for wrapupTimerStarted.
 * wrapup: the timed phase. closed: the Agent Manager took the agent off (topicUnsubscription).
 */
export type Phase = 'active' | 'leaving' | 'wrapup' | 'closed';

export interface Conversation {
  id: string;
  context: WrapUpContextInput;
  customerName: string;
  channel: string;
  phase: Phase;
  /** When the wrap-up time runs out (epoch ms), from the last wrapupTimerStarted. */
  deadline?: number;
  /** True once the timed phase started: the timed panel stays to show the outcome. */
  hadWrapUp: boolean;
  /** The topicUnsubscription reason it was closed with. */
  reason?: string;
  /** The last wrapupError about leaving. */
  error?: string;
  lines: ChatLine[];
}

export interface DeskState {
  order: string[];
  byId: Record<string, Conversation>;
  selectedId: string | null;
}

export type DeskAction =
  | { type: 'topic'; context: WrapUpContextInput }
  | { type: 'select'; id: string }
  | { type: 'leaving'; id: string }
  | { type: 'timerStarted'; id: string; deadline: number }
  | { type: 'closed'; id: string; reason: string }
  | { type: 'leaveRefused'; id: string; message: string }
  | { type: 'wrapUpMessage'; id: string; eventId?: string; wrapups: WrapUpEntry[]; note: string; at: number };

export const initialDesk: DeskState = { order: [], byId: {}, selectedId: null };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** The customer's display name, as the AgentDesk shows it. */
export function customerName(context: WrapUpContextInput): string {
  const data = context.channelSession.channelData;
  const fromChannel = [text(data?.customerFirstName), text(data?.customerLastName)].filter(Boolean).join(' ');
  return text(context.customer?.firstName) ?? text(context.channelSession.customer?.firstName) ?? (fromChannel || 'Unknown customer');
}

const channelNames: Record<string, string> = { webChannel: 'Web chat', whatsapp: 'WhatsApp', facebook: 'Facebook' };
export function channelName(context: WrapUpContextInput): string {
  const code = text(context.channelSession.channelData?.channelTypeCode);
  return code ? (channelNames[code] ?? code) : 'Chat';
}

/**
 * The wrap-up context out of an `onTopicData` payload: `{ topicData: { conversationId, roomInfo,
 * topicParticipant, channelSession, customer } }` (the simulator's shape; a JSON string is
 * accepted too). Undefined when it is not one.
 */
export function contextFromTopicData(payload: unknown): WrapUpContextInput | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  const topic = isRecord(value) && isRecord(value.topicData) ? value.topicData : undefined;
  if (!topic || !text(topic.conversationId) || !isRecord(topic.roomInfo) || !isRecord(topic.topicParticipant) || !isRecord(topic.channelSession)) return undefined;
  return {
    conversationId: topic.conversationId as string,
    roomInfo: topic.roomInfo,
    participant: topic.topicParticipant,
    channelSession: topic.channelSession,
    ...(isRecord(topic.customer) ? { customer: topic.customer } : {}),
  } as WrapUpContextInput;
}

/** The wrap-up in an `onCimEvent` echo (`cimEvent` is a JSON string), if its body is a WRAPUP. */
export function wrapUpFromCimEvent(cimEvent: unknown): { eventId?: string; wrapups: WrapUpEntry[]; note: string; at: number } | undefined {
  let value = cimEvent;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  const data = isRecord(value) && isRecord(value.data) ? value.data : undefined;
  const body = data && isRecord(data.body) ? data.body : undefined;
  if (!body || body.type !== 'WRAPUP' || !Array.isArray(body.wrapups)) return undefined;
  const wrapups = body.wrapups.filter((w): w is WrapUpEntry => isRecord(w) && typeof w.categoryName === 'string' && typeof w.value === 'string');
  const at = isRecord(value) && typeof value.timestamp === 'number' ? value.timestamp : Date.now();
  const eventId = isRecord(value) ? text(value.id) : undefined;
  return { ...(eventId ? { eventId } : {}), wrapups, note: typeof body.note === 'string' ? body.note : '', at };
}

/** The deadline (epoch ms) of a `wrapupTimerStarted` received at `now`. */
export const deadlineFrom = (duration: number | string, now: number): number => now + durationToMs(duration);

function update(state: DeskState, id: string, change: (c: Conversation) => Conversation): DeskState {
  const current = state.byId[id];
  return current ? { ...state, byId: { ...state.byId, [id]: change(current) } } : state;
}

const system = (text: string, at = Date.now()): ChatLine => ({ from: 'system', text, at });

export function deskReducer(state: DeskState, action: DeskAction): DeskState {
  switch (action.type) {
    case 'topic': {
      const { context } = action;
      const id = context.conversationId;
      const existing = state.byId[id];
      // the Agent Manager sends onTopicData again after every reconnect: keep what the desk knows
      const conversation: Conversation = existing
        ? { ...existing, context }
        : { id, context, customerName: customerName(context), channel: channelName(context), phase: 'active', hadWrapUp: false, lines: transcriptFor(context, customerName(context)) };
      return {
        order: existing ? state.order : [...state.order, id],
        byId: { ...state.byId, [id]: conversation },
        selectedId: state.selectedId ?? id,
      };
    }
    case 'select':
      return state.byId[action.id] ? { ...state, selectedId: action.id } : state;
    case 'leaving':
      return update(state, action.id, (c) => (c.phase === 'active' ? { ...c, phase: 'leaving', error: undefined } : c));
    case 'timerStarted':
      return update(state, action.id, (c) =>
        c.phase === 'closed'
          ? c
          : {
              ...c,
              phase: 'wrapup',
              deadline: action.deadline,
              hadWrapUp: true,
              error: undefined,
              lines: c.phase === 'wrapup' ? c.lines : [...c.lines, system('You left the conversation. Wrap-up time started.')],
            },
      );
    case 'closed':
      return update(state, action.id, (c) =>
        c.phase === 'closed' ? c : { ...c, phase: 'closed', reason: action.reason, deadline: undefined, lines: [...c.lines, system(`Conversation closed: ${action.reason}.`)] },
      );
    case 'leaveRefused':
      return update(state, action.id, (c) => ({ ...c, phase: c.phase === 'leaving' ? 'active' : c.phase, error: action.message }));
    case 'wrapUpMessage':
      return update(state, action.id, (c) =>
        action.eventId !== undefined && c.lines.some((l) => l.eventId === action.eventId)
          ? c // the echo of a resend: the same event
          : { ...c, lines: [...c.lines, { from: 'wrapup', text: action.note, wrapups: action.wrapups, at: action.at, ...(action.eventId ? { eventId: action.eventId } : {}) }] },
      );
  }
}
