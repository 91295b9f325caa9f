import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { agentContext, closeTransportAfterStory, setupOf, StoryProvider, withSetup } from './harness';
import { MinimalWrapUp } from './MinimalWrapUp';
import { autoApply, expectWarnings, hiddenForSupervisor, keyboardList, keyboardOnly, leave, liveApply, reloadRestore, remountAfterDeadline, suggestionByKeyboard, timedPhase } from './plays';

/**
 * A desk's own markup on `useWrapUpPanel` and `useReasonSearch` (see stories/MinimalWrapUp.tsx):
 * no `WrapUpPanel`, no styles.css. Each story runs the same play function as its WrapUpPanel
 * counterpart (stories/plays.ts), so the hook alone gives a desk everything the panel does.
 */
const meta = {
  title: 'Hooks/Headless',
  component: MinimalWrapUp,
  tags: ['autodocs'],
  loaders: [withSetup()],
  beforeEach: closeTransportAfterStory,
  args: { context: agentContext(), onOutcome: fn(), onCancel: fn() },
  render: (args, { loaded }) => (
    <StoryProvider setup={setupOf(loaded)}>
      <MinimalWrapUp {...args} />
    </StoryProvider>
  ),
} satisfies Meta<typeof MinimalWrapUp>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The timed phase: the countdown, focus in the search, two codes and a note, "Add Wrap-Up" (closeWrapup), applied. As WrapUpPanel's Timed phase/Applied. */
export const TimedPhase: Story = { ...timedPhase };

/** Suggested reasons from the chat (`panel.suggestions`, `getSuggestionProps`): ↓, 1, Ctrl+Enter. As WrapUpPanel's Suggested reasons/Accept By Keyboard. */
export const AcceptSuggestionByKeyboard: Story = { ...suggestionByKeyboard };

/** A live chat: "Cancel" keeps the draft, "Apply" sends publishCimEvent. As WrapUpPanel's Reasons and form/Live Apply. */
export const LiveApply: Story = { ...liveApply };

/** "Leave Without Wrap-Up": closeWrapup with `cimEvent: null`. As WrapUpPanel's Timed phase/Left Without Wrap-Up. */
export const LeaveWithoutWrapUp: Story = { ...leave };

/** The whole timed wrap-up by keyboard: /, Enter in search, Escape, Ctrl+Enter. As WrapUpPanel's Reasons and form/Keyboard Only. */
export const KeyboardOnly: Story = { ...keyboardOnly };

/** The list by keyboard: search, ↓↓, Space, `p`, Ctrl+Enter, from the hook's getters alone. As WrapUpPanel's Reasons and form/Keyboard In The List. */
export const KeyboardInTheList: Story = { ...keyboardList };

/** "Reload the page" with a draft, then pending, then applied: each comes back. As WrapUpPanel's Delivery/Reload Restore. */
export const ReloadRestore: Story = { ...reloadRestore };

/** Remounted after the countdown ended, before the Agent Manager answered: still timed, still closeWrapup. As WrapUpPanel's Timed phase/Remount After Deadline. */
export const RemountAfterDeadline: Story = { ...remountAfterDeadline };

/** A draft applied by itself 5 s before expiry, after a visible notice. As WrapUpPanel's Timed phase/Auto Applied. */
export const AutoApply: Story = { ...autoApply };

/** The permission gate: a silent monitor gets nothing. As WrapUpPanel's Look and language/Hidden For Supervisor. */
export const HiddenForSupervisor: Story = {
  args: { context: agentContext({ role: 'SILENT_MONITOR' }) },
  beforeEach: expectWarnings,
  play: hiddenForSupervisor,
};
