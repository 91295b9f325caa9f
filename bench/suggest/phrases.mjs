// What customers and agents say, per reason of the realistic form (src/simulator/forms.ts
// realisticWrapUpForm) and per language: English (en), Arabic (ar, Gulf and Levantine chat Arabic),
// Urdu script (ur) and Roman Urdu (ro, with the English Pakistani customers mix in).
// `c`: the customer stating the problem (one is picked, sometimes two); `d`: a detail the customer adds
// later; `a`: the agent's resolution. generate.mjs builds chats from these plus the shared openings,
// verification turns, bot and system lines and closings below.
//
// Written by hand to read like chats, not keyword lists. They were written by the same person as the
// lexicon (src/core/suggest/lexicon.ts), so the cold figures are likely optimistic: see RESULTS.md.

export const REASONS = [
  // ------------------------------------------------------------------ Billing
  {
    cat: 'Billing', value: 'Refund issued',
    en: {
      c: ['I cancelled my order last week and still havent got my money back', 'I want a refund for the router I returned, its been 10 days', 'you took 2500 from my account for a service I never used, I want it back', 'can I get my money back for last months package? it never worked'],
      d: ['the amount was 2,500 rupees', 'I paid with my card ending 4411', 'I returned it on the 3rd'],
      a: ['I have processed a refund of 2,500, it will reach your account in 5-7 working days', 'the refund is done from our side, you will see it back on your card within a week'],
    },
    ar: {
      c: ['السلام عليكم، أبغى أسترجع فلوسي، ألغيت الطلب من أسبوع وما رجع المبلغ', 'دفعت ٢٥٠ ريال على باقة ما اشتغلت أبداً، أبي استرداد المبلغ', 'رجعت الجهاز للمحل وللحين ما رجعولي فلوسي', 'لو سمحت متى يرجع المبلغ؟ الغيت الاشتراك'],
      d: ['المبلغ ٢٥٠ ريال', 'دفعت بالبطاقة', 'رجعته يوم الأحد'],
      a: ['تم استرجاع المبلغ لحسابك، بيوصلك خلال ٥ إلى ٧ أيام عمل', 'سوينا لك استرداد كامل للمبلغ، يوصل على نفس البطاقة'],
    },
    ur: {
      c: ['میں نے آرڈر کینسل کیا تھا لیکن ابھی تک میرے پیسے واپس نہیں آئے', 'مجھے اپنی رقم واپس چاہیے، پیکج بالکل کام نہیں کر رہا تھا', 'راؤٹر واپس کر دیا ہے اب ریفنڈ کب ملے گا؟', 'آپ نے میرے اکاؤنٹ سے ۲۵۰۰ روپے لیے، مجھے واپس کریں'],
      d: ['رقم ۲۵۰۰ روپے تھی', 'میں نے کارڈ سے ادائیگی کی تھی', 'پچھلے ہفتے واپس کیا تھا'],
      a: ['آپ کا ریفنڈ پروسیس کر دیا گیا ہے، ۵ سے ۷ دن میں رقم واپس آ جائے گی', 'جی آپ کی رقم واپس کر دی گئی ہے، ایک ہفتے میں اکاؤنٹ میں آ جائے گی'],
    },
    ro: {
      c: ['mera order cancel ho gaya tha lekin paisay wapis nahi aye abhi tak', 'mujhe refund chahiye, package bilkul kaam nahi kar raha tha', 'router wapis kar diya hai ab mere paise wapas kab milenge?', 'aap logon ne 2500 kaat liye account se, wapis karo please'],
      d: ['2500 rupees thay', 'card se payment ki thi', 'pichle hafte return kiya tha'],
      a: ['aapka refund process kar diya hai, 5 se 7 din mein paise wapis aa jayenge', 'ji refund ho gaya hai, ek hafte tak aapke account mein aa jayega'],
    },
  },
  {
    cat: 'Billing', value: 'Invoice explained',
    en: {
      c: ['my bill this month is way higher than usual, can you explain what these charges are?', 'I dont understand my invoice, what is this "value added service" line?', 'why is my bill 4,800 when my package is 2,000?', 'can someone go through my statement with me, some items make no sense'],
      d: ['the line says VAS charges 600', 'its the november invoice', 'I normally pay around 2000'],
      a: ['let me explain the invoice: 2,000 is your package, 1,800 is extra data usage and the rest is tax', 'I went through your bill with you: the higher amount is from roaming usage on the 12th plus taxes'],
    },
    ar: {
      c: ['الفاتورة هالشهر عالية مرة، ممكن تشرح لي ليش؟', 'ما فهمت الفاتورة، وش هذا البند "خدمات إضافية"؟', 'ليش فاتورتي ٤٨٠ وأنا باقتي ٢٠٠ بس؟', 'أبي أحد يوضح لي تفاصيل الفاتورة، فيها أشياء مو مفهومة'],
      d: ['البند مكتوب خدمات قيمة مضافة ٦٠', 'فاتورة شهر نوفمبر', 'عادة أدفع ٢٠٠'],
      a: ['خلني أوضح لك الفاتورة: ٢٠٠ قيمة الباقة و١٨٠ استخدام بيانات إضافي والباقي ضريبة', 'شرحت لك بنود الفاتورة، الزيادة من استخدام التجوال يوم ١٢'],
    },
    ur: {
      c: ['اس مہینے کا بل بہت زیادہ آیا ہے، سمجھ نہیں آ رہا کیوں', 'میرے بل میں یہ "ویلیو ایڈڈ سروس" کیا ہے؟ وضاحت کر دیں', 'میرا پیکج ۲۰۰۰ کا ہے تو بل ۴۸۰۰ کیسے آ گیا؟', 'بل کی تفصیل سمجھا دیں پلیز، کچھ چیزیں سمجھ نہیں آئیں'],
      d: ['لکھا ہے وی اے ایس چارجز ۶۰۰', 'نومبر کا بل ہے', 'عام طور پر ۲۰۰۰ آتا ہے'],
      a: ['میں آپ کو بل سمجھا دیتا ہوں: ۲۰۰۰ پیکج کے، ۱۸۰۰ اضافی ڈیٹا کے اور باقی ٹیکس', 'آپ کے بل کی وضاحت کر دی ہے، زیادہ رقم رومنگ کی وجہ سے ہے'],
    },
    ro: {
      c: ['is mahine ka bill bohat zyada aya hai samajh nahi aa raha kyun', 'bill mein ye VAS charges kya hain? samjha dein please', 'mera package 2000 ka hai to bill 4800 kaise aa gaya??', 'bill ki details samjha dein, kuch cheezein samajh nahi ayi'],
      d: ['VAS charges 600 likha hai', 'november ka bill hai', 'normally 2000 ata hai'],
      a: ['main aapko bill samjha deta hun: 2000 package ke, 1800 extra data usage ke aur baqi tax', 'aapke bill ki wazahat kar di hai, zyada amount roaming ki wajah se hai'],
    },
  },
  {
    cat: 'Billing', value: 'Payment plan agreed',
    en: {
      c: ['I cant pay the full bill this month, can I pay it in parts?', 'lost my job recently, is there any way to split the outstanding amount?', 'can I get an installment plan for the 12,000 I owe', 'I need more time to pay, maybe monthly installments?'],
      d: ['the outstanding is 12,000', 'I can pay 3000 a month', 'salary comes on the 1st'],
      a: ['I have set up a payment plan: 4 monthly installments of 3,000 starting on the 1st', 'done, your balance is split into 3 installments, no late fee will apply while you follow the plan'],
    },
    ar: {
      c: ['ما أقدر أدفع الفاتورة كاملة هالشهر، ممكن أقسطها؟', 'أبي أسدد المبلغ على دفعات، الوضع صعب هالفترة', 'عندي متأخرات ١٢٠٠ ريال، فيه إمكانية تقسيط؟', 'ممكن تعطوني مهلة وأدفع على أقساط شهرية؟'],
      d: ['المبلغ المستحق ١٢٠٠', 'أقدر أدفع ٣٠٠ بالشهر', 'الراتب ينزل أول الشهر'],
      a: ['تم عمل خطة تقسيط: ٤ أقساط شهرية ٣٠٠ ريال تبدأ أول الشهر', 'اتفقنا على التقسيط، المبلغ مقسم على ٣ دفعات بدون غرامة'],
    },
    ur: {
      c: ['اس مہینے پورا بل ادا نہیں کر سکتا، کیا قسطوں میں دے سکتا ہوں؟', 'نوکری چلی گئی ہے، بقایا رقم قسطوں میں کر دیں', 'میرے ۱۲۰۰۰ بقایا ہیں، قسط کی سہولت ہے؟', 'تھوڑا وقت چاہیے ادائیگی کے لیے، ماہانہ قسط ہو سکتی ہے؟'],
      d: ['بقایا ۱۲۰۰۰ ہے', 'مہینے کے ۳۰۰۰ دے سکتا ہوں', 'تنخواہ یکم کو آتی ہے'],
      a: ['آپ کا پیمنٹ پلان بنا دیا ہے: ۳۰۰۰ کی ۴ ماہانہ قسطیں، یکم سے شروع', 'آپ کی رقم ۳ قسطوں میں تقسیم کر دی ہے، کوئی لیٹ فیس نہیں لگے گی'],
    },
    ro: {
      c: ['is mahine poora bill nahi de sakta, kya qiston mein de sakta hun?', 'job chali gayi hai, baqaya amount ki qist bana dein please', 'mere 12000 pending hain, installment ho sakti hai?', 'thora time chahiye payment ke liye, monthly qist mil sakti hai?'],
      d: ['12000 baqaya hai', '3000 mahana de sakta hun', 'salary 1 tareekh ko aati hai'],
      a: ['aapka payment plan bana diya hai: 3000 ki 4 qistain, 1 tareekh se', 'done, amount 3 installments mein divide kar diya hai, late fee nahi lagegi'],
    },
  },
  {
    cat: 'Billing', value: 'Duplicate charge reversed',
    en: {
      c: ['I was charged twice for the same bill this month', 'my card got debited two times for one payment!!', 'I see the same 1,999 deducted twice on my statement', 'double charge on my account, please check'],
      d: ['both on the 5th, 1999 each', 'transaction ids end in 778 and 779', 'paid through the app'],
      a: ['you are right, it was a duplicate charge, I have reversed the second payment', 'the double deduction is reversed, the extra 1,999 goes back to your card'],
    },
    ar: {
      c: ['انخصم مني نفس المبلغ مرتين على نفس الفاتورة', 'البطاقة انسحب منها مرتين لدفعة وحدة!!', 'شايف ١٩٩ مخصومة مرتين في كشف الحساب', 'فيه خصم مكرر على حسابي، شيكوا لو سمحتوا'],
      d: ['الاثنين يوم ٥، ١٩٩ كل وحدة', 'دفعت من التطبيق', 'رقم العملية ينتهي ٧٧٨'],
      a: ['صحيح، الخصم مكرر، تم عكس الدفعة الثانية', 'تم إلغاء الخصم المكرر وبيرجع ١٩٩ على بطاقتك'],
    },
    ur: {
      c: ['اس مہینے ایک ہی بل کے دو بار پیسے کٹ گئے', 'میرے کارڈ سے ایک ادائیگی کے دو دفعہ پیسے کٹے ہیں', 'اسٹیٹمنٹ میں ۱۹۹۹ دو بار کٹے ہوئے ہیں', 'اکاؤنٹ پر ڈبل چارج ہو گیا ہے، چیک کریں'],
      d: ['دونوں ۵ تاریخ کو، ۱۹۹۹ ہر ایک', 'ایپ سے ادائیگی کی تھی', 'ٹرانزیکشن ۷۷۸ اور ۷۷۹'],
      a: ['جی یہ ڈبل چارج تھا، دوسری ادائیگی ریورس کر دی ہے', 'اضافی ۱۹۹۹ واپس آپ کے کارڈ پر بھیج دیے ہیں، ڈپلیکیٹ چارج ختم'],
    },
    ro: {
      c: ['is mahine ek hi bill ke do bar paise kat gaye', 'card se ek payment ke do dafa paise katay hain!!', 'statement mein 1999 do baar deduct hua hai', 'account pe double charge ho gaya hai check karein'],
      d: ['dono 5 tareekh ko, 1999 each', 'app se payment ki thi', 'transaction id 778 aur 779'],
      a: ['ji ye duplicate charge tha, dusri payment reverse kar di hai', 'extra 1999 wapis card pe bhej diye hain, double charge reverse ho gaya'],
    },
  },
  {
    cat: 'Billing', value: 'Late fee waived',
    en: {
      c: ['there is a late fee of 500 on my bill but I paid on time', 'why did I get a late payment penalty? I was in hospital', 'can you remove the late fee, first time I was late', 'I got charged a late fee because your app was down when I tried to pay'],
      d: ['paid on the due date itself', 'the fee is 500', 'the app gave an error on the 10th'],
      a: ['I have waived the late fee of 500 as a one-time courtesy', 'the late payment fee is removed from your bill'],
    },
    ar: {
      c: ['فيه غرامة تأخير ٥٠ ريال على فاتورتي وأنا دفعت في الموعد', 'ليش عليّ رسوم تأخير؟ كنت في المستشفى', 'ممكن تشيلون الغرامة، أول مرة أتأخر', 'انحسبت علي غرامة لأن التطبيق كان عطلان يوم حاولت أدفع'],
      d: ['دفعت يوم الاستحقاق', 'الغرامة ٥٠ ريال', 'التطبيق طلع خطأ يوم ١٠'],
      a: ['تم إعفاؤك من غرامة التأخير هالمرة', 'شلنا رسوم التأخير من الفاتورة'],
    },
    ur: {
      c: ['میرے بل پر ۵۰۰ لیٹ فیس لگی ہے حالانکہ میں نے وقت پر ادائیگی کی', 'لیٹ پیمنٹ کا جرمانہ کیوں لگا؟ میں ہسپتال میں تھا', 'پہلی دفعہ دیر ہوئی ہے، جرمانہ معاف کر دیں', 'آپ کی ایپ خراب تھی اس لیے دیر ہوئی، لیٹ فیس ہٹا دیں'],
      d: ['آخری تاریخ کو ہی ادا کیا تھا', 'فیس ۵۰۰ ہے', '۱۰ تاریخ کو ایپ ایرر دے رہی تھی'],
      a: ['آپ کی لیٹ فیس معاف کر دی گئی ہے', 'بل سے ۵۰۰ کا جرمانہ ہٹا دیا ہے'],
    },
    ro: {
      c: ['mere bill pe 500 late fee lagi hai jabke maine time pe payment ki', 'late payment ka jurmana kyun laga? main hospital mein tha', 'pehli dafa late hua hun, fee maaf kar dein please', 'aapki app kharab thi is liye late hua, late fee hata dein'],
      d: ['due date pe hi pay kiya tha', 'fee 500 hai', '10 tareekh ko app error de rahi thi'],
      a: ['aapki late fee waive kar di hai, one time', 'bill se 500 ka jurmana hata diya hai'],
    },
  },
  {
    cat: 'Billing', value: 'Billing address updated',
    en: {
      c: ['my bills are still going to my old address, I moved last month', 'please update the address on my invoices', 'I shifted to a new flat, need to change where the bill is sent', 'the paper bill comes to my parents house, can you change the billing address'],
      d: ['new address is flat 12, block C, gulberg', 'house 45 street 9', 'the postcode is 54000'],
      a: ['your billing address is updated, the next invoice will go to the new address', 'done, bills will now be sent to flat 12, block C'],
    },
    ar: {
      c: ['الفواتير للحين توصل على عنواني القديم، انتقلت الشهر الماضي', 'أبي أغير عنوان الفاتورة لو سمحت', 'نقلت لشقة جديدة، أبي الفاتورة توصل على العنوان الجديد', 'الفاتورة الورقية تروح بيت أهلي، غيروا العنوان'],
      d: ['العنوان الجديد حي النرجس شارع ١٢', 'شقة ١٢ عمارة ٣', 'الرمز البريدي ١٣٢٤١'],
      a: ['تم تحديث عنوان الفوترة، الفاتورة الجاية بتوصل للعنوان الجديد', 'غيرت لك عنوان الفاتورة'],
    },
    ur: {
      c: ['بل ابھی بھی پرانے پتے پر آ رہا ہے، میں پچھلے مہینے شفٹ ہو گیا', 'بل والا ایڈریس تبدیل کر دیں پلیز', 'نئے فلیٹ میں آ گیا ہوں، بل کا پتہ بدلنا ہے', 'بل میرے والدین کے گھر جاتا ہے، بلنگ ایڈریس تبدیل کریں'],
      d: ['نیا پتہ فلیٹ ۱۲ بلاک سی گلبرگ', 'مکان ۴۵ گلی ۹', 'پوسٹ کوڈ ۵۴۰۰۰'],
      a: ['آپ کا بلنگ ایڈریس اپڈیٹ کر دیا ہے، اگلا بل نئے پتے پر آئے گا', 'جی بل کا پتہ تبدیل ہو گیا ہے'],
    },
    ro: {
      c: ['bill abhi bhi purane address pe aa raha hai, main pichle mahine shift ho gaya', 'bill wala address change kar dein please', 'naye flat mein aa gaya hun bill ka pata badalna hai', 'bill mere parents ke ghar jata hai billing address update karein'],
      d: ['naya address flat 12 block C gulberg', 'house 45 street 9', 'postal code 54000'],
      a: ['aapka billing address update kar diya hai, agla bill naye address pe aayega', 'ji bill ka pata change ho gaya'],
    },
  },
  // ------------------------------------------------------------------ Technical support
  {
    cat: 'Technical support', value: 'Password reset',
    en: {
      c: ['I forgot my password and cant log in to the app', 'my account is locked after too many wrong password attempts', 'the OTP for password reset never arrives', 'cant sign in, it says incorrect password but I am sure its right'],
      d: ['I tried 5 times', 'my username is the mobile number', 'no sms came'],
      a: ['I have reset your password, you will get a temporary one by SMS, please change it after login', 'your account is unlocked and a password reset link is sent to your email'],
    },
    ar: {
      c: ['نسيت كلمة المرور وما أقدر أدخل التطبيق', 'الحساب انقفل بعد ما دخلت الباسورد غلط كذا مرة', 'رمز التحقق لإعادة تعيين كلمة السر ما يوصلني', 'ما أقدر أسجل دخول، يقول كلمة المرور غلط'],
      d: ['حاولت ٥ مرات', 'اسم المستخدم رقم الجوال', 'ما وصلتني رسالة'],
      a: ['تمت إعادة تعيين كلمة المرور، بتوصلك كلمة مؤقتة برسالة، غيرها بعد الدخول', 'فتحت لك الحساب وأرسلت رابط تغيير كلمة المرور على الإيميل'],
    },
    ur: {
      c: ['میں اپنا پاس ورڈ بھول گیا ہوں، ایپ میں لاگ ان نہیں ہو رہا', 'غلط پاسورڈ کی وجہ سے میرا اکاؤنٹ لاک ہو گیا ہے', 'پاس ورڈ ری سیٹ کا او ٹی پی نہیں آ رہا', 'لاگ ان نہیں ہو رہا، کہتا ہے پاس ورڈ غلط ہے'],
      d: ['۵ دفعہ کوشش کی', 'یوزر نیم موبائل نمبر ہے', 'کوئی میسج نہیں آیا'],
      a: ['آپ کا پاس ورڈ ری سیٹ کر دیا ہے، عارضی پاس ورڈ ایس ایم ایس پر آئے گا', 'اکاؤنٹ ان لاک کر دیا ہے اور پاس ورڈ ری سیٹ لنک ای میل کر دیا ہے'],
    },
    ro: {
      c: ['main apna password bhool gaya hun app mein login nahi ho raha', 'ghalat password ki wajah se account lock ho gaya hai', 'password reset ka otp nahi aa raha', 'login nahi ho raha kehta hai pasword ghalat hai'],
      d: ['5 dafa try kiya', 'username mobile number hai', 'koi sms nahi aya'],
      a: ['aapka password reset kar diya hai, temporary password sms pe aayega', 'account unlock kar diya hai aur reset link email kar diya hai'],
    },
  },
  {
    cat: 'Technical support', value: 'Connectivity issue resolved',
    en: {
      c: ['my internet keeps dropping every few minutes', 'no internet since morning, the router light is red', 'mobile data is not working, only wifi works', 'internet speed is very slow, getting 1 mbps on a 20 mbps plan'],
      d: ['restarted the router twice', 'its the home fiber connection', 'signal shows full bars but no data'],
      a: ['I refreshed your connection from our side, please check now', 'your line had a profile issue, I have fixed it and the speed is back to normal'],
    },
    ar: {
      c: ['النت يفصل كل شوي', 'ما فيه انترنت من الصبح، لمبة الراوتر حمراء', 'البيانات في الجوال ما تشتغل، بس الواي فاي شغال', 'سرعة الانترنت بطيئة مرة، ١ ميقا والباقة ٢٠'],
      d: ['طفيت الراوتر وشغلته مرتين', 'هذا الفايبر في البيت', 'الإشارة كاملة بس ما فيه نت'],
      a: ['سويت تحديث للاتصال من عندنا، جرب الحين', 'كان فيه خلل في إعدادات الخط وتم إصلاحه، السرعة رجعت طبيعية'],
    },
    ur: {
      c: ['میرا انٹرنیٹ بار بار کٹ رہا ہے', 'صبح سے نیٹ نہیں چل رہا، راؤٹر کی لائٹ لال ہے', 'موبائل ڈیٹا کام نہیں کر رہا، صرف وائی فائی چل رہا ہے', 'انٹرنیٹ کی اسپیڈ بہت سلو ہے'],
      d: ['راؤٹر دو بار ری اسٹارٹ کیا', 'گھر کا فائبر کنکشن ہے', 'سگنل پورے ہیں لیکن ڈیٹا نہیں'],
      a: ['ہماری طرف سے آپ کا کنکشن ری فریش کر دیا ہے، اب چیک کریں', 'آپ کی لائن میں مسئلہ تھا، ٹھیک کر دیا ہے اور اسپیڈ نارمل ہے'],
    },
    ro: {
      c: ['mera internet bar bar disconnect ho raha hai', 'subah se net nahi chal raha router ki light red hai', 'mobile data kaam nahi kar raha sirf wifi chal raha hai', 'net bohat slow hai 20 mb ke package pe 1 mb speed aa rahi hai'],
      d: ['router 2 dafa restart kiya', 'ghar ka fiber connection hai', 'signals full hain lekin data nahi'],
      a: ['hamari taraf se connection refresh kar diya hai ab check karein', 'aapki line mein issue tha fix kar diya hai speed normal ho gayi'],
    },
  },
  {
    cat: 'Technical support', value: 'App reinstalled',
    en: {
      c: ['the app crashes every time I open it', 'your app is stuck on the loading screen since the update', 'the app closes by itself when I try to pay', 'app not opening on my phone after the latest update'],
      d: ['its an android phone', 'iphone 12 with the latest ios', 'cleared cache already'],
      a: ['please uninstall the app, restart the phone and install it again from the store. ok it works now', 'after the reinstall the app opens fine, the old version had a corrupted cache'],
    },
    ar: {
      c: ['التطبيق يقفل كل ما أفتحه', 'تطبيقكم معلق على شاشة التحميل من بعد التحديث', 'التطبيق يطلعني لحاله لما أبي أدفع', 'التطبيق ما يفتح عندي بعد آخر تحديث'],
      d: ['جوالي أندرويد', 'ايفون ١٢', 'مسحت الكاش'],
      a: ['احذف التطبيق وأعد تشغيل الجوال ونزله من جديد من المتجر. تمام الحين اشتغل', 'بعد ما نزلت التطبيق من جديد صار يفتح عادي'],
    },
    ur: {
      c: ['ایپ کھولتے ہی کریش ہو جاتی ہے', 'اپڈیٹ کے بعد سے ایپ لوڈنگ پر اٹکی ہوئی ہے', 'ادائیگی کرتے وقت ایپ خود بند ہو جاتی ہے', 'نئی اپڈیٹ کے بعد ایپ نہیں کھل رہی'],
      d: ['اینڈرائیڈ فون ہے', 'آئی فون ۱۲ ہے', 'کیش کلیئر کر دیا ہے'],
      a: ['ایپ ان انسٹال کر کے فون ری اسٹارٹ کریں اور دوبارہ انسٹال کریں۔ جی اب چل رہی ہے', 'دوبارہ انسٹال کرنے کے بعد ایپ ٹھیک کھل رہی ہے'],
    },
    ro: {
      c: ['app kholte hi crash ho jati hai', 'update ke baad se app loading pe atki hui hai', 'payment karte waqt app khud band ho jati hai', 'naye update ke baad app khul nahi rahi'],
      d: ['android phone hai', 'iphone 12 hai', 'cache clear kar diya hai'],
      a: ['app uninstall karke phone restart karein aur dobara install karein. ji ab chal rahi hai', 'reinstall ke baad app theek khul rahi hai'],
    },
  },
  {
    cat: 'Technical support', value: 'Known outage explained',
    en: {
      c: ['is there a problem in my area? whole street has no internet', 'no signal at all since last night, my neighbours too', 'is your network down? nothing works', 'all the phones at home lost service at the same time'],
      d: ['I live in DHA phase 5', 'the area is johar town', 'started around 11 pm'],
      a: ['there is a known outage in your area due to a fibre cut, our team is on it and service should be back by 6 pm', 'yes, there is maintenance work in your area, the network will be restored within 4 hours'],
    },
    ar: {
      c: ['فيه مشكلة في منطقتي؟ الحي كله ما عنده نت', 'ما فيه إشارة من أمس بالليل، حتى الجيران', 'الشبكة عندكم طايحة؟ ولا شي شغال', 'كل الجوالات في البيت انقطعت عنها الخدمة بنفس الوقت'],
      d: ['أسكن في حي الملقا', 'المنطقة الشرقية', 'بدأ الساعة ١١ بالليل'],
      a: ['فيه عطل عام في منطقتك بسبب قطع كيبل، الفريق يشتغل عليه والخدمة ترجع قبل الساعة ٦', 'نعم فيه أعمال صيانة في منطقتك، الشبكة بترجع خلال ٤ ساعات'],
    },
    ur: {
      c: ['کیا میرے علاقے میں کوئی مسئلہ ہے؟ پوری گلی میں نیٹ نہیں ہے', 'کل رات سے بالکل سگنل نہیں، محلے والوں کا بھی یہی حال ہے', 'کیا آپ کا نیٹ ورک ڈاؤن ہے؟ کچھ نہیں چل رہا', 'گھر کے سب فون کی سروس ایک ساتھ بند ہو گئی'],
      d: ['ڈی ایچ اے فیز ۵ میں رہتا ہوں', 'جوہر ٹاؤن کا علاقہ ہے', 'رات ۱۱ بجے سے'],
      a: ['آپ کے علاقے میں فائبر کٹنے کی وجہ سے خرابی ہے، ٹیم کام کر رہی ہے، شام ۶ تک سروس بحال ہو جائے گی', 'جی آپ کے علاقے میں مینٹیننس چل رہی ہے، ۴ گھنٹے میں نیٹ ورک بحال ہو جائے گا'],
    },
    ro: {
      c: ['kya mere area mein koi masla hai? poori gali mein net nahi hai', 'kal raat se bilkul signal nahi, mohallay walon ka bhi yehi haal hai', 'kya aapka network down hai? kuch nahi chal raha', 'ghar ke sab phones ki service ek saath band ho gayi'],
      d: ['DHA phase 5 mein rehta hun', 'johar town ka area hai', 'raat 11 baje se'],
      a: ['aapke area mein fiber cut ki wajah se outage hai, team kaam kar rahi hai 6 baje tak service aa jayegi', 'ji aapke area mein maintenance chal rahi hai, 4 ghante mein network restore ho jayega'],
    },
  },
  {
    cat: 'Technical support', value: 'Device configured',
    en: {
      c: ['I bought a new router, how do I set it up?', 'just got a new phone and mms and internet settings are not there', 'how do I configure the APN on my phone', 'need help setting up the modem you sent me'],
      d: ['its a huawei router', 'samsung a54', 'the box has a wps button'],
      a: ['I sent the configuration settings by SMS and walked you through the APN setup, data works now', 'the router is configured with your username and wifi password, all lights are green'],
    },
    ar: {
      c: ['شريت راوتر جديد، كيف أركبه وأضبطه؟', 'جوالي جديد وإعدادات الإنترنت مو موجودة', 'كيف أضبط إعدادات APN في الجوال؟', 'أبي مساعدة في تركيب المودم اللي أرسلتوه'],
      d: ['الراوتر هواوي', 'سامسونج', 'فيه زر WPS'],
      a: ['أرسلت لك الإعدادات برسالة وضبطنا الـ APN مع بعض، البيانات اشتغلت', 'تم ضبط الراوتر باسم المستخدم وكلمة سر الواي فاي، كل اللمبات خضراء'],
    },
    ur: {
      c: ['نیا راؤٹر لیا ہے، اسے سیٹ اپ کیسے کروں؟', 'نیا موبائل لیا ہے، انٹرنیٹ کی سیٹنگز نہیں ہیں', 'فون میں اے پی این سیٹنگ کیسے کروں؟', 'جو موڈیم آپ نے بھیجا ہے اس کی سیٹنگ میں مدد چاہیے'],
      d: ['ہواوے کا راؤٹر ہے', 'سام سنگ اے ۵۴', 'ڈبے پر ڈبلیو پی ایس بٹن ہے'],
      a: ['سیٹنگز ایس ایم ایس کر دی ہیں اور اے پی این سیٹ کروا دیا ہے، ڈیٹا چل رہا ہے', 'راؤٹر کنفیگر کر دیا ہے، سب لائٹس ہری ہیں'],
    },
    ro: {
      c: ['naya router liya hai isko set up kaise karun?', 'naya mobile liya hai internet ki settings nahi hain', 'phone mein APN setting kaise karni hai?', 'jo modem aapne bheja hai uski setting mein help chahiye'],
      d: ['huawei ka router hai', 'samsung a54', 'box pe wps button hai'],
      a: ['settings sms kar di hain aur APN set karwa diya hai data chal raha hai', 'router configure kar diya hai sab lights green hain'],
    },
  },
  {
    cat: 'Technical support', value: 'Bug report filed',
    en: {
      c: ['the app shows an error "something went wrong" when I try to view my usage', 'the balance in the app is wrong, it shows minus 300', 'when I switch to dark mode the bill page is blank', 'the recharge button gives error code 502 every time'],
      d: ['screenshot attached', 'happens on both phones', 'since the update on monday'],
      a: ['thanks, I reproduced it and filed a bug report with our app team, reference BUG-20411', 'this looks like a bug on our side, I have reported it to the developers with your screenshot'],
    },
    ar: {
      c: ['التطبيق يطلع رسالة خطأ "حدث خطأ ما" لما أبي أشوف الاستهلاك', 'الرصيد في التطبيق غلط، يطلع سالب ٣٠', 'لما أفعل الوضع الليلي صفحة الفاتورة تطلع فاضية', 'زر الشحن يعطي خطأ ٥٠٢ كل مرة'],
      d: ['أرفقت صورة الشاشة', 'يصير على الجوالين', 'من تحديث يوم الاثنين'],
      a: ['شكراً، قدرت أكرر المشكلة ورفعت بلاغ خلل للفريق التقني برقم ٢٠٤١١', 'هذا خلل عندنا، رفعته للمطورين مع صورة الشاشة'],
    },
    ur: {
      c: ['استعمال دیکھنے کی کوشش کروں تو ایپ ایرر دیتی ہے', 'ایپ میں بیلنس غلط دکھا رہا ہے، منفی ۳۰۰', 'ڈارک موڈ میں بل والا صفحہ خالی آتا ہے', 'ریچارج کا بٹن ہر دفعہ ایرر ۵۰۲ دیتا ہے'],
      d: ['اسکرین شاٹ بھیج دیا ہے', 'دونوں فون پر ہو رہا ہے', 'پیر والی اپڈیٹ کے بعد سے'],
      a: ['شکریہ، میں نے مسئلہ دیکھ لیا اور ایپ ٹیم کو بگ رپورٹ بھیج دی ہے، حوالہ ۲۰۴۱۱', 'یہ ہماری طرف کی غلطی ہے، ڈیولپرز کو رپورٹ کر دی ہے'],
    },
    ro: {
      c: ['usage dekhne ki koshish karun to app error deti hai something went wrong', 'app mein balance ghalat show ho raha hai minus 300', 'dark mode mein bill wala page khali aata hai', 'recharge ka button har dafa error 502 deta hai'],
      d: ['screenshot bhej diya hai', 'dono phones pe ho raha hai', 'monday wale update ke baad se'],
      a: ['shukriya maine issue reproduce kar liya aur app team ko bug report file kar di hai ref BUG-20411', 'ye hamari taraf ka bug hai developers ko report kar diya hai'],
    },
  },
  {
    cat: 'Technical support', value: 'Escalated to L2',
    en: {
      c: ['my fiber has been down for 3 days and the basic steps did nothing', 'internet disconnects every night at 2 am, this is the fourth time I am reporting it', 'the line has noise and the speed drops, I need a technician', 'nothing you told me last time worked, I need someone more technical'],
      d: ['ticket from last week is 88120', 'already reset everything', 'the ONT shows LOS red'],
      a: ['I have escalated this to our L2 technical team, an engineer will call you within 24 hours', 'this needs a second line engineer, I raised it to L2 with all the details'],
    },
    ar: {
      c: ['الفايبر عندي فاصل من ٣ أيام وسويت كل الخطوات', 'النت يفصل كل ليلة الساعة ٢، هذي رابع مرة أبلغ', 'الخط فيه تشويش والسرعة تنزل، أحتاج فني', 'اللي قلتوه لي المرة الماضية ما نفع، أبي أحد فني مختص'],
      d: ['رقم البلاغ السابق ٨٨١٢٠', 'سويت إعادة ضبط لكل شي', 'لمبة LOS حمراء'],
      a: ['تم تصعيد المشكلة للفريق الفني المستوى الثاني، بيتواصل معك مهندس خلال ٢٤ ساعة', 'المشكلة تحتاج مهندس، رفعتها للدعم الفني المتقدم'],
    },
    ur: {
      c: ['تین دن سے فائبر بند ہے اور سارے طریقے آزما لیے', 'ہر رات ۲ بجے نیٹ کٹ جاتا ہے، یہ چوتھی دفعہ بتا رہا ہوں', 'لائن میں شور ہے اور اسپیڈ گر جاتی ہے، ٹیکنیشن چاہیے', 'پچھلی دفعہ جو بتایا اس سے کچھ نہیں ہوا، کوئی ٹیکنیکل بندہ چاہیے'],
      d: ['پچھلا ٹکٹ ۸۸۱۲۰ ہے', 'سب کچھ ری سیٹ کر چکا ہوں', 'ایل او ایس کی لال لائٹ ہے'],
      a: ['آپ کا مسئلہ ایل ٹو ٹیکنیکل ٹیم کو بھیج دیا ہے، ۲۴ گھنٹے میں انجینئر کال کرے گا', 'اس کے لیے انجینئر چاہیے، میں نے ایل ٹو کو ایسکلیٹ کر دیا ہے'],
    },
    ro: {
      c: ['3 din se fiber band hai aur saare steps kar liye', 'har raat 2 baje net cut ho jata hai ye chothi dafa bata raha hun', 'line mein noise hai aur speed gir jati hai, technician chahiye', 'pichli dafa jo bataya us se kuch nahi hua koi technical banda bhejein'],
      d: ['pichla ticket 88120 hai', 'sab kuch reset kar chuka hun', 'LOS ki red light hai'],
      a: ['aapka issue L2 technical team ko escalate kar diya hai 24 ghante mein engineer call karega', 'is ke liye engineer chahiye maine L2 ko escalate kar diya hai'],
    },
  },
  // ------------------------------------------------------------------ Sales
  {
    cat: 'Sales', value: 'Upgrade sold',
    en: {
      c: ['I want a bigger data package, 20 gb is not enough', 'can I upgrade to the 100 mbps fiber plan?', 'whats the best plan for a family of 5, we need more data', 'I want to move to the premium bundle with unlimited calls'],
      d: ['currently on the 20 gb plan', 'we stream a lot', 'ok go ahead with the 50 gb one'],
      a: ['done, you are upgraded to the 50 GB package from today, new monthly fee 2,999', 'your upgrade to the 100 Mbps plan is confirmed, it activates within an hour'],
    },
    ar: {
      c: ['أبي باقة بيانات أكبر، ٢٠ جيجا ما تكفي', 'ممكن أرقي لباقة الفايبر ١٠٠ ميقا؟', 'وش أفضل باقة لعائلة ٥ أشخاص؟ نبي بيانات أكثر', 'أبي أنتقل للباقة المميزة مع مكالمات بلا حدود'],
      d: ['حالياً على باقة ٢٠ جيجا', 'نشوف نتفلكس كثير', 'تمام فعل لي باقة ٥٠ جيجا'],
      a: ['تم، رقينا باقتك إلى ٥٠ جيجا من اليوم، الرسوم الشهرية الجديدة ٢٩٩', 'تم تأكيد ترقية باقتك إلى ١٠٠ ميقا وبتتفعل خلال ساعة'],
    },
    ur: {
      c: ['مجھے بڑا ڈیٹا پیکج چاہیے، ۲۰ جی بی کافی نہیں', 'کیا میں ۱۰۰ ایم بی فائبر پیکج پر اپگریڈ کر سکتا ہوں؟', 'پانچ لوگوں کی فیملی کے لیے بہترین پیکج کون سا ہے؟', 'لامحدود کالز والے پریمیم بنڈل پر جانا چاہتا ہوں'],
      d: ['ابھی ۲۰ جی بی والا ہے', 'ہم بہت ویڈیوز دیکھتے ہیں', 'ٹھیک ہے ۵۰ جی بی والا لگا دیں'],
      a: ['جی آپ کا پیکج ۵۰ جی بی پر اپگریڈ کر دیا ہے، نئی ماہانہ فیس ۲۹۹۹', 'آپ کا ۱۰۰ ایم بی پیکج کنفرم ہو گیا ہے، ایک گھنٹے میں ایکٹیو ہو جائے گا'],
    },
    ro: {
      c: ['mujhe bara data package chahiye 20 gb kafi nahi', 'kya main 100 mb fiber package pe upgrade kar sakta hun?', '5 logon ki family ke liye best package konsa hai?', 'unlimited calls wale premium bundle pe jana hai'],
      d: ['abhi 20 gb wala hai', 'hum videos bohat dekhte hain', 'theek hai 50 gb wala laga dein'],
      a: ['ji aapka package 50 GB pe upgrade kar diya hai nayi monthly fee 2999', 'aapka 100 mb package confirm ho gaya hai 1 ghante mein active ho jayega'],
    },
  },
  {
    cat: 'Sales', value: 'Quote sent',
    en: {
      c: ['how much would it cost to get fiber for my office, 15 people', 'can you send me prices for 10 business sim connections?', 'I need a quotation for a corporate package', 'what would the monthly rate be for 3 lines with 30gb each'],
      d: ['we are in blue area', 'need it by next month', 'email is ahmed@company.pk'],
      a: ['I have emailed you a quote for 15 users on the business fiber plan, valid for 30 days', 'the quotation for 10 corporate connections is sent to your email'],
    },
    ar: {
      c: ['كم تكلفة فايبر للمكتب، عندنا ١٥ موظف', 'ممكن ترسل لي أسعار ١٠ شرائح للشركة؟', 'أحتاج عرض سعر لباقة الشركات', 'بكم الاشتراك الشهري لـ ٣ خطوط كل واحد ٣٠ جيجا'],
      d: ['مكتبنا في العليا', 'نحتاجه الشهر الجاي', 'الإيميل ahmed@company.sa'],
      a: ['أرسلت لك عرض سعر على الإيميل لـ ١٥ مستخدم، صالح ٣٠ يوم', 'تم إرسال عرض الأسعار لـ ١٠ خطوط على بريدك'],
    },
    ur: {
      c: ['دفتر کے لیے فائبر لگوانے کا کتنا خرچہ آئے گا، ۱۵ لوگ ہیں', 'کمپنی کے لیے ۱۰ سم کنکشن کی قیمت بتا دیں', 'کارپوریٹ پیکج کی کوٹیشن چاہیے', 'تین لائنوں کا، ہر ایک ۳۰ جی بی، ماہانہ ریٹ کیا ہوگا؟'],
      d: ['ہمارا دفتر بلیو ایریا میں ہے', 'اگلے مہینے تک چاہیے', 'ای میل ahmed@company.pk ہے'],
      a: ['۱۵ یوزرز کی کوٹیشن آپ کو ای میل کر دی ہے، ۳۰ دن کے لیے', 'کارپوریٹ کنکشنز کی قیمتیں آپ کی ای میل پر بھیج دی ہیں'],
    },
    ro: {
      c: ['office ke liye fiber lagwane ka kitna kharcha aayega 15 log hain', 'company ke liye 10 sim connections ka rate bata dein', 'corporate package ki quotation chahiye', '3 lines ka har ek 30 gb monthly rate kya hoga?'],
      d: ['office blue area mein hai', 'agle mahine tak chahiye', 'email ahmed@company.pk hai'],
      a: ['15 users ki quotation aapko email kar di hai 30 din ke liye valid', 'corporate connections ka quote aapki email pe bhej diya hai'],
    },
  },
  {
    cat: 'Sales', value: 'Product information given',
    en: {
      c: ['what are the features of your new 5g device?', 'tell me about the family plan, what does it include', 'does the postpaid package include international minutes?', 'I want to know about your home wifi devices'],
      d: ['just asking for now', 'what about the contract length', 'is there a student offer?'],
      a: ['I shared the details: the 5G device supports up to 32 users and comes with 6 months warranty', 'the family plan includes 4 sims, shared 100 GB and free calls between members'],
    },
    ar: {
      c: ['وش مميزات جهاز الـ 5G الجديد عندكم؟', 'أبي أعرف عن الباقة العائلية، وش فيها؟', 'الباقة الفوترة فيها دقائق دولية؟', 'أبي معلومات عن أجهزة الواي فاي المنزلية'],
      d: ['بس أستفسر الحين', 'وكم مدة العقد؟', 'فيه عرض للطلاب؟'],
      a: ['أرسلت لك التفاصيل: جهاز 5G يدعم ٣٢ مستخدم ومعه ضمان ٦ شهور', 'الباقة العائلية فيها ٤ شرائح و١٠٠ جيجا مشتركة ومكالمات مجانية بين الأفراد'],
    },
    ur: {
      c: ['آپ کے نئے 5G ڈیوائس کے فیچرز کیا ہیں؟', 'فیملی پیکج کے بارے میں بتائیں، اس میں کیا ہے؟', 'کیا پوسٹ پیڈ پیکج میں انٹرنیشنل منٹس ہیں؟', 'گھر کے وائی فائی ڈیوائسز کی معلومات چاہیے'],
      d: ['ابھی صرف پوچھ رہا ہوں', 'کنٹریکٹ کتنے عرصے کا ہے؟', 'اسٹوڈنٹ آفر ہے؟'],
      a: ['میں نے تفصیلات بتا دی ہیں: 5G ڈیوائس ۳۲ یوزرز تک چلاتا ہے اور ۶ مہینے وارنٹی ہے', 'فیملی پیکج میں ۴ سمز، ۱۰۰ جی بی شیئرڈ اور آپس میں مفت کالز ہیں'],
    },
    ro: {
      c: ['aapke naye 5g device ke features kya hain?', 'family package ke bare mein batayen is mein kya kya hai', 'kya postpaid package mein international minutes hain?', 'ghar ke wifi devices ki maloomat chahiye'],
      d: ['abhi sirf pooch raha hun', 'contract kitne time ka hai?', 'student offer hai?'],
      a: ['details bata di hain: 5G device 32 users tak chalata hai aur 6 mahine warranty hai', 'family package mein 4 sims, 100 GB shared aur aapas mein free calls hain'],
    },
  },
  {
    cat: 'Sales', value: 'Callback scheduled',
    en: {
      c: ['I am busy right now, can someone call me later about the offer?', 'can a sales person call me tomorrow evening', 'please ring me back after 6, I want to discuss the fiber plans', 'I would rather talk on the phone, call me back please'],
      d: ['my number is 0300 1234567', 'after 6 pm works', 'tomorrow is fine'],
      a: ['I have scheduled a callback for tomorrow at 6 pm, our sales team will call you on 0300 1234567', 'a callback is booked, an advisor will call you back this evening'],
    },
    ar: {
      c: ['مشغول الحين، ممكن أحد يتصل علي بعدين بخصوص العرض؟', 'أبي أحد من المبيعات يكلمني بكرة المغرب', 'لو سمحت اتصلوا علي بعد الساعة ٦، أبي أتكلم عن باقات الفايبر', 'أفضل أتكلم بالتلفون، اتصلوا علي'],
      d: ['رقمي ٠٥٥١٢٣٤٥٦٧', 'بعد ٦ المغرب مناسب', 'بكرة تمام'],
      a: ['حجزت لك موعد اتصال بكرة الساعة ٦، فريق المبيعات بيتصل على ٠٥٥١٢٣٤٥٦٧', 'تم جدولة مكالمة، بيتصل عليك مستشار اليوم المساء'],
    },
    ur: {
      c: ['ابھی مصروف ہوں، آفر کے بارے میں بعد میں کال کر دیں', 'سیلز والے کل شام مجھے کال کر لیں', 'شام ۶ کے بعد کال بیک کریں، فائبر پیکج کی بات کرنی ہے', 'فون پر بات کرنا بہتر ہے، مجھے کال کریں'],
      d: ['میرا نمبر ۰۳۰۰۱۲۳۴۵۶۷ ہے', 'شام ۶ کے بعد ٹھیک ہے', 'کل ٹھیک ہے'],
      a: ['کل شام ۶ بجے کال بیک شیڈول کر دی ہے، سیلز ٹیم آپ کو کال کرے گی', 'کال بیک بک ہو گئی ہے، آج شام ہمارا نمائندہ کال کرے گا'],
    },
    ro: {
      c: ['abhi busy hun offer ke bare mein baad mein call kar dein', 'sales wale kal shaam mujhe call kar lein', '6 baje ke baad call back karein fiber package ki baat karni hai', 'phone pe baat karna behtar hai mujhe call kardo'],
      d: ['mera number 03001234567 hai', 'shaam 6 ke baad theek hai', 'kal theek hai'],
      a: ['kal shaam 6 baje callback schedule kar di hai sales team call karegi', 'callback book ho gayi hai aaj shaam humara rep call karega'],
    },
  },
  {
    cat: 'Sales', value: 'Not interested',
    en: {
      c: ['I got a message about a new offer but I am not interested', 'please stop sending me promotions, I dont want any new package', 'your rep keeps calling about an upgrade, no thanks', 'I was just curious, not planning to buy anything'],
      d: ['I am happy with my current plan', 'no need', 'just remove me from the list'],
      a: ['understood, I have noted that you are not interested in the offer and removed you from the campaign', 'no problem, I marked your number as not interested for promotions'],
    },
    ar: {
      c: ['وصلتني رسالة عن عرض جديد بس مو مهتم', 'لو سمحت وقفوا رسائل العروض، ما أبي باقة جديدة', 'مندوبكم كل يوم يتصل علي عن ترقية، لا شكراً', 'كنت بس أسأل، ما أبي أشتري شي'],
      d: ['مرتاح على باقتي الحالية', 'ما أحتاج', 'شيلوني من القائمة'],
      a: ['تمام، سجلت إنك غير مهتم بالعرض وشلت رقمك من الحملة', 'ولا يهمك، رقمك مسجل غير مهتم بالعروض'],
    },
    ur: {
      c: ['نئی آفر کا میسج آیا ہے لیکن مجھے دلچسپی نہیں', 'پلیز پروموشن کے میسج بند کریں، مجھے کوئی نیا پیکج نہیں چاہیے', 'آپ کا نمائندہ روز اپگریڈ کے لیے کال کرتا ہے، نہیں چاہیے', 'بس ایسے ہی پوچھ رہا تھا، کچھ خریدنا نہیں ہے'],
      d: ['موجودہ پیکج سے خوش ہوں', 'ضرورت نہیں', 'لسٹ سے نکال دیں'],
      a: ['ٹھیک ہے، میں نے نوٹ کر لیا ہے کہ آپ کو دلچسپی نہیں اور آپ کو مہم سے نکال دیا ہے', 'کوئی بات نہیں، آپ کا نمبر پروموشنز کے لیے ناٹ انٹرسٹڈ کر دیا ہے'],
    },
    ro: {
      c: ['naye offer ka message aya hai lekin mujhe interest nahi', 'please promotion ke messages band karein mujhe koi naya package nahi chahiye', 'aapka banda roz upgrade ke liye call karta hai nahi chahiye', 'bas aise hi pooch raha tha kuch lena nahi hai'],
      d: ['current package se khush hun', 'zaroorat nahi', 'list se nikal dein'],
      a: ['theek hai note kar liya hai ke aapko interest nahi aur campaign se remove kar diya hai', 'koi baat nahi aapka number promotions ke liye not interested mark kar diya hai'],
    },
  },
  // ------------------------------------------------------------------ Account
  {
    cat: 'Account', value: 'Identity verified',
    en: {
      c: ['I want to check some details on my account', 'I need to ask something about my connection, its in my name', 'can you tell me who the account is registered to? its my line', 'I want to make a change on my account'],
      d: ['my cnic is 35202-1234567-1', 'date of birth 12 march 1990', 'the account is under Ahmed Khan'],
      a: ['thank you, your identity is verified. how can I help you today?', 'your details match our records, you are verified'],
    },
    ar: {
      c: ['أبي أتأكد من بعض البيانات في حسابي', 'عندي سؤال عن خطي، مسجل باسمي', 'ممكن تقولي الحساب مسجل باسم مين؟ الخط حقي', 'أبي أسوي تعديل على حسابي'],
      d: ['رقم الهوية ١٠٢٣٤٥٦٧٨٩', 'تاريخ الميلاد ١٢ مارس ١٩٩٠', 'الحساب باسم أحمد خان'],
      a: ['شكراً، تم التحقق من هويتك. كيف أقدر أساعدك؟', 'بياناتك مطابقة، تم التحقق منك'],
    },
    ur: {
      c: ['اپنے اکاؤنٹ کی کچھ تفصیلات چیک کرنی ہیں', 'اپنے کنکشن کے بارے میں کچھ پوچھنا ہے، میرے نام پر ہے', 'یہ اکاؤنٹ کس کے نام پر ہے؟ لائن میری ہے', 'اکاؤنٹ میں کچھ تبدیلی کرنی ہے'],
      d: ['شناختی کارڈ نمبر ۳۵۲۰۲-۱۲۳۴۵۶۷-۱', 'تاریخ پیدائش ۱۲ مارچ ۱۹۹۰', 'اکاؤنٹ احمد خان کے نام ہے'],
      a: ['شکریہ، آپ کی شناخت کی تصدیق ہو گئی ہے۔ بتائیں کیا مدد کروں؟', 'آپ کی تفصیلات ریکارڈ سے مل گئی ہیں، ویریفائی ہو گیا'],
    },
    ro: {
      c: ['apne account ki kuch details check karni hain', 'apne connection ke bare mein kuch poochna hai mere naam pe hai', 'ye account kis ke naam pe hai? line meri hai', 'account mein kuch change karna hai'],
      d: ['cnic 35202-1234567-1', 'date of birth 12 march 1990', 'account Ahmed Khan ke naam pe hai'],
      a: ['shukriya aapki identity verify ho gayi hai batayen kya madad karun?', 'aapki details record se match ho gayi hain verified'],
    },
  },
  {
    cat: 'Account', value: 'Contact details updated',
    en: {
      c: ['I changed my phone number, please update it on my account', 'can you change the email on my account, I dont use the old one', 'I am not getting sms alerts, the number on file is old', 'need to add an alternate contact number'],
      d: ['new number is 0321 7654321', 'new email sara.k@gmail.com', 'old one was 0300 ...'],
      a: ['your contact number is updated to 0321 7654321, alerts will go there now', 'I updated your email address, you will get a confirmation mail'],
    },
    ar: {
      c: ['غيرت رقم جوالي، حدثوه في الحساب لو سمحت', 'أبي أغير الإيميل المسجل في حسابي، القديم ما أستخدمه', 'ما توصلني رسائل التنبيه، الرقم المسجل قديم', 'أبي أضيف رقم تواصل ثاني'],
      d: ['الرقم الجديد ٠٥٠٧٦٥٤٣٢١', 'الإيميل الجديد sara.k@gmail.com', 'القديم كان ٠٥٥...'],
      a: ['تم تحديث رقم التواصل، التنبيهات بتوصل على الرقم الجديد', 'حدثت الإيميل في حسابك، بتوصلك رسالة تأكيد'],
    },
    ur: {
      c: ['میرا موبائل نمبر بدل گیا ہے، اکاؤنٹ میں اپڈیٹ کر دیں', 'اکاؤنٹ والی ای میل تبدیل کر دیں، پرانی استعمال نہیں کرتا', 'ایس ایم ایس الرٹس نہیں آ رہے، ریکارڈ میں پرانا نمبر ہے', 'ایک متبادل رابطہ نمبر شامل کرنا ہے'],
      d: ['نیا نمبر ۰۳۲۱۷۶۵۴۳۲۱ ہے', 'نئی ای میل sara.k@gmail.com', 'پرانا ۰۳۰۰ والا تھا'],
      a: ['آپ کا رابطہ نمبر اپڈیٹ کر دیا ہے، اب الرٹس اسی پر آئیں گے', 'آپ کی ای میل تبدیل کر دی ہے، تصدیقی ای میل آئے گی'],
    },
    ro: {
      c: ['mera mobile number change ho gaya hai account mein update kar dein', 'account wali email change kar dein purani use nahi karta', 'sms alerts nahi aa rahe record mein purana number hai', 'ek alternate contact number add karna hai'],
      d: ['naya number 03217654321 hai', 'nayi email sara.k@gmail.com', 'purana 0300 wala tha'],
      a: ['aapka contact number update kar diya hai ab alerts isi pe aayenge', 'aapki email change kar di hai confirmation email aayegi'],
    },
  },
  {
    cat: 'Account', value: 'Address changed',
    en: {
      c: ['I have moved house, please change my address on the account', 'my connection needs to be moved to my new home', 'we shifted to lahore, need to update the service address', 'the address on my profile is wrong, the house number is 45 not 54'],
      d: ['new address house 45, street 9, F-10', 'moved on the 1st', 'same city, different sector'],
      a: ['your account address is changed to house 45, street 9, F-10', 'I updated the service address, the shifting request is also logged'],
    },
    ar: {
      c: ['انتقلت لبيت جديد، غيروا العنوان في حسابي لو سمحتوا', 'أبي أنقل الخدمة لبيتي الجديد', 'انتقلنا لجدة، أبي أحدث عنوان الخدمة', 'العنوان في ملفي غلط، رقم البيت ٤٥ مو ٥٤'],
      d: ['العنوان الجديد حي الروضة شارع ٩ بيت ٤٥', 'انتقلت أول الشهر', 'نفس المدينة حي ثاني'],
      a: ['تم تغيير عنوانك في الحساب إلى حي الروضة شارع ٩', 'حدثت عنوان الخدمة وسجلت طلب النقل'],
    },
    ur: {
      c: ['میں نے گھر بدل لیا ہے، اکاؤنٹ پر پتہ تبدیل کر دیں', 'کنکشن نئے گھر پر منتقل کرنا ہے', 'ہم لاہور شفٹ ہو گئے ہیں، سروس ایڈریس اپڈیٹ کرنا ہے', 'پروفائل میں پتہ غلط ہے، مکان نمبر ۴۵ ہے ۵۴ نہیں'],
      d: ['نیا پتہ مکان ۴۵ گلی ۹ ایف ٹین', 'یکم کو شفٹ ہوئے', 'شہر وہی ہے سیکٹر دوسرا'],
      a: ['آپ کے اکاؤنٹ کا پتہ مکان ۴۵ گلی ۹ ایف ٹین کر دیا ہے', 'سروس ایڈریس تبدیل کر دیا ہے اور شفٹنگ کی درخواست بھی درج ہو گئی ہے'],
    },
    ro: {
      c: ['maine ghar badal liya hai account pe address change kar dein', 'connection naye ghar pe shift karna hai', 'hum lahore shift ho gaye hain service address update karna hai', 'profile mein address ghalat hai house number 45 hai 54 nahi'],
      d: ['naya address house 45 street 9 F-10', '1 tareekh ko shift hue', 'shehar wohi hai sector dusra'],
      a: ['aapke account ka address house 45 street 9 F-10 kar diya hai', 'service address change kar diya hai aur shifting request bhi log ho gayi'],
    },
  },
  {
    cat: 'Account', value: 'Account reactivated',
    en: {
      c: ['my sim got blocked, I cant make calls', 'my account was suspended for non payment but I paid yesterday', 'please reactivate my connection, I was abroad for 3 months', 'my number is deactivated, I want it back'],
      d: ['paid 3,000 last night', 'the sim says not registered on network', 'I still have the sim'],
      a: ['your account is reactivated, please restart your phone and services will resume', 'I have unblocked your sim, it is active again'],
    },
    ar: {
      c: ['شريحتي انقفلت وما أقدر أتصل', 'حسابي موقوف بسبب عدم السداد بس دفعت أمس', 'لو سمحت رجعوا تفعيل خطي، كنت مسافر ٣ شهور', 'رقمي انلغى تفعيله، أبيه يرجع'],
      d: ['دفعت ٣٠٠ أمس بالليل', 'الجوال يقول غير مسجل في الشبكة', 'الشريحة للحين عندي'],
      a: ['تم إعادة تفعيل حسابك، أعد تشغيل الجوال والخدمة بترجع', 'فكيت الحظر عن شريحتك وصارت مفعلة'],
    },
    ur: {
      c: ['میری سم بلاک ہو گئی ہے، کال نہیں ہو رہی', 'بل نہ دینے کی وجہ سے اکاؤنٹ بند ہو گیا تھا لیکن کل ادا کر دیا', 'میرا کنکشن دوبارہ چالو کر دیں، ۳ مہینے باہر تھا', 'میرا نمبر بند ہو گیا ہے، دوبارہ چاہیے'],
      d: ['کل رات ۳۰۰۰ ادا کیے', 'فون پر لکھا ہے نیٹ ورک پر رجسٹرڈ نہیں', 'سم ابھی میرے پاس ہے'],
      a: ['آپ کا اکاؤنٹ دوبارہ ایکٹیو کر دیا ہے، فون ری اسٹارٹ کریں', 'آپ کی سم ان بلاک کر دی ہے، اب چالو ہے'],
    },
    ro: {
      c: ['meri sim block ho gayi hai call nahi ho rahi', 'bill na dene ki wajah se account band ho gaya tha lekin kal pay kar diya', 'mera connection dobara chalu kar dein 3 mahine bahar tha', 'mera number band ho gaya hai wapis chahiye'],
      d: ['kal raat 3000 pay kiye', 'phone pe likha hai not registered on network', 'sim abhi mere paas hai'],
      a: ['aapka account reactivate kar diya hai phone restart karein', 'aapki sim unblock kar di hai ab active hai'],
    },
  },
  {
    cat: 'Account', value: 'Account closed',
    en: {
      c: ['I want to cancel my connection, I am moving abroad', 'please close my account, I switched to another provider', 'how do I terminate my contract? I dont need the line anymore', 'cancel my subscription from next month'],
      d: ['no pending dues I think', 'the line is in my name', 'yes I am sure'],
      a: ['your account is closed as of today, the final bill will come in a week', 'I processed the cancellation, the connection ends on the 30th'],
    },
    ar: {
      c: ['أبي ألغي اشتراكي، بسافر برا البلد', 'لو سمحت سكروا حسابي، انتقلت لشركة ثانية', 'كيف أنهي العقد؟ ما عاد أحتاج الخط', 'ألغوا الاشتراك من الشهر الجاي'],
      d: ['ما علي مستحقات', 'الخط باسمي', 'إيه متأكد'],
      a: ['تم إغلاق حسابك من اليوم، الفاتورة الأخيرة بتوصل خلال أسبوع', 'تم إلغاء الاشتراك، الخدمة تنتهي يوم ٣٠'],
    },
    ur: {
      c: ['مجھے اپنا کنکشن ختم کروانا ہے، باہر جا رہا ہوں', 'پلیز میرا اکاؤنٹ بند کر دیں، دوسری کمپنی لے لی ہے', 'کنٹریکٹ کیسے ختم کروں؟ لائن کی ضرورت نہیں', 'اگلے مہینے سے سبسکرپشن کینسل کر دیں'],
      d: ['کوئی بقایا نہیں ہے', 'لائن میرے نام پر ہے', 'جی پکا'],
      a: ['آپ کا اکاؤنٹ آج سے بند کر دیا ہے، آخری بل ایک ہفتے میں آئے گا', 'کینسلیشن ہو گئی ہے، کنکشن ۳۰ تاریخ کو ختم ہوگا'],
    },
    ro: {
      c: ['mujhe apna connection band karwana hai bahar ja raha hun', 'please mera account close kar dein dusri company le li hai', 'contract kaise khatam karun? line ki zaroorat nahi', 'agle mahine se subscription cancel kar dein'],
      d: ['koi dues nahi hain', 'line mere naam pe hai', 'ji pakka'],
      a: ['aapka account aaj se close kar diya hai final bill ek hafte mein aayega', 'cancellation ho gayi hai connection 30 tareekh ko khatam hoga'],
    },
  },
  // ------------------------------------------------------------------ Complaint
  {
    cat: 'Complaint', value: 'Complaint logged',
    en: {
      c: ['I want to file a complaint, your technician never showed up', 'this is the worst service, I have been calling for a week', 'your shop staff was very rude to me yesterday', 'I am really unhappy, nobody fixes anything, I want this on record'],
      d: ['the visit was booked for 10 am', 'at the gulberg franchise', 'this is the third time'],
      a: ['I am sorry about this, I have logged a formal complaint, reference CMP-55120, you will hear back in 48 hours', 'your complaint is registered and sent to the quality team'],
    },
    ar: {
      c: ['أبي أقدم شكوى، الفني ما جا أبداً', 'هذي أسوأ خدمة، لي أسبوع أتصل', 'موظف الفرع كان وقح معي أمس', 'أنا مستاء جداً، محد يصلح شي، أبي تسجلون شكوى'],
      d: ['الموعد كان الساعة ١٠', 'في فرع العليا', 'ثالث مرة'],
      a: ['آسف على اللي صار، سجلت شكوى رسمية برقم ٥٥١٢٠ وبيتم الرد خلال ٤٨ ساعة', 'تم تسجيل شكواك ورفعها لفريق الجودة'],
    },
    ur: {
      c: ['مجھے شکایت درج کروانی ہے، ٹیکنیشن آیا ہی نہیں', 'یہ سب سے بکواس سروس ہے، ایک ہفتے سے کال کر رہا ہوں', 'کل آپ کی دکان کا عملہ بہت بدتمیز تھا', 'میں بہت ناراض ہوں، کوئی کچھ ٹھیک نہیں کرتا، شکایت لکھیں'],
      d: ['وزٹ ۱۰ بجے کا تھا', 'گلبرگ فرنچائز پر', 'تیسری دفعہ ہے'],
      a: ['معذرت، میں نے آپ کی شکایت درج کر لی ہے، حوالہ نمبر ۵۵۱۲۰، ۴۸ گھنٹے میں جواب ملے گا', 'آپ کی شکایت رجسٹر کر کے کوالٹی ٹیم کو بھیج دی ہے'],
    },
    ro: {
      c: ['mujhe complaint darj karwani hai technician aaya hi nahi', 'ye sab se bakwas service hai ek hafte se call kar raha hun', 'kal aapki shop ka staff bohat badtameez tha', 'main bohat naraz hun koi kuch theek nahi karta shikayat likhein'],
      d: ['visit 10 baje ka tha', 'gulberg franchise pe', 'teesri dafa hai'],
      a: ['maazrat, aapki complaint log kar di hai ref CMP-55120, 48 ghante mein jawab milega', 'aapki shikayat register karke quality team ko bhej di hai'],
    },
  },
  {
    cat: 'Complaint', value: 'Goodwill credit given',
    en: {
      c: ['I had no internet for 4 days, I expect some compensation', 'I lost a full week of service, will you give me anything for that?', 'this outage cost me work, at least give me a discount', 'after all this trouble I think I deserve some credit on my bill'],
      d: ['4 days without service', 'I work from home', 'been a customer for 8 years'],
      a: ['as a goodwill gesture I added a credit of 1,000 to your account', 'I applied a goodwill credit of 500 on your next bill for the trouble'],
    },
    ar: {
      c: ['ما كان عندي نت ٤ أيام، أبي تعويض', 'راح علي أسبوع كامل بدون خدمة، بتعوضوني؟', 'الانقطاع ضيع علي شغلي، على الأقل أعطوني خصم', 'بعد كل هالتعب أستاهل رصيد مجاني على الفاتورة'],
      d: ['٤ أيام بدون خدمة', 'أشتغل من البيت', 'عميل من ٨ سنين'],
      a: ['كتعويض أضفنا لك رصيد ١٠٠ ريال في حسابك', 'تم إضافة رصيد تعويض ٥٠ ريال على فاتورتك الجاية'],
    },
    ur: {
      c: ['۴ دن انٹرنیٹ نہیں تھا، کچھ معاوضہ ملنا چاہیے', 'پورا ہفتہ سروس نہیں ملی، اس کا کچھ دیں گے؟', 'اس خرابی سے میرا کام خراب ہوا، کم از کم ڈسکاؤنٹ دیں', 'اتنی پریشانی کے بعد بل پر کچھ کریڈٹ ملنا چاہیے'],
      d: ['۴ دن سروس نہیں تھی', 'گھر سے کام کرتا ہوں', '۸ سال سے کسٹمر ہوں'],
      a: ['خیر سگالی کے طور پر آپ کے اکاؤنٹ میں ۱۰۰۰ کا کریڈٹ ڈال دیا ہے', 'پریشانی کے لیے اگلے بل پر ۵۰۰ کا کریڈٹ لگا دیا ہے'],
    },
    ro: {
      c: ['4 din internet nahi tha kuch compensation milni chahiye', 'poora hafta service nahi mili iska kuch denge?', 'is kharabi se mera kaam kharab hua kam az kam discount dein', 'itni pareshani ke baad bill pe kuch credit milna chahiye'],
      d: ['4 din service nahi thi', 'ghar se kaam karta hun', '8 saal se customer hun'],
      a: ['goodwill ke taur pe aapke account mein 1000 ka credit daal diya hai', 'pareshani ke liye agle bill pe 500 ka credit laga diya hai'],
    },
  },
  {
    cat: 'Complaint', value: 'Escalated to supervisor',
    en: {
      c: ['I want to speak to your supervisor right now', 'let me talk to a manager, you are not helping', 'this is not acceptable, escalate this to someone senior', 'get me your boss, I have explained this 5 times'],
      d: ['I have been on chat for an hour', 'three agents already', 'I want a manager today'],
      a: ['I understand, I have escalated your case to my supervisor, they will contact you within the hour', 'a supervisor will join shortly, I have briefed them on your case'],
    },
    ar: {
      c: ['أبي أكلم المشرف حالاً', 'خلني أكلم المدير، ما ساعدتني', 'هذا مو مقبول، صعدوا الموضوع لمسؤول أعلى', 'عطني مديرك، شرحت المشكلة ٥ مرات'],
      d: ['لي ساعة في المحادثة', 'كلمت ٣ موظفين', 'أبي مدير اليوم'],
      a: ['أتفهم، رفعت طلبك للمشرف وبيتواصل معك خلال ساعة', 'المشرف بينضم الحين، شرحت له حالتك'],
    },
    ur: {
      c: ['مجھے ابھی آپ کے سپروائزر سے بات کرنی ہے', 'مینیجر سے بات کروائیں، آپ مدد نہیں کر رہے', 'یہ قابل قبول نہیں، کسی سینئر افسر کو بتائیں', 'اپنے باس سے بات کروائیں، ۵ دفعہ سمجھا چکا ہوں'],
      d: ['ایک گھنٹے سے چیٹ پر ہوں', 'تین ایجنٹ بدل چکے', 'آج ہی مینیجر چاہیے'],
      a: ['میں سمجھتا ہوں، آپ کا کیس سپروائزر کو ایسکلیٹ کر دیا ہے، ایک گھنٹے میں رابطہ کریں گے', 'سپروائزر ابھی شامل ہوں گے، انہیں آپ کا کیس بتا دیا ہے'],
    },
    ro: {
      c: ['mujhe abhi aapke supervisor se baat karni hai', 'manager se baat karwayen aap help nahi kar rahe', 'ye acceptable nahi kisi senior ko escalate karein', 'apne boss se baat karwao 5 dafa samjha chuka hun'],
      d: ['ek ghante se chat pe hun', '3 agents badal chuke', 'aaj hi manager chahiye'],
      a: ['main samajhta hun aapka case supervisor ko escalate kar diya hai 1 ghante mein contact karenge', 'supervisor abhi join karenge unko aapka case bata diya hai'],
    },
  },
  {
    cat: 'Complaint', value: 'Resolved on first contact',
    en: {
      c: ['my calls are not going through since this morning', 'I cant send sms to any number', 'my bundle did not activate after I paid', 'internet package shows expired but I renewed it today'],
      d: ['I restarted as you said', 'paid 1,200 at 10 am', 'yes it shows now'],
      a: ['I fixed it from here, can you try now? great, glad it is sorted on this chat', 'the bundle is active now, your issue is resolved'],
    },
    ar: {
      c: ['المكالمات ما تطلع من الصبح', 'ما أقدر أرسل رسائل لأي رقم', 'الباقة ما تفعلت بعد ما دفعت', 'باقة النت مكتوب منتهية بس جددتها اليوم'],
      d: ['أعدت تشغيل الجوال مثل ما قلت', 'دفعت ١٢٠ الساعة ١٠', 'إيه الحين طلعت'],
      a: ['صلحتها من عندي، جرب الحين؟ ممتاز، انحلت المشكلة بنفس المحادثة', 'الباقة تفعلت الحين وانحلت مشكلتك'],
    },
    ur: {
      c: ['صبح سے میری کالز نہیں ہو رہیں', 'کسی نمبر پر ایس ایم ایس نہیں جا رہا', 'ادائیگی کے بعد بنڈل ایکٹیو نہیں ہوا', 'انٹرنیٹ پیکج ختم دکھا رہا ہے حالانکہ آج ری نیو کیا'],
      d: ['جیسے کہا تھا فون ری اسٹارٹ کیا', 'صبح ۱۰ بجے ۱۲۰۰ ادا کیے', 'جی اب دکھا رہا ہے'],
      a: ['میں نے یہیں سے ٹھیک کر دیا، اب چیک کریں؟ بہت اچھا، مسئلہ حل ہو گیا', 'بنڈل اب ایکٹیو ہے، آپ کا مسئلہ حل ہو گیا ہے'],
    },
    ro: {
      c: ['subah se meri calls nahi ja rahi', 'kisi number pe sms nahi ja raha', 'payment ke baad bundle active nahi hua', 'internet package expired show ho raha hai jabke aaj renew kiya'],
      d: ['jaise kaha tha phone restart kiya', 'subah 10 baje 1200 pay kiye', 'ji ab show ho raha hai'],
      a: ['maine yahin se fix kar diya ab check karein? zabardast, masla hal ho gaya', 'bundle ab active hai aapka masla resolve ho gaya'],
    },
  },
  // ------------------------------------------------------------------ General
  {
    cat: 'General', value: 'Information provided',
    en: {
      c: ['what are your shop timings on friday?', 'where is your nearest franchise in F-7?', 'how can I check my remaining data?', 'what is the code to check my balance'],
      d: ['ok thanks', 'is it open on sunday too?', 'got it'],
      a: ['our shops are open 10 am to 8 pm, on friday they close from 1 to 2:30 for prayers', 'you can dial *123# to check your balance and remaining data'],
    },
    ar: {
      c: ['وش أوقات دوام الفروع يوم الجمعة؟', 'وين أقرب فرع لكم في حي الياسمين؟', 'كيف أعرف كم باقي من البيانات؟', 'وش الكود اللي أعرف فيه رصيدي'],
      d: ['تمام شكراً', 'يفتح يوم السبت بعد؟', 'وصلت'],
      a: ['الفروع تفتح من ١٠ الصبح لين ١٠ بالليل، والجمعة بعد العصر', 'تقدر تطلب *١٢٣# عشان تعرف الرصيد والبيانات المتبقية'],
    },
    ur: {
      c: ['جمعہ کو آپ کی دکان کے اوقات کیا ہیں؟', 'ایف سیون میں آپ کی قریبی فرنچائز کہاں ہے؟', 'باقی ڈیٹا کیسے چیک کروں؟', 'بیلنس چیک کرنے کا کوڈ کیا ہے'],
      d: ['ٹھیک ہے شکریہ', 'اتوار کو بھی کھلی ہوتی ہے؟', 'سمجھ گیا'],
      a: ['ہماری دکانیں صبح ۱۰ سے رات ۸ بجے تک کھلی ہیں، جمعہ کو ۱ سے ڈھائی بجے تک بند', 'بیلنس اور باقی ڈیٹا کے لیے *۱۲۳# ملائیں'],
    },
    ro: {
      c: ['friday ko aapki shop ki timings kya hain?', 'F-7 mein aapki nazdeeki franchise kahan hai?', 'remaining data kaise check karun?', 'balance check karne ka code kya hai'],
      d: ['ok shukriya', 'sunday ko bhi khuli hoti hai?', 'samajh gaya'],
      a: ['hamari shops 10 se 8 baje tak khuli hain friday ko 1 se 2:30 band', 'balance aur remaining data ke liye *123# dial karein'],
    },
  },
  {
    cat: 'General', value: 'Transferred to another department',
    en: {
      c: ['I want to talk about my business account, the corporate one', 'I need help with a porting request to your network', 'who handles the fiber installation appointments?', 'I have a question about the legal notice you sent me'],
      d: ['its for my company', 'I was told to ask here', 'ok I will wait'],
      a: ['that is handled by our corporate team, I am transferring you to them now', 'let me transfer this chat to the right department, please stay connected'],
    },
    ar: {
      c: ['أبي أتكلم عن حساب الشركة، حساب الأعمال', 'أحتاج مساعدة في نقل رقمي لشبكتكم', 'مين المسؤول عن مواعيد تركيب الفايبر؟', 'عندي سؤال عن الإنذار القانوني اللي أرسلتوه'],
      d: ['هذا لشركتي', 'قالوا لي أسأل هنا', 'تمام بنتظر'],
      a: ['هذا يتبع قسم الشركات، بحولك لهم الحين', 'خلني أحول المحادثة للقسم المختص، خليك معي'],
    },
    ur: {
      c: ['کمپنی والے اکاؤنٹ کے بارے میں بات کرنی ہے', 'اپنا نمبر آپ کے نیٹ ورک پر پورٹ کروانا ہے', 'فائبر انسٹالیشن کی اپائنٹمنٹ کون دیکھتا ہے؟', 'آپ نے جو قانونی نوٹس بھیجا اس کے بارے میں سوال ہے'],
      d: ['یہ میری کمپنی کا ہے', 'مجھے کہا گیا یہاں پوچھوں', 'ٹھیک ہے انتظار کرتا ہوں'],
      a: ['یہ ہماری کارپوریٹ ٹیم دیکھتی ہے، میں آپ کو ان کے پاس ٹرانسفر کر رہا ہوں', 'میں یہ چیٹ متعلقہ شعبے کو منتقل کر رہا ہوں، براہ کرم رکیں'],
    },
    ro: {
      c: ['company wale account ke bare mein baat karni hai', 'apna number aapke network pe port karwana hai', 'fiber installation ki appointment kon dekhta hai?', 'aapne jo legal notice bheja us ke bare mein sawal hai'],
      d: ['ye meri company ka hai', 'mujhe kaha gaya yahan poochun', 'theek hai wait karta hun'],
      a: ['ye hamari corporate team dekhti hai main aapko unke paas transfer kar raha hun', 'main ye chat mutaliqa department ko transfer kar raha hun please wait karein'],
    },
  },
  {
    cat: 'General', value: 'Follow-up required',
    en: {
      c: ['I reported a problem last week and nobody got back to me', 'what is the status of my complaint from monday?', 'my new connection request is still pending after 10 days', 'you said someone would update me, its been 5 days'],
      d: ['ticket number 77310', 'applied on the 2nd', 'still waiting'],
      a: ['I checked, the ticket is still open with the field team, I have set a follow-up and we will update you by tomorrow', 'I will follow up on this myself and get back to you within 24 hours'],
    },
    ar: {
      c: ['بلغت عن مشكلة الأسبوع الماضي ومحد رجع لي', 'وش صار على البلاغ حقي من يوم الاثنين؟', 'طلب الخط الجديد للحين معلق من ١٠ أيام', 'قلتوا بيتواصل معي أحد، صار لي ٥ أيام'],
      d: ['رقم البلاغ ٧٧٣١٠', 'قدمت يوم ٢', 'للحين أنتظر'],
      a: ['شيكت، البلاغ للحين مفتوح عند الفريق الميداني، حطيت متابعة وبنرد عليك بكرة', 'بتابع الموضوع بنفسي وبرجع لك خلال ٢٤ ساعة'],
    },
    ur: {
      c: ['پچھلے ہفتے مسئلہ بتایا تھا، کسی نے جواب نہیں دیا', 'پیر والی شکایت کا اسٹیٹس کیا ہے؟', 'نئے کنکشن کی درخواست ۱۰ دن سے زیر التوا ہے', 'آپ نے کہا تھا کوئی اپڈیٹ دے گا، ۵ دن ہو گئے'],
      d: ['ٹکٹ نمبر ۷۷۳۱۰', '۲ تاریخ کو اپلائی کیا تھا', 'ابھی تک انتظار ہے'],
      a: ['میں نے چیک کیا، ٹکٹ ابھی فیلڈ ٹیم کے پاس کھلا ہے، فالو اپ لگا دیا ہے، کل تک اپڈیٹ دیں گے', 'میں خود اس کا فالو اپ کروں گا اور ۲۴ گھنٹے میں بتاؤں گا'],
    },
    ro: {
      c: ['pichle hafte masla bataya tha kisi ne jawab nahi diya', 'monday wali complaint ka status kya hai?', 'naye connection ki request 10 din se pending hai', 'aapne kaha tha koi update dega 5 din ho gaye'],
      d: ['ticket number 77310', '2 tareekh ko apply kiya tha', 'abhi tak wait kar raha hun'],
      a: ['maine check kiya ticket abhi field team ke paas open hai follow up laga diya hai kal tak update denge', 'main khud iska follow up karunga aur 24 ghante mein bataunga'],
    },
  },
  {
    cat: 'General', value: 'Customer disconnected',
    en: {
      c: ['hi I have a question about my', 'hello my internet', 'I need help with something on my account but', 'hey quick question'],
      d: ['wait'],
      a: ['the customer left the chat before we could continue, closing', 'chat disconnected from the customer side'],
    },
    ar: {
      c: ['مرحبا عندي سؤال عن', 'السلام عليكم النت عندي', 'أبي مساعدة في شي بحسابي بس', 'هلا سؤال سريع'],
      d: ['لحظة'],
      a: ['العميل طلع من المحادثة قبل ما نكمل، بقفل المحادثة', 'انقطعت المحادثة من طرف العميل'],
    },
    ur: {
      c: ['السلام علیکم، میرا ایک سوال ہے', 'ہیلو میرا انٹرنیٹ', 'اکاؤنٹ میں کچھ مدد چاہیے لیکن', 'ایک چھوٹا سا سوال'],
      d: ['رکیں'],
      a: ['کسٹمر بات مکمل ہونے سے پہلے چیٹ سے چلا گیا، چیٹ بند کر رہا ہوں', 'کسٹمر کی طرف سے چیٹ منقطع ہو گئی'],
    },
    ro: {
      c: ['aoa mera ek sawal hai', 'hello mera internet', 'account mein kuch help chahiye lekin', 'ek chota sa sawal'],
      d: ['ruko'],
      a: ['customer chat chor gaye, chat close kar raha hun', 'customer ki taraf se chat disconnect ho gayi'],
    },
  },
  {
    cat: 'General', value: 'No response from customer',
    en: {
      c: ['hi', 'hello', 'need help', 'hi there'],
      d: [],
      a: ['are you still there? I have not heard from you in a while', 'since there is no response I will close this chat, feel free to reach out again'],
    },
    ar: {
      c: ['مرحبا', 'السلام عليكم', 'أبي مساعدة', 'هلا'],
      d: [],
      a: ['هل أنت معي؟ ما وصلني رد منك', 'بما إنه ما فيه رد بقفل المحادثة، تقدر تتواصل معنا بأي وقت'],
    },
    ur: {
      c: ['ہیلو', 'السلام علیکم', 'مدد چاہیے', 'جی'],
      d: [],
      a: ['کیا آپ موجود ہیں؟ کافی دیر سے آپ کا جواب نہیں آیا', 'جواب نہ ملنے کی وجہ سے چیٹ بند کر رہا ہوں، دوبارہ رابطہ کر سکتے ہیں'],
    },
    ro: {
      c: ['hello', 'aoa', 'help chahiye', 'hi'],
      d: [],
      a: ['kya aap online hain? kaafi der se aapka jawab nahi aaya', 'koi response nahi mila is liye chat close kar raha hun dobara rabta kar sakte hain'],
    },
  },
  {
    cat: 'General', value: 'Spam or test chat',
    en: {
      c: ['test test 123', 'asdfgh', 'testing the chat widget please ignore', 'sorry wrong chat, clicked by mistake'],
      d: ['lol'],
      a: ['this looks like a test message, closing the chat', 'closing as a test chat'],
    },
    ar: {
      c: ['تجربة تجربة ١٢٣', 'ششششش', 'أجرب المحادثة تجاهلوها', 'آسف دخلت بالغلط'],
      d: ['هههه'],
      a: ['يبدو إنها رسالة تجربة، بقفل المحادثة', 'محادثة تجربة، تم الإغلاق'],
    },
    ur: {
      c: ['ٹیسٹ ٹیسٹ ۱۲۳', 'ااااا', 'چیٹ چیک کر رہا ہوں، نظر انداز کریں', 'معاف کریں غلطی سے کھل گیا'],
      d: ['ہاہا'],
      a: ['یہ ٹیسٹ میسج لگتا ہے، چیٹ بند کر رہا ہوں', 'ٹیسٹ چیٹ کے طور پر بند'],
    },
    ro: {
      c: ['test test 123', 'asdf', 'chat check kar raha hun ignore karein', 'sorry ghalti se khul gaya'],
      d: ['haha'],
      a: ['ye test message lagta hai chat close kar raha hun', 'test chat ke taur pe close'],
    },
  },
];

// ------------------------------------------------------------------ shared lines

export const SHARED = {
  en: {
    hello: ['hi', 'hello', 'good morning', 'hey, anyone there?', 'salam'],
    agentHello: ['Hello, thank you for contacting us. My name is Sana, how can I help?', 'Hi! This is Ali from customer care. How may I assist you today?', 'Welcome, I am Hamza. What can I do for you?'],
    ask: ['Sorry to hear that. Let me check this for you.', 'I understand. Can you share a bit more detail?', 'Let me look into it.', 'Noted, one moment please.'],
    verifyAsk: ['For security, can you confirm your CNIC and date of birth?', 'Before I proceed, please verify your registered name and ID number.'],
    verifyAnswer: ['cnic 35202-1234567-1, born 12/03/1990', 'sure, ID 42101-7654321-3 and dob 1 jan 1988'],
    verifyDone: ['Thank you, you are verified.', 'Thanks, your identity is confirmed.'],
    wait: ['Please hold for a minute while I check.', 'Thank you for your patience.'],
    filler: ['ok', 'alright', 'sure', 'hmm ok', 'one sec', 'ok waiting'],
    thanks: ['thanks a lot', 'ok thank you', 'great thanks for the help', 'thx', 'ok fine, thanks'],
    agentBye: ['Is there anything else I can help you with?', 'Thank you for contacting us, have a great day!'],
  },
  ar: {
    hello: ['السلام عليكم', 'مرحبا', 'هلا', 'صباح الخير', 'مساء الخير، فيه أحد؟'],
    agentHello: ['وعليكم السلام، معك سارة من خدمة العملاء، كيف أقدر أخدمك؟', 'أهلاً وسهلاً، معك فهد، تفضل كيف أساعدك؟', 'مرحبا بك، معك نورة. وش أقدر أسوي لك؟'],
    ask: ['آسفين على الإزعاج، خلني أشيك لك', 'فاهم عليك، ممكن توضح أكثر؟', 'لحظة أراجع لك', 'تمام، ثواني لو سمحت'],
    verifyAsk: ['للأمان، ممكن تأكد رقم الهوية وتاريخ الميلاد؟', 'قبل ما أكمل، أكد لي الاسم المسجل ورقم الهوية'],
    verifyAnswer: ['رقم الهوية ١٠٢٣٤٥٦٧٨٩ والميلاد ١٢/٣/١٩٩٠', 'الهوية ١٠٩٨٧٦٥٤٣٢ وتاريخ ميلادي ١ يناير ١٩٨٨'],
    verifyDone: ['شكراً، تم التحقق', 'شكراً، تأكدت من هويتك'],
    wait: ['لحظة من فضلك وأنا أراجع', 'شكراً على صبرك'],
    filler: ['تمام', 'طيب', 'أوكي', 'ثواني', 'تمام أنتظر'],
    thanks: ['مشكور', 'يعطيك العافية', 'شكراً جزيلاً', 'تسلم', 'الله يعافيك'],
    agentBye: ['فيه شي ثاني أقدر أساعدك فيه؟', 'شكراً لتواصلك معنا، يومك سعيد'],
  },
  ur: {
    hello: ['السلام علیکم', 'ہیلو', 'جی سلام', 'صبح بخیر', 'کوئی ہے؟'],
    agentHello: ['وعلیکم السلام، میں ثنا بات کر رہی ہوں، بتائیں کیا مدد کروں؟', 'السلام علیکم، کسٹمر کیئر سے علی، فرمائیے؟', 'خوش آمدید، میں حمزہ ہوں۔ آپ کی کیا خدمت کروں؟'],
    ask: ['معذرت، میں چیک کرتا ہوں', 'سمجھ گیا، تھوڑی تفصیل بتائیں گے؟', 'ایک منٹ دیکھتا ہوں', 'جی، ایک لمحہ'],
    verifyAsk: ['سیکیورٹی کے لیے اپنا شناختی کارڈ نمبر اور تاریخ پیدائش بتائیں', 'آگے بڑھنے سے پہلے رجسٹرڈ نام اور شناختی نمبر کی تصدیق کریں'],
    verifyAnswer: ['شناختی کارڈ ۳۵۲۰۲-۱۲۳۴۵۶۷-۱، پیدائش ۱۲/۰۳/۱۹۹۰', 'جی ۴۲۱۰۱-۷۶۵۴۳۲۱-۳ اور تاریخ پیدائش یکم جنوری ۱۹۸۸'],
    verifyDone: ['شکریہ، تصدیق ہو گئی', 'شکریہ، آپ کی شناخت کنفرم ہے'],
    wait: ['ایک منٹ انتظار کریں میں چیک کر رہا ہوں', 'انتظار کا شکریہ'],
    filler: ['ٹھیک ہے', 'جی', 'اوکے', 'ایک منٹ', 'انتظار کر رہا ہوں'],
    thanks: ['بہت شکریہ', 'شکریہ', 'جزاک اللہ', 'ٹھیک ہے شکریہ', 'مہربانی'],
    agentBye: ['کیا میں کسی اور چیز میں مدد کر سکتا ہوں؟', 'رابطہ کرنے کا شکریہ، اللہ حافظ'],
  },
  ro: {
    hello: ['aoa', 'salam', 'hello', 'assalam o alaikum', 'koi hai?'],
    agentHello: ['Walaikum assalam, main Sana baat kar rahi hun, batayen kya madad karun?', 'AoA, customer care se Ali, farmaiye?', 'Welcome, main Hamza hun. Aapki kya khidmat karun?'],
    ask: ['maazrat, main check karta hun', 'samajh gaya, thori detail bata denge?', 'ek minute dekhta hun', 'ji ek second'],
    verifyAsk: ['security ke liye apna CNIC number aur date of birth batayen', 'aage barhne se pehle registered naam aur CNIC confirm karein'],
    verifyAnswer: ['cnic 35202-1234567-1 dob 12/03/1990', 'ji 42101-7654321-3 aur dob 1 jan 1988'],
    verifyDone: ['shukriya, verification ho gayi', 'shukriya aapki identity confirm hai'],
    wait: ['ek minute hold karein main check kar raha hun', 'intezar ka shukriya'],
    filler: ['ok', 'ji', 'theek hai', 'ek min', 'wait kar raha hun'],
    thanks: ['bohat shukriya', 'thanks', 'jazakallah', 'ok theek hai shukriya', 'meharbani'],
    agentBye: ['kya main kisi aur cheez mein madad kar sakta hun?', 'rabta karne ka shukriya, Allah hafiz'],
  },
};

/** What the chat bot says before an agent joins (the words of categories, weighted low). */
export const BOT = {
  en: ['Welcome to CX. Please choose: 1 Billing 2 Technical support 3 Sales 4 Account 5 Complaints', 'Connecting you to an agent. Average wait 2 minutes.'],
  ar: ['أهلاً بك. اختر: ١ الفواتير ٢ الدعم الفني ٣ المبيعات ٤ الحساب ٥ الشكاوى', 'جاري تحويلك لأحد الموظفين'],
  ur: ['خوش آمدید۔ منتخب کریں: ۱ بلنگ ۲ ٹیکنیکل سپورٹ ۳ سیلز ۴ اکاؤنٹ ۵ شکایات', 'آپ کو نمائندے سے ملایا جا رہا ہے'],
  ro: ['Welcome. Please choose: 1 Billing 2 Technical support 3 Sales 4 Account 5 Complaints', 'Aapko agent se connect kiya ja raha hai'],
};
export const SYSTEM = ['Customer joined the conversation', 'Agent joined the conversation', 'Conversation assigned to queue Chat-EN', 'Agent left the conversation'];
