import { foldText } from './fold';

/** Most strings read from a context, and the deepest level, so a hostile context costs bounded time. */
const MAX_VALUES = 500;
const MAX_DEPTH = 10;
// the business's own identifiers and record ids, never the customer's contact details
const skippedKey = /^(?:_?id|serviceIdentifier|.*Id|.*Time|createdOn|updatedOn|timestamp)$/;

/** Whether a string is a phone number or an e-mail address as a record holds it. */
export function contactShape(value: string): 'phone' | 'email' | null {
  if (value.length > 254) return null;
  const v = foldText(value).trim();
  if (/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(v)) return 'email';
  const digits = v.replace(/\D/g, '');
  return /^\+?[\d ().-]+$/.test(v) && digits.length >= 7 && digits.length <= 15 ? 'phone' : null;
}

/**
 * The customer's own phone numbers and e-mail addresses, from a wrap-up context (or anything shaped
 * like one): the customer record (`context.customer`, `channelSession.customer`: `phoneNumber`,
 * channel identifiers such as `whatsapp`, any e-mail) and the channel data
 * (`channelCustomerIdentifier`, form attributes such as `email`). Pass them to `detectSensitive` as
 * `identifiers`. Never throws: a value that cannot be read is skipped.
 */
export function customerIdentifiers(context: unknown): string[] {
  const found = new Set<string>();
  let budget = MAX_VALUES;
  const read = (o: unknown, key: string): unknown => {
    try {
      return (o as Record<string, unknown>)[key];
    } catch {
      return undefined;
    }
  };
  const walk = (value: unknown, depth: number): void => {
    if (--budget < 0) return;
    if (typeof value === 'string') {
      if (contactShape(value)) found.add(value.trim());
      return;
    }
    if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return;
    let keys: string[];
    try {
      keys = Array.isArray(value) ? Array.from({ length: Math.min(value.length, 50) }, (_, i) => String(i)) : Object.keys(value).slice(0, 100);
    } catch {
      return;
    }
    for (const key of keys) if (!skippedKey.test(key)) walk(read(value, key), depth + 1);
  };
  const session = read(context, 'channelSession');
  walk(read(context, 'customer'), 0);
  walk(read(session, 'customer'), 0);
  walk(read(session, 'channelData'), 0);
  walk(read(context, 'channelData'), 0);
  return [...found];
}
