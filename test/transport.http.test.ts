import { describe, expect, it } from 'vitest';
import { buildCloseWrapup, createMemoryStorage, createOutbox } from '../src/core';
import { createHttpTransport } from '../src/transport';
import { agentContext } from './fixtures/contexts';

describe('HTTP transport without an agent id (answers come back in the POST response)', () => {
  it('recovers after a failed POST: the next attempt is the probe, and the outbox delivers', async () => {
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('fetch failed'); // the relay was briefly unreachable
      return new Response(JSON.stringify({ events: [{ name: 'topicUnsubscription', payload: { conversationId: 'conv-1', reason: 'Wrap Up applied' } }] }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof globalThis.fetch;
    const transport = createHttpTransport({ url: 'http://127.0.0.1:9/relay', fetch, backoff: { baseMs: 20, maxMs: 20 } });
    const outbox = createOutbox({ transport, storage: createMemoryStorage() });
    const states: string[] = [];
    transport.onStateChange((s) => states.push(s));
    try {
      await expect(outbox.submit(buildCloseWrapup(agentContext(), null))).resolves.toMatchObject({ status: 'applied' });
      expect(calls).toBe(2);
      expect(states).toEqual(['connected', 'disconnected', 'connected']);
    } finally {
      outbox.dispose();
      transport.close();
    }
  });
});
