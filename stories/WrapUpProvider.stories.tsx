import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { WrapUpPanel, WrapUpProvider } from '../src/react';
import { agentContext, closeTransportAfterStory, setupOf, withSetup } from './harness';

/**
 * `WrapUpProvider`: the transport (or the desk's `socket`), the reasons source, storage, words,
 * wire layout and note limit for every panel and hook inside it. Its docs page lists its props.
 */
const meta = {
  title: 'Components/WrapUpProvider',
  component: WrapUpProvider,
  tags: ['autodocs'],
  loaders: [withSetup()],
  beforeEach: closeTransportAfterStory,
  args: { noteMaxLength: 2000, format: 'agentdesk' },
  render: (args, { loaded }) => {
    const { transport, storage, reasons } = setupOf(loaded);
    return (
      <WrapUpProvider {...args} transport={transport} storage={storage} reasons={reasons}>
        <WrapUpPanel context={agentContext()} />
      </WrapUpProvider>
    );
  },
} satisfies Meta<typeof WrapUpProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A provider over a memory transport, with a panel inside: the note limit comes from the provider. */
export const WithAPanel: Story = {
  args: { noteMaxLength: 500 },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: 'Notes' })).toHaveAccessibleDescription('0 / 500 characters');
  },
};
