import { describe, expect, it } from 'vitest';
import { analyze, asciiDigit, contentStems, deletions, foldText, isStopWord, stem, stemArabic, stemLatin, tokenize } from '../src/core/suggest/text';

describe('foldText', () => {
  it('folds case and Latin diacritics', () => {
    expect(foldText('Café RÉSUMÉ naïve')).toBe('cafe resume naive');
    expect(foldText('BILL')).toBe('bill');
  });

  it('folds the Arabic alef variants to ا', () => {
    expect(foldText('أ إ آ ٱ ا')).toBe('ا ا ا ا ا');
    expect(foldText('إلغاء')).toBe('الغاء');
  });

  it('folds ى ي ی (and Urdu ے) to ي, ة ه ہ ۃ ھ to ه, ك ک to ك', () => {
    expect(foldText('على')).toBe('علي');
    expect(foldText('میری')).toBe('ميري');
    expect(foldText('پیسے')).toBe('پيسي');
    expect(foldText('فاتورة')).toBe('فاتوره');
    expect(foldText('زیادہ')).toBe('زياده');
    expect(foldText('بھول')).toBe('بهول');
    expect(foldText('کارڈ')).toBe('كارڈ');
    expect(foldText('ك ک')).toBe('ك ك');
  });

  it('removes tatweel and harakat', () => {
    expect(foldText('فـــاتـورة')).toBe('فاتوره');
    expect(foldText('كَتَبَ')).toBe('كتب');
    expect(foldText('مُشْكِلَة')).toBe('مشكله');
  });

  it('folds digits of every script to ASCII', () => {
    expect(foldText('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789'); // Arabic-Indic
    expect(foldText('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789'); // Extended Arabic-Indic (Urdu, Persian)
    expect(foldText('०१२३')).toBe('0123'); // Devanagari
    expect(foldText('１２３')).toBe('123'); // full-width
    expect(asciiDigit('٧')).toBe('7');
    expect(foldText('رقم ٢٥٠٠ روپے ۲۵۰۰')).toBe('رقم 2500 روپي 2500');
  });

  it('treats Arabic presentation forms and Urdu zero-width non-joiners', () => {
    expect(foldText('ﻻ')).toBe('لا');
    expect(tokenize('پاس\u200cورڈ').map((t) => t.folded)).toEqual(['پاسورڈ']);
  });
});

describe('tokenize', () => {
  it('keeps the words as written beside their folded form', () => {
    expect(tokenize('Refund, PLEASE!! ٢٥٠٠ ريال')).toEqual([
      { surface: 'Refund', folded: 'refund' },
      { surface: 'PLEASE', folded: 'please' },
      { surface: '٢٥٠٠', folded: '2500' },
      { surface: 'ريال', folded: 'ريال' },
    ]);
  });

  it('keeps a word with harakat in one piece', () => {
    expect(tokenize('الفَاتُورَة عالية').map((t) => t.surface)).toEqual(['الفَاتُورَة', 'عالية']);
  });

  it("keeps English contractions as one word (don't → dont)", () => {
    expect(tokenize("I don't want it").map((t) => t.folded)).toEqual(['i', 'dont', 'want', 'it']);
  });
});

describe('stemming', () => {
  it('English: plurals, -ing, -ed, -ment, -ion, final e, doubled letters', () => {
    const same = (...words: string[]) => expect(new Set(words.map(stemLatin)).size).toBe(1);
    same('charge', 'charged', 'charges', 'charging');
    same('bill', 'bills', 'billing', 'billl');
    same('refund', 'refunds', 'refunded', 'refunding');
    same('connect', 'connection', 'connected', 'connectivity');
    same('address', 'addresses');
    same('pay', 'payment', 'payments');
    expect(stemLatin('status')).toBe('status');
    expect(stemLatin('wapis')).toBe('wapis');
  });

  it('Arabic light10-style: article and conjunction prefixes, plural and pronoun suffixes', () => {
    const same = (...words: string[]) => expect(new Set(words.map((w) => stem(foldText(w)))).size).toBe(1);
    same('فاتورة', 'الفاتورة', 'والفاتورة', 'فاتورتي', 'بالفاتورة');
    same('الانترنت', 'انترنت', 'والانترنت');
    same('باقة', 'الباقة', 'باقات');
    same('حساب', 'الحساب', 'حسابي');
    expect(stemArabic('من')).toBe('من'); // too short to strip
  });

  it('Urdu: the same light stemmer after folding (plural and oblique endings)', () => {
    const same = (...words: string[]) => expect(new Set(words.map((w) => stem(foldText(w)))).size).toBe(1);
    same('پیسے', 'پیسہ');
    same('قسط', 'قسطوں', 'قسطیں');
  });

  it('Roman Urdu: typed spellings of one word that differ by a doubled letter meet', () => {
    expect(stem('paisay')).toBe(stem('paissay'));
    expect(stem('bil')).toBe(stem('bill'));
  });
});

describe('stop words', () => {
  it('per language, checked on the folded word', () => {
    for (const w of ['the', 'please', 'hai', 'mujhe', 'nahi', 'في', 'على', 'عن', 'میں', 'ہے', 'نہیں']) expect(isStopWord(foldText(w)), w).toBe(true);
    for (const w of ['refund', 'bill', 'sim', 'فاتوره', 'بل', 'wapis']) expect(isStopWord(foldText(w)), w).toBe(false);
  });

  it('contentStems drops them', () => {
    expect(contentStems('mera bill bohat zyada aya hai')).toEqual(['mera', 'bil', 'bohat', 'zyada', 'aya'].filter((w) => !isStopWord(w)));
    expect(contentStems('أريد إلغاء الاشتراك من فضلك')).not.toContain('من');
  });

  it('analyze keeps stop words (phrases need them), flagged', () => {
    expect(analyze('net nahi chal raha').map((t) => [t.stem, t.stop])).toEqual([
      ['net', false],
      ['nahi', true],
      ['chal', false],
      ['raha', true],
    ]);
  });
});

describe('deletions', () => {
  it('every string one letter shorter, by code point', () => {
    expect(deletions('bill').sort()).toEqual(['bil', 'bll', 'ill']);
    expect(deletions('بطاقه')).toContain('بطقه');
  });
});
