/**
 * The headless story's component: your own markup on the package's hooks. Kept out of the
 * *.stories.tsx file, where every named export would be taken for a story.
 */
import { useId, type CSSProperties } from 'react';
import type { WrapUpContextInput } from '../src/core';
import { useWrapUpForm, useWrapUpReasons, useWrapUpTimer, type WrapUpStatus } from '../src/react';

const statusText: Record<WrapUpStatus, string> = {
  idle: '',
  submitting: 'Sending…',
  pending: 'Waiting for the Agent Manager…',
  applied: 'Applied.',
  left: 'Closed without a wrap-up.',
  expired: 'Time ran out.',
  failed: 'Not applied.',
};

const box: CSSProperties = { fontFamily: 'system-ui, sans-serif', maxInlineSize: '24rem', display: 'grid', gap: '0.5rem' };
const chip = (pressed: boolean): CSSProperties => ({
  font: 'inherit',
  padding: '0.2rem 0.6rem',
  borderRadius: '999px',
  border: '1px solid #555',
  background: pressed ? '#1d4ed8' : '#fff',
  color: pressed ? '#fff' : '#111',
});

/**
 * Your own markup on the package's hooks, inside `<WrapUpProvider>`: `useWrapUpReasons()` for
 * the form, `useWrapUpTimer()` for the countdown, `useWrapUpForm()` for selection rules, note,
 * personal-data check, drafts and delivery through the outbox. No `WrapUpPanel`, no styles.css.
 */
export function MinimalWrapUp({ context }: { context: WrapUpContextInput }) {
  const reasons = useWrapUpReasons();
  const timer = useWrapUpTimer(context.conversationId);
  const mode = timer.running ? 'timed' : 'live';
  const wrapUp = useWrapUpForm({ context, mode, form: reasons.form });
  const noteId = useId();
  return (
    <form
      aria-label="Close the conversation"
      style={box}
      onSubmit={(e) => {
        e.preventDefault();
        void wrapUp.submit();
      }}
    >
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>Close the conversation</h2>
      {timer.running && <p role="timer">{timer.remainingSeconds} s</p>}
      {reasons.status === 'loading' && <p role="status">Loading…</p>}
      <ul aria-label="Reasons" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.4rem', listStyle: 'none', margin: 0, padding: 0 }}>
        {reasons.index.map((reason) => {
          const pressed = wrapUp.isSelected(reason);
          return (
            <li key={reason.key}>
              <button type="button" style={chip(pressed)} aria-pressed={pressed} disabled={wrapUp.locked || (!pressed && wrapUp.atLimit)} onClick={() => wrapUp.toggle(reason)}>
                {reason.categoryName}: {reason.value}
              </button>
            </li>
          );
        })}
      </ul>
      <label htmlFor={noteId}>Note</label>
      <textarea id={noteId} rows={2} {...wrapUp.form.register('note')} />
      {wrapUp.formError && <p role="alert">{wrapUp.formError}</p>}
      {wrapUp.sensitiveWarning && <p role="alert">The note seems to contain personal data ({wrapUp.sensitiveWarning.join(', ')}).</p>}
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <button type="submit" disabled={wrapUp.locked}>
          {mode === 'timed' ? 'Close with wrap-up' : 'Save wrap-up'}
        </button>
        {mode === 'timed' && (
          <button type="button" disabled={wrapUp.locked} onClick={() => void wrapUp.leave()}>
            Close without
          </button>
        )}
      </div>
      <p role="status">{statusText[wrapUp.status]}</p>
    </form>
  );
}
