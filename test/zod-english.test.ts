// The package's schemas are on zod/mini, which installs no locale; src/core/zod.ts installs
// `englishIssue` instead of zod's English locale (a third of its bytes). Its messages must be zod's,
// word for word, for every issue the package's schemas can raise.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { englishIssue } from '../src/core/zod';
import * as schemas from '../src/core/schemas';
import { wrapUpContextSchema, wrapUpInputSchema } from '../src/core/context';
import { wrapUpFormV1Schema, wrapUpFormV2Schema, pageMetadataSchema, wrapUpSearchPageSchema } from '../src/core/admin-form';
import { onCimEventSchema, wrapupErrorEventSchema } from '../src/core/transport-contract';

const zodEnglish = en().localeError;
const messages = (schema: z.ZodMiniType, value: unknown, error: z.core.$ZodErrorMap) => {
  const result = schema.safeParse(value, { error });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

class Thing {}
const odd: unknown[] = [
  undefined, null, true, 0, -1, 1.5, NaN, Infinity, -Infinity, 10n, '', ' ', 'x', 'WRAPUP', 'a'.repeat(501), '12', '1.5s',
  [], [1], {}, { type: 'WRAPUP' }, { type: 5 }, new Date(0), new Thing(), Object.create(null), Symbol('s'), () => 1, new Map(), new Set(),
];
// values placed at every path of a valid value, one at a time
const validContext = JSON.parse(JSON.stringify({
  conversationId: 'c1',
  roomInfo: { id: 'r1', mode: 'CONTACT_CENTER' },
  participant: {
    id: 'p1', type: 'AGENT', role: 'PRIMARY', state: 'SUBSCRIBED',
    participant: { id: 'u1', participantType: 'CCUser', keycloakUser: { id: 'k1', username: 'agent', roles: [], realm: 'cx', permittedResources: { Resources: [{ rsid: 'a', rsname: 'b', scopes: ['c'] }] } } },
  },
  channelSession: { id: 's1', isActive: true, channelData: { channelCustomerIdentifier: 'x', serviceIdentifier: 'y' }, customer: { _id: 'c' } },
})) as Record<string, unknown>;

function* paths(value: unknown, path: Array<string | number> = []): Generator<Array<string | number>> {
  yield path;
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* paths(v, [...path, Array.isArray(value) ? Number(k) : k]);
}
const setAt = (value: unknown, path: Array<string | number>, replacement: unknown): unknown => {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
};

describe('englishIssue: zod English locale messages, word for word', () => {
  it('every field of the context, each replaced by odd values', () => {
    let compared = 0;
    for (const path of paths(validContext)) {
      for (const value of odd) {
        let input: unknown;
        try {
          input = setAt(validContext, path, value);
        } catch {
          continue; // structuredClone of a function or symbol
        }
        expect(messages(wrapUpContextSchema, input, englishIssue)).toEqual(messages(wrapUpContextSchema, input, zodEnglish));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(messages(wrapUpContextSchema, {}, englishIssue)).toContain('roomInfo: Invalid input: expected object, received undefined');
  });

  it('every exported schema against odd values, and the wrap-up input, forms, pages and events', () => {
    const all: z.ZodMiniType[] = [
      ...(Object.values(schemas) as unknown[]).filter((v): v is z.ZodMiniType => typeof v === 'object' && v !== null && 'safeParse' in v),
      wrapUpInputSchema, wrapUpFormV1Schema, wrapUpFormV2Schema, pageMetadataSchema, wrapUpSearchPageSchema, onCimEventSchema, wrapupErrorEventSchema,
    ];
    expect(all.length).toBeGreaterThan(25);
    const inputs = [
      ...odd,
      { wrapups: [{ categoryName: ' ', value: 'a'.repeat(501) }], note: 1, notes: '', extra: 2 },
      { wrapups: 'x' },
      { total: -1, currentPage: 0.5, totalPages: NaN, hasMore: 'no' },
      { attributes: [] },
      { attributes: [{ attributeOptions: { attributeData: [{ values: [{ label: 1 }] }] } }] },
      { id: 'e', name: '', type: 'OTHER', timestamp: 'now', data: { id: 'm', header: { channelSession: 1 }, body: { type: '' } } },
      { id: 'e', name: 'n', type: 'MESSAGE', timestamp: 1, data: { id: 'm', header: { sender: { id: '', type: '' } }, body: { type: 'WRAPUP', wrapups: [{}] } } },
      { duration: '1.5s', conversationId: '' },
      { cimEvent: 5, conversationId: '', path: [true] },
      { mode: 'OTHER', id: 3 },
    ];
    for (const schema of all) for (const input of inputs) expect(messages(schema, input, englishIssue)).toEqual(messages(schema, input, zodEnglish));
  });

  it('the issue codes the package does not raise today read as in zod too (or "Invalid input" for unnamed formats)', () => {
    const cases: Array<[z.ZodMiniType, unknown]> = [
      [z.string().check(z.startsWith('a')), 'b'],
      [z.string().check(z.endsWith('a')), 'b'],
      [z.string().check(z.includes('a')), 'b'],
      [z.number().check(z.multipleOf(3)), 4],
      [z.number().check(z.maximum(3)), 4],
      [z.number().check(z.lt(3)), 4],
      [z.number().check(z.gt(3)), 2],
      [z.array(z.number()).check(z.length(2)), [1]],
      [z.array(z.number()).check(z.maxLength(1)), [1, 2]],
      [z.record(z.enum(['a']), z.number()), { b: 1 }],
      [z.map(z.string(), z.number()), new Map([['a', 'x']])],
      [z.set(z.number()), new Set(['x'])],
      [z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })]), { k: 'c' }],
      [z.literal(10n), 11n],
      [z.nan(), 1],
      [z.number(), NaN],
    ];
    for (const [schema, input] of cases) expect(messages(schema, input, englishIssue)).toEqual(messages(schema, input, zodEnglish));
    expect(messages(z.email(), 'x', englishIssue)).toEqual([': Invalid input']);
  });
});
