import { memo } from 'react';
import type { ReasonRef } from '../use-wrapup-form';
import type { WrapUpPanelState } from '../use-wrapup-panel';

export interface ReasonOptionProps {
  entry: ReasonRef;
  /** Tells apart one reason shown twice (pinned, recently used, and in its category). */
  section: string;
  getOptionProps: WrapUpPanelState['getOptionProps'];
  getPinProps: WrapUpPanelState['getPinProps'];
  /** The category's name element, in the virtualised list (where no group legend names it). */
  describedBy?: string | undefined;
  /** Set in the virtualised list: the option is the positioned row itself, this far from the top (px). */
  offset?: number | undefined;
}

/**
 * One reason: its checkbox (radio when single-choice), label and pin button. Memoised: the getters
 * change only when the selection, the lock or the pins change, so typing in the note or the search
 * box does not re-render the visible options.
 */
export const ReasonOption = memo(function ReasonOption({ entry, section, getOptionProps, getPinProps, describedBy, offset }: ReasonOptionProps) {
  const input = getOptionProps(entry, section);
  const row = offset !== undefined;
  return (
    <div
      className={row ? 'wrapup-row wrapup-reason' : 'wrapup-reason'}
      data-kind={row ? 'reason' : undefined}
      data-state={input.checked ? 'checked' : 'unchecked'}
      style={row ? { transform: `translateY(${offset}px)` } : undefined}
    >
      <input {...input} className="wrapup-reason-input" aria-describedby={describedBy} />
      <label htmlFor={input.id} className="wrapup-reason-label" title={entry.value}>
        {entry.value}
      </label>
      {/* the star is drawn by CSS (.wrapup-pin::before): the name comes from aria-label */}
      <button {...getPinProps(entry)} className="wrapup-pin" />
    </div>
  );
});
