import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { buildPublishWrapup } from '../src/core';
import { ar } from '../src/locales';
import { WrapUpPanel, type WrapUpPanelProps } from '../src/react';
import { agentContext, closeTransportAfterStory, conversationId, sentCloseWrapups, setupOf, StoryProvider, withSetup, type PanelSetup } from './harness';

/**
 * Suggested reasons: while the chat runs, the customer's messages reach the desk as the Agent
 * Manager's `onCimEvent`; the panel's provider suggests reasons from them, on the device, so the
 * "Suggested" group is there when the timed phase opens. Each suggestion says which words led to
 * it and which key (1–3) adds it. Nothing is ticked or sent for the agent.
 */
const meta = {
  title: 'WrapUpPanel/Suggested reasons',
  component: WrapUpPanel,
  tags: ['autodocs'],
  loaders: [withSetup({ timerSeconds: 150 })],
  beforeEach: closeTransportAfterStory,
  args: { context: agentContext(), onOutcome: fn() },
  render: (args, { loaded, parameters }) => <ChatThenWrapUp setup={setupOf(loaded)} chat={(parameters.chat as Chat | undefined) ?? englishChat} {...args} />,
} satisfies Meta<typeof WrapUpPanel>;
export default meta;

type Story = StoryObj<typeof meta>;
type Chat = Array<{ from: 'CUSTOMER' | 'AGENT'; text: string }>;

const englishChat: Chat = [
  { from: 'CUSTOMER', text: 'Hi, I was charged twice for my March bill' },
  { from: 'CUSTOMER', text: 'I can see two payments of 49.99 on my card' },
  { from: 'AGENT', text: 'I am sorry about that, let me check your account' },
  { from: 'CUSTOMER', text: 'Can you refund the duplicate charge please?' },
];
const arabicChat: Chat = [
  { from: 'CUSTOMER', text: 'مرحبا، تم خصم المبلغ مرتين من بطاقتي' },
  { from: 'CUSTOMER', text: 'أريد استرداد المبلغ من فضلك' },
];

/** A chat message as the Agent Manager delivers it: `onCimEvent` with the CimEvent as a JSON string. */
function deliver(setup: PanelSetup, from: 'CUSTOMER' | 'AGENT', text: string, id: string) {
  const cimEvent = structuredClone(buildPublishWrapup(agentContext(), { wrapups: [], note: '-' }).cimEvent);
  const data = cimEvent.data as unknown as { id: string; header: { sender: { type: string } }; body: unknown };
  cimEvent.id = id;
  data.id = id;
  data.header.sender.type = from;
  data.body = { type: 'PLAIN', markdownText: text };
  setup.transport.receive('onCimEvent', { conversationId, cimEvent: JSON.stringify(cimEvent) });
}

const chatted = new WeakSet<PanelSetup>();
/** The chat, then the timed phase (the provider starts it after its children mounted). */
function ChatThenWrapUp({ setup, chat, ...panel }: WrapUpPanelProps & { setup: PanelSetup; chat: Chat }) {
  return (
    <StoryProvider setup={setup}>
      <ChatMessages setup={setup} chat={chat} />
      <WrapUpPanel {...panel} />
    </StoryProvider>
  );
}
function ChatMessages({ setup, chat }: { setup: PanelSetup; chat: Chat }) {
  useEffect(() => {
    if (chatted.has(setup)) return;
    chatted.add(setup);
    chat.forEach((m, i) => deliver(setup, m.from, m.text, `story-msg-${i}`));
  }, [setup, chat]);
  return null;
}

/**
 * The customer was charged twice: "Duplicate charge reversed" is suggested first, because of
 * "charged twice", "duplicate", "refund". By keyboard: ↓ from the search lands on it, 1 adds it,
 * "Add Wrap-Up" sends it.
 */
export const AcceptByKeyboard: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const group = await canvas.findByRole('group', { name: 'Suggested' });
    const first = within(group).getAllByRole('checkbox')[0]!;
    await expect(first).toHaveAccessibleName('Duplicate charge reversed');
    await expect(first).toHaveAccessibleDescription(/^From “charged twice”, “duplicate”, “refund”\. Press 1 to add\.$/);
    await expect(first).not.toBeChecked(); // never ticked for the agent
    await waitFor(() => expect(canvas.getByText(/^1 suggested reason: Duplicate charge reversed\./)).toHaveAttribute('role', 'status'));
    const search = canvas.getByRole('searchbox', { name: 'Search reasons' });
    await userEvent.click(search);
    await userEvent.keyboard('{ArrowDown}');
    await expect(first).toHaveFocus();
    await userEvent.keyboard('1');
    await expect(first).toBeChecked();
    await expect(canvas.getByText('Selected: 1')).toBeVisible();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(sentCloseWrapups(setupOf(loaded))).toHaveLength(1));
    await expect(sentCloseWrapups(setupOf(loaded))[0]?.cimEvent?.data.body).toMatchObject({ wrapups: [{ categoryName: 'Billing', value: 'Duplicate charge reversed' }] });
  },
};

/** Arabic, right to left: the customer writes Arabic, the labels are English; the hint quotes the customer's own words. */
export const RightToLeftArabic: Story = {
  args: { messages: ar },
  parameters: { chat: arabicChat },
  play: async ({ canvas }) => {
    const group = await canvas.findByRole('group', { name: 'مقترحة' });
    const first = within(group).getAllByRole('checkbox')[0]!;
    await expect(first).toHaveAccessibleName('Duplicate charge reversed');
    await expect(first).toHaveAccessibleDescription(/مرتين.*اضغط 1 للإضافة\.$/);
    await expect(canvas.getByRole('region', { name: 'إنهاء المحادثة' })).toHaveAttribute('dir', 'rtl');
  },
};
