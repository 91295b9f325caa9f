/** Found in review: each failed before its fix. */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildCloseWrapup, createMemoryStorage, createOutbox, createWrapUpSessions } from '../src/core';
import { createMemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';
import { setup } from './panel-setup';

describe('the panel, after review', () => {
  it('Enter in an empty search box ticks nothing (it used to tick the first reason of the whole list)', async () => {
    const user = userEvent.setup();
    setup({ mode: 'live' });
    await user.click(await screen.findByRole('searchbox', { name: 'Search reasons' }));
    await user.keyboard('{Enter}');
    expect(screen.queryAllByRole('checkbox', { checked: true })).toEqual([]);
  });

  it('the same panel given another conversation does not report that one\'s earlier answer, nor keep the first one\'s warning', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    // conversation B was applied on an earlier page
    const transport = createMemoryTransport();
    const earlier = createWrapUpSessions({ outbox: createOutbox({ transport, storage }), storage });
    transport.receive('wrapupTimerStarted', { conversationId: 'b', duration: 60 });
    await earlier.submit(buildCloseWrapup(agentContext({ conversationId: 'b' }), { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }] }));
    earlier.dispose();
    const onOutcome = vi.fn();
    const { rerenderPanel } = setup({ storage, mode: 'live', onOutcome });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Card 4111 1111 1111 1111');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/card number/)).toBeInTheDocument();
    act(() => rerenderPanel({ context: agentContext({ conversationId: 'b' }) }));
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
    expect(screen.queryByText(/card number/)).not.toBeInTheDocument();
    expect(onOutcome).not.toHaveBeenCalled();
  });
});
