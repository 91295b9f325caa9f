import { reasonKey } from '../../core/reason-index';
import type { WrapUpPanelState } from '../use-wrapup-panel';

/** "Selected: n", a chip per chosen reason with its remove button, and the limit hint. */
export function SelectedChips({ panel }: { panel: WrapUpPanelState }) {
  const { form, messages } = panel;
  return (
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
              <button {...panel.getChipProps(entry)} className="wrapup-chip-remove">
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
  );
}

/** A settled wrap-up, compactly: the codes and the note that were applied; no controls. */
export function SentSummary({ panel }: { panel: WrapUpPanelState }) {
  const { form, messages } = panel;
  const { wrapups, note } = form.values;
  if (form.status !== 'applied' || (wrapups.length === 0 && note.trim() === '')) return null;
  return (
    <div className="wrapup-sent">
      {wrapups.length > 0 && (
        <ul className="wrapup-chips" aria-label={messages.sentSummary}>
          {wrapups.map((entry) => (
            <li key={reasonKey(entry)} className="wrapup-chip" data-sent="">
              {entry.categoryName}
              {messages.categorySeparator}
              {entry.value}
            </li>
          ))}
        </ul>
      )}
      {note.trim() !== '' && (
        <p className="wrapup-sent-note">
          <span className="wrapup-label">{messages.notes}</span> {note}
        </p>
      )}
    </div>
  );
}
