/**
 * `agent-desk-wrapup/core`: the Agent Manager contract with no React and no DOM. Needs only zod.
 * Schemas, payload builders, wrap-up rules, the Unified Admin form normaliser, errors, the
 * outbox, the per-conversation session store and the storage helpers.
 *
 * Hand-curated: every name here is public API (see api/core.api.md). Helpers the other layers
 * share (fromZodError, backoffDelay, outcomeFromUnsubscription, …) are imported from their
 * modules, not from here.
 */

// Payload builders
export { buildCloseWrapup, buildPublishWrapup, buildTopicUnsubscription, type BuildOptions, type WireFormat } from './build';

// The conversation context, the wrap-up input and the AgentDesk's rules
export {
  canWrapUp,
  explainWrapUpPermission,
  maxCodes,
  MAX_CODES_MULTIPLE,
  normalizeWrapUp,
  parseWrapUpContext,
  rolesThatMayNotWrapUp,
  wrapUpContextSchema,
  wrapUpInputSchema,
  wrapUpPermission,
  type AgentParticipantInput,
  type WrapUp,
  type WrapUpContext,
  type WrapUpContextInput,
  type WrapUpDenial,
  type WrapUpInput,
  type WrapUpPermissionOptions,
  type WrapUpRules,
} from './context';

// Errors
export { isWrapUpError, WrapUpError, wrapUpErrorCodes, type WrapUpErrorCode, type WrapUpErrorPath } from './errors';

// The Unified Admin wrap-up form (≤ 4.9 categoryOptions, 4.10+ attributeOptions, 4.10.3+ pages)
export {
  categoryPageSchema,
  normalizedWrapUpFormSchema,
  normalizeWrapUpForm,
  optionPageSchema,
  pageMetadataSchema,
  WRAPUP_FORM_ID,
  wrapUpFormV1Schema,
  wrapUpFormV2Schema,
  wrapUpSearchHitSchema,
  wrapUpSearchPageSchema,
  type CategoryPage,
  type DroppedLabel,
  type NormalizedWrapUpForm,
  type NormalizeWrapUpFormOptions,
  type OptionPage,
  type PageMetadata,
  type WrapUpCategory,
  type WrapUpFormV1,
  type WrapUpFormV2,
  type WrapUpSearchHit,
  type WrapUpSearchPage,
} from './admin-form';

// The protocol's messages (zod schemas; types inferred from them)
export {
  anyMessageHeaderSchema,
  ccUserSchema,
  channelDataSchema,
  channelSessionSchema,
  cimEventSchema,
  cimEventTypeSchema,
  cimMessageSchema,
  closeWrapupPayloadSchema,
  conversationParticipantSchema,
  customerSchema,
  keycloakUserSchema,
  legacyMessageHeaderSchema,
  MAX_LABEL_LENGTH,
  messageBodySchema,
  messageHeaderSchema,
  otherMessageBodySchema,
  participantRoleSchema,
  participantTypeSchema,
  permittedResourceSchema,
  permittedResourcesSchema,
  publishCimEventPayloadSchema,
  roomInfoSchema,
  roomModeSchema,
  senderSchema,
  topicUnsubscriptionEventSchema,
  topicUnsubscriptionReasons,
  topicUnsubscriptionRequestSchema,
  wrapUpEntrySchema,
  wrapUpMessageBodySchema,
  wrapupTimerStartedEventSchema,
  type CCUser,
  type ChannelData,
  type ChannelSession,
  type CimEvent,
  type CimMessage,
  type CloseWrapupPayload,
  type ConversationParticipant,
  type Customer,
  type KeycloakUser,
  type LegacyMessageHeader,
  type MessageBody,
  type MessageHeader,
  type ParticipantRole,
  type PermittedResource,
  type PublishCimEventPayload,
  type RoomInfo,
  type RoomMode,
  type Sender,
  type TopicUnsubscriptionEvent,
  type TopicUnsubscriptionRequest,
  type WrapUpEntry,
  type WrapUpMessageBody,
  type WrapupTimerStartedEvent,
} from './schemas';

// Reading a wrap-up back out of a CimEvent (e.g. the chat's history)
export { readCimEvent, readWrapUpBody } from './cim-event';

// What a transport is (the transports themselves are in agent-desk-wrapup/transport)
export {
  incomingEventNames,
  incomingEventSchemas,
  onCimEventSchema,
  outgoingEventSchemas,
  parseIncomingEvent,
  wrapupErrorEventSchema,
  type AgentManagerEvent,
  type BackoffOptions,
  type ConnectionState,
  type IncomingEventName,
  type IncomingEvents,
  type OutgoingEventName,
  type OutgoingEvents,
  type Unsubscribe,
  type WrapUpTransport,
} from './transport-contract';

// Delivery: the outbox (localStorage where usable, else memory) and its storage
export {
  createOutbox,
  type Outbox,
  type OutboxChange,
  type OutboxEntry,
  type OutboxEvent,
  type OutboxOptions,
  type OutboxOutcome,
  type OutboxStatus,
  type SubmitOptions,
} from './outbox';
export { browserStorage, createMemoryStorage, type OutboxStorage } from './storage';

// The per-conversation wrap-up session store
export {
  createWrapUpSessions,
  type WrapUpDraft,
  type WrapUpPhase,
  type WrapUpSession,
  type WrapUpSessions,
  type WrapUpSessionsOptions,
  type WrapUpStatus,
  type WrapUpSubmitOptions,
} from './sessions';

// Reason search and the note's personal-data check
export { createReasonIndex, foldSearchText, reasonKey, searchReasons, type IndexedReason } from './reason-index';
export { createSensitiveDetector, customerIdentifiers, detectSensitive, SENSITIVE_KINDS, type SensitiveKind, type SensitiveOptions, type SensitivePattern } from './pii';

// Reason suggester, on the device (issue 15): its index is the curated list
export * from './suggest';
