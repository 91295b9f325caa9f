import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCloseWrapup, buildPublishWrapup, readCimEvent, readWrapUpBody, type CimEvent } from '../src/core';
import { agentContext, example, exampleContext, fixedClock, sequentialIds } from './fixtures/contexts';

const wrapUp = {
  wrapups: [
    { categoryName: 'Billing', value: 'Refund issued' },
    { categoryName: 'Technical support', value: 'Password reset' },
  ],
  note: 'Customer satisfied',
};
const options = () => ({ now: fixedClock, newId: sequentialIds() });
/** A WRAPUP CimEvent as the AgentDesk sends it (publishCimEvent during the chat). */
const published = (): CimEvent => buildPublishWrapup(agentContext(), wrapUp, options()).cimEvent;
/** The same event with its message body replaced. */
const withBody = (body: unknown): unknown => {
  const event = structuredClone(published()) as { data: { body: unknown } };
  event.data.body = body;
  return event;
};

describe('readWrapUpBody', () => {
  it('reads the codes, in the order sent, and the note of a WRAPUP CimEvent object', () => {
    expect(readWrapUpBody(published())).toEqual(wrapUp);
  });

  it('reads the JSON string onCimEvent delivers the same', () => {
    expect(readWrapUpBody(JSON.stringify(published()))).toEqual(wrapUp);
  });

  it('reads both wire layouts: the AgentDesk header and the documented (legacy) one', () => {
    expect(readWrapUpBody(buildCloseWrapup(agentContext(), wrapUp, options()).cimEvent)).toEqual(wrapUp);
    expect(readWrapUpBody(buildCloseWrapup(exampleContext, wrapUp, { ...options(), format: 'documented' }).cimEvent)).toEqual(wrapUp);
  });

  it('gives an empty note when the body has none, and keeps only categoryName and value of each code', () => {
    const body = { type: 'WRAPUP', markdownText: '', wrapups: [{ categoryName: 'Billing', value: 'Refund issued', color: 'red' }] };
    expect(readWrapUpBody(withBody(body))).toEqual({ wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: '' });
    expect(readWrapUpBody(withBody({ type: 'WRAPUP', wrapups: [], note: 'Only a note' }))).toEqual({ wrapups: [], note: 'Only a note' });
  });

  it.each<[string, unknown]>([
    ['a PLAIN message', withBody({ type: 'PLAIN', markdownText: 'Hello' })],
    ['the event page example (a PLAIN message, legacy header)', example.cimEvent],
    ['a NOTIFICATION', withBody({ type: 'NOTIFICATION' })],
    ['a WRAPUP body without wrapups', withBody({ type: 'WRAPUP', note: 'x' })],
    ['a WRAPUP body whose wrapups is not an array', withBody({ type: 'WRAPUP', wrapups: { categoryName: 'Billing', value: 'Refund issued' } })],
    ['a WRAPUP code with an empty category', withBody({ type: 'WRAPUP', wrapups: [{ categoryName: ' ', value: 'Refund issued' }] })],
    ['a WRAPUP code without a value', withBody({ type: 'WRAPUP', wrapups: [{ categoryName: 'Billing' }] })],
    ['a WRAPUP body whose note is not text', withBody({ type: 'WRAPUP', wrapups: [], note: 42 })],
    ['a body with no type', withBody({ wrapups: [] })],
    ['an event without its id', (({ id: _id, ...rest }) => rest)(published())],
    ['an event of an unknown type', { ...published(), type: 'WRAPUP' }],
    ['an event without data', { ...published(), data: undefined }],
    ['the body alone', published().data.body],
    ['the message alone', published().data],
    ['a closeWrapup payload', buildCloseWrapup(agentContext(), wrapUp, options())],
    ['text that is not JSON', '{"id": "1", '],
    ['an empty string', ''],
    ['the JSON string of a string', JSON.stringify(JSON.stringify(published()))],
    ['JSON null', 'null'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', [published()]],
  ])('is undefined for %s', (_, input) => {
    expect(readWrapUpBody(input)).toBeUndefined();
  });

  it('never throws: an object whose getters throw, a revoked proxy', () => {
    const hostile = Object.defineProperty({ ...published() }, 'data', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(readWrapUpBody(hostile)).toBeUndefined();
    expect(readWrapUpBody(proxy)).toBeUndefined();
  });

  it('never throws on any value or any text, and reads only WRAPUP bodies', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (input) => {
        const read = readWrapUpBody(input);
        expect(read).toBeUndefined(); // none of these is a valid CimEvent
      }),
      { numRuns: 300 },
    );
    // any valid codes and note round-trip through the wire
    const label = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s));
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ categoryName: label, value: label }), { minLength: 1, maxLength: 5, selector: (w) => `${w.categoryName}|${w.value}` }), fc.string({ maxLength: 50 }), (wrapups, note) => {
        const event = buildPublishWrapup(agentContext(), { wrapups, note }, options()).cimEvent;
        const sent = event.data.body as { wrapups: Array<{ categoryName: string; value: string }>; note?: string };
        expect(readWrapUpBody(JSON.stringify(event))).toEqual({ wrapups: sent.wrapups, note: sent.note ?? '' });
      }),
      { numRuns: 100 },
    );
  });
});

describe('readCimEvent', () => {
  it('gives the checked event, with its id and timestamp, from the object or its JSON string', () => {
    const event = published();
    expect(readCimEvent(event)).toEqual(event);
    expect(readCimEvent(JSON.stringify(event))).toMatchObject({ id: event.id, timestamp: fixedClock(), type: 'MESSAGE' });
  });

  it('reads any valid event, not only wrap-ups, and is undefined for what is not one', () => {
    expect(readCimEvent(withBody({ type: 'PLAIN', markdownText: 'Hello' }))).toMatchObject({ data: { body: { type: 'PLAIN' } } });
    expect(readCimEvent(JSON.stringify(example.cimEvent))).toEqual(example.cimEvent);
    for (const input of ['', 'not json', 'null', null, undefined, 1, [], {}, published().data]) expect(readCimEvent(input)).toBeUndefined();
  });
});
