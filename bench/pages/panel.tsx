/**
 * Our WrapUpPanel on the bench: the same reasons as the react-select baseline
 * (`largeWrapUpForm(n)`), live-chat mode, over an in-page memory transport.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { createMemoryStorage, type OutboxOutcome } from '../../src/core';
import { WrapUpPanel, WrapUpProvider } from '../../src/react';
import { largeWrapUpForm } from '../../src/simulator/forms';
import { createMemoryTransport } from '../../src/transport';
import { agentContext } from '../../test/fixtures/contexts';
import '../../src/react/styles.css';
import { exposeBench } from './measure';

const forms = new Map<number, ReturnType<typeof largeWrapUpForm>>();
function formFor(n: number) {
  let form = forms.get(n);
  if (!form) forms.set(n, (form = largeWrapUpForm(n)));
  return form;
}
/** A form object this page never rendered (prepared outside the timed part): no cache can help its first render. */
let freshForm: { n: number; form: ReturnType<typeof largeWrapUpForm> } | undefined;

// what a desk keeps for the whole shift: one transport, one storage; panels come and go
const transport = createMemoryTransport();
const storage = createMemoryStorage();
const queryClient = new QueryClient();
let cycles = 0;

/** Waits frame by frame for `find` to return something; throws after 5 s (a hang would stall the runner). */
async function until<T>(find: () => T | null, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > 5_000) throw new Error(`cycle ${cycles}: ${what} did not appear within 5 s`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

exposeBench({
  name: 'panel',
  prepare: (n, options) => {
    freshForm = options?.fresh ? { n, form: structuredClone(formFor(n)) } : undefined;
  },
  // `open` is ignored: the panel always shows its list of reasons. A new provider (so a new
  // QueryClient) every mount: what is cached across mounts is only what is kept per form object.
  render: (n) => {
    const form = freshForm?.n === n ? freshForm.form : formFor(n);
    freshForm = undefined;
    return (
      <WrapUpProvider transport={createMemoryTransport()} storage={createMemoryStorage()}>
        <WrapUpPanel context={agentContext()} reasons={{ form }} mode="live" />
      </WrapUpProvider>
    );
  },
  // the keystroke counts until the list shows the typed text's results (it does in the same frame)
  settled: (query) => document.querySelector('.wrapup-list')?.getAttribute('data-query') === query,
  /** One wrap-up as an agent does it: open the panel, pick a reason, Apply, wait for the answer, close. */
  async cycle(n) {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const done = new Promise<OutboxOutcome>((resolve) => {
      root.render(
        <QueryClientProvider client={queryClient}>
          <WrapUpProvider transport={transport} storage={storage}>
            <WrapUpPanel context={agentContext({ conversationId: `cycle-${++cycles}` })} reasons={{ form: formFor(n) }} mode="live" onOutcome={resolve} />
          </WrapUpProvider>
        </QueryClientProvider>,
      );
    });
    const box = await until(() => host.querySelector<HTMLInputElement>('input[type="checkbox"]:not(:disabled)'), 'a reason checkbox');
    box.click();
    await until(() => (box.checked ? box : null), 'the checkbox to be checked');
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = await Promise.race([
      done,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`cycle ${cycles}: no outcome after 5 s (${host.querySelector('.wrapup-status')?.textContent ?? ''})`)), 5_000);
      }),
    ]).finally(() => clearTimeout(timer)); // a pending timer would keep this cycle's DOM alive for 5 s and show up as "heap growth"
    if (outcome.status !== 'applied') throw new Error(`cycle ${cycles}: ${outcome.status}`);
    root.unmount();
    host.remove();
    transport.sent.length = 0; // the memory transport logs every send for tests; a desk's socket keeps nothing
  },
});
