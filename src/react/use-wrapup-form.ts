import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { WrapUpContextInput } from '../core/context';
import { maxCodes } from '../core/context';
import type { NormalizedWrapUpForm } from '../core/admin-form';
import type { OutboxEvent, OutboxOutcome } from '../core/outbox';
import type { SensitiveKind, SensitiveOptions } from '../core/pii';
import { customerIdentifiers } from '../core/pii/identifiers';
import { reasonKey } from '../core/reason-index';
import type { CloseWrapupPayload, PublishCimEventPayload, WrapUpEntry } from '../core/schemas';
import type { WrapUpSession, WrapUpStatus } from '../core/sessions';
import { useConnectionState } from './connection';
import { en, type WrapUpMessages } from './messages';
import { useCloseWrapupPayload } from './payload';
import { useOptionalWrapUpConfig } from './provider';
import { useSessionsStore, useWrapUpSession, type SessionsOption } from './use-wrapup-session';

/*
 * The personal-data check (validators, numbering plans, word lists in four languages: ~8 kB
 * min+gzip) is loaded with a dynamic import once a form has mounted, after its first paint; a
 * submit before it arrives waits for it. A desk that turns the check off never loads it.
 */
type PiiModule = typeof import('../core/pii');
let piiModule: PiiModule | undefined;
let piiLoading: Promise<PiiModule> | undefined;
const loadPii = () =>
  (piiLoading ??= import('../core/pii').then(
    (m) => (piiModule = m),
    (error: unknown) => {
      piiLoading = undefined; // asked again next time (a browser may still answer from its module map)
      throw error;
    },
  ));
/** How long a submit waits for the check to arrive before it goes without it. */
const PII_LOAD_WAIT_MS = 3_000;
function loadPiiWithin(ms: number): Promise<PiiModule | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    loadPii().then(
      (m) => {
        clearTimeout(timer);
        resolve(m);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}
type Detect = (note: string) => FoundSensitiveKind[];

/**
 * The customer's own phone numbers and addresses in a context, read once per context object (it
 * walks up to 500 values: not on every keystroke and countdown tick). A desk replaces the context
 * when the customer changes, as it does for the builders.
 */
const identifiersByContext = new WeakMap<object, string>();
function identifiersOf(context: unknown): string {
  if (typeof context !== 'object' || context === null) return customerIdentifiers(context).join('\u0000');
  let value = identifiersByContext.get(context);
  if (value === undefined) identifiersByContext.set(context, (value = customerIdentifiers(context).join('\u0000')));
  return value;
}

export type { WrapUpStatus } from '../core/sessions';
export type WrapUpMode = 'live' | 'timed';

/** A code as the panel handles it: its category and reason label. */
export type ReasonRef = Pick<WrapUpEntry, 'categoryName' | 'value'>;

export interface WrapUpFormValues {
  wrapups: WrapUpEntry[];
  note: string;
}

export interface UseWrapUpFormOptions extends SessionsOption {
  /** The conversation context (what the desk holds after onTopicData). */
  context: WrapUpContextInput;
  /**
   * `live`: "Apply" sends publishCimEvent. `timed`: "Add Wrap-Up" sends closeWrapup. Default: the
   * session's phase (timed from `wrapupTimerStarted` until the Agent Manager answers, also after the deadline).
   */
  mode?: WrapUpMode | undefined;
  /** The normalised form; its `multiple` decides the limit (5, or 1). */
  form?: NormalizedWrapUpForm | undefined;
  noteMaxLength?: number | undefined;
  /** Default: the provider's words. */
  messages?: WrapUpMessages | undefined;
  /** Called once with the Agent Manager's answer (not again for an answer that came before this mounted). */
  onOutcome?: (outcome: OutboxOutcome) => void;
  /**
   * The personal-data check of the note: which kinds, extra patterns of the desk's own, reference
   * words, a number-plan check (see `createSensitiveDetector`). The customer's own phone and e-mail
   * from the context are always looked for. `false` turns the check off.
   */
  sensitive?: false | Omit<SensitiveOptions, 'identifiers'> | undefined;
}

/** A kind of personal data found in a note: a built-in kind, or one of the desk's own patterns. */
export type FoundSensitiveKind = SensitiveKind | (string & Record<never, never>);

/** How long typing must pause before the note is checked again for the warning shown while typing. */
export const SENSITIVE_CHECK_DELAY_MS = 300;

export interface WrapUpFormState {
  /** The react-hook-form instance, for desks that render their own fields. */
  form: UseFormReturn<WrapUpFormValues>;
  /** The conversation's session, from the session store. */
  session: WrapUpSession;
  mode: WrapUpMode;
  values: WrapUpFormValues;
  selected: WrapUpEntry[];
  isSelected: (entry: ReasonRef) => boolean;
  /** Adds or removes a code under the AgentDesk rules; false when the limit stops it. */
  toggle: (entry: ReasonRef) => boolean;
  remove: (entry: ReasonRef) => void;
  multiple: boolean;
  limit: number;
  atLimit: boolean;
  noteLength: number;
  noteMaxLength: number;
  /** Personal data the note seems to contain (checked once typing pauses); submit() checks again and asks for confirmation first. */
  sensitive: FoundSensitiveKind[];
  /** Set when submit() stopped to show the personal-data warning. */
  sensitiveWarning: FoundSensitiveKind[] | null;
  dismissSensitiveWarning: () => void;
  status: WrapUpStatus;
  outcome: OutboxOutcome | null;
  error: Error | null;
  /** Validation message for the whole wrap-up (e.g. neither code nor note). */
  formError: string | undefined;
  online: boolean;
  /** Validates and sends; `confirmSensitive` skips the personal-data warning; `auto` marks an automatic apply. */
  submit: (options?: { confirmSensitive?: boolean; auto?: boolean }) => Promise<void>;
  /** Timed phase only: closeWrapup with `cimEvent: null`. */
  leave: () => Promise<void>;
  /** The Agent Manager answered (applied, left, expired) or the conversation closed: this wrap-up is over. */
  settled: boolean;
  /** True while nothing more can be sent: settled, submitting or pending. */
  locked: boolean;
}

const empty: WrapUpFormValues = { wrapups: [], note: '' };

/**
 * The wrap-up form: react-hook-form with core's rules (≤ 5 codes, or 1 when single-choice; a code
 * or a note; the note limit; duplicates ignored). Its status is the conversation's session; it
 * submits through the session store's outbox, and saves a draft per conversation on every change,
 * restored after a reload (and kept after the answer, so a settled wrap-up still shows what was sent).
 */
export function useWrapUpForm(options: UseWrapUpFormOptions): WrapUpFormState {
  const config = useOptionalWrapUpConfig();
  const sessions = useSessionsStore('useWrapUpForm', options.sessions);
  const messages = options.messages ?? config?.messages ?? en;
  const noteMaxLength = options.noteMaxLength ?? config?.noteMaxLength ?? 2000;
  const { context, onOutcome } = options;
  const conversationId = context.conversationId;
  const session = useWrapUpSession(conversationId, { sessions });
  const mode: WrapUpMode = options.mode ?? (session.phase === 'live' ? 'live' : 'timed');
  const multiple = options.form?.multiple ?? true;
  const limit = maxCodes(multiple);
  const builder = useCloseWrapupPayload(context, { multiple, noteMaxLength });

  // the rules, with the agent's words (the over-length count is the real one, not zod's placeholder)
  const resolver = useCallback<Resolver<WrapUpFormValues>>(
    (v) => {
      const errors: Record<string, { type: string; message: string }> = {};
      if (v.wrapups.length > limit) errors.wrapups = { type: 'max', message: messages.limitReached(limit) };
      else if (v.wrapups.length === 0 && v.note.trim() === '') errors.wrapups = { type: 'empty', message: messages.emptyWrapUp };
      if (v.note.length > noteMaxLength) errors.note = { type: 'maxLength', message: messages.noteTooLong(v.note.length - noteMaxLength) };
      return Object.keys(errors).length > 0 ? { values: {}, errors } : { values: v, errors: {} };
    },
    [limit, noteMaxLength, messages],
  );
  // the stored draft is read once, at mount (useForm takes its defaults only then)
  const [initialDraft] = useState(() => sessions.readDraft(conversationId) ?? empty);
  const form = useForm<WrapUpFormValues>({ resolver, defaultValues: initialDraft });
  const watched = useWatch({ control: form.control });
  const values: WrapUpFormValues = { wrapups: (watched.wrapups ?? []) as WrapUpEntry[], note: watched.note ?? '' };

  // another conversation, or a new wrap-up of this one (the timed phase after a live-chat wrap-up): its own draft
  const scope = `${conversationId}\u0000${session.round}`;
  const [shownScope, setShownScope] = useState(scope);
  const [error, setError] = useState<Error | null>(null);
  const [sensitiveWarning, setSensitiveWarning] = useState<FoundSensitiveKind[] | null>(null);
  const seenOutcome = useRef(session.outcome);
  // every action counts: a submit's validation that ends after a newer action (a "Leave" right after
  // Ctrl+Enter, or another conversation shown) must not bring back its error or warning next to the newer one
  const lastAction = useRef(0);
  useEffect(() => {
    if (shownScope === scope) return;
    lastAction.current++; // a submit still waiting (for the check) belongs to the wrap-up shown before
    form.reset(sessions.readDraft(conversationId) ?? empty);
    // what belonged to the wrap-up shown before is not this one's: its error, its warning, its answer
    seenOutcome.current = session.outcome;
    /* eslint-disable react-hooks/set-state-in-effect -- reset with the form instance, in the same effect */
    setError(null);
    setSensitiveWarning(null);
    setShownScope(scope);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [scope, shownScope, form, sessions, conversationId, session.outcome]);

  // every change is saved: a reload or a crash never loses what the agent typed
  // (keyed on its text: react-hook-form hands out a new values object on every change)
  const draftJson = values.wrapups.length === 0 && values.note === '' ? undefined : JSON.stringify(values);
  useEffect(() => {
    if (shownScope !== scope) return;
    sessions.saveDraft(conversationId, draftJson === undefined ? undefined : form.getValues());
  }, [sessions, conversationId, draftJson, shownScope, scope, form]);

  // one detector per context and desk options: it knows the customer's own phone and e-mail
  const deskSensitive = options.sensitive;
  // keyed on what it reads, not on object identity: a desk passing an inline context or options must not rebuild it per render
  const identifiers = identifiersOf(context);
  const deskKey = deskSensitive === false ? 'off' : JSON.stringify(deskSensitive ?? {}, (_k, v: unknown) => (v instanceof RegExp ? `${v.source}/${v.flags}` : typeof v === 'function' ? String(v) : v));
  const checkOn = deskSensitive !== false;
  const [pii, setPii] = useState(piiModule);
  useEffect(() => {
    if (!checkOn || pii) return undefined;
    let mounted = true;
    // a chunk that fails to load leaves the live check off; a submit tries to load it again
    loadPii().then((m) => mounted && setPii(m), () => undefined);
    return () => {
      mounted = false;
    };
  }, [checkOn, pii]);
  const [detector, setDetector] = useState<{ key: string; detect: Detect | null; options: SensitiveOptions | null }>(() => ({ key: '', detect: null, options: null }));
  let { detect, options: detectOptions } = detector;
  const detectorKey = `${deskKey}\u0001${identifiers}\u0001${pii ? 'loaded' : ''}`;
  if (detector.key !== detectorKey) {
    detectOptions = checkOn ? { ...deskSensitive, identifiers: identifiers ? identifiers.split('\u0000') : [] } : null;
    detect = !detectOptions ? () => [] : pii ? pii.createSensitiveDetector(detectOptions) : null;
    setDetector({ key: detectorKey, detect, options: detectOptions });
  }
  const connection = useConnectionState(sessions.transport);

  // the answer, once per outcome that arrives while this is mounted
  const onOutcomeRef = useRef(onOutcome);
  useEffect(() => {
    onOutcomeRef.current = onOutcome;
  }, [onOutcome]);
  useEffect(() => {
    if (!session.outcome || session.outcome === seenOutcome.current) return;
    seenOutcome.current = session.outcome;
    onOutcomeRef.current?.(session.outcome);
  }, [session.outcome]);

  const outcome = session.outcome ?? null;
  const status: WrapUpStatus = error && session.status === 'idle' ? 'failed' : session.status;
  const shownError = error ?? (outcome?.status === 'rejected' ? outcome.error : null);
  const settled = session.phase === 'closed' || status === 'applied' || status === 'left' || status === 'expired';
  const locked = settled || status === 'submitting' || status === 'pending';

  const send = useCallback(
    (build: () => CloseWrapupPayload | PublishCimEventPayload, event: OutboxEvent, auto = false) => {
      setError(null);
      let payload: CloseWrapupPayload | PublishCimEventPayload;
      try {
        payload = build();
      } catch (e) {
        setError(e as Error);
        return;
      }
      sessions.submit(payload, { event, auto }).catch((e: unknown) => setError(e as Error));
    },
    [sessions],
  );

  const submit = useCallback(
    async ({ confirmSensitive = false, auto = false } = {}) => {
      if (locked) return;
      const action = ++lastAction.current;
      await form.handleSubmit(async (v) => {
        if (action !== lastAction.current) return;
        let check = detect;
        if (!check && detectOptions && !confirmSensitive) {
          // submitted before the check arrived: wait for it, at most PII_LOAD_WAIT_MS (a chunk that cannot load skips the
          // check: the warning only advises, and an automatic apply before expiry must not wait out the deadline)
          const m = await loadPiiWithin(PII_LOAD_WAIT_MS);
          if (action !== lastAction.current) return;
          if (m) setPii(m);
          check = m ? m.createSensitiveDetector(detectOptions) : null;
        }
        const kinds = check ? check(v.note) : [];
        if (kinds.length > 0 && !confirmSensitive) {
          setSensitiveWarning(kinds);
          return;
        }
        setSensitiveWarning(null);
        if (mode === 'timed') send(() => builder.build(v), 'closeWrapup', auto);
        else send(() => builder.buildPublish(v), 'publishCimEvent', auto);
      })();
      if (action !== lastAction.current) form.clearErrors();
    },
    [locked, form, mode, builder, send, detect, detectOptions],
  );

  const leave = useCallback((): Promise<void> => {
    if (locked) return Promise.resolve();
    lastAction.current++;
    form.clearErrors();
    setSensitiveWarning(null);
    send(() => builder.build(null), 'closeWrapup');
    return Promise.resolve();
  }, [locked, form, builder, send]);

  // keyed on the codes, not the array: react-hook-form hands out a new one on every note keystroke, and the
  // getters built on isSelected must stay the same then (the panel's memoised rows take them)
  const codesKey = JSON.stringify(values.wrapups.map(reasonKey));
  const selectedKeys = useMemo(() => new Set(JSON.parse(codesKey) as string[]), [codesKey]);
  const isSelected = useCallback((entry: ReasonRef) => selectedKeys.has(reasonKey(entry)), [selectedKeys]);
  const toggle = useCallback(
    (entry: ReasonRef) => {
      if (locked) return false;
      const current = form.getValues('wrapups');
      const key = reasonKey(entry);
      const next = current.some((w) => reasonKey(w) === key)
        ? current.filter((w) => reasonKey(w) !== key)
        : !multiple
          ? [{ categoryName: entry.categoryName, value: entry.value }]
          : current.length < limit
            ? [...current, { categoryName: entry.categoryName, value: entry.value }]
            : null;
      if (!next) return false;
      form.setValue('wrapups', next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
      return true;
    },
    [locked, form, multiple, limit],
  );
  const remove = useCallback(
    (entry: ReasonRef) => {
      if (locked) return;
      const key = reasonKey(entry);
      form.setValue('wrapups', form.getValues('wrapups').filter((w) => reasonKey(w) !== key), { shouldDirty: true });
    },
    [locked, form],
  );

  // while typing, the note is checked once typing pauses (a pasted page of text costs one check, not one per keystroke)
  const [checkedNote, setCheckedNote] = useState(values.note);
  useEffect(() => {
    if (checkedNote === values.note) return undefined;
    const timer = setTimeout(() => setCheckedNote(values.note), SENSITIVE_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values.note, checkedNote]);
  const sensitive = useMemo(() => (detect ? detect(checkedNote) : []), [detect, checkedNote]);
  // an error about the form only while the form can still be sent: never next to a result
  const formError = status === 'idle' || status === 'failed' ? (form.formState.errors.wrapups?.message ?? form.formState.errors.wrapups?.root?.message) : undefined;
  const dismissSensitiveWarning = useCallback(() => setSensitiveWarning(null), []);

  return {
    form,
    session,
    mode,
    values,
    selected: values.wrapups,
    isSelected,
    toggle,
    remove,
    multiple,
    limit,
    atLimit: multiple && values.wrapups.length >= limit,
    noteLength: values.note.length,
    noteMaxLength,
    sensitive,
    sensitiveWarning,
    dismissSensitiveWarning,
    status,
    outcome,
    error: shownError,
    formError,
    online: connection === 'connected',
    submit,
    leave,
    settled,
    locked,
  };
}
