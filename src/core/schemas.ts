/**
 * zod schemas of every Agent Manager protocol type a wrap-up touches (protocol.md §a).
 * They are the contract: every type in this package is inferred from them.
 *
 * Objects are loose: fields we do not know are kept, because the Agent Manager owns these
 * objects and a desk must be able to pass through what a newer CX release adds.
 * Fields the protocol marks INFERRED are optional.
 */
import * as z from 'zod/mini';
import { checked, setJitless } from './zod';

setJitless(); // before any schema is built: no eval probe under a strict CSP

const id = /* @__PURE__ */ (() => checked(z.string(), z.minLength(1, 'a non-empty id string')))();

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

// @__NO_SIDE_EFFECTS__
const sendableLabel = (empty: string) => checked(z.string(), z.regex(nonBlank, empty), z.maxLength(MAX_LABEL_LENGTH, `at most ${MAX_LABEL_LENGTH} characters`));
const record = /* @__PURE__ */ (() => z.record(z.string(), z.unknown()))();

/**
 * Picks one of two schemas by looking at the value, so errors name the real field instead of
 * zod's generic "no union member matched". Used where one wire slot has two layouts.
 */
// @__NO_SIDE_EFFECTS__
function either<A extends z.ZodMiniType, B extends z.ZodMiniType>(
  isA: (value: Record<string, unknown>) => boolean,
  a: A,
  b: B,
): z.ZodMiniType<z.output<A> | z.output<B>, z.input<A> | z.input<B>> {
  return z.pipe(z.unknown(), z.transform((value, ctx) => {
    const schema = value !== null && typeof value === 'object' && isA(value as Record<string, unknown>) ? a : b;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: value } as never);
    return z.NEVER;
  })) as never;
}

// ------------------------------------------------------------------ rooms and users

/** VERIFIED [S4 RoomMode.java, S5]. */
export const roomModeSchema = /* @__PURE__ */ (() => z.enum(['PRIVATE', 'CONTACT_CENTER']))();
/** VERIFIED [S1, S4, S5]: `conversation.roomInfo` from `onTopicData`. */
export const roomInfoSchema = /* @__PURE__ */ (() => z.looseObject({ id, mode: roomModeSchema }))();

/** VERIFIED [S1, S4]. */
export const permittedResourceSchema = /* @__PURE__ */ (() => z.looseObject({
  rsid: z.string(),
  rsname: z.string(),
  scopes: z.array(z.string()),
}))();
/** VERIFIED [S4 Resources.java]: the capital `R` is the wire name. */
export const permittedResourcesSchema = /* @__PURE__ */ (() => z.looseObject({ Resources: z.array(permittedResourceSchema) }))();

/** VERIFIED [S4]. `permittedResources` is optional here: desks on the newer permission model may not carry it. */
export const keycloakUserSchema = /* @__PURE__ */ (() => z.looseObject({
  id,
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
  username: checked(z.string(), z.minLength(1, "the agent's Keycloak username")),
  roles: z.array(z.string()),
  realm: z.string(),
  permittedResources: z.optional(permittedResourcesSchema),
  attributes: z.optional(record),
  userTeam: z.optional(z.unknown()),
  supervisedTeams: z.optional(z.array(z.unknown())),
}))();

/** VERIFIED [S4]: the contact-centre user behind an agent participant. */
export const ccUserSchema = /* @__PURE__ */ (() => z.looseObject({
  id,
  participantType: z.literal('CCUser'),
  keycloakUser: keycloakUserSchema,
  associatedRoutingAttributes: z.optional(z.array(z.unknown())),
  associatedMrds: z.optional(z.array(z.unknown())),
}))();

/** VERIFIED [S4 ParticipantRole.java]. */
export const participantRoleSchema = /* @__PURE__ */ (() => z.enum(['ASSISTANT', 'PRIMARY', 'CUSTOMER', 'SILENT_MONITOR', 'WRAP_UP', 'WHISPER']))();
export const participantTypeSchema = /* @__PURE__ */ (() => z.enum(['MONITOR', 'CUSTOMER', 'AGENT', 'BOT', 'APP']))();

/** VERIFIED [S4 ConversationParticipant.java]; `topicId` is INFERRED from the seed. */
/**
 * A `ConversationParticipant` whose `participant` is `participant`: the one field list behind
 * `conversationParticipantSchema` (any participant) and the context's `agentParticipantSchema` (a
 * contact-centre user), so the context does not build the general one (and its union) to extend it.
 */
// @__NO_SIDE_EFFECTS__
export function participantSchemaOf<P extends z.ZodMiniType>(participant: P) {
  return z.looseObject({
    id,
    type: participantTypeSchema,
    role: participantRoleSchema,
    participant,
    joiningTime: z.optional(z.number()),
    token: z.nullish(z.string()),
    conversationId: z.optional(z.string()),
    isActive: z.optional(z.boolean()),
    userCredentials: z.optional(z.unknown()),
    state: z.enum(['SUBSCRIBED', 'UNSUBSCRIBED']),
    stateChangedOn: z.optional(z.number()),
    topicId: z.optional(z.string()),
  });
}

export const conversationParticipantSchema = /* @__PURE__ */ (() => participantSchemaOf(z.union([ccUserSchema, record])))();

/** INFERRED (seed): every field optional. */
export const customerSchema = /* @__PURE__ */ (() => z.looseObject({
  _id: z.optional(z.string()),
  firstName: z.nullish(z.string()),
  isAnonymous: z.optional(z.boolean()),
}))();

/** VERIFIED [S5 channel-data.json]; `channelTypeCode` INFERRED (seed). */
export const channelDataSchema = /* @__PURE__ */ (() => z.looseObject({
  channelCustomerIdentifier: z.string(),
  serviceIdentifier: z.string(),
  requestPriority: z.optional(z.number()),
  customerFirstName: z.nullish(z.string()),
  customerLastName: z.nullish(z.string()),
  additionalAttributes: z.optional(z.array(z.looseObject({ key: z.string(), type: z.string(), value: z.unknown() }))),
  channelTypeCode: z.optional(z.string()),
}))();

/** VERIFIED [S5 channel-session.json] (abridged); `topicId`, `active` INFERRED (seed). */
export const channelSessionSchema = /* @__PURE__ */ (() => z.looseObject({
  id,
  participantType: z.optional(z.literal('ChannelSession')),
  channel: z.optional(z.unknown()),
  customer: z.optional(customerSchema),
  customerSuggestions: z.optional(z.array(customerSchema)),
  /** `null` happens on real desks; the AgentDesk then sends `header.channelData: null`, and so do we. */
  channelData: z.nullish(channelDataSchema),
  latestIntent: z.nullish(z.string()),
  isActive: z.boolean(),
  conversationId: z.optional(z.string()),
  roomInfo: z.optional(roomInfoSchema),
  state: z.optional(z.unknown()),
  channelSessionDirection: z.optional(z.string()),
  topicId: z.optional(z.string()),
  active: z.optional(z.boolean()),
}))();

// ------------------------------------------------------------------ the CIM envelope

/** VERIFIED [S4 Sender.java, S5 sender.json]. */
export const senderSchema = /* @__PURE__ */ (() => z.looseObject({
  id,
  type: checked(z.string(), z.minLength(1)),
  senderName: z.optional(z.string()),
  additionalDetail: z.optional(record),
}))();

/** The current header (OM ≥ Dec 2022), as the 2024 AgentDesk sends it. VERIFIED [S2, S4, S5]. */
export const messageHeaderSchema = /* @__PURE__ */ (() => z.looseObject({
  sender: senderSchema,
  /** The AgentDesk copies `firstChannelSession.channelData`, `null` included. VERIFIED [S2]. */
  channelData: z.nullish(channelDataSchema),
  language: z.optional(record),
  timestamp: z.optional(z.number()),
  securityInfo: z.optional(record),
  stamps: z.optional(z.array(z.string())),
  intent: z.nullish(z.string()),
  entities: z.optional(record),
  channelSessionId: z.optional(z.string()),
  conversationId: z.optional(z.string()),
  customer: z.optional(customerSchema),
  originalMessageId: z.optional(z.string()),
  providerMessageId: z.optional(z.string()),
  schedulingMetaData: z.optional(record),
  roomId: z.optional(z.string()),
  additionalData: z.optional(record),
}))();

/** The retired (pre-Dec-2022) header of the event page: the whole participant as `sender`. */
export const legacyMessageHeaderSchema = /* @__PURE__ */ (() => z.looseObject({
  timestamp: z.number(),
  sender: conversationParticipantSchema,
  channelSession: channelSessionSchema,
  channelData: channelDataSchema,
  replyToMessageId: z.optional(z.string()),
}))();

const isLegacyHeader = (header: Record<string, unknown>) => 'channelSession' in header;
/** Either header layout; the legacy one is recognised by its `channelSession`. */
export const anyMessageHeaderSchema = /* @__PURE__ */ (() => either(isLegacyHeader, legacyMessageHeaderSchema, messageHeaderSchema))();

/** VERIFIED [S6, S9, S2]: one chosen code. Labels are at most 500 characters (Unified Admin form builder). */
export const wrapUpEntrySchema = /* @__PURE__ */ (() => z.looseObject({
  categoryName: sendableLabel('a non-empty category name'),
  value: sendableLabel('a non-empty reason label'),
}))();

/** VERIFIED [S4 WrapUpMessage.java, S5, S6, S9, S2]. */
export const wrapUpMessageBodySchema = /* @__PURE__ */ (() => z.looseObject({
  type: z.literal('WRAPUP'),
  markdownText: z.optional(z.string()),
  wrapups: z.array(wrapUpEntrySchema),
  note: z.optional(z.string()),
}))();

/** Any other message body (PLAIN, NOTIFICATION, …): only `type` is required. VERIFIED [S4, S5]. */
export const otherMessageBodySchema = /* @__PURE__ */ (() => z.looseObject({
  type: checked(z.string(), z.minLength(1), z.refine((t) => t !== 'WRAPUP')),
  markdownText: z.optional(z.string()),
}))();

/** A message body; a `WRAPUP` body must be a valid wrap-up body. */
export const messageBodySchema = /* @__PURE__ */ (() => either((b) => b.type === 'WRAPUP', wrapUpMessageBodySchema, otherMessageBodySchema))();

/** VERIFIED [S1, S2, S5]. */
export const cimMessageSchema = /* @__PURE__ */ (() => z.looseObject({ id, header: anyMessageHeaderSchema, body: messageBodySchema }))();

/** VERIFIED [S4]. */
export const cimEventTypeSchema = /* @__PURE__ */ (() => z.enum(['MESSAGE', 'SUGGESTION', 'ACTIVITY', 'NOTIFICATION', 'CALL']))();

/** VERIFIED [S1, S2, S4]. `conversationId`/`roomInfo` are absent from the event page's example, so optional. */
export const cimEventSchema = /* @__PURE__ */ (() => z.looseObject({
  id,
  name: checked(z.string(), z.minLength(1)),
  type: cimEventTypeSchema,
  timestamp: z.number(),
  conversationId: z.optional(z.string()),
  roomInfo: z.optional(roomInfoSchema),
  data: cimMessageSchema,
  channelSession: z.optional(channelSessionSchema),
  eventEmitter: z.optional(senderSchema),
}))();

// ------------------------------------------------------------------ socket events

/** AD → AM `closeWrapup`. `cimEvent: null` is "Leave Without Wrap-Up". VERIFIED [S1, S2]. */
export const closeWrapupPayloadSchema = /* @__PURE__ */ (() => z.looseObject({
  cimEvent: z.nullable(cimEventSchema),
  roomInfo: roomInfoSchema,
  conversationId: id,
  agentId: id,
}))();

/** AD → AM `publishCimEvent`: a wrap-up applied while the chat is still active. VERIFIED [S2, S9]. */
export const publishCimEventPayloadSchema = /* @__PURE__ */ (() => z.looseObject({
  cimEvent: cimEventSchema,
  agentId: id,
  conversationId: id,
  roomInfo: roomInfoSchema,
}))();

/** AM → AD: starts the countdown. `duration` is seconds in practice (protocol.md Q1). */
export const wrapupTimerStartedEventSchema = /* @__PURE__ */ (() => z.looseObject({
  task: z.optional(z.literal('wrapupTimerStarted')),
  duration: z.union([z.number(), checked(z.string(), z.regex(/^\d+(\.\d+)?$/, 'a number of seconds'))]),
  conversationId: id,
  roomInfo: z.optional(roomInfoSchema),
  statusCode: z.optional(z.number()),
}))();

/** AD → AM: the agent leaves the conversation. VERIFIED [S7, S2]. */
export const topicUnsubscriptionRequestSchema = /* @__PURE__ */ (() => z.looseObject({ conversationId: id, agentId: id, roomInfo: roomInfoSchema }))();

/** AM → AD: the agent has been taken off the conversation. VERIFIED [S6, S2]. */
export const topicUnsubscriptionEventSchema = /* @__PURE__ */ (() => z.looseObject({
  task: z.optional(z.literal('topicUnsubscription')),
  conversationId: id,
  statusCode: z.optional(z.number()),
  roomInfo: z.optional(roomInfoSchema),
  reason: z.optional(z.string()),
}))();

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
