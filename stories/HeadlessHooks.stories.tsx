import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { agentContext, closeTransportAfterStory, formV1, sentCloseWrapups, setupOf, startTimer, StoryProvider, withSetup } from './harness';
import { MinimalWrapUp } from './MinimalWrapUp';

const meta = {
  title: 'Hooks/Headless',
  component: MinimalWrapUp,
  loaders: [withSetup({ form: formV1 })],
  beforeEach: closeTransportAfterStory,
  args: { context: agentContext() },
  render: (args, { loaded }) => (
    <StoryProvider setup={setupOf(loaded)}>
      <MinimalWrapUp {...args} />
    </StoryProvider>
  ),
} satisfies Meta<typeof MinimalWrapUp>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Custom markup driven by `useWrapUpForm` + `useWrapUpReasons` + `useWrapUpTimer`: the timed phase, one code and a note, applied. */
export const CustomMarkup: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const setup = setupOf(loaded);
    const refund = await canvas.findByRole('button', { name: 'Billing: Refund issued' });
    await expect(canvas.getByRole('button', { name: 'Save wrap-up' })).toBeEnabled(); // live chat until the timer starts
    startTimer(setup, 90);
    await expect(await canvas.findByRole('timer')).toHaveTextContent(/^(90|89) s$/);
    await userEvent.click(refund);
    await expect(refund).toHaveAttribute('aria-pressed', 'true');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Note' }), 'Refund sent');
    await userEvent.click(canvas.getByRole('button', { name: 'Close with wrap-up' }));
    await expect(await canvas.findByText('Applied.')).toHaveAttribute('role', 'status');
    await expect(sentCloseWrapups(setup)[0]?.cimEvent?.data.body).toMatchObject({
      wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }],
      note: 'Refund sent',
    });
  },
};
