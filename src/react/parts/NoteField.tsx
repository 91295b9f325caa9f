import type { WrapUpPanelState } from '../use-wrapup-panel';

/** The note, its character count (which also warns past what reports keep), and the over-length message. */
export function NoteField({ panel }: { panel: WrapUpPanelState }) {
  const { form, messages, ids, noteOver, noteOverReport, noteReportLimit } = panel;
  return (
    <div className="wrapup-note">
      <label htmlFor={ids.note} className="wrapup-label">
        {messages.notes}
      </label>
      <textarea {...panel.getNoteProps()} className="wrapup-textarea" rows={3} />
      <p id={ids.noteCount} className="wrapup-note-count" data-state={noteOver > 0 ? 'over' : noteOverReport ? 'report' : 'ok'}>
        {messages.noteCount(form.noteLength, form.noteMaxLength)}
        {noteOverReport && noteOver <= 0 && noteReportLimit !== false && ` ${messages.noteOverReport(noteReportLimit)}`}
      </p>
      {noteOver > 0 && (
        <p role="alert" className="wrapup-error">
          {messages.noteTooLong(noteOver)}
        </p>
      )}
    </div>
  );
}
