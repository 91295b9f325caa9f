import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { StrictMode, type ReactNode } from 'react';
import { createMemoryStorage, type OutboxStorage } from '../src/core/storage'; // not core's index: it would load the personal-data check, which the panel loads lazily
import { WrapUpPanel, WrapUpProvider, type WrapUpPanelProps, type WrapUpProviderProps } from '../src/react';
import { createMemoryTransport, type MemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';
import { formV1 } from './fixtures/forms';

export interface SetupOptions extends Partial<WrapUpPanelProps> {
  transport?: MemoryTransport;
  storage?: OutboxStorage & { readonly size?: number };
  provider?: Partial<WrapUpProviderProps>;
  form?: unknown;
}

/** Renders the panel inside StrictMode, a QueryClient (no retries) and a WrapUpProvider over a memory transport. */
export function setup(options: SetupOptions = {}) {
  const transport = options.transport ?? createMemoryTransport();
  // `storage: undefined` given explicitly: none, as a desk that leaves the default (localStorage, else memory)
  const storage = 'storage' in options ? options.storage : createMemoryStorage();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { provider, form, ...panel } = options;
  const ui = (children: ReactNode) => (
    <StrictMode>
      <QueryClientProvider client={client}>
        <WrapUpProvider transport={transport} storage={storage} reasons={{ form: form ?? formV1 }} {...provider}>
          {children}
        </WrapUpProvider>
      </QueryClientProvider>
    </StrictMode>
  );
  const element = () => <WrapUpPanel context={agentContext()} {...panel} />;
  const result = render(ui(element()));
  return { ...result, transport, storage, rerenderPanel: (props: Partial<WrapUpPanelProps> = {}) => result.rerender(ui(<WrapUpPanel context={agentContext()} {...panel} {...props} />)), remount: () => render(ui(element())) };
}

/** axe-core over a container; jsdom cannot compute colours, so colour contrast is checked in the browser (Storybook). */
export async function axeViolations(container: Element) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Starts the timed phase as the Agent Manager would. */
export function startTimer(transport: MemoryTransport, seconds = 60, conversationId = 'conv-1') {
  transport.receive('wrapupTimerStarted', { task: 'wrapupTimerStarted', conversationId, duration: seconds, statusCode: 200 });
}
