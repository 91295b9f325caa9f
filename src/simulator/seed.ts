/**
 * Seeded conversations: the agent, customers and channel sessions the simulator hands out in
 * `onTopicData` and `contexts()`. Deterministic, so tests and stories can rely on the ids.
 */
import type { CCUser, WrapUpContextInput } from '../core';

/** A conversation the simulator starts with. Everything is optional except what you want fixed. */
export interface SeedConversation {
  /** Default: a deterministic 24-hex id (Mongo ObjectId style). */
  conversationId?: string;
  /** The customer's display name. Default: one of a list of realistic names. */
  customerName?: string;
  /** The agent who holds it (Keycloak user id). Default: `SIMULATOR_AGENT.id`. */
  agentId?: string;
  /** `'wrapup'` starts the timed wrap-up phase as soon as the simulator starts. Default `'active'`. */
  phase?: 'active' | 'wrapup';
  /**
   * The chat so far, sent to the agent's socket once as the Agent Manager's `onCimEvent` (PLAIN
   * messages, after `onTopicData`), e.g. for the panel's suggested reasons. `true`: one of
   * `realisticChats`, by the conversation's position. Default: none.
   */
  chat?: SeedChatMessage[] | true;
}

/** One chat message of a seeded conversation. */
export interface SeedChatMessage {
  from: 'customer' | 'agent';
  text: string;
}

/** Short chats as customers write them (English, Roman Urdu, Urdu, Arabic), each about one wrap-up reason of `realisticWrapUpForm`. */
export const realisticChats: ReadonlyArray<readonly SeedChatMessage[]> = [
  [
    { from: 'customer', text: 'Hi, I was charged twice for my last order.' },
    { from: 'agent', text: 'Sorry about that. Let me look at your account.' },
    { from: 'customer', text: 'I can see two payments on my card. Can you refund the duplicate charge?' },
  ],
  [
    { from: 'customer', text: 'mera password bhool gaya hai, app mein login nahi ho raha' },
    { from: 'agent', text: 'Main aap ki madad karta hoon. Aap ka email kya hai?' },
    { from: 'customer', text: 'reset ka email bhi nahi aaya' },
  ],
  [
    { from: 'customer', text: 'I would like to upgrade to the premium plan. How much is it per month?' },
    { from: 'agent', text: 'Premium is 19.99 a month, with a free first month.' },
    { from: 'customer', text: 'OK, please upgrade my plan.' },
  ],
  [
    { from: 'customer', text: 'مرحبا، تم خصم المبلغ مرتين من بطاقتي' },
    { from: 'customer', text: 'أريد استرداد المبلغ من فضلك' },
  ],
];

/** The default agent id; the same as the test fixtures' `agentContext()`. */
export const SIMULATOR_AGENT_ID = 'a13a49f4-7ec6-436b-91b0-0fd1be205799';

/** Builds the cached CC user an AgentDesk sends as `auth.agent` (holds `agent-conversation-control/view_wrap_up`). */
export function simulatorAgent(agentId: string = SIMULATOR_AGENT_ID): CCUser {
  const isDefault = agentId === SIMULATOR_AGENT_ID;
  return {
    id: agentId,
    participantType: 'CCUser',
    keycloakUser: {
      id: agentId,
      username: isDefault ? 'faizan' : `agent-${agentId.slice(0, 8)}`,
      firstName: isDefault ? 'Faizan' : 'Agent',
      lastName: isDefault ? 'Ahmed' : agentId.slice(0, 8),
      roles: ['agent'],
      realm: 'expertflow',
      permittedResources: {
        Resources: [{ rsid: 'rs-acc', rsname: 'agent-conversation-control', scopes: ['view_wrap_up', 'view_leave_chat'] }],
      },
    },
  };
}

/** The default agent as a CC user: pass it as socket.io `auth: { agent: SIMULATOR_AGENT }`. */
export const SIMULATOR_AGENT: CCUser = simulatorAgent();

const customerNames = [
  'Maria Garcia',
  'James Okafor',
  'Aiko Tanaka',
  'Liam O’Brien',
  'Priya Sharma',
  'Lukas Müller',
  'Fatima Zahra',
  'Chen Wei',
] as const;

const channels = [
  { channelTypeCode: 'webChannel', serviceIdentifier: 'web-1212' },
  { channelTypeCode: 'whatsapp', serviceIdentifier: '+14155550100' },
  { channelTypeCode: 'facebook', serviceIdentifier: 'fb-page-7781' },
] as const;

/** `66f1c0de…` + a 4-hex-digit counter: 24 hex digits like a Mongo ObjectId. */
const objectId = (kind: number, index: number) => `66f1c0de5a1b2c3d4e${kind.toString(16).padStart(2, '0')}${index.toString(16).padStart(4, '0')}`;

/** A seeded conversation resolved to all its fields. */
export interface SeededConversation {
  conversationId: string;
  customerName: string;
  agentId: string;
  phase: 'active' | 'wrapup';
  context: WrapUpContextInput;
  /** Sent once as `onCimEvent` (see `SeedConversation.chat`); empty for none. */
  chat: SeedChatMessage[];
}

/** Turns the `conversations` option (a count or a list) into full seeded conversations with contexts. */
export function seedConversations(seed: number | SeedConversation[] = 3): SeededConversation[] {
  if (typeof seed === 'number' && !(Number.isInteger(seed) && seed >= 0)) {
    throw new RangeError(`conversations must be a whole number ≥ 0 or a list; got ${String(seed)}.`);
  }
  const list: SeedConversation[] = typeof seed === 'number' ? Array.from({ length: seed }, () => ({})) : seed;
  const seen = new Set<string>();
  return list.map((s, i) => {
    const conversationId = s.conversationId ?? objectId(1, i + 1);
    if (seen.has(conversationId)) throw new Error(`conversations[${i}].conversationId "${conversationId}" is used twice.`);
    seen.add(conversationId);
    const name = customerNames[i % customerNames.length]!;
    const customerName = s.customerName ?? (i < customerNames.length ? name : `${name} ${Math.floor(i / customerNames.length) + 1}`);
    const agentId = s.agentId ?? SIMULATOR_AGENT_ID;
    const chat = s.chat === true ? [...realisticChats[i % realisticChats.length]!] : (s.chat ?? []).map((m) => ({ from: m.from, text: String(m.text) }));
    return { conversationId, customerName, agentId, phase: s.phase ?? 'active', context: contextFor(conversationId, customerName, agentId, i), chat };
  });
}

function contextFor(conversationId: string, customerName: string, agentId: string, i: number): WrapUpContextInput {
  const [firstName, ...rest] = customerName.split(' ');
  const customer = { _id: objectId(2, i + 1), firstName: customerName, isAnonymous: false };
  const channel = channels[i % channels.length]!;
  const roomInfo = { id: objectId(3, i + 1), mode: 'CONTACT_CENTER' as const };
  return {
    conversationId,
    roomInfo,
    participant: {
      id: objectId(4, i + 1),
      type: 'AGENT',
      role: 'PRIMARY',
      state: 'SUBSCRIBED',
      token: null,
      conversationId,
      joiningTime: 1_700_000_000_000 + i * 60_000,
      participant: simulatorAgent(agentId),
    },
    channelSession: {
      id: objectId(5, i + 1),
      participantType: 'ChannelSession',
      isActive: true,
      conversationId,
      roomInfo,
      customer,
      channelData: {
        channelCustomerIdentifier: String(43_466 + i),
        serviceIdentifier: channel.serviceIdentifier,
        channelTypeCode: channel.channelTypeCode,
        requestPriority: 0,
        customerFirstName: firstName,
        ...(rest.length > 0 ? { customerLastName: rest.join(' ') } : {}),
      },
    },
    customer,
  };
}
