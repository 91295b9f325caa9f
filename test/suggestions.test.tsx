// Suggested reasons in the React layer (issue 15): the "Suggested" group by keyboard and by screen
// reader, the limit, preselection (opt-in only), learning on applied, the ledger and stats, a desk's
// own `suggest`, and suggestions ready before the timed phase, from customer messages as onCimEvent.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPublishWrapup, createMemoryStorage } from '../src/core';
import { ar } from '../src/locales';
import { useSuggestionStats, useWrapUpSuggestions, WrapUpPanel, WrapUpProvider, type SuggestionFeedback } from '../src/react';
import { createMemoryTransport, type MemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';
import { formV1 } from './fixtures/forms';
import { axeViolations, setup, startTimer } from './panel-setup';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A chat message as the Agent Manager delivers it: onCimEvent, the CimEvent as a JSON string. */
let n = 0;
function chat(t: MemoryTransport, text: string, { sender = 'CUSTOMER', conversationId = 'conv-1' } = {}) {
  const cimEvent = structuredClone(buildPublishWrapup(agentContext({ conversationId }), { wrapups: [], note: 'x' }).cimEvent);
  const data = cimEvent.data as unknown as { id: string; header: { sender: { type: string } }; body: unknown };
  const id = `msg-${++n}`;
  cimEvent.id = id;
  data.id = id;
  data.header.sender.type = sender;
  data.body = { type: 'PLAIN', markdownText: text };
  act(() => t.receive('onCimEvent', { conversationId, cimEvent: JSON.stringify(cimEvent) }));
}

/** A multi-choice form with more reasons than the 5-code limit. */
const wideForm = {
  ...formV1,
  attributes: [
    {
      ...formV1.attributes[0]!,
      categoryOptions: {
        isMultipleChoice: true,
        categories: [
          { categoryName: 'Billing', values: ['Refund issued', 'Invoice explained', 'Payment method updated', 'Plan changed', 'Discount applied', 'Late fee waived'] },
          { categoryName: 'Technical', values: ['Password reset', 'Escalated to L2'] },
        ],
      },
    },
  ],
};

const suggested = () => screen.getByRole('group', { name: 'Suggested' });
const suggestedBoxes = () => within(suggested()).getAllByRole<HTMLInputElement>('checkbox');
/** The reasons the "Suggested" group shows, in order. */
const suggestedNames = () => suggestedBoxes().map((b) => b.labels?.[0]?.textContent ?? '');
const search = () => screen.getByRole('searchbox', { name: 'Search reasons' });
const refundTalk = 'I was charged twice this month and I want a refund, please give my money back';

describe('the "Suggested" group', () => {
  it('is ready before the timed phase opens, from customer messages delivered as onCimEvent', async () => {
    const { transport } = setup();
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    expect(screen.queryByRole('group', { name: 'Suggested' })).not.toBeInTheDocument();
    chat(transport, refundTalk);
    chat(transport, 'Let me check the charges on your account', { sender: 'AGENT' });
    await waitFor(() => expect(suggestedBoxes()[0]).toHaveAccessibleName('Refund issued'));
    // the chat ends: the timed phase opens with the suggestions already there, in its first render
    act(() => startTimer(transport));
    expect(screen.getByRole('button', { name: 'Add Wrap-Up' })).toBeInTheDocument();
    expect(suggestedBoxes()[0]).toHaveAccessibleName('Refund issued');
    expect(suggestedBoxes().length).toBeLessThanOrEqual(3);
  });

  it('a panel opened only at the timed phase shows suggestions computed during the chat by a desk hook', async () => {
    const transport = createMemoryTransport();
    const storage = createMemoryStorage();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    function ChatSide() {
      const { suggestions } = useWrapUpSuggestions('conv-1');
      return <p data-testid="chat-side">{suggestions.map((s) => s.value).join(', ')}</p>;
    }
    const ui = (panel: boolean) => (
      <QueryClientProvider client={client}>
        <WrapUpProvider transport={transport} storage={storage} reasons={{ form: formV1 }}>
          <ChatSide />
          {panel && <WrapUpPanel context={agentContext()} />}
        </WrapUpProvider>
      </QueryClientProvider>
    );
    const view = render(ui(false));
    chat(transport, refundTalk);
    await waitFor(() => expect(screen.getByTestId('chat-side')).toHaveTextContent('Refund issued'));
    act(() => startTimer(transport));
    view.rerender(ui(true));
    // no wait: the group is in the panel's first render
    expect(suggestedBoxes()[0]).toHaveAccessibleName('Refund issued');
  });

  it('by keyboard: ↓ from the search lands on the first suggestion; 1 accepts it (not while typing in the search); Space toggles', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ mode: 'timed' });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(transport, refundTalk);
    await waitFor(() => expect(suggestedBoxes()[0]).toHaveAccessibleName('Refund issued'));
    await user.click(search());
    await user.keyboard('1');
    expect(search()).toHaveValue('1'); // typed, not a shortcut
    expect(screen.queryByRole('group', { name: 'Suggested' })).not.toBeInTheDocument(); // while searching: the matches only
    await user.keyboard('{Escape}{ArrowDown}');
    expect(suggestedBoxes()[0]).toHaveFocus();
    await user.keyboard('1');
    expect(suggestedBoxes()[0]).toBeChecked();
    expect(screen.getByText('Selected: 1')).toBeInTheDocument();
    await user.keyboard('1'); // accepting again never removes it
    expect(suggestedBoxes()[0]).toBeChecked();
    await user.keyboard(' ');
    expect(suggestedBoxes()[0]).not.toBeChecked();
    expect(screen.getByText('Selected: 0')).toBeInTheDocument();
  });

  it('by screen reader: each suggestion is described by its words and its key; announced politely once', async () => {
    const { transport } = setup({ mode: 'timed' });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(transport, refundTalk);
    await waitFor(() => expect(suggestedBoxes()[0]).toHaveAccessibleName('Refund issued'));
    expect(suggestedBoxes()[0]).toHaveAccessibleDescription(/^From “.*refund.*”\. Press 1 to add\.$/i);
    const status = await screen.findByText(/suggested reasons?: Refund issued/);
    expect(status).toHaveAttribute('role', 'status');
    const first = status.textContent;
    chat(transport, 'also my invoice is wrong, explain the invoice please');
    await new Promise((r) => setTimeout(r, 200));
    expect(status.textContent).toBe(first); // not announced again
  });

  it('is axe-clean, left to right and right to left (Arabic)', async () => {
    const ltr = setup({ mode: 'timed' });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(ltr.transport, refundTalk);
    await waitFor(() => expect(suggestedBoxes().length).toBeGreaterThan(0));
    expect(await axeViolations(ltr.container)).toEqual([]);
    ltr.unmount();

    const rtl = setup({ mode: 'timed', provider: { messages: ar } });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(rtl.transport, 'أريد استرداد المبلغ، تم خصم المال مرتين refund');
    const group = await screen.findByRole('group', { name: 'مقترحة' });
    expect(within(group).getAllByRole('checkbox')[0]).toHaveAccessibleDescription(/اضغط 1 للإضافة/);
    expect(screen.getByRole('region', { name: 'إنهاء المحادثة' })).toHaveAttribute('dir', 'rtl');
    expect(await axeViolations(rtl.container)).toEqual([]);
  });

  it('accepting follows the 5-code limit', async () => {
    const user = userEvent.setup();
    const { transport } = setup({ mode: 'timed', form: wideForm });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(transport, refundTalk);
    await waitFor(() => expect(suggestedBoxes()[0]).toHaveAccessibleName('Refund issued'));
    const billing = screen.getByRole('group', { name: 'Billing' });
    for (const name of ['Invoice explained', 'Payment method updated', 'Plan changed', 'Discount applied', 'Late fee waived']) {
      await user.click(within(billing).getByRole('checkbox', { name }));
    }
    expect(screen.getByText('Selected: 5')).toBeInTheDocument();
    expect(suggestedBoxes()[0]).toBeDisabled();
    await user.click(screen.getByRole('group', { name: 'Wrap-Up Codes' }));
    within(billing).getByRole('checkbox', { name: 'Late fee waived' }).focus();
    await user.keyboard('1');
    expect(suggestedBoxes()[0]).not.toBeChecked();
    expect(screen.getByText('Selected: 5')).toBeInTheDocument();
  });

  it('is never ticked by default, nor sent: the timed phase runs out with nothing applied for the agent', async () => {
    const { transport } = setup({ mode: 'timed' });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(transport, refundTalk);
    await waitFor(() => expect(suggestedBoxes()[0]).toHaveAccessibleName('Refund issued'));
    expect(suggestedBoxes()[0]).not.toBeChecked();
    expect(screen.getByText('Selected: 0')).toBeInTheDocument();
    expect(transport.sent.filter((s) => s.name === 'closeWrapup')).toEqual([]);
  });

  it('with preselectAbove (opt-in), confident suggestions are ticked, but never applied automatically unless the agent touched them', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { transport } = setup({ provider: { suggestions: { preselectAbove: 0.2 } } });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(transport, refundTalk);
    await waitFor(() => expect(suggestedBoxes()[0]).toBeChecked());
    expect(screen.getAllByRole('checkbox', { name: 'Refund issued', checked: true })).toHaveLength(2); // in the group and in its category
    act(() => startTimer(transport, 8));
    await act(async () => void vi.advanceTimersByTime(7_000));
    expect(transport.sent.filter((s) => s.name === 'closeWrapup')).toEqual([]);
    expect(screen.queryByText(/applied automatically/)).not.toBeInTheDocument();
  });

  it('suggestions={false} turns them off', async () => {
    const { transport } = setup({ mode: 'timed', provider: { suggestions: false } });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(transport, refundTalk);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('group', { name: 'Suggested' })).not.toBeInTheDocument();
  });
});

describe('a desk\'s own suggest (a server, an LLM)', () => {
  it('is called with the conversation, its transcript and the form; its results are shown the same way (unknown reasons left out)', async () => {
    const suggest = vi.fn(async () => [
      { categoryName: 'Technical', value: 'Password reset', score: 0.9, because: ['login'] },
      { categoryName: 'Nope', value: 'Not in the form', score: 0.8, because: [] },
    ]);
    const { transport } = setup({ mode: 'timed', provider: { suggestions: { suggest } } });
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(transport, 'I cannot login');
    await waitFor(() => expect(suggestedNames()).toEqual(['Password reset']));
    expect(suggestedBoxes()[0]).toHaveAccessibleDescription('From “login”. Press 1 to add.');
    expect(suggest).toHaveBeenCalledWith(expect.objectContaining({ conversationId: 'conv-1', transcript: [{ from: 'customer', text: 'I cannot login' }], form: expect.objectContaining({ multiple: true }) }));
  });
});

/** Applies the wrap-up (timed phase) and waits for the answer. */
async function applyWrapUp(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Add Wrap-Up' }));
  await screen.findByText(/successfully applied/);
}

describe('learning, the ledger and stats', () => {
  /** A model that learned a few ordinary wrap-ups (learned evidence is relative to what else was learned). */
  async function sharedModel(extra: Array<[string, string]> = []) {
    const { createReasonSuggester, normalizeWrapUpForm } = await import('../src/core');
    const s = createReasonSuggester(normalizeWrapUpForm(formV1));
    const learn = (text: string, categoryName: string, value: string) => s.learn([{ from: 'customer', text }], [{ categoryName, value }]);
    for (let i = 0; i < 4; i++) {
      learn('I want a refund of my money', 'Billing', 'Refund issued');
      learn('my password does not work', 'Technical', 'Password reset');
      learn('explain the bill to me', 'Billing', 'Invoice explained');
    }
    for (const [text, value] of extra) learn(text, 'Technical', value);
    return s.export();
  }
  const flux = 'the flux capacitor on my hoverboard is sparkling again';

  it('an applied wrap-up trains the agent\'s model (persisted, bounded) and changes the next suggestions', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const transport = createMemoryTransport();
    const model = await sharedModel();
    for (let i = 1; i <= 2; i++) {
      const conversationId = `learn-${i}`;
      const view = setup({ transport, storage, context: agentContext({ conversationId }), mode: 'timed', provider: { suggestions: { model } } });
      await screen.findByRole('group', { name: 'Technical' });
      chat(transport, flux, { conversationId });
      if (i === 2) {
        // learned: the next conversation about it gets it suggested
        await waitFor(() => expect(suggestedBoxes()[0]).toHaveAccessibleName('Escalated to L2'));
        expect(suggestedBoxes()[0]).toHaveAccessibleDescription(/flux/);
        break;
      }
      if (i === 1) {
        await new Promise((r) => setTimeout(r, 30));
        expect(screen.queryByRole('group', { name: 'Suggested' })).not.toBeInTheDocument(); // nothing confident yet
      }
      act(() => startTimer(transport, 60, conversationId));
      await user.click(within(screen.getByRole('group', { name: 'Technical' })).getByRole('checkbox', { name: 'Escalated to L2' }));
      await applyWrapUp(user);
      await waitFor(() => expect(storage.getItem('agent-desk-wrapup:suggest:model')).toContain('hoverboard'.slice(0, 5)));
      view.unmount();
    }
    expect(storage.getItem('agent-desk-wrapup:suggest:model')!.length).toBeLessThanOrEqual(200_000);
  }, 30_000);

  it('a shared model given to the provider is where a new agent starts', async () => {
    const model = await sharedModel([[flux, 'Escalated to L2']]);
    const { transport } = setup({ mode: 'timed', provider: { suggestions: { model } } });
    await screen.findByRole('checkbox', { name: 'Escalated to L2' });
    chat(transport, 'my flux capacitor is sparkling');
    await waitFor(() => expect(suggestedBoxes()[0]).toHaveAccessibleName('Escalated to L2'));
  });

  it('records what was shown, accepted (with rank) and ignored; stats give accept rates; onFeedback gets it; the payload carries nothing extra', async () => {
    const user = userEvent.setup();
    const feedback: SuggestionFeedback[] = [];
    const onFeedback = (f: SuggestionFeedback) => void feedback.push(f);
    function Stats() {
      const stats = useSuggestionStats();
      return <p data-testid="stats">{`${stats.conversations} ${stats.shown} ${stats.accepted} ${Math.round(stats.acceptRate * 100)}%`}</p>;
    }
    const transport = createMemoryTransport();
    const storage = createMemoryStorage();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <StrictMode>
        <QueryClientProvider client={client}>
          <WrapUpProvider transport={transport} storage={storage} reasons={{ form: formV1 }} suggestions={{ onFeedback }}>
            <WrapUpPanel context={agentContext()} mode="timed" />
            <Stats />
          </WrapUpProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
    await screen.findByRole('checkbox', { name: 'Refund issued' });
    chat(transport, `${refundTalk}. Also the invoice is confusing, explain the invoice`);
    await waitFor(() => expect(suggestedBoxes().length).toBeGreaterThanOrEqual(2));
    const shownNames = suggestedNames();
    act(() => startTimer(transport));
    await user.click(suggestedBoxes()[0]!); // accepted, rank 1
    await applyWrapUp(user);
    await waitFor(() => expect(feedback).toHaveLength(1));
    const f = feedback[0]!;
    expect(f).toMatchObject({ conversationId: 'conv-1', status: 'applied', source: 'device', accepted: [{ categoryName: 'Billing', value: shownNames[0], rank: 1 }], sent: [{ categoryName: 'Billing', value: shownNames[0] }] });
    expect(f.shown.map((s) => s.value)).toEqual(shownNames);
    expect(f.ignored.map((s) => s.value)).toEqual(shownNames.slice(1));
    expect(screen.getByTestId('stats')).toHaveTextContent(`1 ${shownNames.length} 1 ${Math.round(100 / shownNames.length)}%`);
    // nothing extra in the closeWrapup payload: the body is the AgentDesk's own
    const sent = transport.sent.find((s) => s.name === 'closeWrapup')!;
    const body = (sent.payload as { cimEvent: { data: { body: Record<string, unknown> } } }).cimEvent.data.body;
    expect(Object.keys(body).sort()).toEqual(['markdownText', 'note', 'type', 'wrapups']);
    expect(JSON.stringify(sent.payload)).not.toMatch(/suggest/i);
  });
});

describe('useWrapUpSuggestions in a desk\'s own markup', () => {
  it('takes the desk\'s own transcript; accept(i) records the acceptance and hands the suggestion back', async () => {
    const transport = createMemoryTransport();
    const storage = createMemoryStorage();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const transcript = [{ from: 'customer' as const, text: 'I forgot my password and cannot log in' }];
    const picked: string[] = [];
    const renders = { other: 0 };
    function Other() {
      const { status } = useWrapUpSuggestions('no-words-yet');
      renders.other += 1;
      return <p data-testid="other">{status}</p>;
    }
    function DeskSide() {
      const { status, suggestions, accept } = useWrapUpSuggestions('desk-1', { transcript });
      return (
        <div>
          <p data-testid="status">{status}</p>
          {suggestions.map((s, i) => (
            <button key={s.value} type="button" onClick={() => accept(i) && picked.push(s.value)}>
              {s.value}
            </button>
          ))}
        </div>
      );
    }
    render(
      <QueryClientProvider client={client}>
        <WrapUpProvider transport={transport} storage={storage} reasons={{ form: formV1 }}>
          <DeskSide />
          <Other />
        </WrapUpProvider>
      </QueryClientProvider>,
    );
    const button = await screen.findByRole('button', { name: 'Password reset' });
    expect(renders.other).toBe(1); // a conversation without words: idle, no render after the first
    expect(screen.getByTestId('other')).toHaveTextContent('idle');
    expect(screen.getByTestId('status')).toHaveTextContent('ready');
    await userEvent.setup().click(button);
    expect(picked).toEqual(['Password reset']);
    expect(JSON.parse(storage.getItem('agent-desk-wrapup:suggest:ledger')!)).toMatchObject({ 'desk-1': { accepted: [{ v: 'Password reset', rank: 1 }] } });
  });
});
