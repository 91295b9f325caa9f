import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ar } from '../src/locales';
import { WrapUpPanel } from '../src/react';
import { agentContext, closeTransportAfterStory, PanelHarness, setupOf, withSetup } from './harness';
import { suggestionByKeyboard } from './plays';

/**
 * Suggested reasons: while the chat runs, the customer's messages reach the desk as the Agent
 * Manager's `onCimEvent`; the provider suggests reasons from them, on the device, so the
 * "Suggested" group is at the top of the list when the timed phase opens. Each suggestion says
 * which words led to it and which key (1–3) adds it. Nothing is ticked or sent for the agent.
 */
const meta = {
  title: 'WrapUpPanel/Suggested reasons',
  component: WrapUpPanel,
  tags: ['autodocs'],
  beforeEach: closeTransportAfterStory,
  args: { context: agentContext(), onOutcome: fn() },
  render: (args, { loaded }) => <PanelHarness setup={setupOf(loaded)} {...args} />,
} satisfies Meta<typeof WrapUpPanel>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Charged twice: "Duplicate charge reversed" first, because of "charged twice", "duplicate", "refund"; ↓ from the search, 1 adds it, Ctrl+Enter sends it. The headless story runs the same play. */
export const AcceptByKeyboard: Story = { ...suggestionByKeyboard };

/** Arabic, right to left: the customer writes Arabic, the labels are English; the hint quotes the customer's own words. */
export const RightToLeftArabic: Story = {
  args: { messages: ar },
  loaders: [
    withSetup({
      timerSeconds: 150,
      chat: [
        { from: 'CUSTOMER', text: 'مرحبا، تم خصم المبلغ مرتين من بطاقتي' },
        { from: 'CUSTOMER', text: 'أريد استرداد المبلغ من فضلك' },
      ],
    }),
  ],
  play: async ({ canvas }) => {
    const group = await canvas.findByRole('group', { name: 'مقترحة' });
    const first = within(group).getAllByRole('checkbox')[0]!;
    await expect(first).toHaveAccessibleName('Duplicate charge reversed');
    await expect(first).toHaveAccessibleDescription(/مرتين.*اضغط 1 للإضافة\.$/);
    await expect(canvas.getByRole('region', { name: 'إنهاء المحادثة' })).toHaveAttribute('dir', 'rtl');
  },
};
