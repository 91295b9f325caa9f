import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { WrapUpPanel } from '../src/react';
import { agentContext, closeTransportAfterStory, PanelHarness, setupOf, unsubscribe, withSetup } from './harness';
import { autoApply, autoApplyNotice, leave, remountAfterDeadline, timedPhase, timedPhaseOpen } from './plays';

/**
 * The timed phase: the chat has ended, the Agent Manager sent `wrapupTimerStarted`, and the
 * agent has `duration` seconds for "Add Wrap-Up" or "Leave Without Wrap-Up" (both send
 * closeWrapup). The stories start the timer through the memory transport, as the Agent Manager would.
 */
const meta = {
  title: 'WrapUpPanel/Timed phase',
  component: WrapUpPanel,
  tags: ['autodocs'],
  loaders: [withSetup({ timerSeconds: 150 })],
  beforeEach: closeTransportAfterStory,
  args: { context: agentContext(), onOutcome: fn() },
  render: (args, { loaded }) => <PanelHarness setup={setupOf(loaded)} {...args} />,
} satisfies Meta<typeof WrapUpPanel>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Two and a half minutes to wrap up: the countdown is calm, focus is in the search (the headless story runs the same play). */
export const TimeToSpare: Story = {
  ...timedPhaseOpen,
  play: async (context) => {
    await timedPhaseOpen.play(context);
    const region = context.canvas.getByRole('region', { name: 'Wrap-up' });
    await expect(region).toHaveAttribute('data-mode', 'timed');
    await expect(region).toHaveAttribute('data-urgency', 'normal');
  },
};

/** Ten seconds or less: the countdown turns critical and "10 seconds left to wrap up." is announced (politely, once). */
export const UnderTenSeconds: Story = {
  loaders: [withSetup({ timerSeconds: 11 })],
  play: async ({ canvas }) => {
    const timer = await canvas.findByRole('timer');
    await waitFor(() => expect(timer).toHaveTextContent(/^0:(10|0\d) left$/));
    const region = canvas.getByRole('region', { name: 'Wrap-up' });
    await expect(region).toHaveAttribute('data-urgency', 'critical');
    await expect(timer.closest('.wrapup-timer')).toHaveAttribute('data-urgency', 'critical');
    await expect(within(region).getByText('10 seconds left to wrap up.')).toHaveAttribute('role', 'status');
    await expect(timer).toHaveAttribute('aria-live', 'off'); // the ticking itself is not read out
  },
};

/** A draft with a code, 10 s before expiry: a visible notice that it is applied automatically at 5 s. */
export const AutoApplyNotice: Story = { ...autoApplyNotice };

/** The draft applied by itself 5 s before expiry, after the notice. Same play as the headless story's. */
export const AutoApplied: Story = { ...autoApply };

/** "Add Wrap-Up": closeWrapup with the codes and the note, confirmed by the Agent Manager ("Wrap Up applied"). Same play as the headless story's. */
export const Applied: Story = {
  ...timedPhase,
  play: async (context) => {
    const { canvas, args } = context;
    await timedPhase.play(context);
    await expect(canvas.getByRole('region', { name: 'Wrap-up' })).toHaveAttribute('data-state', 'applied');
    await expect(args.onOutcome).toHaveBeenCalledWith(expect.objectContaining({ status: 'applied', conversationId: 'conv-1' }));
    // settled: the list is not shown again, so it is not re-sorted with "Recently used"
    await expect(canvas.queryByRole('group', { name: 'Recently used' })).not.toBeInTheDocument();
  },
};

/** "Leave Without Wrap-Up": closeWrapup with `cimEvent: null`. Same play as the headless story's. */
export const LeftWithoutWrapUp: Story = {
  ...leave,
  play: async (context) => {
    await leave.play(context);
    await expect(context.canvas.getByRole('region', { name: 'Wrap-up' })).toHaveAttribute('data-state', 'left');
    await expect(context.canvas.queryByRole('textbox', { name: 'Notes' })).not.toBeInTheDocument();
  },
};

/** The Agent Manager decided the time is up (`topicUnsubscription`, "wrap Up Timer Expired"). */
export const Expired: Story = {
  play: async ({ canvas, loaded, args }) => {
    await canvas.findByRole('timer');
    unsubscribe(setupOf(loaded), 'wrap Up Timer Expired');
    await expect(await canvas.findByText('Wrap-up time expired, you are removed from the conversation.')).toHaveAttribute('role', 'status');
    await expect(canvas.getByRole('region', { name: 'Wrap-up' })).toHaveAttribute('data-state', 'expired');
    await expect(args.onOutcome).toHaveBeenCalledWith(expect.objectContaining({ status: 'expired' }));
    await expect(canvas.queryByRole('textbox', { name: 'Notes' })).not.toBeInTheDocument();
    await expect(canvas.queryAllByRole('button')).toEqual([]);
  },
};

/** The chat went to another agent (`topicUnsubscription`, "CHAT TRANSFERRED"): plain words; the raw reason is under "Details". */
export const Transferred: Story = {
  play: async ({ canvas, loaded, userEvent }) => {
    await canvas.findByRole('timer');
    unsubscribe(setupOf(loaded), 'CHAT TRANSFERRED');
    const said = await canvas.findByText('The chat was transferred to another agent. No wrap-up is needed from you.');
    await expect(said).toHaveAttribute('role', 'status');
    await expect(said).toHaveAttribute('data-reason', 'CHAT TRANSFERRED');
    await userEvent.click(canvas.getByText('Details'));
    await expect(canvas.getByText('CHAT TRANSFERRED')).toBeVisible();
  },
};

/**
 * Remounted (a reload, a desk that re-renders its tabs) after the countdown ended but before the
 * Agent Manager answered: still "Add Wrap-Up" / "Leave Without Wrap-Up", and the submit sends
 * closeWrapup. Before the session store it fell back to the live chat's "Cancel | Apply" and sent
 * publishCimEvent. Same play as the headless story's.
 */
export const RemountAfterDeadline: Story = { ...remountAfterDeadline };
