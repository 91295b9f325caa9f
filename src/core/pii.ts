/** What looks like personal data in a note. Used to warn the agent before submit; never blocks it. */
export type SensitiveKind = 'card' | 'email' | 'phone';

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Only the first this many characters of a note are scanned (the panel's note limit is 2,000
 * characters by default), so the check costs the same bounded time on every keystroke, whatever
 * is pasted. Personal data beyond it is not reported.
 */
export const SENSITIVE_SCAN_LENGTH = 10_000;

// Bounded repetitions: each position is tried a bounded number of ways, so these run in linear time.
const cardLike = /(?:\d[ -]?){12,18}\d/g;
// a whole number, not a slice of a longer run of digits
const phoneLike = /(?<!\d[ ().-]?)\+?\d(?:[ ().-]?\d){6,14}(?![ ().-]?\d)/g;

/** A character of an e-mail address's local part or domain: not white space, `@`, `<`, `>`, `(`, `)`, `[` or `]`. */
const addressChar = /[^\s@<>()[\]]/;
const letter = /[a-z]/i;

/**
 * Whether the text holds `local@domain.tld`, as the pattern
 * `/[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/i` would find it, in one pass: each `@` looks back one
 * character and forward over its domain, which ends at the next `@` at the latest (the regular
 * expression itself retries every start position and is quadratic on a long run without spaces).
 */
function hasEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !addressChar.test(text[at - 1]!)) continue;
    // domain: at least one character before a '.' followed by two letters, all address characters
    for (let i = at + 1; i < text.length && addressChar.test(text[i]!); i++) {
      if (i > at + 1 && text[i] === '.' && letter.test(text[i + 1] ?? '') && letter.test(text[i + 2] ?? '')) return true;
    }
  }
  return false;
}

/**
 * The kinds of personal data a note seems to contain: Luhn-valid card numbers, e-mail addresses,
 * phone numbers. Linear in the length of the text, of which only the first
 * `SENSITIVE_SCAN_LENGTH` characters are read.
 */
export function detectSensitive(note: string): SensitiveKind[] {
  if (typeof note !== 'string') return [];
  const text = note.length > SENSITIVE_SCAN_LENGTH ? note.slice(0, SENSITIVE_SCAN_LENGTH) : note;
  const found = new Set<SensitiveKind>();
  const cards = new Set<string>();
  for (const match of text.matchAll(cardLike)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) {
      found.add('card');
      cards.add(match[0]);
    }
  }
  if (hasEmail(text)) found.add('email');
  for (const match of text.matchAll(phoneLike)) {
    if (found.has('phone')) break;
    if ([...cards].some((c) => c.includes(match[0]) || match[0].includes(c))) continue;
    const digits = match[0].replace(/\D/g, '');
    // E.164 allows 15 digits with a country code (+); national numbers have at most 12, so longer runs are ids
    const max = match[0].trimStart().startsWith('+') ? 15 : 12;
    if (digits.length >= 7 && digits.length <= max) found.add('phone');
  }
  return (['card', 'email', 'phone'] as const).filter((k) => found.has(k));
}
