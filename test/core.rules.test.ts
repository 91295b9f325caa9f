import { describe, expect, it } from 'vitest';
import {
  buildCloseWrapup,
  canWrapUp,
  explainWrapUpPermission,
  normalizeWrapUp,
  WrapUpError,
} from '../src/core';
import { catchError } from './helpers';
import { agentContext, exampleContext } from './fixtures/contexts';

const code = (n: number) => ({ categoryName: 'Billing', value: `Reason ${n}` });

describe('selection rules (Expertflow AgentDesk)', () => {
  it('allows up to 5 codes when the form is multiple-choice', () => {
    const five = [1, 2, 3, 4, 5].map(code);
    expect(normalizeWrapUp({ wrapups: five }).wrapups).toHaveLength(5);
    const error = catchError(() => normalizeWrapUp({ wrapups: [...five, code(6)] }));
    expect(error).toMatchObject({ code: 'TOO_MANY_CODES', path: ['wrapups'] });
    expect(error.message).toMatch(/6 codes.*at most 5.*Remove 1/);
  });

  it('allows exactly 1 code when the form is single-choice', () => {
    expect(normalizeWrapUp({ wrapups: [code(1)] }, { multiple: false }).wrapups).toHaveLength(1);
    const error = catchError(() => buildCloseWrapup(agentContext(), { wrapups: [code(1), code(2)] }, { multiple: false }));
    expect(error).toMatchObject({ code: 'TOO_MANY_CODES' });
    expect(error.message).toMatch(/only 1 \(it is single-choice\)/);
  });

  it('ignores duplicates, keeping the first, before counting', () => {
    const dupes = [code(1), code(1), code(2), code(1), code(3), code(4), code(5), code(5)];
    expect(normalizeWrapUp({ wrapups: dupes }).wrapups).toEqual([1, 2, 3, 4, 5].map(code));
    // the same reason in another category is a different code
    expect(normalizeWrapUp({ wrapups: [code(1), { categoryName: 'Sales', value: 'Reason 1' }] }).wrapups).toHaveLength(2);
  });

  it('needs at least one code or a non-empty note', () => {
    expect(catchError(() => normalizeWrapUp({ wrapups: [], note: '   ' }))).toMatchObject({ code: 'EMPTY_WRAPUP' });
    expect(catchError(() => normalizeWrapUp({}))).toMatchObject({ code: 'EMPTY_WRAPUP' });
    expect(normalizeWrapUp({ note: 'Called back later' })).toEqual({ wrapups: [], note: 'Called back later' });
    expect(normalizeWrapUp({ wrapups: [code(1)] })).toEqual({ wrapups: [code(1)], note: '' });
  });

  it('keeps the note exactly as typed', () => {
    expect(normalizeWrapUp({ note: '  two spaces\nand a line  ' }).note).toBe('  two spaces\nand a line  ');
  });

  it('accepts labels up to 500 characters and names the field past that', () => {
    const long = 'x'.repeat(500);
    expect(normalizeWrapUp({ wrapups: [{ categoryName: long, value: long }] }).wrapups).toHaveLength(1);
    const error = catchError(() => normalizeWrapUp({ wrapups: [code(1), { categoryName: 'Billing', value: `${long}y` }] }));
    expect(error).toMatchObject({ code: 'INVALID_WRAPUP', path: ['wrapups', 1, 'value'] });
    expect(error.message).toMatch(/wrapUp\.wrapups\[1\]\.value .*at most 500 characters/);
  });

  it('refuses blank labels and unknown keys (a typo such as "notes")', () => {
    expect(catchError(() => normalizeWrapUp({ wrapups: [{ categoryName: ' ', value: 'x' }] }))).toMatchObject({
      path: ['wrapups', 0, 'categoryName'],
    });
    const typo = catchError(() => normalizeWrapUp({ wrapups: [code(1)], notes: 'x' } as never));
    expect(typo).toMatchObject({ code: 'INVALID_WRAPUP' });
    expect(typo.message).toMatch(/notes/);
  });

  it('enforces a note limit when one is configured', () => {
    expect(catchError(() => normalizeWrapUp({ note: 'abcdef' }, { noteMaxLength: 5 }))).toMatchObject({ code: 'NOTE_TOO_LONG', path: ['note'] });
  });

  it('says how to fix a wrap-up that is not an object', () => {
    const error = catchError(() => buildCloseWrapup(agentContext(), 'Refund' as never));
    expect(error).toMatchObject({ code: 'INVALID_WRAPUP' });
    expect(error.message).toMatch(/Pass \{ wrapups: \[\{ categoryName, value \}\], note \}, or null/);
  });
});

describe('who may wrap up', () => {
  it.each(['PRIMARY', 'WRAP_UP', 'WHISPER'] as const)('%s gets a payload', (role) => {
    expect(buildCloseWrapup(agentContext({ role }), null).agentId).toBeTruthy();
  });

  it.each(['SILENT_MONITOR', 'ASSISTANT'] as const)('%s gets ROLE_NOT_ALLOWED, not a payload', (role) => {
    const error = catchError(() => buildCloseWrapup(agentContext({ role }), { note: 'x' }));
    expect(error).toMatchObject({ code: 'ROLE_NOT_ALLOWED', path: ['participant', 'role'] });
    expect(canWrapUp(agentContext({ role }))).toBe(false);
  });

  it('checks agent-conversation-control / view_wrap_up when permitted resources are present', () => {
    expect(canWrapUp(agentContext())).toBe(true);
    expect(canWrapUp(agentContext({ resources: false }))).toBe(true);
    expect(canWrapUp(agentContext({ resources: [] }))).toBe(false);
    expect(canWrapUp(agentContext({ resources: [{ rsid: '1', rsname: 'agent-conversation-control', scopes: ['view_leave_chat'] }] }))).toBe(false);
    expect(canWrapUp(agentContext({ resources: [{ rsid: '1', rsname: ' agent-conversation-control ', scopes: [' view_wrap_up'] }] }))).toBe(true);
    expect(explainWrapUpPermission(agentContext({ resources: [] }))).toMatchObject({ allowed: false, code: 'MISSING_PERMISSION' });
  });

  it('the event page example (pre-2023 permission model) has no view_wrap_up scope', () => {
    expect(explainWrapUpPermission(exampleContext)).toMatchObject({ allowed: false, code: 'MISSING_PERMISSION' });
  });

  it('explains an invalid context instead of throwing', () => {
    const answer = explainWrapUpPermission({ conversationId: 'c' });
    expect(answer).toMatchObject({ allowed: false, code: 'INVALID_CONTEXT' });
    expect(canWrapUp(undefined)).toBe(false);
  });
});

describe('bad contexts name the field and the fix', () => {
  it.each([
    [undefined, [], /context is missing/],
    [{ ...agentContext(), conversationId: '' }, ['conversationId'], /context\.conversationId is "".*onTopicData/],
    [{ ...agentContext(), roomInfo: { id: 'r', mode: 'PUBLIC' } }, ['roomInfo', 'mode'], /context\.roomInfo\.mode is "PUBLIC".*"PRIVATE"\|"CONTACT_CENTER"/],
    [{ ...agentContext(), participant: { ...agentContext().participant, role: 'BOSS' } }, ['participant', 'role'], /participant\.role/],
  ])('%#', (ctx, path, message) => {
    const error = catchError(() => buildCloseWrapup(ctx as never, null));
    expect(error).toBeInstanceOf(WrapUpError);
    expect(error).toMatchObject({ code: 'INVALID_CONTEXT', path });
    expect(error.message).toMatch(message);
  });

  it('a customer participant (no CCUser) is refused at participant.participant', () => {
    const ctx = agentContext();
    const error = catchError(() => buildCloseWrapup({ ...ctx, participant: { ...ctx.participant, participant: { id: 'c1', participantType: 'Customer' } } } as never, null));
    expect(error.path.slice(0, 2)).toEqual(['participant', 'participant']);
  });

  it('lists every bad field in issues', () => {
    const error = catchError(() => buildCloseWrapup({ conversationId: 5, roomInfo: null } as never, null));
    expect(error.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['conversationId', 'roomInfo', 'participant', 'channelSession']));
    expect(error.message).toMatch(/and \d+ more/);
  });
});
