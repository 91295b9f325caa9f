import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ar, ur } from '../src/locales';
import { WrapUpPanel } from '../src/react';
import { agentContext, closeTransportAfterStory, PanelHarness, setupOf, withSetup } from './harness';
import { expectWarnings, hiddenForSupervisor } from './plays';

/** Languages, direction, theme, and who sees the panel at all. */
const meta = {
  title: 'WrapUpPanel/Look and language',
  component: WrapUpPanel,
  tags: ['autodocs'],
  loaders: [withSetup({ timerSeconds: 120 })],
  beforeEach: closeTransportAfterStory,
  args: { context: agentContext(), onOutcome: fn() },
  render: (args, { loaded }) => <PanelHarness setup={setupOf(loaded)} {...args} />,
} satisfies Meta<typeof WrapUpPanel>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Arabic (`messages={ar}`): right to left, Arabic words and digits. Reason labels come from Unified Admin as they are. */
export const RightToLeftArabic: Story = {
  args: { messages: ar },
  play: async ({ canvas, userEvent }) => {
    const region = await canvas.findByRole('region', { name: 'إنهاء المحادثة' });
    await expect(region).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('searchbox', { name: 'البحث عن الأسباب' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'إضافة رمز الإنهاء' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'المغادرة دون رمز إنهاء' })).toBeEnabled();
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'ملاحظات' }), 'تم استرداد المبلغ');
    await expect(canvas.getByText('المحدد: ١')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'ملاحظات' })).toHaveAccessibleDescription('١٧ / ٢٬٠٠٠ حرفًا');
    // the countdown in Arabic-Indic digits throughout, like every other number in this locale
    await expect(canvas.getByRole('timer')).toHaveTextContent(/^متبقٍ [٠-٩]:[٠-٩]{2}$/);
  },
};

/** Arabic in the dark theme, settled: right to left and dark together (axe checks the contrast of both), with the outcome in Arabic. */
export const RightToLeftArabicDark: Story = {
  args: { messages: ar },
  globals: { theme: 'dark' },
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('region', { name: 'إنهاء المحادثة' });
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
    await userEvent.click(canvas.getByRole('button', { name: 'إضافة رمز الإنهاء' }));
    await expect(await canvas.findByText('تم تطبيق رموز الإنهاء على المحادثة بنجاح.')).toHaveAttribute('role', 'status');
    await expect(canvas.getByRole('list', { name: 'ما تم إرساله' })).toHaveTextContent('Billing ‹ Refund issued');
  },
};

/** Urdu (`messages={ur}`): right to left. */
export const RightToLeftUrdu: Story = {
  args: { messages: ur },
  play: async ({ canvas }) => {
    const region = await canvas.findByRole('region', { name: 'ریپ اپ' });
    await expect(region).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('searchbox', { name: 'وجوہات تلاش کریں' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'ریپ اپ شامل کریں' })).toBeEnabled();
    await expect(canvas.getByRole('timer')).toHaveTextContent(/^[12]:\d{2} باقی$/);
  },
};

/** The dark theme: an ancestor with the `wrapup-theme-dark` class (the "Theme" toolbar does the same for any story). */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas, userEvent }) => {
    const region = await canvas.findByRole('region', { name: 'Wrap-up' });
    await expect(region.closest('.wrapup-theme-dark')).not.toBeNull();
    await expect(getComputedStyle(region).backgroundColor).toBe('rgb(22, 25, 29)'); // --wrapup-bg (dark)
    await expect(getComputedStyle(region).color).toBe('rgb(232, 234, 237)'); // --wrapup-fg (dark)
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Password reset' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Notes' }), 'Refund sent, password reset by phone.');
    await expect(canvas.getByText('Selected: 2')).toBeVisible();
  },
};

/** A supervisor silently monitoring (`role: 'SILENT_MONITOR'`) may not wrap up: the panel renders nothing, and says why in development. Same play as the headless story's. */
export const HiddenForSupervisor: Story = {
  args: { context: agentContext({ role: 'SILENT_MONITOR' }) },
  beforeEach: expectWarnings,
  play: async (context) => {
    await hiddenForSupervisor(context);
    await expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^\[agent-desk-wrapup\] The wrap-up panel renders nothing \(useWrapUpPanel: allowed is false\): /));
  },
};
