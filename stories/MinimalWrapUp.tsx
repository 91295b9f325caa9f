/**
 * The headless story's component: a desk's own markup on `useWrapUpPanel`, no `WrapUpPanel`, no
 * styles.css (its few inline styles stand in for the desk's design system). Kept out of the
 * *.stories.tsx file, where every named export would be taken for a story.
 *
 * Built from public names only. Everything the panel does comes from the hook: the mode (timed
 * from `wrapupTimerStarted` until the Agent Manager answers, also after the deadline), auto-apply,
 * urgency, search, keyboard (/, Ctrl+Enter, Enter in search), focus, the permission gate. The
 * words are the panel's (`panel.messages`), so the panel's play functions fit this markup too.
 */
import type { CSSProperties } from 'react';
import { useReasonSearch, useWrapUpPanel, type ReasonRef, type UseWrapUpPanelOptions, type WrapUpPanelState } from '../src/react';

const box: CSSProperties = { fontFamily: 'system-ui, sans-serif', maxInlineSize: '26rem', display: 'grid', gap: '0.5rem' };
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.4rem', alignItems: 'center' };
const hidden: CSSProperties = { position: 'absolute', inlineSize: 1, blockSize: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' };
const urgencyColor = { none: 'inherit', normal: 'inherit', warning: '#8a4b00', critical: '#b00020' } as const;

/** The search box and the reasons it finds: the part that reads the query, so a keystroke re-renders only this. */
function SearchAndReasons({ panel }: { panel: WrapUpPanelState }) {
  const { messages, ids } = panel;
  const { query, hits, announcement } = useReasonSearch(panel);
  return (
    <>
      <label htmlFor={ids.search}>{messages.searchLabel}</label>
      <input {...panel.getSearchProps()} />
      <small id={ids.searchHint}>{messages.searchHint}</small>
      <p role="status" style={hidden}>
        {announcement}
      </p>
      <p role="status" style={hidden}>
        {panel.suggestionsAnnouncement}
      </p>
      <Reasons panel={panel} hits={hits} query={query} />
      <small id={ids.listHint}>{messages.listHint}</small>
    </>
  );
}

/** One reason: its checkbox (radio when single-choice), label and pin star (for the mouse; `p` pins from the keyboard). */
function Reason({ reason, panel }: { reason: ReasonRef; panel: WrapUpPanelState }) {
  const option = panel.getOptionProps(reason);
  const pin = panel.getPinProps(reason);
  return (
    <span>
      <input {...option} />
      <label htmlFor={option.id}>{reason.value}</label>
      <button {...pin} style={{ border: 0, background: 'none', padding: '0 0.2rem' }}>
        <span aria-hidden="true">{pin['aria-pressed'] ? '★' : '☆'}</span>
      </button>
    </span>
  );
}

/** Loading, failed, empty, or the reasons found, by category. */
function Reasons({ panel, hits, query }: { panel: WrapUpPanelState; hits: ReturnType<typeof useReasonSearch>['hits']; query: string }) {
  const { messages, reasons } = panel;
  if (reasons.status === 'loading') return <p role="status">{messages.loadingReasons}</p>;
  if (reasons.status === 'error') {
    return (
      <div role="alert">
        {messages.reasonsFailed(reasons.error?.message ?? '')}{' '}
        <button type="button" onClick={reasons.retry}>
          {messages.retry}
        </button>
      </div>
    );
  }
  if (reasons.isEmpty) return <p>{messages.noReasons}</p>;
  const categories = reasons.form?.categories ?? [];
  const listProps = panel.getListProps();
  const suggested = query.trim() === '' ? panel.suggestions.suggestions : [];
  return (
    <div {...listProps} style={{ maxBlockSize: '14rem', overflow: 'auto' }}>
      {suggested.length > 0 && (
        <fieldset style={{ ...row, border: 0, padding: 0, margin: '0 0 0.4rem' }}>
          <legend style={{ fontWeight: 600 }}>{messages.suggested}</legend>
          {suggested.map((s, i) => {
            const option = panel.getSuggestionProps(i);
            return (
              <span key={`${s.categoryName}\u0000${s.value}`}>
                <input {...option} />
                <label htmlFor={option.id}>{s.value}</label> <small id={panel.ids.suggestionHint(i)}>{messages.suggestionHint(s.because, i + 1)}</small>
              </span>
            );
          })}
        </fieldset>
      )}
      {categories.map((category, ci) => {
        const items = hits.filter((h) => h.categoryIndex === ci);
        return (
          items.length > 0 && (
            <fieldset key={category.name} style={{ ...row, border: 0, padding: 0, margin: '0 0 0.4rem' }}>
              <legend style={{ fontWeight: 600 }}>{category.name}</legend>
              {items.map((reason) => (
                <Reason key={reason.key} reason={reason} panel={panel} />
              ))}
            </fieldset>
          )
        );
      })}
      {query.trim() !== '' && hits.length === 0 && <p>{messages.noMatches(query)}</p>}
    </div>
  );
}

/**
 * A desk's own wrap-up, inside `<WrapUpProvider>`: `useWrapUpPanel` for the state and the prop
 * getters, `useReasonSearch` where the list is shown. Renders nothing when the agent may not wrap up.
 */
export function MinimalWrapUp(options: UseWrapUpPanelOptions) {
  const panel = useWrapUpPanel(options);
  if (!panel.allowed) return null;
  const { messages, form, mode, timer, urgency, ids } = panel;
  if (panel.settled) {
    // settled: what was sent and how it ended, no controls
    return (
      <section {...panel.getRegionProps()} style={box}>
        <h2 style={{ margin: 0, fontSize: '1.1rem' }}>{messages.region}</h2>
        {form.status === 'applied' && form.selected.length > 0 && (
          <ul aria-label={messages.sentSummary} style={{ ...row, listStyle: 'none', margin: 0, padding: 0 }}>
            {form.selected.map((entry) => (
              <li key={`${entry.categoryName}\u0000${entry.value}`}>
                {entry.categoryName}
                {messages.categorySeparator}
                {entry.value}
              </li>
            ))}
          </ul>
        )}
        {form.status === 'applied' && form.values.note !== '' && <p style={{ margin: 0 }}>{form.values.note}</p>}
        <Status panel={panel} />
      </section>
    );
  }
  return (
    <section {...panel.getRegionProps()} style={box}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>{messages.region}</h2>
      {mode === 'timed' && timer.deadline !== undefined && (
        <p role="timer" aria-live="off" style={{ margin: 0, color: urgencyColor[urgency] }}>
          {messages.timeLeft(timer.remainingSeconds)}
        </p>
      )}
      {mode === 'timed' && timer.announcement !== null && <p role="status">{messages.timeAnnouncement(timer.announcement)}</p>}

      <form {...panel.getFormProps()} style={box}>
        <SearchAndReasons panel={panel} />

        <p style={{ margin: 0 }}>{messages.selected(form.selected.length)}</p>
        {form.selected.length > 0 && (
          <ul aria-label={messages.selectedListLabel} style={{ ...row, listStyle: 'none', margin: 0, padding: 0 }}>
            {form.selected.map((entry) => (
              <li key={`${entry.categoryName}\u0000${entry.value}`}>
                {entry.categoryName}
                {messages.categorySeparator}
                {entry.value} <button {...panel.getChipProps(entry)}>×</button>
              </li>
            ))}
          </ul>
        )}
        {form.atLimit && <p role="status">{messages.limitReached(form.limit)}</p>}

        <label htmlFor={ids.note}>{messages.notes}</label>
        <textarea {...panel.getNoteProps()} rows={2} />
        <small id={ids.noteCount}>
          {messages.noteCount(form.noteLength, form.noteMaxLength)}
          {panel.noteOverReport && panel.noteReportLimit !== false && ` ${messages.noteOverReport(panel.noteReportLimit)}`}
        </small>
        {panel.noteOver > 0 && <p role="alert">{messages.noteTooLong(panel.noteOver)}</p>}

        {form.sensitiveWarning && (
          <div {...panel.getAlertProps()}>
            {panel.sensitiveWarningText} <button {...panel.getSubmitAnywayProps()} /> <button {...panel.getEditNoteProps()} />
          </div>
        )}
        {form.formError && <p {...panel.getAlertProps()}>{form.formError}</p>}
        {panel.autoApply.notice && <p {...panel.getAlertProps()}>{messages.autoApplyNotice(panel.autoApply.inSeconds)}</p>}

        <div style={row}>
          <button {...panel.getSubmitProps()} />
          {mode === 'timed' ? <button {...panel.getLeaveProps()} /> : <button {...panel.getCancelProps()} />}
        </div>
      </form>

      <Status panel={panel} />
    </section>
  );
}

/** The status line: one live element (alert once failed), the Agent Manager's own words in `data-reason` and a collapsed "Details". */
function Status({ panel }: { panel: WrapUpPanelState }) {
  const { result, messages } = panel;
  return (
    <div>
      <p {...panel.getStatusProps()} style={{ margin: 0 }} />
      {result?.detail && result.tone !== 'success' && (
        <details>
          <summary>{messages.details}</summary>
          <code>{result.detail}</code>
        </details>
      )}
    </div>
  );
}
