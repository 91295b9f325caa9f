import { describe, expect, it } from 'vitest';
import { WrapUpError } from '../src/core';
import { createReasonSuggester, DEFAULT_MAX_MODEL_BYTES, MODEL_FORMAT, MODEL_VERSION, type SuggesterModel, type TranscriptMessage } from '../src/core/suggest';
import { contactCentreLexicon } from '../src/core/suggest/lexicon';
import { largeWrapUpForm, realisticWrapUpForm } from '../src/simulator/forms';
import { catchError } from './helpers';

const form = realisticWrapUpForm();
const chat = (customer: string, agent = 'Let me check that for you.'): TranscriptMessage[] => [
  { from: 'customer', text: customer },
  { from: 'agent', text: agent },
];
const bytes = (model: unknown) => new TextEncoder().encode(JSON.stringify(model)).length;
const top = (s: ReturnType<ReturnType<typeof createReasonSuggester>['suggest']>) => s[0] && `${s[0].categoryName} › ${s[0].value}`;

/** Words no label and no lexicon entry has: only learning can tie them to a reason. */
const jargon = [
  chat('the blue widget on the dashboard is flashing again', 'I cleared the flashing widget.'),
  chat('my dashboard widget keeps flashing blue', 'Widget reset done.'),
  chat('flashing blue widget, same as last week', 'OK, widget cleared.'),
];

describe('learn', () => {
  it('ties words no label has to the reason the agent chose', () => {
    const s = createReasonSuggester(form);
    expect(top(s.suggest('blue widget flashing'))).toBeUndefined();
    for (let i = 0; i < 20; i++) {
      for (const c of jargon) s.learn(c, [{ categoryName: 'Technical support', value: 'Device configured' }]);
      s.learn(chat('I want my money back for the order'), [{ categoryName: 'Billing', value: 'Refund issued' }]);
      s.learn(chat('cannot log in, forgot my password'), [{ categoryName: 'Technical support', value: 'Password reset' }]);
    }
    const [first] = s.suggest('blue widget flashing');
    expect(`${first!.categoryName} › ${first!.value}`).toBe('Technical support › Device configured');
    expect(first!.because).toEqual(expect.arrayContaining(['blue', 'widget', 'flashing']));
  });

  it('a young model does not override the labels (its weight grows with the learns it has seen)', () => {
    const s = createReasonSuggester(form);
    s.learn(chat('I want a refund'), [{ categoryName: 'Sales', value: 'Not interested' }]);
    expect(top(s.suggest('I want a refund please'))).toBe('Billing › Refund issued');
  });

  it('learns reasons the form does not have (kept for a later form), and ignores them in suggestions', () => {
    const s = createReasonSuggester(form);
    s.learn(chat('flashing widget'), [{ categoryName: 'Old', value: 'Retired reason' }]);
    expect(s.export().reasons.map((r) => r.v)).toEqual(['Retired reason']);
    expect(s.suggest('flashing widget').map((x) => x.value)).not.toContain('Retired reason');
  });

  it('bad chosen reasons or transcripts: WrapUpError with a path', () => {
    const s = createReasonSuggester(form);
    const e = catchError(() => s.learn('refund', [{ categoryName: 'Billing' }] as never));
    expect(e).toBeInstanceOf(WrapUpError);
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.path).toEqual([0, 'value']);
    expect(catchError(() => s.learn(42 as never, []))).toBeInstanceOf(WrapUpError);
  });

  it('learning nothing changes nothing', () => {
    const s = createReasonSuggester(form);
    s.learn('', [{ categoryName: 'Billing', value: 'Refund issued' }]);
    s.learn('refund', []);
    expect(s.export().reasons).toEqual([]);
  });
});

describe('export / import', () => {
  const trained = () => {
    const s = createReasonSuggester(form);
    for (let i = 0; i < 15; i++) {
      for (const c of jargon) s.learn(c, [{ categoryName: 'Technical support', value: 'Device configured' }]);
      s.learn(chat('I want my money back'), [{ categoryName: 'Billing', value: 'Refund issued' }]);
    }
    s.learn(chat('paisay wapis kar do'), [{ categoryName: 'Billing', value: 'Refund issued' }, { categoryName: 'Account', value: 'Identity verified' }]);
    return s;
  };

  it('round trip: the same model, the same suggestions, the same size', () => {
    const a = trained();
    const model = a.export();
    expect(model.format).toBe(MODEL_FORMAT);
    expect(model.version).toBe(MODEL_VERSION);
    const b = createReasonSuggester(form);
    b.import(model);
    expect(b.export()).toEqual(model);
    expect(b.size).toBe(a.size);
    for (const text of ['blue widget flashing', 'paisay wapis', 'refund']) expect(b.suggest(text)).toEqual(a.suggest(text));
  });

  it('round trip through JSON text, and as a starting model', () => {
    const a = trained();
    const json = JSON.stringify(a.export());
    const b = createReasonSuggester(form);
    b.import(json);
    expect(b.export()).toEqual(a.export());
    const c = createReasonSuggester(form, { model: JSON.parse(json) as unknown });
    expect(c.suggest('blue widget flashing')).toEqual(a.suggest('blue widget flashing'));
  });

  it('import replaces what was learned', () => {
    const a = trained();
    a.import({ format: MODEL_FORMAT, version: MODEL_VERSION, clock: 0, reasons: [] });
    expect(a.export().reasons).toEqual([]);
    expect(top(a.suggest('blue widget flashing'))).toBeUndefined();
  });

  it('size is the UTF-8 bytes of JSON.stringify(export())', () => {
    const a = trained();
    expect(a.size).toBe(bytes(a.export()));
    const empty = createReasonSuggester(form);
    expect(empty.size).toBe(bytes(empty.export()));
  });

  it('learning continues after an import', () => {
    const a = trained();
    const b = createReasonSuggester(form, { model: a.export() });
    b.learn(chat('my router needs setting up'), [{ categoryName: 'Technical support', value: 'Device configured' }]);
    expect(b.export().clock).toBe(a.export().clock + 1);
  });

  it.each<[string, unknown, Array<string | number>]>([
    ['null', null, []],
    ['a number', 42, []],
    ['the wrong format', { format: 'other', version: 1, clock: 0, reasons: [] }, ['format']],
    ['a newer version', { format: MODEL_FORMAT, version: 2, clock: 0, reasons: [] }, ['version']],
    ['a negative clock', { format: MODEL_FORMAT, version: 1, clock: -1, reasons: [] }, ['clock']],
    ['reasons not an array', { format: MODEL_FORMAT, version: 1, clock: 0, reasons: {} }, ['reasons']],
    ['a count that is not a number', { format: MODEL_FORMAT, version: 1, clock: 1, reasons: [{ c: 'A', v: 'B', n: 1, t: 1, w: { refund: 'x' } }] }, ['reasons', 0, 'w', 'refund']],
    ['an infinite count', { format: MODEL_FORMAT, version: 1, clock: 1, reasons: [{ c: 'A', v: 'B', n: 1, t: 1, w: { refund: Infinity } }] }, ['reasons', 0, 'w', 'refund']],
    ['a missing label', { format: MODEL_FORMAT, version: 1, clock: 1, reasons: [{ c: 'A', n: 1, t: 1, w: {} }] }, ['reasons', 0, 'v']],
  ])('import of %s throws WrapUpError (INVALID_OPTIONS) with a path, never a TypeError', (_, model, path) => {
    const s = createReasonSuggester(form);
    const e = catchError(() => s.import(model));
    expect(e).toBeInstanceOf(WrapUpError);
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.path).toEqual(path);
    expect(e.message).toMatch(/^model/);
  });

  it('import of text that is not JSON, or of a value whose getters throw', () => {
    const s = createReasonSuggester(form);
    expect(catchError(() => s.import('{not json')).code).toBe('INVALID_OPTIONS');
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
    expect(catchError(() => s.import(hostile))).toBeInstanceOf(WrapUpError);
  });

  it('a bad import leaves the model as it was', () => {
    const a = trained();
    const before = a.export();
    expect(() => a.import({ format: MODEL_FORMAT, version: 1, clock: 0, reasons: 'x' })).toThrow(WrapUpError);
    expect(a.export()).toEqual(before);
  });
});

describe('the model-size bound', () => {
  it(`stays within maxModelBytes (default ${DEFAULT_MAX_MODEL_BYTES.toLocaleString('en')} bytes), forgetting the rarest terms and oldest reasons first`, () => {
    const big = largeWrapUpForm(2_000);
    const reasons = big.attributes[0]!.categoryOptions.categories.flatMap((c) => c.values.map((value) => ({ categoryName: c.categoryName, value })));
    const s = createReasonSuggester(big, { maxModelBytes: 20_000 });
    let word = 0;
    for (let i = 0; i < 600; i++) {
      const words = Array.from({ length: 12 }, () => `word${(word++).toString(36)}x`).join(' ');
      s.learn(`${words} refund`, [reasons[i % reasons.length]!]);
      expect(s.size).toBeLessThanOrEqual(20_000);
    }
    const model = s.export();
    expect(bytes(model)).toBe(s.size);
    expect(bytes(model)).toBeLessThanOrEqual(20_000);
    // the newest reason is still there, the oldest went first
    const kept = new Set(model.reasons.map((r) => r.v));
    expect(kept.has(reasons[599 % reasons.length]!.value)).toBe(true);
    expect(kept.has(reasons[0]!.value)).toBe(false);
  });

  it('a frequent term outlives a rare one', () => {
    const s = createReasonSuggester(form, { maxModelBytes: 2_000 });
    for (let i = 0; i < 200; i++) s.learn(`widget unique${i}word`, [{ categoryName: 'Technical support', value: 'Device configured' }]);
    const device = s.export().reasons.find((r) => r.v === 'Device configured')!;
    expect(device.w.widget).toBeGreaterThan(10);
    expect(Object.keys(device.w).filter((t) => t.startsWith('uniqu')).length).toBeLessThan(200);
    expect(s.size).toBeLessThanOrEqual(2_000);
  });

  it('an imported model over the bound is cut down to it', () => {
    const reasonsBig: SuggesterModel['reasons'] = Array.from({ length: 300 }, (_, i) => ({ c: 'Billing', v: `Reason ${i}`, n: 1, t: i, w: Object.fromEntries(Array.from({ length: 20 }, (_, j) => [`term${i}_${j}`, 1 + (j % 3)])) }));
    const s = createReasonSuggester(form, { maxModelBytes: 10_000 });
    s.import({ format: MODEL_FORMAT, version: MODEL_VERSION, clock: 300, reasons: reasonsBig });
    expect(s.size).toBeLessThanOrEqual(10_000);
    expect(bytes(s.export())).toBe(s.size);
  });

  it('maxModelBytes below 2,000 is refused', () => {
    expect(catchError(() => createReasonSuggester(form, { maxModelBytes: 100 })).path).toEqual(['maxModelBytes']);
  });
});

describe('the lexicon', () => {
  it('stays bounded: ≤ 15 kB as UTF-8 JSON (about its minified size)', () => {
    expect(bytes(contactCentreLexicon)).toBeLessThanOrEqual(15_000);
  });

  it('every concept has words in all four languages', () => {
    for (const [id, concept] of Object.entries(contactCentreLexicon)) {
      for (const lang of ['en', 'ar', 'ur', 'ro'] as const) expect(concept[lang], `${id}.${lang}`).toMatch(/\S/);
    }
  });
});
