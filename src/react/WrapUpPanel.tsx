import { elementScroll, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { flushSync } from 'react-dom';
import { memo, useEffect, useId, useMemo, useRef, useState, type Key, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import {
  explainWrapUpPermission,
  reasonKey,
  type IndexedReason,
  type OutboxOutcome,
  type WrapUpContextInput,
  type WrapUpTransport,
  type Outbox,
} from '../core';
import { useWrapUpForm, type ReasonRef, type WrapUpFormState, type WrapUpMode } from './use-wrapup-form';
import type { WrapUpMessages } from './messages';
import { useReasonPreferences } from './preferences';
import { createReasonSearch } from './reason-search';
import { resolveMessages, useWrapUpConfig } from './provider';
import { useWrapUpReasons, type ReasonsSource } from './reasons';
import { useWrapUpTimer } from './timer';

export interface WrapUpPanelProps {
  /** The conversation context from onTopicData: `{ conversationId, roomInfo, participant, channelSession, customer? }`. */
  context: WrapUpContextInput;
  /** `live` ("Apply"/"Cancel", publishCimEvent) or `timed` ("Add Wrap-Up"/"Leave Without Wrap-Up", closeWrapup). Default: `timed` while the wrap-up timer runs. */
  mode?: WrapUpMode;
  /** Overrides the provider's reasons source. */
  reasons?: ReasonsSource;
  /** Your words (e.g. the shipped `ar` or `ur`), merged over English; default the provider's. */
  messages?: Partial<WrapUpMessages>;
  /** Longest note; default the provider's (2,000). */
  noteMaxLength?: number;
  /** Seconds before expiry at which a draft with a code or a note is applied automatically; `false` turns it off. Default 5. */
  autoApplySeconds?: number | false;
  /** How many seconds before auto-apply its notice shows; default 5. */
  autoApplyNoticeSeconds?: number;
  /** Above this many reasons the list is virtualised; default 150. */
  virtualizeAbove?: number;
  /** Called once with the Agent Manager's answer. */
  onOutcome?: (outcome: OutboxOutcome) => void;
  /** "Cancel" in live mode. The draft is kept. */
  onCancel?: () => void;
  className?: string;
  /** Overrides the language's direction. */
  dir?: 'ltr' | 'rtl';
  /** Forces the light or dark theme; default: the user's `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
  /** Level of the panel's "Wrap-up" heading, to fit the desk's outline; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  transport?: WrapUpTransport;
  outbox?: Outbox;
}

const isDev = () => typeof process === 'undefined' || process.env.NODE_ENV !== 'production';

/**
 * The agent's wrap-up: reasons by category with search, selected chips, a note, and the two
 * AgentDesk modes. Built only from the package's hooks. Renders nothing for an agent who may
 * not wrap up (and says why in development).
 */
export function WrapUpPanel(props: WrapUpPanelProps) {
  const config = useWrapUpConfig('WrapUpPanel');
  const messages = props.messages === undefined ? config.messages : resolveMessages(props.messages);
  const { context } = props;
  const transport = props.transport ?? config.transport;
  const timer = useWrapUpTimer(context.conversationId, { transport });
  // once the timed phase opened for this conversation it stays timed, also after the countdown ends
  const [timedSeen, setTimedSeen] = useState(false);
  if (timer.running && !timedSeen) setTimedSeen(true);
  const mode: WrapUpMode = props.mode ?? (timer.running || timedSeen ? 'timed' : 'live');
  const reasons = useWrapUpReasons(props.reasons);
  const form = useWrapUpForm({
    context,
    mode,
    form: reasons.form,
    noteMaxLength: props.noteMaxLength,
    transport,
    outbox: props.outbox,
    messages,
    onOutcome: props.onOutcome,
  });
  const agentId = context.participant?.participant?.id ?? 'agent';
  const prefs = useReasonPreferences(agentId, config.storage);
  const { recordUsed } = prefs;
  const { status, values } = form;
  useEffect(() => {
    if (status === 'applied' && values.wrapups.length > 0) recordUsed(values.wrapups);
    // record once, when it becomes applied
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // focus moves into the panel when the timed phase opens
  const focusedForTimer = useRef(false);
  useEffect(() => {
    if (mode === 'timed' && timer.running && !focusedForTimer.current) {
      focusedForTimer.current = true;
      searchRef.current?.focus();
    }
  }, [mode, timer.running]);

  // auto-apply shortly before expiry, after a visible notice
  const autoApply = props.autoApplySeconds ?? 5;
  const noticeLead = props.autoApplyNoticeSeconds ?? 5;
  const hasContent = form.values.wrapups.length > 0 || form.values.note.trim() !== '';
  const autoArmed = autoApply !== false && mode === 'timed' && timer.running && status === 'idle' && hasContent && form.noteLength <= form.noteMaxLength;
  const showAutoNotice = autoArmed && timer.remainingSeconds <= autoApply + noticeLead;
  const autoFired = useRef(false);
  const { submit } = form;
  useEffect(() => {
    if (autoArmed && timer.remainingSeconds <= autoApply && !autoFired.current) {
      autoFired.current = true;
      void submit({ confirmSensitive: true });
    }
  }, [autoArmed, timer.remainingSeconds, autoApply, submit]);

  const onPanelKey = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const typing = target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox' && (target as HTMLInputElement).type !== 'radio');
    if (e.key === '/' && !typing) {
      e.preventDefault();
      searchRef.current?.focus();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void form.submit();
    }
  };

  const denied = useMemo(() => {
    const answer = explainWrapUpPermission(context);
    return answer.allowed ? null : answer.reason;
  }, [context]);
  useEffect(() => {
    if (denied && isDev()) console.warn(`[agent-desk-wrapup] WrapUpPanel renders nothing: ${denied}`);
  }, [denied]);
  if (denied) return null;

  const Heading = `h${props.headingLevel ?? 2}` as 'h2';
  const urgency = !timer.running ? 'none' : timer.remainingSeconds <= 10 ? 'critical' : timer.remainingSeconds <= 30 ? 'warning' : 'normal';
  const noteOver = form.noteLength - form.noteMaxLength;
  const virtual = reasons.index.length > (props.virtualizeAbove ?? 150);

  return (
    <section
      aria-label={messages.region}
      dir={props.dir ?? messages.dir}
      className={['wrapup-panel', props.className].filter(Boolean).join(' ')}
      data-state={status}
      data-mode={mode}
      data-urgency={urgency}
      data-theme={props.theme}
      onKeyDown={onPanelKey}
    >
      <header className="wrapup-header">
        <Heading className="wrapup-title">{messages.region}</Heading>
        {mode === 'timed' && timer.deadline !== undefined && (
          <div className="wrapup-timer" data-urgency={urgency}>
            <span role="timer" aria-live="off">
              {messages.timeLeft(timer.remainingSeconds)}
            </span>
          </div>
        )}
        <div role="status" className="wrapup-visually-hidden">
          {mode === 'timed' && timer.announcement !== null ? messages.timeAnnouncement(timer.announcement) : ''}
        </div>
      </header>

      <form
        className="wrapup-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit();
        }}
      >
        <SearchAndReasons id={id} searchRef={searchRef} listRef={listRef} reasons={reasons} virtual={virtual} form={form} prefs={prefs} messages={messages} />

        <fieldset className="wrapup-fieldset" disabled={form.locked}>
          <div className="wrapup-selected">
            <p className="wrapup-count">{messages.selected(form.selected.length)}</p>
            {form.selected.length > 0 && (
              <ul className="wrapup-chips" aria-label={messages.selectedListLabel}>
                {form.selected.map((entry) => (
                  <li key={reasonKey(entry)} className="wrapup-chip">
                    <span>
                      {entry.categoryName}
                      {messages.categorySeparator}
                      {entry.value}
                    </span>
                    <button type="button" className="wrapup-chip-remove" aria-label={messages.removeReason(entry.value)} onClick={() => form.remove(entry)}>
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {form.atLimit && (
              <p role="status" className="wrapup-hint">
                {messages.limitReached(form.limit)}
              </p>
            )}
          </div>

          <div className="wrapup-note">
            <label htmlFor={`${id}-note`} className="wrapup-label">
              {messages.notes}
            </label>
            <textarea
              id={`${id}-note`}
              className="wrapup-textarea"
              rows={3}
              aria-describedby={`${id}-note-count`}
              aria-invalid={noteOver > 0 ? true : undefined}
              {...form.form.register('note')}
            />
            <p id={`${id}-note-count`} className="wrapup-note-count" data-state={noteOver > 0 ? 'over' : 'ok'}>
              {messages.noteCount(form.noteLength, form.noteMaxLength)}
            </p>
            {noteOver > 0 && (
              <p role="alert" className="wrapup-error">
                {messages.noteTooLong(noteOver)}
              </p>
            )}
          </div>
        </fieldset>

        {form.sensitiveWarning && (
          <div role="alert" className="wrapup-warning">
            <p>{messages.piiWarning(form.sensitiveWarning.map((k) => messages.piiKinds[k]))}</p>
            <div className="wrapup-actions">
              <button type="button" className="wrapup-button" onClick={() => void form.submit({ confirmSensitive: true })}>
                {messages.submitAnyway}
              </button>
              <button
                type="button"
                className="wrapup-button"
                onClick={() => {
                  form.dismissSensitiveWarning();
                  form.form.setFocus('note');
                }}
              >
                {messages.editNote}
              </button>
            </div>
          </div>
        )}
        {form.formError && (
          <p role="alert" className="wrapup-error">
            {form.formError}
          </p>
        )}
        {showAutoNotice && (
          <p role="alert" className="wrapup-notice">
            {messages.autoApplyNotice(Math.max(0, timer.remainingSeconds - (autoApply || 0)))}
          </p>
        )}

        <div className="wrapup-actions">
          {mode === 'timed' ? (
            <>
              <button type="button" className="wrapup-button" disabled={form.locked} onClick={() => void form.leave()}>
                {messages.leaveWithoutWrapUp}
              </button>
              <button type="submit" className="wrapup-button wrapup-button-primary" disabled={form.locked}>
                {messages.addWrapUp}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="wrapup-button" disabled={form.status === 'submitting' || form.status === 'pending'} onClick={props.onCancel}>
                {messages.cancel}
              </button>
              <button type="submit" className="wrapup-button wrapup-button-primary" disabled={form.locked}>
                {messages.apply}
              </button>
            </>
          )}
        </div>
      </form>

      <StatusLine form={form} messages={messages} />
    </section>
  );
}

interface SearchAndReasonsProps {
  id: string;
  searchRef: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLDivElement | null>;
  reasons: ReturnType<typeof useWrapUpReasons>;
  virtual: boolean;
  form: WrapUpFormState;
  prefs: ReturnType<typeof useReasonPreferences>;
  messages: WrapUpMessages;
}

/**
 * The search box and the list of reasons. The query lives here, not in WrapUpPanel, so a keystroke
 * re-renders only these two (not the panel's hooks, chips, note and buttons). Filtering is one pass
 * over a precomputed index (narrowed to the previous results while the query grows) and the long
 * list is virtualised, so the list updates in the keystroke's own frame.
 */
function SearchAndReasons({ id, searchRef, listRef, reasons, virtual, form, prefs, messages }: SearchAndReasonsProps) {
  const [query, setQuery] = useState('');
  const search = useMemo(() => createReasonSearch(reasons.index), [reasons.index]);
  const hits = useMemo(() => search(query), [search, query]);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !(e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      const first = hits.find((h) => !form.locked && (form.isSelected(h) || !form.atLimit));
      if (first) form.toggle(first);
    } else if (e.key === 'Escape' && query !== '') {
      e.preventDefault();
      e.stopPropagation();
      setQuery('');
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      listRef.current?.querySelector<HTMLInputElement>('input:not([disabled])')?.focus();
    }
  };

  return (
    <>
      <fieldset className="wrapup-fieldset" disabled={form.locked}>
        <div className="wrapup-search">
          <label htmlFor={`${id}-search`} className="wrapup-label">
            {messages.searchLabel}
          </label>
          <input
            ref={searchRef}
            id={`${id}-search`}
            type="search"
            className="wrapup-search-input"
            placeholder={messages.searchPlaceholder}
            aria-describedby={`${id}-search-hint`}
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onSearchKey}
          />
          <p id={`${id}-search-hint`} className="wrapup-hint">
            {messages.searchHint}
          </p>
        </div>
      </fieldset>

      {/* outside the disabled fieldset: once locked, the list must stay scrollable (and focusable) by keyboard */}
      <Reasons id={id} listRef={listRef} reasons={reasons} hits={hits} query={query} virtual={virtual} form={form} prefs={prefs} messages={messages} />
    </>
  );
}

function StatusLine({ form, messages }: { form: WrapUpFormState; messages: WrapUpMessages }) {
  const { status, outcome, error } = form;
  let text = '';
  if (status === 'submitting') text = messages.submitting;
  else if (status === 'pending') text = form.online ? messages.pendingOnline : messages.pendingOffline;
  else if (status === 'applied') text = messages.applied;
  else if (status === 'left') text = messages.left;
  else if (status === 'expired') text = messages.expired;
  if (status === 'failed') {
    const reason = outcome && outcome.status === 'removed' ? messages.removed(outcome.reason) : messages.failed(error?.message ?? outcome?.reason ?? '');
    return (
      <p role="alert" className="wrapup-status" data-state="failed">
        {reason}
      </p>
    );
  }
  return (
    <p role="status" className="wrapup-status" data-state={status}>
      {text}
    </p>
  );
}

interface ReasonsProps {
  id: string;
  listRef: RefObject<HTMLDivElement | null>;
  reasons: ReturnType<typeof useWrapUpReasons>;
  hits: readonly IndexedReason[];
  query: string;
  virtual: boolean;
  form: WrapUpFormState;
  prefs: ReturnType<typeof useReasonPreferences>;
  messages: WrapUpMessages;
}

function Reasons({ id, listRef, reasons, hits, query, virtual, form, prefs, messages }: ReasonsProps) {
  if (reasons.status === 'loading') {
    return (
      <p role="status" className="wrapup-reasons-state" data-state="loading">
        {messages.loadingReasons}
      </p>
    );
  }
  if (reasons.status === 'error') {
    return (
      <div role="alert" className="wrapup-reasons-state" data-state="error">
        <p>{messages.reasonsFailed(reasons.error?.message ?? '')}</p>
        <button type="button" className="wrapup-button" onClick={reasons.retry}>
          {messages.retry}
        </button>
      </div>
    );
  }
  if (reasons.isEmpty) {
    return (
      <p className="wrapup-reasons-state" data-state="empty">
        {messages.noReasons}
      </p>
    );
  }
  const categories = reasons.form?.categories ?? [];
  const option = (entry: ReasonRef, section: string, index: number, categoryIndex?: number, row?: { key: Key; offset: number }) => {
    const selected = form.isSelected(entry);
    const pinned = prefs.isPinned(entry);
    return (
      <ReasonOption
        key={row ? row.key : `${section}-${index}`}
        offset={row?.offset}
        id={`${id}-${section}-${index}`}
        name={`${id}-choice`}
        entry={entry}
        multiple={form.multiple}
        selected={selected}
        disabled={form.locked || (!selected && form.atLimit)}
        locked={form.locked}
        pinned={pinned}
        pinLabel={pinned ? messages.unpin(entry.value) : messages.pin(entry.value)}
        describedBy={virtual && categoryIndex !== undefined ? `${id}-cat-${categoryIndex}` : undefined}
        onToggle={form.toggle}
        onTogglePin={prefs.togglePin}
      />
    );
  };
  const searching = query.trim() !== '';
  const noHits = searching && hits.length === 0 && <p className="wrapup-reasons-state" data-state="no-matches">{messages.noMatches(query)}</p>;
  const shortcuts = !searching && (prefs.pinned.length > 0 || prefs.recent.length > 0) && (
    <>
      {prefs.pinned.length > 0 && (
        <fieldset className="wrapup-group" data-kind="pinned">
          <legend className="wrapup-group-label">{messages.pinned}</legend>
          {prefs.pinned.map((e, i) => option(e, 'pin', i))}
        </fieldset>
      )}
      {prefs.recent.length > 0 && (
        <fieldset className="wrapup-group" data-kind="recent">
          <legend className="wrapup-group-label">{messages.recent}</legend>
          {prefs.recent.map((e, i) => option(e, 'recent', i))}
        </fieldset>
      )}
    </>
  );

  if (!virtual) {
    const byCategory = categories.map((c, ci) => ({ name: c.name, items: hits.filter((h) => h.categoryIndex === ci) })).filter((g) => g.items.length > 0);
    return (
      <div ref={listRef} className="wrapup-list" role="group" aria-label={messages.reasonsLabel} data-virtual="false" data-query={query} tabIndex={form.locked ? 0 : undefined}>
        {form.multiple ? null : <p className="wrapup-hint">{messages.singleChoiceHint}</p>}
        {shortcuts}
        {byCategory.map((group, gi) => (
          <fieldset key={group.name} className="wrapup-group">
            <legend className="wrapup-group-label">{group.name}</legend>
            {group.items.map((h, i) => option(h, `c${gi}`, i))}
          </fieldset>
        ))}
        {noHits}
      </div>
    );
  }
  return (
    <div className="wrapup-list" role="group" aria-label={messages.reasonsLabel} data-virtual="true" data-query={query}>
      {form.multiple ? null : <p className="wrapup-hint">{messages.singleChoiceHint}</p>}
      {shortcuts}
      <CategoryNames id={id} categories={categories} />
      <VirtualReasons listRef={listRef} hits={hits} focusable={form.locked} render={(h, i, row) => option(h, 'v', i, h.categoryIndex, row)} />
      {noHits}
    </div>
  );
}

/** Hidden category names, each virtual row's description (`aria-describedby`); memoised: a keystroke does not touch them. */
const CategoryNames = memo(function CategoryNames({ id, categories }: { id: string; categories: readonly { name: string }[] }) {
  return (
    <div hidden>
      {categories.map((c, ci) => (
        <span key={ci} id={`${id}-cat-${ci}`}>
          {c.name}
        </span>
      ))}
    </div>
  );
});

type Row = { kind: 'category'; name: string } | { kind: 'reason'; hit: IndexedReason; index: number };

const ROW_HEIGHT = 36;
/** The list box's size until the browser reports it: the default `--wrapup-list-height` (18rem at 16px). */
const INITIAL_RECT = { width: 320, height: 288 };

/*
 * The virtualizer's defaults read the list box's size (clientHeight) and write its scroll position
 * (scrollTo) while React commits the mount. Either forces the browser to lay out the whole freshly
 * inserted panel in the middle of the commit, then again for the frame. Measured: the biggest single
 * cost of the first render. Instead, the size comes from a ResizeObserver, whose first report
 * arrives in the same frame once layout is done (until then INITIAL_RECT holds, and overscan covers
 * a list a little taller than the default; a taller one is filled before that frame is painted), and
 * a new list's scroll position is not written: it is already at the top.
 */
function observeListRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement;
  const Observer = instance.targetWindow?.ResizeObserver; // the panel's own window (a pop-out desk window has its own)
  if (!element || !Observer) return;
  // flushSync: when the reported size needs more rows (a desk with a taller list), they are rendered
  // before this frame is painted, not one frame later (no blank band under the first rows)
  const observer = new Observer(() => flushSync(() => cb({ width: element.clientWidth, height: element.clientHeight })));
  observer.observe(element);
  return () => observer.disconnect();
}

const setUp = new WeakSet<Element>();
function scrollListTo(offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: Virtualizer<HTMLDivElement, Element>) {
  const element = instance.scrollElement;
  // the first write is the virtualizer's own setup, to offset 0, where a new list already is
  if (element && !setUp.has(element)) {
    setUp.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}

function VirtualReasons({
  listRef,
  hits,
  focusable,
  render,
}: {
  listRef: RefObject<HTMLDivElement | null>;
  hits: readonly IndexedReason[];
  /** When every option is disabled, the scroll box itself takes focus so the keyboard can still scroll it. */
  focusable: boolean;
  /** One reason as a positioned row: `row.key` is its React key, `row.offset` its distance from the top in px. */
  render: (hit: IndexedReason, index: number, row: { key: Key; offset: number }) => ReactNode;
}) {
  // rows are the hits with a heading before each category's first hit; only the headings' row
  // positions are kept (no object per row: 50,000 reasons would mean 50,000 allocations per keystroke)
  const headings = useMemo(() => {
    const at: number[] = [];
    let last = -1;
    hits.forEach((hit, i) => {
      if (hit.categoryIndex !== last) {
        at.push(i + at.length);
        last = hit.categoryIndex;
      }
    });
    return at;
  }, [hits]);
  const rowAt = (r: number): Row => {
    // headings at or before row r (binary search)
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]! <= r) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && headings[lo - 1] === r) return { kind: 'category', name: hits[r - lo + 1]!.categoryName };
    return { kind: 'reason', hit: hits[r - lo]!, index: r - lo };
  };
  const virtualizer = useVirtualizer({
    count: hits.length + headings.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    initialRect: INITIAL_RECT,
    observeElementRect: observeListRect,
    scrollToFn: scrollListTo,
  });
  return (
    <div ref={listRef} className="wrapup-scroll" tabIndex={focusable ? 0 : undefined}>
      <div className="wrapup-scroll-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rowAt(item.index);
          // one element per row (the option itself is the positioned row): fewer nodes to create per frame
          return row.kind === 'category' ? (
            <div key={item.key} className="wrapup-row wrapup-group-label" data-kind="category" aria-hidden="true" style={{ transform: `translateY(${item.start}px)` }}>
              {row.name}
            </div>
          ) : (
            render(row.hit, row.index, { key: item.key, offset: item.start })
          );
        })}
      </div>
    </div>
  );
}

interface ReasonOptionProps {
  id: string;
  name: string;
  entry: ReasonRef;
  multiple: boolean;
  selected: boolean;
  disabled: boolean;
  locked: boolean;
  pinned: boolean;
  pinLabel: string;
  describedBy?: string;
  onToggle: (entry: ReasonRef) => unknown;
  onTogglePin: (entry: ReasonRef) => void;
  /** Set in the virtualised list: the option is the positioned row itself, this far from the top (px). */
  offset?: number;
}

/**
 * One reason. Memoised on plain values and stable callbacks: the panel re-renders on every change
 * of the note or the selection (and once right after mounting, when react-hook-form reports ready),
 * and none of those should re-render every visible option.
 */
const ReasonOption = memo(function ReasonOption({ id, name, entry, multiple, selected, disabled, locked, pinned, pinLabel, describedBy, onToggle, onTogglePin, offset }: ReasonOptionProps) {
  const row = offset !== undefined;
  return (
    <div
      className={row ? 'wrapup-row wrapup-reason' : 'wrapup-reason'}
      data-kind={row ? 'reason' : undefined}
      data-state={selected ? 'checked' : 'unchecked'}
      style={row ? { transform: `translateY(${offset}px)` } : undefined}
    >
      <input
        id={id}
        type={multiple ? 'checkbox' : 'radio'}
        name={multiple ? undefined : name}
        className="wrapup-reason-input"
        checked={selected}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={() => onToggle(entry)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !(e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onToggle(entry);
          }
        }}
      />
      <label htmlFor={id} className="wrapup-reason-label" title={entry.value}>
        {entry.value}
      </label>
      {/* the star is drawn by CSS (.wrapup-pin::before): the name comes from aria-label */}
      <button type="button" className="wrapup-pin" disabled={locked} aria-pressed={pinned} aria-label={pinLabel} onClick={() => onTogglePin(entry)} />
    </div>
  );
});
