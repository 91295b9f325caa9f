/**
 * Every word the panel shows or announces. English defaults are Expertflow's own AgentDesk words
 * (DESIGN.md, "Words the agent sees"); Arabic and Urdu ship in `agent-desk-wrapup/locales`.
 * Pass a partial object to `messages` to override any of them.
 */
export interface WrapUpMessages {
  /** Text direction of this language. */
  dir: 'ltr' | 'rtl';
  region: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchHint: string;
  reasonsLabel: string;
  selected: (n: number) => string;
  selectedListLabel: string;
  removeReason: (reason: string) => string;
  notes: string;
  noteCount: (length: number, max: number) => string;
  noteTooLong: (over: number) => string;
  apply: string;
  cancel: string;
  addWrapUp: string;
  leaveWithoutWrapUp: string;
  limitReached: (max: number) => string;
  singleChoiceHint: string;
  emptyWrapUp: string;
  loadingReasons: string;
  reasonsFailed: (detail: string) => string;
  retry: string;
  /** The Unified Admin could not be reached: the reasons shown are the ones saved on this device. */
  reasonsStale: string;
  noReasons: string;
  noMatches: (query: string) => string;
  timeLeft: (seconds: number) => string;
  timeAnnouncement: (seconds: number) => string;
  autoApplyNotice: (seconds: number) => string;
  piiWarning: (kinds: string[]) => string;
  /** Names of the kinds of personal data the note check finds (core's `SensitiveKind`). */
  piiKinds: { card: string; email: string; phone: string; iban: string; nationalId: string; customerContact: string };
  submitAnyway: string;
  editNote: string;
  submitting: string;
  pendingOnline: string;
  pendingOffline: string;
  /** Added to the pending status while the wrap-up is kept in memory only (storage full or missing). */
  notStored: string;
  /** Offline, and kept in memory only. */
  pendingNotStored: string;
  applied: string;
  left: string;
  expired: string;
  /** The wrap-up was applied by the panel itself shortly before the deadline (`session.autoApplied`). */
  appliedAutomatically: string;
  /** `topicUnsubscription` with reason `CHAT TRANSFERRED`: another agent has the chat now. */
  transferred: string;
  /** Taken off the conversation for a reason the panel does not know (the raw reason is in "Details"). */
  removed: string;
  /** `wrapupError`: the Agent Manager refused the payload. */
  rejected: string;
  /** The wrap-up could not be built or handed to the outbox (the error is in "Details"). */
  failed: string;
  /** The next step after a rejection or a failure. */
  tryAgain: string;
  /** The next step after being taken off the conversation without a wrap-up. */
  tellSupervisor: string;
  /** The collapsed element holding the Agent Manager's own words, for developers and support. */
  details: string;
  /** Short words for a list or a badge (`describeOutcome(outcome).label`). */
  outcomeLabels: { applied: string; appliedAutomatically: string; left: string; expired: string; transferred: string; removed: string; rejected: string; failed: string };
  /** Heading of what a settled wrap-up sent. */
  sentSummary: string;
  /** The note is longer than the reporting database keeps (`noteReportLimit`). */
  noteOverReport: (limit: number) => string;
  /** Announced (politely, after a pause in typing) while the search filters the list. */
  matchCount: (n: number) => string;
  /** How to use the list by keyboard. */
  listHint: string;
  pinned: string;
  recent: string;
  /** The group of suggested reasons at the top of the list. */
  suggested: string;
  /** Under a suggestion: the conversation's words that led to it, and the key that accepts it. */
  suggestionHint: (because: string[], key: number) => string;
  /** Announced politely, once, when suggestions are ready. */
  suggestionsReady: (reasons: string[]) => string;
  pin: (reason: string) => string;
  unpin: (reason: string) => string;
  categorySeparator: string;
}

export const en: WrapUpMessages = {
  dir: 'ltr',
  region: 'Wrap-up',
  searchLabel: 'Search reasons',
  searchPlaceholder: 'New Wrap-up...',
  searchHint: 'Enter picks the first match, ↓ goes to the list. Press / to come back here.',
  reasonsLabel: 'Wrap-Up Codes',
  selected: (n) => `Selected: ${n}`,
  selectedListLabel: 'Selected reasons',
  removeReason: (r) => `Remove ${r}`,
  notes: 'Notes',
  noteCount: (length, max) => `${length} / ${max} characters`,
  noteTooLong: (over) => `The note is ${over} characters too long. Shorten it to submit.`,
  apply: 'Apply',
  cancel: 'Cancel',
  addWrapUp: 'Add Wrap-Up',
  leaveWithoutWrapUp: 'Leave Without Wrap-Up',
  limitReached: (max) => `You can choose up to ${max} reasons. Remove one to pick another.`,
  singleChoiceHint: 'Choose one reason.',
  emptyWrapUp: 'Choose a reason or write a note first.',
  loadingReasons: 'Loading wrap-up reasons…',
  reasonsFailed: (detail) => `Wrap-up reasons could not be loaded. ${detail}`,
  retry: 'Retry',
  reasonsStale: 'These reasons were saved earlier: the reason list could not be refreshed, so it may be out of date.',
  noReasons: 'No wrap-up reasons are set up. Add them in Unified Admin → Forms → Wrap-Up. You can still write a note.',
  noMatches: (q) => `No reasons match “${q}”.`,
  timeLeft: (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left`,
  timeAnnouncement: (s) => `${s} seconds left to wrap up.`,
  autoApplyNotice: (s) => `Your wrap-up will be applied automatically in ${s} seconds.`,
  piiWarning: (kinds) => `The note looks like it contains ${kinds.join(' and ')}. Notes are stored with the conversation. Remove it, or submit anyway.`,
  piiKinds: {
    card: 'a card number',
    email: 'an e-mail address',
    phone: 'a phone number',
    iban: 'a bank account number (IBAN)',
    nationalId: 'a national identity number',
    customerContact: "the customer's own phone or e-mail",
  },
  submitAnyway: 'Submit anyway',
  editNote: 'Edit note',
  submitting: 'Sending…',
  pendingOnline: 'Sent. Waiting for the Agent Manager to confirm…',
  pendingOffline: 'Your wrap-up is saved and will be sent when the connection is back.',
  notStored: 'It is not saved on this device: keep this tab open until it is confirmed.',
  pendingNotStored: 'Your wrap-up will be sent when the connection is back, but it is not saved on this device: keep this tab open.',
  applied: 'The wrap-up(s) you added are successfully applied to the conversation.',
  left: 'No wrap-ups added, you have successfully left the conversation.',
  expired: 'Wrap-up time expired, you are removed from the conversation.',
  appliedAutomatically: 'Your wrap-up was applied automatically before the time ran out.',
  transferred: 'The chat was transferred to another agent. No wrap-up is needed from you.',
  removed: 'You were taken off this conversation before a wrap-up was applied.',
  rejected: 'The Agent Manager did not accept this wrap-up.',
  failed: 'The wrap-up could not be sent.',
  tryAgain: 'Check it and try again. If it fails again, tell your supervisor.',
  tellSupervisor: 'If this conversation still needs a wrap-up, tell your supervisor.',
  details: 'Details',
  outcomeLabels: {
    applied: 'Wrap-up applied',
    appliedAutomatically: 'Applied automatically',
    left: 'Left without wrap-up',
    expired: 'Wrap-up time ran out',
    transferred: 'Transferred',
    removed: 'Removed from the chat',
    rejected: 'Wrap-up not accepted',
    failed: 'Not sent',
  },
  sentSummary: 'Sent',
  noteOverReport: (limit) => `Reports keep only the first ${limit} characters of a note.`,
  matchCount: (n) => (n === 0 ? 'No reasons match.' : n === 1 ? '1 reason matches.' : `${n} reasons match.`),
  listHint: 'In the list: ↑ ↓ to move, Space to tick, P to pin.',
  pinned: 'Pinned',
  recent: 'Recently used',
  suggested: 'Suggested',
  suggestionHint: (because, key) => (because.length > 0 ? `From “${because.slice(0, 3).join('”, “')}”. Press ${key} to add.` : `Press ${key} to add.`),
  suggestionsReady: (reasons) => `${reasons.length === 1 ? '1 suggested reason' : `${reasons.length} suggested reasons`}: ${reasons.join(', ')}. Press 1${reasons.length > 1 ? ` to ${reasons.length}` : ''} to add one.`,
  pin: (r) => `Pin ${r}`,
  unpin: (r) => `Unpin ${r}`,
  categorySeparator: ' › ',
};
