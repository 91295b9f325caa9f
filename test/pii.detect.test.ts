import { describe, expect, it } from 'vitest';
import { createSensitiveDetector, customerIdentifiers, detectSensitive, foldText, SENSITIVE_SCAN_LENGTH } from '../src/core/pii';

describe('detectSensitive: no false alarms on references (issue 14)', () => {
  it.each([
    'Order 4839201 refunded',
    'INC-20240917-0042',
    'Ticket #12345678',
    '2024-09-17',
    'case 12345678',
    'Policy POL-998877665',
    'Shipped by UPS, tracking code 1Z999AA10123456784',
    'Error code 0x80070005',
    'Invoice INV-2024-000123 resent',
    'version 10.0.19045.3570',
    'Router 192.168.1.100 reset',
    'Card ending 1111 charged twice',
    'Paid 25,000 on 17/09/2024',
    'Flight EK 612 at 14:30',
  ])('%s', (note) => {
    expect(detectSensitive(note)).toEqual([]);
  });
});

describe('detectSensitive: what it used to miss (issue 14)', () => {
  it.each([
    ['٠٥٠١٢٣٤٥٦٧', ['phone']], // Arabic-Indic digits: a UAE mobile
    ['۰۳۰۰۱۲۳۴۵۶۷', ['phone']], // Eastern Arabic-Indic digits: a Pakistani mobile
    ['بطاقة ٤١١١ ١١١١ ١١١١ ١١١١', ['card']],
    ['PK36SCBL0000001123456702', ['iban']],
    ['GB82 WEST 1234 5698 7654 32', ['iban']],
    ['refund to gb82 west 1234 5698 7654 32', ['iban']],
    ['CNIC 35202-1234567-1', ['nationalId']],
    ['Emirates ID 784-1990-1234567-1', ['nationalId']],
    ['SSN 536-22-8741', ['nationalId']],
    ['ssn 536228741', ['nationalId']],
    ['cnic 3520212345671', ['nationalId']],
    ['رقم الهوية ١٠٨٧٦٥٤٣٢١', ['nationalId']], // Saudi id, Luhn-valid
  ] as const)('%s', (note, kinds) => {
    expect(detectSensitive(note)).toEqual(kinds);
  });

  it('phone numbers of the desks’ countries, in their usual formats', () => {
    for (const note of [
      '0300-1234567',
      '+92 333 9876543',
      '0092 300 1234567',
      '042-35761234',
      '+971 50 123 4567',
      '050 123 4567',
      '04 321 4567',
      '+966 55 123 4567',
      '011 456 7890',
      '07911 123456',
      '+44 (0)20 7946 0958',
      '(212) 555-0123',
      '+1 415 555 2671',
      '010 1234 5678',
      '+974 3312 3456',
    ])
      expect(detectSensitive(`call ${note} please`), note).toEqual(['phone']);
  });

  it('numbers outside any numbering plan are not phones', () => {
    for (const note of ['12345678', '1234567890', '+1 123 456 7890', '0000 123 4567', '+971 12 345 678', '555-1234']) expect(detectSensitive(note), note).toEqual([]);
  });
});

describe('checksums: valid vs one digit off', () => {
  it.each([
    ['4111 1111 1111 1111', '4111 1111 1111 1112', 'card'],
    ['5500-0000-0000-0004', '5500-0000-0000-0005', 'card'],
    ['378282246310005', '378282246310006', 'card'],
    ['PK36SCBL0000001123456702', 'PK36SCBL0000001123456703', 'iban'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 33', 'iban'],
    ['AE070331234567890123456', 'AE070331234567890123457', 'iban'],
    ['SA0380000000608010167519', 'SA0380000000608010167518', 'iban'],
    ['784198512345673', '784198512345674', 'nationalId'], // Emirates ID without dashes: Luhn
  ] as const)('%s / %s', (valid, off, kind) => {
    expect(detectSensitive(`paid with ${valid}`)).toEqual([kind]);
    expect(detectSensitive(`paid with ${off}`)).not.toContain(kind);
  });

  it('an IBAN of the wrong length for its country is not one', () => {
    expect(detectSensitive('PK36SCBL00000011234567020')).toEqual([]);
    expect(detectSensitive('XX36SCBL0000001123456702')).toEqual([]);
  });

  it('SSNs in the ranges never issued are not flagged', () => {
    for (const ssn of ['000-12-3456', '666-12-3456', '912-12-3456', '536-00-8741', '536-22-0000']) expect(detectSensitive(ssn), ssn).toEqual([]);
  });

  it('a CNIC starts with a province digit (1–7)', () => {
    expect(detectSensitive('85202-1234567-1')).toEqual([]);
  });
});

describe('digit folding', () => {
  it('folds every script’s digits, full-width forms, dashes and spaces, and drops invisible marks', () => {
    expect(foldText('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ０１２３ ०१२ ০১২ ๐๑๒')).toBe('0123456789 0123456789 0123 012 012 012');
    expect(foldText('𝟎𝟏𝟐 𝟗')).toBe('012 9'); // mathematical digits (astral)
    expect(foldText('0300\u20131234567\u00a0x\u200e+\u200f1')).toBe('0300-1234567 x+1');
    expect(foldText('٣٫٥ ١٬٠٠٠')).toBe('3.5 1,000');
  });

  it('finds personal data in any digits, and references stay references', () => {
    expect(detectSensitive('call ０３００－１２３４５６７')).toEqual(['phone']);
    expect(detectSensitive('\u200e+٩٧١ ٥٠ ١٢٣ ٤٥٦٧\u200f')).toEqual(['phone']);
    expect(detectSensitive('٣٥٢٠٢-١٢٣٤٥٦٧-١')).toEqual(['nationalId']);
    expect(detectSensitive('رقم الطلب ٤٨٣٩٢٠١٥٥٥٠')).toEqual([]);
  });
});

describe('reference words, in each language', () => {
  // 0501234567 is a UAE mobile number: flagged alone, not after a reference word
  const number = '0501234567';
  it.each([
    ['en', 'order', 'Order no. {n} refunded'],
    ['en', 'ticket', 'ticket {n}'],
    ['en', 'invoice', 'invoice number: {n}'],
    ['en', 'tracking', 'tracking {n}'],
    ['en', 'ref', 'ref {n}'],
    ['ar', 'طلب', 'رقم الطلب {n}'],
    ['ar', 'تذكرة', 'تذكرة رقم {n}'],
    ['ar', 'فاتورة', 'الفاتورة {n}'],
    ['ar', 'مرجع', 'رقم المرجع {n}'],
    ['ar', 'تتبع', 'رقم التتبع {n}'],
    ['ur', 'آرڈر', 'آرڈر نمبر {n} واپس ہو گیا'],
    ['ur', 'ٹکٹ', 'ٹکٹ نمبر {n}'],
    ['ur', 'بل', 'بل نمبر {n}'],
    ['ur', 'حوالہ', 'حوالہ نمبر {n}'],
    ['ur-Latn', 'order', 'order number {n} ka refund'],
    ['ur-Latn', 'hawala', 'hawala {n}'],
    ['ur-Latn', 'bill', 'bill no {n} ki shikayat'],
  ])('%s "%s"', (_lang, _word, template) => {
    expect(detectSensitive(template.replace('{n}', number))).toEqual([]);
    expect(detectSensitive(template.replace('{n}', [...number].map((d) => String.fromCharCode(0x660 + Number(d))).join('')))).toEqual([]);
    expect(detectSensitive(`call ${number}`)).toEqual(['phone']);
  });

  it('only the nearest word counts: a phone after a sentence about an order is still a phone', () => {
    expect(detectSensitive('Order shipped, call 0300 1234567')).toEqual(['phone']);
    expect(detectSensitive('Order 4839201 refunded; reach customer at +92 300 1234567')).toEqual(['phone']);
    expect(detectSensitive('آرڈر نمبر 4839201 کا ریفنڈ ہو گیا، کسٹمر کو 0345 1234567 پر بتائیں۔')).toEqual(['phone']);
  });

  it('after "phone", "جوال" or "فون", a number written without its trunk 0 is a phone', () => {
    expect(detectSensitive('3001234567')).toEqual([]);
    expect(detectSensitive('phone 3001234567')).toEqual(['phone']);
    expect(detectSensitive('جوال 501234567')).toEqual(['phone']);
    expect(detectSensitive('فون 3001234567')).toEqual(['phone']);
  });

  it('a number glued to letters is a code', () => {
    for (const note of ['REF-03001234567', 'x03001234567', '03001234567abc', '#03001234567', '$1234567890']) expect(detectSensitive(note), note).toEqual([]);
  });
});

describe("the customer's own identifiers", () => {
  const context = {
    conversationId: 'c1',
    customer: { _id: '6294565557bd6a3cc1280bb9', firstName: 'Jane', phoneNumber: ['+923001234567'], web: ['43466'], email: ['Jane.Doe@Example.com'] },
    channelSession: {
      id: 's1',
      customer: { _id: 'old', phoneNumber: [] },
      channelData: {
        channelCustomerIdentifier: '+971501234567',
        serviceIdentifier: '+97142345678',
        additionalAttributes: [{ key: 'WebChannelData', type: 'WebChannelData', value: { formData: { attributes: [{ key: 'email', value: 'jd@work.ae' }, { key: 'channelIdentifier1', value: '43466' }] } } }],
      },
    },
  };

  it('customerIdentifiers reads the customer record and the channel data, not the business’s number or record ids', () => {
    expect(customerIdentifiers(context).sort()).toEqual(['+923001234567', '+971501234567', 'Jane.Doe@Example.com', 'jd@work.ae'].sort());
    expect(customerIdentifiers(null)).toEqual([]);
    expect(customerIdentifiers({ customer: new Proxy({}, { ownKeys: () => { throw new Error('no'); } }) })).toEqual([]);
    const throwing = { get customer() { throw new Error('no'); }, channelSession: { customer: { phoneNumber: ['0300 7654321'] } } };
    expect(customerIdentifiers(throwing)).toEqual(['0300 7654321']);
  });

  it('are flagged exactly as customerContact, in any format, and not also as phone or email', () => {
    const detect = createSensitiveDetector({ identifiers: customerIdentifiers(context) });
    expect(detect('Customer confirmed 0300 1234567 is hers')).toEqual(['customerContact']);
    expect(detect('Customer confirmed ۰۳۰۰۱۲۳۴۵۶۷')).toEqual(['customerContact']);
    expect(detect('WhatsApp +971 50 123 4567')).toEqual(['customerContact']);
    expect(detect('receipt sent to jane.doe@example.com')).toEqual(['customerContact']);
    expect(detect('her brother 0333 5556667 called')).toEqual(['phone']);
    expect(detect('0300 1234567 and 0333 5556667, cc jd@work.ae and ali@x.com')).toEqual(['email', 'phone', 'customerContact']);
    // the customer's number after a reference word is still the customer's number
    expect(detect('order 03001234567')).toEqual(['customerContact']);
  });

  it('identifiers too short or not contact-shaped are ignored', () => {
    expect(detectSensitive('web id 43466', { identifiers: ['43466', 'Jane', ''] })).toEqual([]);
  });
});

describe('per-desk configuration', () => {
  it('kinds: only the kinds asked for', () => {
    const note = 'card 4111 1111 1111 1111, call 0300 1234567, IBAN PK36SCBL0000001123456702';
    expect(detectSensitive(note)).toEqual(['card', 'phone', 'iban']);
    expect(detectSensitive(note, { kinds: ['iban'] })).toEqual(['iban']);
    expect(detectSensitive(note, { kinds: ['card', 'phone'] })).toEqual(['card', 'phone']);
    expect(detectSensitive(note, { kinds: [] })).toEqual([]);
  });

  it('patterns: a desk’s own kinds, on the folded text, reported after the built-in ones', () => {
    const detect = createSensitiveDetector({ patterns: [{ kind: 'passport', pattern: /\b[A-Z]{2}\d{7}\b/g }, { kind: 'ntn', pattern: /ntn \d{7}-\d/i }] });
    expect(detect('Passport AB1234567, NTN ١٢٣٤٥٦٧-٨, call 0300 1234567')).toEqual(['phone', 'passport', 'ntn']);
    expect(detect('Passport AB1234567')).toEqual(['passport']);
    expect(detect('Passport AB1234567')).toEqual(['passport']); // a global pattern's lastIndex does not leak between calls
  });

  it('referenceWords: a desk’s own words for its references', () => {
    expect(detectSensitive('Docket 0300 1234567')).toEqual(['phone']);
    expect(detectSensitive('Docket 0300 1234567', { referenceWords: ['Docket'] })).toEqual([]);
  });

  it('phoneCheck: a desk’s own numbering plan', () => {
    const german = (d: string) => /^(?:\+49|0)1[5-7]\d{8,9}$/.test(d);
    expect(detectSensitive('Handy 0151 23456789', { phoneCheck: german })).toEqual(['phone']);
    expect(detectSensitive('call 0300 1234567', { phoneCheck: german })).toEqual([]);
    expect(detectSensitive('order 0151 23456789', { phoneCheck: german })).toEqual([]);
  });
});

describe('linear and bounded', () => {
  it('a 30,000-character note of any shape gives an answer from its first SENSITIVE_SCAN_LENGTH characters', () => {
    const corpusLike = 'Order 4839201 refunded, ticket #12345678, version 10.0.19045. '.repeat(500);
    expect(corpusLike.length).toBeGreaterThan(30_000);
    expect(detectSensitive(corpusLike)).toEqual([]);
    expect(detectSensitive(`${corpusLike.slice(0, 9_000)} call 0300 1234567`)).toEqual(['phone']);
    expect(detectSensitive(`${' '.repeat(SENSITIVE_SCAN_LENGTH)} call 0300 1234567`)).toEqual([]);
    for (const note of ['1 '.repeat(15_000), '٠٥٠١-'.repeat(7_500), 'GB82 WEST 1234 '.repeat(2_000), '1'.repeat(30_000), 'a@'.repeat(15_000), 'ab12'.repeat(7_500)])
      expect(Array.isArray(detectSensitive(note))).toBe(true);
  });

  it('never throws on what is not a string', () => {
    expect(detectSensitive(undefined as unknown as string)).toEqual([]);
    expect(detectSensitive(42 as unknown as string, { identifiers: [undefined as unknown as string] })).toEqual([]);
  });
});

describe('detectSensitive: the words around a number, service numbers and spelled-out addresses', () => {
  it.each([
    // "number" and "ID" take their meaning from the word before them
    ['Customer ID 0312345678 merged with duplicate.', []],
    ['account no 03001234567 updated', []],
    ['user id 3520212345671', []],
    ['her ID 3520212345671', ['nationalId']],
    ["customer's ID: 3520212345671", ['nationalId']],
    ['customer ka number 3001234567', ['phone']],
    ["Customer's number is 3001234567 (without the zero).", ['phone']],
    ['his number 2125550123', ['phone']],
    ['Call him at 2125550123.', ['phone']],
    ['سی این آئی سی نمبر ۳۵۲۰۲۱۲۳۴۵۶۷۱', ['nationalId']],
    // a country code written without its +
    ['رقم الجوال 966501234567', ['phone']],
    ['whatsapp 923001234567 pe bheja', ['phone']],
    ['order 923001234567 delivered', []],
    // a business's numbers: freephone, shared-cost, unified, UAN
    ['Told her 0800 123 456 is our free helpline.', []],
    ['call 800 4663 for the bank', []],
    ['call 600522222 for the branch', []],
    ['call 920012345', []],
    ['+1 800 555 0123 is the US line', []],
    ['UAN 111-222-333', []],
    // addresses written to dodge filters
    ['email: ali(at)gmail(dot)com', ['email']],
    ['ali [at] gmail [dot] com', ['email']],
    ['ali @ gmail . com', ['email']],
    ['meet @ 5 pm', []],
    // a business's shared mailbox is not the customer's address
    ['referred cx to complaints@ourbank.com.pk', []],
    ['wrote to support@shop.ae and to sara.k@gmail.com', ['email']],
    // a reference word covers every group of the number after it; a date is not a phone
    ['consumer no 0120 4477 8812 35, due 25-Apr', []],
    ['disputed txn on 2024-02-29 23:14 GMT', []],
    ['called on 29-02-2024 0300 1234567', ['phone']],
    // a North American number is grouped 3-3-4 (or not at all)
    ['(212) 555-0123', ['phone']],
    ['2024 022 923', []],
    // Arabic "his number", the Urdu spelling of iqama
    ['عميل من البحرين رقمه 36621487', ['phone']],
    ['اقامہ نمبر 2477718346', ['nationalId']],
    // a card network's lengths: 13 digits are a Visa or nothing
    ['4222222222222', ['card']],
    ['3520212345671', []],
    ['6011 0009 9013 9424', ['card']],
    ['PayPak 2205 2538 8853 9339', ['card']],
    // "card" outranks a reference word further back
    ['failed txn on card 4111 1111 1111 1111', ['card']],
    ['ID card no 3520212345671', ['nationalId']],
    // the groups after a code of letters and digits are the rest of the code
    ['ups tracking 1Z 999 AA1 01 2345 6784', []],
    // an address said aloud, dots spelled out; a website is not an address
    ['email farah dot naz92 at yahoo dot com', ['email']],
    ['reach us at ourshop.com', []],
    ['meet at 5.30 pm', []],
    // review of session 5: what the first version of these rules got wrong
    ['Customer number 0300 1234567', ['phone']],
    ['customer new number 0333-1234567 please update', ['phone']],
    ['client number +92 300 1234567', ['phone']],
    ['کسٹمر نمبر 03001234567', ['phone']],
    ['cust number 12345678', []],
    ['account ka number 30012345', []],
    ['Complaint 45321 (0300 1234567) callback', ['phone']],
    ['Order 4839201 0300 1234567 wants a call', ['phone']],
    ['Ticket 12345 0321-1234567', ['phone']],
    ['Dated 12.03.2024 0300 1234567', ['phone']],
    ['Flat B2 0300 1234567', ['phone']],
    ['Refund request customer ne bola ki 03001234567 pe rabta karein', ['phone']],
    ['customer phone +91 90012 34567', ['phone']],
    ['call on +91 80881 23456', ['phone']],
    ['emailed complaints @ jsbl.com', []],
    ['complaints at bank dot com', []],
    ['PTCL connection no 042 35761234', ['phone']],
    ['المريضة من عمان، جوالها 99412036', ['phone']], // Arabic possessive suffix: "her mobile"
    ['رقم هويتي 1087654321', ['nationalId']], // "my identity", ة written ت before the suffix
    ['send the invoice to customs@swiftpak.ae', []],
    // an Arabic owner follows what it owns: the word before it decides
    ['تم التحقق من هوية العميل رقم 1087654321', ['nationalId']],
    ['جوال الزبون 55123456', ['phone']],
    ['طلب العميل رقم 55123456', []],
    ['can be reached on 3654 2219', ['phone']],
    ['visit the branch, branch tel 04 339 8890', []],
    ['our whatsapp 0501234567 for updates', []],
    ['his tel 04 339 8890', ['phone']],
    // Urdu writes "ID" and "WhatsApp" as two words
    ['پی ٹی سی ایل اکاؤنٹ آئی ڈی 021098765', []],
    ['کسٹمر کا واٹس ایپ 0300 1234567', ['phone']],
    ['ہمارے آفیشل واٹس ایپ 0311-1786000 پر بھیجیں', []],
    ['call reception 04 344 0021 to reschedule', []],
    // a sentence's end is no spaced dot of an address; 9 digits after any "ID" are no SSN
    ['USD 500 -> PKR 139,250 @ 278.50. receiver visited branch', []],
    ['2 nights @ AED 480. guest checked in', []],
    ['ride ID 882019374 refunded', []],
    ['ssn 536228741', ['nationalId']],
    // Arabic prepositions are passed over like "on" and "to"
    ['طلب المندوب يتصل عليه على 9218 4470', ['phone']],
    ['العميل طلب تعديل رقم المستلم الى 99551834', ['phone']],
    ['رقم العميل 100234567', []],
    ['gave cust courier hub line 04 331 8220', []],
    ['PTCL line 042 35761234 dead since Monday', ['phone']],
    ['رقم السجل المدني للمتقدم ١٠٨٧٦٥٤٣٢١', ['nationalId']],
    ['Refund to card 4242424242424242 requested', ['card']],
  ] as const)('%s', (note, kinds) => {
    expect(detectSensitive(note)).toEqual(kinds);
  });

  it('many "@" and "(at)" that are not addresses are passed over, and an address after them is found', () => {
    // many "@ " and "(at)" candidates, none of them an address: each is rejected after a bounded look
    expect(detectSensitive('x @ '.repeat(2_500))).toEqual([]);
    expect(detectSensitive('a(at)b '.repeat(1_400))).toEqual([]);
    expect(detectSensitive(`${'a(at)b '.repeat(1_000)}a(at)b(dot)com`)).toEqual(['email']);
  });
});

describe('the customer\'s own e-mail address, whatever comes before it', () => {
  it('is reported once, as customerContact, after letters whose lower case is longer (İ) or that take two code units (emoji)', () => {
    const detect = createSensitiveDetector({ identifiers: ['ali.khan@gmail.com'] });
    expect(detect('İstanbul: customer ali.khan@gmail.com asked')).toEqual(['customerContact']);
    expect(detect('😀😀 Ali.Khan@Gmail.com, call back 0300 1234567')).toEqual(['phone', 'customerContact']);
    expect(detect('ali.khan@gmail.com and sara@gmail.com')).toEqual(['email', 'customerContact']);
  });
});
