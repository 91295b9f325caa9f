import { useEffect, useId, useState } from 'react';
import type { ReceivedEvent } from '../src/simulator';

export interface ReceivedPanelProps {
  /** The simulator's origin; its `GET /__simulator/received` is polled every second. */
  agentManagerUrl: string;
  /** Customer names by conversation id, to label the entries. */
  names: Record<string, string>;
  intervalMs?: number;
}

type Poll = { status: 'loading' } | { status: 'ok'; entries: ReceivedEvent[] } | { status: 'error'; entries: ReceivedEvent[]; message: string };

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function summary(entry: ReceivedEvent): string {
  const payload = entry.payload as { cimEvent?: { data?: { body?: { wrapups?: Array<{ categoryName: string; value: string }>; note?: string } } } | null } | null;
  if (entry.event === 'topicUnsubscription') return 'Leave: start the wrap-up';
  if (entry.event === 'closeWrapup' && payload?.cimEvent === null) return 'Leave Without Wrap-Up';
  const body = payload?.cimEvent?.data?.body;
  if (!body) return '';
  const codes = (body.wrapups ?? []).map((w) => `${w.categoryName} › ${w.value}`).join(', ');
  return [codes, body.note ? `“${body.note}”` : ''].filter(Boolean).join(' · ');
}

/** What the Agent Manager simulator received, newest first, with its validation result. */
export function ReceivedPanel({ agentManagerUrl, names, intervalMs = 1000 }: ReceivedPanelProps) {
  const [poll, setPoll] = useState<Poll>({ status: 'loading' });
  const [open, setOpen] = useState<Record<number, boolean>>({});
  const headingId = useId();

  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch(`${agentManagerUrl}/__simulator/received`, { cache: 'no-store' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const entries = (await res.json()) as ReceivedEvent[];
        if (!stopped) setPoll({ status: 'ok', entries });
      } catch (error) {
        if (!stopped) setPoll((p) => ({ status: 'error', entries: p.status === 'loading' ? [] : p.entries, message: (error as Error).message }));
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [agentManagerUrl, intervalMs]);

  const entries = poll.status === 'loading' ? [] : poll.entries;
  const newest = entries.length - 1;
  return (
    <aside className="desk-received" aria-labelledby={headingId}>
      <h2 id={headingId} className="desk-section-title">
        Agent Manager received
      </h2>
      <p className="desk-muted">
        Every request the simulator got, newest first, checked against the protocol schema.{' '}
        <a href={`${agentManagerUrl}/__simulator/received`} target="_blank" rel="noreferrer">
          Raw log
        </a>
      </p>
      {poll.status === 'loading' && <p className="desk-muted">Loading…</p>}
      {poll.status === 'error' && (
        <p className="desk-muted" data-state="error">
          The simulator is not answering ({poll.message}); it may be restarting.
        </p>
      )}
      {poll.status !== 'loading' && entries.length === 0 && <p className="desk-muted">Nothing yet. Leave a conversation or apply a wrap-up.</p>}
      <ol className="desk-received-list" reversed>
        {entries
          .map((entry, index) => ({ entry, index }))
          .reverse()
          .map(({ entry, index }) => {
            const isOpen = open[index] ?? index === newest;
            const name = entry.conversationId ? names[entry.conversationId] : undefined;
            return (
              <li key={index} className="desk-received-entry" data-valid={entry.valid}>
                <div className="desk-received-head">
                  <span className="desk-received-event">{entry.event}</span>
                  <span className="desk-badge" data-tone={entry.valid ? 'ok' : 'error'}>
                    {entry.valid ? 'valid' : 'invalid'}
                  </span>
                  {entry.duplicate && (
                    <span className="desk-badge" data-tone="muted" title="Already done: confirmed again, nothing changed">
                      duplicate
                    </span>
                  )}
                  <time className="desk-muted" dateTime={new Date(entry.at).toISOString()}>
                    {time(entry.at)}
                  </time>
                </div>
                <p className="desk-received-summary">
                  {name && <strong>{name}</strong>}
                  {name && summary(entry) ? ': ' : ''}
                  {summary(entry)}
                </p>
                {entry.error && (
                  <p className="desk-received-error">
                    <code>{entry.error.path.length > 0 ? entry.error.path.join('.') : '(payload)'}</code> {entry.error.message}
                  </p>
                )}
                <details open={isOpen}>
                  <summary
                    onClick={(e) => {
                      // only the agent's own clicks count: the newest entry is open by default
                      e.preventDefault();
                      setOpen((o) => ({ ...o, [index]: !isOpen }));
                    }}
                  >
                    Payload
                  </summary>
                  <pre className="desk-json" tabIndex={0} aria-label={`${entry.event} payload`}>
                    {JSON.stringify(entry.payload, null, 2)}
                  </pre>
                </details>
              </li>
            );
          })}
      </ol>
    </aside>
  );
}
