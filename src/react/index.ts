/**
 * The React layer: a provider, thin hooks observing core's stores (session, timer, outbox),
 * reasons via react-query, the form via react-hook-form, the headless `useWrapUpPanel`, and
 * `WrapUpPanel`, markup only over it. Hand-curated: every name here is public.
 */
export { useConnectionState } from './connection';
export { en, type WrapUpMessages } from './messages';
export { describeFailure, describeOutcome, type OutcomeKind, type OutcomeWords } from './outcome-words';
export { useCloseWrapupPayload, type CloseWrapupPayloadBuilder } from './payload';
export { useReasonPreferences, type ReasonPreferences } from './preferences';
export { WrapUpProvider, useWrapUpConfig, type WrapUpConfig, type WrapUpProviderProps } from './provider';
export { useWrapUpReasons, type ReasonsSource, type WrapUpReasons } from './reasons';
export { SENSITIVE_CHECK_DELAY_MS, useWrapUpForm, type FoundSensitiveKind, type ReasonRef, type UseWrapUpFormOptions, type WrapUpFormState, type WrapUpFormValues, type WrapUpMode } from './use-wrapup-form';
export {
  MATCH_ANNOUNCE_DELAY_MS,
  useReasonSearch,
  useWrapUpPanel,
  type ReasonQuery,
  type UseWrapUpPanelOptions,
  type WrapUpPanelState,
  type WrapUpUrgency,
} from './use-wrapup-panel';
export { useOutboxPending, useWrapUpSession, useWrapUpSessions, type SessionsOption } from './use-wrapup-session';
export { useSuggestionStats, useWrapUpSuggestions, type UseWrapUpSuggestionsOptions, type WrapUpSuggestions } from './suggestions';
export {
  MAX_SUGGESTIONS,
  type ReasonStats,
  type SuggestionEngine,
  type SuggestionFeedback,
  type SuggestionRequest,
  type SuggestionsOptions,
  type SuggestionsSnapshot,
  type SuggestionsStatus,
  type SuggestionStats,
} from './suggestions-engine';
export { useWrapUpTimer, type UseWrapUpTimerOptions, type WrapUpTimer } from './use-wrapup-timer';
export { WrapUpPanel, type WrapUpPanelProps } from './WrapUpPanel';
