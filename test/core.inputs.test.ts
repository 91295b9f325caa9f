/**
 * Issue 13, contexts and inputs: whatever a desk passes, the builders answer with a payload or a
 * WrapUpError with a code and a path, never a TypeError, DataCloneError or RangeError.
 * And the places where the 2024 AgentDesk, run on the same contexts, sent something else.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  buildCloseWrapup,
  buildPublishWrapup,
  buildTopicUnsubscription,
  canWrapUp,
  closeWrapupPayloadSchema,
  createReasonIndex,
  detectSensitive,
  explainWrapUpPermission,
  normalizeWrapUp,
  normalizeWrapUpForm,
  reasonKey,
  WrapUpError,
  type CloseWrapupPayload,
  type WrapUpContextInput,
  type WrapUpInput,
} from '../src/core';
// not (yet) re-exported by the hand-curated src/core/index.ts
import { labelProblem } from '../src/core/schemas';
import { SENSITIVE_SCAN_LENGTH } from '../src/core/pii';
import { agentContext, exampleContext, fixedClock, sequentialIds } from './fixtures/contexts';
import { formV1, formV2 } from './fixtures/forms';
import { catchError } from './helpers';

const opts = { now: fixedClock, newId: sequentialIds() };
const wrapUp = { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'ok' };

/** A context with `value` set at `path` (objects along the path are copied). */
function withValue(path: string[], value: unknown): WrapUpContextInput {
  const ctx = structuredClone(agentContext()) as unknown as Record<string, unknown>;
  let node = ctx;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return ctx as unknown as WrapUpContextInput;
}

function deep(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) node = { next: node };
  return node;
}

describe('context values structuredClone cannot copy', () => {
  it('a negative zero is sent as the 0 JSON carries: the payload equals what reaches the wire (fuzzing found it)', () => {
    const ctx = agentContext();
    const payload = buildCloseWrapup({ ...ctx, channelSession: { ...ctx.channelSession, state: -0 } }, wrapUp, opts);
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
    expect(Object.is((payload.cimEvent!.channelSession as { state?: unknown }).state, 0)).toBe(true);
  });

  it('a Proxy (a MobX observable) is read as the data it shows', () => {
    const ctx = agentContext();
    // structuredClone throws DataCloneError on a Proxy; MobX wraps every nested object and array in one
    const observable = <T extends object>(value: T): T => new Proxy(value, {});
    const session = observable({ ...ctx.channelSession, channelData: observable({ ...ctx.channelSession.channelData!, additionalAttributes: observable([observable({ key: 'k', type: 't', value: observable({ a: 1 }) })]) }), tags: observable(['vip']) });
    const proxied = observable({ ...ctx, channelSession: session, participant: observable(ctx.participant) });
    const payload = buildCloseWrapup(proxied, wrapUp, opts);
    expect(payload.cimEvent!.channelSession).toMatchObject({ tags: ['vip'], channelData: { additionalAttributes: [{ key: 'k', type: 't', value: { a: 1 } }] } });
    expect(closeWrapupPayloadSchema.safeParse(payload).success).toBe(true);
    expect(structuredClone(payload)).toEqual(payload); // plain data all the way down
  });

  it.each([
    ['a function', ['channelSession', 'channelData', 'onChange'], () => 1],
    ['a Symbol', ['channelSession', 'tag'], Symbol('x')],
    ['a BigInt', ['roomInfo', 'score'], 10n],
    ['NaN', ['channelSession', 'weight'], Number.NaN],
  ])('%s is INVALID_CONTEXT at its path', (_what, path, value) => {
    const error = catchError(() => buildCloseWrapup(withValue(path, value), wrapUp, opts));
    expect(error).toBeInstanceOf(WrapUpError);
    expect(error).toMatchObject({ code: 'INVALID_CONTEXT', path });
    expect(error.message).toMatch(new RegExp(`^context\\.${path.join('\\.')} is .*JSON`));
  });

  it('a cycle is INVALID_CONTEXT at the member that closes it', () => {
    const ctx = agentContext();
    const session: Record<string, unknown> = { ...ctx.channelSession };
    session.self = session;
    const error = catchError(() => buildCloseWrapup({ ...ctx, channelSession: session as never }, wrapUp, opts));
    expect(error).toMatchObject({ code: 'INVALID_CONTEXT', path: ['channelSession', 'self'] });
    expect(error.message).toMatch(/cycle/);
  });

  it('a shared (not cyclic) object is fine', () => {
    const ctx = agentContext();
    const shared = { a: 1 };
    expect(() => buildCloseWrapup({ ...ctx, channelSession: { ...ctx.channelSession, x: shared, y: [shared, shared] } }, wrapUp, opts)).not.toThrow();
  });

  it('nesting 2,000 deep is INVALID_CONTEXT, not a RangeError', () => {
    const error = catchError(() => buildCloseWrapup(withValue(['channelSession', 'extra'], deep(2_000)), wrapUp, opts));
    expect(error).toBeInstanceOf(WrapUpError);
    expect(error.code).toBe('INVALID_CONTEXT');
    expect(error.path.slice(0, 3)).toEqual(['channelSession', 'extra', 'next']);
    expect(error.message).toMatch(/nested more than 64 levels/);
  });

  it('a getter that throws and a revoked Proxy are INVALID_CONTEXT at their path', () => {
    const ctx = agentContext();
    const session = { ...ctx.channelSession };
    Object.defineProperty(session, 'broken', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(catchError(() => buildCloseWrapup({ ...ctx, channelSession: session }, wrapUp, opts))).toMatchObject({ code: 'INVALID_CONTEXT', path: ['channelSession', 'broken'] });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(catchError(() => buildCloseWrapup(withValue(['customer'], proxy), wrapUp, opts))).toMatchObject({ code: 'INVALID_CONTEXT', path: ['customer'] });
  });

  it('the same holds for the wrap-up input: INVALID_WRAPUP at the path', () => {
    const entry = { categoryName: 'Billing', value: 'Refund issued', meta: () => 1 };
    const error = catchError(() => buildCloseWrapup(agentContext(), { wrapups: [entry] }, opts));
    expect(error).toMatchObject({ code: 'INVALID_WRAPUP', path: ['wrapups', 0, 'meta'] });
    expect(() => buildPublishWrapup(agentContext(), { wrapups: [new Proxy(wrapUp.wrapups[0]!, {})], note: '' }, opts)).not.toThrow();
  });

  it('a Date in an unknown field travels as its JSON text', () => {
    const payload = buildCloseWrapup(withValue(['channelSession', 'openedAt'], new Date(0)), wrapUp, opts);
    expect(payload.cimEvent!.channelSession).toMatchObject({ openedAt: '1970-01-01T00:00:00.000Z' });
  });

  it('buildTopicUnsubscription and explainWrapUpPermission never throw a TypeError either', () => {
    expect(catchError(() => buildTopicUnsubscription(withValue(['roomInfo', 'extra'], 1n)))).toMatchObject({ code: 'INVALID_CONTEXT', path: ['roomInfo', 'extra'] });
    expect(explainWrapUpPermission(withValue(['roomInfo', 'extra'], Symbol('s')))).toMatchObject({ allowed: false, code: 'INVALID_CONTEXT' });
  });
});

describe('invalid builder options are named, not crashed on', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  it.each([
    [{ format: 10n }, ['format'], /^options\.format is bigint 10n: use "agentdesk"/],
    [{ format: cyclic }, ['format'], /^options\.format is an object: use "agentdesk"/],
    [{ format: Symbol('f') }, ['format'], /^options\.format is a symbol/],
    [{ now: () => Object.create(null) as number }, ['now'], /^options\.now\(\) returned an object; it must return epoch milliseconds/],
    [{ now: () => 5n as unknown as number }, ['now'], /^options\.now\(\) returned bigint 5n/],
    [{ newId: () => 7n as unknown as string }, ['newId'], /^options\.newId\(\) returned bigint 7n; it must return a non-empty string/],
    [{ newId: () => Object.create(null) as string }, ['newId'], /^options\.newId\(\) returned an object/],
    [{ now: () => { throw new Error('clock down'); } }, ['now'], /^options\.now\(\) threw: clock down/],
  ])('%o → INVALID_OPTIONS at %o', (options, path, message) => {
    const error = catchError(() => buildCloseWrapup(agentContext(), wrapUp, options as never));
    expect(error).toBeInstanceOf(WrapUpError);
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', path });
    expect(error.message).toMatch(message);
  });
});

describe('normalizeWrapUp rules', () => {
  it('null rules are no rules, not a TypeError', () => {
    expect(normalizeWrapUp(wrapUp, null)).toEqual(wrapUp);
  });

  it('malformed rules are INVALID_OPTIONS naming the rule', () => {
    expect(catchError(() => normalizeWrapUp(wrapUp, 'strict' as never))).toMatchObject({ code: 'INVALID_OPTIONS', path: [] });
    expect(catchError(() => normalizeWrapUp(wrapUp, { noteMaxLength: '5' } as never))).toMatchObject({ code: 'INVALID_OPTIONS', path: ['noteMaxLength'] });
  });
});

describe('dedupe keys are collision-free', () => {
  const a = { categoryName: 'a\u0000b', value: 'c' };
  const b = { categoryName: 'a', value: 'b\u0000c' };

  it('two codes whose labels differ only by where a NUL sits are both kept', () => {
    expect(reasonKey(a)).not.toBe(reasonKey(b));
    expect(normalizeWrapUp({ wrapups: [a, b] }).wrapups).toEqual([a, b]);
    expect(buildCloseWrapup(agentContext(), { wrapups: [a, b] }, opts).cimEvent!.data.body).toMatchObject({ wrapups: [a, b] });
  });

  it('and so are their entries in the search index', () => {
    const index = createReasonIndex({ multiple: true, categories: [{ name: 'a\u0000b', reasons: ['c'] }, { name: 'a', reasons: ['b\u0000c'] }] });
    expect(new Set(index.map((r) => r.key)).size).toBe(2);
  });
});

// its time on these shapes is measured by the bench (node bench/pii.mjs: 30,000 characters each, p50/p95)
describe('the personal-data check is bounded', () => {
  it('a 30,000-character note with one "@" is checked without finding an address', () => {
    expect(detectSensitive(`${'a'.repeat(15_000)}@${'b'.repeat(15_000)}`)).toEqual([]);
  });

  it('long runs of digits and separators are checked', () => {
    for (const note of ['1'.repeat(50_000), '1 '.repeat(25_000), '@'.repeat(50_000)]) expect(detectSensitive(note)).toEqual([]);
    expect(detectSensitive('a@b.'.repeat(12_500))).toEqual([]);
  });

  it(`reads only the first SENSITIVE_SCAN_LENGTH (${SENSITIVE_SCAN_LENGTH}) characters`, () => {
    expect(detectSensitive(`${' '.repeat(SENSITIVE_SCAN_LENGTH - 20)} jane@example.com`)).toEqual(['email']);
    expect(detectSensitive(`${' '.repeat(SENSITIVE_SCAN_LENGTH)} jane@example.com`)).toEqual([]);
  });

  it('finds what it found before', () => {
    for (const [note, kinds] of [
      ['x jane.doe@example.co.uk', ['email']],
      ['a@b.c', []],
      ['@example.com', []],
      ['jane@.com', []],
      ['<jane@example.org>', ['email']],
      ['jane@exa mple.com', []],
    ] as const) {
      expect(detectSensitive(note), note).toEqual(kinds);
    }
  });
});

describe('typed builder inputs', () => {
  it('take the context and wrap-up types, so a wrong argument is a compile error', () => {
    expectTypeOf(buildCloseWrapup).parameter(0).toEqualTypeOf<WrapUpContextInput>();
    expectTypeOf(buildCloseWrapup).parameter(1).toEqualTypeOf<WrapUpInput | null>();
    expectTypeOf(buildPublishWrapup).parameter(1).toEqualTypeOf<WrapUpInput>();
    expectTypeOf(buildCloseWrapup).returns.toEqualTypeOf<CloseWrapupPayload>();
    // @ts-expect-error a string is not a context
    expect(() => buildCloseWrapup('conv-1', null)).toThrow(WrapUpError);
    // @ts-expect-error "notes" is a typo of "note"
    expect(() => buildCloseWrapup(agentContext(), { notes: 'x' })).toThrow(WrapUpError);
  });
});

describe('exact to the AgentDesk', () => {
  it('channelData: null is accepted and sent as null in the header', () => {
    const ctx = withValue(['channelSession', 'channelData'], null);
    const payload = buildCloseWrapup(ctx, wrapUp, opts);
    expect(payload.cimEvent!.data.header).toHaveProperty('channelData', null);
    expect(payload.cimEvent!.channelSession).toHaveProperty('channelData', null);
    expect(closeWrapupPayloadSchema.safeParse(payload).success).toBe(true);
    // the documented layout needs channel data; null is named as such
    expect(catchError(() => buildCloseWrapup(ctx, wrapUp, { ...opts, format: 'documented' }))).toMatchObject({ code: 'INVALID_CONTEXT', path: ['channelSession', 'channelData'] });
  });

  it('Keycloak firstName/lastName null are sent as null; absent names stay absent', () => {
    const ctx = agentContext();
    const user = ctx.participant.participant.keycloakUser as Record<string, unknown>;
    user.firstName = null;
    user.lastName = null;
    const header = buildCloseWrapup(ctx, wrapUp, opts).cimEvent!.data.header;
    expect(header.sender.additionalDetail).toEqual({ firstName: null, lastName: null });
    delete user.firstName;
    delete user.lastName;
    expect(buildCloseWrapup(ctx, wrapUp, opts).cimEvent!.data.header.sender.additionalDetail).toEqual({});
  });

  describe('permission by phase', () => {
    const noScope = agentContext({ resources: [{ rsid: '1', rsname: 'leave-chat', scopes: ['view', 'manage'] }] });

    it('live (the default) needs the view_wrap_up scope, as today', () => {
      expect(explainWrapUpPermission(noScope)).toMatchObject({ allowed: false, code: 'MISSING_PERMISSION' });
      expect(explainWrapUpPermission(noScope, { phase: 'live' })).toMatchObject({ allowed: false, code: 'MISSING_PERMISSION' });
    });

    it('timed does not: the AgentDesk shows the form to whoever receives wrapupTimerStarted', () => {
      expect(explainWrapUpPermission(noScope, { phase: 'timed' })).toEqual({ allowed: true });
      expect(explainWrapUpPermission(exampleContext, { phase: 'timed' })).toEqual({ allowed: true });
      expect(canWrapUp(noScope, { phase: 'timed' })).toBe(true);
    });

    it('the role check holds in both phases, as the builders refuse those roles', () => {
      for (const role of ['SILENT_MONITOR', 'ASSISTANT'] as const) {
        expect(explainWrapUpPermission(agentContext({ role }), { phase: 'timed' })).toMatchObject({ allowed: false, code: 'ROLE_NOT_ALLOWED' });
      }
      expect(explainWrapUpPermission(agentContext({ role: 'WRAP_UP', resources: [] }), { phase: 'timed' })).toEqual({ allowed: true });
    });

    it('a desk with its own rules sets requireScope', () => {
      expect(explainWrapUpPermission(noScope, { phase: 'timed', requireScope: true })).toMatchObject({ code: 'MISSING_PERMISSION' });
      expect(explainWrapUpPermission(noScope, { phase: 'live', requireScope: false })).toEqual({ allowed: true });
    });
  });
});

describe('labels that can never be sent', () => {
  const long = 'x'.repeat(501);
  const withLabels = (values: string[], categoryName = 'Billing') => {
    const form = structuredClone(formV1);
    form.attributes[0]!.categoryOptions.categories = [{ categoryName, values }, { categoryName: 'Technical', values: ['Password reset'] }];
    return form;
  };

  it('the form normaliser and normalizeWrapUp share one rule', () => {
    for (const label of ['', '   ', '\n\t', long, 'ok', 'x'.repeat(500)]) {
      const sendable = labelProblem(label) === undefined;
      const submit = () => normalizeWrapUp({ wrapups: [{ categoryName: 'Billing', value: label }] });
      if (sendable) expect(submit).not.toThrow();
      else expect(submit).toThrow(WrapUpError);
    }
  });

  it('empty, blank and over-500-character reasons are dropped when the form is read, reported once', () => {
    const warn = vi.fn();
    const form = normalizeWrapUpForm(withLabels(['Refund issued', '', '  ', long]), { warn });
    expect(form.categories[0]!.reasons).toEqual(['Refund issued']);
    expect(form.dropped).toEqual([
      { category: 'Billing', reason: '', problem: 'empty' },
      { category: 'Billing', reason: '  ', problem: 'empty' },
      { category: 'Billing', reason: long, problem: 'too long' },
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/3 label\(s\) that could never be sent.*"Billing" › "" \(empty\).*"Billing" › " {2}" \(empty\).*too long/);
  });

  it('a category whose name can never be sent is dropped with its reasons (both form shapes)', () => {
    const warn = vi.fn();
    const v1 = normalizeWrapUpForm(withLabels(['Refund issued'], ' '), { warn });
    expect(v1.categories.map((c) => c.name)).toEqual(['Technical']);
    expect(v1.dropped).toEqual([{ category: ' ', problem: 'empty' }]);
    const v2 = structuredClone(formV2);
    v2.attributes[0]!.attributeOptions.attributeData[0]!.label = long;
    expect(normalizeWrapUpForm(v2, { warn }).categories.map((c) => c.name)).toEqual(['Technical']);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('a clean form has no dropped list and no warning', () => {
    const warn = vi.fn();
    expect(normalizeWrapUpForm(formV1, { warn })).not.toHaveProperty('dropped');
    expect(warn).not.toHaveBeenCalled();
  });
});
