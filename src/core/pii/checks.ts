/** Validators of the personal-data check: each takes ASCII digits (or an IBAN's characters) of bounded length. */

export function luhn(digits: string): boolean {
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
 * Whether a card network issues numbers of this length with these first digits: Visa 13, 16 or 19
 * (4); American Express 15 (34, 37); Diners 14 or 16 (300–305, 36, 38, 39); JCB 16–19 (3528–3589);
 * Mastercard 16 (51–55, 2221–2720); Maestro, Discover, UnionPay, RuPay and the local schemes (mada,
 * Meeza, PayPak, Mir) 16–19 (50, 56–69, 2200–2220). Another length is not a card, whatever its checksum.
 */
function cardLength(d: string): boolean {
  const n = d.length;
  if (d[0] === '4') return n === 13 || n === 16 || n === 19;
  if (/^3[47]/.test(d)) return n === 15;
  if (/^3(?:0[0-5]|[689])/.test(d)) return n === 14 || n === 16;
  if (/^35(?:2[89]|[3-8])/.test(d)) return n >= 16;
  const first4 = Number(d.slice(0, 4));
  if (/^5[1-5]/.test(d) || (first4 >= 2221 && first4 <= 2720)) return n === 16;
  return (/^(?:50|5[6-9]|6)/.test(d) || (first4 >= 2200 && first4 <= 2220)) && n >= 16;
}

/** A payment card: 13–19 digits, a card network's first digits and length, and Luhn. */
export function isCard(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && cardLength(digits) && luhn(digits);
}

/** IBAN length per country (SWIFT IBAN registry). */
const IBAN_LENGTHS =
  'AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20';

/** The length of an IBAN of this (upper-case) country, or 0. */
export function ibanLength(country: string): number {
  for (let i = 0; i < IBAN_LENGTHS.length; i += 4) if (IBAN_LENGTHS.startsWith(country, i)) return Number(IBAN_LENGTHS.slice(i + 2, i + 4));
  return 0;
}

/** ISO 13616 mod-97 check of an upper-case IBAN without spaces (its length already checked). */
export function ibanChecksum(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const v = parseInt(s[i]!, 36);
    if (Number.isNaN(v)) return false;
    r = (r * (v > 9 ? 100 : 10) + v) % 97;
  }
  return r === 1;
}

/** A US social security number: no area 000, 666 or 900–999, no group 00, no serial 0000. */
export function isSsn(d: string): boolean {
  return /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/.test(d);
}

// ------------------------------------------------------------------ phone numbers

/**
 * National significant numbers by country calling code (after the trunk `0`), from the national
 * numbering plans: mobile and geographic ranges. `0` marks the countries whose numbers are written
 * with a trunk `0` at home (so `0300 1234567` is a Pakistani mobile number).
 */
const PLANS: Record<string, [RegExp, 0?]> = {
  1: [/^[2-9]\d{2}[2-9]\d{6}$/], // US, Canada (NANP)
  20: [/^(?:1[0125]\d{8}|[2-9]\d{7,8})$/, 0], // Egypt
  44: [/^(?:7[1-57-9]\d{8}|[123]\d{8,9})$/, 0], // United Kingdom
  90: [/^[2-5]\d{9}$/, 0], // Turkey
  91: [/^[6-9]\d{9}$/], // India
  92: [/^(?:3[0-6]\d{8}|[24-9]\d{8,9})$/, 0], // Pakistan
  93: [/^7\d{8}$/, 0], // Afghanistan
  880: [/^1[3-9]\d{8}$/, 0], // Bangladesh
  962: [/^(?:7[789]\d{7}|[2-6]\d{7})$/, 0], // Jordan
  964: [/^7[3-9]\d{8}$/, 0], // Iraq
  965: [/^[2569]\d{7}$/], // Kuwait
  966: [/^(?:5\d{8}|1[1-9]\d{7})$/, 0], // Saudi Arabia
  968: [/^[279]\d{7}$/], // Oman
  971: [/^(?:5[024568]\d{7}|[2-4679]\d{7})$/, 0], // United Arab Emirates
  973: [/^[13-9]\d{7}$/], // Bahrain
  974: [/^[3-7]\d{7}$/], // Qatar
};

/** Mobile ranges by country calling code: such a number with its country code but no `+` is still a phone ("923001234567"). */
const MOBILE: Record<string, RegExp> = {
  20: /^1[0125]\d{8}$/,
  44: /^7[1-57-9]\d{8}$/,
  90: /^5\d{9}$/,
  91: /^[6-9]\d{9}$/,
  92: /^3[0-6]\d{8}$/,
  93: /^7\d{8}$/,
  880: /^1[3-9]\d{8}$/,
  962: /^7[789]\d{7}$/,
  964: /^7[3-9]\d{8}$/,
  965: /^[569]\d{7}$/,
  966: /^5\d{8}$/,
  968: /^[79]\d{7}$/,
  971: /^5[024568]\d{7}$/,
  973: /^3\d{7}$/,
  974: /^[3567]\d{7}$/,
};

/**
 * A business's numbers, not a person's, by country (after the trunk 0 or country code): freephone,
 * premium and shared-cost ranges, the UAE's 600 numbers, Saudi Arabia's 9200 unified numbers,
 * Pakistan's 111 UAN. India has none here: its 900x and 8008 ranges are mobiles.
 */
const SERVICE: Record<string, RegExp> = {
  1: /^8(?:00|33|44|55|66|77|88)/,
  20: /^(?:800|900)/,
  44: /^(?:80[08]|9)/,
  90: /^(?:444|800|900)/,
  92: /^(?:800|900|111\d{6}$)/,
  962: /^(?:800|900)/,
  966: /^(?:800|9200\d{5}$)/,
  968: /^800/,
  971: /^(?:800|600\d{6}$)/,
  973: /^80/,
  974: /^800/,
};
const isService = (cc: string, nsn: string) => SERVICE[cc]?.test(nsn) ?? false;

const SERVICE_CODES = ['1', '92', '966', '971'];

const TRUNK_PLANS = Object.entries(PLANS).flatMap(([cc, [plan, trunk]]) => (trunk === 0 ? [[cc, plan] as const] : []));
const trunk = (nsn: string) => TRUNK_PLANS.some(([cc, plan]) => plan.test(nsn) && !isService(cc, nsn));

/** How a run of digits was written: with `+` or `00` before it, in groups, after a word such as "phone". */
export interface NumberShape {
  plus: boolean;
  groups: number;
  /** The digits in each group, e.g. `3,3,4` (default: unknown, any grouping). */
  lengths?: string | undefined;
  phoneCue: boolean;
}

/** How North American numbers are grouped: `(212) 555-0123`, `212-5550123`, `2125550123`, `1 212 555 0123`. */
const NANP_GROUPING = /^(?:1,)?(?:3,3,4|3,7|10)$|^11$/;

/** The country calling code at the start of `intl` with a plan, and the national number after it. */
function countryCode(intl: string): [string, string] | null {
  for (let k = 1; k <= 3; k++) if (PLANS[intl.slice(0, k)]) return [intl.slice(0, k), intl.slice(k)];
  return null;
}

/** Whether the digits are a phone number by the numbering plans above (E.164 for other countries after `+`). */
export function isPhone(d: string, { plus, groups, lengths, phoneCue }: NumberShape): boolean {
  if (d.length < 7 || d.length > 15) return false;
  if (plus || d.startsWith('00')) {
    const intl = plus ? d : d.slice(2);
    const found = countryCode(intl);
    if (!found) return plus && intl.length >= 8 && intl[0] !== '0';
    const [cc, rest] = found;
    const plan = PLANS[cc]!;
    const nsn = plan[1] === 0 && rest.startsWith('0') ? rest.slice(1) : rest; // +44 (0)20 …
    return plan[0].test(nsn) && !isService(cc, nsn);
  }
  if (d[0] === '0') return d[1] !== '0' && trunk(d.slice(1));
  const nanp = PLANS[1]![0];
  const nanpGrouping = lengths === undefined || NANP_GROUPING.test(lengths);
  if (d.length === 11 && d[0] === '1' && groups > 1 && nanpGrouping && nanp.test(d.slice(1))) return !isService('1', d.slice(1));
  if (d.length === 10 && nanp.test(d) && ((groups > 1 && nanpGrouping) || phoneCue)) return !isService('1', d);
  // a country code without its `+`: a mobile number always, any number of the plan after "phone"…
  if (d.length >= 10 && d[0] !== '1') {
    const found = countryCode(d);
    if (found) {
      const [cc, nsn] = found;
      if ((MOBILE[cc]?.test(nsn) || (phoneCue && PLANS[cc]![0].test(nsn))) && !isService(cc, nsn)) return true;
    }
  }
  // after "phone", "mobile", "call"…: a number written without its trunk 0, or a local one
  return phoneCue && !SERVICE_CODES.some((cc) => isService(cc, d)) && (trunk(d) || (d.length <= 8 && /^[2-9]/.test(d)));
}

const TRUNK_MOBILE = Object.entries(PLANS).flatMap(([cc, [, trunk]]) => (trunk === 0 && MOBILE[cc] ? [MOBILE[cc]] : []));

/**
 * A mobile number written as at home (`0300 1234567`) or with its country code (`+92 300…`,
 * `0092…`): a phone even where the words before it said "reference" ("Order 4839201 0300 1234567").
 */
export function isMobile(d: string, plus: boolean): boolean {
  if (plus || d.startsWith('00')) {
    const found = countryCode(plus ? d : d.slice(2));
    if (!found) return false;
    const [cc, rest] = found;
    return MOBILE[cc]?.test(PLANS[cc]![1] === 0 && rest.startsWith('0') ? rest.slice(1) : rest) ?? false;
  }
  return d[0] === '0' && d[1] !== '0' && TRUNK_MOBILE.some((mobile) => mobile.test(d.slice(1)));
}
