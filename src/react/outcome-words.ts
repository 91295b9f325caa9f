/**
 * The Agent Manager's answers in words an agent understands, with the next step. Its own strings
 * (`choosing leave without Wrap Up`, `roomInfo.id does not match the conversation`) are kept in
 * `detail`, for developers and support, never as the agent's sentence.
 */
import type { OutboxOutcome } from '../core/outbox';
import { en, type WrapUpMessages } from './messages';

export type OutcomeKind = keyof WrapUpMessages['outcomeLabels'];

export interface OutcomeWords {
  /** What happened, for styling and tests (`data-outcome`). */
  kind: OutcomeKind;
  tone: 'success' | 'warning' | 'danger';
  /** A few words for a list or a badge: "Left without wrap-up". */
  label: string;
  /** The sentence the panel shows. */
  text: string;
  /** What to do now ("Try again", "Tell your supervisor"), or '' when nothing is needed. */
  next: string;
  /** The raw reason or error the Agent Manager sent ('' when it said nothing more). */
  detail: string;
}

/** The `topicUnsubscription` reason of a transfer (AgentDesk's wording). */
const transferReason = /^chat[\s_-]*transferred$/i;

/**
 * Words for an outcome (`session.outcome`, `onOutcome`, `outbox.submit`'s result) in the given
 * language (default English): `describeOutcome(session.outcome, ar).label` for a desk's list.
 * `autoApplied` (the session's) says an applied wrap-up was applied by the panel itself.
 */
export function describeOutcome(outcome: OutboxOutcome, messages: WrapUpMessages = en, options: { autoApplied?: boolean } = {}): OutcomeWords {
  const words = (kind: OutcomeKind, tone: OutcomeWords['tone'], text: string, next: string, detail: string): OutcomeWords => ({
    kind,
    tone,
    label: messages.outcomeLabels[kind],
    text,
    next,
    detail,
  });
  switch (outcome.status) {
    case 'applied':
      return options.autoApplied
        ? words('appliedAutomatically', 'success', messages.appliedAutomatically, '', outcome.reason ?? '')
        : words('applied', 'success', messages.applied, '', outcome.reason ?? '');
    case 'left':
      return words('left', 'success', messages.left, '', outcome.reason);
    case 'expired':
      return words('expired', 'danger', messages.expired, '', outcome.reason);
    case 'removed':
      return transferReason.test(outcome.reason.trim())
        ? words('transferred', 'warning', messages.transferred, '', outcome.reason)
        : words('removed', 'warning', messages.removed, messages.tellSupervisor, outcome.reason);
    case 'rejected':
      return words('rejected', 'danger', messages.rejected, messages.tryAgain, outcome.error?.message || outcome.reason);
    default: {
      // an outcome from a newer core: say what it is, never nothing
      const unknown = outcome as { reason?: string; status?: string };
      return words('removed', 'warning', messages.removed, messages.tellSupervisor, unknown.reason ?? unknown.status ?? '');
    }
  }
}

/** Words for a wrap-up that could not be built or handed to the outbox (`form.error` without an outcome). */
export function describeFailure(error: Error, messages: WrapUpMessages = en): OutcomeWords {
  return { kind: 'failed', tone: 'danger', label: messages.outcomeLabels.failed, text: messages.failed, next: messages.tryAgain, detail: error.message };
}
