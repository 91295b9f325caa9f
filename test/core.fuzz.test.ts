/**
 * Property-based suite over contexts, wrap-up inputs, options and Unified Admin forms, through the
 * builders and normalisers (issue 13). For any input:
 * - the only error is a WrapUpError (with a code and a path), never a TypeError, RangeError or DataCloneError;
 * - no call hangs (each returns within a bound);
 * - nothing pollutes a prototype (`__proto__`, `constructor`, `prototype` keys included);
 * - no input is mutated.
 * `npm test` runs a small sample; `FUZZ_RUNS=10000 npx vitest run test/core.fuzz.test.ts` runs more.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCloseWrapup,
  buildPublishWrapup,
  buildTopicUnsubscription,
  canWrapUp,
  closeWrapupPayloadSchema,
  detectSensitive,
  SENSITIVE_KINDS,
  explainWrapUpPermission,
  normalizeWrapUp,
  normalizeWrapUpForm,
  publishCimEventPayloadSchema,
  reasonKey,
  WrapUpError,
} from '../src/core';
import { agentContext, exampleContext } from './fixtures/contexts';
import { formV1, formV2 } from './fixtures/forms';

const runs = Number(process.env.FUZZ_RUNS) || 300;
const timeout = Math.max(20_000, runs * 20);

// ------------------------------------------------------------------ hostile values
// Values that cannot be compared or copied safely are module constants, shared by the two clones fc.clone makes.

const fn = () => 'a function';
const symbol = Symbol('s');
// a revoked Proxy breaks fast-check's and vitest's own `in` checks, so it is fuzzed apart (no clone compare)
const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const throwingGetter = Object.defineProperty({}, 'boom', { enumerable: true, get: () => { throw new Error('getter threw'); } });
const throwingProxy = new Proxy({}, { ownKeys: () => { throw new Error('ownKeys threw'); } });
const deep = (levels: number) => {
  let node: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < levels; i++) node = { next: node };
  return node;
};
const deep70 = deep(70);
const deep2500 = deep(2_500);
const nullProto = Object.create(null) as Record<string, unknown>;
const polluting = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}') as unknown;

const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');
const key = fc.oneof(fc.string({ maxLength: 6 }), dangerousKey);

const anything = fc.anything({
  key,
  maxDepth: 3,
  maxKeys: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
});

const cyclic = anything.map((v) => {
  const o: Record<string, unknown> = { v };
  o.self = { back: o };
  return o;
});

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anything },
  fc.constantFrom<unknown>(fn, symbol, 10n, Number.NaN, Number.POSITIVE_INFINITY, -0, throwingGetter, throwingProxy, deep70, deep2500, nullProto, polluting, new Date(Number.NaN)),
  cyclic,
  anything.filter(isPlain).map((v) => new Proxy(v, {})),
  fc.string({ minLength: 490, maxLength: 520 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\t\n'),
);

/** A plain object or array (what MobX wraps in a Proxy); a hostile value is never walked into. */
function isPlain(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || value === throwingProxy || value === throwingGetter) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A copy of `base` with `value` put at a path chosen by `steps` (each step picks among the keys there). */
function inject(base: unknown, steps: number[], value: unknown, how: 'set' | 'proxy' | 'delete'): unknown {
  if (steps.length === 0 || !isPlain(base)) return how === 'proxy' && isPlain(base) ? new Proxy(base, {}) : value;
  const keys = Object.keys(base);
  const copy: Record<string, unknown> = Array.isArray(base) ? ([...base] as unknown as Record<string, unknown>) : { ...(base as Record<string, unknown>) };
  if (keys.length === 0) {
    copy[Array.isArray(base) ? 0 : `k${steps[0]! % 4}`] = value;
    return copy;
  }
  const k = keys[steps[0]! % keys.length]!;
  if (steps.length === 1 && how === 'delete') delete copy[k];
  else copy[k] = inject(copy[k], steps.slice(1), value, how);
  return copy;
}

const mutation = fc.record({
  steps: fc.array(fc.nat(), { minLength: 0, maxLength: 7 }),
  value: hostile,
  how: fc.constantFrom<'set' | 'proxy' | 'delete'>('set', 'set', 'proxy', 'delete'),
});

/** A valid context, broken in 0 to 3 places. */
const contextArb = fc
  .record({
    base: fc.constantFrom('agent', 'example', 'timed-role', 'no-resources'),
    mutations: fc.array(mutation, { maxLength: 3 }),
  })
  .map(({ base, mutations }) => {
    let ctx: unknown =
      base === 'agent' ? agentContext() : base === 'example' ? structuredClone(exampleContext) : base === 'timed-role' ? agentContext({ role: 'WRAP_UP' }) : agentContext({ resources: false });
    for (const m of mutations) ctx = inject(ctx, m.steps, m.value, m.how);
    return ctx;
  });

const label = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '  ', 'a\u0000b', 'x'.repeat(501), 'Refund issued', '__proto__'));
const entry = fc.oneof(
  { weight: 4, arbitrary: fc.record({ categoryName: label, value: label }) },
  fc.record({ categoryName: label, value: label, extra: hostile }),
  hostile,
);
const wrapUpArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ wrapups: fc.array(entry, { maxLength: 7 }), note: fc.oneof(fc.string({ maxLength: 40 }), hostile) }, { requiredKeys: [] }) },
  fc.constant(null),
  hostile,
  mutation.map((m) => inject({ wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'n' }, m.steps, m.value, m.how)),
);

/** Clocks and id factories: shared constants, so the two clones hold the same functions. */
const factories = [nullProto, 10n, Number.NaN, symbol, '', polluting, deep70, undefined, null, 1_700_000_000_000, 'id'].map((value) => () => value);
const throwing = fc.constant(() => {
  throw new Error('factory threw');
});
const returning = (_: unknown) => fc.constantFrom(...factories);
const optionsArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  fc.record(
    {
      format: fc.oneof(fc.constantFrom('agentdesk', 'documented'), hostile),
      now: fc.oneof(fc.constant(() => 1_700_000_000_000), returning(hostile), throwing),
      newId: fc.oneof(fc.constant(() => 'id-1'), returning(hostile), throwing),
      multiple: fc.oneof(fc.boolean(), hostile),
      noteMaxLength: fc.oneof(fc.integer({ min: 1, max: 100 }), hostile),
    },
    { requiredKeys: [] },
  ),
  hostile,
);

/** Unified Admin forms in both shapes, with random labels and broken in 0 to 3 places. */
const formArb = fc
  .record({
    shape: fc.constantFrom('v1', 'v2', 'array'),
    categories: fc.array(fc.record({ name: label, values: fc.array(label, { maxLength: 5 }) }), { maxLength: 4 }),
    mutations: fc.array(mutation, { maxLength: 3 }),
  })
  .map(({ shape, categories, mutations }) => {
    let form: unknown;
    if (shape === 'v2') {
      const v2 = structuredClone(formV2);
      v2.attributes[0]!.attributeOptions.attributeData = categories.map((c) => ({ label: c.name, values: c.values.map((l) => ({ label: l, value: null, optionStyle: null, optionWeightage: null })) }));
      form = v2;
    } else {
      const v1 = structuredClone(formV1);
      v1.attributes[0]!.categoryOptions.categories = categories.map((c) => ({ categoryName: c.name, values: c.values }));
      form = shape === 'array' ? [{ id: 'other', attributes: [] }, v1] : v1;
    }
    for (const m of mutations) form = inject(form, m.steps, m.value, m.how);
    return form;
  });

// ------------------------------------------------------------------ checks

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join(','));
const before = snapshot();

function assertClean() {
  expect(snapshot()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

/** Runs `call`: it returns, or throws a WrapUpError with a code and a path (a hang fails the test's own timeout). */
function outcome<T>(call: () => T): { value?: T; error?: WrapUpError } {
  try {
    return { value: call() };
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(WrapUpError);
    const e = error as WrapUpError;
    expect(typeof e.code).toBe('string');
    expect(Array.isArray(e.path)).toBe(true);
    expect(typeof e.message).toBe('string');
    return { error: e };
  }
}

/** Deep equality without vitest's diff (which would print a 2,500-level value); NaN equals NaN. */
const unchanged = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

afterAll(assertClean);

describe('fuzz: builders over contexts, wrap-ups and options', () => {
  it('buildCloseWrapup: a valid payload or a WrapUpError; inputs untouched; no pollution', () => {
    fc.assert(
      fc.property(fc.clone(fc.tuple(contextArb, wrapUpArb, optionsArb), 2), ([[ctx, w, options], [ctx2, w2, options2]]) => {
        const { value } = outcome(() => buildCloseWrapup(ctx as never, w as never, options as never));
        if (value) {
          expect(closeWrapupPayloadSchema.safeParse(value).success).toBe(true);
          expect(JSON.parse(JSON.stringify(value))).toEqual(value); // plain JSON data
        }
        expect(unchanged(ctx, ctx2), 'ctx was mutated').toBe(true);
        expect(unchanged(w, w2), 'w was mutated').toBe(true);
        expect(unchanged(options, options2), 'options was mutated').toBe(true);
        assertClean();
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('buildPublishWrapup and buildTopicUnsubscription: the same', () => {
    fc.assert(
      fc.property(fc.clone(fc.tuple(contextArb, wrapUpArb, optionsArb), 2), ([[ctx, w, options], [ctx2, w2]]) => {
        const { value } = outcome(() => buildPublishWrapup(ctx as never, w as never, options as never));
        if (value) expect(publishCimEventPayloadSchema.safeParse(value).success).toBe(true);
        outcome(() => buildTopicUnsubscription(ctx as never));
        expect(unchanged(ctx, ctx2), 'ctx was mutated').toBe(true);
        expect(unchanged(w, w2), 'w was mutated').toBe(true);
        assertClean();
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('explainWrapUpPermission and canWrapUp never throw, in either phase', () => {
    fc.assert(
      fc.property(fc.clone(contextArb, 2), fc.constantFrom(undefined, { phase: 'live' as const }, { phase: 'timed' as const }), ([ctx, ctx2], options) => {
        const answer = outcome(() => explainWrapUpPermission(ctx, options));
        expect(answer.error).toBeUndefined();
        expect(typeof answer.value?.allowed).toBe('boolean');
        expect(canWrapUp(ctx, options)).toBe(answer.value!.allowed);
        expect(unchanged(ctx, ctx2), 'ctx was mutated').toBe(true);
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('a context that passes gets a payload whose header carries its conversation and customer', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const { value } = outcome(() => buildCloseWrapup(ctx as never, { note: 'n' }, { now: () => 1, newId: () => 'x' }));
        if (!value) return;
        const header = value.cimEvent!.data.header as Record<string, unknown>;
        expect(header.conversationId).toBe(value.conversationId);
      }),
      { numRuns: runs },
    );
  }, timeout);
});

describe('fuzz: a revoked Proxy anywhere', () => {
  it('is a WrapUpError at its path from every builder, and an INVALID_CONTEXT answer from the permission check', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 7 }), fc.constantFrom<'set' | 'proxy'>('set', 'proxy'), (steps, how) => {
        const ctx = inject(agentContext(), steps, revoked, how === 'proxy' ? 'set' : how);
        outcome(() => buildCloseWrapup(ctx as never, { note: 'n' }));
        outcome(() => buildCloseWrapup(agentContext(), inject({ wrapups: [{ categoryName: 'a', value: 'b' }], note: '' }, steps, revoked, 'set') as never));
        outcome(() => normalizeWrapUpForm(inject(structuredClone(formV1), steps, revoked, 'set'), { warn: () => undefined }));
        expect(outcome(() => explainWrapUpPermission(ctx)).error).toBeUndefined();
      }),
      { numRuns: runs },
    );
  }, timeout);
});

describe('fuzz: normalisers', () => {
  it('normalizeWrapUp: a WrapUp or a WrapUpError; at most 5 distinct codes; inputs untouched', () => {
    fc.assert(
      fc.property(fc.clone(fc.tuple(wrapUpArb, optionsArb), 2), ([[w, rules], [w2, rules2]]) => {
        const { value } = outcome(() => normalizeWrapUp(w as never, rules as never));
        if (value) {
          expect(value.wrapups.length).toBeLessThanOrEqual(5);
          expect(new Set(value.wrapups.map(reasonKey)).size).toBe(value.wrapups.length);
        }
        expect(unchanged(w, w2), 'w was mutated').toBe(true);
        expect(unchanged(rules, rules2), 'rules was mutated').toBe(true);
        assertClean();
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('normalizeWrapUpForm: a form of sendable labels, or INVALID_FORM; every offered reason can be submitted', () => {
    fc.assert(
      fc.property(fc.clone(formArb, 2), ([form, form2]) => {
        const { value, error } = outcome(() => normalizeWrapUpForm(form, { warn: () => undefined }));
        if (error) expect(error.code).toBe('INVALID_FORM');
        if (value) {
          for (const category of value.categories) {
            for (const reason of category.reasons) {
              expect(() => normalizeWrapUp({ wrapups: [{ categoryName: category.name, value: reason }] })).not.toThrow();
            }
          }
        }
        expect(unchanged(form, form2), 'form was mutated').toBe(true);
        assertClean();
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('reasonKey is one-to-one, whatever characters the labels hold', () => {
    // a small alphabet with NUL and the JSON specials makes near-collisions like a\0b|c vs a|b\0c frequent
    const tiny = fc.string({ unit: fc.constantFrom('a', 'b', '\u0000', '"', '\\', ',', '|'), maxLength: 3 });
    // the second code is either any code, or the first one's labels joined by NUL and split at another NUL
    const pair = fc.tuple(tiny, tiny);
    const other = (a: string, b: string) =>
      fc.oneof(pair, fc.nat().map((n) => {
        const joined = `${a}\u0000${b}`;
        const nuls = [...joined].flatMap((ch, i) => (ch === '\u0000' ? [i] : []));
        const at = nuls[n % nuls.length]!;
        return [joined.slice(0, at), joined.slice(at + 1)] as [string, string];
      }));
    fc.assert(
      fc.property(pair.chain(([a, b]) => other(a, b).map((cd) => [a, b, ...cd] as const)), ([a, b, c, d]) => {
        expect(reasonKey({ categoryName: a, value: b }) === reasonKey({ categoryName: c, value: d })).toBe(a === c && b === d);
      }),
      { numRuns: runs },
    );
  });

  it('detectSensitive: any text, and the e-mail check agrees with the pattern it replaced where no address is spelled out', () => {
    const emailPattern = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/i;
    // "ali @ gmail . com", "ali(at)gmail(dot)com", "ali at gmail dot com" are found too: the pattern never found them
    const spelledOut = / @|@ |\(at\)|\[at\]|\{at\}| at /i;
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('a', 'b', '@', '.', ' ', '1', '-', '(', ')', '+', 'Z', '<'), maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('a', '@', '.', '1', ' '), minLength: 5_000, maxLength: 40_000 }),
    );
    fc.assert(
      fc.property(text, (note) => {
        const { value } = outcome(() => detectSensitive(note));
        expect(value!.every((k) => SENSITIVE_KINDS.includes(k))).toBe(true);
        if (note.length <= 80 && !spelledOut.test(note)) expect(value!.includes('email')).toBe(emailPattern.test(note));
      }),
      { numRuns: runs },
    );
  }, timeout);
});
