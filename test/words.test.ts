// Words an agent understands: every outcome the Agent Manager (or the outbox) can report, and every
// reason string we know, mapped to plain words with the next step, in English, Arabic and Urdu. The
// raw strings stay in `detail` (for developers), never in the agent's sentence.
import { describe, expect, it } from 'vitest';
import { topicUnsubscriptionReasons, WrapUpError } from '../src/core';
import { localExpiryReason, outcomeFromUnsubscription, type OutboxOutcome } from '../src/core/outbox-rules';
import { ar, ur } from '../src/locales';
import { describeFailure, describeOutcome, en, type WrapUpMessages } from '../src/react';

const conversationId = 'c1';
const unsubscribed = (reason: string) => outcomeFromUnsubscription({ task: 'topicUnsubscription', conversationId, reason } as never, 'e1');
const rejection: OutboxOutcome = {
  status: 'rejected',
  conversationId,
  eventId: 'e1',
  reason: 'roomInfo.id does not match the conversation',
  error: new WrapUpError('INVALID_PAYLOAD', 'The Agent Manager refused the wrap-up: roomInfo.id does not match the conversation', { path: ['roomInfo', 'id'] }),
};

/** Every outcome we know, as the outbox builds it from the Agent Manager's answers. */
const cases: Array<{ name: string; outcome: OutboxOutcome; auto?: boolean; kind: string; text: string; next: string; detail: string }> = [
  { name: 'Wrap Up applied', outcome: unsubscribed(topicUnsubscriptionReasons.applied), kind: 'applied', text: en.applied, next: '', detail: 'Wrap Up applied' },
  { name: 'applied automatically', outcome: unsubscribed(topicUnsubscriptionReasons.applied), auto: true, kind: 'appliedAutomatically', text: en.appliedAutomatically, next: '', detail: 'Wrap Up applied' },
  { name: 'the live-chat echo (no reason)', outcome: { status: 'applied', conversationId, eventId: 'e1' }, kind: 'applied', text: en.applied, next: '', detail: '' },
  { name: 'choosing leave without Wrap Up', outcome: unsubscribed(topicUnsubscriptionReasons.left), kind: 'left', text: en.left, next: '', detail: 'choosing leave without Wrap Up' },
  { name: 'wrap Up Timer Expired', outcome: unsubscribed(topicUnsubscriptionReasons.expired), kind: 'expired', text: en.expired, next: '', detail: 'wrap Up Timer Expired' },
  { name: 'expired here, before an answer', outcome: { status: 'expired', conversationId, eventId: 'e1', reason: localExpiryReason }, kind: 'expired', text: en.expired, next: '', detail: localExpiryReason },
  { name: 'CHAT TRANSFERRED', outcome: unsubscribed('CHAT TRANSFERRED'), kind: 'transferred', text: en.transferred, next: '', detail: 'CHAT TRANSFERRED' },
  { name: 'an unknown reason', outcome: unsubscribed('AGENT_FORCE_LOGOUT'), kind: 'removed', text: en.removed, next: en.tellSupervisor, detail: 'AGENT_FORCE_LOGOUT' },
  { name: 'no reason at all', outcome: outcomeFromUnsubscription({ task: 'topicUnsubscription', conversationId } as never, null), kind: 'removed', text: en.removed, next: en.tellSupervisor, detail: 'UNSUBSCRIBED' },
  { name: 'a rejection (wrapupError)', outcome: rejection, kind: 'rejected', text: en.rejected, next: en.tryAgain, detail: rejection.status === 'rejected' ? rejection.error.message : '' },
];

describe('describeOutcome: every outcome in plain words', () => {
  it.each(cases)('$name', ({ outcome, auto, kind, text, next, detail }) => {
    const words = describeOutcome(outcome, en, { autoApplied: auto });
    expect(words).toMatchObject({ kind, text, next, detail, label: en.outcomeLabels[kind as keyof WrapUpMessages['outcomeLabels']] });
    // the raw string is for developers: never in what the agent reads
    for (const raw of ['Wrap Up applied', 'choosing leave', 'wrap Up Timer', 'CHAT TRANSFERRED', 'AGENT_FORCE_LOGOUT', 'UNSUBSCRIBED', 'roomInfo', localExpiryReason]) {
      expect(`${words.label} ${words.text} ${words.next}`).not.toContain(raw);
    }
  });

  it('the reasons the outbox knows map to their statuses (the strings are the Agent Manager\'s)', () => {
    expect(Object.values(topicUnsubscriptionReasons).map((r) => describeOutcome(unsubscribed(r)).label)).toEqual(['Wrap-up applied', 'Left without wrap-up', 'Wrap-up time ran out']);
    expect(describeOutcome(unsubscribed('chat_transferred')).kind).toBe('transferred');
  });

  it('tones: success for applied and left, warning for transfers and removals, danger for expiry and rejection', () => {
    expect(cases.map((c) => [c.kind, describeOutcome(c.outcome, en, { autoApplied: c.auto }).tone])).toEqual([
      ['applied', 'success'],
      ['appliedAutomatically', 'success'],
      ['applied', 'success'],
      ['left', 'success'],
      ['expired', 'danger'],
      ['expired', 'danger'],
      ['transferred', 'warning'],
      ['removed', 'warning'],
      ['removed', 'warning'],
      ['rejected', 'danger'],
    ]);
  });

  it('a wrap-up that could not be sent: "Try again", the error kept as the detail', () => {
    expect(describeFailure(new Error('socket closed'))).toEqual({
      kind: 'failed',
      tone: 'danger',
      label: 'Not sent',
      text: 'The wrap-up could not be sent.',
      next: 'Check it and try again. If it fails again, tell your supervisor.',
      detail: 'socket closed',
    });
  });

  it('an outcome from a newer core still gets words', () => {
    const words = describeOutcome({ status: 'reassigned', conversationId, eventId: null, reason: 'X' } as unknown as OutboxOutcome);
    expect(words).toMatchObject({ kind: 'removed', text: en.removed, detail: 'X' });
  });
});

describe('every word in en, ar and ur', () => {
  const shape = (m: WrapUpMessages) => Object.entries(m as unknown as Record<string, unknown>).map(([k, v]) => [k, typeof v, v !== null && typeof v === 'object' ? Object.keys(v).sort() : null]);

  it.each([
    ['ar', ar],
    ['ur', ur],
  ] as const)('%s has every key of en, of the same kind', (_, locale) => {
    expect(shape(locale).sort()).toEqual(shape(en).sort());
  });

  it.each([
    ['en', en],
    ['ar', ar],
    ['ur', ur],
  ] as const)('%s: every outcome has a label and a sentence, and the new words are there', (code, m) => {
    for (const c of cases) {
      const words = describeOutcome(c.outcome, m, { autoApplied: c.auto });
      expect(words.label.trim()).not.toBe('');
      expect(words.text.trim()).not.toBe('');
      if (code !== 'en') {
        expect(words.text).not.toBe(describeOutcome(c.outcome, en, { autoApplied: c.auto }).text);
        expect(words.label).not.toBe(describeOutcome(c.outcome, en, { autoApplied: c.auto }).label);
      }
    }
    for (const text of [m.tryAgain, m.tellSupervisor, m.details, m.sentSummary, m.listHint, m.matchCount(0), m.matchCount(1), m.matchCount(12), m.noteOverReport(350), m.outcomeLabels.failed, m.failed]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it('counts matches in each language', () => {
    expect([en.matchCount(0), en.matchCount(1), en.matchCount(12)]).toEqual(['No reasons match.', '1 reason matches.', '12 reasons match.']);
    expect(ar.matchCount(12)).toContain('١٢');
    expect(ur.matchCount(12)).toContain('12');
  });
});
