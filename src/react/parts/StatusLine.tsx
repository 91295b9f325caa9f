import type { WrapUpPanelState } from '../use-wrapup-panel';

/**
 * Where the wrap-up stands, in the agent's words: a polite status, or an alert when it failed (not for
 * a transfer or a removal, which need no hurry), with the next step. The Agent Manager's own words stay for developers and support: `data-reason`, and
 * a collapsed "Details" (unless all went well). One element throughout, so each change is announced.
 */
export function StatusLine({ panel }: { panel: Pick<WrapUpPanelState, 'messages' | 'result' | 'getStatusProps'> }) {
  const { messages, result } = panel;
  return (
    <div className="wrapup-result" data-outcome={result?.kind}>
      <p {...panel.getStatusProps()} className="wrapup-status" />
      {result?.detail && result.tone !== 'success' && (
        <details className="wrapup-details">
          <summary>{messages.details}</summary>
          <code>{result.detail}</code>
        </details>
      )}
    </div>
  );
}
