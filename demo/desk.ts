// The demo desk's state: the conversations the Agent Manager handed out (onTopicData) and a small
// fake chat. Chat-level only: whether the agent asked to leave, and the messages. A conversation's
// wrap-up (phase, deadline, outcome) is the session store's (useWrapUpSession); `phaseOf` and
// `chatLines` combine the two. Pure: no React, no socket.
import { readCimEvent, readWrapUpBody, type WrapUpContextInput, type WrapUpEntry, type WrapUpSession } from '../src/core';
import { describeOutcome } from '../src/react';
import type { ChatLine } from './transcript';

/**
 * active: chatting. leaving: topicUnsubscription sent, waiting for the Agent Manager's answer.
 * wrapup: the timed phase (the session's `timed`). closed: the Agent Manager took the agent off
 * (the session's `closed`).
 */
export type Phase = 'active' | 'leaving' | 'wrapup' | 'closed';

export interface Conversation {
  id: string;
  context: WrapUpContextInput;
  customerName: string;
  channel: string;
  /** The agent confirmed "Leave" (topicUnsubscription sent); the session store follows what the Agent Manager answers. */
  leaving: boolean;
  /** The last wrapupError about leaving. */
  error?: string;
  /** The wrap-ups applied in the chat (the messages are the session store's transcript). */
  lines: ChatLine[];
  openedAt: number;
}

export interface DeskState {
  order: string[];
  byId: Record<string, Conversation>;
  selectedId: string | null;
}

/** What the desk reads of a conversation's wrap-up session. */
export type SessionView = Pick<WrapUpSession, 'phase' | 'deadline' | 'totalSeconds' | 'outcome'> & Partial<Pick<WrapUpSession, 'autoApplied'>>;

export type DeskAction =
  | { type: 'topic'; context: WrapUpContextInput }
  | { type: 'select'; id: string }
  | { type: 'leaving'; id: string }
  | { type: 'leaveRefused'; id: string; message: string }
  | { type: 'wrapUpMessage'; id: string; eventId: string; wrapups: WrapUpEntry[]; note: string; at: number };

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
export function wrapUpMessageFrom(cimEvent: unknown): { eventId: string; wrapups: WrapUpEntry[]; note: string; at: number } | undefined {
  const event = readCimEvent(cimEvent);
  const wrapUp = event && readWrapUpBody(event);
  // the event id tells the echo of a resend (the same event) from a second wrap-up
  return event && wrapUp ? { eventId: event.id, ...wrapUp, at: event.timestamp } : undefined;
}

/** Where the conversation stands: the wrap-up phase from its session, before that whether the agent asked to leave. */
export function phaseOf(conversation: Conversation, session: SessionView): Phase {
  if (session.phase === 'timed') return 'wrapup';
  if (session.phase === 'closed') return 'closed';
  return conversation.leaving ? 'leaving' : 'active';
}

/** The session had a timed wrap-up phase (it is in it, or it was closed after it). */
export const hadTimedWrapUp = (session: SessionView): boolean => session.phase !== 'live' && session.deadline !== undefined;

/** How the conversation's wrap-up ended, in the agent's words (the package's `describeOutcome`; the Agent Manager's own reason is `describeOutcome(…).detail`). */
export const closedReason = (session: SessionView): string =>
  session.outcome ? describeOutcome(session.outcome, undefined, { autoApplied: session.autoApplied }).label : 'Closed by the Agent Manager';

const system = (text: string, at: number): ChatLine => ({ from: 'system', text, at });

/**
 * The chat as the agent sees it: the messages the Agent Manager delivered (the session store's
 * transcript, which the panel's suggestions read too), the wrap-ups applied, then what happened to
 * the wrap-up (from the session). Messages carry no time here: they are spread back from now.
 */
export function chatLines(conversation: Conversation, session: SessionView, transcript: ReadonlyArray<{ from: 'customer' | 'agent' | 'bot' | 'system'; text: string }> = []): ChatLine[] {
  const start = conversation.context.participant.joiningTime ?? conversation.openedAt;
  const messages: ChatLine[] = transcript.map((m, i) => ({ from: m.from === 'customer' ? 'customer' : 'agent', text: m.text, at: start + i * 47_000 }));
  const lines = [...messages, ...conversation.lines];
  const extra: ChatLine[] = [];
  // system lines show no time; theirs is when the timer started, else the last message's
  const at = session.deadline === undefined ? (lines.at(-1)?.at ?? 0) : session.deadline - session.totalSeconds * 1000;
  if (hadTimedWrapUp(session)) extra.push(system('You left the conversation. Wrap-up time started.', at));
  if (session.phase === 'closed') extra.push(system(`Conversation closed: ${closedReason(session)}.`, at));
  return extra.length === 0 ? lines : [...lines, ...extra];
}

function update(state: DeskState, id: string, change: (c: Conversation) => Conversation): DeskState {
  const current = state.byId[id];
  return current ? { ...state, byId: { ...state.byId, [id]: change(current) } } : state;
}

export function deskReducer(state: DeskState, action: DeskAction): DeskState {
  switch (action.type) {
    case 'topic': {
      const { context } = action;
      const id = context.conversationId;
      const existing = state.byId[id];
      // the Agent Manager sends onTopicData again after every reconnect: keep what the desk knows
      const conversation: Conversation = existing
        ? { ...existing, context }
        : { id, context, customerName: customerName(context), channel: channelName(context), leaving: false, lines: [], openedAt: Date.now() };
      return {
        order: existing ? state.order : [...state.order, id],
        byId: { ...state.byId, [id]: conversation },
        selectedId: state.selectedId ?? id,
      };
    }
    case 'select':
      return state.byId[action.id] ? { ...state, selectedId: action.id } : state;
    case 'leaving':
      return update(state, action.id, (c) => (c.leaving ? c : { ...c, leaving: true, error: undefined }));
    case 'leaveRefused':
      return update(state, action.id, (c) => ({ ...c, leaving: false, error: action.message }));
    case 'wrapUpMessage':
      return update(state, action.id, (c) =>
        c.lines.some((l) => l.eventId === action.eventId)
          ? c // the echo of a resend: the same event
          : { ...c, lines: [...c.lines, { from: 'wrapup', text: action.note, wrapups: action.wrapups, at: action.at, eventId: action.eventId }] },
      );
  }
}
