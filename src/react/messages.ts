/**
 * Every word the panel shows or announces. English defaults are Expertflow's own AgentDesk words
 * (DESIGN.md, "Words the agent sees"); Arabic and Urdu ship too. Pass a partial object to
 * `messages` to override any of them.
 */
export interface WrapUpMessages {
  /** Text direction of this language. */
  dir: 'ltr' | 'rtl';
  region: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchHint: string;
  reasonsLabel: string;
  selected: (n: number) => string;
  selectedListLabel: string;
  removeReason: (reason: string) => string;
  notes: string;
  noteCount: (length: number, max: number) => string;
  noteTooLong: (over: number) => string;
  apply: string;
  cancel: string;
  addWrapUp: string;
  leaveWithoutWrapUp: string;
  limitReached: (max: number) => string;
  singleChoiceHint: string;
  emptyWrapUp: string;
  loadingReasons: string;
  reasonsFailed: (detail: string) => string;
  retry: string;
  noReasons: string;
  noMatches: (query: string) => string;
  timeLeft: (seconds: number) => string;
  timeAnnouncement: (seconds: number) => string;
  autoApplyNotice: (seconds: number) => string;
  piiWarning: (kinds: string[]) => string;
  piiKinds: { card: string; email: string; phone: string };
  submitAnyway: string;
  editNote: string;
  submitting: string;
  pendingOnline: string;
  pendingOffline: string;
  applied: string;
  left: string;
  expired: string;
  removed: (reason: string) => string;
  failed: (reason: string) => string;
  pinned: string;
  recent: string;
  pin: (reason: string) => string;
  unpin: (reason: string) => string;
  categorySeparator: string;
}

export const en: WrapUpMessages = {
  dir: 'ltr',
  region: 'Wrap-up',
  searchLabel: 'Search reasons',
  searchPlaceholder: 'New Wrap-up...',
  searchHint: 'Enter picks the first match. Press / to come back here.',
  reasonsLabel: 'Wrap-Up Codes',
  selected: (n) => `Selected: ${n}`,
  selectedListLabel: 'Selected reasons',
  removeReason: (r) => `Remove ${r}`,
  notes: 'Notes',
  noteCount: (length, max) => `${length} / ${max} characters`,
  noteTooLong: (over) => `The note is ${over} characters too long. Shorten it to submit.`,
  apply: 'Apply',
  cancel: 'Cancel',
  addWrapUp: 'Add Wrap-Up',
  leaveWithoutWrapUp: 'Leave Without Wrap-Up',
  limitReached: (max) => `You can choose up to ${max} reasons. Remove one to pick another.`,
  singleChoiceHint: 'Choose one reason.',
  emptyWrapUp: 'Choose a reason or write a note first.',
  loadingReasons: 'Loading wrap-up reasons…',
  reasonsFailed: (detail) => `Wrap-up reasons could not be loaded. ${detail}`,
  retry: 'Retry',
  noReasons: 'No wrap-up reasons are set up. Add them in Unified Admin → Forms → Wrap-Up. You can still write a note.',
  noMatches: (q) => `No reasons match “${q}”.`,
  timeLeft: (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left`,
  timeAnnouncement: (s) => `${s} seconds left to wrap up.`,
  autoApplyNotice: (s) => `Your wrap-up will be applied automatically in ${s} seconds.`,
  piiWarning: (kinds) => `The note looks like it contains ${kinds.join(' and ')}. Notes are stored with the conversation. Remove it, or submit anyway.`,
  piiKinds: { card: 'a card number', email: 'an e-mail address', phone: 'a phone number' },
  submitAnyway: 'Submit anyway',
  editNote: 'Edit note',
  submitting: 'Sending…',
  pendingOnline: 'Sent. Waiting for the Agent Manager to confirm…',
  pendingOffline: 'Your wrap-up is saved and will be sent when the connection is back.',
  applied: 'The wrap-up(s) you added are successfully applied to the conversation.',
  left: 'No wrap-ups added, you have successfully left the conversation.',
  expired: 'Wrap-up time expired, you are removed from the conversation.',
  removed: (reason) => `You are removed due to ${reason}.`,
  failed: (reason) => `The wrap-up was not applied: ${reason}`,
  pinned: 'Pinned',
  recent: 'Recently used',
  pin: (r) => `Pin ${r}`,
  unpin: (r) => `Unpin ${r}`,
  categorySeparator: ' › ',
};

const arabicDigits = (n: number) => n.toLocaleString('ar-EG');

export const ar: WrapUpMessages = {
  dir: 'rtl',
  region: 'إنهاء المحادثة',
  searchLabel: 'البحث عن الأسباب',
  searchPlaceholder: 'سبب جديد...',
  searchHint: 'يختار Enter أول نتيجة. اضغط / للعودة إلى هنا.',
  reasonsLabel: 'رموز الإنهاء',
  selected: (n) => `المحدد: ${arabicDigits(n)}`,
  selectedListLabel: 'الأسباب المحددة',
  removeReason: (r) => `إزالة ${r}`,
  notes: 'ملاحظات',
  noteCount: (l, m) => `${arabicDigits(l)} / ${arabicDigits(m)} حرفًا`,
  noteTooLong: (o) => `الملاحظة أطول من المسموح بـ ${arabicDigits(o)} حرفًا. اختصرها للإرسال.`,
  apply: 'تطبيق',
  cancel: 'إلغاء',
  addWrapUp: 'إضافة رمز الإنهاء',
  leaveWithoutWrapUp: 'المغادرة دون رمز إنهاء',
  limitReached: (m) => `يمكنك اختيار ${arabicDigits(m)} أسباب كحد أقصى. أزل سببًا لاختيار آخر.`,
  singleChoiceHint: 'اختر سببًا واحدًا.',
  emptyWrapUp: 'اختر سببًا أو اكتب ملاحظة أولًا.',
  loadingReasons: 'جارٍ تحميل أسباب الإنهاء…',
  reasonsFailed: (d) => `تعذّر تحميل أسباب الإنهاء. ${d}`,
  retry: 'إعادة المحاولة',
  noReasons: 'لا توجد أسباب إنهاء معدّة. أضفها من Unified Admin. ما زال بإمكانك كتابة ملاحظة.',
  noMatches: (q) => `لا توجد أسباب تطابق «${q}».`,
  timeLeft: (s) => `متبقٍ ${arabicDigits(Math.floor(s / 60))}:${(s % 60).toLocaleString('ar-EG', { minimumIntegerDigits: 2 })}`,
  timeAnnouncement: (s) => `متبقٍ ${arabicDigits(s)} ثانية لإنهاء المحادثة.`,
  autoApplyNotice: (s) => `سيتم تطبيق الإنهاء تلقائيًا خلال ${arabicDigits(s)} ثوانٍ.`,
  piiWarning: (k) => `يبدو أن الملاحظة تحتوي على ${k.join(' و')}. تُحفظ الملاحظات مع المحادثة. احذفها أو أرسل على أي حال.`,
  piiKinds: { card: 'رقم بطاقة', email: 'بريد إلكتروني', phone: 'رقم هاتف' },
  submitAnyway: 'أرسل على أي حال',
  editNote: 'تعديل الملاحظة',
  submitting: 'جارٍ الإرسال…',
  pendingOnline: 'تم الإرسال. بانتظار تأكيد Agent Manager…',
  pendingOffline: 'تم حفظ الإنهاء وسيُرسل عند عودة الاتصال.',
  applied: 'تم تطبيق رموز الإنهاء على المحادثة بنجاح.',
  left: 'لم تُضف رموز إنهاء، وغادرت المحادثة بنجاح.',
  expired: 'انتهى وقت الإنهاء، وتمت إزالتك من المحادثة.',
  removed: (r) => `تمت إزالتك بسبب ${r}.`,
  failed: (r) => `لم يُطبَّق الإنهاء: ${r}`,
  pinned: 'مثبّت',
  recent: 'المستخدمة مؤخرًا',
  pin: (r) => `تثبيت ${r}`,
  unpin: (r) => `إلغاء تثبيت ${r}`,
  categorySeparator: ' ‹ ',
};

export const ur: WrapUpMessages = {
  dir: 'rtl',
  region: 'ریپ اپ',
  searchLabel: 'وجوہات تلاش کریں',
  searchPlaceholder: 'نیا ریپ اپ...',
  searchHint: 'Enter پہلا نتیجہ منتخب کرتا ہے۔ یہاں واپس آنے کے لیے / دبائیں۔',
  reasonsLabel: 'ریپ اپ کوڈز',
  selected: (n) => `منتخب: ${n}`,
  selectedListLabel: 'منتخب وجوہات',
  removeReason: (r) => `${r} ہٹائیں`,
  notes: 'نوٹس',
  noteCount: (l, m) => `${l} / ${m} حروف`,
  noteTooLong: (o) => `نوٹ ${o} حروف زیادہ لمبا ہے۔ بھیجنے کے لیے اسے مختصر کریں۔`,
  apply: 'لاگو کریں',
  cancel: 'منسوخ کریں',
  addWrapUp: 'ریپ اپ شامل کریں',
  leaveWithoutWrapUp: 'ریپ اپ کے بغیر چھوڑیں',
  limitReached: (m) => `آپ زیادہ سے زیادہ ${m} وجوہات منتخب کر سکتے ہیں۔ دوسری چننے کے لیے ایک ہٹائیں۔`,
  singleChoiceHint: 'ایک وجہ منتخب کریں۔',
  emptyWrapUp: 'پہلے کوئی وجہ منتخب کریں یا نوٹ لکھیں۔',
  loadingReasons: 'ریپ اپ وجوہات لوڈ ہو رہی ہیں…',
  reasonsFailed: (d) => `ریپ اپ وجوہات لوڈ نہیں ہو سکیں۔ ${d}`,
  retry: 'دوبارہ کوشش کریں',
  noReasons: 'کوئی ریپ اپ وجوہات ترتیب نہیں دی گئیں۔ انہیں Unified Admin میں شامل کریں۔ آپ پھر بھی نوٹ لکھ سکتے ہیں۔',
  noMatches: (q) => `کوئی وجہ “${q}” سے میل نہیں کھاتی۔`,
  timeLeft: (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} باقی`,
  timeAnnouncement: (s) => `ریپ اپ کے لیے ${s} سیکنڈ باقی ہیں۔`,
  autoApplyNotice: (s) => `آپ کا ریپ اپ ${s} سیکنڈ میں خود بخود لاگو ہو جائے گا۔`,
  piiWarning: (k) => `لگتا ہے نوٹ میں ${k.join(' اور ')} ہے۔ نوٹس گفتگو کے ساتھ محفوظ ہوتے ہیں۔ اسے ہٹائیں، یا پھر بھی بھیجیں۔`,
  piiKinds: { card: 'کارڈ نمبر', email: 'ای میل پتہ', phone: 'فون نمبر' },
  submitAnyway: 'پھر بھی بھیجیں',
  editNote: 'نوٹ میں ترمیم کریں',
  submitting: 'بھیجا جا رہا ہے…',
  pendingOnline: 'بھیج دیا گیا۔ Agent Manager کی تصدیق کا انتظار ہے…',
  pendingOffline: 'آپ کا ریپ اپ محفوظ ہے اور کنکشن واپس آنے پر بھیج دیا جائے گا۔',
  applied: 'آپ کے شامل کردہ ریپ اپ گفتگو پر کامیابی سے لاگو ہو گئے۔',
  left: 'کوئی ریپ اپ شامل نہیں کیا گیا، آپ نے گفتگو کامیابی سے چھوڑ دی۔',
  expired: 'ریپ اپ کا وقت ختم ہو گیا، آپ کو گفتگو سے ہٹا دیا گیا۔',
  removed: (r) => `آپ کو ${r} کی وجہ سے ہٹا دیا گیا۔`,
  failed: (r) => `ریپ اپ لاگو نہیں ہوا: ${r}`,
  pinned: 'پن شدہ',
  recent: 'حال ہی میں استعمال شدہ',
  pin: (r) => `${r} پن کریں`,
  unpin: (r) => `${r} کا پن ہٹائیں`,
  categorySeparator: ' ‹ ',
};

export const wrapUpLocales = { en, ar, ur } as const;
