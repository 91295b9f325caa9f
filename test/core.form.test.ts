import { describe, expect, it } from 'vitest';
import { normalizeWrapUpForm, WRAPUP_FORM_ID } from '../src/core';
import { catchError } from './helpers';
import { formV1, formV2 } from './fixtures/forms';

describe('normalizeWrapUpForm', () => {
  const expected = {
    multiple: true,
    categories: [
      { name: 'Billing', reasons: ['Refund issued', 'Invoice explained'] },
      { name: 'Technical', reasons: ['Password reset', 'Escalated to L2'] },
    ],
  };

  it('reads the ≤ 4.9 form (categoryOptions), as an object', () => {
    expect(normalizeWrapUpForm(formV1)).toMatchObject({ ...expected, formId: WRAPUP_FORM_ID, title: 'Wrap-Up' });
  });

  it('reads the ≤ 4.9 form as the array the Get-Form endpoint returns, picking the wrap-up form', () => {
    const other = { id: 'other', formTitle: 'Survey', attributes: [{ key: 'q', label: 'Q', valueType: 'String' }] };
    expect(normalizeWrapUpForm([other, formV1])).toMatchObject(expected);
  });

  it('reads the 4.10+ form (attributeOptions)', () => {
    expect(normalizeWrapUpForm(formV2)).toMatchObject(expected);
  });

  it('single-choice and dedupe', () => {
    const single = structuredClone(formV1);
    single.attributes[0]!.categoryOptions.isMultipleChoice = false;
    single.attributes[0]!.categoryOptions.categories[0]!.values.push('Refund issued');
    const form = normalizeWrapUpForm(single);
    expect(form.multiple).toBe(false);
    expect(form.categories[0]!.reasons).toEqual(['Refund issued', 'Invoice explained']);
  });

  it('4.10+: multiple falls back to the checkbox value type, and a disabled category uses the attribute label', () => {
    const v2 = structuredClone(formV2);
    const options = v2.attributes[0]!.attributeOptions as Record<string, unknown>;
    delete options.isMultipleChoice;
    options.enableCategory = false;
    (options.attributeData as Array<{ label: string }>)[0]!.label = '';
    const form = normalizeWrapUpForm(v2);
    expect(form.multiple).toBe(true);
    expect(form.categories[0]!.name).toBe('Wrap-up codes');
  });

  it('names the bad field of a broken form', () => {
    const broken = structuredClone(formV1) as unknown as { attributes: Array<{ categoryOptions: { categories: Array<{ values: unknown }> } }> };
    broken.attributes[0]!.categoryOptions.categories[1]!.values = 'Password reset';
    const error = catchError(() => normalizeWrapUpForm(broken));
    expect(error).toMatchObject({ code: 'INVALID_FORM', path: ['attributes', 0, 'categoryOptions', 'categories', 1, 'values'] });
    expect(error.message).toMatch(/form\.attributes\[0\]\.categoryOptions\.categories\[1\]\.values is "Password reset"/);
  });

  it.each([[[]], [null], ['<html>'], [{ attributes: [] }]])('refuses %o with INVALID_FORM and what to pass', (json) => {
    const error = catchError(() => normalizeWrapUpForm(json));
    expect(error).toMatchObject({ code: 'INVALID_FORM' });
    expect(error.message).toMatch(/forms\/62d07f4f0980a50a91210bef/);
  });
});
