import { z } from 'zod';
import { fromZodError, WrapUpError } from './errors';
import {
  ccUserSchema,
  channelSessionSchema,
  conversationParticipantSchema,
  customerSchema,
  roomInfoSchema,
  wrapUpEntrySchema,
} from './schemas';
import { reasonKey } from './reason-index';

/** The agent's own participant: it must be a contact-centre user, so a sender can be built from it. */
export const agentParticipantSchema = conversationParticipantSchema.extend({ participant: ccUserSchema });

/**
 * What the desk already holds after `onTopicData`: the conversation, its room, the agent's own
 * `ConversationParticipant` (`topicData.topicParticipant`) and the first channel session.
 */
export const wrapUpContextSchema = z.looseObject({
  conversationId: z.string().min(1, 'the conversation id from onTopicData'),
  roomInfo: roomInfoSchema,
  participant: agentParticipantSchema,
  channelSession: channelSessionSchema,
  /** `conversation.customer`; when absent, `channelSession.customer` is used. */
  customer: customerSchema.optional(),
});

/** What the agent chose: codes and a note. Unknown keys are refused so a typo such as `notes` is caught. */
export const wrapUpInputSchema = z.strictObject({
  wrapups: z.array(wrapUpEntrySchema).default([]),
  note: z.string().default(''),
});

export type WrapUpContext = z.infer<typeof wrapUpContextSchema>;
export type WrapUpContextInput = z.input<typeof wrapUpContextSchema>;
export type WrapUpInput = z.input<typeof wrapUpInputSchema>;
export type WrapUp = z.infer<typeof wrapUpInputSchema>;

/** Codes per wrap-up activity in the Expertflow AgentDesk: 5 when the form is multiple-choice, else 1. */
export const MAX_CODES_MULTIPLE = 5;
export const maxCodes = (multiple: boolean): number => (multiple ? MAX_CODES_MULTIPLE : 1);

/** Roles the AgentDesk hides the wrap-up UI for. VERIFIED [S2]. */
export const rolesThatMayNotWrapUp = ['SILENT_MONITOR', 'ASSISTANT'] as const;
/** The Keycloak resource and scope that show the wrap-up button. VERIFIED [S2 checkScope]. */
export const wrapUpPermission = { resource: 'agent-conversation-control', scope: 'view_wrap_up' } as const;

const contextError = (context: unknown, error: z.ZodError) =>
  fromZodError(
    'INVALID_CONTEXT',
    'context',
    error,
    context,
    'Pass the conversation context from onTopicData: { conversationId, roomInfo, participant: topicData.topicParticipant, channelSession }.',
  );

/** Parses and checks a context, or throws `WrapUpError('INVALID_CONTEXT')` naming the field. */
export function parseWrapUpContext(context: unknown): WrapUpContext {
  const result = wrapUpContextSchema.safeParse(context);
  if (!result.success) throw contextError(context, result.error);
  return result.data;
}

export interface WrapUpRules {
  /** The form's "Multiple choice" setting: up to 5 codes when true (the default), 1 when false. */
  multiple?: boolean;
  /** Longest note accepted, in characters. The protocol sets none; the panel defaults to 2,000. */
  noteMaxLength?: number;
}

/**
 * Applies the AgentDesk's selection rules: duplicates are dropped (first one kept), at most 5
 * codes (1 when single-choice), and at least one code or a non-empty note.
 */
export function normalizeWrapUp(input: unknown, rules: WrapUpRules = {}): WrapUp {
  const result = wrapUpInputSchema.safeParse(input);
  if (!result.success) {
    throw fromZodError(
      'INVALID_WRAPUP',
      'wrapUp',
      result.error,
      input,
      'Pass { wrapups: [{ categoryName, value }], note }, or null to leave without wrap-up.',
    );
  }
  const seen = new Set<string>();
  const wrapups = result.data.wrapups.filter((entry) => {
    const key = reasonKey(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const { note } = result.data;
  const limit = maxCodes(rules.multiple ?? true);
  if (wrapups.length > limit) {
    throw new WrapUpError(
      'TOO_MANY_CODES',
      `wrapUp.wrapups has ${wrapups.length} codes, but this form allows ${limit === 1 ? 'only 1 (it is single-choice)' : `at most ${limit}`}. Remove ${wrapups.length - limit}, or apply the rest as another wrap-up.`,
      { path: ['wrapups'] },
    );
  }
  if (wrapups.length === 0 && note.trim() === '') {
    throw new WrapUpError(
      'EMPTY_WRAPUP',
      'wrapUp is empty: choose at least one wrap-up code or write a note. To leave without wrap-up, pass null instead.',
      { path: ['wrapups'] },
    );
  }
  const noteMax = rules.noteMaxLength;
  if (noteMax !== undefined && note.length > noteMax) {
    throw new WrapUpError(
      'NOTE_TOO_LONG',
      `wrapUp.note has ${note.length} characters; the limit is ${noteMax}. Shorten it by ${note.length - noteMax}.`,
      { path: ['note'] },
    );
  }
  return { wrapups, note };
}

export type WrapUpDenial =
  | { allowed: true }
  | { allowed: false; code: 'ROLE_NOT_ALLOWED' | 'MISSING_PERMISSION' | 'INVALID_CONTEXT'; reason: string };

function roleDenial(role: string): WrapUpDenial | undefined {
  if (!(rolesThatMayNotWrapUp as readonly string[]).includes(role)) return undefined;
  return {
    allowed: false,
    code: 'ROLE_NOT_ALLOWED',
    reason: `The agent's role in this conversation is ${role}; the AgentDesk hides wrap-up for ${rolesThatMayNotWrapUp.join(' and ')}.`,
  };
}

/**
 * Why the agent may or may not wrap up this conversation: the role must not be SILENT_MONITOR
 * or ASSISTANT, and when the Keycloak user carries permitted resources, one of them must be
 * `agent-conversation-control` with the `view_wrap_up` scope (exact, trimmed match).
 */
export function explainWrapUpPermission(context: unknown): WrapUpDenial {
  const result = wrapUpContextSchema.safeParse(context);
  if (!result.success) return { allowed: false, code: 'INVALID_CONTEXT', reason: contextError(context, result.error).message };
  const { participant } = result.data;
  const denied = roleDenial(participant.role);
  if (denied) return denied;
  const resources = participant.participant.keycloakUser.permittedResources?.Resources;
  if (resources) {
    const granted = resources.some(
      (r) =>
        r.rsname.trim() === wrapUpPermission.resource && r.scopes.some((s) => s.trim() === wrapUpPermission.scope),
    );
    if (!granted) {
      return {
        allowed: false,
        code: 'MISSING_PERMISSION',
        reason: `The agent's Keycloak permitted resources have no "${wrapUpPermission.resource}" resource with the "${wrapUpPermission.scope}" scope; grant it in Keycloak to show wrap-up.`,
      };
    }
  }
  return { allowed: true };
}

/** True when the agent may wrap up this conversation (see `explainWrapUpPermission`). */
export function canWrapUp(context: unknown): boolean {
  return explainWrapUpPermission(context).allowed;
}

/** Throws `ROLE_NOT_ALLOWED` when the participant's role may not wrap up. */
export function assertRoleMayWrapUp(context: WrapUpContext): void {
  const denied = roleDenial(context.participant.role);
  if (denied && !denied.allowed) {
    throw new WrapUpError('ROLE_NOT_ALLOWED', `${denied.reason} Only the PRIMARY agent (or one in the WRAP_UP phase) can wrap up.`, {
      path: ['participant', 'role'],
    });
  }
}
