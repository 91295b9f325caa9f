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

const cardLike = /(?:\d[ -]?){12,18}\d/g;
const email = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/i;
// a whole number, not a slice of a longer run of digits
const phoneLike = /(?<!\d[ ().-]?)\+?\d(?:[ ().-]?\d){6,14}(?![ ().-]?\d)/g;

/** The kinds of personal data a note seems to contain: Luhn-valid card numbers, e-mail addresses, phone numbers. */
export function detectSensitive(text: string): SensitiveKind[] {
  const found = new Set<SensitiveKind>();
  const cards = new Set<string>();
  for (const match of text.matchAll(cardLike)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) {
      found.add('card');
      cards.add(match[0]);
    }
  }
  if (email.test(text)) found.add('email');
  for (const match of text.matchAll(phoneLike)) {
    if ([...cards].some((c) => c.includes(match[0]) || match[0].includes(c))) continue;
    const digits = match[0].replace(/\D/g, '');
    // E.164 allows 15 digits with a country code (+); national numbers have at most 12, so longer runs are ids
    const max = match[0].trimStart().startsWith('+') ? 15 : 12;
    if (digits.length >= 7 && digits.length <= max) found.add('phone');
  }
  return (['card', 'email', 'phone'] as const).filter((k) => found.has(k));
}
