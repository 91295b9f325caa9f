/** Digits of every script, for the personal-data check and the reason suggester alike. */

const decimalDigit = /\p{Nd}/u;
const digitCache = new Map<number, string>();

/**
 * The ASCII value of a Unicode decimal digit (Arabic-Indic ٠١٢, Eastern Arabic-Indic ۰۱۲ used in
 * Urdu, Devanagari, full-width…). Unicode encodes every set of decimal digits (Numeric_Type=Decimal)
 * as a run of ten code points from 0 to 9, so a digit's value is the number of digits just before
 * it, modulo 10 (sets that follow each other, such as the mathematical digits, are whole tens). At
 * most 60 steps, cached per code point.
 */
export function digitValue(cp: number): string {
  let value = digitCache.get(cp);
  if (value === undefined) {
    let n = 0;
    while (n < 60 && decimalDigit.test(String.fromCodePoint(cp - n - 1))) n++;
    value = String(n % 10);
    digitCache.set(cp, value);
  }
  return value;
}
