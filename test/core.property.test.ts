import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCloseWrapup,
  buildPublishWrapup,
  closeWrapupPayloadSchema,
  publishCimEventPayloadSchema,
  WrapUpError,
  type WrapUpContextInput,
} from '../src/core';

const nonBlank = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => /\S/.test(s));
const extras = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !['__proto__', 'constructor'].includes(k)), fc.jsonValue(), { maxKeys: 3 });

const context: fc.Arbitrary<WrapUpContextInput> = fc
  .record({
    conversationId: nonBlank(40),
    roomId: nonBlank(24),
    mode: fc.constantFrom('PRIVATE', 'CONTACT_CENTER' as const),
    role: fc.constantFrom('PRIMARY', 'WRAP_UP', 'WHISPER' as const),
    agentId: nonBlank(36),
    username: nonBlank(20),
    firstName: fc.option(fc.string(), { nil: undefined }),
    sessionId: nonBlank(36),
    channelData: fc.option(fc.record({ channelCustomerIdentifier: fc.string(), serviceIdentifier: fc.string() }), { nil: undefined }),
    extra: extras,
  })
  .map((r) => ({
    conversationId: r.conversationId,
    roomInfo: { id: r.roomId, mode: r.mode },
    participant: {
      ...r.extra,
      id: `p-${r.agentId}`,
      type: 'AGENT' as const,
      role: r.role,
      state: 'SUBSCRIBED' as const,
      participant: {
        id: r.agentId,
        participantType: 'CCUser' as const,
        keycloakUser: { id: r.agentId, username: r.username, firstName: r.firstName, roles: [], realm: 'r' },
      },
    },
    channelSession: { ...r.extra, id: r.sessionId, isActive: true, channelData: r.channelData },
  }));

const entry = fc.record({ categoryName: nonBlank(500), value: nonBlank(500) });
const wrapUp = fc
  .record({ wrapups: fc.array(entry, { maxLength: 5 }), note: fc.string({ maxLength: 300 }) })
  .filter((w) => w.wrapups.length > 0 || w.note.trim() !== '');

describe('property: any valid context and wrap-up builds a payload the schema accepts', () => {
  it('closeWrapup, agentdesk and documented layouts, with and without a wrap-up', () => {
    fc.assert(
      fc.property(context, fc.option(wrapUp, { nil: null }), fc.constantFrom('agentdesk', 'documented' as const), (ctx, w, format) => {
        if (format === 'documented' && !ctx.channelSession.channelData) return; // documented layout needs channel data
        const payload = buildCloseWrapup(ctx, w, { format });
        const parsed = closeWrapupPayloadSchema.safeParse(payload);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(payload.conversationId).toBe(ctx.conversationId);
        expect(payload.cimEvent === null).toBe(w === null);
        const body = payload.cimEvent?.data.body as { wrapups: unknown[] } | undefined;
        if (w && body) expect(body.wrapups.length).toBeLessThanOrEqual(w.wrapups.length);
      }),
      { numRuns: 300 },
    );
  });

  it('publishCimEvent', () => {
    fc.assert(
      fc.property(context, wrapUp, (ctx, w) => {
        expect(publishCimEventPayloadSchema.safeParse(buildPublishWrapup(ctx, w)).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

/** Every required field of a context, as a path, and values that are wrong for it. */
const requiredPaths: string[][] = [
  ['conversationId'],
  ['roomInfo'],
  ['roomInfo', 'id'],
  ['roomInfo', 'mode'],
  ['participant'],
  ['participant', 'id'],
  ['participant', 'type'],
  ['participant', 'role'],
  ['participant', 'state'],
  ['participant', 'participant'],
  ['participant', 'participant', 'id'],
  ['participant', 'participant', 'participantType'],
  ['participant', 'participant', 'keycloakUser'],
  ['participant', 'participant', 'keycloakUser', 'id'],
  ['participant', 'participant', 'keycloakUser', 'username'],
  ['channelSession'],
  ['channelSession', 'id'],
  ['channelSession', 'isActive'],
];
const enumFields = new Set(['mode', 'type', 'role', 'state', 'participantType']);
const wrongValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.constant(''), fc.constant([]), fc.constant('NOT_AN_ENUM'), fc.boolean());

function corrupt(ctx: WrapUpContextInput, path: string[], value: unknown): unknown {
  const copy = structuredClone(ctx) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe('property: any invalid input raises WrapUpError, never a bare TypeError', () => {
  it('a valid context with one required field broken', () => {
    fc.assert(
      fc.property(context, fc.constantFrom(...requiredPaths), wrongValue, wrapUp, (ctx, path, value, w) => {
        const bad = corrupt(ctx, path, value);
        // some wrong values are right for some fields (a boolean for isActive, any string for an id): skip those
        const last = path.at(-1)!;
        if (last === 'isActive' && typeof value === 'boolean') return;
        if (value === 'NOT_AN_ENUM' && !enumFields.has(last) && last !== 'participant') return;
        let thrown: unknown;
        try {
          buildCloseWrapup(bad as never, w);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(WrapUpError);
        const error = thrown as WrapUpError;
        expect(error.code).toBe('INVALID_CONTEXT');
        // the reported path is the broken field or inside it
        expect(path.join('.').startsWith(error.path.join('.')) || error.path.join('.').startsWith(path.join('.'))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('anything at all as context, wrap-up or options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.option(fc.anything(), { nil: undefined }), (ctx, w, options) => {
        try {
          buildCloseWrapup(ctx as never, w as never, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(WrapUpError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('invalid wrap-ups on a valid context', () => {
    const badEntry = fc.oneof(
      fc.record({ categoryName: fc.constant(''), value: nonBlank(10) }),
      fc.record({ categoryName: nonBlank(10), value: fc.string({ minLength: 501, maxLength: 600 }) }),
      fc.record({ categoryName: fc.integer(), value: nonBlank(10) }),
    );
    fc.assert(
      fc.property(context, fc.array(entry, { maxLength: 4 }), badEntry, (ctx, good, bad) => {
        expect(() => buildCloseWrapup(ctx, { wrapups: [...good, bad] } as never)).toThrow(WrapUpError);
      }),
      { numRuns: 200 },
    );
  });
});
