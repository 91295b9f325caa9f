/**
 * Play functions shared by the WrapUpPanel stories and the headless story (`MinimalWrapUp` on
 * `useWrapUpPanel`): the same agent, the same checks, so a desk that builds its own markup on the
 * hook is held to what the panel does. Each scenario is its setup (`loaders`) and its `play`; a
 * play knows nothing of the component under test: it acts and asserts by role and name, and reads
 * only what the Agent Manager (the story's memory transport) received.
 */
import type { StoryContext } from '@storybook/react-vite';
import { expect, spyOn, waitFor, within } from 'storybook/test';
import { formV1, reloadButtonName, sentCloseWrapups, setupOf, startTimer, unsubscribe, withSetup, type ChatMessage, type SetupOptions } from './harness';

type Context = Pick<StoryContext, 'canvas' | 'canvasElement' | 'userEvent' | 'loaded'>;
export type Play = (context: Context) => Promise<void>;
export interface Scenario {
  loaders: Array<ReturnType<typeof withSetup>>;
  play: Play;
}

const scenario = (setup: SetupOptions, play: Play): Scenario => ({ loaders: [withSetup(setup)], play });

export const words = {
  applied: 'The wrap-up(s) you added are successfully applied to the conversation.',
  appliedAutomatically: 'Your wrap-up was applied automatically before the time ran out.',
  left: 'No wrap-ups added, you have successfully left the conversation.',
  pendingOnline: 'Sent. Waiting for the Agent Manager to confirm…',
};

const sentNames = (context: Context) => setupOf(context.loaded).transport.sent.map((s) => s.name);

/** A settled wrap-up shows what was sent and nothing to press: no buttons, no list, no note to edit, no countdown. */
async function expectSettled({ canvas }: Context, sent: string[]) {
  const region = canvas.getByRole('region', { name: 'Wrap-up' });
  await expect(within(region).queryAllByRole('button')).toEqual([]);
  await expect(within(region).queryAllByRole('checkbox')).toEqual([]);
  await expect(within(region).queryByRole('searchbox')).not.toBeInTheDocument();
  await expect(within(region).queryByRole('textbox')).not.toBeInTheDocument();
  await expect(within(region).queryByRole('timer')).not.toBeInTheDocument();
  if (sent.length === 0) await expect(within(region).queryByRole('list', { name: 'Sent' })).not.toBeInTheDocument();
  else await expect(within(within(region).getByRole('list', { name: 'Sent' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(sent);
}

/** Reloads the page (a reloadable setup's button) and waits until the old panel is gone. */
async function reloadPage({ canvas, userEvent }: Context) {
  const before = canvas.getByRole('region', { name: 'Wrap-up' });
  await userEvent.click(canvas.getByRole('button', { name: reloadButtonName }));
  await waitFor(() => expect(before).not.toBeInTheDocument());
  return canvas.findByRole('region', { name: 'Wrap-up' });
}

/** The timed phase opens: a calm countdown, focus in the search, "Add Wrap-Up" and "Leave Without Wrap-Up"; the agent picks two codes and writes a note. */
const timedPhaseOpens: Play = async ({ canvas, userEvent }) => {
  const timer = await canvas.findByRole('timer');
  await expect(timer).toHaveTextContent(/^2:(30|29) left$/);
  await waitFor(() => expect(canvas.getByRole('searchbox', { name: 'Search reasons' })).toHaveFocus());
  await expect(canvas.getByRole('button', { name: 'Add Wrap-Up' })).toBeEnabled();
  await expect(canvas.getByRole('button', { name: 'Leave Without Wrap-Up' })).toBeEnabled();
  await expect(canvas.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
  await expect(canvas.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  await userEvent.click(canvas.getByRole('checkbox', { name: 'Refund issued' }));
  await userEvent.click(canvas.getByRole('checkbox', { name: 'Password reset' }));
  await userEvent.type(canvas.getByRole('textbox', { name: 'Notes' }), 'Refund sent, password reset by phone.');
  await expect(canvas.getByText('Selected: 2')).toBeVisible();
  await expect(canvas.queryByRole('alert')).not.toBeInTheDocument(); // far from the auto-apply notice
};
export const timedPhaseOpen: Scenario = scenario({ timerSeconds: 150 }, timedPhaseOpens);

/** The timed phase, to the end: "Add Wrap-Up" sends closeWrapup with the codes and the note, and the Agent Manager's "Wrap Up applied" settles it. */
export const timedPhase: Scenario = scenario({ timerSeconds: 150 }, async (context) => {
  const { canvas, userEvent, loaded } = context;
  await timedPhaseOpens(context);
  await userEvent.click(canvas.getByRole('button', { name: 'Add Wrap-Up' }));
  await expect(await canvas.findByText(words.applied)).toHaveAttribute('role', 'status');
  await expect(sentNames(context)).toEqual(['closeWrapup']);
  await expect(sentCloseWrapups(setupOf(loaded))[0]?.cimEvent?.data.body).toEqual({
    type: 'WRAPUP',
    markdownText: '',
    wrapups: [
      { categoryName: 'Billing', value: 'Refund issued' },
      { categoryName: 'Technical support', value: 'Password reset' },
    ],
    note: 'Refund sent, password reset by phone.',
  });
  // settled: what was sent, compactly; the countdown is gone and nothing is left to press
  await expectSettled(context, ['Billing › Refund issued', 'Technical support › Password reset']);
  await expect(canvas.getByText('Refund sent, password reset by phone.')).toBeVisible();
});

/** A live chat: "Apply" and "Cancel", no countdown; "Cancel" keeps the draft. */
const liveChatOpens: Play = async ({ canvas, userEvent }) => {
  const refund = await canvas.findByRole('checkbox', { name: 'Refund issued' });
  await expect(canvas.getByRole('button', { name: 'Apply' })).toBeEnabled();
  await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  await expect(canvas.queryByRole('timer')).not.toBeInTheDocument();
  await expect(canvas.queryByRole('button', { name: 'Add Wrap-Up' })).not.toBeInTheDocument();
  await expect(canvas.queryByRole('button', { name: 'Leave Without Wrap-Up' })).not.toBeInTheDocument();
  await userEvent.click(refund);
  await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
  await expect(refund).toBeChecked(); // the draft stays
};
export const liveChat: Scenario = scenario({}, liveChatOpens);

/** "Apply" during a live chat: publishCimEvent (not closeWrapup), settled by the Agent Manager's echo. */
export const liveApply: Scenario = scenario({}, async (context) => {
  const { canvas, userEvent, loaded } = context;
  await liveChatOpens(context);
  await userEvent.type(canvas.getByRole('textbox', { name: 'Notes' }), 'Refund on its way');
  await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
  await expect(await canvas.findByText(words.applied)).toHaveAttribute('role', 'status');
  await expect(sentNames(context)).toEqual(['publishCimEvent']);
  const [published] = setupOf(loaded).transport.sent;
  await expect(published?.name === 'publishCimEvent' && published.payload.cimEvent.data.body).toMatchObject({
    type: 'WRAPUP',
    wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }],
    note: 'Refund on its way',
  });
  await expectSettled(context, ['Billing › Refund issued']);
});

/** "Leave Without Wrap-Up": closeWrapup with `cimEvent: null`, confirmed by the Agent Manager. */
export const leave: Scenario = scenario({ timerSeconds: 150 }, async (context) => {
  const { canvas, userEvent, loaded } = context;
  await canvas.findByRole('timer');
  await userEvent.click(canvas.getByRole('button', { name: 'Leave Without Wrap-Up' }));
  await expect(await canvas.findByText(words.left)).toHaveAttribute('role', 'status');
  await expect(sentNames(context)).toEqual(['closeWrapup']);
  await expect(sentCloseWrapups(setupOf(loaded))[0]?.cimEvent).toBeNull();
  await expectSettled(context, []);
});

/**
 * The list by keyboard alone (WAI-ARIA APG): search, ↓ into the list and ↓ again (one option, then
 * the next), Space ticks it, `p` pins it, Ctrl+Enter applies. The list is one tab stop; the pin
 * stars are not tab stops.
 */
export const keyboardList: Scenario = scenario({ form: formV1, timerSeconds: 120 }, async (context) => {
  const { canvas, userEvent, loaded } = context;
  const search = await canvas.findByRole('searchbox', { name: 'Search reasons' });
  await canvas.findByRole('timer');
  await waitFor(() => expect(search).toHaveFocus());
  await userEvent.keyboard('bill'); // "Billing › Refund issued", "Billing › Invoice explained"
  await waitFor(() => expect(canvas.queryByRole('checkbox', { name: 'Password reset' })).not.toBeInTheDocument());
  await userEvent.keyboard('{ArrowDown}{ArrowDown}');
  const invoice = canvas.getByRole('checkbox', { name: 'Invoice explained' });
  await expect(invoice).toHaveFocus();
  await userEvent.keyboard(' ');
  await expect(invoice).toBeChecked();
  await userEvent.keyboard('p');
  await expect(await canvas.findByRole('button', { name: 'Unpin Invoice explained' })).toHaveAttribute('aria-pressed', 'true');
  await expect(invoice).toHaveFocus();
  for (const star of canvas.getAllByRole('button', { name: /^(Pin|Unpin) / })) await expect(star).toHaveAttribute('tabindex', '-1');
  await userEvent.keyboard('{Control>}{Enter}{/Control}');
  await expect(await canvas.findByText(words.applied)).toHaveAttribute('role', 'status');
  await expect(sentCloseWrapups(setupOf(loaded))[0]?.cimEvent?.data.body).toMatchObject({ wrapups: [{ categoryName: 'Billing', value: 'Invoice explained' }] });
});

/**
 * A whole timed wrap-up by keyboard alone: focus moves to the search when the timed phase opens;
 * Enter ticks the first match, Escape clears the search, "/" comes back to it, Ctrl+Enter submits.
 */
export const keyboardOnly: Scenario = scenario({ form: formV1, timerSeconds: 120 }, async ({ canvas, userEvent, loaded }) => {
  const search = await canvas.findByRole('searchbox', { name: 'Search reasons' });
  await canvas.findByRole('timer');
  await waitFor(() => expect(search).toHaveFocus());
  await userEvent.keyboard('refund{Enter}');
  await expect(canvas.getByRole('checkbox', { name: 'Refund issued' })).toBeChecked();
  await userEvent.keyboard('{Escape}');
  await expect(search).toHaveValue('');
  await userEvent.keyboard('password{Enter}{Escape}');
  const note = canvas.getByRole('textbox', { name: 'Notes' });
  for (let i = 0; i < 30 && document.activeElement !== note; i++) await userEvent.tab();
  await expect(note).toHaveFocus();
  await userEvent.keyboard('Reset done, refund sent');
  await userEvent.tab();
  await userEvent.keyboard('/');
  await expect(search).toHaveFocus();
  await userEvent.keyboard('{Control>}{Enter}{/Control}');
  await expect(await canvas.findByText(words.applied)).toBeVisible();
  await expect(sentCloseWrapups(setupOf(loaded))[0]?.cimEvent?.data.body).toEqual({
    type: 'WRAPUP',
    markdownText: '',
    wrapups: [
      { categoryName: 'Billing', value: 'Refund issued' },
      { categoryName: 'Technical', value: 'Password reset' },
    ],
    note: 'Reset done, refund sent',
  });
});

/**
 * A reload in each state of a timed wrap-up, over the same storage (the Agent Manager holds its
 * answer until told): the draft comes back, then the pending wrap-up (sent again by the new page's
 * outbox, never as a second wrap-up), then the applied outcome, still in the timed mode throughout.
 */
export const reloadRestore: Scenario = scenario({ timerSeconds: 150, transport: { autoRespond: false }, reloadable: true }, async (context) => {
  const { canvas, userEvent, loaded } = context;
  const setup = setupOf(loaded);
  await canvas.findByRole('timer');
  await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
  await userEvent.type(canvas.getByRole('textbox', { name: 'Notes' }), 'Refund sent');

  // the draft
  await reloadPage(context);
  await expect(await canvas.findByRole('checkbox', { name: 'Refund issued' })).toBeChecked();
  await expect(canvas.getByRole('textbox', { name: 'Notes' })).toHaveValue('Refund sent');
  await expect(canvas.getByRole('timer')).toHaveTextContent(/^2:\d\d left$/); // still the timed phase
  await userEvent.click(canvas.getByRole('button', { name: 'Add Wrap-Up' }));
  await expect(await canvas.findByText(words.pendingOnline)).toHaveAttribute('role', 'status');

  // pending: still waiting for the same wrap-up, nothing can be sent twice
  await reloadPage(context);
  await expect(await canvas.findByText(words.pendingOnline)).toHaveAttribute('role', 'status');
  await expect(canvas.getByRole('button', { name: 'Add Wrap-Up' })).toBeDisabled();
  await expect(canvas.getByRole('checkbox', { name: 'Refund issued' })).toBeChecked();
  const ids = new Set(sentCloseWrapups(setup).map((p) => p.cimEvent?.id));
  await expect(ids.size).toBe(1);

  // the Agent Manager applies it; the outcome survives the next reload
  unsubscribe(setup, 'Wrap Up applied');
  await canvas.findByText(words.applied);
  await reloadPage(context);
  await expect(await canvas.findByText(words.applied)).toHaveAttribute('role', 'status');
  // what was sent still shows, compactly, with nothing to press (the reload button is the page's, outside the panel)
  await expectSettled(context, ['Billing › Refund issued']);
});

/**
 * Remounted after the countdown ended but before the Agent Manager answered: still the timed
 * phase ("Add Wrap-Up" / "Leave Without Wrap-Up"), and its submit sends closeWrapup, never the
 * live chat's publishCimEvent. (The Agent Manager holds its answer, as if it were slow.)
 */
export const remountAfterDeadline: Scenario = scenario({ timerSeconds: 1, transport: { autoRespond: false }, reloadable: true }, async (context) => {
  const { canvas, userEvent } = context;
  const timer = await canvas.findByRole('timer');
  await waitFor(() => expect(timer).toHaveTextContent('0:00 left'));
  await reloadPage(context);
  await expect(await canvas.findByRole('button', { name: 'Add Wrap-Up' })).toBeEnabled();
  await expect(canvas.getByRole('button', { name: 'Leave Without Wrap-Up' })).toBeEnabled();
  await expect(canvas.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
  await expect(canvas.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Add Wrap-Up' }));
  await expect(await canvas.findByText(words.pendingOnline)).toHaveAttribute('role', 'status');
  await expect(sentNames(context)).toEqual(['closeWrapup']);
});

/** The agent picks a code during the chat; then the timed phase starts with `seconds` left: the auto-apply notice shows (nothing sent yet). */
async function noticeBeforeAutoApply(context: Context, seconds: number) {
  const { canvas, userEvent, loaded } = context;
  const setup = setupOf(loaded);
  await userEvent.click(await canvas.findByRole('checkbox', { name: 'Refund issued' }));
  startTimer(setup, seconds);
  const notice = await canvas.findByRole('alert');
  await expect(notice).toHaveTextContent(/^Your wrap-up will be applied automatically in [1-5] seconds\.$/);
  await expect(sentCloseWrapups(setup)).toHaveLength(0);
  await expect(canvas.getByRole('button', { name: 'Add Wrap-Up' })).toBeEnabled();
}

/** A draft with a code, 10 s before expiry: a visible notice that it is applied automatically at 5 s. */
export const autoApplyNotice: Scenario = scenario({}, (context) => noticeBeforeAutoApply(context, 10));

/** The draft is applied by itself 5 s before expiry (closeWrapup, as "Add Wrap-Up" would), after the notice. */
export const autoApply: Scenario = scenario({}, async (context) => {
  const { canvas, loaded } = context;
  await noticeBeforeAutoApply(context, 7);
  // it says it was automatic, not as if the agent had pressed "Add Wrap-Up"
  await expect(await canvas.findByText(words.appliedAutomatically)).toHaveAttribute('role', 'status');
  await expect(sentNames(context)).toEqual(['closeWrapup']);
  await expect(sentCloseWrapups(setupOf(loaded))[0]?.cimEvent?.data.body).toMatchObject({ wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }] });
  await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
});

/** A `beforeEach` for the gate's stories: the "renders nothing" warning is expected, not printed. */
export const expectWarnings = () => {
  const warn = spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => warn.mockRestore();
};

/** A supervisor silently monitoring may not wrap up: nothing is rendered, and development says why. */
export const hiddenForSupervisor: Play = async ({ canvas, canvasElement }) => {
  await waitFor(() => expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/renders nothing \(useWrapUpPanel: allowed is false\): .*SILENT_MONITOR/)));
  await expect(canvas.queryByRole('region')).not.toBeInTheDocument();
  await expect(canvasElement).toBeEmptyDOMElement();
};

/** A customer charged twice: the chat the "Suggested reasons" stories deliver as onCimEvent before the timed phase. */
export const chargedTwiceChat: ChatMessage[] = [
  { from: 'CUSTOMER', text: 'Hi, I was charged twice for my March bill' },
  { from: 'CUSTOMER', text: 'I can see two payments of 49.99 on my card' },
  { from: 'AGENT', text: 'I am sorry about that, let me check your account' },
  { from: 'CUSTOMER', text: 'Can you refund the duplicate charge please?' },
];

/**
 * Suggested reasons, by keyboard: "Duplicate charge reversed" is suggested first (never ticked for
 * the agent), with its words and its key as its description and a polite announcement; ↓ from the
 * search lands on it, 1 adds it, Ctrl+Enter sends it.
 */
export const suggestionByKeyboard: Scenario = scenario({ timerSeconds: 150, chat: chargedTwiceChat }, async ({ canvas, userEvent, loaded }) => {
  const group = await canvas.findByRole('group', { name: 'Suggested' });
  const first = within(group).getAllByRole('checkbox')[0]!;
  await expect(first).toHaveAccessibleName('Duplicate charge reversed');
  await expect(first).toHaveAccessibleDescription(/^From “charged twice”, “duplicate”, “refund”\. Press 1 to add\.$/);
  await expect(first).not.toBeChecked();
  await waitFor(() => expect(canvas.getByText(/^1 suggested reason: Duplicate charge reversed\./)).toHaveAttribute('role', 'status'));
  await userEvent.click(canvas.getByRole('searchbox', { name: 'Search reasons' }));
  await userEvent.keyboard('{ArrowDown}');
  await expect(first).toHaveFocus();
  await userEvent.keyboard('1');
  await expect(first).toBeChecked();
  await expect(canvas.getByText('Selected: 1')).toBeVisible();
  await userEvent.keyboard('{Control>}{Enter}{/Control}');
  await waitFor(() => expect(sentCloseWrapups(setupOf(loaded))).toHaveLength(1));
  await expect(sentCloseWrapups(setupOf(loaded))[0]?.cimEvent?.data.body).toMatchObject({ wrapups: [{ categoryName: 'Billing', value: 'Duplicate charge reversed' }] });
});
