/**
 * The contact-centre lexicon that ships with the suggester: concepts (billing, refund, SIM,
 * internet, password, …), each with words and short phrases in English (`en`), Arabic (`ar`),
 * Urdu script (`ur`) and Roman Urdu (`ro`, as Pakistani customers type it). A word of the
 * transcript and a word of a reason's label that share a concept match, so a customer writing
 * "paisay wapis" or "استرجاع المبلغ" finds the English label "Refund issued" with no training.
 *
 * Format: per concept and language, one string of entries separated by `|`; an entry with spaces
 * is a phrase (its words must all appear within a few words of each other, in any order; stop
 * words count there). Entries are folded and stemmed like every other text (`text.ts`), so write
 * them as people type them: "bill zyada aya", "نت ما يشتغل".
 *
 * Extending: pass `options.lexicon` to `createReasonSuggester`: `{ refund: { ro: 'rqm wapis' } }`
 * adds to a built-in concept, a new id adds a concept, `lexicon: false` turns the built-in one
 * off. Keep single words specific: "wapis" alone also means "call me back". Keep this file under
 * 15 kB minified (test/suggest.lexicon.test.ts checks it): a concept earns its place when it maps
 * customer words onto words reason labels actually use.
 */

/** One concept: its words per language, `|`-separated (see the file's comment). */
export interface LexiconConcept {
  en?: string | undefined;
  ar?: string | undefined;
  ur?: string | undefined;
  ro?: string | undefined;
}

export type Lexicon = Record<string, LexiconConcept>;

export const contactCentreLexicon: Lexicon = {
  refund: {
    en: 'refund|reimburse|reimbursement|money back|reverse|reversal|credited back|return my money',
    ar: 'استرداد|استرجاع|ارجاع المبلغ|رجعوا فلوسي|ترجعون فلوسي|ارجاع فلوسي|استرجاع المبلغ|يرجع المبلغ|رجعولي',
    ur: 'ریفنڈ|پیسے واپس|رقم واپس|واپسی|رقم کی واپسی',
    ro: 'refund|rifund|paisay wapis|paise wapis|pese wapis|paisa wapas|paise wapas|raqam wapis|wapis kar|wapis karo|wapis kardo',
  },
  bill: {
    en: 'bill|billing|invoice|statement|receipt',
    ar: 'فاتورة|فواتير|فاتورتي|الفاتوره|كشف حساب',
    ur: 'بل|بِل|انوائس|بلنگ',
    ro: 'bill|bil|bll|invoice|billing',
  },
  explain: {
    en: 'explain|explanation|understand|breakdown|clarify|what is this charge|make sense',
    ar: 'افهم|أفهم|اشرح|شرح|توضيح|وضح|تفاصيل الفاتورة|ليش الفاتورة',
    ur: 'سمجھ|سمجھا|سمجھائیں|وضاحت|تفصیل',
    ro: 'samajh|samjh|samjha|samjhayen|samjha dein|samajh nahi|samjhao|wazahat|tafseel',
  },
  charge: {
    en: 'charge|charged|overcharged|overcharge|deducted|deduction|debited|extra|too much|high bill',
    ar: 'خصموا|انخصم|مخصوم|رسوم|مبلغ زايد|مبلغ زائد|سحبوا|زيادة|مرتفعة|عالية',
    ur: 'کٹوتی|چارج|چارجز|زیادہ بل|پیسے کٹ|کٹ گئے|اضافی',
    ro: 'charge|charges|charg|kat gaye|kat gaya|paise kat|katoti|zyada bill|bill zyada|ziada|zyada|zada|extra',
  },
  duplicate: {
    en: 'duplicate|twice|double|two times|charged twice',
    ar: 'مرتين|مكرر|مكررة|دبل|نفس المبلغ مرتين',
    ur: 'دو بار|دو دفعہ|ڈبل|دوہری',
    ro: 'do bar|do baar|do dafa|double|dubble|twice|2 bar|2 dafa',
  },
  installment: {
    en: 'payment plan|installment|instalment|installments|in parts|pay in parts|monthly payments',
    ar: 'تقسيط|قسط|اقساط|أقساط|على دفعات|دفعات',
    ur: 'قسط|قسطیں|قسطوں|قسطوں میں',
    ro: 'qist|qiston|qistain|kiston|installment|instalment|hisson mein',
  },
  payment: {
    en: 'payment|pay|paid|due|overdue',
    ar: 'دفع|دفعت|سداد|تسديد|سدد|ادفع',
    ur: 'ادائیگی|ادا|جمع|پیمنٹ',
    ro: 'payment|pay|ada|adaigi|jama|jama karwa',
  },
  latefee: {
    en: 'late fee|late fees|late payment|penalty|surcharge',
    ar: 'غرامة|غرامه|رسوم تأخير|رسوم التأخير|تأخير|متأخر',
    ur: 'جرمانہ|لیٹ فیس|تاخیر|لیٹ پیمنٹ',
    ro: 'late fee|jurmana|jurmanah|penalty|late',
  },
  waive: {
    en: 'waive|waived|waiver|remove the fee|forgive',
    ar: 'اعفاء|إعفاء|تلغون الغرامة|شيلوا|سامحوني',
    ur: 'معاف|معافی|ہٹا دیں|ختم کر',
    ro: 'maaf|maf|muaf|maaf kar|hata dein|khatam kar',
  },
  address: {
    en: 'address|moved|shifted|new house|relocated',
    ar: 'عنوان|العنوان|عنواني|انتقلت|نقلت|سكني|بيت جديد',
    ur: 'پتہ|پتا|ایڈریس|شفٹ|نیا گھر|گھر بدل',
    ro: 'address|adress|addres|pata|shift|shifted|naya ghar|ghar badal',
  },
  update: {
    en: 'update|updated|change|changed|correct|edit|new',
    ar: 'تحديث|تغيير|تعديل|غير|غيرت|جديد|حدث',
    ur: 'تبدیل|تبدیلی|اپڈیٹ|اپ ڈیٹ|نیا|بدل',
    ro: 'update|change|tabdeel|tabdil|badal|badalna|naya|nayi|chnge',
  },
  password: {
    en: 'password|login|log in|sign in|locked out|pin|otp|forgot|reset|passcode',
    ar: 'كلمة المرور|كلمة السر|باسورد|الباسورد|رمز الدخول|تسجيل الدخول|نسيت|ادخل|قفل الحساب',
    ur: 'پاس ورڈ|پاسورڈ|لاگ ان|بھول|پن|او ٹی پی',
    ro: 'password|pasword|passwrd|pswd|login|log in|bhool gaya|bhool gayi|pin|otp|reset',
  },
  internet: {
    en: 'internet|data|connectivity|connection|wifi|wi fi|net|network|signal|signals|slow|speed|coverage|mbps',
    ar: 'انترنت|الانترنت|إنترنت|النت|نت|شبكة|الشبكة|اشارة|إشارة|تغطية|بطيء|بطيئ|سرعة|واي فاي|داتا|البيانات',
    ur: 'انٹرنیٹ|نیٹ|سگنل|سگنلز|نیٹ ورک|اسپیڈ|سپیڈ|سلو|ڈیٹا|وائی فائی',
    ro: 'internet|intrnet|net|signal|signals|signl|network|netwrk|speed|slow|wifi|data|net nahi chal raha|net nahi chal rha|connection',
  },
  outage: {
    en: 'outage|down|service down|maintenance|whole area|everyone|neighbours|known issue',
    ar: 'عطل|انقطاع|مقطوع|صيانة|المنطقة|منطقتي|الحي|الكل|الجيران|عطل عام',
    ur: 'خرابی|علاقے|پورے علاقے|مینٹیننس|محلے|سب کا',
    ro: 'outage|down|area|poore area|pooray area|sab ka|mohalla|mohallay|maintenance|kharabi|khrabi',
  },
  app: {
    en: 'app|application|install|reinstall|uninstall|crash|crashes|crashing|play store',
    ar: 'تطبيق|التطبيق|برنامج|تنزيل|ثبت|حذف التطبيق|يعلق|يقفل|يطلعني',
    ur: 'ایپ|ایپلیکیشن|انسٹال|ان انسٹال|کریش|پلے اسٹور',
    ro: 'app|application|install|reinstall|uninstall|crash|play store|app khul nahi',
  },
  device: {
    en: 'device|phone|handset|router|modem|settings|configure|configuration|setup|set up|apn',
    ar: 'جهاز|الجهاز|جوال|موبايل|راوتر|الراوتر|مودم|اعدادات|إعدادات|ضبط|اعداد',
    ur: 'موبائل|فون|راؤٹر|روٹر|سیٹنگ|سیٹنگز|سیٹ اپ|ڈیوائس',
    ro: 'mobile|phone|fone|router|routr|settings|setting|set up|setup|configure|device|apn',
  },
  bug: {
    en: 'bug|error|glitch|broken|fault|error message|crash report',
    ar: 'خطأ|خطا|خلل|مشكلة تقنية|رسالة خطأ|ايرور',
    ur: 'ایرر|غلطی|بگ|مسئلہ آ رہا',
    ro: 'error|eror|bug|glitch|ghalti|galti|error aa raha',
  },
  technical: {
    en: 'l2|level 2|technician|engineer|technical team|specialist|second line',
    ar: 'فني|الفني|مهندس|الفريق الفني|الدعم الفني|مختص|فنيين',
    ur: 'ٹیکنیکل ٹیم|انجینئر|ٹیکنیشن|ماہر',
    ro: 'technical team|technician|engineer|enginer|technical|tech team',
  },
  supervisor: {
    en: 'supervisor|manager|senior|escalate|escalated|higher up|your boss',
    ar: 'مدير|المدير|مشرف|المشرف|المسؤول|مسؤول|تصعيد|اعلى',
    ur: 'سپروائزر|مینیجر|منیجر|افسر|سینئر|بڑے افسر',
    ro: 'supervisor|manager|manajer|senior|afsar|bare afsar|escalate',
  },
  upgrade: {
    en: 'upgrade|package|bundle|bigger plan|faster plan|higher plan|premium',
    ar: 'ترقية|باقة|الباقة|باقات|باقه|اكبر|أكبر|أسرع',
    ur: 'اپگریڈ|اپ گریڈ|پیکج|پیکیج|بنڈل|بڑا پیکج',
    ro: 'upgrade|upgrd|package|pkg|packge|bundle|bara package|behtar package',
  },
  quote: {
    en: 'quote|quotation|price|pricing|cost|rate|rates|offer|how much',
    ar: 'سعر|السعر|اسعار|أسعار|عرض سعر|كم سعر|بكم|تكلفة|عرض',
    ur: 'قیمت|ریٹ|ریٹس|کوٹیشن|کتنے کا|کتنے کی|آفر',
    ro: 'price|prise|rate|rates|qeemat|keemat|kitne ka|kitnay ka|kitne ki|quote|quotation|offer',
  },
  info: {
    en: 'information|info|details|features|product|tell me about|know about',
    ar: 'معلومات|تفاصيل|مميزات|منتج|استفسار|اعرف عن',
    ur: 'معلومات|تفصیلات|فیچرز|پروڈکٹ|جاننا',
    ro: 'maloomat|malumat|info|details|features|product|janna',
  },
  callback: {
    en: 'callback|call back|call me|ring me|call later|call tomorrow',
    ar: 'اتصلوا|اتصل علي|اتصلوا علي|تتصلون|كلموني|كلمني|اتصال لاحقا|بكرة',
    ur: 'کال بیک|کال کریں|کال کر|بعد میں کال',
    ro: 'call back|callback|call karein|call kar dein|call kardo|call krna|baad mein call|kal call|wapis call',
  },
  notinterested: {
    en: 'not interested|no thanks|dont want|do not want|not now|stop calling',
    ar: 'مو مهتم|غير مهتم|مش مهتم|ما ابغى|ما أبي|ما ابي|لا شكرا|ما احتاج|مو محتاج',
    ur: 'دلچسپی نہیں|نہیں چاہیے|ضرورت نہیں',
    ro: 'interest nahi|interested nahi|nahi chahiye|nai chahiye|zaroorat nahi|zarurat nahi',
  },
  identity: {
    en: 'verify|verification|verified|identity|id|cnic|date of birth|security question|passport',
    ar: 'هوية|الهوية|تحقق|التحقق|رقم الهوية|اقامة|إقامة|اثبات|جواز',
    ur: 'شناختی کارڈ|شناخت|تصدیق|ویریفائی|ویریفیکیشن',
    ro: 'cnic|shanakhti|shanakhti card|verify|verification|tasdeeq|id card',
  },
  contact: {
    en: 'contact|email|e mail|phone number|mobile number|alternate number|contact number',
    ar: 'ايميل|إيميل|البريد|بريد|رقم التواصل|رقم الجوال|التواصل',
    ur: 'ای میل|رابطہ|نمبر|موبائل نمبر',
    ro: 'email|e mail|contact|rabta|number|numbr|mobile number',
  },
  reactivate: {
    en: 'reactivate|reactivated|restore|unblock|activate again|suspended|blocked|reopen|reconnect',
    ar: 'تفعيل|اعادة تفعيل|إعادة تفعيل|موقوف|موقف|مقفل|ايقاف|محظور|رجعوا الخط|فعلوا',
    ur: 'دوبارہ چالو|بحال|بلاک|چالو|ایکٹیو',
    ro: 'chalu|dobara chalu|active|activate|block|blocked|unblock|bahal|sim band|band ho gayi|band ho gaya|band kar diya',
  },
  sim: {
    en: 'sim|sim card|esim|line',
    ar: 'شريحة|الشريحة|شريحتي|خط|الخط|خطي',
    ur: 'سم|سم کارڈ|لائن',
    ro: 'sim|simm|sim card|line',
  },
  close: {
    en: 'close|closed|cancel|cancellation|terminate|termination|end my contract|leave',
    ar: 'الغاء|إلغاء|الغي|ألغي|اقفال|إقفال|انهاء|إنهاء|سكر الحساب|اسكر',
    ur: 'بند کروانا|بند کروا|ختم|کینسل|منسوخ',
    ro: 'cancel|cancle|band karwana|band karwa|band krwana|band kar dein|close|khatam|khtm',
  },
  account: {
    en: 'account|profile|acct',
    ar: 'حساب|الحساب|حسابي',
    ur: 'اکاؤنٹ|اکاونٹ|کھاتہ',
    ro: 'account|acount|akount|khata',
  },
  complaint: {
    en: 'complaint|complain|unhappy|angry|terrible|worst|disappointed|rude|unacceptable|fed up',
    ar: 'شكوى|شكوه|اشتكي|أشتكي|زعلان|سيء|سيئة|اسوأ|أسوأ|مستاء|مو مقبول|تعبت',
    ur: 'شکایت|ناراض|بدتمیز|بری سروس|بکواس|گھٹیا|تنگ',
    ro: 'complaint|complain|complent|shikayat|shikayt|naraz|bakwas|ghatiya|worst|tang',
  },
  goodwill: {
    en: 'compensation|compensate|credit|goodwill|discount|gesture|free|make up for',
    ar: 'تعويض|تعوضوني|هدية|مجاني|مجانا|خصم على',
    ur: 'معاوضہ|ہرجانہ|مفت|ڈسکاؤنٹ|کریڈٹ|رعایت',
    ro: 'compensation|muawza|harjana|discount|free|credit|riayat',
  },
  resolved: {
    en: 'resolved|fixed|solved|sorted|working now|works now',
    ar: 'انحلت|انحل|اشتغل|زبط|تم الحل|تمام الحين|صار يشتغل',
    ur: 'ٹھیک ہو گیا|حل ہو گیا|چل گیا|ٹھیک ہو گئی',
    ro: 'theek ho gaya|thik ho gaya|theek ho gayi|chal gaya|chal pada|hal ho gaya|fix ho gaya',
  },
  transfer: {
    en: 'transfer|transferred|department|other team|forward|right team',
    ar: 'تحويل|احولك|حولوني|قسم|القسم|الإدارة|ادارة|القسم المختص',
    ur: 'ٹرانسفر|محکمہ|شعبہ|ڈیپارٹمنٹ|متعلقہ',
    ro: 'transfer|department|dept|forward|mutaliqa|doosri team',
  },
  followup: {
    en: 'follow up|follow-up|ticket|status|pending|get back to you|keep you updated|reference number',
    ar: 'متابعة|نتابع|تابع|حالة الطلب|تذكرة|رقم المرجع|بلاغ',
    ur: 'فالو اپ|اسٹیٹس|ٹکٹ|ریفرنس نمبر|بعد میں بتائیں',
    ro: 'follow up|status|ticket|reference number|update dena|bata dein|batayen',
  },
  disconnected: {
    en: 'disconnected|dropped|left the chat|chat ended|lost connection|connection lost|got cut',
    ar: 'انقطع|انقطعت المحادثة|طلع من المحادثة|فصل',
    ur: 'کٹ گئی|منقطع|چیٹ بند',
    ro: 'chat cut|chat band|disconnect|disconnected|cut ho gayi',
  },
  noresponse: {
    en: 'no response|are you there|still there|not responding|no reply|inactivity|closing this chat',
    ar: 'لا يوجد رد|ما فيه رد|هل انت معي|موجود معي|عدم الرد',
    ur: 'جواب نہیں|موجود ہیں|رابطہ نہیں',
    ro: 'jawab nahi|reply nahi|aap hain|online hain',
  },
  spam: {
    en: 'spam|test|testing|asdf|wrong chat|by mistake|ignore',
    ar: 'تجربة|تجربه|اختبار|بالغلط|غلط',
    ur: 'ٹیسٹ|آزمائش|غلطی سے',
    ro: 'test|testing|ghalti se|galti se|ghalti sy',
  },
  delivery: {
    en: 'delivery|deliver|delivered|parcel|shipment|courier|tracking|shipping',
    ar: 'توصيل|التوصيل|شحنة|الشحنة|مندوب|المندوب|تتبع|شحن الطلب',
    ur: 'ڈیلیوری|پارسل|کوریئر|ٹریکنگ',
    ro: 'delivery|delivry|parcel|courier|tracking|deliver',
  },
  order: {
    en: 'order|ordered|purchase|item',
    ar: 'طلب|الطلب|طلبي|طلبية|مشتريات',
    ur: 'آرڈر|خریداری',
    ro: 'order|ordr|kharidari',
  },
  card: {
    en: 'card|credit card|debit card|visa|mastercard',
    ar: 'بطاقة|البطاقة|بطاقتي|كرت|فيزا|مدى',
    ur: 'کارڈ|ڈیبٹ کارڈ|کریڈٹ کارڈ',
    ro: 'card|crd|atm card|debit card',
  },
  balance: {
    en: 'balance|recharge|top up|topup|load|easyload|airtime',
    ar: 'رصيد|رصيدي|شحن|تعبئة|كرت شحن|شحنت',
    ur: 'بیلنس|ریچارج|لوڈ|ایزی لوڈ',
    ro: 'balance|balnce|recharge|load|easyload|easy load',
  },
  roaming: {
    en: 'roaming|abroad|international|travel|travelling',
    ar: 'تجوال|التجوال|خارج البلد|مسافر|سفر|برا',
    ur: 'رومنگ|بیرون ملک|باہر ملک',
    ro: 'roaming|bahar|abroad|bahir mulk|travel',
  },
};
