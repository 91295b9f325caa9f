import { ibanChecksum, ibanLength, isCard, isMobile, isPhone, isSsn, luhn } from './checks';
import { foldText } from './fold';
import { contactShape } from './identifiers';
import { ARABIC_OWNER_WORDS, ARABIC_PERSON_WORDS, BUSINESS_WORDS, SSN_WORDS, CARD_WORDS, CLIENT_WORDS, FILLER_WORDS, GENITIVE_WORDS, ID_QUALIFIERS, ID_WORDS, NUMBER_QUALIFIERS, PERSON_WORDS, PHONE_WORDS, RECORD_WORDS, REFERENCE_WORDS, wordForms } from './words';

export { customerIdentifiers } from './identifiers';
export { foldText } from './fold';

/**
 * What looks like personal data in a note. Used to warn the agent before submit; never blocks it.
 * `iban`: a bank account number; `nationalId`: Pakistan's CNIC, the Emirates ID, a US social
 * security number, a Saudi national or residence id; `customerContact`: the customer's own phone
 * number or e-mail address, from `identifiers` (it is then not reported as `phone` or `email` too).
 */
export type SensitiveKind = 'card' | 'email' | 'phone' | 'iban' | 'nationalId' | 'customerContact';

/** Every kind, in the order `detectSensitive` reports them. */
export const SENSITIVE_KINDS: readonly SensitiveKind[] = ['card', 'email', 'phone', 'iban', 'nationalId', 'customerContact'];

/** A desk's own kind of personal data. The pattern runs on the folded note (ASCII digits); keep it linear. */
export interface SensitivePattern<K extends string = string> {
  kind: K;
  pattern: RegExp;
}

/** A desk's configuration of the check. */
export interface SensitiveOptions<K extends string = string> {
  /** The built-in kinds to look for (default: all). */
  kinds?: readonly SensitiveKind[] | undefined;
  /** More kinds, each found by a regular expression, reported after the built-in ones. */
  patterns?: readonly SensitivePattern<K>[] | undefined;
  /** The customer's own phone numbers and e-mail addresses (`customerIdentifiers(context)`): reported as `customerContact` wherever the note holds them, in any format. */
  identifiers?: readonly string[] | undefined;
  /** More words after which a number is a reference, not personal data (any language, one word each). */
  referenceWords?: readonly string[] | undefined;
  /**
   * Replaces the built-in numbering plans (Pakistan, the Gulf, Egypt, the UK, North America and a
   * few more; any number after `+`): whether these digits, `+` first when written with it, are a
   * phone number, e.g. `(n) => isValidPhoneNumber(n, 'DE')` from libphonenumber-js for a desk
   * elsewhere. Called only for numbers not after a reference word and not glued to a code.
   */
  phoneCheck?: (digits: string) => boolean;
}

/**
 * Only the first this many characters of a note are scanned (the panel's note limit is 2,000
 * characters by default), so the check costs the same bounded time on every keystroke, whatever
 * is pasted. Personal data beyond it is not reported.
 */
export const SENSITIVE_SCAN_LENGTH = 10_000;

/** A character of an e-mail address's local part or domain: not white space, `@`, `<`, `>`, `(`, `)`, `[` or `]`. */
const addressChar = /[^\s@<>()[\]]/;
const letter = /[a-z]/i;

// a business's shared mailboxes (RFC 2142 and their everyday kin): "complaints@bank.com.pk" is not the customer's address
const ROLE_MAILBOX =
  /^(?:complaints?|support|info|help|helpdesk|care|customer[._-]?care|customer[._-]?services?|services?|contact|contact[._-]?us|hello|admin|billing|sales|no[._-]?reply|feedback|enquir(?:y|ies)|inquir(?:y|ies)|cs|accounts|hr|careers|jobs|office|marketing|press|media|webmaster|postmaster|abuse|security|legal|privacy|orders?|returns|refunds?|customs|reservations?|bookings?|claims|payments|collections|recovery|finance|operations|ops|noc|appointments|admissions|helpline|hotline)$/i;

/** Whether the address whose `@` is at `at` has a role mailbox as its local part (read back at most 64 characters, a local part's limit). */
function isRoleAddress(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < 64 && addressChar.test(text[from - 1]!)) from--;
  return ROLE_MAILBOX.test(text.slice(from, at));
}

/**
 * Whether the text holds `local@domain.tld`, as the pattern
 * `/[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/i` would find it, in one pass: each `@` looks back one
 * character and forward over its domain, which ends at the next `@` at the latest (the regular
 * expression itself retries every start position and is quadratic on a long run without spaces).
 */
function hasEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !addressChar.test(text[at - 1]!) || isRoleAddress(text, at)) continue;
    // domain: at least one character before a '.' followed by two letters, all address characters
    for (let i = at + 1; i < text.length && addressChar.test(text[i]!); i++) {
      if (i > at + 1 && text[i] === '.' && letter.test(text[i + 1] ?? '') && letter.test(text[i + 2] ?? '')) return true;
    }
  }
  return false;
}

// "ali(at)gmail(dot)com", "ali [at] gmail [dot] com", "ali @ gmail . com", "ali at gmail dot com": an address written to dodge filters, or as said
const spelledAt = /\s?(?:\(at\)|\[at\]|\{at\}|@)\s?/y;
// a dot spaced on both sides or not at all: "rate @ 278.50. receiver…" ends a sentence, it is no domain
const spelledDomain = /(?:[a-z0-9-]+(?:\.| \. | ?\(dot\) ?| ?\[dot\] ?| ?\{dot\} ?))+[a-z]{2,}(?![a-z0-9])/iy;
const spokenDomain = /[a-z0-9-]+(?: dot [a-z0-9-]+)* dot [a-z]{2,}(?![a-z0-9])/y;
const SPELLED_DOMAIN_LENGTH = 80;

/** Whether the text holds an address with its `@` or dots spelled out or spaced; each candidate reads at most 80 characters. */
function hasSpelledEmail(text: string): boolean {
  const lower = text.toLowerCase();
  const at = /\(at\)|\[at\]|\{at\}| @|@ | at /g;
  for (let m = at.exec(lower); m !== null; m = at.exec(lower)) {
    const i = m.index;
    if (m[0] === ' at ') {
      // spoken: "farah dot naz at yahoo dot com" (dots spelled out, so "reach us at shop.com" is not an address)
      spokenDomain.lastIndex = 0;
      if (/[a-z0-9]/.test(lower[i - 1] ?? '') && !isRoleAddress(lower, i) && spokenDomain.test(lower.slice(i + 4, i + 4 + SPELLED_DOMAIN_LENGTH))) return true;
      at.lastIndex = i + 1;
      continue;
    }
    // the local part: an address character just before (a space allowed)
    const localEnd = lower[i - 1] === ' ' ? i - 1 : i;
    const before = lower[localEnd - 1];
    spelledAt.lastIndex = i;
    if (before === undefined || !/[a-z0-9._-]/.test(before) || isRoleAddress(lower, localEnd) || !spelledAt.exec(lower)) continue;
    const window = lower.slice(spelledAt.lastIndex, spelledAt.lastIndex + SPELLED_DOMAIN_LENGTH);
    spelledDomain.lastIndex = 0;
    if (spelledDomain.test(window)) return true;
    at.lastIndex = i + 1;
  }
  return false;
}

/** Lower case for ASCII letters only: the string keeps its length, index for index. */
const lowerAscii = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const alnum = /[a-z0-9]/i;
const wordChar = /[\p{L}\p{M}'\u200c]/u;
// between two groups of one number: one or two of these ("0300-1234567", "(212) 555-0123", "+44 (0)20")
const groupGap = /^[ \-.()]{1,2}$/;
// a number glued to these is a code, an amount or part of an address ("INC-2024…", "0x8007…", "#123", "$120")
const codeBefore = /[a-z_#/\\@$€£¥₨]/i;
const codeAfter = /[a-z_%@]/i;
const clauseEnd = /[\n\r,;!?|]/;

/** What the words before a number say it is; `ssn`: an identity number, after "SSN" or "social security" itself. */
type Cue = 'reference' | 'phone' | 'id' | 'ssn' | null;

/** The forms of the word just before `from` (across spaces and punctuation, not across a number or a clause), or none. */
function wordBefore(text: string, from: number, stop: number): string[] {
  let i = from - 1;
  while (i >= stop && !wordChar.test(text[i]!) && !isDigit(text[i]) && !clauseEnd.test(text[i]!)) i--;
  if (i < stop || !wordChar.test(text[i]!)) return [];
  let j = i;
  while (j > stop && wordChar.test(text[j - 1]!)) j--;
  return wordForms(text.slice(j, i + 1));
}

function inSet(forms: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of forms) if (set.has(w)) return true;
  return false;
}

/**
 * What the words before `end` say the number is: the nearest word that decides (fillers skipped,
 * at most 48 characters back, never past another number or a clause). "Number" and "ID" defer to
 * the word before them: a record's ("account number", "customer ID") makes a reference, a person's
 * ("his number", "customer ka number", "customer's ID") a phone or an identity number.
 */
function cueBefore(text: string, end: number, extra: ReadonlySet<string>): Cue {
  const stop = Math.max(0, end - 48);
  let qualifier: 'number' | 'id' | null = null;
  let genitive = false;
  let card = false;
  let arabicPerson = false;
  for (let i = end - 1; i >= stop; ) {
    const c = text[i]!;
    if (isDigit(c) || clauseEnd.test(c)) break;
    if (c === '#') qualifier ??= 'number';
    if (!wordChar.test(c)) {
      i--;
      continue;
    }
    let j = i;
    while (j > stop && wordChar.test(text[j - 1]!)) j--;
    const word = text.slice(j, i + 1);
    const forms = wordForms(word);
    i = j - 1;
    // first: رقمه ("his number") is a phone word, its stem رقم only "number"; "branch tel", "our hotline…": a business's line
    if (inSet(forms, PHONE_WORDS)) return inSet(wordBefore(text, j, stop), BUSINESS_WORDS) ? 'reference' : 'phone';
    if (inSet(forms, ID_QUALIFIERS)) {
      qualifier = 'id';
      continue;
    }
    if (inSet(forms, NUMBER_QUALIFIERS)) {
      if (arabicPerson) return 'phone'; // "رقم المستلم …": the recipient's number
      qualifier ??= 'number';
      continue;
    }
    if (inSet(forms, GENITIVE_WORDS)) {
      if (!qualifier) return null; // "bola ki 0300…": "that", not "of"
      genitive = true;
      continue;
    }
    if (inSet(forms, CARD_WORDS)) {
      card = true; // "failed txn on card 4526 …": the card, not the transaction, owns the number
      continue;
    }
    if (inSet(forms, ARABIC_PERSON_WORDS)) {
      arabicPerson = true;
      continue;
    }
    if (inSet(forms, FILLER_WORDS) || inSet(forms, ARABIC_OWNER_WORDS)) continue;
    if (inSet(forms, REFERENCE_WORDS) || inSet(forms, extra)) return card ? null : 'reference';
    if (inSet(forms, ID_WORDS)) return inSet(forms, SSN_WORDS) ? 'ssn' : 'id';
    if (inSet(forms, RECORD_WORDS)) return qualifier ? 'reference' : null; // "account ka number" too
    const owner = genitive || word.endsWith("'s"); // "customer ka number", "customer's ID"
    if (inSet(forms, CLIENT_WORDS)) {
      if (owner) return qualifier === 'id' ? 'id' : 'phone';
      return qualifier === 'id' ? 'reference' : null; // "customer ID 031…"; "customer number 0300…": the plan decides
    }
    if (owner || inSet(forms, PERSON_WORDS)) {
      if (qualifier) return qualifier === 'id' ? 'id' : 'phone';
      continue; // "call him at …"
    }
    return qualifier === 'id' ? 'id' : null;
  }
  return qualifier === 'id' ? 'id' : null;
}

/** An identity number: CNIC 5-7-1, Emirates ID 784-yyyy-7-1, SSN 3-2-4; without dashes only after "CNIC", "SSN", "هوية"… */
function isNationalId(d: string, lengths: string, seps: string, cue: Cue): boolean {
  const dashed = seps !== '' && /^(?:-+| +)$/.test(seps);
  const idCue = cue === 'id' || cue === 'ssn';
  if (/^[1-7]/.test(d) && ((dashed && lengths === '5,7,1') || (idCue && d.length === 13))) return true; // CNIC
  if (/^784(?:19|20)/.test(d) && d.length === 15 && ((dashed && lengths === '3,4,7,1') || luhn(d))) return true; // Emirates ID
  // 9 digits without dashes only after "SSN" itself: after any "ride ID", "captain ID" they are a reference
  if (isSsn(d) && ((seps === '--' && lengths === '3,2,4') || (cue === 'ssn' && d.length === 9))) return true;
  return idCue && d.length === 10 && /^[12]/.test(d) && luhn(d); // Saudi national id, iqama
}

/** Whether the run starts with a date written with `-` or `.`: year-month-day or day-month-year. */
function startsWithDate(text: string, groups: ReadonlyArray<[number, number]>): boolean {
  if (groups.length < 3) return false;
  const [x, y, z] = groups.slice(0, 3).map(([from, to]) => text.slice(from, to)) as [string, string, string];
  const sep = text.slice(groups[0]![1], groups[1]![0]);
  if ((sep !== '-' && sep !== '.') || text.slice(groups[1]![1], groups[2]![0]) !== sep) return false;
  const year = (v: string) => v.length === 4 && (v.startsWith('19') || v.startsWith('20'));
  const upTo = (v: string, max: number) => v.length <= 2 && Number(v) >= 1 && Number(v) <= max;
  return (year(x) && upTo(y, 12) && upTo(z, 31)) || (upTo(x, 31) && upTo(y, 12) && year(z));
}

interface Scan {
  text: string;
  found: Set<string>;
  want: (kind: SensitiveKind) => boolean;
  identifiers: string[];
  extra: ReadonlySet<string>;
  phoneCheck: SensitiveOptions['phoneCheck'];
}

/** A phone identifier and a number in the note are the same when their digits agree after any country code or trunk 0. */
function sameNumber(a: string, b: string): boolean {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 7 && long.endsWith(short) && long.length - short.length <= 3;
}

/**
 * Every run of digits written as one number (groups joined by a space, a dash, a dot or
 * parentheses), and each part of it between spaces, longest first: identity number, card, phone.
 * Each start tries at most 8 groups of at most 19 digits, so the scan is linear.
 */
function scanNumbers(s: Scan): void {
  const { text } = s;
  const groups: Array<[number, number]> = [];
  const flush = () => {
    const n = groups.length;
    // whether a number may start or end between group g - 1 and g: only where a space separates them
    const spaceBefore = groups.map((g, i) => i === 0 || text.slice(groups[i - 1]![1], g[0]).includes(' '));
    if (n === 0) return;
    const first = groups[0]![0];
    const runCue = cueBefore(text, text[first - 1] === '+' ? first - 1 : first, s.extra);
    // a reference word covers the whole run ("consumer no 0120 4477 8812 35") and a date its own groups ("2024-02-29 23:14"):
    // only the customer's own identifiers are looked for in them
    // and so does a code of letters and digits: the groups after "1Z 999 AA1" are the rest of it
    const referenceUpTo = runCue === 'reference' || letter.test(text[first - 1] ?? '') ? n : startsWithDate(text, groups) ? 3 : 0;
    for (let a = 0; a < n; a++) {
      if (!spaceBefore[a]) continue;
      // the numbers starting at group a, shortest first: at most 8 groups and 19 digits
      const candidates: Array<{ b: number; d: string; seps: string; lengths: string }> = [];
      let d = '';
      let seps = '';
      const lengths: number[] = [];
      for (let b = a; b < n && b <= a + 7; b++) {
        const [from, to] = groups[b]!;
        if (b > a) seps += text.slice(groups[b - 1]![1], from);
        d += text.slice(from, to);
        lengths.push(to - from);
        if (d.length > 19) break;
        if (d.length >= 7 && (b === n - 1 || spaceBefore[b + 1])) candidates.push({ b, d, seps, lengths: lengths.join() });
      }
      if (candidates.length === 0) continue;
      let start = groups[a]![0];
      const plus = text[start - 1] === '+';
      if (plus) start--;
      const before = text[start - 1] ?? ' ';
      const glued = codeBefore.test(before) || ((before === '-' || before === '.') && alnum.test(text[start - 2] ?? ''));
      const cue = a > 0 ? null : runCue;
      for (let c = candidates.length - 1; c >= 0; c--) {
        const { b, d, seps, lengths } = candidates[c]!;
        if (s.identifiers.some((id) => sameNumber(id, d))) {
          s.found.add('customerContact');
          a = b;
          break;
        }
        // inside a reference's run, only a mobile number written as at home or with its country code starts anew ("Order 4839201 0300 1234567")
        if (glued || codeAfter.test(text[groups[b]![1]] ?? '') || (a < referenceUpTo && (a === 0 || !isMobile(d, plus)))) continue;
        let kind: SensitiveKind | null = null;
        if (isNationalId(d, lengths, seps, cue)) kind = 'nationalId';
        else if (/^[ -]*$/.test(seps) && isCard(d)) kind = 'card';
        else if (s.phoneCheck ? s.phoneCheck(plus ? `+${d}` : d) : isPhone(d, { plus, groups: b - a + 1, lengths, phoneCue: cue === 'phone' })) kind = 'phone';
        if (kind && s.want(kind)) {
          s.found.add(kind);
          a = b;
          break;
        }
      }
    }
    groups.length = 0;
  };
  for (let i = 0; i < text.length; ) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (isDigit(text[i])) i++;
    const last = groups[groups.length - 1];
    if (last && !groupGap.test(text.slice(last[1], start))) flush();
    groups.push([start, i]);
  }
  flush();
}

/** IBANs (country, check digits, the country's length, in groups or not) whose mod-97 checksum holds; blanked out of the text. */
function scanIbans(text: string): [string, boolean] {
  let rest = '';
  let from = 0;
  for (let i = 0; i + 4 <= text.length; i++) {
    if (!isDigit(text[i + 2]) || !isDigit(text[i + 3]) || alnum.test(text[i - 1] ?? ' ')) continue;
    const pair = text.slice(i, i + 2);
    if (pair !== pair.toUpperCase() && pair !== pair.toLowerCase()) continue;
    const length = ibanLength(pair.toUpperCase());
    if (!length) continue;
    let iban = '';
    let j = i;
    for (; j < text.length && iban.length < length && j < i + length + 12; j++) {
      const c = text[j]!;
      if (alnum.test(c)) iban += c.toUpperCase();
      else if (!((c === ' ' || c === '-') && alnum.test(text[j - 1]!) && alnum.test(text[j + 1] ?? ''))) break;
    }
    if (iban.length === length && !alnum.test(text[j] ?? ' ') && ibanChecksum(iban)) {
      rest += text.slice(from, i) + ' '.repeat(j - i);
      from = j;
      i = j;
    }
  }
  return from === 0 ? [text, false] : [rest + text.slice(from), true];
}

/**
 * The kinds of personal data a note seems to contain, validated rather than pattern-matched:
 * Luhn-valid card numbers, IBANs with a valid checksum, identity numbers (CNIC, Emirates ID, SSN),
 * phone numbers of a numbering plan, e-mail addresses, and the customer's own identifiers. Digits
 * of every script count. A number after a word such as "order", "ticket", "طلب" or "آرڈر" is a
 * reference, not personal data. Linear in the length of the text, of which only the first
 * `SENSITIVE_SCAN_LENGTH` characters are read.
 */
export function detectSensitive(note: string): SensitiveKind[];
export function detectSensitive<K extends string>(note: string, options: SensitiveOptions<K>): Array<SensitiveKind | K>;
export function detectSensitive<K extends string>(note: string, options: SensitiveOptions<K> = {}): Array<SensitiveKind | K> {
  return createSensitiveDetector(options)(note);
}

/** `detectSensitive` with a desk's options prepared once (the patterns copied, the identifiers folded). */
export function createSensitiveDetector<K extends string = never>(options: SensitiveOptions<K> = {}): (note: string) => Array<SensitiveKind | K> {
  const kinds = new Set(options.kinds ?? SENSITIVE_KINDS);
  const want = (kind: SensitiveKind) => kinds.has(kind);
  const patterns = (options.patterns ?? []).map(({ kind, pattern }) => ({ kind, pattern: new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) }));
  const extra = new Set((options.referenceWords ?? []).map((w) => w.toLowerCase()));
  const phones: string[] = [];
  const emails: string[] = [];
  if (want('customerContact'))
    for (const id of options.identifiers ?? []) {
      const shape = typeof id === 'string' ? contactShape(id) : null;
      if (shape === 'phone') phones.push(foldText(id).replace(/\D/g, ''));
      else if (shape === 'email') emails.push(lowerAscii(foldText(id).trim()));
    }
  // the order kinds are reported in, once per detector: built-in first, then the desk's, each once
  const order = [...new Set<SensitiveKind | K>([...SENSITIVE_KINDS, ...patterns.map((p) => p.kind)])];
  return (note) => {
    if (typeof note !== 'string') return [];
    let text = foldText(note.length > SENSITIVE_SCAN_LENGTH ? note.slice(0, SENSITIVE_SCAN_LENGTH) : note);
    const found = new Set<string>();
    if (emails.length > 0) {
      // the customer's own addresses, blanked out so they are not reported as 'email' too (ASCII lower case
      // keeps every index: "İ" would grow by one and shift all after it)
      const lower = lowerAscii(text);
      const spans: Array<[number, number]> = [];
      for (const email of emails) {
        for (let at = lower.indexOf(email); at !== -1; at = lower.indexOf(email, at + email.length)) spans.push([at, at + email.length]);
      }
      if (spans.length > 0) {
        found.add('customerContact');
        spans.sort((a, b) => a[0] - b[0]);
        let blanked = '';
        let from = 0;
        for (const [start, end] of spans) {
          if (end <= from) continue;
          blanked += text.slice(from, Math.max(from, start)) + ' '.repeat(end - Math.max(from, start));
          from = end;
        }
        text = blanked + text.slice(from);
      }
    }
    if (want('iban')) {
      const [rest, iban] = scanIbans(text);
      text = rest;
      if (iban) found.add('iban');
    }
    if (want('email') && (hasEmail(text) || hasSpelledEmail(text))) found.add('email');
    if (want('card') || want('phone') || want('nationalId') || phones.length > 0) scanNumbers({ text, found, want, identifiers: phones, extra, phoneCheck: options.phoneCheck });
    for (const { kind, pattern } of patterns) if (pattern.test(text)) found.add(kind);
    return order.filter((k) => found.has(k));
  };
}
