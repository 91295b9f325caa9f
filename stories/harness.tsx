/**
 * What every story renders around the panel: a fresh memory transport (the Agent Manager
 * stand-in), a fresh in-memory storage and a reasons source, made by a loader per story, so no
 * story shares a transport, an outbox entry, a draft or a timer with another (not even on a docs
 * page, where several stories render side by side). Fixtures come from the tests and the
 * simulator, so stories and tests show the same data.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { buildPublishWrapup, createMemoryStorage, type OutboxStorage } from '../src/core';
import { WrapUpPanel, WrapUpProvider, type ReasonsSource, type WrapUpPanelProps } from '../src/react';
import { realisticWrapUpForm } from '../src/simulator/forms';
import { createMemoryTransport, type MemoryTransport, type MemoryTransportOptions } from '../src/transport';
import { agentContext } from '../test/fixtures/contexts';

export { agentContext } from '../test/fixtures/contexts';
export { formV1 } from '../test/fixtures/forms';
export { largeWrapUpForm, realisticWrapUpForm } from '../src/simulator/forms';

/** The conversation every story's context is about (`agentContext()`'s default). */
export const conversationId = 'conv-1';

export interface PanelSetup {
  transport: MemoryTransport;
  storage: OutboxStorage;
  reasons: ReasonsSource;
  /** Start the timed phase (`wrapupTimerStarted`) this many seconds long once the panel is mounted. */
  timerSeconds?: number;
  /** Show a "Reload the page" button that remounts the provider and the panel over the same storage and Agent Manager. */
  reloadable?: boolean;
  /** The chat so far, delivered once as the Agent Manager's `onCimEvent` (before the timed phase starts). */
  chat?: ChatMessage[];
}

/** A chat message of a story's conversation. */
export interface ChatMessage {
  from: 'CUSTOMER' | 'AGENT';
  text: string;
}

export interface SetupOptions {
  /** The Unified Admin form (either shape); default `realisticWrapUpForm()`. */
  form?: unknown;
  /** A reasons source made fresh for each story (e.g. a loader that counts its calls). Beats `form`. */
  reasons?: () => ReasonsSource;
  /** Options of `createMemoryTransport` (`connected: false` = offline, `autoRespond: false` = no answers). */
  transport?: MemoryTransportOptions;
  /** Sends never complete, as over a slow network: the panel stays in "Sending…". */
  holdSends?: boolean;
  timerSeconds?: number;
  reloadable?: boolean;
  chat?: ChatMessage[];
}

/** Builds one story's transport, storage and reasons. */
export function createSetup(options: SetupOptions = {}): PanelSetup {
  const memory = createMemoryTransport(options.transport);
  const transport: MemoryTransport = options.holdSends ? { ...memory, send: () => new Promise<void>(() => undefined) } : memory;
  return {
    transport,
    storage: createMemoryStorage(),
    reasons: options.reasons?.() ?? { form: options.form ?? realisticWrapUpForm(), key: 'story' },
    timerSeconds: options.timerSeconds,
    reloadable: options.reloadable,
    chat: options.chat,
  };
}

/** A story loader: `loaders: [withSetup({ … })]`; the result is `context.loaded.setup`. */
export const withSetup =
  (options: SetupOptions = {}) =>
  (): { setup: PanelSetup } => ({ setup: createSetup(options) });

/** The setup a loader made for this story (in render, play and beforeEach). */
export function setupOf(loaded: Record<string, unknown>): PanelSetup {
  const setup = loaded.setup as PanelSetup | undefined;
  if (!setup) throw new Error('This story has no setup: add `loaders: [withSetup()]` to it or to its meta.');
  return setup;
}

/** The Agent Manager starts the timed phase: `wrapupTimerStarted` with `duration` in seconds. */
export function startTimer(setup: PanelSetup, seconds: number) {
  setup.transport.receive('wrapupTimerStarted', { task: 'wrapupTimerStarted', conversationId, duration: seconds, statusCode: 200 });
}

/** A chat message as the Agent Manager delivers it: `onCimEvent` with a PLAIN CimEvent as a JSON string. */
export function deliverMessage(setup: PanelSetup, message: ChatMessage, id: string) {
  const cimEvent = structuredClone(buildPublishWrapup(agentContext(), { wrapups: [], note: '-' }).cimEvent);
  const data = cimEvent.data as unknown as { id: string; header: { sender: { type: string } }; body: unknown };
  cimEvent.id = id;
  data.id = id;
  data.header.sender.type = message.from;
  data.body = { type: 'PLAIN', markdownText: message.text };
  setup.transport.receive('onCimEvent', { conversationId, cimEvent: JSON.stringify(cimEvent) });
}

/** The Agent Manager ends the conversation for the agent (`topicUnsubscription`). */
export function unsubscribe(setup: PanelSetup, reason: string) {
  setup.transport.receive('topicUnsubscription', { task: 'topicUnsubscription', conversationId, statusCode: 200, reason });
}

/** The `closeWrapup` payloads the panel sent. */
export const sentCloseWrapups = (setup: PanelSetup) => setup.transport.sent.filter((s) => s.name === 'closeWrapup').map((s) => s.payload);

/** Setups whose timed phase was started: once per story, not again after a reload (the Agent Manager sends it once). */
const timersStarted = new WeakSet<PanelSetup>();
/** Setups whose chat was delivered: once per story, as the Agent Manager sends each message once. */
const chatsDelivered = new WeakSet<PanelSetup>();

/** One page's life: a `<WrapUpProvider>` (its own outbox and session store) over the story's transport and storage. */
function Page({ setup, children }: { setup: PanelSetup; children: ReactNode }) {
  useEffect(() => {
    // a parent's effect runs after its children's: the provider has started listening, the panel (or hook) is mounted
    if (setup.chat && !chatsDelivered.has(setup)) {
      chatsDelivered.add(setup);
      setup.chat.forEach((m, i) => deliverMessage(setup, m, `story-message-${i + 1}`));
    }
    if (setup.timerSeconds === undefined || timersStarted.has(setup)) return;
    timersStarted.add(setup);
    startTimer(setup, setup.timerSeconds);
  }, [setup]);
  return (
    <WrapUpProvider transport={setup.transport} storage={setup.storage} reasons={setup.reasons}>
      {children}
    </WrapUpProvider>
  );
}

/** The name of the button a reloadable story shows (see `SetupOptions.reloadable`). */
export const reloadButtonName = 'Reload the page';

/**
 * `<WrapUpProvider>` over the story's transport, storage and reasons. Starts the timed phase
 * after its children mounted when the setup asks for it. A reloadable setup adds a button that
 * remounts the provider and everything in it, as a page reload would: a new outbox and session
 * store read the same storage, and the Agent Manager (the memory transport) stays.
 */
export function StoryProvider({ setup, children }: { setup: PanelSetup; children: ReactNode }) {
  const [page, setPage] = useState(0);
  if (!setup.reloadable) return <Page setup={setup}>{children}</Page>;
  return (
    <>
      <button type="button" onClick={() => setPage((n) => n + 1)}>
        {reloadButtonName}
      </button>
      <Page key={page} setup={setup}>
        {children}
      </Page>
    </>
  );
}

export type PanelHarnessProps = WrapUpPanelProps & { setup: PanelSetup };

/** The story's provider and the panel. */
export function PanelHarness({ setup, ...panel }: PanelHarnessProps) {
  return (
    <StoryProvider setup={setup}>
      <WrapUpPanel {...panel} />
    </StoryProvider>
  );
}

/** Meta-level `beforeEach`: closes the story's transport when the story is torn down. */
export const closeTransportAfterStory = ({ loaded }: { loaded: Record<string, unknown> }) => {
  const { transport } = setupOf(loaded);
  return () => transport.close();
};
