import { memo } from 'react';
import type { ReasonSuggestion } from '../../core/suggest';
import type { WrapUpMessages } from '../messages';
import type { WrapUpPanelState } from '../use-wrapup-panel';

export interface SuggestedReasonsProps {
  suggestions: readonly ReasonSuggestion[];
  messages: WrapUpMessages;
  ids: WrapUpPanelState['ids'];
  getSuggestionProps: WrapUpPanelState['getSuggestionProps'];
  getPinProps: WrapUpPanelState['getPinProps'];
  /** Hidden while the agent searches (the announcement stays). */
  hidden: boolean;
  /** `panel.suggestionsAnnouncement`. */
  announcement: string;
}

/**
 * The "Suggested" group at the top of the list: up to 3 reasons, each with its `because` words and
 * its key (1–3) as a hint. Ticking one accepts it. Its live region says `panel.suggestionsAnnouncement`
 * (once per conversation). Memoised: a keystroke in the search or the note does not touch it.
 */
export const SuggestedReasons = memo(function SuggestedReasons({ suggestions, messages, ids, getSuggestionProps, getPinProps, hidden, announcement }: SuggestedReasonsProps) {
  const ready = suggestions.length > 0;
  return (
    <>
      <p role="status" className="wrapup-visually-hidden">
        {announcement}
      </p>
      {ready && !hidden && (
        <fieldset className="wrapup-group" data-kind="suggested">
          <legend className="wrapup-group-label">{messages.suggested}</legend>
          {suggestions.map((s, i) => {
            const input = getSuggestionProps(i);
            return (
              <div key={`${s.categoryName}\u0000${s.value}`} className="wrapup-reason wrapup-suggestion" data-state={input.checked ? 'checked' : 'unchecked'} data-score={s.score.toFixed(2)}>
                <input {...input} className="wrapup-reason-input" />
                <label htmlFor={input.id} className="wrapup-reason-label" title={s.value}>
                  {s.value}
                </label>
                <button {...getPinProps(s)} className="wrapup-pin" />
                <span id={ids.suggestionHint(i)} className="wrapup-hint wrapup-suggestion-hint">
                  {messages.suggestionHint(s.because, i + 1)}
                </span>
              </div>
            );
          })}
        </fieldset>
      )}
    </>
  );
});
