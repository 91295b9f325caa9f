import type { WrapUpPanelState } from '../use-wrapup-panel';

/**
 * Where the wrap-up stands, in the agent's words: a polite status, or an alert when it failed (not for
 * a transfer or a removal, which need no hurry), with the next step. The Agent Manager's own words stay for developers and support: `data-reason`, and
 * a collapsed "Details" (unless all went well). One element throughout, so each change is announced.
 */
export function StatusLine({ panel }: { panel: Pick<WrapUpPanelState, 'form' | 'messages' | 'result'> }) {
  const { form, messages, result } = panel;
  const { status } = form;
  const text = result
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
  return (
    <div className="wrapup-result" data-outcome={result?.kind}>
      <p role={status === 'failed' && result?.tone !== 'warning' ? 'alert' : 'status'} className="wrapup-status" data-state={status} data-tone={result?.tone} data-reason={result?.detail || undefined}>
        {text}
      </p>
      {result?.detail && result.tone !== 'success' && (
        <details className="wrapup-details">
          <summary>{messages.details}</summary>
          <code>{result.detail}</code>
        </details>
      )}
    </div>
  );
}
