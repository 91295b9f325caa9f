import { useMemo } from 'react';
// from each module, not core's index: an unbundled page (a dev server, native ESM) then loads only what the panel uses
import { buildCloseWrapup, buildPublishWrapup, type BuildOptions } from '../core/build';
import { explainWrapUpPermission, type WrapUpContextInput, type WrapUpDenial, type WrapUpInput } from '../core/context';
import type { CloseWrapupPayload, PublishCimEventPayload } from '../core/schemas';
import { useOptionalWrapUpConfig } from './provider';

export interface CloseWrapupPayloadBuilder {
  /** `closeWrapup` for the timed phase; `null` = "Leave Without Wrap-Up". Throws WrapUpError on bad input. */
  build: (wrapUp: WrapUpInput | null) => CloseWrapupPayload;
  /** `publishCimEvent` for "Apply" during a live chat. */
  buildPublish: (wrapUp: WrapUpInput) => PublishCimEventPayload;
  /**
   * Whether this agent may apply a live-chat wrap-up here (roles and the `view_wrap_up` scope), and
   * if not, why. The timed phase needs only the roles: `explainWrapUpPermission(context, { phase: 'timed' })`.
   */
  permission: WrapUpDenial;
}

/** The payload builders bound to one conversation context (and the provider's wire format). */
export function useCloseWrapupPayload(context: WrapUpContextInput, options: BuildOptions = {}): CloseWrapupPayloadBuilder {
  const config = useOptionalWrapUpConfig();
  const format = options.format ?? config?.format;
  const { multiple, noteMaxLength, now, newId } = options;
  return useMemo(() => {
    const opts: BuildOptions = { format, multiple, noteMaxLength, now, newId };
    return {
      build: (wrapUp) => buildCloseWrapup(context, wrapUp, opts),
      buildPublish: (wrapUp) => buildPublishWrapup(context, wrapUp, opts),
      permission: explainWrapUpPermission(context),
    };
  }, [context, format, multiple, noteMaxLength, now, newId]);
}
