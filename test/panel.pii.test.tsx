/** The panel's personal-data check as a desk configures it (issue 14): the customer's own contact details, the desk's own patterns, or none. */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agentContext } from './fixtures/contexts';
import { setup } from './panel-setup';

/** A context whose customer record holds a phone number and an e-mail address. */
function contextWithContacts() {
  const context = agentContext();
  Object.assign(context.customer as object, { phoneNumber: ['+923001234567'], email: ['jane.doe@example.com'] });
  return context;
}

describe('the personal-data warning', () => {
  it('names the customer\'s own phone number, written another way, before the wrap-up goes', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ context: contextWithContacts(), mode: 'live' });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Call back on 0300 1234567 tomorrow');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/the customer's own phone or e-mail/)).toBeInTheDocument();
    expect(transport.sent).toEqual([]);
  });

  it('finds a desk\'s own pattern, and can be turned off', async () => {
    const user = userEvent.setup();
    const first = setup({ mode: 'live', sensitive: { patterns: [{ kind: 'memberId', pattern: /\bMEM-\d{6}\b/ }] } });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Member MEM-123456 asked for a refund');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/memberId/)).toBeInTheDocument();
    first.unmount();

    const off = setup({ mode: 'live', sensitive: false });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Card 4111 1111 1111 1111');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
    expect(off.transport.sent.map((s) => s.name)).toEqual(['publishCimEvent']);
  });
});

describe('the check is loaded after the panel\'s first paint (it is not in the first chunk)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.doUnmock('../src/core/pii');
    vi.resetModules();
  });

  it('a submit still waiting for the check when another conversation is shown neither warns nor sends there', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    vi.resetModules();
    vi.doMock('../src/core/pii', async (importOriginal) => {
      await arrived;
      return importOriginal();
    });
    const fresh = await import('./panel-setup');
    const user = userEvent.setup();
    const { transport, rerenderPanel } = fresh.setup({ mode: 'live' });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Card 4111 1111 1111 1111');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    act(() => rerenderPanel({ context: agentContext({ conversationId: 'conv-2' }) }));
    await vi.waitFor(() => expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(''));
    await act(async () => {
      release();
      await import('../src/core/pii'); // the same (mocked) module the waiting submit gets
    });
    await act(async () => undefined); // and what it does with it
    expect(screen.queryByText(/card number/i)).not.toBeInTheDocument();
    expect(transport.sent).toEqual([]);
  });

  it('a wrap-up submitted before the check has arrived waits for it: the warning still comes first', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    vi.resetModules();
    vi.doMock('../src/core/pii', async (importOriginal) => {
      await arrived; // the chunk is slow to come
      return importOriginal();
    });
    const fresh = await import('./panel-setup');
    const user = userEvent.setup();
    const { transport } = fresh.setup({ mode: 'live' });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Card 4111 1111 1111 1111');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(transport.sent).toEqual([]); // not sent unchecked
    release();
    expect(await screen.findByText(/card number/i)).toBeInTheDocument();
    expect(transport.sent).toEqual([]);
  });

  it('a check whose chunk stalls holds a submit at most 3 s, and never holds the automatic apply before expiry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true });
    vi.resetModules();
    vi.doMock('../src/core/pii', () => new Promise(() => undefined)); // the chunk never arrives
    const fresh = await import('./panel-setup');
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    const live = fresh.setup({ mode: 'live' });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Card 4111 1111 1111 1111');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    act(() => void vi.advanceTimersByTime(2_900));
    expect(live.transport.sent).toEqual([]);
    act(() => void vi.advanceTimersByTime(200));
    await vi.waitFor(() => expect(live.transport.sent.map((s) => s.name)).toEqual(['publishCimEvent']));
    live.unmount();

    const timed = fresh.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    act(() => fresh.startTimer(timed.transport, 20));
    act(() => void vi.advanceTimersByTime(15_000)); // 5 s left: the automatic apply goes at once
    await vi.waitFor(() => expect(timed.transport.sent.map((s) => s.name)).toEqual(['closeWrapup']));
    vi.useRealTimers();
  });

  it('a check that cannot load never keeps a wrap-up from going (the warning only advises)', async () => {
    vi.resetModules();
    vi.doMock('../src/core/pii', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const fresh = await import('./panel-setup');
    const user = userEvent.setup();
    const { transport } = fresh.setup({ mode: 'live' });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Card 4111 1111 1111 1111');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
    expect(transport.sent.map((s) => s.name)).toEqual(['publishCimEvent']);
  });
});
