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
      'kb article page room flight imei meter consumer job task bug issue tid uan helpline hotline reception helpdesk frontdesk ' +
      'tollfree freephone uan extension ext otp pin conf confirmation cn cod rrn arn utr stan auth approval mid ' +
      'waybill airwaybill bl container ean upc barcode sn loan emi installment cheque chq vehicle plate chassis engine ' +
      'units kwh zip postcode postal courier dhl fedex ups aramex smsa tcs leopards ' +
      // Roman Urdu
      'hawala shikayat raseed tareekh raqam rupay rupees rupaye paisay ' +
      // Arabic (stems; the article and the prefixes و ب ل ف are removed first)
      'طلب طلبية تذكرة فاتورة مرجع مرجعي تتبع شحنة بوليصة وثيقة إصدار اصدار نسخة تاريخ خطأ خطا رمز كود حالة قضية ' +
      'بلاغ شكوى معاملة عملية حجز مبلغ ريال درهم دينار جنيه إيصال ايصال عقد طرد سند جهاز تسلسلي ' +
      'حساب موديل باركود رحلة غرفة عداد اشتراك قسيمة كوبون إشعار اشعار تحويل حوالة ' +
      // Urdu
      'آرڈر ٹکٹ بل انوائس حوالہ حوالے ٹریکنگ کیس شکایت پالیسی ورژن تاریخ ایرر کوڈ رسید ٹرانزیکشن بکنگ پارسل روپے ' +
      'ڈیٹ ریفرنس کنزیومر آرڈرز ہیلپ‌لائن ہیلپلائن سیریل ماڈل میٹر کنکشن فلائٹ کمرہ واؤچر کوپن بارکوڈ',
  ),
);

/** Words that say a phone number follows: allow a number written without its trunk 0. */
export const PHONE_WORDS = new Set(
  list(
    'phone phones mobile mob cell cellphone tel telephone call called contact whatsapp wa sms landline fone ph ' +
      'reach reached reachable contactable callback dial whats whatsap watsapp line ' +
      'rabta ' +
      // Arabic "his, her, my number"
      'هاتف جوال موبايل تلفون تليفون واتساب واتس اتصال اتصل يتصل تتصل نتصل تواصل يتواصل رقمه رقمها رقمي ' +
      'فون موبائل واٹس واٹس‌ایپ رابطہ',
  ),
);

/** A business, just before a phone word ("branch tel", "our whatsapp", "فرع … هاتف"): the business's line, not the customer's. */
export const BUSINESS_WORDS = new Set(
  list('our official branch store shop hub centre center counter warehouse company bank hotel restaurant clinic hospital showroom outlet فرع شركة محل بنك فندق مطعم عيادة مستشفى رسمي ہمارا ہماری ہمارے آفیشل برانچ کمپنی'),
);

/** Words that say an identity number follows: allow it without its usual dashes. */
export const ID_WORDS = new Set(
  list(
    'cnic nic nicop ssn social security emirates eid iqama passport national identity ' +
      'shanakhti shanakhtee qomi ' +
      'هوية هويه إقامة اقامة وطنية مدنية مدني سجل قومي ' +
      // Urdu; "سی" ends the spelled-out CNIC, "سی این آئی سی"
      'شناختی قومی اقامہ سی',
  ),
);

/** The words of a US social security number: 9 digits without dashes are one only after these. */
export const SSN_WORDS = new Set(list('ssn social security'));

/** "ID": an identity number after a person's word ("her ID"), a reference after a record's ("customer ID"). */
export const ID_QUALIFIERS = new Set(list('id ids آئی‌ڈی ڈی'));

/** "Number": a phone number after a person's word ("his number", "customer ka number"), a reference after a record's ("account number"). */
export const NUMBER_QUALIFIERS = new Set(list('no nr num number numbers nmbr nbr # رقم نمبر'));

/**
 * Records a business numbers itself: followed by "number" or "ID" ("account no 1234567890",
 * "merchant ID …") the number is a reference, not personal data.
 */
export const RECORD_WORDS = new Set(list('account acc acct membership agent employee merchant store branch shop login username device اکاؤنٹ'));

/**
 * People a business numbers as records: "customer ID 0312345678" is a reference, but "customer
 * number" may be the customer's phone, so the numbering plan decides; "customer ka number",
 * "customer's number" are the customer's phone.
 */
export const CLIENT_WORDS = new Set(list('customer cust cx client user member subscriber کسٹمر صارف'));

/** A person, as the owner of a number ("his number", "customer ka number", "customer's number"). */
export const PERSON_WORDS = new Set(
  list(
    'his her their my your him them me us caller sender ' +
      'uska uski uske unka unki unke mera meri apna apni iska iski inka inki ' +
      'اس ان میرا میری اپنا اپنی',
  ),
);

/**
 * Arabic nouns of a person that follow what they own ("هوية العميل" the customer's identity, "جوال
 * الزبون" the customer's mobile): passed over, so the word before them decides.
 */
export const ARABIC_OWNER_WORDS = new Set(list('عميل عميلة زبون زبونة مشترك مشتركة صاحب مستخدم متقدم مقدم مواطن مقيم'));

/**
 * Arabic nouns of a person who is no account holder: "رقم المستلم" (the recipient's number) is a
 * phone number, where "رقم العميل" may be the customer's reference.
 */
export const ARABIC_PERSON_WORDS = new Set(list('مستلم مستلمة مرسل مرسلة متصل متصلة مريض مريضة زوج زوجة ابن ابنة اخ اخت أخ أخت'));

/**
 * Genitive particles ("customer ka number", "کسٹمر کا نمبر"): the one word before them owns the
 * number. Right before a number ("bola ki 0300…") "ki" is "that", not a genitive.
 */
export const GENITIVE_WORDS = new Set(list('ka ki ke کا کی کے'));

/** "Card": the number is a card's even after a reference word ("failed txn on card 4526 …"). */
export const CARD_WORDS = new Set(list('card cards debit credit visa mastercard amex بطاقة بطاقه كارت کارڈ'));

/** Words skipped on the way back to the word that decides. */
export const FILLER_WORDS = new Set(
  list(
    'is was the a an of for hai tha on at to its please pls plz new same other alternate alt given shared gave ' +
      'wala wali diya di de hain app ' +
      'هو هي ال على عليه عليها فيه فيها الى إلى عبر ' +
      // Urdu; "آئی" and "ایپ" are the first half of "آئی ڈی" (ID) and the second of "واٹس ایپ" (WhatsApp)
      'ہے تھا دیا ہیں آئی ایپ',
  ),
);

const arabicPrefix = /^(?:وال|بال|فال|كال|لل|ال|و|ب|ل|ف)/;
const arabicSuffix = /(?:ها|هم|هن|كم|نا|ه|ي|ك)$/;

/** The word as looked up: lower case, and for Arabic script also without its article, prefixes and possessive suffix. */
export function wordForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = [w];
  const bare = w.replace(arabicPrefix, '');
  if (bare !== w && bare.length >= 2) forms.push(bare);
  // Arabic possessive suffixes: جوالها "her mobile", هويتي "my identity" (ة before a suffix is written ت)
  const stem = bare.replace(arabicSuffix, '');
  if (stem !== bare && stem.length >= 3) forms.push(stem, ...(stem.endsWith('ت') ? [`${stem.slice(0, -1)}ة`] : []));
  if (w.length > 3 && (w.endsWith('s') || w.endsWith("'s"))) forms.push(w.replace(/'?s$/, ''));
  return forms;
}
