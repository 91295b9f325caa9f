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
  noReasons: string;
  noMatches: (query: string) => string;
  timeLeft: (seconds: number) => string;
  timeAnnouncement: (seconds: number) => string;
  autoApplyNotice: (seconds: number) => string;
  piiWarning: (kinds: string[]) => string;
  piiKinds: { card: string; email: string; phone: string };
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
  removed: (reason: string) => string;
  failed: (reason: string) => string;
  pinned: string;
  recent: string;
  pin: (reason: string) => string;
  unpin: (reason: string) => string;
  categorySeparator: string;
}

export const en: WrapUpMessages = {
  dir: 'ltr',
  region: 'Wrap-up',
  searchLabel: 'Search reasons',
  searchPlaceholder: 'New Wrap-up...',
  searchHint: 'Enter picks the first match. Press / to come back here.',
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
  noReasons: 'No wrap-up reasons are set up. Add them in Unified Admin → Forms → Wrap-Up. You can still write a note.',
  noMatches: (q) => `No reasons match “${q}”.`,
  timeLeft: (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left`,
  timeAnnouncement: (s) => `${s} seconds left to wrap up.`,
  autoApplyNotice: (s) => `Your wrap-up will be applied automatically in ${s} seconds.`,
  piiWarning: (kinds) => `The note looks like it contains ${kinds.join(' and ')}. Notes are stored with the conversation. Remove it, or submit anyway.`,
  piiKinds: { card: 'a card number', email: 'an e-mail address', phone: 'a phone number' },
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
  removed: (reason) => `You are removed due to ${reason}.`,
  failed: (reason) => `The wrap-up was not applied: ${reason}`,
  pinned: 'Pinned',
  recent: 'Recently used',
  pin: (r) => `Pin ${r}`,
  unpin: (r) => `Unpin ${r}`,
  categorySeparator: ' › ',
};
