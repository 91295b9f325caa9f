import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  categoryPageSchema,
  createReasonIndex,
  normalizeWrapUpForm,
  optionPageSchema,
  WRAPUP_FORM_ID,
  WrapUpError,
  type IndexedReason,
  type NormalizedWrapUpForm,
} from '../core';
import { useOptionalWrapUpConfig } from './provider';

export type ReasonsSource =
  /** The Unified Admin: `GET {url}/forms/{formId}`, or the 4.10.3+ paginated endpoints with `paginated: true`. */
  | ({ url: string; formId?: string; paginated?: boolean; pageSize?: number; headers?: Record<string, string>; fetch?: typeof fetch } & RetryOption)
  /** Your own loader, returning the form JSON in either shape. */
  | ({ load: () => Promise<unknown>; key?: string } & RetryOption)
  /**
   * A form you already have (either shape). Treated as immutable, like any prop: to show a changed
   * form pass a new object, or change `key` (it is normalised once per object and key).
   */
  | { form: unknown; key?: string };

interface RetryOption {
  /** Automatic retries of a failed load before the panel shows the error and its Retry button; default 2. A malformed form is never retried. */
  retry?: number;
}

async function getJson(fetcher: typeof fetch, url: string, headers: Record<string, string> | undefined): Promise<unknown> {
  let res: Response;
  try {
    res = await fetcher(url, { headers: { 'content-type': 'application/json', ...headers } });
  } catch (cause) {
    throw new WrapUpError('TRANSPORT_ERROR', `The Unified Admin at ${new URL(url).origin} is unreachable. Check UNIFIED_ADMIN_URL and the network.`, { cause });
  }
  if (!res.ok) throw new WrapUpError('INVALID_FORM', `The Unified Admin answered HTTP ${res.status} for ${url}. Check the form id and the agent's access.`);
  try {
    return await res.json();
  } catch (cause) {
    throw new WrapUpError('INVALID_FORM', `The Unified Admin answered ${url} with something that is not JSON. Check UNIFIED_ADMIN_URL.`, { cause });
  }
}

/** Reads every page of `{url}/forms/paginatedForm/{formId}` (categories, then each category's options). */
async function loadPaginated(fetcher: typeof fetch, base: string, formId: string, limit: number, headers?: Record<string, string>): Promise<NormalizedWrapUpForm> {
  const pages = async <T extends { metadata: { hasMore: boolean } }>(query: string, schema: { parse: (v: unknown) => T }) => {
    const out: T[] = [];
    for (let page = 1; ; page++) {
      const json = await getJson(fetcher, `${base}/forms/paginatedForm/${formId}?${query}&page=${page}&limit=${limit}`, headers);
      const parsed = schema.parse(json);
      out.push(parsed);
      if (!parsed.metadata.hasMore) return out;
    }
  };
  const categories = (await pages('level=categories&sectionIndex=0&attributeIndex=0', categoryPageSchema)).flatMap((p) => p.data);
  const reasons = await Promise.all(
    categories.map(async (_c, categoryIndex) =>
      (await pages(`level=options&sectionIndex=0&attributeIndex=0&categoryIndex=${categoryIndex}`, optionPageSchema)).flatMap((p) => p.data.map((o) => o.label)),
    ),
  );
  return { multiple: true, categories: categories.map((c, i) => ({ name: c.label, reasons: [...new Set(reasons[i])] })), formId };
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

export interface WrapUpReasons {
  status: 'loading' | 'error' | 'success';
  form: NormalizedWrapUpForm | undefined;
  /** Every reason, flattened and folded for search. */
  index: readonly IndexedReason[];
  /** True when the form has no reasons at all. */
  isEmpty: boolean;
  error: Error | null;
  retry: () => void;
}

/**
 * The Unified Admin wrap-up form, normalised by core, cached by react-query. An explicit
 * `source` beats the provider's `reasons`.
 */
export function useWrapUpReasons(source?: ReasonsSource): WrapUpReasons {
  const config = useOptionalWrapUpConfig();
  const resolved = source ?? config?.reasons;
  if (!resolved) {
    throw new WrapUpError(
      'INVALID_OPTIONS',
      'useWrapUpReasons needs a reasons source: pass useWrapUpReasons({ url: UNIFIED_ADMIN_URL }) or <WrapUpProvider reasons={{ url }}>. { load } and { form } work too.',
      { path: ['reasons'] },
    );
  }
  const query = useQuery({
    queryKey: ['agent-desk-wrapup', 'reasons', sourceKey(resolved)],
    queryFn: async (): Promise<NormalizedWrapUpForm> => {
      if ('form' in resolved) return normaliseStatic(resolved.form, resolved.key);
      if ('load' in resolved) return normalizeWrapUpForm(await resolved.load());
      const fetcher = resolved.fetch ?? globalThis.fetch.bind(globalThis);
      const base = resolved.url.replace(/\/+$/, '');
      const formId = resolved.formId ?? WRAPUP_FORM_ID;
      if (resolved.paginated) return loadPaginated(fetcher, base, formId, resolved.pageSize ?? 500, resolved.headers);
      return normalizeWrapUpForm(await getJson(fetcher, `${base}/forms/${formId}`, resolved.headers));
    },
    // a form already in hand renders at once, with no loading state (a malformed one errors through queryFn)
    initialData: 'form' in resolved ? () => staticForm(resolved.form, resolved.key) : undefined,
    staleTime: 5 * 60_000,
    // a malformed form will not fix itself; a network error may
    retry: (count, error) => !(error instanceof WrapUpError && error.code === 'INVALID_FORM') && count < ('retry' in resolved ? (resolved.retry ?? 2) : 0),
  });
  const form = query.data;
  const index = useMemo(() => (form ? reasonIndexOf(form) : []), [form]);
  return {
    status: query.status === 'pending' ? 'loading' : query.status,
    form,
    index,
    isEmpty: !!form && index.length === 0,
    error: query.error,
    retry: () => void query.refetch(),
  };
}
