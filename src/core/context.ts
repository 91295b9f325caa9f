import * as z from 'zod/mini';
import { checked, setJitless } from './zod';
import { describeValue, formatPath, fromZodError, WrapUpError, type WrapUpErrorCode } from './errors';
import {
  ccUserSchema,
  channelSessionSchema,
  participantSchemaOf,
  customerSchema,
  roomInfoSchema,
  wrapUpEntrySchema,
} from './schemas';
import { reasonKey } from './reason-index';

setJitless(); // before any schema is built: no eval probe under a strict CSP

/** The agent's own participant: it must be a contact-centre user, so a sender can be built from it. */
const agentParticipantSchema = /* @__PURE__ */ (() => participantSchemaOf(ccUserSchema))();

/**
 * What the desk already holds after `onTopicData`: the conversation, its room, the agent's own
 * `ConversationParticipant` (`topicData.topicParticipant`) and the first channel session.
 */
export const wrapUpContextSchema = /* @__PURE__ */ (() => z.looseObject({
  conversationId: checked(z.string(), z.minLength(1, 'the conversation id from onTopicData')),
  roomInfo: roomInfoSchema,
  participant: agentParticipantSchema,
  channelSession: channelSessionSchema,
  /**
   * The conversation's customer: `topicData.customer` from `onTopicData`, replaced when the desk
   * receives `ASSOCIATED_CUSTOMER_CHANGED`. The AgentDesk always sends this one in
   * `header.customer`. Pass it. When it is absent, `channelSession.customer` is used, which is
   * wrong once the agent has re-linked the conversation to another customer
   * (`ASSOCIATED_CUSTOMER_CHANGED`): the channel session keeps the customer it started with, so
   * the wrap-up would name the old one. See protocol.md §b step 5.
   */
  customer: z.optional(customerSchema),
}))();

/** What the agent chose: codes and a note. Unknown keys are refused so a typo such as `notes` is caught. */
export const wrapUpInputSchema = /* @__PURE__ */ (() => z.strictObject({
  wrapups: z._default(z.array(wrapUpEntrySchema), []),
  note: z._default(z.string(), ''),
}))();

// named interfaces, so compiler errors print the name instead of the whole zod type
/* eslint-disable @typescript-eslint/no-empty-object-type */
/** A parsed conversation context. */
export interface WrapUpContext extends z.infer<typeof wrapUpContextSchema> {}
/** The conversation context a desk passes in (see `wrapUpContextSchema`). */
export interface WrapUpContextInput extends z.input<typeof wrapUpContextSchema> {}
/** The agent's own participant as a desk passes it (`topicData.topicParticipant`): a contact-centre user. */
export interface AgentParticipantInput extends z.input<typeof agentParticipantSchema> {}
/** What the agent chose, as passed in: `{ wrapups?: [{ categoryName, value }], note? }`. */
export interface WrapUpInput extends z.input<typeof wrapUpInputSchema> {}
/** A normalised wrap-up. */
export interface WrapUp extends z.infer<typeof wrapUpInputSchema> {}
/* eslint-enable @typescript-eslint/no-empty-object-type */

/** Deepest nesting copied from a context or an input (real contexts nest about 8 levels). */
const MAX_JSON_DEPTH = 64;
/** Most values (object members, array items) copied from one context or input. */
const MAX_JSON_VALUES = 50_000;

/**
 * Copies what would reach the wire as JSON data (a bounded-depth walk over own enumerable string
 * keys), so a MobX observable (a Proxy), a frozen or a class-built object is read like plain data
 * and nothing the caller holds is shared with the result. Throws `WrapUpError(code)` at the path of
 * anything JSON cannot carry: a function, a Symbol, a BigInt, a non-finite number, a cycle, a
 * getter or Proxy trap that throws, nesting deeper than `MAX_JSON_DEPTH` or more than
 * `MAX_JSON_VALUES` values. `undefined` members are left out (as JSON does), -0 becomes 0, a Date
 * becomes its ISO string. A `__proto__` key is copied as an own property, never as a prototype.
 */
export function toJsonData(value: unknown, code: WrapUpErrorCode, root: string, hint = ''): unknown {
  const path: Array<string | number> = [];
  const ancestors = new Set<object>();
  let count = 0;
  const fail = (problem: string, cause?: unknown): never => {
    throw new WrapUpError(code, `${formatPath(root, path)} ${problem}${hint ? ` ${hint}` : ''}`, { path: [...path], cause });
  };
  const walk = (v: unknown): unknown => {
    if (++count > MAX_JSON_VALUES) fail(`holds more than ${MAX_JSON_VALUES} values; pass only the conversation's own data.`);
    if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean') return v;
    // -0 is 0 on the wire (JSON has no negative zero): the copy says what is sent
    if (typeof v === 'number') return Number.isFinite(v) ? v + 0 : fail(`is ${v}, which JSON cannot carry: pass a finite number.`);
    if (typeof v !== 'object') {
      return fail(`is ${describeValue(v)}, which cannot be sent as JSON: pass plain data (strings, numbers, booleans, null, arrays and objects).`);
    }
    if (path.length >= MAX_JSON_DEPTH) fail(`is nested more than ${MAX_JSON_DEPTH} levels deep; pass only the conversation's own data.`);
    if (ancestors.has(v)) fail('refers back to an object that contains it (a cycle), which cannot be sent as JSON.');
    ancestors.add(v);
    try {
      if (Array.isArray(v)) {
        const out: unknown[] = [];
        for (let i = 0; i < v.length; i++) {
          path.push(i);
          const item = walk(v[i]);
          out.push(item === undefined ? null : item); // as JSON does
          path.pop();
        }
        return out;
      }
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? fail('is an invalid Date.') : v.toISOString();
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        path.push(key);
        const item = walk((v as Record<string, unknown>)[key]);
        if (item !== undefined) Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
        path.pop();
      }
      return out;
    } catch (error) {
      if (error instanceof WrapUpError) throw error;
      // a getter or a Proxy trap threw (a revoked Proxy, a MobX computed that fails)
      return fail(`could not be read (${error instanceof Error ? error.message : describeValue(error)}); pass plain data.`, error);
    } finally {
      ancestors.delete(v);
    }
  };
  return walk(value);
}

/** Codes per wrap-up activity in the Expertflow AgentDesk: 5 when the form is multiple-choice, else 1. */
export const MAX_CODES_MULTIPLE = 5;
export const maxCodes = (multiple: boolean): number => (multiple ? MAX_CODES_MULTIPLE : 1);

/** Roles the AgentDesk hides the wrap-up UI for. VERIFIED [S2]. */
export const rolesThatMayNotWrapUp = ['SILENT_MONITOR', 'ASSISTANT'] as const;
/** The Keycloak resource and scope that show the wrap-up button. VERIFIED [S2 checkScope]. */
export const wrapUpPermission = { resource: 'agent-conversation-control', scope: 'view_wrap_up' } as const;

const contextError = (context: unknown, error: z.core.$ZodError) =>
  fromZodError(
    'INVALID_CONTEXT',
    'context',
    error,
    context,
    'Pass the conversation context from onTopicData: { conversationId, roomInfo, participant: topicData.topicParticipant, channelSession }.',
  );

/** Parses and checks a context, or throws `WrapUpError('INVALID_CONTEXT')` naming the field. */
export function parseWrapUpContext(context: unknown): WrapUpContext {
  const data = toJsonData(context, 'INVALID_CONTEXT', 'context');
  const result = wrapUpContextSchema.safeParse(data);
  if (!result.success) throw contextError(data, result.error);
  return result.data;
}

/** `WrapUpError('INVALID_OPTIONS')` at `options.<key>`. */
export const badOption = (key: string, problem: string) =>
  new WrapUpError('INVALID_OPTIONS', `options.${key}${problem.startsWith('(') ? '' : ' '}${problem}`, { path: [key] });

/** Reads `{ multiple, noteMaxLength }` from rules or builder options; `null` and `undefined` are "no rules". */
export function checkRules(rules: unknown): WrapUpRules {
  if (rules === undefined || rules === null) return {};
  if (typeof rules !== 'object') {
    throw new WrapUpError('INVALID_OPTIONS', `options must be an object such as { multiple: true }, or left out; got ${describeValue(rules)}.`, { path: [] });
  }
  let multiple: unknown, noteMaxLength: unknown;
  try {
    ({ multiple, noteMaxLength } = rules as Record<string, unknown>);
  } catch (cause) {
    throw new WrapUpError('INVALID_OPTIONS', 'options could not be read (a getter or Proxy threw); pass a plain object.', { path: [], cause });
  }
  if (multiple !== undefined && typeof multiple !== 'boolean') {
    throw badOption('multiple', 'must be true or false (the form\'s "Multiple choice").');
  }
  if (noteMaxLength !== undefined && !(Number.isInteger(noteMaxLength) && (noteMaxLength as number) > 0)) {
    throw badOption('noteMaxLength', 'must be a positive whole number of characters.');
  }
  return { multiple, noteMaxLength: noteMaxLength as number | undefined };
}

export interface WrapUpRules {
  /** The form's "Multiple choice" setting: up to 5 codes when true (the default), 1 when false. */
  multiple?: boolean | undefined;
  /** Longest note accepted, in characters. The protocol sets none; the panel defaults to 2,000. */
  noteMaxLength?: number | undefined;
}

/**
 * Applies the AgentDesk's selection rules: duplicates are dropped (first one kept), at most 5
 * codes (1 when single-choice), and at least one code or a non-empty note.
 */
export function normalizeWrapUp(input: WrapUpInput, rules?: WrapUpRules | null): WrapUp;
export function normalizeWrapUp(input: unknown, rules?: WrapUpRules | null): WrapUp {
  const { multiple, noteMaxLength } = checkRules(rules);
  const hint = 'Pass { wrapups: [{ categoryName, value }], note }, or null to leave without wrap-up.';
  const data = toJsonData(input, 'INVALID_WRAPUP', 'wrapUp', hint);
  const result = wrapUpInputSchema.safeParse(data);
  if (!result.success) throw fromZodError('INVALID_WRAPUP', 'wrapUp', result.error, data, hint);
  const seen = new Set<string>();
  const wrapups = result.data.wrapups.filter((entry) => {
    const key = reasonKey(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const { note } = result.data;
  const limit = maxCodes(multiple ?? true);
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
  const noteMax = noteMaxLength;
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

export interface WrapUpPermissionOptions {
  /**
   * Which wrap-up a panel is about to show. `'live'` (default): the "WrapUp" button during an
   * active chat (Apply/Cancel, `publishCimEvent`). `'timed'`: the form the Agent Manager opens with
   * `wrapupTimerStarted` (Add Wrap-Up / Leave Without Wrap-Up, `closeWrapup`).
   */
  phase?: 'live' | 'timed' | undefined;
  /**
   * Whether the Keycloak `agent-conversation-control` / `view_wrap_up` scope is required. Default:
   * in the live phase yes (when the user carries permitted resources), in the timed phase no, as
   * in the AgentDesk. Desks with their own rules set it.
   */
  requireScope?: boolean | undefined;
}

/**
 * Why the agent may or may not wrap up this conversation.
 *
 * - The role must not be SILENT_MONITOR or ASSISTANT, in both phases. The AgentDesk checks the
 *   role only for the live "WrapUp" button; in the timed phase it shows the form to whoever
 *   receives `wrapupTimerStarted`. The Agent Manager sends that only to an agent it has moved
 *   into the wrap-up phase, whose participant role is then `WRAP_UP` (PARTICIPANT_ROLE_CHANGED,
 *   protocol.md §b step 7), so a context kept current passes; a supervisor or a consulted agent
 *   is never in that phase. Keeping the check means the answer agrees with the builders, which
 *   refuse those roles (`ROLE_NOT_ALLOWED`): a panel never shows a form whose submit must fail.
 *
 * Any value may be passed (it never throws): an invalid context is an `INVALID_CONTEXT` answer.
 * - In the live phase, when the Keycloak user carries permitted resources, one of them must be
 *   `agent-conversation-control` with the `view_wrap_up` scope (exact, trimmed match). In the
 *   timed phase the scope is not required (it gates only the live button in the AgentDesk, and an
 *   agent on the older permission model could otherwise neither wrap up nor leave early).
 */
export function explainWrapUpPermission(context: unknown, options: WrapUpPermissionOptions = {}): WrapUpDenial {
  let ctx: WrapUpContext;
  try {
    ctx = parseWrapUpContext(context);
  } catch (error) {
    return { allowed: false, code: 'INVALID_CONTEXT', reason: error instanceof Error ? error.message : 'the context is invalid' };
  }
  const { participant } = ctx;
  const denied = roleDenial(participant.role);
  if (denied) return denied;
  const { phase, requireScope } = options ?? {};
  const resources = participant.participant.keycloakUser.permittedResources?.Resources;
  if ((requireScope ?? phase !== 'timed') && resources) {
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
export function canWrapUp(context: unknown, options?: WrapUpPermissionOptions): boolean {
  return explainWrapUpPermission(context, options).allowed;
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
