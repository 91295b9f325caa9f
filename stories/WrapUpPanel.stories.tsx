import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { WrapUpPanel } from '../src/react';
import {
  agentContext,
  closeTransportAfterStory,
  largeWrapUpForm,
  PanelHarness,
  realisticWrapUpForm,
  setupOf,
  withSetup,
} from './harness';
import { keyboardList, keyboardOnly, liveApply, liveChat } from './plays';

/**
 * The panel's reasons and form states. Every story gets its own memory transport, storage and
 * QueryClient; the play functions act as the agent would and assert what the agent sees.
 */
const meta = {
  title: 'WrapUpPanel/Reasons and form',
  component: WrapUpPanel,
  tags: ['autodocs'],
  loaders: [withSetup()],
  beforeEach: closeTransportAfterStory,
  args: { context: agentContext(), onOutcome: fn(), onCancel: fn() },
  render: (args, { loaded }) => <PanelHarness setup={setupOf(loaded)} {...args} />,
} satisfies Meta<typeof WrapUpPanel>;
export default meta;

type Story = StoryObj<typeof meta>;

const singleChoiceForm = () => {
  const form = realisticWrapUpForm();
  form.attributes[0]!.categoryOptions.isMultipleChoice = false;
  return form;
};
const emptyForm = () => {
  const form = realisticWrapUpForm();
  form.attributes[0]!.categoryOptions.categories = [];
  return form;
};

/** A live chat: the agent may apply a wrap-up before the chat ends ("Apply" sends publishCimEvent); "Cancel" closes the panel and keeps the draft. */
export const LiveChat: Story = {
  ...liveChat,
  play: async (context) => {
    const { canvas, args } = context;
    await liveChat.play(context);
    await expect(canvas.getByRole('region', { name: 'Wrap-up' })).toHaveAttribute('data-mode', 'live');
    await expect(canvas.getByRole('group', { name: 'Billing' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Wrap-Up Codes' })).toBeVisible();
    await expect(args.onCancel).toHaveBeenCalledTimes(1);
  },
};

/** "Apply" during a live chat: publishCimEvent, settled by the Agent Manager's echo. Same play as the headless story's. */
export const LiveApply: Story = {
  ...liveApply,
  play: async (context) => {
    await liveApply.play(context);
    await expect(context.canvas.getByRole('region', { name: 'Wrap-up' })).toHaveAttribute('data-state', 'applied');
  },
};

/** The Unified Admin form is still loading (this loader never answers). */
export const LoadingReasons: Story = {
  loaders: [withSetup({ reasons: () => ({ load: () => new Promise<never>(() => undefined), key: 'never' }) })],
  play: async ({ canvas }) => {
    const loading = await canvas.findByText('Loading wrap-up reasons…');
    await expect(loading).toHaveAttribute('role', 'status');
    await expect(canvas.queryByRole('checkbox')).not.toBeInTheDocument();
    // the note can be written meanwhile
    await expect(canvas.getByRole('textbox', { name: 'Notes' })).toBeEnabled();
  },
};

/** The first load fails (no automatic retry: `retry: 0`); "Retry" loads the form. */
export const ReasonsFailed: Story = {
  loaders: [
    withSetup({
      reasons: () => {
        let calls = 0;
        return {
          key: 'flaky',
          retry: 0,
          load: () => (++calls === 1 ? Promise.reject(new Error('Unified Admin answered 503.')) : Promise.resolve(realisticWrapUpForm())),
        };
      },
    }),
  ],
  play: async ({ canvas, userEvent }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Wrap-up reasons could not be loaded. Unified Admin answered 503.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('checkbox', { name: 'Refund issued' })).toBeVisible();
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};

/** No reasons are set up in Unified Admin: the panel says so, and a note alone can still be applied. */
export const EmptyForm: Story = {
  loaders: [withSetup({ form: emptyForm() })],
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByText(/^No wrap-up reasons are set up\. Add them in Unified Admin/)).toBeVisible();
    await expect(canvas.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Notes' }), 'Customer will call back');
    await expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled();
  },
};

/** A single-choice form: radios, and picking another reason replaces the first. */
export const SingleChoice: Story = {
  loaders: [withSetup({ form: singleChoiceForm() })],
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByText('Choose one reason.')).toBeVisible();
    await expect(canvas.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('radio', { name: 'Refund issued' }));
    await userEvent.click(canvas.getByRole('radio', { name: 'Password reset' }));
    await expect(canvas.getByRole('radio', { name: 'Password reset' })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: 'Refund issued' })).not.toBeChecked();
    await expect(canvas.getByText('Selected: 1')).toBeVisible();
    const chips = canvas.getByRole('list', { name: 'Selected reasons' });
    await expect(within(chips).getByRole('listitem')).toHaveTextContent('Technical support › Password reset');
  },
};

/** Five codes chosen: the AgentDesk limit. The other reasons are disabled and the panel says why. */
export const MultiChoiceAtLimit: Story = {
  play: async ({ canvas, userEvent }) => {
    const picks = ['Refund issued', 'Invoice explained', 'Password reset', 'Upgrade sold', 'Identity verified'];
    await canvas.findByRole('checkbox', { name: picks[0] });
    for (const name of picks) await userEvent.click(canvas.getByRole('checkbox', { name }));
    await expect(canvas.getByText('Selected: 5')).toBeVisible();
    await expect(canvas.getByText('You can choose up to 5 reasons. Remove one to pick another.')).toHaveAttribute('role', 'status');
    await expect(within(canvas.getByRole('list', { name: 'Selected reasons' })).getAllByRole('listitem')).toHaveLength(5);
    await expect(canvas.getByRole('checkbox', { name: 'Quote sent' })).toBeDisabled();
    await expect(canvas.getByRole('checkbox', { name: 'Refund issued' })).toBeEnabled(); // a chosen one can be unticked
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Upgrade sold' }));
    await expect(canvas.getByRole('checkbox', { name: 'Quote sent' })).toBeEnabled();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Upgrade sold' }));
    await expect(canvas.getByRole('checkbox', { name: 'Quote sent' })).toBeDisabled();
  },
};

/** A search that matches nothing. */
export const SearchNoHits: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('checkbox', { name: 'Refund issued' });
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search reasons' }), 'zzz');
    await expect(await canvas.findByText('No reasons match “zzz”.')).toBeVisible();
    await expect(canvas.queryByRole('checkbox')).not.toBeInTheDocument();
  },
};

/** The note a few characters short of its limit (`noteMaxLength` 200 here; 2,000 by default). */
export const NoteNearLimit: Story = {
  args: { noteMaxLength: 200 },
  play: async ({ canvas, userEvent }) => {
    const note = await canvas.findByRole('textbox', { name: 'Notes' });
    await userEvent.click(note);
    await userEvent.paste(`${'Customer asked about the refund timeline and the invoice. '.repeat(3)}Refund sent; invoice`);
    await userEvent.type(note, ' copy');
    await expect(note).toHaveAccessibleDescription('199 / 200 characters');
    await expect(note).not.toHaveAttribute('aria-invalid');
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    // one more than the limit: the panel blocks submit, and never cuts the text
    await userEvent.type(note, '!!');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The note is 1 characters too long. Shorten it to submit.');
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(note, '{Backspace}{Backspace}');
    await expect(note).toHaveAccessibleDescription('199 / 200 characters');
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};

/** The note seems to hold personal data: the panel asks before sending it. */
export const PiiWarning: Story = {
  name: 'PII warning',
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Notes' }), 'Call back on +44 20 7946 0958 or mail jane@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    const warning = await canvas.findByRole('alert');
    await expect(warning).toHaveTextContent(
      'The note looks like it contains an e-mail address and a phone number. Notes are stored with the conversation. Remove it, or submit anyway.',
    );
    await expect(within(warning).getByRole('button', { name: 'Submit anyway' })).toBeVisible();
    await expect(within(warning).getByRole('button', { name: 'Edit note' })).toBeVisible();
    await expect(setupOf(loaded).transport.sent).toHaveLength(0);
  },
};

/** Pinned reasons come first, per agent. */
export const PinnedReasons: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Pin Escalated to L2' }));
    const pinned = await canvas.findByRole('group', { name: 'Pinned' });
    await expect(within(pinned).getByRole('checkbox', { name: 'Escalated to L2' })).toBeVisible();
    await expect(within(pinned).getByRole('button', { name: 'Unpin Escalated to L2' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/**
 * A whole timed wrap-up by keyboard alone: focus moves to the search when the timed phase opens;
 * Enter ticks the first match, Escape clears the search, "/" comes back to it, Ctrl+Enter submits.
 * Same play as the headless story's.
 */
export const KeyboardOnly: Story = { ...keyboardOnly };

/** The list by keyboard: search, ↓↓, Space, `p`, Ctrl+Enter (one tab stop, roving focus). Same play as the headless story's. */
export const KeyboardInTheList: Story = { ...keyboardList };

const large = largeWrapUpForm(10_000, 20);
const lastCategory = large.attributes[0]!.categoryOptions.categories.at(-1)!;
const lastReason = lastCategory.values.at(-1)!;

/** 10,000 reasons in 20 categories: the list is virtualised (a window of rows), and search still finds any reason. */
export const TenThousandReasons: Story = {
  loaders: [withSetup({ form: large })],
  play: async ({ canvas, userEvent }) => {
    const first = await canvas.findByRole('checkbox', { name: 'Refund issued 00001' });
    await expect(first).toHaveAccessibleDescription('Billing');
    const rows = canvas.getAllByRole('checkbox');
    await expect(rows.length).toBeGreaterThan(5);
    await expect(rows.length).toBeLessThan(60);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search reasons' }), lastReason);
    const box = await canvas.findByRole('checkbox', { name: lastReason });
    await expect(box).toHaveAccessibleDescription(lastCategory.categoryName);
    await userEvent.keyboard('{Enter}');
    await expect(box).toBeChecked();
    await expect(canvas.getByRole('list', { name: 'Selected reasons' })).toHaveTextContent(`${lastCategory.categoryName} › ${lastReason}`);
  },
};

/**
 * The keyboard in the virtualised list (10,000 reasons, only a window of rows in the DOM): ↓ from
 * the search, ↓ to the next reason, End to the very last one (the list scrolls there), Home back to
 * the first, PageDown a page on (still in view), Space ticks it; the list stays one tab stop.
 */
export const KeyboardInALongList: Story = {
  loaders: [withSetup({ form: large })],
  play: async ({ canvas, userEvent }) => {
    const first = await canvas.findByRole('checkbox', { name: 'Refund issued 00001' });
    await userEvent.click(canvas.getByRole('searchbox', { name: 'Search reasons' }));
    await userEvent.keyboard('{ArrowDown}');
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('checkbox', { name: 'Invoice explained 00002' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(canvas.getByRole('checkbox', { name: lastReason })).toHaveFocus());
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(canvas.getByRole('checkbox', { name: 'Refund issued 00001' })).toHaveFocus());
    await userEvent.keyboard('{PageDown}');
    const paged = document.activeElement as HTMLInputElement;
    await expect(paged.getAttribute('type')).toBe('checkbox');
    await expect(Number(/(\d{5})$/.exec(paged.labels?.[0]?.textContent ?? '')?.[1])).toBeGreaterThan(3);
    const box = canvas.getByRole('group', { name: 'Wrap-Up Codes' }).querySelector('.wrapup-scroll')!.getBoundingClientRect();
    const row = paged.getBoundingClientRect();
    await expect(row.top >= box.top - 1 && row.bottom <= box.bottom + 1).toBe(true);
    await userEvent.keyboard(' ');
    await expect(paged).toBeChecked();
    const list = canvas.getByRole('group', { name: 'Wrap-Up Codes' });
    await expect([...list.querySelectorAll('input')].filter((i) => i.tabIndex === 0)).toEqual([paged]);
    await userEvent.tab();
    await expect(list).not.toContainElement(document.activeElement as HTMLElement);
  },
};

/** What the list showed in its first frame (read by a ResizeObserver made after the panel's own, so it runs after it in that frame). */
let firstFrame: { filled: boolean; rows: number } | undefined;
function FirstFrameProbe({ children }: { children: ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    firstFrame = undefined;
    let observer: ResizeObserver | undefined;
    const attach = () => {
      const box = host.current?.querySelector<HTMLElement>('.wrapup-scroll');
      if (!box || observer) return;
      observer = new ResizeObserver(() => {
        if (firstFrame) return;
        const rows = [...box.querySelectorAll('.wrapup-row')];
        firstFrame = { filled: Math.max(...rows.map((r) => r.getBoundingClientRect().bottom)) >= box.getBoundingClientRect().bottom, rows: rows.length };
      });
      observer.observe(box);
    };
    attach();
    const mutations = new MutationObserver(attach);
    if (host.current) mutations.observe(host.current, { childList: true, subtree: true });
    return () => {
      mutations.disconnect();
      observer?.disconnect();
    };
  }, []);
  return <div ref={host}>{children}</div>;
}

/**
 * A desk that gives the list more room (`--wrapup-list-height: 40rem`): the virtualised list fills
 * the taller box from its very first frame. The panel first renders rows for the default height, and
 * renders the rest when the browser reports the size, before that frame is painted (without forcing
 * a layout while it mounts).
 */
export const TallVirtualList: Story = {
  loaders: [withSetup({ form: large })],
  args: { className: 'wrapup-story-tall' },
  decorators: [
    (Story) => (
      <FirstFrameProbe>
        <style>{'.wrapup-panel.wrapup-story-tall { --wrapup-list-height: 40rem; }'}</style>
        <Story />
      </FirstFrameProbe>
    ),
  ],
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('group', { name: 'Wrap-Up Codes' });
    await canvas.findByRole('checkbox', { name: 'Refund issued 00001' });
    const scrollBox = list.querySelector('.wrapup-scroll')!;
    await expect(scrollBox.getBoundingClientRect().height).toBeGreaterThan(600);
    await waitFor(() => expect(firstFrame).toBeDefined());
    await expect(firstFrame).toMatchObject({ filled: true });
  },
};
