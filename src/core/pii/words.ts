/**
 * The words before a number that say what it is, in English, Roman Urdu, Arabic and Urdu. Only the
 * nearest word counts (after fillers such as "no.", "number", "رقم", "نمبر", "کا"), so "order
 * 4839201" is a reference but "order shipped, call 0300 1234567" is not.
 */

const list = (s: string) => s.split(' ');

/** A number after one of these is a reference, not personal data. */
export const REFERENCE_WORDS = new Set(
  list(
    // English
    'order ordr ticket tkt case invoice inv ref reference tracking track awb consignment shipment parcel package ' +
      'version ver build release date dated policy pol error err code incident inc request req sr po transaction ' +
      'txn trx receipt booking reservation pnr claim complaint contract quote quotation batch lot serial sku item ' +
      'model amount amt rs pkr aed sar usd gbp eur inr egp qar kwd bhd omr price total bill voucher coupon promo ' +
      'kb article page room flight imei meter consumer job task bug issue ' +
      // Roman Urdu
      'hawala shikayat raseed tareekh raqam rupay rupees rupaye paisay ' +
      // Arabic (stems; the article and the prefixes و ب ل ف are removed first)
      'طلب طلبية تذكرة فاتورة مرجع مرجعي تتبع شحنة بوليصة وثيقة إصدار اصدار نسخة تاريخ خطأ خطا رمز كود حالة قضية ' +
      'بلاغ شكوى معاملة عملية حجز مبلغ ريال درهم دينار جنيه إيصال ايصال عقد طرد سند ' +
      // Urdu
      'آرڈر ٹکٹ بل انوائس حوالہ حوالے ٹریکنگ کیس شکایت پالیسی ورژن تاریخ ایرر کوڈ رسید ٹرانزیکشن بکنگ پارسل روپے ' +
      'ڈیٹ ریفرنس کنزیومر آرڈرز',
  ),
);

/** Words that say a phone number follows: allow a number written without its trunk 0. */
export const PHONE_WORDS = new Set(
  list(
    'phone phones mobile mob cell cellphone tel telephone call called contact whatsapp wa sms landline fone ph ' +
      'rabta ' +
      'هاتف جوال موبايل تلفون تليفون واتساب واتس اتصال ' +
      'فون موبائل واٹس واٹس‌ایپ رابطہ',
  ),
);

/** Words that say an identity number follows: allow it without its usual dashes. */
export const ID_WORDS = new Set(
  list(
    'cnic nic nicop ssn social security emirates eid iqama passport national identity ' +
      'shanakhti ' +
      'هوية هويه إقامة اقامة وطنية مدنية ' +
      'شناختی',
  ),
);

/** Words skipped on the way back to the word that decides. */
export const FILLER_WORDS = new Set(
  list(
    'no nr num number numbers nmbr nbr # is was the a an of for id card ka ki ke hai tha on at to with his her their its your my ' +
      'رقم رقمه هو هي ال ' +
      'نمبر کارڈ کا کی کے ہے تھا',
  ),
);

const arabicPrefix = /^(?:وال|بال|فال|كال|لل|ال|و|ب|ل|ف)/;

/** The word as looked up: lower case, and for Arabic script without its article and prefixes. */
export function wordForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = [w];
  const bare = w.replace(arabicPrefix, '');
  if (bare !== w && bare.length >= 2) forms.push(bare);
  if (w.length > 3 && (w.endsWith('s') || w.endsWith("'s"))) forms.push(w.replace(/'?s$/, ''));
  return forms;
}
