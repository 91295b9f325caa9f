import { memo, useEffect, useRef, useState } from 'react';
import type { ReasonSuggestion } from '../../core/suggest';
import type { WrapUpMessages } from '../messages';
import type { WrapUpPanelState } from '../use-wrapup-panel';

export interface SuggestedReasonsProps {
  conversationId: string;
  suggestions: readonly ReasonSuggestion[];
  messages: WrapUpMessages;
  ids: WrapUpPanelState['ids'];
  getSuggestionProps: WrapUpPanelState['getSuggestionProps'];
  getPinProps: WrapUpPanelState['getPinProps'];
  /** Hidden while the agent searches (the announcement stays). */
  hidden: boolean;
}

/**
 * The "Suggested" group at the top of the list: up to 3 reasons, each with its `because` words and
 * its key (1–3) as a hint. Ticking one accepts it. Announced politely once per conversation, when
 * suggestions are first there. Memoised: a keystroke in the search or the note does not touch it.
 */
export const SuggestedReasons = memo(function SuggestedReasons({ conversationId, suggestions, messages, ids, getSuggestionProps, getPinProps, hidden }: SuggestedReasonsProps) {
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef<string | null>(null);
  const ready = suggestions.length > 0;
  const labels = suggestions.map((s) => s.value).join('\u0000');
  useEffect(() => {
    if (!ready || announced.current === conversationId) return undefined;
    announced.current = conversationId;
    // set after the live region is in the page, so it is read (polite: it never interrupts)
    let fired = false;
    const timeout = setTimeout(() => {
      fired = true;
      setAnnouncement(messages.suggestionsReady(labels.split('\u0000')));
    }, 100);
    return () => {
      if (fired) return; // once: later changes to the suggestions are not announced again
      clearTimeout(timeout);
      announced.current = null;
    };
  }, [ready, conversationId, labels, messages]);
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
