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

describe('the transport hub (every transport)', () => {
  it('a listener that throws does not keep an event from the others; events before a listener of every conversation are kept for it', async () => {
    const { createMemoryTransport } = await import('../src/transport');
    const transport = createMemoryTransport();
    const single: string[] = [];
    transport.subscribe((e) => single.push(e.name), { conversationId: 'conv-1' });
    transport.receive('wrapupTimerStarted', { conversationId: 'conv-1', duration: 60 }); // only a one-conversation listener yet
    expect(single).toEqual(['wrapupTimerStarted']);
    const all: string[] = [];
    transport.subscribe(() => {
      throw new Error('a desk listener with a bug');
    });
    transport.subscribe((e) => all.push(e.name));
    const uncaught: unknown[] = [];
    const onError = (e: unknown) => uncaught.push(e);
    process.on('uncaughtException', onError);
    try {
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      expect(all).toEqual(['wrapupTimerStarted']); // handed over, once
      expect(single).toEqual(['wrapupTimerStarted']); // not twice
      transport.receive('topicUnsubscription', { conversationId: 'conv-1', reason: 'Wrap Up applied' });
      expect(all).toEqual(['wrapupTimerStarted', 'topicUnsubscription']);
    } finally {
      await new Promise((r) => setTimeout(r, 0));
      process.off('uncaughtException', onError);
    }
  });

  it('an event name that is an Object.prototype key is ignored, not a TypeError', async () => {
    const { createMemoryTransport } = await import('../src/transport');
    expect(() => createMemoryTransport().receive('toString', {})).not.toThrow();
  });
});
