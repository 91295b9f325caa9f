import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, createOutbox, createWrapUpSessions, WRAPUP_FORM_ID } from '../src/core';
import { useCloseWrapupPayload, useWrapUpReasons, useWrapUpTimer, WrapUpProvider } from '../src/react';
import { startAgentManagerSimulator, type AgentManagerSimulator } from '../src/simulator';
import { largeWrapUpForm, realisticWrapUpForm } from '../src/simulator/forms';
import { createMemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';

const wrapper = (props: Partial<Parameters<typeof WrapUpProvider>[0]> = {}) =>
  function Wrapper({ children }: { children: ReactNode }) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    return (
      <StrictMode>
        <QueryClientProvider client={client}>
          <WrapUpProvider transport={props.transport ?? createMemoryTransport()} storage={props.storage ?? createMemoryStorage()} {...props}>
            {children}
          </WrapUpProvider>
        </QueryClientProvider>
      </StrictMode>
    );
  };

describe('useWrapUpTimer', () => {
  it('counts down from wrapupTimerStarted by timestamps; duration over 3600 is milliseconds', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const transport = createMemoryTransport();
    const { result } = renderHook(() => useWrapUpTimer('conv-1'), { wrapper: wrapper({ transport }) });
    expect(result.current.running).toBe(false);
    act(() => transport.receive('wrapupTimerStarted', { conversationId: 'conv-1', duration: '600000' }));
    expect(result.current).toMatchObject({ running: true, remainingSeconds: 600, totalSeconds: 600 });
    act(() => void vi.advanceTimersByTime(90_500));
    expect(result.current.remainingSeconds).toBe(510);
    act(() => transport.receive('topicUnsubscription', { conversationId: 'conv-1', reason: 'Wrap Up applied' }));
    expect(result.current.running).toBe(false);
    vi.useRealTimers();
  });

  it('ignores other conversations and works without a provider when given a session store', () => {
    const transport = createMemoryTransport();
    const sessions = createWrapUpSessions({ outbox: createOutbox({ transport, storage: createMemoryStorage() }) });
    const { result } = renderHook(() => useWrapUpTimer('conv-1', { sessions }));
    act(() => transport.receive('wrapupTimerStarted', { conversationId: 'conv-2', duration: 60 }));
    expect(result.current.running).toBe(false);
    act(() => transport.receive('wrapupTimerStarted', { conversationId: 'conv-1', duration: 60 }));
    expect(result.current.running).toBe(true);
    sessions.dispose();
    sessions.outbox.dispose();
  });

  it('throws, saying how to fix it, without a provider or a session store (it used to count nothing, silently)', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useWrapUpTimer('conv-1'))).toThrow(/useWrapUpTimer must be used inside <WrapUpProvider.*or given \{ sessions/);
    spy.mockRestore();
  });
});

describe('useCloseWrapupPayload', () => {
  it('binds the builder to the context and the provider format; an explicit option wins', () => {
    const ctx = agentContext();
    const { result } = renderHook(() => useCloseWrapupPayload(ctx), { wrapper: wrapper({ format: 'documented' }) });
    expect(Object.keys(result.current.build(null))).toEqual(['cimEvent', 'agentId', 'conversationId', 'roomInfo']);
    const explicit = renderHook(() => useCloseWrapupPayload(ctx, { format: 'agentdesk' }), { wrapper: wrapper({ format: 'documented' }) });
    expect(Object.keys(explicit.result.current.build(null))).toEqual(['cimEvent', 'roomInfo', 'conversationId', 'agentId']);
    expect(result.current.permission).toEqual({ allowed: true });
  });
});

describe('useWrapUpReasons with a form in hand', () => {
  it('reads a form changed in place again once its key changes; the same object and key are not re-read', async () => {
    const form = realisticWrapUpForm();
    const first = form.attributes[0]!.categoryOptions.categories[0]!;
    const { result, rerender } = renderHook(({ version }: { version: string }) => useWrapUpReasons({ form, key: version }), {
      wrapper: wrapper(),
      initialProps: { version: 'v1' },
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const before = result.current.index.length;
    first.values = [...first.values, 'Added in place'];
    rerender({ version: 'v1' });
    expect(result.current.index.length).toBe(before); // same object, same key: treated as unchanged
    rerender({ version: 'v2' });
    await waitFor(() => expect(result.current.index.map((r) => r.value)).toContain('Added in place'));
    expect(result.current.index.length).toBe(before + 1);
  });
});

describe('useWrapUpReasons over HTTP, from the simulator', () => {
  let sim: AgentManagerSimulator;
  beforeAll(async () => {
    sim = await startAgentManagerSimulator({ conversations: 0, form: largeWrapUpForm(1_200, 6) });
  });
  afterAll(() => sim.close());

  it('loads GET {url}/forms/{id} and normalises it', async () => {
    const { result } = renderHook(() => useWrapUpReasons({ url: sim.unifiedAdminUrl }), { wrapper: wrapper() });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.index).toHaveLength(1_200);
    expect(result.current.form?.formId).toBe(WRAPUP_FORM_ID);
  });

  it('reads every page of the 4.10.3+ paginated endpoint', async () => {
    const { result } = renderHook(() => useWrapUpReasons({ url: sim.unifiedAdminUrl, paginated: true, pageSize: 100 }), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 5_000 });
    expect(result.current.form?.categories).toHaveLength(6);
    expect(result.current.index).toHaveLength(1_200);
  });

  it('an unknown form id is an error that names the fix', async () => {
    const { result } = renderHook(() => useWrapUpReasons({ url: sim.unifiedAdminUrl, formId: 'nope', retry: 0 }), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.message).toMatch(/HTTP 404.*Check the form id/);
  });

  it('an unreachable Unified Admin says so', async () => {
    const { result } = renderHook(() => useWrapUpReasons({ url: 'http://127.0.0.1:9/unified-admin', retry: 0 }), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.message).toMatch(/unreachable.*UNIFIED_ADMIN_URL/);
  });

  it('the provider source is used when none is passed; no source at all is a clear error', async () => {
    const { result } = renderHook(() => useWrapUpReasons(), { wrapper: wrapper({ reasons: { form: realisticWrapUpForm() } }) });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useWrapUpReasons(), { wrapper: wrapper() })).toThrow(/needs a reasons source/);
    spy.mockRestore();
  });
});
