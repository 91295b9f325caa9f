import type { WrapUpFormState } from '../use-wrapup-form';
import type { WrapUpMessages } from '../messages';

/** Where the wrap-up stands, in the agent's words: a polite status, or an alert when it failed. */
export function StatusLine({ form, messages }: { form: WrapUpFormState; messages: WrapUpMessages }) {
  const { status, outcome, error } = form;
  if (status === 'failed') {
    const reason = outcome && outcome.status === 'removed' ? messages.removed(outcome.reason) : messages.failed(error?.message ?? outcome?.reason ?? '');
    return (
      <p role="alert" className="wrapup-status" data-state="failed">
        {reason}
      </p>
    );
  }
  const text =
    status === 'submitting'
      ? messages.submitting
      : status === 'pending'
        ? !form.session.stored
          ? form.online
            ? `${messages.pendingOnline} ${messages.notStored}`
            : messages.pendingNotStored
          : form.online
            ? messages.pendingOnline
            : messages.pendingOffline
        : status === 'applied'
          ? messages.applied
          : status === 'left'
            ? messages.left
            : status === 'expired'
              ? messages.expired
              : '';
  return (
    <p role="status" className="wrapup-status" data-state={status}>
      {text}
    </p>
  );
}
