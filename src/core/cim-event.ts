/**
 * Reading a CimEvent as the Agent Manager delivers it: `onCimEvent`'s `cimEvent` is a JSON string
 * on the wire, an object once parsed. For a desk that shows the wrap-ups applied in its chat.
 */
import { cimEventSchema, wrapUpMessageBodySchema, type CimEvent } from './schemas';

/**
 * The id of a CimEvent, from the object or its JSON string, without checking the rest: all the
 * outbox needs to match an echo to what it sent. Undefined when there is none; never throws.
 */
export function cimEventId(cimEvent: unknown): string | undefined {
  try {
    const id = (typeof cimEvent === 'string' ? (JSON.parse(cimEvent) as { id?: unknown } | null) : (cimEvent as { id?: unknown } | null))?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The CimEvent, checked with `cimEventSchema` (either header layout), from the object or its JSON
 * string. Undefined for anything else (text that is not JSON, a malformed event); never throws.
 */
export function readCimEvent(cimEvent: unknown): CimEvent | undefined {
  try {
    const result = cimEventSchema.safeParse(typeof cimEvent === 'string' ? JSON.parse(cimEvent) : cimEvent);
    return result.success ? result.data : undefined;
  } catch {
    // not JSON, or an object whose getters throw
    return undefined;
  }
}

/**
 * The wrap-up a CimEvent carries: its codes in the order sent and its note (`''` when it has none),
 * when the event is valid (`cimEventSchema`) and its message body is a `WRAPUP` body
 * (`wrapUpMessageBodySchema`). Accepts the object or its JSON string, as `onCimEvent` delivers it.
 * Undefined for anything else (any other message, a malformed event, text that is not JSON); never
 * throws.
 */
export function readWrapUpBody(cimEvent: unknown): { wrapups: Array<{ categoryName: string; value: string }>; note: string } | undefined {
  const event = readCimEvent(cimEvent);
  if (!event) return undefined;
  const body = wrapUpMessageBodySchema.safeParse(event.data.body);
  if (!body.success) return undefined;
  return {
    wrapups: body.data.wrapups.map(({ categoryName, value }) => ({ categoryName, value })),
    note: body.data.note ?? '',
  };
}
