import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import {
  detectSensitive,
  maxCodes,
  outcomeFromUnsubscription,
  reasonKey,
  WrapUpError,
  type NormalizedWrapUpForm,
  type Outbox,
  type OutboxEvent,
  type OutboxOutcome,
  type OutboxStorage,
  type SensitiveKind,
  type WrapUpContextInput,
  type WrapUpEntry,
  type WrapUpTransport,
} from '../core';
import { useConnectionState } from './connection';
import { en, type WrapUpMessages } from './messages';
import { useCloseWrapupPayload } from './payload';
import { useOptionalWrapUpConfig } from './provider';
import { readStored, storageKeys, writeStored, writeStoredJson } from './storage';

export type WrapUpStatus = 'idle' | 'submitting' | 'pending' | 'applied' | 'left' | 'expired' | 'failed';
export type WrapUpMode = 'live' | 'timed';

/** A code as the panel handles it: its category and reason label. */
export type ReasonRef = Pick<WrapUpEntry, 'categoryName' | 'value'>;

export interface WrapUpFormValues {
  wrapups: WrapUpEntry[];
  note: string;
}

const isDraft = (v: unknown): v is WrapUpFormValues =>
  !!v &&
  typeof v === 'object' &&
  Array.isArray((v as WrapUpFormValues).wrapups) &&
  (v as WrapUpFormValues).wrapups.every((w) => w && typeof w.categoryName === 'string' && typeof w.value === 'string') &&
  typeof (v as WrapUpFormValues).note === 'string';

export interface UseWrapUpFormOptions {
  /** The conversation context (what the desk holds after onTopicData). */
  context: WrapUpContextInput;
  /** `live`: "Apply" sends publishCimEvent. `timed`: "Add Wrap-Up" sends closeWrapup. */
  mode: WrapUpMode;
  /** The normalised form; its `multiple` decides the limit (5, or 1). */
  form?: NormalizedWrapUpForm;
  noteMaxLength?: number;
  outbox?: Outbox;
  transport?: WrapUpTransport;
  storage?: OutboxStorage;
  messages?: WrapUpMessages;
  /** Called once with the Agent Manager's answer. */
  onOutcome?: (outcome: OutboxOutcome) => void;
}

export interface WrapUpFormState {
  /** The react-hook-form instance, for desks that render their own fields. */
  form: UseFormReturn<WrapUpFormValues>;
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
  /** Personal data the note seems to contain; submit() asks for confirmation first. */
  sensitive: SensitiveKind[];
  /** Set when submit() stopped to show the personal-data warning. */
  sensitiveWarning: SensitiveKind[] | null;
  dismissSensitiveWarning: () => void;
  status: WrapUpStatus;
  outcome: OutboxOutcome | null;
  error: Error | null;
  /** Validation message for the whole wrap-up (e.g. neither code nor note). */
  formError: string | undefined;
  online: boolean;
  /** Validates and sends; `{ confirmSensitive: true }` skips the personal-data warning. */
  submit: (options?: { confirmSensitive?: boolean }) => Promise<void>;
  /** Timed phase only: closeWrapup with `cimEvent: null`. */
  leave: () => Promise<void>;
  /** True while nothing more can be sent (submitting, pending, or settled). */
  locked: boolean;
}

const terminal: Record<OutboxOutcome['status'], WrapUpStatus> = {
  applied: 'applied',
  left: 'left',
  expired: 'expired',
  removed: 'failed',
  rejected: 'failed',
};

/**
 * The wrap-up form: react-hook-form + zod with core's rules (≤ 5 codes, or 1 when
 * single-choice; a code or a note; the note limit; duplicates ignored). Submits through the
 * outbox, follows the Agent Manager's answer, and saves a draft per conversation on every
 * change, restored after a reload.
 */
export function useWrapUpForm(options: UseWrapUpFormOptions): WrapUpFormState {
  const config = useOptionalWrapUpConfig();
  const outbox = options.outbox ?? config?.outbox;
  const transport = options.transport ?? config?.transport;
  const storage = options.storage ?? config?.storage;
  const messages = options.messages ?? config?.messages ?? en;
  const noteMaxLength = options.noteMaxLength ?? config?.noteMaxLength ?? 2000;
  const { context, mode, onOutcome } = options;
  const conversationId = context.conversationId;
  if (!outbox || !transport) {
    throw new WrapUpError('INVALID_OPTIONS', 'useWrapUpForm needs an outbox and a transport: use it inside <WrapUpProvider transport={…}>, or pass { outbox, transport }.');
  }
  const multiple = options.form?.multiple ?? true;
  const limit = maxCodes(multiple);
  const builder = useCloseWrapupPayload(context, { multiple, noteMaxLength });
  const draftKey = storageKeys.draft(conversationId);

  const schema = useMemo(
    () =>
      z
        .object({
          wrapups: z.array(z.object({ categoryName: z.string(), value: z.string() })).max(limit, messages.limitReached(limit)),
          note: z.string().max(noteMaxLength, messages.noteTooLong(0)),
        })
        .refine((v) => v.wrapups.length > 0 || v.note.trim() !== '', { message: messages.emptyWrapUp, path: ['wrapups'] }),
    [limit, noteMaxLength, messages],
  );
  const form = useForm<WrapUpFormValues>({
    resolver: zodResolver(schema),
    defaultValues: (storage && readStored(storage, draftKey, isDraft)) || { wrapups: [], note: '' },
  });
  const watched = useWatch({ control: form.control });
  const values: WrapUpFormValues = { wrapups: (watched.wrapups ?? []) as WrapUpEntry[], note: watched.note ?? '' };

  const initialStatus = (): WrapUpStatus => (outbox.pending().some((e) => e.conversationId === conversationId) ? 'pending' : 'idle');
  const [status, setStatus] = useState<WrapUpStatus>(initialStatus);
  const [outcome, setOutcome] = useState<OutboxOutcome | null>(null);
  // a live-chat wrap-up was applied, then the agent left: the timed phase is a new wrap-up (AgentDesk: up to 5 codes per activity)
  const [phase, setPhase] = useState(mode);
  if (phase !== mode) {
    setPhase(mode);
    if (mode === 'timed' && status === 'applied') {
      setStatus('idle');
      setOutcome(null);
    }
  }
  const [error, setError] = useState<Error | null>(null);
  const [sensitiveWarning, setSensitiveWarning] = useState<SensitiveKind[] | null>(null);
  const connection = useConnectionState(transport);
  const onOutcomeRef = useRef(onOutcome);
  useEffect(() => {
    onOutcomeRef.current = onOutcome;
  }, [onOutcome]);
  const settledRef = useRef(false);
  useEffect(() => {
    if (mode === 'timed' && status === 'idle' && settledRef.current) {
      settledRef.current = false;
      form.reset({ wrapups: [], note: '' }); // the applied codes went out with the live-chat wrap-up
    }
  }, [mode, status, form]);

  // every change is saved: a reload or a crash never loses what the agent typed
  const draftJson = values.wrapups.length === 0 && values.note === '' ? undefined : JSON.stringify(values);
  useEffect(() => {
    if (storage && !settledRef.current) writeStoredJson(storage, draftKey, draftJson);
  }, [storage, draftKey, draftJson]);

  const settle = useCallback(
    (result: OutboxOutcome) => {
      if (settledRef.current) return;
      settledRef.current = result.status !== 'rejected';
      setOutcome(result);
      setStatus(terminal[result.status]);
      if (result.status === 'rejected') setError(result.error);
      else if (storage) writeStored(storage, draftKey, undefined); // done: the draft is no longer needed
      onOutcomeRef.current?.(result);
    },
    [storage, draftKey],
  );

  // answers: through the outbox for what we sent; straight from the transport for a server-side end (expiry, transfer)
  useEffect(() => {
    const offOutbox = outbox.subscribe((change) => {
      if (change.type === 'settled' && change.entry.conversationId === conversationId) settle(change.outcome);
      if (change.type === 'sent' && change.entry.conversationId === conversationId) setStatus((s) => (s === 'submitting' ? 'pending' : s));
    });
    const offTransport = transport.subscribe(
      (event) => {
        if (event.name === 'topicUnsubscription' && !outbox.pending().some((e) => e.conversationId === conversationId)) {
          settle(outcomeFromUnsubscription(event.payload, null));
        }
      },
      { conversationId },
    );
    return () => {
      offOutbox();
      offTransport();
    };
  }, [outbox, transport, conversationId, settle]);

  const send = useCallback(
    (payload: Parameters<Outbox['submit']>[0], event: OutboxEvent) => {
      setError(null);
      setStatus(transport.getState() === 'connected' ? 'submitting' : 'pending');
      outbox.submit(payload, { event }).then(settle, (e: unknown) => {
        setError(e as Error);
        setStatus('failed');
      });
    },
    [outbox, transport, settle],
  );

  const locked = status === 'submitting' || status === 'pending' || status === 'applied' || status === 'left' || status === 'expired';

  const submit = useCallback(
    async ({ confirmSensitive = false } = {}) => {
      if (locked) return;
      await form.handleSubmit((v) => {
        const kinds = detectSensitive(v.note);
        if (kinds.length > 0 && !confirmSensitive) {
          setSensitiveWarning(kinds);
          return;
        }
        setSensitiveWarning(null);
        try {
          if (mode === 'timed') send(builder.build(v), 'closeWrapup');
          else send(builder.buildPublish(v), 'publishCimEvent');
        } catch (e) {
          setError(e as Error);
          setStatus('failed');
        }
      })();
    },
    [locked, form, mode, builder, send],
  );

  const leave = useCallback(async () => {
    if (locked) return;
    try {
      send(builder.build(null), 'closeWrapup');
    } catch (e) {
      setError(e as Error);
      setStatus('failed');
    }
    await Promise.resolve();
  }, [locked, builder, send]);

  const selectedKeys = useMemo(() => new Set(values.wrapups.map(reasonKey)), [values.wrapups]);
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

  const sensitive = useMemo(() => detectSensitive(values.note), [values.note]);
  const formError = form.formState.errors.wrapups?.message ?? form.formState.errors.wrapups?.root?.message;

  return {
    form,
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
    dismissSensitiveWarning: () => setSensitiveWarning(null),
    status,
    outcome,
    error,
    formError,
    online: connection === 'connected',
    submit,
    leave,
    locked,
  };
}
