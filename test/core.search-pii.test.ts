import { describe, expect, it } from 'vitest';
import { createReasonIndex, detectSensitive, normalizeWrapUpForm, searchReasons } from '../src/core';
import { formV1 } from './fixtures/forms';

describe('detectSensitive', () => {
  it.each([
    ['card 4111 1111 1111 1111', ['card']],
    ['card 4111-1111-1111-1112 (not Luhn-valid)', []],
    ['order 1234567890123 shipped', []],
    ['mail jane.doe@example.co.uk', ['email']],
    ['call me on +92 300 1234567', ['phone']],
    ['ref 12345', []],
    ['5500 0000 0000 0004 and a@b.io and 0300-1234567', ['card', 'email', 'phone']],
    ['Customer satisfied', []],
  ])('%s', (note, kinds) => {
    expect(detectSensitive(note)).toEqual(kinds);
  });
});

describe('searchReasons', () => {
  const index = createReasonIndex(normalizeWrapUpForm(formV1));
  const values = (q: string) => searchReasons(index, q).map((r) => r.value);

  it('matches the reason and "Category › Reason", case- and accent-insensitive, every word', () => {
    expect(values('REFUND')).toEqual(['Refund issued']);
    expect(values('technical')).toEqual(['Password reset', 'Escalated to L2']);
    expect(values('billing invoice')).toEqual(['Invoice explained']);
    expect(values('')).toHaveLength(4);
    const accented = createReasonIndex({ multiple: true, categories: [{ name: 'Café', reasons: ['Crème brûlée'] }] });
    expect(searchReasons(accented, 'cafe creme').map((r) => r.value)).toEqual(['Crème brûlée']);
  });
});
