import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../src/core';
import { WrapUpPanel, WrapUpProvider } from '../src/react';
import { createMemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';
import { formV1 } from './fixtures/forms';
import { setup, startTimer } from './panel-setup';

describe('provider', () => {
  it('works without a host QueryClientProvider', async () => {
    render(
      <StrictMode>
        <WrapUpProvider transport={createMemoryTransport()} storage={createMemoryStorage()} reasons={{ form: formV1 }}>
          <WrapUpPanel context={agentContext()} className="desk-panel" />
        </WrapUpProvider>
      </StrictMode>,
    );
    expect(await screen.findByRole('checkbox', { name: 'Refund issued' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Wrap-up' })).toHaveClass('wrapup-panel', 'desk-panel');
  });

  it('without a transport says how to fix it', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<WrapUpProvider reasons={{ form: formV1 }} />)).toThrow(/WrapUpProvider needs a transport: pass transport=\{createSocketIoTransport\(\{ socket \}\)\} or socket=\{deskSocket\}/);
    spy.mockRestore();
  });
});

describe('several conversations in wrap-up at once', () => {
  it('each has its own draft, timer and outcome', async () => {
    const user = userEvent.setup();
    const transport = createMemoryTransport();
    render(
      <StrictMode>
        <WrapUpProvider transport={transport} storage={createMemoryStorage()} reasons={{ form: formV1 }}>
          <div aria-label="Jane" role="group">
            <WrapUpPanel context={agentContext({ conversationId: 'a', customerName: 'Jane' })} />
          </div>
          <div aria-label="Omar" role="group">
            <WrapUpPanel context={agentContext({ conversationId: 'b', customerName: 'Omar' })} />
          </div>
        </WrapUpProvider>
      </StrictMode>,
    );
    const jane = within(screen.getByRole('group', { name: 'Jane' }));
    const omar = within(screen.getByRole('group', { name: 'Omar' }));
    await jane.findByRole('checkbox', { name: 'Refund issued' });
    await omar.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport, 60, 'a'));
    act(() => startTimer(transport, 300, 'b'));
    expect(jane.getByRole('timer')).toHaveTextContent('1:00 left');
    expect(omar.getByRole('timer')).toHaveTextContent('5:00 left');
    await user.click(jane.getByRole('checkbox', { name: 'Refund issued' }));
    await user.type(omar.getByRole('textbox', { name: 'Notes' }), 'Omar only');
    expect(omar.getByRole('checkbox', { name: 'Refund issued' })).not.toBeChecked();
    await user.click(jane.getByRole('button', { name: 'Add Wrap-Up' }));
    expect(await jane.findByText(/successfully applied/)).toBeInTheDocument();
    expect(omar.queryByText(/successfully applied/)).not.toBeInTheDocument();
    expect(omar.getByRole('textbox', { name: 'Notes' })).toHaveValue('Omar only');
    expect(transport.sent.map((s) => s.payload.conversationId)).toEqual(['a']);
  });
});

describe('recently used reasons', () => {
  it('come first next time, for the same agent', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const first = setup({ storage, mode: 'live' });
    await user.click(await screen.findByRole('checkbox', { name: 'Escalated to L2' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText(/successfully applied/);
    first.unmount();
    setup({ storage, context: agentContext({ conversationId: 'next' }) });
    const recent = await screen.findByRole('group', { name: 'Recently used' });
    expect(within(recent).getByRole('checkbox', { name: 'Escalated to L2' })).not.toBeChecked();
  });
});

describe('permissions', () => {
  it('renders nothing without the view_wrap_up scope', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { container } = setup({ context: agentContext({ resources: [{ rsid: 'x', rsname: 'agent-conversation-control', scopes: ['view_leave_chat'] }] }) });
    expect(container).toBeEmptyDOMElement();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/view_wrap_up/)));
    warn.mockRestore();
  });
});

describe('the desk flow around the panel', () => {
  it('a panel mounted after wrapupTimerStarted still shows the countdown (the provider records it)', async () => {
    const transport = createMemoryTransport();
    const storage = createMemoryStorage();
    const { rerender } = render(
      <WrapUpProvider transport={transport} storage={storage} reasons={{ form: formV1 }}>
        <p>chat</p>
      </WrapUpProvider>,
    );
    act(() => startTimer(transport, 45));
    rerender(
      <WrapUpProvider transport={transport} storage={storage} reasons={{ form: formV1 }}>
        <WrapUpPanel context={agentContext()} />
      </WrapUpProvider>,
    );
    expect(await screen.findByRole('timer')).toHaveTextContent(/^0:4[45] left$/);
    expect(screen.getByRole('button', { name: 'Add Wrap-Up' })).toBeInTheDocument();
  });

  it('a live-chat Apply, then Leave: the timed phase starts a fresh wrap-up in the same panel', async () => {
    const user = userEvent.setup();
    const { transport } = setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText(/successfully applied/);
    act(() => startTimer(transport));
    const add = await screen.findByRole('button', { name: 'Add Wrap-Up' });
    const billing = screen.getByRole('group', { name: 'Billing' });
    await vi.waitFor(() => expect(within(billing).getByRole('checkbox', { name: 'Refund issued' })).not.toBeChecked());
    await user.click(within(screen.getByRole('group', { name: 'Technical' })).getByRole('checkbox', { name: 'Password reset' }));
    await user.click(add);
    await vi.waitFor(() => expect(transport.sent.map((s) => s.name)).toEqual(['publishCimEvent', 'closeWrapup']));
    expect((transport.sent[1]!.payload as { cimEvent: { data: { body: unknown } } }).cimEvent.data.body).toMatchObject({ wrapups: [{ value: 'Password reset' }] });
  });

  it('takes the heading level the desk needs', async () => {
    setup({ headingLevel: 3 });
    expect(await screen.findByRole('heading', { level: 3, name: 'Wrap-up' })).toBeInTheDocument();
  });
});

describe('after the timed phase settles', () => {
  it('stays in timed mode (no live-chat buttons flash back) and keeps the forced theme', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ theme: 'dark' });
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    act(() => startTimer(transport));
    await user.click(await screen.findByRole('button', { name: 'Add Wrap-Up' }));
    await screen.findByText(/successfully applied/);
    const region = screen.getByRole('region', { name: 'Wrap-up' });
    expect(region).toHaveAttribute('data-mode', 'timed');
    expect(region).toHaveAttribute('data-theme', 'dark');
    // settled: what was sent, compactly, and no controls that do nothing
    expect(within(screen.getByRole('list', { name: 'Sent' })).getByRole('listitem')).toHaveTextContent('Billing › Refund issued');
    expect(within(region).queryAllByRole('button')).toEqual([]);
    expect(within(region).queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryByRole('group', { name: 'Recently used' })).not.toBeInTheDocument();
  });
});

describe('a form already in hand', () => {
  it('renders its reasons on the first paint, with no loading state', () => {
    setup();
    expect(screen.getByRole('checkbox', { name: 'Refund issued' })).toBeInTheDocument();
    expect(screen.queryByText('Loading wrap-up reasons…')).not.toBeInTheDocument();
  });
});

describe('a reload while a wrap-up is pending', () => {
  it('shows it as saved and pending after the reload, then the confirmation once the connection is back', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const offline = createMemoryTransport({ connected: false });
    const before = setup({ storage, transport: offline, mode: 'live' });
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('Your wrap-up is saved and will be sent when the connection is back.');
    before.unmount(); // the page reloads: new transport, new outbox, same storage

    const after = createMemoryTransport({ connected: false });
    setup({ storage, transport: after, mode: 'live' });
    expect(await screen.findByText('Your wrap-up is saved and will be sent when the connection is back.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Refund issued' })).toBeChecked(); // the draft came back too
    act(() => after.setConnected(true));
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
    expect(after.sent.map((s) => s.name)).toEqual(['publishCimEvent']);
    expect(offline.sent).toHaveLength(0);
  });
});
