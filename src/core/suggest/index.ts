/**
 * The reason suggester (issue 15): wrap-up reasons suggested from the conversation, on the device.
 * Framework-free; the React hook and the panel's "Suggested" group build on these names.
 */
export {
  createReasonSuggester,
  DEFAULT_MAX_MODEL_BYTES,
  DEFAULT_MIN_SCORE,
  MODEL_FORMAT,
  MODEL_VERSION,
  type ChosenReason,
  type ReasonSuggester,
  type ReasonSuggesterOptions,
  type ReasonSuggestion,
  type SuggesterModel,
  type SuggestOptions,
  type Transcript,
  type TranscriptMessage,
  type TranscriptRole,
} from './suggester';
export { contactCentreLexicon, type Lexicon, type LexiconConcept } from './lexicon';
export { foldText, stem, tokenize } from './text';
