import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { explainWrapUpPermission, type WrapUpContextInput, type WrapUpDenial } from '../core/context';
import type { OutboxOutcome } from '../core/outbox';
import type { IndexedReason } from '../core/reason-index';
import { reasonKey } from '../core/reason-index';
import type { WrapUpSessions } from '../core/sessions';
import { isDev } from './dev';
import { describeFailure, describeOutcome, type OutcomeWords } from './outcome-words';
import { resolveMessages, useWrapUpConfig } from './provider';
import type { WrapUpMessages } from './messages';
import { useReasonPreferences, type ReasonPreferences } from './preferences';
import { createReasonSearch } from './reason-search';
import { createRoving, isTextField, warnLongLabels } from './roving';
import { useWrapUpReasons, type ReasonsSource, type WrapUpReasons } from './reasons';
import { useWrapUpForm, type ReasonRef, type UseWrapUpFormOptions, type WrapUpFormState, type WrapUpMode, type WrapUpStatus } from './use-wrapup-form';
import { useWrapUpTimer, type WrapUpTimer } from './use-wrapup-timer';
import { useSuggestionsAnnouncement, useSuggestionsFor, type WrapUpSuggestions } from './suggestions';

export interface UseWrapUpPanelOptions {
  /** The conversation context from onTopicData: `{ conversationId, roomInfo, participant, channelSession, customer? }`. */
  context: WrapUpContextInput;
  /** `live` ("Apply"/"Cancel", publishCimEvent) or `timed` ("Add Wrap-Up"/"Leave Without Wrap-Up", closeWrapup). Default: the session's phase. */
  mode?: WrapUpMode | undefined;
  /** Overrides the provider's reasons source. */
  reasons?: ReasonsSource | undefined;
  /** Your words, merged over the provider's (which are English unless it was given a locale). */
  messages?: Partial<WrapUpMessages> | undefined;
  /** Longest note; default the provider's (2,000). */
  noteMaxLength?: number | undefined;
  /** Seconds before expiry at which a draft with a code or a note is applied automatically; `false` turns it off. Default 5. */
  autoApplySeconds?: number | false | undefined;
  /** How many seconds before auto-apply its notice shows; default 5. */
  autoApplyNoticeSeconds?: number | undefined;
  /** Above this many reasons the list is virtualised; default 150. */
  virtualizeAbove?: number | undefined;
  /**
   * Who may wrap up. Default: the AgentDesk's rule, `explainWrapUpPermission(context, { phase })`: a
   * silent monitor or assistant never; the live-chat wrap-up needs the `view_wrap_up` scope; the timed
   * phase is open to any agent who received `wrapupTimerStarted`. Pass your own for your desk's rules.
   */
  permission?: (context: WrapUpContextInput, info: { phase: WrapUpMode }) => WrapUpDenial;
  /** Moves focus to the search box when the timed phase opens (default true). */
  focusOnTimed?: boolean | undefined;
  /** Moves focus to the search box when the panel mounts (e.g. the agent opened it during a live chat). Default false. */
  autoFocus?: boolean | undefined;
  /**
   * `/` anywhere on the page (outside text fields) focuses the search box. Opt-in (default false),
   * since desks have their own shortcuts; without it `/` works while focus is in the panel.
   */
  globalSlash?: boolean | undefined;
  /**
   * Characters of a note that Expertflow's reporting keeps (`wrapup_detail` stores 350): past it the
   * counter warns that reports will cut the note. `false` turns the warning off. Default 350.
   */
  noteReportLimit?: number | false | undefined;
  /** The note's personal-data check: kinds, the desk's own patterns, reference words; `false` turns it off (see `useWrapUpForm`). */
  sensitive?: UseWrapUpFormOptions['sensitive'] | undefined;
  /** Called once with the Agent Manager's answer. */
  onOutcome?: (outcome: OutboxOutcome) => void;
  /** "Cancel" in live mode. The draft is kept. */
  onCancel?: () => void;
  /** A session store other than the provider's. */
  sessions?: WrapUpSessions | undefined;
}

/** How close the deadline is: drives colour and emphasis. */
export type WrapUpUrgency = 'none' | 'normal' | 'warning' | 'critical';

/** The search box's query, outside React state: a keystroke re-renders only what shows the list. */
export interface ReasonQuery {
  get: () => string;
  set: (query: string) => void;
  subscribe: (listener: () => void) => () => void;
}

export interface WrapUpPanelState {
  /** False when this agent may not wrap up this conversation: render nothing (`denied` says why). */
  allowed: boolean;
  denied: string | null;
  mode: WrapUpMode;
  messages: WrapUpMessages;
  timer: WrapUpTimer;
  urgency: WrapUpUrgency;
  reasons: WrapUpReasons;
  form: WrapUpFormState;
  prefs: ReasonPreferences;
  /** The list is long enough to virtualise. */
  virtual: boolean;
  /** Characters over the note limit (≤ 0 when within it). */
  noteOver: number;
  /** The note is longer than reports keep (`noteReportLimit`), though it can still be sent. */
  noteOverReport: boolean;
  noteReportLimit: number | false;
  /**
   * The Agent Manager answered (or the conversation closed): nothing more can be sent. Show what
   * was sent (`form.values`) and `result`, without controls.
   */
  settled: boolean;
  /** Where the wrap-up ended, or why it failed, in the agent's words with the next step; null while there is nothing to say. */
  result: OutcomeWords | null;
  /** The personal-data warning in the agent's words (the kinds found named), or null when there is none. */
  sensitiveWarningText: string | null;
  /** The auto-apply notice is due, and in how many seconds it applies. */
  autoApply: { notice: boolean; inSeconds: number };
  /**
   * Suggested reasons from the conversation (at most 3, best first, each with its `because` words):
   * show them at the top of the list (`getSuggestionProps`). `accept(i)` ticks one within the
   * limit; 1–3 accept by keyboard while focus is in the panel and not in a text field. Never
   * ticked for the agent unless the provider's `preselectAbove` says so, never sent for the agent.
   */
  suggestions: WrapUpSuggestions;
  /** "2 suggested reasons: …", once per conversation when suggestions are first there: render it in a polite live region (`role="status"`). */
  suggestionsAnnouncement: string;
  /** The search query (read it with `useReasonSearch(panel)` where the list is shown). */
  query: ReasonQuery;
  /** Stable ids of the panel's parts, for labels and descriptions. */
  ids: {
    region: string;
    search: string;
    searchHint: string;
    listHint: string;
    note: string;
    noteCount: string;
    category: (index: number) => string;
    /** The hint under the i-th suggestion (its `because` words and its key). */
    suggestionHint: (index: number) => string;
  };
  searchRef: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLDivElement | null>;
  getRegionProps: () => {
    id: string;
    'aria-label': string;
    dir: 'ltr' | 'rtl';
    'data-state': string;
    'data-mode': WrapUpMode;
    'data-urgency': WrapUpUrgency;
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  };
  /** The `<form>`: submitting it never depends on the browser (no native submission). */
  getFormProps: () => { noValidate: true; onSubmit: (e: FormEvent) => void };
  /** The search box. Controlled by the query: call it in the component that calls `useReasonSearch(panel)` (which re-renders on each keystroke). */
  getSearchProps: () => {
    ref: RefObject<HTMLInputElement | null>;
    id: string;
    type: 'search';
    value: string;
    autoComplete: 'off';
    placeholder: string;
    'aria-describedby': string;
    disabled: boolean;
    onChange: (e: ChangeEvent<HTMLInputElement>) => void;
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  };
  /**
   * The list of reasons: one tab stop with roving focus (WAI-ARIA APG): ↑/↓, Home/End and
   * PageUp/PageDown move between the rendered, enabled options (category names are skipped), Space
   * ticks, Enter ticks, `p` pins. Its `ref` keeps exactly one option tabbable as rows come and go.
   */
  getListProps: () => {
    ref: (element: HTMLDivElement | null) => void;
    role: 'group';
    'aria-label': string;
    'aria-describedby': string;
    'data-virtual': 'true' | 'false';
    tabIndex: 0 | undefined;
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  };
  /** The reason's checkbox (radio when the form is single-choice). `section` tells apart one reason shown twice (e.g. pinned and in its category). */
  getOptionProps: (
    reason: ReasonRef,
    section?: string,
  ) => {
    id: string;
    type: 'checkbox' | 'radio';
    name: string | undefined;
    checked: boolean;
    disabled: boolean;
    /** -1: the list's `ref` makes one option the list's tab stop. */
    tabIndex: -1;
    'data-wrapup-option': '';
    onChange: () => void;
    onFocus: () => void;
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  };
  /**
   * The i-th suggestion's checkbox (radio when single-choice), in the "Suggested" group: ticking it
   * accepts the suggestion (recorded with its rank), within the limit. Described by its hint
   * (`ids.suggestionHint(i)`: its `because` words and its key, 1–3).
   */
  getSuggestionProps: (index: number) => ReturnType<WrapUpPanelState['getOptionProps']> & { 'aria-describedby': string };
  /** The pin star: for the mouse (not a tab stop; the keyboard pins with `p` on the option). */
  getPinProps: (reason: ReasonRef) => { type: 'button'; 'aria-pressed': boolean; 'aria-label': string; disabled: boolean; tabIndex: -1; onClick: () => void };
  /** The remove button of a selected reason's chip. */
  getChipProps: (entry: ReasonRef) => { type: 'button'; 'aria-label': string; disabled: boolean; onClick: (event: { currentTarget: HTMLElement }) => void };
  /** The note's textarea (react-hook-form's `register('note')`); read-only once nothing more can be sent. */
  getNoteProps: () => ReturnType<WrapUpFormState['form']['register']> & { id: string; 'aria-describedby': string; 'aria-invalid': true | undefined; readOnly: boolean };
  /**
   * A warning or notice that needs the agent now (the personal-data warning, the auto-apply notice,
   * a form error): `role="alert"` (announced), and brought into view when it appears.
   */
  getAlertProps: () => { role: 'alert'; ref: (element: HTMLElement | null) => void };
  /**
   * The status line: where the wrap-up stands in the agent's words (`result`, or submitting /
   * pending, and whether it is kept on this device). `role="status"`, or `"alert"` once it failed;
   * the Agent Manager's own words in `data-reason`. Focus moves here when the panel locks while
   * focus was in it (the focused button was disabled), so it is not lost to the page.
   */
  getStatusProps: () => {
    role: 'status' | 'alert';
    ref: (element: HTMLElement | null) => void;
    tabIndex: -1;
    'data-state': WrapUpStatus;
    'data-tone': OutcomeWords['tone'] | undefined;
    'data-reason': string | undefined;
    children: string;
  };
  /** "Submit anyway" in the personal-data warning. */
  getSubmitAnywayProps: () => { type: 'button'; onClick: () => void; children: string };
  /** "Edit note" in the personal-data warning: closes it and puts focus in the note. */
  getEditNoteProps: () => { type: 'button'; onClick: () => void; children: string };
  /** "Add Wrap-Up" (timed) or "Apply" (live). */
  getSubmitProps: () => { type: 'button'; disabled: boolean; onClick: () => void; children: string };
  /** "Leave Without Wrap-Up" (timed phase only). */
  getLeaveProps: () => { type: 'button'; disabled: boolean; onClick: () => void; children: string };
  /** "Cancel" (live mode only). */
  getCancelProps: () => { type: 'button'; disabled: boolean; onClick: () => void; children: string };
}

function createQuery(): ReasonQuery {
  let value = '';
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const defaultPermission: NonNullable<UseWrapUpPanelOptions['permission']> = (context, { phase }) => explainWrapUpPermission(context, { phase });

/**
 * Everything the panel does, headless: the mode (timed from `wrapupTimerStarted`, also after the
 * deadline, until the answer), auto-apply before expiry, urgency, search, keyboard, focus,
 * "recently used" on success and the permission gate. Returns the state to show and prop getters
 * (as React Aria and Downshift do) for your own markup; `WrapUpPanel` is markup over them.
 */
export function useWrapUpPanel(options: UseWrapUpPanelOptions): WrapUpPanelState {
  const config = useWrapUpConfig('useWrapUpPanel');
  const { context, onCancel } = options;
  const sessions = options.sessions ?? config.sessions;
  const given = options.messages;
  const messages = useMemo(() => resolveMessages(given, config.messages), [given, config.messages]);
  const timer = useWrapUpTimer(context.conversationId, { sessions });
  const reasons = useWrapUpReasons(options.reasons);
  const agentId = context.participant?.participant?.id ?? 'agent';
  const prefs = useReasonPreferences(agentId, config.storage);

  // "recently used": the codes of a wrap-up the Agent Manager applied (what was sent is the stored draft)
  const { recordUsed } = prefs;
  const onOutcomeGiven = options.onOutcome;
  const onOutcome = useCallback(
    (outcome: OutboxOutcome) => {
      const sent = sessions.readDraft(outcome.conversationId)?.wrapups ?? [];
      if (outcome.status === 'applied' && sent.length > 0) recordUsed(sent);
      onOutcomeGiven?.(outcome);
    },
    [recordUsed, onOutcomeGiven, sessions],
  );
  const form = useWrapUpForm({ context, mode: options.mode, form: reasons.form, noteMaxLength: options.noteMaxLength, messages, onOutcome, sessions, sensitive: options.sensitive });
  const { mode, status, submit } = form;

  // suggested reasons: computed by the provider's engine as the chat goes on (never in this render)
  const engine = config.suggestions;
  const { settled } = form;
  const { isSelected: selectedNow, toggle: toggleNow } = form;
  // accepting adds, never removes (a suggestion already ticked stays ticked)
  const addReason = useCallback((r: ReasonRef) => !selectedNow(r) && toggleNow(r), [selectedNow, toggleNow]);
  const suggestions = useSuggestionsFor(engine, context.conversationId, reasons.form, { select: addReason, record: !settled });
  // opt-in: tick the confident ones for the agent, once per wrap-up, only while nothing is ticked
  const preselectAbove = engine?.options.preselectAbove;
  const [preselected, setPreselected] = useState<{ scope: string; json: string } | null>(null);
  const wrapUpScope = `${context.conversationId}\u0000${form.session.round}`;
  const { toggle: toggleReason, locked: formLocked } = form;
  const noCodes = form.values.wrapups.length === 0;
  useEffect(() => {
    if (preselectAbove === undefined || formLocked || !noCodes || preselected?.scope === wrapUpScope) return;
    // a single-choice form takes one: the best (ticking a second would replace it)
    const confident = suggestions.suggestions.filter((s) => s.score >= preselectAbove).slice(0, form.multiple ? undefined : 1);
    if (confident.length === 0) return;
    const picked = confident.filter((s) => toggleReason({ categoryName: s.categoryName, value: s.value }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- remembered with the form change made in the same effect
    setPreselected({ scope: wrapUpScope, json: JSON.stringify(picked.map((s) => [s.categoryName, s.value])) });
  }, [preselectAbove, formLocked, noCodes, wrapUpScope, preselected, suggestions.suggestions, toggleReason, form.multiple]);

  const id = useId();
  const ids = useMemo(
    () => ({
      region: `${id}-region`,
      search: `${id}-search`,
      searchHint: `${id}-search-hint`,
      listHint: `${id}-list-hint`,
      note: `${id}-note`,
      noteCount: `${id}-note-count`,
      category: (i: number) => `${id}-cat-${i}`,
      suggestionHint: (i: number) => `${id}-suggestion-${i}`,
    }),
    [id],
  );
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [queryStore] = useState(createQuery);

  // focus moves into the panel when the timed phase opens
  const focusOnTimed = options.focusOnTimed ?? true;
  // once per wrap-up (another conversation, or a new round, gets its own)
  const focusedForTimer = useRef<string | null>(null);
  useEffect(() => {
    if (focusOnTimed && mode === 'timed' && timer.running && focusedForTimer.current !== wrapUpScope) {
      focusedForTimer.current = wrapUpScope;
      const search = searchRef.current;
      const active = search?.ownerDocument.activeElement ?? null;
      // never out of the middle of the agent's typing (the desk's chat box, this panel's note, another panel's)
      if (active && isTextField(active)) return;
      search?.focus();
    }
  }, [focusOnTimed, mode, timer.running, wrapUpScope]);
  // the desk opened the panel on purpose (live mode): focus goes to the search once
  const autoFocus = options.autoFocus ?? false;
  useEffect(() => {
    if (autoFocus) searchRef.current?.focus();
  }, [autoFocus]);

  // auto-apply shortly before expiry, after a visible notice (only what the agent chose)
  const autoApplyAt = options.autoApplySeconds ?? 5;
  const noticeLead = options.autoApplyNoticeSeconds ?? 5;
  // a preselection the agent has not touched is not the agent's choice: it is never applied automatically
  const untouchedPreselection =
    preselected?.scope === wrapUpScope && form.values.note.trim() === '' && JSON.stringify(form.values.wrapups.map((w) => [w.categoryName, w.value])) === preselected.json;
  const hasContent = (form.values.wrapups.length > 0 || form.values.note.trim() !== '') && !untouchedPreselection;
  const autoArmed =
    autoApplyAt !== false && mode === 'timed' && timer.running && status === 'idle' && !form.session.autoApplied && hasContent && form.noteLength <= form.noteMaxLength;
  // once per wrap-up: the session's autoApplied says so after it is sent, this ref until then
  const autoFired = useRef<string | null>(null);
  useEffect(() => {
    if (autoArmed && timer.remainingSeconds <= autoApplyAt && autoFired.current !== wrapUpScope) {
      autoFired.current = wrapUpScope;
      void submit({ confirmSensitive: true, auto: true });
    }
  }, [autoArmed, timer.remainingSeconds, autoApplyAt, submit, wrapUpScope]);

  const permission = options.permission ?? defaultPermission;
  const denial = useMemo(() => permission(context, { phase: mode }), [permission, context, mode]);
  const denied = denial.allowed ? null : denial.reason;
  useEffect(() => {
    if (denied && isDev()) console.warn(`[agent-desk-wrapup] The wrap-up panel renders nothing (useWrapUpPanel: allowed is false): ${denied}`);
  }, [denied]);

  // Expertflow's reporting table (wrapup_detail) keeps 50 characters of a label: longer ones are cut in reports
  const form_ = reasons.form;
  useEffect(() => {
    if (form_ && isDev()) warnLongLabels(form_);
  }, [form_]);

  const result = useMemo<OutcomeWords | null>(() => {
    if (form.outcome && (settled || status === 'failed')) return describeOutcome(form.outcome, messages, { autoApplied: form.session.autoApplied });
    if (status === 'failed' && form.error) return describeFailure(form.error, messages);
    return null;
  }, [form.outcome, form.error, form.session.autoApplied, settled, status, messages]);
  const noteReportLimit = options.noteReportLimit ?? 350;

  const urgency: WrapUpUrgency = !timer.running ? 'none' : timer.remainingSeconds <= 10 ? 'critical' : timer.remainingSeconds <= 30 ? 'warning' : 'normal';
  const virtual = reasons.index.length > (options.virtualizeAbove ?? 150);

  // getters: stable while what they read is unchanged, so memoised rows stay memoised
  const { locked, atLimit, multiple, isSelected, toggle, remove } = form;
  const { isPinned, togglePin } = prefs;

  // roving focus: the list element and the option that last had focus (refs: moving focus re-renders nothing)
  const [roving] = useState(createRoving);
  // stable: React attaches it once per list element
  const listElementRef = useCallback((element: HTMLDivElement | null) => roving.attach(element, listRef), [roving]);
  const getOptionProps = useCallback(
    (reason: ReasonRef, section = 'r') => {
      const selected = isSelected(reason);
      // unique per reason (the key is collision-free, and its encoding reversible and without spaces)
      const encoded = encodeURIComponent(reasonKey(reason));
      const optionId = `${id}-${section}-${encoded}`;
      return {
        id: optionId,
        type: multiple ? ('checkbox' as const) : ('radio' as const),
        name: multiple ? undefined : `${id}-choice`,
        checked: selected,
        disabled: locked || (!selected && atLimit),
        tabIndex: -1 as const,
        'data-wrapup-option': '' as const,
        onChange: () => void toggle(reason),
        onFocus: () => roving.focused(optionId),
        onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
          if (e.ctrlKey || e.metaKey || e.altKey) return;
          if (e.key === 'Enter') {
            e.preventDefault();
            toggle(reason);
          } else if (e.key === 'p' || e.key === 'P') {
            e.preventDefault();
            // unpinning from the "Pinned" group removes this very option: keep focus in the list
            roving.keepFocusAfter(e.currentTarget, `-${encoded}`);
            togglePin(reason);
          }
        },
      };
    },
    [id, multiple, isSelected, locked, atLimit, toggle, togglePin, roving],
  );
  const getPinProps = useCallback(
    (reason: ReasonRef) => {
      const pinned = isPinned(reason);
      return {
        type: 'button' as const,
        'aria-pressed': pinned,
        'aria-label': pinned ? messages.unpin(reason.value) : messages.pin(reason.value),
        disabled: locked,
        tabIndex: -1 as const,
        onClick: () => togglePin(reason),
      };
    },
    [isPinned, togglePin, messages, locked],
  );

  const { suggestions: suggested, accept } = suggestions;
  const suggestionsAnnouncement = useSuggestionsAnnouncement(context.conversationId, settled ? [] : suggested, messages);
  const getSuggestionProps = useCallback(
    (index: number) => {
      const s = suggested[index]!;
      const base = getOptionProps(s, 'suggested');
      const pick = () => {
        if (isSelected(s)) toggle(s);
        else accept(index);
      };
      return {
        ...base,
        'aria-describedby': ids.suggestionHint(index),
        onChange: pick,
        onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
          if (e.key === 'Enter' && !(e.ctrlKey || e.metaKey || e.altKey)) {
            e.preventDefault();
            pick();
          } else base.onKeyDown(e);
        },
      };
    },
    [suggested, getOptionProps, isSelected, toggle, accept, ids],
  );

  // stable: the element scrolls into view once, when it appears, not on every render
  const bringIntoView = useCallback((element: HTMLElement | null) => element?.scrollIntoView?.({ block: 'nearest' }), []);

  const statusText = result
    ? [result.text, result.next].filter(Boolean).join(' ')
    : status === 'submitting'
      ? messages.submitting
      : status === 'pending'
        ? !form.session.stored
          ? form.online
            ? `${messages.pendingOnline} ${messages.notStored}`
            : messages.pendingNotStored
          : form.online
            ? messages.pendingOnline
            : messages.pendingOffline
        : '';
  const sensitiveWarningText = form.sensitiveWarning
    ? messages.piiWarning(form.sensitiveWarning.map((k) => (messages.piiKinds as Record<string, string | undefined>)[k] ?? k))
    : null;

  // focus is never lost to the page: a removed chip's button goes (focus to the next chip, or the
  // search), and a lock disables the focused button (focus to the status line, which says why)
  const statusRef = useRef<HTMLElement | null>(null);
  const statusElementRef = useCallback((element: HTMLElement | null) => void (statusRef.current = element), []);
  const refocusAfterRemove = useRef<{ list: Element | null; index: number } | null>(null);
  // whether focus was in the panel after the last commit: if this commit removed or disabled the focused control, it was ours
  const focusWasIn = useRef(false);
  useLayoutEffect(() => {
    const doc = searchRef.current?.ownerDocument ?? statusRef.current?.ownerDocument;
    if (!doc) return;
    const region = doc.getElementById(ids.region);
    const active = doc.activeElement;
    const lost = !active || active === doc.body;
    const removed = refocusAfterRemove.current;
    refocusAfterRemove.current = null;
    if (removed && lost) {
      const rest = removed.list?.isConnected ? chipButtons(removed.list) : [];
      (rest[Math.min(removed.index, rest.length - 1)] ?? searchRef.current)?.focus();
    } else if (locked && ((lost && focusWasIn.current) || (active && region?.contains(active) && (active as HTMLButtonElement).disabled))) {
      statusRef.current?.focus();
    }
    focusWasIn.current = !!region && region.contains(doc.activeElement);
  });

  // an opt-in `/` anywhere on the desk (outside text fields)
  const globalSlash = (options.globalSlash ?? false) && denied === null && !locked;
  useEffect(() => {
    if (!globalSlash) return;
    const doc = searchRef.current?.ownerDocument ?? document;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [globalSlash]);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const query = queryStore.get();
    if (e.key === 'Enter' && !(e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (query.trim() === '') return; // nothing searched: Enter picks nothing (the first reason of the whole list is no match)
      const first = searchHits(reasons.index, query).find((h) => !locked && (isSelected(h) || !atLimit));
      if (first) toggle(first);
    } else if (e.key === 'Escape' && query !== '') {
      e.preventDefault();
      e.stopPropagation();
      queryStore.set('');
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      roving.focusCurrent();
    }
  };

  return {
    allowed: denied === null,
    denied,
    mode,
    messages,
    timer,
    urgency,
    reasons,
    form,
    prefs,
    virtual,
    noteOver: form.noteLength - form.noteMaxLength,
    noteOverReport: noteReportLimit !== false && form.noteLength > noteReportLimit,
    noteReportLimit,
    settled,
    result,
    sensitiveWarningText,
    suggestions,
    suggestionsAnnouncement,
    autoApply: {
      notice: autoArmed && timer.remainingSeconds <= (autoApplyAt || 0) + noticeLead,
      inSeconds: Math.max(0, timer.remainingSeconds - (autoApplyAt || 0)),
    },
    query: queryStore,
    ids,
    searchRef,
    listRef,
    getRegionProps: () => ({
      id: ids.region,
      'aria-label': messages.region,
      dir: messages.dir,
      'data-state': status,
      'data-mode': mode,
      'data-urgency': urgency,
      onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
        const typing = isTextField(e.target);
        const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
        const digit = digitOf(e.key);
        if (e.key === '/' && !typing && plain) {
          e.preventDefault();
          searchRef.current?.focus();
        } else if (plain && !typing && !locked && digit > 0 && digit <= suggested.length && queryStore.get().trim() === '') {
          // 1–3: accept that suggestion (shown in its hint; not while searching, when the group is hidden)
          e.preventDefault();
          accept(digit - 1);
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      },
    }),
    getFormProps: () => ({
      noValidate: true,
      onSubmit: (e: FormEvent) => {
        e.preventDefault();
        void submit();
      },
    }),
    getSearchProps: () => ({
      ref: searchRef,
      id: ids.search,
      type: 'search',
      value: queryStore.get(),
      autoComplete: 'off',
      placeholder: messages.searchPlaceholder,
      'aria-describedby': ids.searchHint,
      disabled: locked,
      onChange: (e: ChangeEvent<HTMLInputElement>) => queryStore.set(e.target.value),
      onKeyDown: onSearchKey,
    }),
    getListProps: () => ({
      ref: listElementRef,
      role: 'group',
      'aria-label': messages.reasonsLabel,
      'aria-describedby': ids.listHint,
      'data-virtual': virtual ? 'true' : 'false',
      tabIndex: locked ? 0 : undefined,
      onKeyDown: (e: KeyboardEvent<HTMLElement>) => roving.onKeyDown(e, { virtual, scroller: listRef.current, search: searchRef.current }),
    }),
    getOptionProps,
    getSuggestionProps,
    getPinProps,
    getChipProps: (entry) => ({
      type: 'button',
      'aria-label': messages.removeReason(entry.value),
      disabled: locked,
      onClick: (event) => {
        // the chip and its button go: focus moves to the button that takes its place, not to the page
        const buttons = chipButtons(event.currentTarget);
        refocusAfterRemove.current = { list: event.currentTarget.closest('ul, ol, [role="list"]'), index: buttons.indexOf(event.currentTarget) };
        remove(entry);
      },
    }),
    getNoteProps: () => ({
      ...form.form.register('note'),
      id: ids.note,
      'aria-describedby': ids.noteCount,
      'aria-invalid': form.noteLength > form.noteMaxLength ? true : undefined,
      readOnly: locked,
    }),
    getAlertProps: () => ({ role: 'alert', ref: bringIntoView }),
    getStatusProps: () => ({
      role: status === 'failed' && result?.tone !== 'warning' ? 'alert' : 'status',
      ref: statusElementRef,
      tabIndex: -1,
      'data-state': status,
      'data-tone': result?.tone,
      'data-reason': result?.detail || undefined,
      children: statusText,
    }),
    getSubmitAnywayProps: () => ({ type: 'button', onClick: () => void form.submit({ confirmSensitive: true }), children: messages.submitAnyway }),
    getEditNoteProps: () => ({
      type: 'button',
      onClick: () => {
        form.dismissSensitiveWarning();
        form.form.setFocus('note');
      },
      children: messages.editNote,
    }),
    getSubmitProps: () => ({ type: 'button', disabled: locked, onClick: () => void submit(), children: mode === 'timed' ? messages.addWrapUp : messages.apply }),
    getLeaveProps: () => ({ type: 'button', disabled: locked, onClick: () => void form.leave(), children: messages.leaveWithoutWrapUp }),
    getCancelProps: () => ({
      type: 'button',
      disabled: status === 'submitting' || status === 'pending',
      onClick: () => onCancel?.(),
      children: messages.cancel,
    }),
  };
}

/** The enabled buttons of the chip list an element is in (or the list itself). */
function chipButtons(element: Element): HTMLElement[] {
  const list = element.closest('ul, ol, [role="list"]') ?? element;
  return Array.from(list.querySelectorAll<HTMLElement>('button:not(:disabled)'));
}

/** 1–9 from a key, in Western, Arabic-Indic or Extended Arabic-Indic (Urdu) digits; 0 for any other key. */
function digitOf(key: string): number {
  if (key.length !== 1) return 0;
  const c = key.charCodeAt(0);
  const d = c >= 0x31 && c <= 0x39 ? c - 0x30 : c >= 0x661 && c <= 0x669 ? c - 0x660 : c >= 0x6f1 && c <= 0x6f9 ? c - 0x6f0 : 0;
  return d;
}

/* One incremental search per index, shared by the panel's parts (the list and the search box's Enter). */
const searches = new WeakMap<readonly IndexedReason[], (query: string) => readonly IndexedReason[]>();
function searchHits(index: readonly IndexedReason[], query: string): readonly IndexedReason[] {
  let search = searches.get(index);
  if (!search) searches.set(index, (search = createReasonSearch(index)));
  return search(query);
}

/** How long typing must pause before the number of matches is announced. */
export const MATCH_ANNOUNCE_DELAY_MS = 700;

/**
 * The search query and its hits, for the part that shows the list. Subscribes to the query only,
 * so a keystroke re-renders this part and not the whole panel. `announcement` is the number of
 * matches in words ("12 reasons match."), set once typing pauses (`announceDelayMs`, 700 ms) and
 * '' without a query: render it in a polite live region (`role="status"`).
 */
export function useReasonSearch(
  panel: Pick<WrapUpPanelState, 'query' | 'reasons' | 'messages'>,
  options: { announceDelayMs?: number } = {},
): { query: string; hits: readonly IndexedReason[]; setQuery: (query: string) => void; announcement: string } {
  const { query: store, reasons, messages } = panel;
  const query = useSyncExternalStore(store.subscribe, store.get, store.get);
  const hits = useMemo(() => searchHits(reasons.index, query), [reasons.index, query]);
  const searching = query.trim() !== '';
  const count = hits.length;
  const delay = options.announceDelayMs ?? MATCH_ANNOUNCE_DELAY_MS;
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    // cleared: forget the last count at once, so the next search does not start with a stale one
    const timeout = setTimeout(() => setAnnounced(searching ? messages.matchCount(count) : ''), searching ? delay : 0);
    return () => clearTimeout(timeout);
  }, [query, searching, count, messages, delay]);
  return { query, hits, setQuery: store.set, announcement: searching ? announced : '' };
}
