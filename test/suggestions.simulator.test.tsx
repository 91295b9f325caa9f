// Suggested reasons against the Agent Manager simulator over a real loopback socket: the seeded
// chat arrives as onCimEvent, suggestions are ready before the timed phase opens, the agent accepts
// one by keyboard, and exactly that reason arrives in closeWrapup.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTopicUnsubscription, createMemoryStorage } from '../src/core';
import { WrapUpPanel, WrapUpProvider } from '../src/react';
import { startAgentManagerSimulator, SIMULATOR_AGENT } from '../src/simulator';
import { realisticChats } from '../src/simulator/seed';
import { createSocketIoTransport } from '../src/transport';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('suggestions from the simulator\'s seeded chat', () => {
  it('are ready before the timed phase opens; accepted by keyboard; sent in closeWrapup; learned', async () => {
    const sim = await startAgentManagerSimulator({ conversations: [{ conversationId: 'conv-sim', chat: true }], wrapUpSeconds: 120 });
    cleanup.push(() => sim.close());
    const transport = createSocketIoTransport({ url: sim.url, agent: SIMULATOR_AGENT, username: 'faizan', socketOptions: { transports: ['websocket'] } });
    cleanup.push(() => transport.close());
    const storage = createMemoryStorage();
    const context = sim.contexts()[0]!;
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const view = render(
      <QueryClientProvider client={client}>
        <WrapUpProvider transport={transport} storage={storage} reasons={{ url: sim.unifiedAdminUrl }}>
          <WrapUpPanel context={context} />
        </WrapUpProvider>
      </QueryClientProvider>,
    );
    cleanup.push(() => view.unmount());

    // during the chat (live mode): the customer's messages came as onCimEvent
    const group = await screen.findByRole('group', { name: 'Suggested' }, { timeout: 5_000 });
    expect(screen.getByRole('button', { name: 'Apply' })).toBeInTheDocument();
    const first = within(group).getAllByRole('checkbox')[0]!;
    expect(first).toHaveAccessibleName('Duplicate charge reversed');
    expect(realisticChats[0]!.some((m) => /charged twice/.test(m.text))).toBe(true);

    // the agent leaves the chat: the Agent Manager starts the timed phase, the suggestions are already there
    await transport.send('topicUnsubscription', buildTopicUnsubscription(context));
    await screen.findByRole('button', { name: 'Add Wrap-Up' }, { timeout: 5_000 });
    const box = within(screen.getByRole('group', { name: 'Suggested' })).getAllByRole('checkbox')[0]!;
    expect(box).toHaveAccessibleName('Duplicate charge reversed');
    expect(box).not.toBeChecked();

    const user = userEvent.setup();
    await user.click(screen.getByRole('searchbox', { name: 'Search reasons' }));
    await user.keyboard('{ArrowDown}1');
    expect(box).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Add Wrap-Up' }));
    await screen.findByText(/successfully applied/, undefined, { timeout: 5_000 });
    const closes = sim.received.filter((r) => r.event === 'closeWrapup');
    expect(closes).toMatchObject([{ valid: true }]);
    const body = (closes[0]!.payload as { cimEvent: { data: { body: { wrapups: unknown } } } }).cimEvent.data.body;
    expect(body.wrapups).toEqual([{ categoryName: 'Billing', value: 'Duplicate charge reversed' }]);
    // learned on the device
    await waitFor(() => expect(storage.getItem('agent-desk-wrapup:suggest:model')).toContain('Duplicate charge reversed'));
  }, 20_000);

  it('sends the seeded chat once (a second socket of the agent gets no second copy); a conversation without chat sends none', async () => {
    const sim = await startAgentManagerSimulator({ conversations: [{ conversationId: 'with-chat', chat: true }, { conversationId: 'without' }] });
    cleanup.push(() => sim.close());
    const heard = async () => {
      const transport = createSocketIoTransport({ url: sim.url, agent: SIMULATOR_AGENT, username: 'faizan', socketOptions: { transports: ['websocket'] } });
      cleanup.push(() => transport.close());
      const events: Array<{ name: string; conversationId: string }> = [];
      transport.subscribe((e) => void events.push({ name: e.name, conversationId: e.payload.conversationId }));
      await waitFor(() => expect(transport.getState()).toBe('connected'));
      await new Promise((r) => setTimeout(r, 200));
      return events.filter((e) => e.name === 'onCimEvent');
    };
    expect(await heard()).toEqual(realisticChats[0]!.map(() => ({ name: 'onCimEvent', conversationId: 'with-chat' })));
    expect(await heard()).toEqual([]);
  });
});
