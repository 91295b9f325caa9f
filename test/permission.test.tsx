/**
 * Who may wrap up, as Expertflow's AgentDesk decides it (issue 13): the `view_wrap_up` scope gates
 * only the live-chat wrap-up; the timed phase is open to an agent who received wrapupTimerStarted,
 * also on the older permission model; a desk may pass its own gate.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';
import { setup, startTimer } from './panel-setup';

/** The event page's own example: an agent on the older permission model, without the view_wrap_up scope. */
const olderModel = () =>
  agentContext({
    resources: [
      { rsid: 'r1', rsname: 'leave-chat', scopes: ['view'] },
      { rsid: 'r2', rsname: 'state-change', scopes: ['view'] },
    ],
  });

describe('the permission gate', () => {
  it('without view_wrap_up: no live-chat wrap-up, but the timed phase shows the form, and the agent can add a wrap-up or leave', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const transport = createMemoryTransport();
    const { container } = setup({ transport, context: olderModel() });
    expect(container).toBeEmptyDOMElement();
    act(() => startTimer(transport));
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    expect(screen.getByRole('button', { name: 'Leave Without Wrap-Up' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Add Wrap-Up' }));
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
    expect(transport.sent.map((s) => s.name)).toEqual(['closeWrapup']);
    warn.mockRestore();
  });

  it('a silent monitor never gets the form, timed or not', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const transport = createMemoryTransport();
    const { container } = setup({ transport, context: agentContext({ role: 'SILENT_MONITOR' }) });
    act(() => startTimer(transport));
    expect(container).toBeEmptyDOMElement();
    warn.mockRestore();
  });

  it('a desk\'s own gate replaces the rule', async () => {
    const permission = vi.fn(() => ({ allowed: true as const }));
    setup({ context: olderModel(), permission });
    expect(await screen.findByRole('button', { name: 'Apply' })).toBeInTheDocument();
    expect(permission).toHaveBeenCalledWith(expect.objectContaining({ conversationId: 'conv-1' }), { phase: 'live' });
  });
});
