/**
 * Text handling for the reason suggester, for English, Arabic and Urdu (Urdu script and Roman
 * Urdu). Pure functions.
 *
 * Pipeline: `foldText` (Unicode compatibility decomposition without marks, lower case, Arabic
 * letter variants, tatweel, digits of every script → ASCII) → `tokenize` (runs of letters and
 * digits, keeping the word as written) → `stem` (light English suffixes; light10-style Arabic
 * prefixes and suffixes for Arabic-script words, Arabic and Urdu alike) → stop words
 * (`isStopWord`, checked on the folded word). `deletions` gives the one-edit deletion neighbourhood
 * the suggester uses to forgive a typo (SymSpell-style: two words one edit apart share a deletion).
 */

import { digitValue } from '../digits';
import { foldSearchText } from '../reason-index';

/** Arabic letter variants and Urdu letters folded to one Arabic letter each; tatweel removed. */
const LETTER_FOLD: Record<string, string> = {
  // alef with hamza above/below, madda, wasla (NFKD already splits the first three)
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  // alef maqsura, Farsi/Urdu yeh, yeh barree, yeh with hamza
  'ى': 'ي', 'ی': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ئ': 'ي', 'ې': 'ي',
  // teh marbuta, heh goal, teh marbuta goal, heh doachashmee (Urdu aspiration)
  'ة': 'ه', 'ہ': 'ه', 'ۃ': 'ه', 'ھ': 'ه', 'ە': 'ه',
  // keheh (Urdu/Farsi kaf), swash kaf
  'ک': 'ك', 'ڪ': 'ك',
  // waw with hamza, noon ghunna
  'ؤ': 'و', 'ں': 'ن',
  // tatweel
  'ـ': '',
};
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLD).join('')}]`, 'g');

/** The ASCII digit of any Unicode decimal digit (see `digitValue`). */
export const asciiDigit = (char: string): string => digitValue(char.codePointAt(0)!);

/**
 * Case and diacritic folding for every script: NFKD without combining marks (é → e, Arabic
 * harakat and hamza/madda signs dropped, presentation forms → letters), lower case, the Arabic and
 * Urdu letter variants of `LETTER_FOLD`, tatweel removed, any decimal digit → ASCII.
 */
export function foldText(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase();
  // the search's folding (NFKD without marks, lower case), then what words need beyond it
  return foldSearchText(text)
    .replace(/[\u200c\u200d]/g, '')
    .replace(LETTER_FOLD_RE, (c) => LETTER_FOLD[c] ?? c)
    .replace(/[^\d\P{Nd}]/gu, asciiDigit);
}

/** One word of a text: as written (`surface`) and folded (`folded`). */
export interface Token {
  surface: string;
  folded: string;
}

// marks and zero-width (non-)joiners belong to the word they sit in (Arabic harakat, Urdu ZWNJ)
const WORD_RE = /[\p{L}\p{N}\p{M}\u200c\u200d]+(?:['’][\p{L}\p{M}]+)?/gu;

/** Splits a text into words (runs of letters and digits; "don't" stays one word), each as written and folded. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const surface = match[0];
    const folded = foldText(surface).replace(/['’]/g, '');
    if (folded) out.push({ surface, folded });
  }
  return out;
}

/** Arabic script (Arabic, Urdu, Farsi letters). */
export const isArabicScript = (word: string): boolean => /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/.test(word);

const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
// light10's suffixes after folding (ة → ه, ى → ي), longest first, plus attached pronouns
const AR_SUFFIXES = ['تها', 'تنا', 'تكم', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'نا', 'كم', 'هم', 'تي', 'تك', 'ته', 'ه', 'ي', 'ك'];

/** Light Arabic-script stemmer in the spirit of light10 (Larkey et al.): strips one article/conjunction prefix and suffixes, keeping ≥ 2 letters. */
export function stemArabic(word: string): string {
  let w = word;
  if (w.length >= 4 && w.startsWith('و')) w = w.slice(1);
  for (const p of AR_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  for (let round = 0; round < 2; round++) {
    const suffix = AR_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 2);
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return w;
}

/** Light English stemmer (also applied to Roman Urdu, consistently on both sides): plural, -ing, -ed, -ly, -ment, -ion, -ity, final -e; then runs of a letter collapse ("billl", "bill" → "bil"). */
export function stemLatin(word: string): string {
  let w = word;
  if (w.length > 3) {
    if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('es') && /(?:[sxz]|ch|sh|g|c)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
    else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  }
  const strip = (suffix: string, min: number) => {
    if (w.endsWith(suffix) && w.length - suffix.length >= min) {
      w = w.slice(0, -suffix.length);
      return true;
    }
    return false;
  };
  // at most one derivational suffix, then a final -e ("charged", "charge" → "charg")
  void (strip('ivity', 4) || strip('ation', 4) || strip('ment', 3) || strip('ing', 3) || strip('ion', 4) || strip('ed', 3) || strip('ly', 4));
  strip('e', 3);
  return w.replace(/([a-z])\1+/g, '$1');
}

/** The stem of a folded word: Arabic-script words by `stemArabic`, Latin by `stemLatin`, digits unchanged. */
export function stem(folded: string): string {
  if (/^\d+$/.test(folded)) return folded;
  if (isArabicScript(folded)) return stemArabic(folded);
  if (/^[a-z]+$/.test(folded)) return stemLatin(folded);
  return folded;
}

// Stop words, folded with foldText when first used. English, Roman Urdu, Arabic, Urdu.
const STOP_SOURCE = [
  // English
  'a an the and or but if of to in on at by for with from as is are was were be been being am do does did done have has had having i me my mine we our us you your he she it its they them their this that these those there here what which who whom whose when where why how not no yes ok okay please pls plz thanks thank hi hello hey dear sir madam maam can could would should will shall may might must just so too very also still again now then than into out up down about over under any some all each both more most other such only own same get got ok hmm oh im ive dont cant its thats yeah yep sure one let know see need want like tell said say going go',
  // Roman Urdu
  'hai hain ha he hy ho hoa hua hui hue tha thi thay the ka ki ke ko se sy mein main me mai mujhe mjhe mera meri mere mere hum ham ap aap apka apki apke aapka aapki aapke apna apni apne ye yeh yah wo woh vo is us isko usko iska uska aur or ya bhi bi to tu toh hi kya kia kyun kyu kab kaise kese kaisay kahan jo jab ab abhi sab kuch koi na nahi nahin nai ni g ji jee jii shukriya shukria bhai bhaiya sahab sahib please plz acha accha theek thik ok bas kar karo karen karein kardo krdo kr ra rha raha rahi rahe hoga hogi sakta sakti sakte',
  // Arabic
  'من في على الى إلى عن مع هذا هذه ذلك تلك التي الذي الذين ان أن إن كان كانت يكون لا ما لم لن هل يا انا أنا انت أنت انتم نحن هو هي هم كل او أو ثم قد لقد بعد قبل عند اي أي ايه شو ليش كيف متى اين وين لو اذا إذا حتى لكن بس مش مو عشان علشان شكرا شكراً مرحبا السلام عليكم اهلا أهلا لو سمحت من فضلك يعطيك العافية تمام طيب نعم لي لك له لها عندي عندك فيه فيها',
  // Urdu
  'کا کی کے کو سے میں نے اور یہ وہ ہے ہیں تھا تھی تھے ہو ہوا ہوئی کیا کہ بھی تو جی آپ ہم مجھے میرا میری میرے اپنا اپنی اپنے پر بہت ہی نہیں نہ کوئی کچھ اب ابھی سب جب کب کیوں کیسے کہاں شکریہ براہ مہربانی رہا رہی رہے گا گی گے کر کریں کرو کردیں',
].join(' ');

let stopWords: Set<string> | undefined;
/** Whether a folded word is a stop word in English, Roman Urdu, Arabic or Urdu. */
export function isStopWord(folded: string): boolean {
  stopWords ??= new Set(STOP_SOURCE.split(/\s+/).map(foldText));
  return stopWords.has(folded);
}

/** One analysed word: as written, folded, its stem, and whether it is a stop word. */
export interface Term {
  readonly surface: string;
  readonly folded: string;
  readonly stem: string;
  readonly stop: boolean;
}

// words recur in every message and every call: analysed once (bounded; cleared when full)
const termCache = new Map<string, Term | null>();
const TERM_CACHE_SIZE = 20_000;

/** `tokenize` + `stem` + `isStopWord`: every word of the text, stop words included (phrases need them), in order. */
export function analyze(text: string): Term[] {
  const out: Term[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const surface = match[0];
    let term = termCache.get(surface);
    if (term === undefined) {
      const folded = foldText(surface).replace(/['’]/g, '');
      term = folded ? { surface, folded, stem: stem(folded), stop: isStopWord(folded) } : null;
      if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
      termCache.set(surface, term);
    }
    if (term) out.push(term);
  }
  return out;
}

/** The stems of a text's content words (no stop words), in order. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of analyze(text)) if (!t.stop) out.push(t.stem);
  return out;
}

/** Every string one deletion away from `word` (by code point), for typo lookups. */
export function deletions(word: string): string[] {
  const chars = [...word];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) out.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return [...out];
}
