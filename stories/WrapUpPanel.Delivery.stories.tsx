import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { WrapUpPanel } from '../src/react';
import { agentContext, closeTransportAfterStory, conversationId, PanelHarness, setupOf, withSetup } from './harness';
import { reloadRestore } from './plays';

/**
 * Delivery: every wrap-up goes through the outbox and is settled only by the Agent Manager's
 * answer. These stories hold the answer back (a slow send, no connection, no confirmation, a
 * refusal) to show what the agent sees meanwhile. Live-chat mode ("Apply").
 */
const meta = {
  title: 'WrapUpPanel/Delivery',
  component: WrapUpPanel,
  tags: ['autodocs'],
  loaders: [withSetup()],
  beforeEach: closeTransportAfterStory,
  args: { context: agentContext(), onOutcome: fn() },
  render: (args, { loaded }) => <PanelHarness setup={setupOf(loaded)} {...args} />,
} satisfies Meta<typeof WrapUpPanel>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The send has not completed yet (a slow network): "Sending…", and nothing can be sent twice. */
export const Submitting: Story = {
  loaders: [withSetup({ holdSends: true })],
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await expect(await canvas.findByText('Sending…')).toHaveAttribute('role', 'status');
    await expect(canvas.getByRole('region', { name: 'Wrap-up' })).toHaveAttribute('data-state', 'submitting');
    await expect(canvas.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await expect(canvas.getByRole('checkbox', { name: 'Refund issued' })).toBeDisabled();
  },
};

/** Offline: the wrap-up is stored in the outbox and sent when the connection is back. */
export const PendingOffline: Story = {
  loaders: [withSetup({ transport: { connected: false } })],
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await expect(await canvas.findByText('Your wrap-up is saved and will be sent when the connection is back.')).toHaveAttribute('role', 'status');
    await expect(canvas.getByRole('region', { name: 'Wrap-up' })).toHaveAttribute('data-state', 'pending');
    await expect(canvas.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await expect(setupOf(loaded).transport.sent).toHaveLength(0);
  },
};

/** Sent, but the Agent Manager has not confirmed yet (the outbox sends it again, same ids, if the answer is overdue). */
export const PendingConfirmation: Story = {
  loaders: [withSetup({ transport: { autoRespond: false } })],
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await expect(await canvas.findByText('Sent. Waiting for the Agent Manager to confirm…')).toHaveAttribute('role', 'status');
    await expect(canvas.getByRole('region', { name: 'Wrap-up' })).toHaveAttribute('data-state', 'pending');
    await expect(setupOf(loaded).transport.sent.map((s) => s.name)).toEqual(['publishCimEvent']);
  },
};

/** Offline, then back: the outbox sends the stored wrap-up and the Agent Manager's answer is shown. */
export const BackOnline: Story = {
  loaders: [withSetup({ transport: { connected: false } })],
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { transport } = setupOf(loaded);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await canvas.findByText('Your wrap-up is saved and will be sent when the connection is back.');
    transport.setConnected(true);
    await expect(await canvas.findByText('The wrap-up(s) you added are successfully applied to the conversation.')).toHaveAttribute('role', 'status');
    await expect(transport.sent.map((s) => s.name)).toEqual(['publishCimEvent']);
    await expect(args.onOutcome).toHaveBeenCalledWith(expect.objectContaining({ status: 'applied' }));
  },
};

/** The Agent Manager refused the payload (`wrapupError`): an alert, and the agent may try again. */
export const RejectedByAgentManager: Story = {
  loaders: [withSetup({ transport: { autoRespond: false } })],
  play: async ({ canvas, userEvent, loaded }) => {
    const { transport } = setupOf(loaded);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await canvas.findByText('Sent. Waiting for the Agent Manager to confirm…');
    const sent = transport.sent.find((s) => s.name === 'publishCimEvent');
    transport.receive('wrapupError', {
      task: 'wrapupError',
      conversationId,
      event: 'publishCimEvent',
      eventId: sent?.payload.cimEvent.id ?? null,
      path: ['roomInfo', 'id'],
      message: 'roomInfo.id does not match the conversation',
    });
    const alert = await canvas.findByRole('alert');
    // the agent's words and the next step; the Agent Manager's own words for support, under "Details"
    await expect(alert).toHaveTextContent('The Agent Manager did not accept this wrap-up. Check it and try again. If it fails again, tell your supervisor.');
    await expect(alert).toHaveAttribute('data-reason', 'The Agent Manager refused the wrap-up: roomInfo.id does not match the conversation');
    await expect(canvas.getByText('Details')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Wrap-up' })).toHaveAttribute('data-state', 'failed');
    await expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled();
  },
};

/**
 * "Reload the page" (the provider and the panel remount over the same storage) with a draft, then
 * with the wrap-up pending, then applied: each comes back as it was, in the timed mode. Same play
 * as the headless story's.
 */
export const ReloadRestore: Story = { ...reloadRestore };
