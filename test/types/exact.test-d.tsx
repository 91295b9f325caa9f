// Under exactOptionalPropertyTypes (tsconfig.exact.json): what the package hands out can be passed
// back, and an option may be given as undefined ("not set"), as React code does with conditionals.
import { useWrapUpForm, useWrapUpReasons, WrapUpPanel, type WrapUpContextInput } from 'agent-desk-wrapup';

declare const context: WrapUpContextInput;
declare const phase: 'live' | 'timed' | 'closed';

export function Desk() {
  const reasons = useWrapUpReasons();
  const mode = phase === 'closed' ? undefined : phase;
  const form = useWrapUpForm({ context, form: reasons.form, mode });
  return <WrapUpPanel context={context} mode={mode} className={form.locked ? 'locked' : undefined} />;
}
