/**
 * Issue 13, Unified Admin: the reasons loader under faults. A hung response, an endless paginated
 * server, a malformed page, 5xx answers and an outage after a good load, over HTTP (msw, nothing
 * leaves the process).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render as renderUi, renderHook, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { StrictMode, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WRAPUP_FORM_ID, WrapUpError } from '../src/core';
import { createMemoryStorage, type OutboxStorage } from '../src/core/storage';
import { WrapUpProvider } from '../src/react/provider';
import { useWrapUpReasons, type ReasonsSource } from '../src/react/reasons';
import { WrapUpPanel } from '../src/react/WrapUpPanel';
import { agentContext } from './fixtures/contexts';
import { createMemoryTransport } from '../src/transport/memory';
import { formV1 } from './fixtures/forms';

const UA = 'http://127.0.0.1:9/unified-admin';
const formUrl = `${UA}/forms/${WRAPUP_FORM_ID}`;
const paginatedUrl = `${UA}/forms/paginatedForm/${WRAPUP_FORM_ID}`;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

function wrapper(storage: OutboxStorage = createMemoryStorage()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <StrictMode>
        <QueryClientProvider client={client}>
          <WrapUpProvider transport={createMemoryTransport()} storage={storage}>
            {children}
          </WrapUpProvider>
        </QueryClientProvider>
      </StrictMode>
    );
  };
}

const render = (source: ReasonsSource, storage?: OutboxStorage) => renderHook(() => useWrapUpReasons(source), { wrapper: wrapper(storage) });

/** Counts requests to one URL and answers each with `answer(n)` (n from 1). */
function serve(url: string, answer: (n: number, request: Request) => Response | Promise<Response>) {
  const calls = { n: 0 };
  server.use(http.get(url, ({ request }) => answer(++calls.n, request)));
  return calls;
}

describe('a Unified Admin response that never ends', () => {
  it('times out after 10 s by default, aborts the request and shows the error with a working Retry', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const signals: AbortSignal[] = [];
    const calls = serve(formUrl, (n, request) => {
      signals.push(request.signal);
      return n === 1 ? new Promise<Response>(() => undefined) : HttpResponse.json(formV1);
    });
    const { result } = render({ url: UA, retry: 0 });
    await act(() => vi.advanceTimersByTimeAsync(9_000));
    expect(result.current.status).toBe('loading');
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'TRANSPORT_ERROR' });
    expect(result.current.error?.message).toMatch(/did not answer within 10 s/);
    expect(signals[0]!.aborted).toBe(true);
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(calls.n).toBe(2);
  });

  it('timeoutMs sets the limit; a { load } that ignores its signal times out too', async () => {
    const { result } = render({ load: () => new Promise(() => undefined), key: 'hung', timeoutMs: 50, retry: 0 });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.message).toMatch(/^The wrap-up reasons loader did not answer within 50 ms/);
  });
});

describe('the paginated loader stops', () => {
  const page = (data: unknown[], currentPage: number, totalPages: number, hasMore = true) => HttpResponse.json({ data, metadata: { total: 1e6, currentPage, totalPages, hasMore } });
  const level = (request: Request) => new URL(request.url).searchParams;

  it('at totalPages, although the server always answers hasMore: true', async () => {
    const calls = serve(paginatedUrl, (_n, request) => {
      const q = level(request);
      const p = Number(q.get('page'));
      return q.get('level') === 'categories'
        ? page([{ label: `Category ${p}` }], p, 2)
        : page([{ label: `Reason ${q.get('categoryIndex')}.${p}` }], p, 3);
    });
    const { result } = render({ url: UA, paginated: true });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.form?.categories.map((c) => c.reasons.length)).toEqual([3, 3]);
    expect(calls.n).toBe(2 + 2 * 3);
  });

  it('after maxPages, and on a page that repeats (a server that ignores page)', async () => {
    const calls = serve(paginatedUrl, (_n, request) => {
      const q = level(request);
      const p = Number(q.get('page'));
      return q.get('level') === 'categories'
        ? page([{ label: 'Billing' }], 1, 1e9) // the same first page, whatever is asked
        : page([{ label: `Reason ${p}` }], p, 1e9); // new rows for ever
    });
    const { result } = render({ url: UA, paginated: true, maxPages: 5 });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.form?.categories).toEqual([{ name: 'Billing', reasons: ['Reason 1', 'Reason 2', 'Reason 3', 'Reason 4', 'Reason 5'] }]);
    expect(calls.n).toBe(2 + 5);
  });

  it('at maxItems', async () => {
    serve(paginatedUrl, (_n, request) => {
      const q = level(request);
      const p = Number(q.get('page'));
      const rows = Array.from({ length: 10 }, (_, i) => ({ label: `${q.get('level')} ${p}.${i}` }));
      return page(rows, p, 1e9);
    });
    const { result } = render({ url: UA, paginated: true, maxItems: 25 });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.form?.categories).toHaveLength(25);
    expect(result.current.index).toHaveLength(25);
  });
});

describe('a malformed form', () => {
  it('speaks to the agent, keeps the details for the developer, and is not retried', async () => {
    const calls = serve(paginatedUrl, () => HttpResponse.json({ data: [{ label: 5 }], metadata: { hasMore: 'yes' } }));
    const { result } = render({ url: UA, paginated: true, retryDelayMs: 1 });
    await waitFor(() => expect(result.current.status).toBe('error'));
    const error = result.current.error as WrapUpError;
    expect(error).toBeInstanceOf(WrapUpError);
    expect(error.code).toBe('INVALID_FORM');
    expect(error.message).toBe(
      'The wrap-up reasons sent by Unified Admin are not in a form this desk can read. You can still write a note and apply it. Ask your administrator to check the Wrap-Up form in Unified Admin.',
    );
    expect(error.message).not.toMatch(/[[{"]/);
    expect(error.cause).toBeDefined();
    expect(error.issues.length).toBeGreaterThan(0);
    expect(calls.n).toBe(1);
  });

  it('the same for a malformed whole form', async () => {
    const calls = serve(formUrl, () => HttpResponse.json({ attributes: [{ categoryOptions: { categories: 'x' } }] }));
    const { result } = render({ url: UA, retryDelayMs: 1 });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'INVALID_FORM', message: expect.stringMatching(/^The wrap-up reasons sent by Unified Admin/) as unknown });
    expect((result.current.error as WrapUpError).issues[0]!.message).toMatch(/form\.attributes\[0\]\.categoryOptions/);
    expect(calls.n).toBe(1);
  });
});

describe('retries', () => {
  it('{ url } with no retry key retries transient failures twice (5xx, then the network): the README default', async () => {
    const calls = serve(formUrl, (n) => (n === 1 ? new HttpResponse(null, { status: 503 }) : n === 2 ? HttpResponse.error() : HttpResponse.json(formV1)));
    const { result } = render({ url: UA, retryDelayMs: 1 });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(calls.n).toBe(3);
    expect(result.current.index).toHaveLength(4);
  });

  it('a 5xx is a transient TRANSPORT_ERROR; after the retries the error shows', async () => {
    const calls = serve(formUrl, () => new HttpResponse(null, { status: 502 }));
    const { result } = render({ url: UA, retryDelayMs: 1 });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'TRANSPORT_ERROR', message: expect.stringMatching(/HTTP 502.*try again/) as unknown });
    expect(calls.n).toBe(3);
  });

  it('a 4xx is not retried', async () => {
    const calls = serve(formUrl, () => new HttpResponse(null, { status: 403 }));
    const { result } = render({ url: UA, retryDelayMs: 1 });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'INVALID_FORM', message: expect.stringMatching(/HTTP 403.*Check the form id/) as unknown });
    expect(calls.n).toBe(1);
  });
});

describe('the last good form', () => {
  it('is kept per form id in the provider storage and shown, marked stale, when the Unified Admin fails', async () => {
    const storage = createMemoryStorage();
    serve(formUrl, () => HttpResponse.json(formV1));
    const first = render({ url: UA }, storage);
    await waitFor(() => expect(first.result.current.status).toBe('success'));
    expect(first.result.current.stale).toBe(false);
    first.unmount();

    server.resetHandlers();
    let down = true;
    const calls = serve(formUrl, () => (down ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ ...formV1, formTitle: 'Fresh' })));
    const before = Date.now();
    const { result } = render({ url: UA, retryDelayMs: 1 }, storage); // a new page: nothing cached in memory
    await waitFor(() => expect(result.current.stale).toBe(true));
    expect(result.current.status).toBe('success');
    expect(result.current.index.map((r) => r.value)).toContain('Refund issued');
    expect(result.current.savedAt).toBeLessThanOrEqual(before);
    await waitFor(() => expect(calls.n).toBe(3));
    expect(result.current.error).toMatchObject({ code: 'TRANSPORT_ERROR' });

    down = false;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.form?.title).toBe('Fresh'));
    expect(result.current).toMatchObject({ stale: false, savedAt: undefined, status: 'success' });
  });

  it('the panel tells the agent the reasons shown are the saved ones, with a Retry that brings the fresh list', async () => {
    const storage = createMemoryStorage();
    serve(formUrl, () => HttpResponse.json(formV1));
    const first = renderUi(<WrapUpPanel context={agentContext()} mode="live" reasons={{ url: UA }} />, { wrapper: wrapper(storage) });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    expect(screen.queryByText(/saved earlier/)).not.toBeInTheDocument();
    first.unmount();

    server.resetHandlers();
    let down = true;
    serve(formUrl, () => (down ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(formV1)));
    renderUi(<WrapUpPanel context={agentContext()} mode="live" reasons={{ url: UA, retryDelayMs: 1 }} />, { wrapper: wrapper(storage) });
    const hint = await screen.findByText(/These reasons were saved earlier/);
    expect(screen.getByRole('checkbox', { name: 'Refund issued' })).toBeInTheDocument(); // the agent can still work
    down = false;
    act(() => within(hint).getByRole('button', { name: 'Retry' }).click());
    await waitFor(() => expect(screen.queryByText(/saved earlier/)).not.toBeInTheDocument());
  });

  it('a form saved under another form id is not used', async () => {
    const storage = createMemoryStorage();
    serve(`${UA}/forms/other`, () => HttpResponse.json(formV1));
    const first = render({ url: UA, formId: 'other' }, storage);
    await waitFor(() => expect(first.result.current.status).toBe('success'));
    first.unmount();
    serve(formUrl, () => new HttpResponse(null, { status: 503 }));
    const { result } = render({ url: UA, retry: 0 }, storage);
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.stale).toBe(false);
  });
});
