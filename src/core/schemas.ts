/**
 * zod schemas of every Agent Manager protocol type a wrap-up touches (protocol.md §a).
 * They are the contract: every type in this package is inferred from them.
 *
 * Objects are loose: fields we do not know are kept, because the Agent Manager owns these
 * objects and a desk must be able to pass through what a newer CX release adds.
 * Fields the protocol marks INFERRED are optional.
 */
import { setJitless, z } from './zod';

setJitless(); // before any schema is built: no eval probe under a strict CSP

const id = z.string().min(1, 'a non-empty id string');

/** Longest category or reason label the Unified Admin form builder allows, in characters. VERIFIED [S6 Form-Builder]. */
export const MAX_LABEL_LENGTH = 500;
const nonBlank = /\S/;

/**
 * The one rule for a label that can be sent as a wrap-up code (`categoryName` or `value`): it has a
 * character other than white space and at most `MAX_LABEL_LENGTH` characters. `normalizeWrapUp`
 * (through `wrapUpEntrySchema`) refuses other labels at submit; `normalizeWrapUpForm` drops them
 * when the form is read, so they are never offered.
 */
export function labelProblem(label: unknown): 'not a string' | 'empty' | 'too long' | undefined {
  if (typeof label !== 'string') return 'not a string';
  if (!nonBlank.test(label)) return 'empty';
  return label.length > MAX_LABEL_LENGTH ? 'too long' : undefined;
}

const sendableLabel = (empty: string) => z.string().regex(nonBlank, empty).max(MAX_LABEL_LENGTH, `at most ${MAX_LABEL_LENGTH} characters`);
const record = z.record(z.string(), z.unknown());

/**
 * Picks one of two schemas by looking at the value, so errors name the real field instead of
 * zod's generic "no union member matched". Used where one wire slot has two layouts.
 */
function either<A extends z.ZodType, B extends z.ZodType>(
  isA: (value: Record<string, unknown>) => boolean,
  a: A,
  b: B,
): z.ZodType<z.output<A> | z.output<B>, z.input<A> | z.input<B>> {
  return z.unknown().transform((value, ctx) => {
    const schema = value !== null && typeof value === 'object' && isA(value as Record<string, unknown>) ? a : b;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: value } as never);
    return z.NEVER;
  }) as never;
}

// ------------------------------------------------------------------ rooms and users

/** VERIFIED [S4 RoomMode.java, S5]. */
export const roomModeSchema = z.enum(['PRIVATE', 'CONTACT_CENTER']);
/** VERIFIED [S1, S4, S5]: `conversation.roomInfo` from `onTopicData`. */
export const roomInfoSchema = z.looseObject({ id, mode: roomModeSchema });

/** VERIFIED [S1, S4]. */
export const permittedResourceSchema = z.looseObject({
  rsid: z.string(),
  rsname: z.string(),
  scopes: z.array(z.string()),
});
/** VERIFIED [S4 Resources.java]: the capital `R` is the wire name. */
export const permittedResourcesSchema = z.looseObject({ Resources: z.array(permittedResourceSchema) });

/** VERIFIED [S4]. `permittedResources` is optional here: desks on the newer permission model may not carry it. */
export const keycloakUserSchema = z.looseObject({
  id,
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  username: z.string().min(1, "the agent's Keycloak username"),
  roles: z.array(z.string()),
  realm: z.string(),
  permittedResources: permittedResourcesSchema.optional(),
  attributes: record.optional(),
  userTeam: z.unknown().optional(),
  supervisedTeams: z.array(z.unknown()).optional(),
});

/** VERIFIED [S4]: the contact-centre user behind an agent participant. */
export const ccUserSchema = z.looseObject({
  id,
  participantType: z.literal('CCUser'),
  keycloakUser: keycloakUserSchema,
  associatedRoutingAttributes: z.array(z.unknown()).optional(),
  associatedMrds: z.array(z.unknown()).optional(),
});

/** VERIFIED [S4 ParticipantRole.java]. */
export const participantRoleSchema = z.enum(['ASSISTANT', 'PRIMARY', 'CUSTOMER', 'SILENT_MONITOR', 'WRAP_UP', 'WHISPER']);
export const participantTypeSchema = z.enum(['MONITOR', 'CUSTOMER', 'AGENT', 'BOT', 'APP']);

/** VERIFIED [S4 ConversationParticipant.java]; `topicId` is INFERRED from the seed. */
export const conversationParticipantSchema = z.looseObject({
  id,
  type: participantTypeSchema,
  role: participantRoleSchema,
  participant: z.union([ccUserSchema, record]),
  joiningTime: z.number().optional(),
  token: z.string().nullish(),
  conversationId: z.string().optional(),
  isActive: z.boolean().optional(),
  userCredentials: z.unknown().optional(),
  state: z.enum(['SUBSCRIBED', 'UNSUBSCRIBED']),
  stateChangedOn: z.number().optional(),
  topicId: z.string().optional(),
});

/** INFERRED (seed): every field optional. */
export const customerSchema = z.looseObject({
  _id: z.string().optional(),
  firstName: z.string().nullish(),
  isAnonymous: z.boolean().optional(),
});

/** VERIFIED [S5 channel-data.json]; `channelTypeCode` INFERRED (seed). */
export const channelDataSchema = z.looseObject({
  channelCustomerIdentifier: z.string(),
  serviceIdentifier: z.string(),
  requestPriority: z.number().optional(),
  customerFirstName: z.string().nullish(),
  customerLastName: z.string().nullish(),
  additionalAttributes: z.array(z.looseObject({ key: z.string(), type: z.string(), value: z.unknown() })).optional(),
  channelTypeCode: z.string().optional(),
});

/** VERIFIED [S5 channel-session.json] (abridged); `topicId`, `active` INFERRED (seed). */
export const channelSessionSchema = z.looseObject({
  id,
  participantType: z.literal('ChannelSession').optional(),
  channel: z.unknown().optional(),
  customer: customerSchema.optional(),
  customerSuggestions: z.array(customerSchema).optional(),
  /** `null` happens on real desks; the AgentDesk then sends `header.channelData: null`, and so do we. */
  channelData: channelDataSchema.nullish(),
  latestIntent: z.string().nullish(),
  isActive: z.boolean(),
  conversationId: z.string().optional(),
  roomInfo: roomInfoSchema.optional(),
  state: z.unknown().optional(),
  channelSessionDirection: z.string().optional(),
  topicId: z.string().optional(),
  active: z.boolean().optional(),
});

// ------------------------------------------------------------------ the CIM envelope

/** VERIFIED [S4 Sender.java, S5 sender.json]. */
export const senderSchema = z.looseObject({
  id,
  type: z.string().min(1),
  senderName: z.string().optional(),
  additionalDetail: record.optional(),
});

/** The current header (OM ≥ Dec 2022), as the 2024 AgentDesk sends it. VERIFIED [S2, S4, S5]. */
export const messageHeaderSchema = z.looseObject({
  sender: senderSchema,
  /** The AgentDesk copies `firstChannelSession.channelData`, `null` included. VERIFIED [S2]. */
  channelData: channelDataSchema.nullish(),
  language: record.optional(),
  timestamp: z.number().optional(),
  securityInfo: record.optional(),
  stamps: z.array(z.string()).optional(),
  intent: z.string().nullish(),
  entities: record.optional(),
  channelSessionId: z.string().optional(),
  conversationId: z.string().optional(),
  customer: customerSchema.optional(),
  originalMessageId: z.string().optional(),
  providerMessageId: z.string().optional(),
  schedulingMetaData: record.optional(),
  roomId: z.string().optional(),
  additionalData: record.optional(),
});

/** The retired (pre-Dec-2022) header of the event page: the whole participant as `sender`. */
export const legacyMessageHeaderSchema = z.looseObject({
  timestamp: z.number(),
  sender: conversationParticipantSchema,
  channelSession: channelSessionSchema,
  channelData: channelDataSchema,
  replyToMessageId: z.string().optional(),
});

const isLegacyHeader = (header: Record<string, unknown>) => 'channelSession' in header;
/** Either header layout; the legacy one is recognised by its `channelSession`. */
export const anyMessageHeaderSchema = either(isLegacyHeader, legacyMessageHeaderSchema, messageHeaderSchema);

/** VERIFIED [S6, S9, S2]: one chosen code. Labels are at most 500 characters (Unified Admin form builder). */
export const wrapUpEntrySchema = z.looseObject({
  categoryName: sendableLabel('a non-empty category name'),
  value: sendableLabel('a non-empty reason label'),
});

/** VERIFIED [S4 WrapUpMessage.java, S5, S6, S9, S2]. */
export const wrapUpMessageBodySchema = z.looseObject({
  type: z.literal('WRAPUP'),
  markdownText: z.string().optional(),
  wrapups: z.array(wrapUpEntrySchema),
  note: z.string().optional(),
});

/** Any other message body (PLAIN, NOTIFICATION, …): only `type` is required. VERIFIED [S4, S5]. */
export const otherMessageBodySchema = z.looseObject({
  type: z.string().min(1).refine((t) => t !== 'WRAPUP'),
  markdownText: z.string().optional(),
});

/** A message body; a `WRAPUP` body must be a valid wrap-up body. */
export const messageBodySchema = either((b) => b.type === 'WRAPUP', wrapUpMessageBodySchema, otherMessageBodySchema);

/** VERIFIED [S1, S2, S5]. */
export const cimMessageSchema = z.looseObject({ id, header: anyMessageHeaderSchema, body: messageBodySchema });

/** VERIFIED [S4]. */
export const cimEventTypeSchema = z.enum(['MESSAGE', 'SUGGESTION', 'ACTIVITY', 'NOTIFICATION', 'CALL']);

/** VERIFIED [S1, S2, S4]. `conversationId`/`roomInfo` are absent from the event page's example, so optional. */
export const cimEventSchema = z.looseObject({
  id,
  name: z.string().min(1),
  type: cimEventTypeSchema,
  timestamp: z.number(),
  conversationId: z.string().optional(),
  roomInfo: roomInfoSchema.optional(),
  data: cimMessageSchema,
  channelSession: channelSessionSchema.optional(),
  eventEmitter: senderSchema.optional(),
});

// ------------------------------------------------------------------ socket events

/** AD → AM `closeWrapup`. `cimEvent: null` is "Leave Without Wrap-Up". VERIFIED [S1, S2]. */
export const closeWrapupPayloadSchema = z.looseObject({
  cimEvent: cimEventSchema.nullable(),
  roomInfo: roomInfoSchema,
  conversationId: id,
  agentId: id,
});

/** AD → AM `publishCimEvent`: a wrap-up applied while the chat is still active. VERIFIED [S2, S9]. */
export const publishCimEventPayloadSchema = z.looseObject({
  cimEvent: cimEventSchema,
  agentId: id,
  conversationId: id,
  roomInfo: roomInfoSchema,
});

/** AM → AD: starts the countdown. `duration` is seconds in practice (protocol.md Q1). */
export const wrapupTimerStartedEventSchema = z.looseObject({
  task: z.literal('wrapupTimerStarted').optional(),
  duration: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/, 'a number of seconds')]),
  conversationId: id,
  roomInfo: roomInfoSchema.optional(),
  statusCode: z.number().optional(),
});

/** AD → AM: the agent leaves the conversation. VERIFIED [S7, S2]. */
export const topicUnsubscriptionRequestSchema = z.looseObject({ conversationId: id, agentId: id, roomInfo: roomInfoSchema });

/** AM → AD: the agent has been taken off the conversation. VERIFIED [S6, S2]. */
export const topicUnsubscriptionEventSchema = z.looseObject({
  task: z.literal('topicUnsubscription').optional(),
  conversationId: id,
  statusCode: z.number().optional(),
  roomInfo: roomInfoSchema.optional(),
  reason: z.string().optional(),
});

/** The `topicUnsubscription` reasons the 2024 AgentDesk knows, exact case. VERIFIED [S2]. */
export const topicUnsubscriptionReasons = {
  applied: 'Wrap Up applied',
  left: 'choosing leave without Wrap Up',
  expired: 'wrap Up Timer Expired',
} as const;

// Object types are named interfaces (not aliases) so editors and compiler errors print their name
// instead of a many-line expansion of the zod type.
/* eslint-disable @typescript-eslint/no-empty-object-type */
export type RoomMode = z.infer<typeof roomModeSchema>;
export interface RoomInfo extends z.infer<typeof roomInfoSchema> {}
export interface PermittedResource extends z.infer<typeof permittedResourceSchema> {}
export interface KeycloakUser extends z.infer<typeof keycloakUserSchema> {}
export interface CCUser extends z.infer<typeof ccUserSchema> {}
export type ParticipantRole = z.infer<typeof participantRoleSchema>;
export interface ConversationParticipant extends z.infer<typeof conversationParticipantSchema> {}
export interface Customer extends z.infer<typeof customerSchema> {}
export interface ChannelData extends z.infer<typeof channelDataSchema> {}
export interface ChannelSession extends z.infer<typeof channelSessionSchema> {}
export interface Sender extends z.infer<typeof senderSchema> {}
export interface MessageHeader extends z.infer<typeof messageHeaderSchema> {}
export interface LegacyMessageHeader extends z.infer<typeof legacyMessageHeaderSchema> {}
export interface WrapUpEntry extends z.infer<typeof wrapUpEntrySchema> {}
export interface WrapUpMessageBody extends z.infer<typeof wrapUpMessageBodySchema> {}
export type MessageBody = z.infer<typeof messageBodySchema>;
export interface CimMessage extends z.infer<typeof cimMessageSchema> {}
export interface CimEvent extends z.infer<typeof cimEventSchema> {}
export interface CloseWrapupPayload extends z.infer<typeof closeWrapupPayloadSchema> {}
export interface PublishCimEventPayload extends z.infer<typeof publishCimEventPayloadSchema> {}
export interface WrapupTimerStartedEvent extends z.infer<typeof wrapupTimerStartedEventSchema> {}
export interface TopicUnsubscriptionRequest extends z.infer<typeof topicUnsubscriptionRequestSchema> {}
export interface TopicUnsubscriptionEvent extends z.infer<typeof topicUnsubscriptionEventSchema> {}
/* eslint-enable @typescript-eslint/no-empty-object-type */
