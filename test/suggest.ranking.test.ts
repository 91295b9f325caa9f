import { describe, expect, it } from 'vitest';
import { normalizeWrapUpForm, WrapUpError } from '../src/core';
import { contactCentreLexicon, createReasonSuggester, type ReasonSuggestion, type TranscriptMessage } from '../src/core/suggest';
import { realisticWrapUpForm, toFormV2 } from '../src/simulator/forms';
import { catchError } from './helpers';

const form = {
  multiple: true,
  categories: [
    { name: 'Billing', reasons: ['Refund issued', 'Invoice explained', 'Duplicate charge reversed'] },
    { name: 'Technical support', reasons: ['Password reset', 'Connectivity issue resolved'] },
    { name: 'Account', reasons: ['Account closed', 'Address changed'] },
  ],
};
const first = (s: ReasonSuggestion[]) => s[0] && `${s[0].categoryName} › ${s[0].value}`;

describe('createReasonSuggester: ranking on hand-made cases', () => {
  const suggester = createReasonSuggester(form);

  it.each([
    ['I want a refund for the router I returned', 'Billing › Refund issued'],
    ['I forgot my password and cannot log in', 'Technical support › Password reset'],
    ['my internet keeps disconnecting, no signal', 'Technical support › Connectivity issue resolved'],
    ['please close my account, I am moving abroad', 'Account › Account closed'],
    ['I was charged twice this month', 'Billing › Duplicate charge reversed'],
  ])('English: %s → %s', (text, expected) => {
    expect(first(suggester.suggest(text))).toBe(expected);
  });

  it.each([
    ['أبي أسترجع فلوسي، استرداد المبلغ لو سمحت', 'Billing › Refund issued'],
    ['نسيت كلمة المرور وما أقدر أدخل', 'Technical support › Password reset'],
    ['الانترنت مقطوع من الصبح', 'Technical support › Connectivity issue resolved'],
  ])('Arabic (English labels, through the lexicon): %s → %s', (text, expected) => {
    expect(first(suggester.suggest(text))).toBe(expected);
  });

  it.each([
    ['میرا پاس ورڈ بھول گیا ہے', 'Technical support › Password reset'],
    ['مجھے ریفنڈ چاہیے، پیسے واپس کریں', 'Billing › Refund issued'],
    ['میں نے گھر بدل لیا ہے، نیا پتہ لکھ لیں', 'Account › Address changed'],
  ])('Urdu script: %s → %s', (text, expected) => {
    expect(first(suggester.suggest(text))).toBe(expected);
  });

  it.each([
    ['paisay wapis kar do please, order cancel ho gaya', 'Billing › Refund issued'],
    ['subah se net nahi chal raha', 'Technical support › Connectivity issue resolved'],
    ['password bhool gaya hun login nahi ho raha', 'Technical support › Password reset'],
  ])('Roman Urdu: %s → %s', (text, expected) => {
    expect(first(suggester.suggest(text))).toBe(expected);
  });

  it('forgives a typo in a customer word (one edit from a known word)', () => {
    const s = suggester.suggest('I forgot my pasword');
    expect(first(s)).toBe('Technical support › Password reset');
    expect(s[0]!.because).toContain('pasword');
  });

  it('because: the transcript words as written, not stemmed', () => {
    const [top] = suggester.suggest('The REFUNDED amount never arrived');
    expect(top!.value).toBe('Refund issued');
    expect(top!.because).toContain('REFUNDED');
    const [ar] = suggester.suggest('أبي استرجاع المبلغ');
    expect(ar!.because.join(' ')).toContain('استرجاع');
  });

  it('scores are 0–1, best first, at most limit', () => {
    const s = suggester.suggest('refund my bill, and my password does not work, internet is down too', { limit: 2 });
    expect(s.length).toBeLessThanOrEqual(2);
    for (const x of s) {
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
    expect([...s].sort((a, b) => b.score - a.score)).toEqual(s);
    expect(suggester.suggest('refund', { limit: 0 })).toEqual([]);
  });

  it('an empty, blank or nonsense transcript gives []', () => {
    expect(suggester.suggest('')).toEqual([]);
    expect(suggester.suggest([])).toEqual([]);
    expect(suggester.suggest('   \n ')).toEqual([]);
    expect(suggester.suggest('qwzx plmk vbnrt')).toEqual([]);
    expect(suggester.suggest('ok thanks bye')).toEqual([]);
    expect(suggester.suggest([{ from: 'customer', text: 'hello?' }, { from: 'agent', text: 'Hi, how can I help?' }])).toEqual([]);
  });

  it('the same transcript scores the same every call (comparable across calls)', () => {
    const a = suggester.suggest('refund please');
    expect(suggester.suggest('refund please')).toEqual(a);
  });
});

describe('who said it', () => {
  const suggester = createReasonSuggester(form);

  it("the customer's words outweigh the agent's", () => {
    const chat: TranscriptMessage[] = [
      { from: 'customer', text: 'I forgot my password' },
      { from: 'agent', text: 'Is this about a refund?' },
    ];
    expect(first(suggester.suggest(chat))).toBe('Technical support › Password reset');
    const swapped: TranscriptMessage[] = [
      { from: 'agent', text: 'Did you forget your password?' },
      { from: 'customer', text: 'no, I want a refund' },
    ];
    expect(first(suggester.suggest(swapped))).toBe('Billing › Refund issued');
  });

  it('the same words score lower from the agent than from the customer', () => {
    const fromCustomer = suggester.suggest([{ from: 'customer', text: 'refund' }])[0];
    const fromAgent = suggester.suggest([{ from: 'agent', text: 'refund' }], { limit: 3 })[0];
    expect(fromCustomer!.score).toBeGreaterThan(fromAgent?.score ?? 0);
  });

  it('system lines count for nothing, bot lines for little', () => {
    expect(suggester.suggest([{ from: 'system', text: 'refund refund password' }])).toEqual([]);
    const chat: TranscriptMessage[] = [
      { from: 'bot', text: 'Choose: Billing, Refund, Password, Account' },
      { from: 'customer', text: 'my internet has no signal' },
    ];
    expect(first(suggester.suggest(chat))).toBe('Technical support › Connectivity issue resolved');
  });

  it('a string is read as the customer', () => {
    expect(suggester.suggest('refund')).toEqual(suggester.suggest([{ from: 'customer', text: 'refund' }]));
  });

  it('weights can be changed', () => {
    const agentOnly = createReasonSuggester(form, { weights: { customer: 0, agent: 1 } });
    const chat: TranscriptMessage[] = [
      { from: 'customer', text: 'I forgot my password' },
      { from: 'agent', text: 'I issued your refund' },
    ];
    expect(first(agentOnly.suggest(chat))).toBe('Billing › Refund issued');
  });
});

describe('forms, synonyms, lexicon, options', () => {
  it('takes the Unified Admin JSON in both shapes, and the normalised form', () => {
    const text = 'I want my money back, refund please';
    const a = createReasonSuggester(realisticWrapUpForm()).suggest(text);
    const b = createReasonSuggester(toFormV2(realisticWrapUpForm())).suggest(text);
    const c = createReasonSuggester(normalizeWrapUpForm(realisticWrapUpForm())).suggest(text);
    expect(first(a)).toBe('Billing › Refund issued');
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('synonyms by reason label or by "Category › Reason" make a reason findable', () => {
    const plain = createReasonSuggester(form);
    expect(first(plain.suggest('the zorblax thing again'))).toBeUndefined();
    const byLabel = createReasonSuggester(form, { synonyms: { 'Invoice explained': ['zorblax'] } });
    expect(first(byLabel.suggest('the zorblax thing again'))).toBe('Billing › Invoice explained');
    const byPath = createReasonSuggester(form, { synonyms: { 'Account › Address changed': ['relocation', 'نقل'] } });
    expect(first(byPath.suggest('relocation'))).toBe('Account › Address changed');
    expect(first(byPath.suggest('نقل'))).toBe('Account › Address changed');
  });

  it('the lexicon maps customer words to label words; extendable and can be turned off', () => {
    expect(first(createReasonSuggester(form).suggest('استرجاع'))).toBe('Billing › Refund issued');
    expect(createReasonSuggester(form, { lexicon: false }).suggest('استرجاع')).toEqual([]);
    const extended = createReasonSuggester(form, { lexicon: { refund: { ro: 'rqm wps' } } });
    expect(first(extended.suggest('rqm wps chahiye'))).toBe('Billing › Refund issued');
    expect(Object.keys(contactCentreLexicon)).toEqual(expect.arrayContaining(['refund', 'bill', 'sim', 'internet', 'password', 'delivery', 'roaming', 'balance']));
  });

  it('minScore leaves out what is not confident', () => {
    const strict = createReasonSuggester(form, { minScore: 0.99 });
    expect(strict.suggest('maybe something about the bill')).toEqual([]);
    const all = createReasonSuggester(form, { minScore: 0 });
    expect(all.suggest('maybe something about the bill').length).toBeGreaterThan(0);
  });

  it('bad form, options or transcript: WrapUpError with a path, never a TypeError', () => {
    const formError = catchError(() => createReasonSuggester({ nonsense: true }));
    expect(formError).toBeInstanceOf(WrapUpError);
    expect((formError).code).toBe('INVALID_FORM');
    const badNormalized = catchError(() => createReasonSuggester({ multiple: true, categories: [{ name: 'A', reasons: [1] }] }));
    expect((badNormalized).code).toBe('INVALID_FORM');
    const optionError = catchError(() => createReasonSuggester(form, { synonyms: { 'Refund issued': 'refund' as unknown as string[] } }));
    expect(optionError).toBeInstanceOf(WrapUpError);
    expect((optionError).code).toBe('INVALID_OPTIONS');
    expect((optionError).path).toEqual(['synonyms', 'Refund issued']);
    const s = createReasonSuggester(form);
    const transcriptError = catchError(() => s.suggest([{ from: 'customer', text: 'hi' }, { from: 'robot', text: 'x' }] as unknown as TranscriptMessage[]));
    expect(transcriptError).toBeInstanceOf(WrapUpError);
    expect((transcriptError).path).toEqual([1, 'from']);
    expect(catchError(() => s.suggest(null as unknown as string))).toBeInstanceOf(WrapUpError);
    expect(catchError(() => s.suggest('x', { limit: -1 }))).toBeInstanceOf(WrapUpError);
  });
});

describe('bounds', () => {
  const suggester = createReasonSuggester(form);

  it('reads the last 200 messages, and a long string transcript by its end', () => {
    const old: TranscriptMessage[] = [{ from: 'customer', text: 'I forgot my password' }];
    const filler: TranscriptMessage[] = Array.from({ length: 200 }, () => ({ from: 'agent', text: 'one moment please' }));
    expect(suggester.suggest([...old, ...filler])).toEqual([]);
    const text = `${'lorem ipsum dolor '.repeat(500)} I want a refund`;
    expect(first(suggester.suggest(text))).toBe('Billing › Refund issued');
  });

  // speed itself is measured by the bench (node bench/run.mjs --only suggest); these would not finish before the test's timeout
  it('a very long transcript is answered from its last messages', () => {
    const long: TranscriptMessage[] = Array.from({ length: 10_000 }, (_, i) => ({ from: i % 2 ? 'agent' : 'customer', text: `message ${i} about my bill and a refund `.repeat(20) }));
    expect(first(suggester.suggest(long))).toBe('Billing › Refund issued');
  });

  it('text without spaces (Chinese, Thai, a pasted token) is no typo of any word: one long run is passed over (it took minutes)', () => {
    const run = '我想要退款因为我的账单有问题'.repeat(1_500); // 21,000 characters, one "word"
    expect(suggester.suggest(run)).toEqual([]);
    expect(first(suggester.suggest([{ from: 'customer', text: run }, { from: 'customer', text: 'I want a refund' }]))).toBe('Billing › Refund issued');
    expect(suggester.suggest([{ from: 'customer', text: 'x'.repeat(5_000) }])).toEqual([]);
  });
});
