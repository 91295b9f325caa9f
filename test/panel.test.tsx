import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../src/core';
import { largeWrapUpForm } from '../src/simulator/forms';
import { createMemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';
import { formV1 } from './fixtures/forms';
import { ar, ur } from '../src/locales';
import { en } from '../src/react';
import { axeViolations, setup, startTimer } from './panel-setup';

afterEach(() => {
  vi.useRealTimers();
});

const region = () => screen.getByRole('region', { name: 'Wrap-up' });
const sentClose = (t: ReturnType<typeof createMemoryTransport>) => t.sent.filter((s) => s.name === 'closeWrapup');

describe('reasons', () => {
  it('shows each category as a group with a checkbox per reason', async () => {
    setup();
    const billing = await screen.findByRole('group', { name: 'Billing' });
    expect(within(billing).getAllByRole('checkbox').map((c) => c.getAttribute('id') && ((c as HTMLInputElement).labels?.[0]?.textContent ?? ''))).toEqual(['Refund issued', 'Invoice explained']);
    expect(screen.getByRole('group', { name: 'Technical' })).toBeInTheDocument();
  });

  it('shows radios when the form is single-choice', async () => {
    const single = structuredClone(formV1);
    single.attributes[0]!.categoryOptions.isMultipleChoice = false;
    const user = userEvent.setup();
    setup({ form: single });
    const refund = await screen.findByRole('radio', { name: 'Refund issued' });
    await user.click(refund);
    await user.click(screen.getByRole('radio', { name: 'Password reset' }));
    expect(screen.getByText('Selected: 1')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Password reset' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Refund issued' })).not.toBeChecked();
  });

  it('loading, then a failure with a working retry', async () => {
    let calls = 0;
    const user = userEvent.setup();
    setup({
      provider: {
        reasons: {
          key: 'flaky',
          retry: 0,
          load: () => (++calls === 1 ? Promise.reject(new Error('Unified Admin answered 503.')) : Promise.resolve(formV1)),
        },
      },
    });
    expect(screen.getByText('Loading wrap-up reasons…')).toHaveAttribute('role', 'status');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Wrap-up reasons could not be loaded. Unified Admin answered 503.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('checkbox', { name: 'Refund issued' })).toBeInTheDocument();
  });

  it('an empty form says so, and a note alone can still be applied', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ form: { ...formV1, attributes: [{ ...formV1.attributes[0], categoryOptions: { isMultipleChoice: true, categories: [] } }] }, mode: 'live' });
    expect(await screen.findByText(/No wrap-up reasons are set up/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Customer will call back');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
    expect(transport.sent[0]).toMatchObject({ name: 'publishCimEvent', payload: { cimEvent: { data: { body: { wrapups: [], note: 'Customer will call back' } } } } });
  });
});

describe('search', () => {
  it('filters across all reasons by reason and by "Category › Reason", Enter toggles the first hit, Escape clears', async () => {
    const user = userEvent.setup();
    setup();
    const search = await screen.findByRole('searchbox', { name: 'Search reasons' });
    await user.type(search, 'technical reset');
    expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Password reset']);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('checkbox', { name: 'Password reset' })).toBeChecked();
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    setup();
    await user.type(await screen.findByRole('searchbox', { name: 'Search reasons' }), 'zzz');
    expect(screen.getByText('No reasons match “zzz”.')).toBeInTheDocument();
  });
});

describe('selection', () => {
  it('chips show what is selected and remove it', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    await user.click(screen.getByRole('checkbox', { name: 'Password reset' }));
    const chips = screen.getByRole('list', { name: 'Selected reasons' });
    expect(within(chips).getAllByRole('listitem').map((li) => li.textContent?.replace('×', ''))).toEqual(['Billing › Refund issued', 'Technical › Password reset']);
    expect(screen.getByText('Selected: 2')).toBeInTheDocument();
    await user.click(within(chips).getByRole('button', { name: 'Remove Refund issued' }));
    expect(screen.getByRole('checkbox', { name: 'Refund issued' })).not.toBeChecked();
    expect(screen.getByText('Selected: 1')).toBeInTheDocument();
  });

  it('stops at 5 codes and says why', async () => {
    const user = userEvent.setup();
    setup({ form: largeWrapUpForm(12, 1) });
    const boxes = await screen.findAllByRole('checkbox');
    for (const box of boxes.slice(0, 5)) await user.click(box);
    expect(screen.getByText('Selected: 5')).toBeInTheDocument();
    expect(boxes[5]).toBeDisabled();
    expect(screen.getByText('You can choose up to 5 reasons. Remove one to pick another.')).toBeInTheDocument();
  });

  it('pins a reason and shows it first, per agent', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const { unmount } = setup({ storage });
    await user.click(await screen.findByRole('button', { name: 'Pin Escalated to L2' }));
    unmount();
    setup({ storage });
    const pinned = await screen.findByRole('group', { name: 'Pinned' });
    expect(within(pinned).getByRole('checkbox', { name: 'Escalated to L2' })).toBeInTheDocument();
    expect(within(pinned).getByRole('button', { name: 'Unpin Escalated to L2' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('notes', () => {
  it('counts characters and blocks submit over the limit without cutting the text', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ noteMaxLength: 10, mode: 'live' });
    const note = await screen.findByRole('textbox', { name: 'Notes' });
    await user.type(note, 'abcdefghijkl');
    expect(note).toHaveValue('abcdefghijkl');
    expect(screen.getByText('12 / 10 characters')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The note is 2 characters too long.');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(transport.sent).toHaveLength(0);
  });

  it('warns about a card number, e-mail or phone before submit; the agent may submit anyway', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ mode: 'live' });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Card 4111 1111 1111 1111, mail jane@example.com');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('The note looks like it contains a card number and an e-mail address.');
    expect(transport.sent).toHaveLength(0);
    await user.click(within(warning).getByRole('button', { name: 'Submit anyway' }));
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
    expect(transport.sent).toHaveLength(1);
  });

  it('asks for a code or a note when both are empty', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ mode: 'live' });
    await user.click(await screen.findByRole('button', { name: 'Apply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a reason or write a note first.');
    expect(transport.sent).toHaveLength(0);
  });
});

describe('modes and outcomes', () => {
  it('live chat: Apply sends publishCimEvent and shows the outcome; Cancel keeps the draft', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const { transport } = setup({ onCancel });
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('The wrap-up(s) you added are successfully applied to the conversation.')).toBeInTheDocument();
    expect(transport.sent.map((s) => s.name)).toEqual(['publishCimEvent']);
    expect(region()).toHaveAttribute('data-state', 'applied');
  });

  it('timed phase: Leave Without Wrap-Up sends closeWrapup with cimEvent null', async () => {
    const user = userEvent.setup();
    const { transport } = setup();
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport));
    await user.click(await screen.findByRole('button', { name: 'Leave Without Wrap-Up' }));
    expect(await screen.findByText('No wrap-ups added, you have successfully left the conversation.')).toBeInTheDocument();
    expect(sentClose(transport)[0]!.payload.cimEvent).toBeNull();
  });

  it('a full wrap-up by keyboard alone', async () => {
    const user = userEvent.setup();
    const { transport } = setup();
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport));
    const search = screen.getByRole('searchbox', { name: 'Search reasons' });
    await vi.waitFor(() => expect(search).toHaveFocus()); // focus moves in when the timed phase opens
    await user.keyboard('refund{Enter}');
    await user.keyboard('{Escape}');
    await user.keyboard('password{Enter}{Escape}');
    // Tab to the notes: past the list and the chips
    const note = screen.getByRole('textbox', { name: 'Notes' });
    while (document.activeElement !== note) await user.tab();
    await user.keyboard('Reset done, refund sent/');
    expect(note).toHaveValue('Reset done, refund sent/'); // in a text field "/" is just a character
    await user.keyboard('{Backspace}');
    await user.tab(); // out of the note, to the buttons
    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(note).toHaveValue('Reset done, refund sent');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('The wrap-up(s) you added are successfully applied to the conversation.')).toBeInTheDocument();
    expect(sentClose(transport)[0]!.payload.cimEvent!.data.body).toEqual({
      type: 'WRAPUP',
      markdownText: '',
      wrapups: [
        { categoryName: 'Billing', value: 'Refund issued' },
        { categoryName: 'Technical', value: 'Password reset' },
      ],
      note: 'Reset done, refund sent',
    });
  });

  it('offline: says the wrap-up is saved and will be sent, then shows the answer once back', async () => {
    const user = userEvent.setup();
    const transport = createMemoryTransport({ connected: false });
    setup({ transport, mode: 'live' });
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Your wrap-up is saved and will be sent when the connection is back.')).toBeInTheDocument();
    expect(region()).toHaveAttribute('data-state', 'pending');
    act(() => transport.setConnected(true));
    expect(await screen.findByText(/successfully applied/)).toBeInTheDocument();
  });

  it('expiry decided by the server shows "expired"', async () => {
    const { transport } = setup();
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport));
    act(() => transport.receive('topicUnsubscription', { conversationId: 'conv-1', reason: 'wrap Up Timer Expired' }));
    expect(await screen.findByText('Wrap-up time expired, you are removed from the conversation.')).toBeInTheDocument();
  });

  it('is hidden for a supervisor, saying why in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { container } = setup({ context: agentContext({ role: 'SILENT_MONITOR' }) });
    expect(container).toBeEmptyDOMElement();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/renders nothing \(useWrapUpPanel: allowed is false\): .*SILENT_MONITOR/)));
    warn.mockRestore();
  });
});

describe('never losing the agent’s work', () => {
  it('restores codes and note after a remount (e.g. a reload)', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const first = setup({ storage });
    await user.click(await screen.findByRole('checkbox', { name: 'Invoice explained' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'half-written note');
    first.unmount();
    setup({ storage });
    expect(await screen.findByRole('checkbox', { name: 'Invoice explained' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('half-written note');
  });

  it('keeps a draft per conversation', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const a = setup({ storage, context: agentContext({ conversationId: 'a' }) });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'note for a');
    a.unmount();
    const b = setup({ storage, context: agentContext({ conversationId: 'b' }) });
    expect(await screen.findByRole('textbox', { name: 'Notes' })).toHaveValue('');
    b.unmount();
    setup({ storage, context: agentContext({ conversationId: 'a' }) });
    expect(await screen.findByRole('textbox', { name: 'Notes' })).toHaveValue('note for a');
  });
});

describe('the countdown', () => {
  it('shows the time left and announces 60, 30 and 10 seconds, not every second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true });
    const { transport } = setup({ autoApplySeconds: false });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport, 90));
    expect(screen.getByRole('timer')).toHaveTextContent('1:30 left');
    const live = () => within(region()).getAllByRole('status')[0]!.textContent;
    expect(live()).toBe('');
    act(() => void vi.advanceTimersByTime(30_000));
    expect(live()).toBe('60 seconds left to wrap up.');
    act(() => void vi.advanceTimersByTime(15_000));
    expect(live()).toBe('60 seconds left to wrap up.');
    act(() => void vi.advanceTimersByTime(15_000));
    expect(live()).toBe('30 seconds left to wrap up.');
    act(() => void vi.advanceTimersByTime(20_000));
    expect(live()).toBe('10 seconds left to wrap up.');
    expect(region()).toHaveAttribute('data-urgency', 'critical');
  });

  it('applies a draft automatically shortly before expiry, after a visible notice', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    const { transport } = setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    act(() => startTimer(transport, 20));
    act(() => void vi.advanceTimersByTime(9_000)); // 11 s left
    expect(screen.queryByText(/applied automatically/)).not.toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(2_000)); // 9 s left: notice
    expect(screen.getByText(/will be applied automatically in 4 seconds/)).toBeInTheDocument();
    expect(sentClose(transport)).toHaveLength(0);
    act(() => void vi.advanceTimersByTime(4_000)); // 5 s left: applied
    await vi.waitFor(() => expect(sentClose(transport)).toHaveLength(1));
    expect(sentClose(transport)[0]!.payload.cimEvent!.data.body).toMatchObject({ wrapups: [{ value: 'Refund issued' }] });
  });

  it('survives a remount: the countdown comes from the stored deadline', async () => {
    const storage = createMemoryStorage();
    const transport = createMemoryTransport();
    const first = setup({ storage, transport });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    act(() => startTimer(transport, 120));
    first.unmount();
    setup({ storage, transport });
    expect(await screen.findByRole('timer')).toHaveTextContent(/^(2:00|1:59) left$/);
    expect(screen.getByRole('button', { name: 'Add Wrap-Up' })).toBeInTheDocument();
  });
});

describe('10,000 reasons', () => {
  it('renders a window of rows and still finds any reason', async () => {
    const user = userEvent.setup();
    setup({ form: largeWrapUpForm(10_000, 20) });
    await screen.findAllByRole('checkbox');
    expect(screen.getAllByRole('checkbox').length).toBeLessThan(60);
    const last = largeWrapUpForm(10_000, 20).attributes[0]!.categoryOptions.categories.at(-1)!;
    const target = last.values.at(-1)!;
    await user.type(screen.getByRole('searchbox', { name: 'Search reasons' }), target);
    const box = await screen.findByRole('checkbox', { name: target });
    expect(box).toHaveAccessibleDescription(last.categoryName);
    await user.keyboard('{Enter}');
    expect(box).toBeChecked();
  });
});

describe('accessibility (axe)', () => {
  it.each([
    ['en', en],
    ['ar', ar],
    ['ur', ur],
  ] as const)('no violations in %s, idle and with a selection and warning', async (lang, messages) => {
    const user = userEvent.setup();
    const { container, transport } = setup({ messages });
    await screen.findAllByRole('checkbox');
    expect(screen.getByRole('region')).toHaveAttribute('dir', lang === 'en' ? 'ltr' : 'rtl');
    expect(await axeViolations(container)).toEqual([]);
    act(() => startTimer(transport));
    await user.click(screen.getAllByRole('checkbox')[0]!);
    await user.type(screen.getByRole('textbox'), 'mail jane@example.com');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('alert');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('no violations with 10,000 reasons (virtualised)', async () => {
    const { container } = setup({ form: largeWrapUpForm(10_000, 20) });
    await screen.findAllByRole('checkbox');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('hooks outside the provider', () => {
  it('say how to fix it', async () => {
    const { render } = await import('@testing-library/react');
    const { WrapUpPanel } = await import('../src/react');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<WrapUpPanel context={agentContext()} />)).toThrow(/WrapUpPanel must be used inside <WrapUpProvider transport=\{…\}>/);
    spy.mockRestore();
  });
});
