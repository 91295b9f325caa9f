// The demo agent desk: one Agent Manager socket, the conversations it hands out, a fake chat,
// and the package's WrapUpPanel for the live ("Apply") and the timed ("Add Wrap-Up") wrap-up.
// Built only from the public API: each conversation's wrap-up phase, countdown and outcome are its
// session (useWrapUpSession, useWrapUpTimer), the wrap-up inbox is useWrapUpSessions, and the
// count of unconfirmed wrap-ups is useOutboxPending. The desk itself keeps only the chat.
import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import type { Socket } from 'socket.io-client';
import { buildTopicUnsubscription, canWrapUp, type WrapUpTransport } from '../src/core';
import {
  useConnectionState,
  useOutboxPending,
  useWrapUpConfig,
  useWrapUpSession,
  useWrapUpSessions,
  useWrapUpTimer,
  WrapUpPanel,
  WrapUpProvider,
} from '../src/react';
import type { DemoConfig, DeskAgent } from './config';
import {
  chatLines,
  closedReason,
  contextFromTopicData,
  deskReducer,
  hadTimedWrapUp,
  initialDesk,
  phaseOf,
  wrapUpMessageFrom,
  type Conversation,
  type DeskState,
} from './desk';
import { LeaveDialog } from './LeaveDialog';
import { ReceivedPanel } from './ReceivedPanel';
import type { ChatLine } from './transcript';

export interface AppProps {
  config: DemoConfig;
  socket: Socket;
  agent: DeskAgent;
}

export function App({ config, socket, agent }: AppProps) {
  const reasons = useMemo(() => ({ url: config.unifiedAdminUrl }), [config.unifiedAdminUrl]);
  return (
    <WrapUpProvider socket={socket} reasons={reasons}>
      <Desk config={config} socket={socket} agent={agent} />
    </WrapUpProvider>
  );
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

function Desk({ config, socket, agent }: AppProps) {
  const { transport, sessions } = useWrapUpConfig('Desk');
  const [desk, dispatch] = useReducer(deskReducer, initialDesk);
  const [leaving, setLeaving] = useState<{ id: string; opener: HTMLElement | null } | null>(null);

  // listeners first, then connect: onTopicData arrives right after the handshake. The desk listens
  // only for the chat (messages, a refused leave); wrap-up state is the session store's.
  useEffect(() => {
    const onTopicData = (payload: unknown, ack?: unknown) => {
      const context = contextFromTopicData(payload);
      if (context) {
        sessions.reopen(context.conversationId); // assigned again: a conversation closed earlier starts a new wrap-up
        dispatch({ type: 'topic', context });
      }
      if (typeof ack === 'function') (ack as (answer: unknown) => void)({ status: 'ok' }); // as the AgentDesk acks it
    };
    socket.on('onTopicData', onTopicData);
    const off = transport.subscribe((event) => {
      const id = event.payload.conversationId;
      if (event.name === 'onCimEvent') {
        const wrapUp = wrapUpMessageFrom(event.payload.cimEvent);
        if (wrapUp) dispatch({ type: 'wrapUpMessage', id, ...wrapUp });
      } else if (event.name === 'wrapupError' && event.payload.event === 'topicUnsubscription') {
        dispatch({ type: 'leaveRefused', id, message: event.payload.message });
      }
    });
    socket.connect();
    return () => {
      socket.off('onTopicData', onTopicData);
      off();
    };
  }, [socket, transport, sessions]);

  const leave = useCallback(
    (conversation: Conversation) => {
      dispatch({ type: 'leaving', id: conversation.id });
      // the AgentDesk's "Leave": the Agent Manager answers with wrapupTimerStarted (or topicUnsubscription when wrap-up is off)
      socket.emit('topicUnsubscription', buildTopicUnsubscription(conversation.context));
    },
    [socket],
  );

  const names = Object.fromEntries(desk.order.map((id) => [id, desk.byId[id]!.customerName]));
  const leavingConversation = leaving ? desk.byId[leaving.id] : undefined;

  return (
    <div className="desk">
      <a className="desk-skip" href="#desk-main">
        Skip to the conversation
      </a>
      <header className="desk-header">
        <h1 className="desk-title">Agent desk</h1>
        <p className="desk-agent">
          Signed in as <strong>{agent.displayName}</strong>
        </p>
        <PendingCount />
        <ConnectionIndicator socket={socket} transport={transport} url={config.agentManagerUrl} />
      </header>

      <ConversationList desk={desk} onSelect={(id) => dispatch({ type: 'select', id })} />

      <main id="desk-main" className="desk-main" tabIndex={-1}>
        {desk.order.length === 0 && (
          <div className="desk-empty">
            <h2 className="desk-section-title">No conversations yet</h2>
            <p className="desk-muted">Conversations appear here when the Agent Manager assigns them (onTopicData).</p>
          </div>
        )}
        {desk.order.map((id) => (
          <ConversationView
            key={id}
            conversation={desk.byId[id]!}
            hidden={id !== desk.selectedId}
            onLeave={(opener) => setLeaving({ id, opener })}
          />
        ))}
      </main>

      {config.simulator ? (
        <ReceivedPanel agentManagerUrl={config.agentManagerUrl} names={names} />
      ) : (
        <aside className="desk-received" aria-label="Agent Manager">
          <h2 className="desk-section-title">Agent Manager</h2>
          <p className="desk-muted">
            Connected to <code>{config.agentManagerUrl}</code>; reasons from <code>{config.unifiedAdminUrl}</code>. The received log is only available with the bundled
            simulator.
          </p>
        </aside>
      )}

      {leaving && leavingConversation && (
        <LeaveDialog
          customerName={leavingConversation.customerName}
          onConfirm={() => leave(leavingConversation)}
          onClose={() => {
            const { opener } = leaving;
            setLeaving(null);
            if (opener && !opener.hasAttribute('disabled') && opener.isConnected) opener.focus();
          }}
        />
      )}
    </div>
  );
}

function ConnectionIndicator({ socket, transport, url }: { socket: Socket; transport: WrapUpTransport; url: string }) {
  const state = useConnectionState(transport);
  const [connects, setConnects] = useState(0);
  useEffect(() => {
    const onConnect = () => setConnects((n) => n + 1);
    socket.on('connect', onConnect);
    return () => void socket.off('connect', onConnect);
  }, [socket]);
  const label = state === 'connected' ? 'Connected' : socket.active ? (connects === 0 ? 'Connecting…' : 'Reconnecting…') : 'Disconnected';
  return (
    <p className="desk-connection" role="status" data-state={state} data-connections={connects} title={url}>
      <span className="desk-connection-dot" aria-hidden="true" />
      Agent Manager: {label}
    </p>
  );
}

function PendingCount() {
  const count = useOutboxPending().length;
  return (
    <p className="desk-pending" data-count={count}>
      {count === 0 ? 'All wrap-ups confirmed' : `${count} wrap-up${count === 1 ? '' : 's'} waiting for confirmation`}
    </p>
  );
}

function ConversationList({ desk, onSelect }: { desk: DeskState; onSelect: (id: string) => void }) {
  const headingId = useId();
  // the wrap-up inbox: this desk's conversations in their timed wrap-up (the list also holds
  // conversations of earlier pages still pending, which this page does not show)
  const inWrapUp = useWrapUpSessions().filter((s) => s.phase === 'timed' && desk.byId[s.conversationId]).length;
  return (
    <nav className="desk-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="desk-section-title">
        Conversations
      </h2>
      {inWrapUp > 0 && <p className="desk-muted desk-list-summary">{inWrapUp} in wrap-up</p>}
      {desk.order.length === 0 ? (
        <p className="desk-muted">Waiting for the Agent Manager…</p>
      ) : (
        <ul className="desk-list-items">
          {desk.order.map((id) => (
            <li key={id}>
              <ConversationListItem conversation={desk.byId[id]!} selected={id === desk.selectedId} onSelect={() => onSelect(id)} />
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

function ConversationListItem({ conversation, selected, onSelect }: { conversation: Conversation; selected: boolean; onSelect: () => void }) {
  const session = useWrapUpSession(conversation.id);
  const { remainingSeconds } = useWrapUpTimer(conversation.id);
  const phase = phaseOf(conversation, session);
  const badge =
    phase === 'active'
      ? { tone: 'ok', text: 'Active' }
      : phase === 'leaving'
        ? { tone: 'muted', text: 'Leaving…' }
        : phase === 'wrapup'
          ? { tone: 'warning', text: `Wrap-up ${clock(remainingSeconds)}` }
          : { tone: 'muted', text: `Closed: ${closedReason(session)}` };
  return (
    <button type="button" className="desk-list-item" aria-current={selected ? 'true' : undefined} onClick={onSelect}>
      <span className="desk-list-name">{conversation.customerName}</span>
      <span className="desk-list-meta">
        <span className="desk-muted">{conversation.channel}</span>
        <span className="desk-badge" data-tone={badge.tone}>
          {badge.text}
        </span>
      </span>
    </button>
  );
}

const timeOf = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

function ChatLog({ lines, name }: { lines: ChatLine[]; name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // keep the newest line in view, as a chat does
  useEffect(() => {
    const log = ref.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [lines.length]);
  return (
    <div ref={ref} className="desk-chat" role="log" aria-label={`Messages with ${name}`} tabIndex={0}>
      <ol className="desk-chat-lines">
        {lines.map((line, i) => (
          <li key={i} className="desk-chat-line" data-from={line.from}>
            {line.from === 'wrapup' ? (
              <div className="desk-chat-bubble">
                <p className="desk-chat-who">Wrap-up applied</p>
                <ul className="desk-chat-codes">
                  {(line.wrapups ?? []).map((w) => (
                    <li key={`${w.categoryName}|${w.value}`}>
                      {w.categoryName} › {w.value}
                    </li>
                  ))}
                </ul>
                {line.text && <p>Note: {line.text}</p>}
              </div>
            ) : line.from === 'system' ? (
              <p className="desk-chat-system">{line.text}</p>
            ) : (
              <div className="desk-chat-bubble">
                <p className="desk-chat-who">
                  {line.from === 'customer' ? name : 'You'} <time className="desk-muted">{timeOf(line.at)}</time>
                </p>
                <p>{line.text}</p>
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function ConversationView({ conversation, hidden, onLeave }: { conversation: Conversation; hidden: boolean; onLeave: (opener: HTMLElement) => void }) {
  const { context, customerName } = conversation;
  const session = useWrapUpSession(conversation.id);
  const phase = phaseOf(conversation, session);
  const { sessions } = useWrapUpConfig('Chat');
  const subscribeTranscript = useCallback((notify: () => void) => sessions.subscribeTranscript(conversation.id, notify), [sessions, conversation.id]);
  const transcript = useSyncExternalStore(subscribeTranscript, () => sessions.transcript(conversation.id));
  const lines = useMemo(() => chatLines(conversation, session, transcript), [conversation, session, transcript]);
  const timed = hadTimedWrapUp(session);
  const id = useId();
  const [live, setLive] = useState<{ open: boolean; key: number; applied: boolean }>({ open: false, key: 0, applied: false });
  const wrapUpButton = useRef<HTMLButtonElement>(null);
  const allowed = canWrapUp(context);
  const closeLive = (applied: boolean) => {
    setLive((l) => ({ open: false, key: l.key + 1, applied }));
    wrapUpButton.current?.focus();
  };
  const liveOpen = live.open && (phase === 'active' || phase === 'leaving');

  return (
    <section className="desk-conversation" aria-labelledby={`${id}-title`} hidden={hidden} data-phase={phase}>
      <header className="desk-conversation-head">
        <div>
          <h2 id={`${id}-title`} className="desk-conversation-title">
            {customerName}
          </h2>
          <p className="desk-muted">
            {conversation.channel} · conversation <code>{conversation.id}</code>
          </p>
        </div>
        {(phase === 'active' || phase === 'leaving') && (
          <div className="desk-actions" role="group" aria-label="Conversation actions">
            {allowed && (
              <button
                ref={wrapUpButton}
                type="button"
                className="desk-button"
                aria-expanded={liveOpen}
                aria-controls={`${id}-live`}
                disabled={phase === 'leaving'}
                onClick={() => setLive((l) => ({ ...l, open: !l.open, applied: false }))}
              >
                Wrap-up
              </button>
            )}
            <button
              type="button"
              className="desk-button desk-button-danger"
              disabled={phase === 'leaving'}
              onClick={(e) => {
                setLive((l) => ({ ...l, open: false }));
                onLeave(e.currentTarget);
              }}
            >
              {phase === 'leaving' ? 'Leaving…' : 'Leave'}
            </button>
          </div>
        )}
      </header>
      {conversation.error && phase === 'active' && (
        <p role="alert" className="desk-alert">
          The Agent Manager refused: {conversation.error}
        </p>
      )}
      {live.applied && phase === 'active' && (
        <p role="status" className="desk-note">
          Wrap-up added to the conversation. You can add another one or leave.
        </p>
      )}
      <div className="desk-conversation-body">
        <ChatLog lines={lines} name={customerName} />
        <div id={`${id}-live`} className="desk-wrapup-slot">
          {liveOpen && (
            <WrapUpPanel
              key={`live-${live.key}`}
              context={context}
              mode="live"
              onCancel={() => closeLive(false)}
              onOutcome={(outcome) => {
                if (outcome.status === 'applied') closeLive(true);
              }}
            />
          )}
          {/* the timed phase; the panel stays to show the outcome. Its countdown is the session's,
              started by wrapupTimerStarted whether or not the panel was on screen to hear it */}
          {timed && <WrapUpPanel context={context} mode="timed" />}
          {phase === 'closed' && !timed && <p className="desk-note">The conversation was closed ({closedReason(session)}).</p>}
        </div>
      </div>
    </section>
  );
}
