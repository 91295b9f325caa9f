import { useEffect, useId, useRef } from 'react';

export interface LeaveDialogProps {
  customerName: string;
  onConfirm: () => void;
  /** Called when the dialog closes, either way (Cancel, Escape, or after onConfirm). */
  onClose: () => void;
}

/** The AgentDesk's confirmation before leaving, as a modal <dialog> (focus is trapped, Escape cancels). */
export function LeaveDialog({ customerName, onConfirm, onClose }: LeaveDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    // no close() on clean-up: its close event would arrive after StrictMode's re-open; unmounting ends the modal anyway
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="desk-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} onClose={onClose}>
      <h2 id={`${id}-title`} className="desk-dialog-title">
        Leave conversation
      </h2>
      <p id={`${id}-text`}>Are you sure you want to leave the conversation with &apos;{customerName}&apos;?</p>
      <div className="desk-dialog-actions">
        <button type="button" className="desk-button" autoFocus onClick={() => ref.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="desk-button desk-button-danger"
          onClick={() => {
            onConfirm();
            ref.current?.close();
          }}
        >
          Leave
        </button>
      </div>
    </dialog>
  );
}
