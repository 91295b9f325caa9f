import { NoteField } from './parts/NoteField';
import { SearchAndReasons } from './parts/ReasonList';
import { SelectedChips, SentSummary } from './parts/SelectedChips';
import { StatusLine } from './parts/StatusLine';
import { useWrapUpPanel, type UseWrapUpPanelOptions } from './use-wrapup-panel';

export interface WrapUpPanelProps extends UseWrapUpPanelOptions {
  className?: string | undefined;
  /** Overrides the language's direction. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** Forces the light or dark theme; default: the user's `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | undefined;
  /** Level of the panel's "Wrap-up" heading, to fit the desk's outline; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
}

/**
 * The agent's wrap-up: reasons by category with search, selected chips, a note, and the two
 * AgentDesk modes. Markup only, over `useWrapUpPanel`'s state and prop getters: a desk with its own
 * design system can build the same panel from that hook. Renders nothing for an agent who may not
 * wrap up (and says why in development).
 *
 * Layout: the countdown, the actions and whatever needs the agent now (the personal-data warning,
 * the auto-apply notice, an error, the status) sit in a bar that sticks to the bottom of the desk's
 * scroll box, so they stay visible whatever the panel's height. Once settled, the panel shows what
 * was sent and the outcome, without controls.
 */
export function WrapUpPanel({ className, dir, theme, headingLevel, ...options }: WrapUpPanelProps) {
  const panel = useWrapUpPanel(options);
  if (!panel.allowed) return null;
  const { messages, timer, form, mode, urgency, settled } = panel;
  const Heading = `h${headingLevel ?? 2}` as 'h2';
  const region = panel.getRegionProps();
  return (
    <section {...region} dir={dir ?? region.dir} className={['wrapup-panel', className].filter(Boolean).join(' ')} data-theme={theme} data-settled={settled || undefined}>
      <header className="wrapup-header">
        <Heading className="wrapup-title">{messages.region}</Heading>
        <div role="status" className="wrapup-visually-hidden">
          {mode === 'timed' && timer.announcement !== null ? messages.timeAnnouncement(timer.announcement) : ''}
        </div>
      </header>

      {settled ? (
        <SentSummary panel={panel} />
      ) : (
        <form className="wrapup-form" {...panel.getFormProps()}>
          <SearchAndReasons panel={panel} />
          <fieldset className="wrapup-fieldset" disabled={form.locked}>
            <SelectedChips panel={panel} />
            <NoteField panel={panel} />
          </fieldset>
        </form>
      )}

      <div className="wrapup-bar">
        {!settled && form.sensitiveWarning && (
          <div {...panel.getAlertProps()} className="wrapup-warning">
            <p>{panel.sensitiveWarningText}</p>
            <div className="wrapup-actions">
              <button {...panel.getSubmitAnywayProps()} className="wrapup-button" />
              <button {...panel.getEditNoteProps()} className="wrapup-button" />
            </div>
          </div>
        )}
        {!settled && form.formError && (
          <p {...panel.getAlertProps()} className="wrapup-error">
            {form.formError}
          </p>
        )}
        {!settled && panel.autoApply.notice && (
          <p {...panel.getAlertProps()} className="wrapup-notice">
            {messages.autoApplyNotice(panel.autoApply.inSeconds)}
          </p>
        )}
        <StatusLine panel={panel} />
        {!settled && (
          <div className="wrapup-bar-row">
            {mode === 'timed' && timer.deadline !== undefined && (
              <div className="wrapup-timer" data-urgency={urgency}>
                <span role="timer" aria-live="off">
                  {messages.timeLeft(timer.remainingSeconds)}
                </span>
              </div>
            )}
            <div className="wrapup-actions">
              {mode === 'timed' ? <button {...panel.getLeaveProps()} className="wrapup-button" /> : <button {...panel.getCancelProps()} className="wrapup-button" />}
              <button {...panel.getSubmitProps()} className="wrapup-button wrapup-button-primary" />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
