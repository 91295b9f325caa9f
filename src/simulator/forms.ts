/**
 * Unified Admin wrap-up forms for the simulator, stories and tests. Pure data: no Node
 * imports, so browser code (Storybook, the demo) may import this file directly.
 *
 * Two shapes (protocol.md §a): the ≤ CX 4.9 form with `attributes[0].categoryOptions`, which
 * the 2024 AgentDesk reads, and the 4.10+ "form builder revamp" form with `attributeOptions`.
 */
import { WRAPUP_FORM_ID, wrapUpFormV1Schema, wrapUpFormV2Schema } from '../core';
import { fromZodError } from '../core/errors';

/** One category of the ≤ 4.9 form: its name and its reasons (option labels). */
export interface FormCategoryV1 {
  categoryName: string;
  values: string[];
}

/** The ≤ CX 4.9 wrap-up form, as `GET {UNIFIED_ADMIN_URL}/forms/{formId}` returns it. */
export interface UnifiedAdminFormV1 {
  id: string;
  formTitle: string;
  formDescription?: string;
  attributes: Array<{
    key: string;
    label: string;
    helpText?: string;
    attributeType: string;
    valueType: string;
    isRequired?: boolean;
    categoryOptions: { isMultipleChoice: boolean; categories: FormCategoryV1[] };
  }>;
}

/** One option (reason) of the 4.10+ form. */
export interface FormOptionV2 {
  label: string;
  value: null;
  optionStyle: unknown;
  optionWeightage: number | null;
}

/** The CX 4.10+ wrap-up form, with `attributeOptions`. */
export interface UnifiedAdminFormV2 {
  id: string;
  _id: string;
  formTitle: string;
  formDescription?: string;
  attributes: Array<{
    _id: string;
    key: string;
    label: string;
    helpText?: string;
    attributeType: 'OPTIONS';
    valueType: 'checkbox' | 'mcq' | 'dropdown';
    isRequired: boolean;
    attributeOptions: {
      enableCategory: boolean;
      isMultipleChoice: boolean;
      attributeData: Array<{ label: string; values: FormOptionV2[] }>;
    };
  }>;
}

/** Six contact-centre categories with the reasons agents pick most often. */
export const realisticCategories: readonly FormCategoryV1[] = [
  {
    categoryName: 'Billing',
    values: [
      'Refund issued',
      'Invoice explained',
      'Payment plan agreed',
      'Duplicate charge reversed',
      'Late fee waived',
      'Billing address updated',
    ],
  },
  {
    categoryName: 'Technical support',
    values: [
      'Password reset',
      'Connectivity issue resolved',
      'App reinstalled',
      'Known outage explained',
      'Device configured',
      'Bug report filed',
      'Escalated to L2',
    ],
  },
  {
    categoryName: 'Sales',
    values: ['Upgrade sold', 'Quote sent', 'Product information given', 'Callback scheduled', 'Not interested'],
  },
  {
    categoryName: 'Account',
    values: ['Identity verified', 'Contact details updated', 'Address changed', 'Account reactivated', 'Account closed'],
  },
  {
    categoryName: 'Complaint',
    values: ['Complaint logged', 'Goodwill credit given', 'Escalated to supervisor', 'Resolved on first contact'],
  },
  {
    categoryName: 'General',
    values: [
      'Information provided',
      'Transferred to another department',
      'Follow-up required',
      'Customer disconnected',
      'No response from customer',
      'Spam or test chat',
    ],
  },
];

function formV1(categories: FormCategoryV1[], multiple = true): UnifiedAdminFormV1 {
  return {
    id: WRAPUP_FORM_ID,
    formTitle: 'Wrap-Up',
    formDescription: 'Wrap-up codes agents choose at the end of a conversation',
    attributes: [
      {
        key: 'wrapUp',
        label: 'Wrap-up codes',
        helpText: 'Choose up to five',
        attributeType: 'OPTIONS',
        valueType: 'StringList',
        isRequired: false,
        categoryOptions: { isMultipleChoice: multiple, categories },
      },
    ],
  };
}

/**
 * The built-in Wrap-Up form (≤ 4.9 shape, id `WRAPUP_FORM_ID`, multiple choice) with six
 * realistic categories of 4–7 reasons each. A fresh object on every call.
 */
export function realisticWrapUpForm(): UnifiedAdminFormV1 {
  return formV1(realisticCategories.map((c) => ({ categoryName: c.categoryName, values: [...c.values] })));
}

/**
 * A deterministic ≤ 4.9 form with `reasonCount` reasons spread evenly over `categoryCount`
 * categories (default: one per 100 reasons, at most 100). Every label is unique, e.g.
 * category "Billing 2" holding "Refund issued 00007". For virtualisation and search tests.
 */
export function largeWrapUpForm(reasonCount: number, categoryCount?: number): UnifiedAdminFormV1 {
  if (!Number.isInteger(reasonCount) || reasonCount < 0) {
    throw new RangeError(`largeWrapUpForm: reasonCount must be a whole number ≥ 0; got ${String(reasonCount)}.`);
  }
  const count = categoryCount ?? Math.max(1, Math.min(100, Math.ceil(reasonCount / 100)));
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`largeWrapUpForm: categoryCount must be a whole number ≥ 1; got ${String(categoryCount)}.`);
  }
  const width = Math.max(5, String(reasonCount).length);
  const categories: FormCategoryV1[] = [];
  let n = 0;
  for (let i = 0; i < count; i++) {
    const base = realisticCategories[i % realisticCategories.length]!;
    const round = Math.floor(i / realisticCategories.length);
    const size = Math.floor(reasonCount / count) + (i < reasonCount % count ? 1 : 0);
    const values: string[] = [];
    for (let j = 0; j < size; j++) {
      n += 1;
      values.push(`${base.values[j % base.values.length]!} ${String(n).padStart(width, '0')}`);
    }
    categories.push({ categoryName: round === 0 ? base.categoryName : `${base.categoryName} ${round + 1}`, values });
  }
  return formV1(categories);
}

const option = (label: string): FormOptionV2 => ({ label, value: null, optionStyle: null, optionWeightage: null });

/**
 * Converts a ≤ 4.9 form into the 4.10+ shape: each category becomes an `attributeData` bucket
 * (`label` = category name) and each reason an option (`label` = reason, `value: null`).
 * Throws `WrapUpError('INVALID_FORM')` naming the bad field when the input is not a ≤ 4.9 form.
 */
export function toFormV2(form: unknown): UnifiedAdminFormV2 {
  const result = wrapUpFormV1Schema.safeParse(form);
  if (!result.success) {
    throw fromZodError('INVALID_FORM', 'form', result.error, form, 'toFormV2 takes a ≤ 4.9 form with attributes[].categoryOptions.');
  }
  const f = result.data;
  const id = f.id ?? WRAPUP_FORM_ID;
  return {
    id,
    _id: id,
    formTitle: f.formTitle ?? 'Wrap-Up',
    ...(f.formDescription === undefined ? {} : { formDescription: f.formDescription }),
    attributes: f.attributes.map((a, i) => {
      const multiple = a.categoryOptions.isMultipleChoice;
      return {
        _id: a._id ?? `${id}-attr-${i}`,
        key: a.key ?? `attribute${i}`,
        label: a.label ?? 'Wrap-up codes',
        ...(a.helpText === undefined ? {} : { helpText: a.helpText }),
        attributeType: 'OPTIONS' as const,
        valueType: multiple ? ('checkbox' as const) : ('mcq' as const),
        isRequired: a.isRequired ?? false,
        attributeOptions: {
          enableCategory: true,
          isMultipleChoice: multiple,
          attributeData: a.categoryOptions.categories.map((c) => ({ label: c.categoryName, values: c.values.map(option) })),
        },
      };
    }),
  };
}

/**
 * Converts a form of either shape into the ≤ 4.9 shape, keeping every reason in its place (no
 * de-duplication), so indexes into it equal indexes into the original. A ≤ 4.9 form is copied.
 * With categories disabled (4.10+ `enableCategory: false`) a bucket is named by its label,
 * else by the attribute's label (protocol.md Q3). Throws `WrapUpError('INVALID_FORM')`.
 */
export function toFormV1(form: unknown): UnifiedAdminFormV1 {
  const first = (form as { attributes?: unknown[] } | null)?.attributes?.[0];
  const isV2 = first !== null && typeof first === 'object' && 'attributeOptions' in first && !('categoryOptions' in first);
  if (!isV2) {
    const result = wrapUpFormV1Schema.safeParse(form);
    if (!result.success) {
      throw fromZodError('INVALID_FORM', 'form', result.error, form, 'Pass a Unified Admin wrap-up form (≤ 4.9 or 4.10+ shape).');
    }
    const f = result.data;
    return {
      ...f,
      id: f.id ?? WRAPUP_FORM_ID,
      formTitle: f.formTitle ?? 'Wrap-Up',
      attributes: f.attributes.map((a, i) => ({
        ...a,
        key: a.key ?? `attribute${i}`,
        label: a.label ?? 'Wrap-up codes',
        attributeType: a.attributeType ?? 'OPTIONS',
        valueType: a.valueType ?? 'StringList',
        categoryOptions: {
          isMultipleChoice: a.categoryOptions.isMultipleChoice,
          categories: a.categoryOptions.categories.map((c) => ({ categoryName: c.categoryName, values: [...c.values] })),
        },
      })),
    };
  }
  const result = wrapUpFormV2Schema.safeParse(form);
  if (!result.success) {
    throw fromZodError('INVALID_FORM', 'form', result.error, form, 'Pass a Unified Admin wrap-up form (≤ 4.9 or 4.10+ shape).');
  }
  const f = result.data;
  return {
    id: f.id ?? f._id ?? WRAPUP_FORM_ID,
    formTitle: f.formTitle ?? 'Wrap-Up',
    attributes: f.attributes.map((a, i) => {
      const options = a.attributeOptions;
      const attrLabel = a.label ?? 'Wrap-up codes';
      return {
        key: a.key ?? `attribute${i}`,
        label: attrLabel,
        ...(a.helpText === undefined ? {} : { helpText: a.helpText }),
        attributeType: 'OPTIONS',
        valueType: 'StringList',
        isRequired: a.isRequired ?? false,
        categoryOptions: {
          isMultipleChoice: options.isMultipleChoice ?? a.valueType === 'checkbox',
          categories: options.attributeData.map((bucket) => ({
            categoryName: bucket.label || attrLabel,
            values: bucket.values.map((v) => v.label),
          })),
        },
      };
    }),
  };
}
