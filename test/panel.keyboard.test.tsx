// The list's keyboard (WAI-ARIA APG: one tab stop, roving focus), the desk-wide `/`, autoFocus, the
// announced number of matches, words after every action, the settled panel and the reporting limits.
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../src/core';
import { largeWrapUpForm } from '../src/simulator/forms';
import { formV1 } from './fixtures/forms';
import { agentContext } from './fixtures/contexts';
import { setup, startTimer } from './panel-setup';
import { createMemoryTransport } from '../src/transport';

const sentClose = (t: ReturnType<typeof createMemoryTransport>) => t.sent.filter((s) => s.name === 'closeWrapup');

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const search = () => screen.getByRole('searchbox', { name: 'Search reasons' });
const list = () => screen.getByRole('group', { name: 'Wrap-Up Codes' });
const box = (name: string) => screen.getByRole('checkbox', { name });
/** The elements Tab stops at inside the list. */
const tabStops = () => Array.from(list().querySelectorAll<HTMLElement>('input, button')).filter((el) => el.tabIndex >= 0 && !(el as HTMLInputElement).disabled);

describe('the list is one tab stop with roving focus', () => {
  it('↓ from the search enters the list; ↓/↑ move; Home/End; ↑ at the top goes back to the search; Space ticks', async () => {
    const user = userEvent.setup();
    setup({ mode: 'live' });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    await user.click(search());
    await user.keyboard('{ArrowDown}');
    expect(box('Refund issued')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(box('Invoice explained')).toHaveFocus();
    await user.keyboard('{ArrowDown}'); // over the "Technical" heading
    expect(box('Password reset')).toHaveFocus();
    await user.keyboard('{End}');
    expect(box('Escalated to L2')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(box('Refund issued')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ }');
    expect(box('Invoice explained')).toBeChecked();
    expect(screen.getByText('Selected: 1')).toBeInTheDocument();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(search()).toHaveFocus();
  });

  it('PageDown and PageUp jump by a page of options, stopping at the ends', async () => {
    const user = userEvent.setup();
    setup({ mode: 'live', form: largeWrapUpForm(60), virtualizeAbove: 1000 });
    const first = (await screen.findAllByRole('checkbox'))[0]!;
    await user.click(search());
    await user.keyboard('{ArrowDown}');
    expect(first).toHaveFocus();
    const options = screen.getAllByRole('checkbox');
    await user.keyboard('{PageDown}');
    const at = options.indexOf(document.activeElement as HTMLInputElement);
    expect(at).toBeGreaterThan(1);
    await user.keyboard('{PageUp}');
    expect(first).toHaveFocus();
    await user.keyboard('{PageUp}');
    expect(first).toHaveFocus();
  });

  it('has exactly one tab stop, which follows focus; the pin stars are not tab stops; Tab leaves the list', async () => {
    const user = userEvent.setup();
    setup({ mode: 'live' });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    expect(tabStops()).toEqual([box('Refund issued')]);
    await user.click(search());
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(tabStops()).toEqual([box('Password reset')]);
    await user.tab(); // out of the list: one Tab, not one per reason and star
    expect(list()).not.toContainElement(document.activeElement as HTMLElement);
    await user.tab({ shift: true }); // back in, on the option it left
    expect(box('Password reset')).toHaveFocus();
    await user.tab({ shift: true });
    expect(search()).toHaveFocus();
    for (const star of screen.getAllByRole('button', { name: /^Pin / })) expect(star).toHaveAttribute('tabindex', '-1');
  });

  it('p pins and unpins the focused reason (the hint says so)', async () => {
    const user = userEvent.setup();
    setup({ mode: 'live' });
    await screen.findByRole('checkbox', { name: 'Escalated to L2' });
    expect(screen.getByText('In the list: ↑ ↓ to move, Space to tick, P to pin.')).toBeInTheDocument();
    expect(list()).toHaveAccessibleDescription('In the list: ↑ ↓ to move, Space to tick, P to pin.');
    await user.click(search());
    await user.keyboard('{ArrowDown}{End}p');
    const pinned = await screen.findByRole('group', { name: 'Pinned' });
    expect(within(pinned).getByRole('checkbox', { name: 'Escalated to L2' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox', { name: 'Escalated to L2' })[1]).toHaveFocus(); // still on the same option
    await user.keyboard('{Home}'); // the pinned copy comes first
    expect(within(pinned).getByRole('checkbox', { name: 'Escalated to L2' })).toHaveFocus();
    await user.keyboard('p');
    expect(screen.queryByRole('group', { name: 'Pinned' })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(box('Escalated to L2')).toHaveFocus()); // focus stays on the reason, in its category
  });

  it('keeps one tab stop when the focused option is filtered out', async () => {
    const user = userEvent.setup();
    setup({ mode: 'live' });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    await user.click(search());
    await user.keyboard('{ArrowDown}{End}');
    await user.click(search());
    await user.keyboard('pass');
    await vi.waitFor(() => expect(tabStops()).toEqual([box('Password reset')]));
  });
});

describe('focus options', () => {
  it('autoFocus focuses the search box on mount (live mode)', async () => {
    setup({ mode: 'live', autoFocus: true });
    await vi.waitFor(() => expect(search()).toHaveFocus());
  });

  it('without globalSlash, "/" outside the panel does nothing; with it, "/" anywhere but a text field focuses the search', async () => {
    const outside = document.body.appendChild(document.createElement('button'));
    const field = document.body.appendChild(document.createElement('input'));
    try {
      const { rerenderPanel } = setup({ mode: 'live' });
      await screen.findByRole('checkbox', { name: 'Refund issued' });
      outside.focus();
      fireEvent.keyDown(outside, { key: '/' });
      expect(outside).toHaveFocus();
      rerenderPanel({ mode: 'live', globalSlash: true });
      fireEvent.keyDown(outside, { key: '/' });
      expect(search()).toHaveFocus();
      field.focus();
      expect(fireEvent.keyDown(field, { key: '/' })).toBe(true); // typed, not taken
      expect(field).toHaveFocus();
    } finally {
      outside.remove();
      field.remove();
    }
  });
});

describe('the number of matches is announced', () => {
  it('politely, once typing pauses, and not for an empty query', async () => {
    setup({ mode: 'live' });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    // the polite live region next to the search box
    const live = screen.getAllByRole('status').find((el) => el.parentElement?.querySelector('input[type="search"]'))!;
    expect(live).toHaveTextContent('');
    vi.useFakeTimers();
    const type = (value: string) => fireEvent.change(search(), { target: { value } }); // synchronous: no real timers needed
    type('r');
    act(() => {
      vi.advanceTimersByTime(300);
    });
    type('re');
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(live).toHaveTextContent(''); // not while typing
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(live).toHaveTextContent('2 reasons match.');
    type('ref');
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(live).toHaveTextContent('2 reasons match.'); // the old count until the pause
    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(live).toHaveTextContent('1 reason matches.');
    type('refzz');
    act(() => {
      vi.advanceTimersByTime(700);
    });
    expect(live).toHaveTextContent('No reasons match.');
    type('');
    act(() => {
      vi.advanceTimersByTime(700);
    });
    expect(live).toHaveTextContent('');
  });
});

describe('words after every action', () => {
  it('"Leave Without Wrap-Up" clears the stale "Choose a reason" error', async () => {
    const user = userEvent.setup();
    const { transport } = setup();
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport));
    await user.click(await screen.findByRole('button', { name: 'Add Wrap-Up' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a reason or write a note first.');
    await user.click(screen.getByRole('button', { name: 'Leave Without Wrap-Up' }));
    expect(await screen.findByText('No wrap-ups added, you have successfully left the conversation.')).toHaveAttribute('role', 'status');
    expect(screen.queryByText('Choose a reason or write a note first.')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('an error of a submit still being validated does not come back after "Leave Without Wrap-Up" (a bug: it did)', async () => {
    const transport = createMemoryTransport({ autoRespond: false });
    setup({ transport });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport));
    fireEvent.click(await screen.findByRole('button', { name: 'Add Wrap-Up' })); // Ctrl+Enter or a click…
    fireEvent.click(screen.getByRole('button', { name: 'Leave Without Wrap-Up' })); // …then at once "Leave"
    expect(await screen.findByText('Sent. Waiting for the Agent Manager to confirm…')).toHaveAttribute('role', 'status');
    await act(() => Promise.resolve());
    expect(screen.queryByText('Choose a reason or write a note first.')).not.toBeInTheDocument();
    expect(sentClose(transport)[0]!.payload.cimEvent).toBeNull();
  });

  it('an automatic apply says it was automatic, and the settled panel shows what was sent without controls', async () => {
    const user = userEvent.setup();
    const { transport } = setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Refund sent');
    act(() => startTimer(transport, 4)); // inside the auto-apply window: applied at once
    expect(await screen.findByText('Your wrap-up was applied automatically before the time ran out.')).toHaveAttribute('role', 'status');
    const region = screen.getByRole('region', { name: 'Wrap-up' });
    expect(within(region).getByRole('list', { name: 'Sent' })).toHaveTextContent('Billing › Refund issued');
    expect(within(region).getByText('Refund sent')).toBeInTheDocument();
    expect(within(region).queryAllByRole('button')).toEqual([]);
    expect(within(region).queryByRole('searchbox')).not.toBeInTheDocument();
    expect(within(region).queryByRole('timer')).not.toBeInTheDocument();
  });

  it('a transfer and an unknown reason: plain words, the next step, the raw reason kept for developers', async () => {
    const { transport } = setup();
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport));
    act(() => transport.receive('topicUnsubscription', { task: 'topicUnsubscription', conversationId: 'conv-1', statusCode: 200, reason: 'CHAT TRANSFERRED' }));
    const said = await screen.findByText('The chat was transferred to another agent. No wrap-up is needed from you.');
    expect(said).toHaveAttribute('data-reason', 'CHAT TRANSFERRED');
    expect(said).toHaveAttribute('role', 'status'); // polite: nothing to do in a hurry
    expect(screen.queryByText(/CHAT TRANSFERRED/)).toHaveTextContent('CHAT TRANSFERRED'); // in "Details", collapsed
    expect(screen.getByText('Details').closest('details')).not.toHaveAttribute('open');
  });
});

describe('limits where the words end up (Expertflow reporting: 350 for a note, 50 for a label)', () => {
  it('the counter warns past the reporting limit (default 350), configurable and off with false', async () => {
    const user = userEvent.setup();
    const { rerenderPanel } = setup({ mode: 'live' });
    const note = await screen.findByRole('textbox', { name: 'Notes' });
    await user.click(note);
    await user.paste('x'.repeat(350));
    expect(note).toHaveAccessibleDescription('350 / 2000 characters');
    await user.type(note, 'y');
    expect(note).toHaveAccessibleDescription('351 / 2000 characters Reports keep only the first 350 characters of a note.');
    rerenderPanel({ mode: 'live', noteReportLimit: 400 });
    expect(note).toHaveAccessibleDescription('351 / 2000 characters');
    rerenderPanel({ mode: 'live', noteReportLimit: false });
    expect(note).toHaveAccessibleDescription('351 / 2000 characters');
  });

  it('warns in development, once per form, about labels longer than 50 characters', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const long = structuredClone(formV1);
    long.attributes[0]!.categoryOptions.categories[0]!.values.push('A reason label that is much longer than fifty characters');
    const storage = createMemoryStorage();
    const first = setup({ form: long, storage, mode: 'live' });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    first.unmount();
    setup({ form: long, storage, mode: 'live', context: agentContext({ conversationId: 'other' }) });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    const calls = warn.mock.calls.filter(([m]) => String(m).includes('wrapup_detail'));
    expect(calls).toHaveLength(1);
    expect(String(calls[0]![0])).toMatch(/1 wrap-up label\(s\) are longer than the 50 characters .* reason "A reason label that is much longer than fifty characters"/);
  });
});

describe('focus when the timed phase opens', () => {
  it('does not take focus from a text field the agent is typing in elsewhere (the desk\'s chat box)', async () => {
    const user = userEvent.setup();
    const chat = document.createElement('textarea');
    chat.setAttribute('aria-label', 'Chat message');
    document.body.append(chat);
    try {
      const { transport } = setup();
      await screen.findByRole('checkbox', { name: 'Refund issued' });
      await user.click(chat);
      await user.keyboard('hello');
      act(() => startTimer(transport));
      await user.keyboard(' there');
      expect(chat).toHaveValue('hello there');
      expect(chat).toHaveFocus();
      expect(search()).toHaveValue('');
    } finally {
      chat.remove();
    }
  });
});

describe('focus is never lost to the page', () => {
  it('removing a chip moves focus to the chip that takes its place, and the last one to the search', async () => {
    const user = userEvent.setup();
    setup({ mode: 'live' });
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    await user.click(box('Invoice explained'));
    const remove = (name: string) => screen.getByRole('button', { name: `Remove ${name}` });
    remove('Refund issued').focus();
    await user.keyboard('{Enter}');
    expect(remove('Invoice explained')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(search()).toHaveFocus();
  });

  it('a lock while focus was in the panel moves it to the status line, which says what happens', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ mode: 'live' });
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await vi.waitFor(() => expect(transport.sent).toHaveLength(1));
    const status = await screen.findByText(/successfully applied/);
    await vi.waitFor(() => expect(status).toHaveFocus());
  });

  it('"Submit anyway" sends and puts focus on the status line; "Edit note" puts it in the note', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ mode: 'live' });
    const note = await screen.findByRole('textbox', { name: 'Notes' });
    await user.type(note, 'Card 4111 1111 1111 1111');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await user.click(await screen.findByRole('button', { name: 'Edit note' }));
    expect(note).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await user.click(await screen.findByRole('button', { name: 'Submit anyway' }));
    await vi.waitFor(() => expect(transport.sent).toHaveLength(1));
    await vi.waitFor(() => expect(screen.getByText(/successfully applied/)).toHaveFocus());
  });
});
