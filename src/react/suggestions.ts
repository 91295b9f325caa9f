import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { NormalizedWrapUpForm } from '../core/admin-form';
import type { ReasonSuggestion, TranscriptMessage } from '../core/suggest';
import { useOptionalWrapUpConfig, useWrapUpConfig } from './provider';
import { useWrapUpReasons, type ReasonsSource } from './reasons';
import { suggestionsOff, type SuggestionEngine, type SuggestionsStatus, type SuggestionStats } from './suggestions-engine';
import type { WrapUpMessages } from './messages';
import type { ReasonRef } from './use-wrapup-form';

export interface UseWrapUpSuggestionsOptions {
  /** The conversation's transcript, when the desk has it itself; default: what the session store collected from `onCimEvent`. */
  transcript?: readonly TranscriptMessage[] | undefined;
  /** Overrides the provider's reasons source. */
  reasons?: ReasonsSource | undefined;
  /**
   * Called by `accept(i)` to tick the reason (the panel passes its form's `toggle`); returns false
   * when the 5-code limit (1 when single-choice) stops it. Without it, `accept` records the
   * acceptance and returns the suggestion for you to add.
   */
  select?: (reason: ReasonRef) => boolean;
  /** Records what this view shows in the conversation's ledger (default true). */
  record?: boolean | undefined;
}

export interface WrapUpSuggestions {
  /** `off` (the provider's `suggestions={false}`), `idle` (no words in the chat yet), `building` (the suggester is being built), `loading` (the desk's `suggest`), `ready`, `error`. */
  status: SuggestionsStatus;
  /** At most 3, best first; each with `because`, the transcript's words that led to it. */
  suggestions: readonly ReasonSuggestion[];
  error: Error | null;
  /** Accepts the i-th suggestion (0-based): ticks it through `select`, records it with its rank. False when nothing was added. */
  accept: (index: number) => boolean;
}

const noStats: SuggestionStats = { conversations: 0, shown: 0, accepted: 0, used: 0, acceptRate: 0, reasons: [] };
const noop = () => () => undefined;

/** The engine's suggestions for a conversation over a form already in hand (the panel's). */
export function useSuggestionsFor(
  engine: SuggestionEngine | null,
  conversationId: string,
  form: NormalizedWrapUpForm | undefined,
  options: Pick<UseWrapUpSuggestionsOptions, 'transcript' | 'select' | 'record'> = {},
): WrapUpSuggestions {
  const { transcript, select, record = true } = options;
  const subscribe = useCallback((notify: () => void) => (engine ? engine.subscribe(conversationId, notify) : noop()), [engine, conversationId]);
  const get = () => (engine ? engine.get(conversationId) : suggestionsOff);
  const snapshot = useSyncExternalStore(subscribe, get, get);
  // computed outside render (idle callbacks), as the chat goes on
  useEffect(() => (engine && form ? engine.watch(conversationId, form, transcript) : undefined), [engine, conversationId, form, transcript]);
  const { suggestions } = snapshot;
  useEffect(() => {
    if (engine && record && suggestions.length > 0) engine.shown(conversationId, suggestions);
  }, [engine, record, conversationId, suggestions]);
  const accept = useCallback(
    (index: number) => {
      const s = suggestions[index];
      if (!s || !engine) return false;
      const added = select ? select({ categoryName: s.categoryName, value: s.value }) : true;
      if (added) engine.accepted(conversationId, s, index + 1);
      return added;
    },
    [suggestions, engine, select, conversationId],
  );
  return { status: snapshot.status, suggestions, error: snapshot.error, accept };
}

/**
 * Suggested wrap-up reasons for a conversation, from its transcript (the session store collects it
 * from the Agent Manager's `onCimEvent`, or pass `transcript`), computed on the device as the chat
 * goes on (or by the provider's own `suggest`), so they are ready when the wrap-up opens. At most 3,
 * best first, each with its `because` words. Nothing is ever ticked or sent for the agent.
 */
export function useWrapUpSuggestions(conversationId: string, options: UseWrapUpSuggestionsOptions = {}): WrapUpSuggestions {
  const config = useWrapUpConfig('useWrapUpSuggestions');
  const reasons = useWrapUpReasons(options.reasons);
  return useSuggestionsFor(config.suggestions, conversationId, reasons.form, options);
}

/**
 * How often this device's agent takes the suggestions: overall and per reason (`shown`, `accepted`
 * from the "Suggested" group, `used`: sent however ticked, `acceptRate`), from storage; updated
 * as each conversation is answered.
 */
export function useSuggestionStats(): SuggestionStats {
  const engine = useOptionalWrapUpConfig()?.suggestions ?? null;
  const subscribe = useCallback((notify: () => void) => (engine ? engine.subscribeStats(notify) : noop()), [engine]);
  const get = () => (engine ? engine.stats() : noStats);
  return useSyncExternalStore(subscribe, get, get);
}

/**
 * What to announce (politely) when a conversation's suggestions are first there: once per
 * conversation while this is mounted, a moment after they appear (so the live region is in the
 * page first); later changes are not announced again. '' until then.
 */
export function useSuggestionsAnnouncement(conversationId: string, suggestions: readonly ReasonSuggestion[], messages: Pick<WrapUpMessages, 'suggestionsReady'>): string {
  const [announcement, setAnnouncement] = useState<{ id: string; text: string } | null>(null);
  const announced = useRef<string | null>(null);
  const ready = suggestions.length > 0;
  const labels = suggestions.map((s) => s.value).join('\u0000');
  useEffect(() => {
    if (!ready || announced.current === conversationId) return undefined;
    announced.current = conversationId;
    let fired = false;
    const timeout = setTimeout(() => {
      fired = true;
      setAnnouncement({ id: conversationId, text: messages.suggestionsReady(labels.split('\u0000')) });
    }, 100);
    return () => {
      if (fired) return; // once: later changes to the suggestions are not announced again
      clearTimeout(timeout);
      announced.current = null;
    };
  }, [ready, conversationId, labels, messages]);
  return announcement?.id === conversationId ? announcement.text : '';
}
