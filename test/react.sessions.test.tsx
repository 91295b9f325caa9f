/**
 * The bugs that came from scattered wrap-up state (issue 11), each pinned by a test that failed
 * before the session store, and the session hooks.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCloseWrapup, createMemoryStorage, createOutbox, type OutboxStorage } from '../src/core';
import { ar } from '../src/locales';
import { useOutboxPending, useWrapUpConfig, useWrapUpForm, useWrapUpSession, useWrapUpSessions, WrapUpPanel, WrapUpProvider, type WrapUpProviderProps } from '../src/react';
import { createMemoryTransport, type MemoryTransport } from '../src/transport';
import { isDev } from '../src/react/dev';
import { agentContext } from './fixtures/contexts';
import { formV1 } from './fixtures/forms';
import { startTimer } from './panel-setup';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A desk page: a new provider (so a new outbox and session store) over the given storage, as after a reload. */
function desk(transport: MemoryTransport, storage: OutboxStorage, children: ReactNode, provider: Partial<WrapUpProviderProps> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <WrapUpProvider transport={transport} storage={storage} reasons={{ form: formV1 }} {...provider}>
          {children}
        </WrapUpProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}

describe('the mode is the session\'s phase', () => {
  it('a panel remounted after the countdown ended, before the answer, is still timed: "Add Wrap-Up" sends closeWrapup', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const user = userEvent.setup();
    const transport = createMemoryTransport({ autoRespond: false });
    const storage = createMemoryStorage();
    const first = render(desk(transport, storage, <WrapUpPanel context={agentContext()} />));
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport, 30));
    expect(screen.getByRole('button', { name: 'Add Wrap-Up' })).toBeEnabled();
    first.unmount();

    vi.setSystemTime(Date.now() + 45_000); // the countdown ended; the Agent Manager has not answered yet
    render(desk(transport, storage, <WrapUpPanel context={agentContext()} />));
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave Without Wrap-Up' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Add Wrap-Up' }));
    await waitFor(() => expect(transport.sent.map((s) => s.name)).toEqual(['closeWrapup']));
  });

  it('an applied conversation comes back applied after a reload, showing what was sent, with nothing to press', async () => {
    const user = userEvent.setup();
    const transport = createMemoryTransport();
    const storage = createMemoryStorage();
    const first = render(desk(transport, storage, <WrapUpPanel context={agentContext()} />));
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Refunded');
    act(() => startTimer(transport));
    await user.click(screen.getByRole('button', { name: 'Add Wrap-Up' }));
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
    first.unmount();

    render(desk(createMemoryTransport(), storage, <WrapUpPanel context={agentContext()} />)); // a new page
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Sent' })).getByText(/Refund issued/)).toBeInTheDocument();
    expect(screen.getByText('Refunded')).toBeInTheDocument();
    // settled: nothing to press (no disabled buttons, no list to re-sort)
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('the provider', () => {
  it('with a desk socket, an event that arrives before its effects run (right at connect) still reaches the panel', async () => {
    const handlers = new Map<string, Set<(payload: unknown) => void>>();
    const socket = {
      connected: true,
      active: true,
      on(name: string, fn: (payload: unknown) => void) {
        if (!handlers.has(name)) handlers.set(name, new Set());
        handlers.get(name)!.add(fn);
        return socket;
      },
      off(name: string, fn: (payload: unknown) => void) {
        handlers.get(name)?.delete(fn);
        return socket;
      },
      emit: () => socket,
      fire: (name: string, payload: unknown) => handlers.get(name)?.forEach((fn) => fn(payload)),
    };
    /** Its layout effect runs in the first commit, before any passive effect: the Agent Manager's first event. */
    function AgentManagerSpeaksFirst() {
      useLayoutEffect(() => socket.fire('wrapupTimerStarted', { conversationId: 'conv-1', duration: 60 }), []);
      return null;
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AgentManagerSpeaksFirst />
        <WrapUpProvider socket={socket as unknown as Socket} storage={createMemoryStorage()} reasons={{ form: formV1 }}>
          <WrapUpPanel context={agentContext()} />
        </WrapUpProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('timer')).toHaveTextContent(/^(1:00|0:59) left$/);
    expect(screen.getByRole('button', { name: 'Add Wrap-Up' })).toBeInTheDocument();
  });

  it('refuses a transport and an outbox that do not go together (a panel could follow one and send on the other)', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const outbox = createOutbox({ transport: createMemoryTransport(), storage: createMemoryStorage(), autoStart: false });
    expect(() => render(<WrapUpProvider transport={createMemoryTransport()} outbox={outbox} />)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', path: ['transport'], message: expect.stringMatching(/does not go with the outbox/) }),
    );
    spy.mockRestore();
    // and a panel has no transport or outbox of its own to split the pair with
    // @ts-expect-error WrapUpPanel takes no transport
    void (<WrapUpPanel context={agentContext()} transport={createMemoryTransport()} />);
    // @ts-expect-error WrapUpPanel takes no outbox
    void (<WrapUpPanel context={agentContext()} outbox={outbox} />);
  });

  it('a panel\'s messages are merged over the provider\'s locale, not over English', async () => {
    render(desk(createMemoryTransport(), createMemoryStorage(), <WrapUpPanel context={agentContext()} messages={{ apply: 'Save it' }} />, { messages: ar }));
    expect(await screen.findByRole('region', { name: ar.region })).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'Save it' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: ar.cancel })).toBeInTheDocument();
  });
});

describe('words and warnings', () => {
  it('no development warnings where there is no process (a production browser build without a bundler\'s define)', () => {
    let dev: boolean;
    vi.stubGlobal('process', undefined);
    try {
      dev = isDev();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(dev).toBe(false);
    vi.stubEnv('NODE_ENV', 'production');
    expect(isDev()).toBe(false);
    vi.unstubAllEnvs();
    expect(isDev()).toBe(true);
  });

  it('in development it says why a panel renders nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(desk(createMemoryTransport(), createMemoryStorage(), <WrapUpPanel context={agentContext({ role: 'SILENT_MONITOR' })} />));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/panel renders nothing \(useWrapUpPanel: allowed is false\): .*SILENT_MONITOR/));
    warn.mockRestore();
  });

  it('a headless form reads how many characters the note is over, not "0 characters too long"', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => desk(createMemoryTransport(), createMemoryStorage(), children, { noteMaxLength: 5 });
    const { result } = renderHook(() => useWrapUpForm({ context: agentContext() }), { wrapper });
    act(() => result.current.form.setValue('note', 'abcdefgh'));
    await act(() => result.current.submit());
    expect(result.current.form.formState.errors.note?.message).toBe('The note is 3 characters too long. Shorten it to submit.');
  });
});

describe('session hooks', () => {
  it('useWrapUpSession, useWrapUpSessions and useOutboxPending follow one conversation from the timer to the answer', async () => {
    const transport = createMemoryTransport({ autoRespond: false, connected: false });
    const wrapper = ({ children }: { children: ReactNode }) => desk(transport, createMemoryStorage(), children);
    const { result } = renderHook(
      () => ({ session: useWrapUpSession('conv-1'), inbox: useWrapUpSessions(), pending: useOutboxPending(), config: useWrapUpConfig('test') }),
      { wrapper },
    );
    expect(result.current.session).toMatchObject({ phase: 'live', status: 'idle' });
    expect(result.current.inbox).toEqual([]);
    act(() => startTimer(transport));
    expect(result.current.session.phase).toBe('timed');
    expect(result.current.inbox.map((s) => s.conversationId)).toEqual(['conv-1']);

    const payload = buildCloseWrapup(agentContext(), { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }] });
    act(() => void result.current.config.sessions.submit(payload));
    expect(result.current.session).toMatchObject({ status: 'pending', pending: { eventId: payload.cimEvent!.id } });
    expect(result.current.pending.map((e) => e.eventId)).toEqual([payload.cimEvent!.id]);
    act(() => transport.setConnected(true));
    await waitFor(() => expect(transport.sent).toHaveLength(1));
    act(() => transport.receive('topicUnsubscription', { conversationId: 'conv-1', reason: 'Wrap Up applied' }));
    expect(result.current.session).toMatchObject({ phase: 'closed', status: 'applied' });
    expect(result.current.pending).toEqual([]);
    expect(result.current.inbox).toEqual([]);
  });

  it('outside a provider each hook says how to fix it', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useWrapUpSession('conv-1'))).toThrow(/useWrapUpSession must be used inside <WrapUpProvider/);
    expect(() => renderHook(() => useOutboxPending())).toThrow(/useOutboxPending must be used inside <WrapUpProvider/);
    spy.mockRestore();
  });
});
