import { describe, expect, it } from 'vitest';
import { dueEntries, expiredEntries, settle, type OutboxEntry } from '../src/core/outbox-rules';
import { parseIncomingEvent, type AgentManagerEvent } from '../src/core/transport-contract';

const entry = (over: Partial<OutboxEntry> = {}): OutboxEntry => ({
  key: `closeWrapup:${over.eventId ?? 'e1'}`,
  event: 'closeWrapup',
  conversationId: 'c1',
  eventId: 'e1',
  payload: {} as OutboxEntry['payload'],
  createdAt: 0,
  attempts: 0,
  ...over,
});
const event = (name: string, payload: unknown) => parseIncomingEvent(name, payload) as AgentManagerEvent;
const NOW = 100_000;
const due = (entries: OutboxEntry[], force: boolean | Set<string> = false) =>
  dueEntries(entries, { now: NOW, ownerId: 'me', force, confirmTimeoutMs: 8_000, random: () => 0.5 }).map((e) => e.key);

describe('what is due', () => {
  it.each([
    ['never sent', entry(), false, true],
    ['sent 1 s ago, confirmation not yet overdue', entry({ attempts: 1, lastSentAt: NOW - 1_000 }), false, false],
    ['sent 9 s ago, first attempt (8 s + backoff 0–8 s, here 4 s)', entry({ attempts: 1, lastSentAt: NOW - 9_000 }), false, false],
    ['sent 13 s ago, first attempt: overdue', entry({ attempts: 1, lastSentAt: NOW - 13_000 }), false, true],
    ['held by another tab', entry({ lease: { owner: 'other', until: NOW + 1 } }), false, false],
    ['held by another tab, even on reconnect', entry({ lease: { owner: 'other', until: NOW + 1 } }), true, false],
    ['another tab\'s lease ran out', entry({ lease: { owner: 'other', until: NOW - 1 } }), false, true],
    ['sent a moment ago, reconnect forces it', entry({ attempts: 1, lastSentAt: NOW - 10 }), true, true],
    ['sent a moment ago, resumed by key', entry({ attempts: 1, lastSentAt: NOW - 10 }), new Set(['closeWrapup:e1']), true],
  ])('%s', (_name, e, force, expected) => {
    expect(due([e], force)).toEqual(expected ? [e.key] : []);
  });
});

describe('what has expired', () => {
  it.each([
    ['no deadline', entry(), []],
    ['before deadline + grace', entry({ expiresAt: NOW - 2_000 }), []],
    ['past deadline + grace', entry({ expiresAt: NOW - 4_000 }), ['closeWrapup:e1']],
    ['a live-chat wrap-up has no wrap-up time', entry({ event: 'publishCimEvent', expiresAt: NOW - 4_000 }), []],
    ['no answer for longer than the maximum age (a missed echo)', entry({ event: 'publishCimEvent', createdAt: NOW - 200_001 }), ['closeWrapup:e1']],
  ])('%s', (_name, e, expected) => {
    expect(expiredEntries([e], NOW, 3_000, 200_000).map((x) => x.key)).toEqual(expected);
  });
});

describe('what an answer settles', () => {
  const close = entry();
  const leave = entry({ key: 'closeWrapup:c1:leave', eventId: null });
  const publish = entry({ key: 'publishCimEvent:p1', event: 'publishCimEvent', eventId: 'p1' });
  const other = entry({ key: 'closeWrapup:e2', eventId: 'e2', conversationId: 'c2' });
  const all = [close, leave, publish, other];
  it.each([
    ['topicUnsubscription applied: this conversation\'s entries; closed', event('topicUnsubscription', { conversationId: 'c1', reason: 'Wrap Up applied' }), ['closeWrapup:e1:applied', 'closeWrapup:c1:leave:applied', 'publishCimEvent:p1:removed'], 'applied'],
    ['topicUnsubscription with nothing pending: closed, no entry', event('topicUnsubscription', { conversationId: 'c9', reason: 'wrap Up Timer Expired' }), [], 'expired'],
    ['an echo of the live-chat wrap-up', event('onCimEvent', { conversationId: 'c1', cimEvent: JSON.stringify({ id: 'p1' }) }), ['publishCimEvent:p1:applied'], undefined],
    ['an echo as an object', event('onCimEvent', { conversationId: 'c1', cimEvent: { id: 'p1' } }), ['publishCimEvent:p1:applied'], undefined],
    ['an echo that is not JSON', event('onCimEvent', { conversationId: 'c1', cimEvent: '{' }), [], undefined],
    ['a refusal by event id', event('wrapupError', { conversationId: 'c2', eventId: 'e2', message: 'no' }), ['closeWrapup:e2:rejected'], undefined],
    ['a refusal of a leave (no event id) by conversation', event('wrapupError', { conversationId: 'c1', message: 'no' }), ['closeWrapup:c1:leave:rejected'], undefined],
    ['a refusal naming another event', event('wrapupError', { conversationId: 'c2', eventId: 'e2', event: 'publishCimEvent', message: 'no' }), [], undefined],
    ['a timer settles nothing', event('wrapupTimerStarted', { conversationId: 'c1', duration: 60 }), [], undefined],
  ])('%s', (_name, ev, expected, closed) => {
    const result = settle(ev, all);
    expect(result.settled.map((s) => `${s.entry.key}:${s.outcome.status}`)).toEqual(expected);
    expect(result.closed?.status).toBe(closed);
  });
});
