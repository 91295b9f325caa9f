/**
 * The reason suggester (issue 15): wrap-up reasons suggested from the conversation, on the device,
 * in English, Arabic, Urdu and Roman Urdu. Framework-free (no React, no DOM, no network, no model
 * weights); the React hook and the panel's "Suggested" group build on these names.
 *
 * ```ts
 * const suggester = createReasonSuggester(form, { synonyms: { 'Refund issued': ['money back'] }, model: savedModel });
 * suggester.suggest([{ from: 'customer', text: 'paisay wapis kar do' }]);
 * // → [{ categoryName: 'Billing', value: 'Refund issued', score: 0.83, because: ['paisay wapis'] }, …]
 * suggester.learn(transcript, [{ categoryName: 'Billing', value: 'Refund issued' }]); // after an applied wrap-up
 * storage.setItem(key, JSON.stringify(suggester.export())); // ≤ maxModelBytes (200 kB), suggester.size bytes
 * ```
 *
 * - `suggest` costs ~0.5–1 ms of CPU for a 50-message chat at 100–10,000 reasons (bench/suggest/RESULTS.md):
 *   call it as messages arrive, so suggestions are ready when the wrap-up opens. It reads at most the
 *   last 200 messages and 2,000 characters of each (a string: its last 20,000 characters). Scores are
 *   calibrated (about the chance of being right) and comparable across calls; `minScore` (0.15) leaves
 *   out the rest, so `[]` means "nothing confident".
 * - `learn` is ~0.1–0.2 ms, but once the model is at its bound every ~30th call prunes it (~2–5 ms):
 *   call it from an idle callback. `import` replaces what was learned (validated: a bad model throws
 *   `WrapUpError('INVALID_OPTIONS')` with the path of the bad field and leaves the model as it was).
 * - `createReasonSuggester` builds an index: ~5 ms at 100 reasons, ~200 ms at 10,000: make one per form.
 * - Bad input (form, options, transcript, chosen reasons, model) throws `WrapUpError` with a `path`.
 *
 * This list is the public one: `agent-desk-wrapup/core` re-exports it whole.
 */
export {
  buildReasonSuggester,
  createReasonSuggester,
  DEFAULT_MAX_MODEL_BYTES,
  DEFAULT_MIN_SCORE,
  MODEL_FORMAT,
  MODEL_VERSION,
  type BuildSliceOptions,
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
