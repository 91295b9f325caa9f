/**
 * Property: whatever storage holds (tampered entries, broken index, odd outcome slots), the outbox
 * never throws anything but a WrapUpError, never sends what breaks the contract, never pollutes a
 * prototype. `FUZZ_RUNS=10000` (npm run test:fuzz) raises the sample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCloseWrapup, createMemoryStorage, createOutbox, WrapUpError } from '../src/core';
import { outgoingEventSchemas } from '../src/core/transport-contract';
import { createMemoryTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const PREFIX = 'agent-desk-wrapup:outbox';
const valid = buildCloseWrapup(agentContext(), { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'ok' });

/** An entry as stored, with any of its parts replaced by something else. */
const storedEntry = fc.record({
  key: fc.oneof(fc.constant(`closeWrapup:${valid.cimEvent!.id}`), fc.string()),
  event: fc.oneof(fc.constantFrom('closeWrapup', 'publishCimEvent', 'connect', 'disconnect', '__proto__'), fc.anything()),
  conversationId: fc.oneof(fc.constant(valid.conversationId), fc.string(), fc.anything()),
  eventId: fc.oneof(fc.constant(valid.cimEvent!.id), fc.constant(null), fc.anything()),
  payload: fc.oneof(fc.constant(valid as unknown), fc.jsonValue(), fc.anything()),
  createdAt: fc.oneof(fc.integer(), fc.anything()),
  attempts: fc.oneof(fc.nat(), fc.anything()),
});
const text = fc.oneof(
  storedEntry.map((e) => JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
);

describe('stored entries, index and outcomes from a hostile storage', () => {
  it('only WrapUpErrors, nothing sent that breaks the contract, no prototype polluted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('entry', 'index', 'outcome', 'next'), text), { maxLength: 6 }), async (writes) => {
        const storage = createMemoryStorage();
        for (const [kind, value] of writes) {
          if (kind === 'entry') storage.setItem(`${PREFIX}:entry:closeWrapup:${valid.cimEvent!.id}`, value);
          else if (kind === 'index') storage.setItem(`${PREFIX}:index`, value);
          else if (kind === 'outcome') storage.setItem(`${PREFIX}:outcome:0`, value);
          else storage.setItem(`${PREFIX}:outcomes:next`, value);
        }
        const transport = createMemoryTransport({ autoRespond: false });
        const errors: unknown[] = [];
        const outbox = createOutbox({ transport, storage, onError: (e) => errors.push(e) });
        try {
          outbox.pending();
          outbox.outcome(valid.conversationId);
          outbox.flush();
          await new Promise((r) => setTimeout(r, 0));
        } finally {
          outbox.dispose();
        }
        for (const e of errors) expect(e).toBeInstanceOf(WrapUpError);
        for (const { name, payload } of transport.sent) {
          expect(['closeWrapup', 'publishCimEvent']).toContain(name);
          expect(outgoingEventSchemas[name as 'closeWrapup'].safeParse(payload).success).toBe(true);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('event');
      }),
      { numRuns: RUNS },
    );
  }, 10_000 + RUNS * 20);
});
