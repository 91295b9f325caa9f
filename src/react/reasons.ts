import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  categoryPageSchema,
  normalizedWrapUpFormSchema,
  normalizeWrapUpForm,
  optionPageSchema,
  withSendableLabels,
  WRAPUP_FORM_ID,
  type NormalizedWrapUpForm,
} from '../core/admin-form';
import { WrapUpError } from '../core/errors';
import { createReasonIndex, type IndexedReason } from '../core/reason-index';
import type { OutboxStorage } from '../core/storage';
import { useOptionalWrapUpConfig } from './provider';

interface LoadOptions {
  /**
   * Automatic retries of a failed load before the panel shows the error and its Retry button;
   * default 2. Only transient failures are retried (the network, an HTTP 5xx, a timeout), after
   * `retryDelayMs`, then twice that, … (at most 30 s). A malformed form and an HTTP 4xx are not.
   */
  retry?: number | undefined;
  /** Wait before the first retry, in ms; doubles for each further one. Default 1,000. */
  retryDelayMs?: number | undefined;
  /**
   * How long one request (or one `load()` call) may take, in ms, before it is aborted and counts as
   * a failure (a transient one: it is retried). Default 10,000.
   */
  timeoutMs?: number | undefined;
}

export type ReasonsSource =
  /** The Unified Admin: `GET {url}/forms/{formId}`, or the 4.10.3+ paginated endpoints with `paginated: true`. */
  | ({
      url: string;
      formId?: string | undefined;
      paginated?: boolean | undefined;
      /** Rows per page of the paginated endpoints; default 500. */
      pageSize?: number | undefined;
      /** Most pages read per list (categories, or one category's reasons); default 200. `totalPages` is respected too. */
      maxPages?: number | undefined;
      /** Most categories, and most reasons in all, read from the paginated endpoints; default 50,000. */
      maxItems?: number | undefined;
      headers?: Record<string, string> | undefined;
      fetch?: typeof fetch | undefined;
    } & LoadOptions)
  /** Your own loader, returning the form JSON in either shape. It gets an AbortSignal that fires on timeout or unmount. */
  | ({ load: (options?: { signal: AbortSignal }) => Promise<unknown>; key?: string } & LoadOptions)
  /**
   * A form you already have (either shape). Treated as immutable, like any prop: to show a changed
   * form pass a new object, or change `key` (it is normalised once per object and key).
   */
  | { form: unknown; key?: string };

const DEFAULT_RETRIES = 2;
const DEFAULT_TIMEOUT_MS = 10_000;

/** What the agent reads when the form cannot be read; the developer gets `issues` and `cause`. */
const unreadableForm = (cause: unknown) =>
  new WrapUpError(
    'INVALID_FORM',
    'The wrap-up reasons sent by Unified Admin are not in a form this desk can read. You can still write a note and apply it. Ask your administrator to check the Wrap-Up form in Unified Admin.',
    { issues: cause instanceof WrapUpError ? cause.issues : undefined, path: cause instanceof WrapUpError ? cause.path : undefined, cause },
  );

/** Runs `work` with a signal that aborts after `ms` or when `outer` aborts; a timeout is a transient TRANSPORT_ERROR. */
async function withTimeout<T>(outer: AbortSignal | undefined, ms: number, what: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort(outer?.reason);
  if (outer?.aborted) abort();
  outer?.addEventListener('abort', abort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new WrapUpError('TRANSPORT_ERROR', `${what} did not answer within ${ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`}. It may be restarting or overloaded; try again.`);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    // a loader that ignores its signal still cannot keep the panel loading for ever
    return await Promise.race([work(controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', abort);
  }
}

interface Http {
  fetcher: typeof fetch;
  headers: Record<string, string> | undefined;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

async function getJson(http: Http, url: string): Promise<unknown> {
  const origin = new URL(url).origin;
  return withTimeout(http.signal, http.timeoutMs, `The Unified Admin at ${origin}`, async (signal) => {
    let res: Response;
    try {
      res = await http.fetcher(url, { headers: { 'content-type': 'application/json', ...http.headers }, signal });
    } catch (cause) {
      if (signal.reason instanceof WrapUpError) throw signal.reason; // our timeout
      throw new WrapUpError('TRANSPORT_ERROR', `The Unified Admin at ${origin} is unreachable. Check UNIFIED_ADMIN_URL and the network.`, { cause });
    }
    if (res.status >= 500) {
      throw new WrapUpError('TRANSPORT_ERROR', `The Unified Admin answered HTTP ${res.status} for ${url}. It may be restarting; try again in a moment.`);
    }
    if (!res.ok) throw new WrapUpError('INVALID_FORM', `The Unified Admin answered HTTP ${res.status} for ${url}. Check the form id and the agent's access.`);
    try {
      return (await res.json()) as unknown;
    } catch (cause) {
      if (signal.reason instanceof WrapUpError) throw signal.reason;
      throw new WrapUpError('INVALID_FORM', `The Unified Admin answered ${url} with something that is not JSON. Check UNIFIED_ADMIN_URL.`, { cause });
    }
  });
}

interface PageLimits {
  limit: number;
  maxPages: number;
  maxItems: number;
}

/**
 * Reads every page of one list. Stops when the server says there is no more (`hasMore`), at
 * `totalPages`, after `maxPages`, at `maxItems` rows, and on a page that brings nothing new (an
 * empty page, or the same rows as the one before: a server that ignores `page`).
 */
async function readPages<T>(
  http: Http,
  url: (page: number) => string,
  schema: { safeParse: (v: unknown) => { success: true; data: { data: T[]; metadata: { hasMore: boolean; totalPages: number } } } | { success: false; error: unknown } },
  limits: PageLimits,
  budget: { items: number },
): Promise<T[]> {
  const out: T[] = [];
  let previous: string | undefined;
  for (let page = 1; page <= limits.maxPages && budget.items > 0; page++) {
    const parsed = schema.safeParse(await getJson(http, url(page)));
    if (!parsed.success) throw unreadableForm(parsed.error);
    const { data, metadata } = parsed.data;
    const text = JSON.stringify(data);
    if (data.length === 0 || text === previous) break;
    previous = text;
    const rows = data.slice(0, budget.items);
    budget.items -= rows.length;
    out.push(...rows);
    if (!metadata.hasMore || page >= metadata.totalPages) break;
  }
  return out;
}

/** Reads `{url}/forms/paginatedForm/{formId}`: the categories, then each category's options (6 at a time). */
async function loadPaginated(http: Http, base: string, formId: string, limits: PageLimits): Promise<NormalizedWrapUpForm> {
  const at = (query: string) => (page: number) => `${base}/forms/paginatedForm/${formId}?${query}&page=${page}&limit=${limits.limit}`;
  const budget = { items: limits.maxItems };
  const categories = await readPages(http, at('level=categories&sectionIndex=0&attributeIndex=0'), categoryPageSchema, limits, { items: limits.maxItems });
  const reasons: string[][] = categories.map(() => []);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < categories.length; i = next++) {
      const options = await readPages(http, at(`level=options&sectionIndex=0&attributeIndex=0&categoryIndex=${i}`), optionPageSchema, limits, budget);
      reasons[i] = [...new Set(options.map((o) => o.label))];
    }
  };
  await Promise.all(Array.from({ length: Math.min(6, categories.length) }, worker));
  return withSendableLabels({ multiple: true, categories: categories.map((c, i) => ({ name: c.label, reasons: reasons[i]! })), formId });
}

/** A malformed form (a core INVALID_FORM from normalizeWrapUpForm) gets the agent's words; HTTP and network errors keep theirs. */
function readForm(json: unknown): NormalizedWrapUpForm {
  try {
    return normalizeWrapUpForm(json);
  } catch (error) {
    throw unreadableForm(error);
  }
}

// ------------------------------------------------------------------ the last good form, per form id

interface SavedForm {
  savedAt: number;
  form: NormalizedWrapUpForm;
}

const savedFormKey = (id: string) => `agent-desk-wrapup:reasons:${id}`;

function readSaved(storage: OutboxStorage | undefined, key: string | undefined): SavedForm | undefined {
  if (!storage || !key) return undefined;
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const value = JSON.parse(raw) as { savedAt?: unknown; form?: unknown };
    const form = normalizedWrapUpFormSchema.safeParse(value?.form);
    if (typeof value?.savedAt !== 'number' || !form.success) return undefined;
    return { savedAt: value.savedAt, form: withSendableLabels(form.data, { warn: () => undefined }) };
  } catch {
    return undefined; // unreadable or tampered: as if nothing was saved
  }
}

function save(storage: OutboxStorage | undefined, key: string | undefined, form: NormalizedWrapUpForm): void {
  if (!storage || !key) return;
  try {
    storage.setItem(key, JSON.stringify({ savedAt: Date.now(), form }));
  } catch {
    // storage full or blocked: the form still shows; only the fallback is lost
  }
}

/*
 * A desk loads its form once a shift and mounts a panel for every conversation. These caches, keyed
 * by object identity, make the second and later panels skip the work proportional to the number of
 * reasons (normalising and validating a static form, flattening and folding it for search): measured
 * at 10,000 reasons, most of a panel's first render. Forms are treated as immutable, like any prop.
 */
const normalised = new WeakMap<object, { key: string | undefined; form: NormalizedWrapUpForm }>();
const indexes = new WeakMap<NormalizedWrapUpForm, IndexedReason[]>();

/** A form object is read again when its `key` changes (the documented way to say "this form changed"). */
function normaliseStatic(form: unknown, key: string | undefined): NormalizedWrapUpForm {
  const cacheable = typeof form === 'object' && form !== null;
  const hit = cacheable ? normalised.get(form) : undefined;
  if (hit && hit.key === key) return hit.form;
  const result = normalizeWrapUpForm(form);
  if (cacheable) normalised.set(form, { key, form: result });
  return result;
}

function staticForm(form: unknown, key: string | undefined): NormalizedWrapUpForm | undefined {
  try {
    return normaliseStatic(form, key);
  } catch {
    return undefined;
  }
}

function reasonIndexOf(form: NormalizedWrapUpForm): IndexedReason[] {
  let index = indexes.get(form);
  if (!index) indexes.set(form, (index = createReasonIndex(form)));
  return index;
}

function sourceKey(source: ReasonsSource): string {
  if ('url' in source) return `${source.url}|${source.formId ?? WRAPUP_FORM_ID}|${source.paginated ? 'p' : ''}`;
  return source.key ?? ('form' in source ? 'static' : 'loader');
}

/** Where the last good form of a source is kept: per form id for the Unified Admin, per key for a loader. */
function savedKeyOf(source: ReasonsSource): string | undefined {
  if ('url' in source) return savedFormKey(source.formId ?? WRAPUP_FORM_ID);
  if ('load' in source) return savedFormKey(`load:${source.key ?? 'loader'}`);
  return undefined;
}

/** Transient failures are worth retrying; a malformed form or an HTTP 4xx will not fix itself. */
const isTransient = (error: unknown) => !(error instanceof WrapUpError) || error.code === 'TRANSPORT_ERROR';

export interface WrapUpReasons {
  status: 'loading' | 'error' | 'success';
  form: NormalizedWrapUpForm | undefined;
  /** Every reason, flattened and folded for search. */
  index: readonly IndexedReason[];
  /** True when the form has no reasons at all. */
  isEmpty: boolean;
  /** The last failure; with `stale`, the reason the saved form is shown. */
  error: Error | null;
  /**
   * True when the Unified Admin failed and `form` is the last good form saved on this device
   * (in the provider's storage). Show "reasons may be out of date"; `retry()` tries again.
   */
  stale: boolean;
  /** When the form shown was saved (epoch ms), with `stale`. */
  savedAt: number | undefined;
  retry: () => void;
}

/**
 * The Unified Admin wrap-up form, normalised by core, cached by react-query. An explicit
 * `source` beats the provider's `reasons`. A load is not cancelled when the panel unmounts (its
 * result is cached for the next panel). Each request times out (`timeoutMs`, 10 s); transient
 * failures are retried (`retry`, 2) with backoff; every good form is saved in the provider's
 * storage and shown, marked `stale`, when a later load fails.
 */
export function useWrapUpReasons(source?: ReasonsSource): WrapUpReasons {
  const config = useOptionalWrapUpConfig();
  const storage = config?.storage;
  const resolved = source ?? config?.reasons;
  if (!resolved) {
    throw new WrapUpError(
      'INVALID_OPTIONS',
      'useWrapUpReasons needs a reasons source: pass useWrapUpReasons({ url: UNIFIED_ADMIN_URL }) or <WrapUpProvider reasons={{ url }}>. { load } and { form } work too.',
      { path: ['reasons'] },
    );
  }
  const savedKey = savedKeyOf(resolved);
  const options: LoadOptions = 'form' in resolved ? { retry: 0 } : resolved;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const query = useQuery({
    queryKey: ['agent-desk-wrapup', 'reasons', sourceKey(resolved)],
    // react-query's own signal is deliberately not read: reading it makes react-query cancel and
    // restart the load whenever every observer unmounts (StrictMode does that on mount), so a
    // loader would be called twice. The timeout's signal is what aborts a request.
    queryFn: async (): Promise<NormalizedWrapUpForm> => {
      if ('form' in resolved) return normaliseStatic(resolved.form, resolved.key);
      let form: NormalizedWrapUpForm;
      if ('load' in resolved) {
        form = readForm(await withTimeout(undefined, timeoutMs, 'The wrap-up reasons loader', (s) => resolved.load({ signal: s })));
      } else {
        const http: Http = { fetcher: resolved.fetch ?? globalThis.fetch.bind(globalThis), headers: resolved.headers, timeoutMs, signal: undefined };
        const base = resolved.url.replace(/\/+$/, '');
        const formId = resolved.formId ?? WRAPUP_FORM_ID;
        form = resolved.paginated
          ? await loadPaginated(http, base, formId, { limit: resolved.pageSize ?? 500, maxPages: resolved.maxPages ?? 200, maxItems: resolved.maxItems ?? 50_000 })
          : readForm(await getJson(http, `${base}/forms/${formId}`));
      }
      save(storage, savedKey, form);
      return form;
    },
    // a form already in hand renders at once, with no loading state (a malformed one errors through queryFn)
    initialData: 'form' in resolved ? () => staticForm(resolved.form, resolved.key) : undefined,
    staleTime: 5 * 60_000,
    retry: (count, error) => isTransient(error) && count < (options.retry ?? DEFAULT_RETRIES),
    retryDelay: (attempt) => Math.min((options.retryDelayMs ?? 1_000) * 2 ** attempt, 30_000),
  });
  // the saved form stands in once a load has failed (while it is retried, and after)
  const failed = query.data === undefined && (query.status === 'error' || query.failureCount > 0);
  const saved = useMemo(() => (failed ? readSaved(storage, savedKey) : undefined), [failed, storage, savedKey]);
  const form = query.data ?? saved?.form;
  const index = useMemo(() => (form ? reasonIndexOf(form) : []), [form]);
  return {
    status: form ? 'success' : query.status === 'pending' ? 'loading' : 'error',
    form,
    index,
    isEmpty: !!form && index.length === 0,
    error: query.error ?? (saved ? query.failureReason : null),
    stale: !query.data && !!saved,
    savedAt: query.data ? undefined : saved?.savedAt,
    retry: () => void query.refetch(),
  };
}
