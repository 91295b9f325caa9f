/** Folding a note before the personal-data check: every kind of digit, dash and space to ASCII. */
import { digitValue } from '../digits';

const decimalDigit = /\p{Nd}/u;

// bidirectional marks, zero-width characters and the soft hyphen: invisible, often pasted inside numbers
const invisible = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const dash = /[\u2010-\u2015\u2212\ufe58\ufe63]/;
const space = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const punctuation: Record<string, string> = { '\u2019': "'", '\u066b': '.', '\u066c': ',', '\u060c': ',', '\u061b': ';', '\u061f': '?', '\u066a': '%' };

/**
 * The text with every decimal digit as an ASCII digit (Arabic-Indic ٠١٢, Eastern Arabic-Indic
 * ۰۱۲, Devanagari, full-width and all others), full-width ASCII as ASCII, dashes as `-`, spaces as
 * ` `, Arabic punctuation and the typographic apostrophe as ASCII, and invisible marks removed. One pass.
 */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCharCode(cp - 0xfee0);
    else if (decimalDigit.test(ch)) out += digitValue(cp);
    else if (invisible.test(ch)) continue;
    else if (dash.test(ch)) out += '-';
    else if (space.test(ch)) out += ' ';
    else out += punctuation[ch] ?? ch;
  }
  return out;
}
