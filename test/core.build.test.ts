import { describe, expect, it } from 'vitest';
import {
  buildCloseWrapup,
  buildPublishWrapup,
  buildTopicUnsubscription,
  closeWrapupPayloadSchema,
  publishCimEventPayloadSchema,
  WrapUpError,
} from '../src/core';
import { agentContext, example, exampleContext, fixedClock, sequentialIds } from './fixtures/contexts';
import { catchError } from './helpers';

const wrapUp = { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'Customer satisfied' };
const opts = { now: fixedClock, newId: sequentialIds() };

describe('the event page example', () => {
  it('is accepted by closeWrapupPayloadSchema exactly as published, keeping every field', () => {
    const parsed = closeWrapupPayloadSchema.parse(example);
    expect(parsed).toEqual(example);
  });

  it('rebuilt from its own context in the documented layout, equals it but for body, ids and timestamps', () => {
    const built = buildCloseWrapup(exampleContext, wrapUp, { format: 'documented', now: fixedClock, newId: sequentialIds() });
    const expected = structuredClone<typeof example>(example);
    expected.cimEvent.id = 'id-1';
    expected.cimEvent.data.id = 'id-2';
    expected.cimEvent.timestamp = fixedClock();
    expected.cimEvent.data.header.timestamp = fixedClock();
    (expected.cimEvent.data as { body: unknown }).body = { type: 'WRAPUP', markdownText: '', wrapups: wrapUp.wrapups, note: wrapUp.note };
    expect(built).toEqual(expected);
    expect(Object.keys(built)).toEqual(Object.keys(example));
    expect(closeWrapupPayloadSchema.parse(built)).toEqual(built);
  });
});

describe('agentdesk layout (default), field by field', () => {
  const ctx = agentContext();
  const payload = buildCloseWrapup(ctx, wrapUp, { now: fixedClock, newId: sequentialIds() });
  const event = payload.cimEvent!;
  const sender = { id: ctx.participant.participant.id, senderName: 'faizan', type: 'AGENT', additionalDetail: { firstName: 'Faizan', lastName: 'Ahmed' } };

  it('has the envelope in the AgentDesk key order', () => {
    expect(Object.keys(payload)).toEqual(['cimEvent', 'roomInfo', 'conversationId', 'agentId']);
    expect(payload.roomInfo).toEqual(ctx.roomInfo);
    expect(payload.conversationId).toBe('conv-1');
    expect(payload.agentId).toBe(ctx.participant.participant.id);
  });

  it('builds an AGENT_MESSAGE / MESSAGE event with conversation and room', () => {
    expect(event).toMatchObject({ id: 'id-1', name: 'AGENT_MESSAGE', type: 'MESSAGE', timestamp: fixedClock(), conversationId: 'conv-1', roomInfo: ctx.roomInfo });
    expect(event.data.id).toBe('id-2');
  });

  it('puts the small Sender in the header and as eventEmitter, intent null', () => {
    expect(event.data.header).toEqual({
      timestamp: fixedClock(),
      sender,
      intent: null,
      channelData: ctx.channelSession.channelData,
      conversationId: 'conv-1',
      roomId: 'room-conv-1',
      channelSessionId: 'cs-conv-1',
      customer: ctx.customer,
    });
    expect(event.eventEmitter).toEqual(sender);
  });

  it('moves the channel session onto the event without the UI-only keys', () => {
    const { isChecked: _a, isDisabled: _b, webChannelData: _c, ...clean } = ctx.channelSession as Record<string, unknown>;
    expect(event.channelSession).toEqual(clean);
    expect(event.data.header).not.toHaveProperty('channelSession');
  });

  it('carries the WRAPUP body', () => {
    expect(event.data.body).toEqual({ type: 'WRAPUP', markdownText: '', wrapups: wrapUp.wrapups, note: 'Customer satisfied' });
  });

  it('is accepted by the schema', () => {
    expect(closeWrapupPayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('falls back to the channel session customer when the context has none', () => {
    const { customer: _c, ...noCustomer } = agentContext();
    const p = buildCloseWrapup(noCustomer, wrapUp, opts);
    expect(p.cimEvent!.data.header).toMatchObject({ customer: { _id: 'cust-conv-1' } });
  });
});

describe('leave without wrap-up', () => {
  it('is cimEvent: null in both layouts', () => {
    const ctx = agentContext();
    expect(buildCloseWrapup(ctx, null)).toEqual({ cimEvent: null, roomInfo: ctx.roomInfo, conversationId: 'conv-1', agentId: ctx.participant.participant.id });
    const documented = buildCloseWrapup(exampleContext, null, { format: 'documented' });
    expect(documented).toEqual({ cimEvent: null, agentId: example.agentId, conversationId: example.conversationId, roomInfo: example.roomInfo });
    expect(closeWrapupPayloadSchema.safeParse(documented).success).toBe(true);
  });
});

describe('publishCimEvent (wrap-up during a live chat)', () => {
  it('builds the same event in the publish envelope', () => {
    const ctx = agentContext();
    const publish = buildPublishWrapup(ctx, wrapUp, { now: fixedClock, newId: sequentialIds() });
    const close = buildCloseWrapup(ctx, wrapUp, { now: fixedClock, newId: sequentialIds() });
    expect(Object.keys(publish)).toEqual(['cimEvent', 'agentId', 'conversationId', 'roomInfo']);
    expect(publish.cimEvent).toEqual(close.cimEvent);
    expect(publishCimEventPayloadSchema.safeParse(publish).success).toBe(true);
  });

  it('refuses null with a message pointing at buildCloseWrapup', () => {
    expect(() => buildPublishWrapup(agentContext(), null as never)).toThrow(/buildCloseWrapup\(context, null\)/);
  });
});

describe('purity and ids', () => {
  it('never mutates its inputs (deep-frozen context and wrap-up)', () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object') {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
      return o;
    };
    const ctx = deepFreeze(agentContext());
    const input = deepFreeze(structuredClone(wrapUp));
    const before = JSON.stringify([ctx, input]);
    const payload = buildCloseWrapup(ctx, input, opts);
    expect(JSON.stringify([ctx, input])).toBe(before);
    // the payload shares nothing with the inputs: changing it leaves the context alone
    (payload.roomInfo as { id: string }).id = 'changed';
    expect(ctx.roomInfo.id).toBe('room-conv-1');
  });

  it('uses crypto.randomUUID by default, two distinct ids per event', () => {
    const p = buildCloseWrapup(agentContext(), wrapUp);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(p.cimEvent!.id).toMatch(uuid);
    expect(p.cimEvent!.data.id).toMatch(uuid);
    expect(p.cimEvent!.id).not.toBe(p.cimEvent!.data.id);
  });

  it('is deterministic with an injected clock and id factory', () => {
    const a = buildCloseWrapup(agentContext(), wrapUp, { now: fixedClock, newId: sequentialIds() });
    const b = buildCloseWrapup(agentContext(), wrapUp, { now: fixedClock, newId: sequentialIds() });
    expect(a).toEqual(b);
  });

  it('passes fields it has never heard of through unchanged', () => {
    const ctx = agentContext();
    const extended = {
      ...ctx,
      roomInfo: { ...ctx.roomInfo, shard: 7 },
      channelSession: { ...ctx.channelSession, futureField: { nested: [1, 2] } },
      participant: {
        ...ctx.participant,
        participant: { ...ctx.participant.participant, keycloakUser: { ...ctx.participant.participant.keycloakUser, tenant: 't1' } },
      },
    };
    const agentdesk = buildCloseWrapup(extended, wrapUp, opts);
    expect(agentdesk.roomInfo).toEqual({ id: 'room-conv-1', mode: 'CONTACT_CENTER', shard: 7 });
    expect(agentdesk.cimEvent!.channelSession).toMatchObject({ futureField: { nested: [1, 2] } });
    const documented = buildCloseWrapup(extended, wrapUp, { ...opts, format: 'documented' });
    const header = documented.cimEvent!.data.header as unknown as { sender: { participant: { keycloakUser: { tenant: string } } } };
    expect(header.sender.participant.keycloakUser.tenant).toBe('t1');
  });
});

describe('topicUnsubscription request', () => {
  it('carries conversation, agent and room', () => {
    const ctx = agentContext();
    expect(buildTopicUnsubscription(ctx)).toEqual({ conversationId: 'conv-1', agentId: ctx.participant.participant.id, roomInfo: ctx.roomInfo });
  });
});

describe('bad options', () => {
  it.each([
    [{ format: 'legacy' }, ['format'], /"agentdesk".*"documented"/],
    [{ now: 5 }, ['now'], /must be a function/],
    [{ now: () => Number.NaN }, ['now'], /^options\.now\(\) returned NaN; it must return epoch milliseconds/],
    [{ newId: () => '' }, ['newId'], /^options\.newId\(\) returned ""; it must return a non-empty string/],
    [{ multiple: 'yes' }, ['multiple'], /true or false/],
    [{ noteMaxLength: -1 }, ['noteMaxLength'], /positive whole number/],
  ])('%o → INVALID_OPTIONS at %o', (options, path, message) => {
    const error = catchError(() => buildCloseWrapup(agentContext(), wrapUp, options as never));
    expect(error).toBeInstanceOf(WrapUpError);
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', path });
    expect(error.message).toMatch(message);
  });

  it('documented layout without channel data names the field', () => {
    const ctx = agentContext();
    const { channelData: _d, ...session } = ctx.channelSession;
    const error = catchError(() => buildCloseWrapup({ ...ctx, channelSession: session }, wrapUp, { format: 'documented' }));
    expect(error).toMatchObject({ code: 'INVALID_CONTEXT', path: ['channelSession', 'channelData'] });
  });
});
