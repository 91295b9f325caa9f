import * as z from 'zod/mini';
import { checked, setJitless } from './zod';
import { fromZodError, WrapUpError } from './errors';
import { labelProblem, MAX_LABEL_LENGTH } from './schemas';

setJitless(); // before any schema is built: no eval probe under a strict CSP

/** The built-in Wrap-Up form's id, hard-coded in the AgentDesk and Unified Admin's `WRAPUP_FORM_ID`. VERIFIED [S2, S8]. */
export const WRAPUP_FORM_ID = '62d07f4f0980a50a91210bef';

const label = /* @__PURE__ */ (() => z.string())();

/** ≤ CX 4.9 `categoryOptions`, what the 2024 AgentDesk reads from `attributes[0]`. VERIFIED [S2, S6, S4]. */
export const categoryOptionsSchema = /* @__PURE__ */ (() => z.looseObject({
  isMultipleChoice: z.boolean(),
  categories: z.array(z.looseObject({ categoryName: label, values: z.array(label) })),
}))();

/** CX 4.10+ "form builder revamp" `attributeOptions`. VERIFIED [S6 Form-Builder, S9]. */
export const attributeOptionsSchema = /* @__PURE__ */ (() => z.looseObject({
  enableCategory: z.optional(z.boolean()),
  isMultipleChoice: z.optional(z.boolean()),
  attributeData: z.array(
    z.looseObject({
      label: z.optional(label),
      values: z.array(z.looseObject({ label, value: z.optional(z.unknown()) })),
    }),
  ),
}))();

const attributeBase = {
  _id: z.optional(z.string()),
  key: z.optional(z.string()),
  label: z.optional(z.string()),
  attributeType: z.optional(z.string()),
  valueType: z.optional(z.string()),
  isRequired: z.optional(z.boolean()),
  helpText: z.optional(z.string()),
};

/** The ≤ 4.9 wrap-up form: `GET {UNIFIED_ADMIN_URL}/forms/{formId}`. */
export const wrapUpFormV1Schema = /* @__PURE__ */ (() => z.looseObject({
  id: z.optional(z.string()),
  formTitle: z.optional(z.string()),
  formDescription: z.optional(z.string()),
  attributes: checked(z.array(z.looseObject({ ...attributeBase, categoryOptions: categoryOptionsSchema })), z.minLength(1)),
}))();

/** The 4.10+ wrap-up form, with `attributeOptions`. */
export const wrapUpFormV2Schema = /* @__PURE__ */ (() => z.looseObject({
  id: z.optional(z.string()),
  _id: z.optional(z.string()),
  formTitle: z.optional(z.string()),
  attributes: checked(z.array(z.looseObject({ ...attributeBase, attributeOptions: attributeOptionsSchema })), z.minLength(1)),
}))();

/**
 * What the panel works with, whichever form shape the Unified Admin returned.
 * Schemas the package itself never parses with are built in a `@__PURE__` call, so an app that
 * does not import them drops them (a bare `z.object(…)` call is kept: bundlers cannot see zod has no side effects).
 */
export const normalizedWrapUpFormSchema = /* @__PURE__ */ (() =>
  z.object({
    multiple: z.boolean(),
    categories: z.array(z.object({ name: z.string(), reasons: z.array(z.string()) })),
    formId: z.optional(z.string()),
    title: z.optional(z.string()),
    dropped: z.optional(z.array(z.object({ category: z.string(), reason: z.optional(z.string()), problem: z.enum(['empty', 'too long']) }))),
  }))();

// named interfaces, so compiler errors print the name instead of the whole zod type
/* eslint-disable @typescript-eslint/no-empty-object-type */
export interface WrapUpFormV1 extends z.infer<typeof wrapUpFormV1Schema> {}
export interface WrapUpFormV2 extends z.infer<typeof wrapUpFormV2Schema> {}
/** `{ multiple, categories: [{ name, reasons }], formId?, title?, dropped? }`, whichever shape the Unified Admin returned. */
export interface NormalizedWrapUpForm extends z.infer<typeof normalizedWrapUpFormSchema> {}
type CategoryRow = z.infer<typeof normalizedWrapUpFormSchema>['categories'][number];
type DroppedRow = NonNullable<z.infer<typeof normalizedWrapUpFormSchema>['dropped']>[number];
/** One category of a normalised form: `{ name, reasons }`. */
export interface WrapUpCategory extends CategoryRow {}
/** A category or reason left out of a form because its label could never be sent (see `labelProblem`). */
export interface DroppedLabel extends DroppedRow {}
/* eslint-enable @typescript-eslint/no-empty-object-type */

export interface NormalizeWrapUpFormOptions {
  /**
   * Told once per form read, with one message naming every dropped label. Default: `console.warn`
   * outside production (`process.env.NODE_ENV !== 'production'`); pass `() => {}` to silence it.
   */
  warn?: (message: string) => void;
}

const isProduction = () => typeof process !== 'undefined' && process.env.NODE_ENV === 'production';
const defaultWarn = (message: string) => {
  if (!isProduction()) console.warn(message);
};

/** A label cut for a message: its first 40 characters, quoted. */
const quoted = (label: string) => JSON.stringify(label.length > 40 ? `${label.slice(0, 40)}…` : label);

/**
 * Keeps the categories and reasons whose labels can be sent (`labelProblem`: not blank, at most
 * `MAX_LABEL_LENGTH` characters) and lists the others, so a reason the Agent Manager would refuse is never offered.
 */
function sendable(categories: WrapUpCategory[], dropped: DroppedLabel[]): WrapUpCategory[] {
  const out: WrapUpCategory[] = [];
  for (const category of categories) {
    const categoryProblem = labelProblem(category.name);
    if (categoryProblem === 'empty' || categoryProblem === 'too long') {
      dropped.push({ category: category.name, problem: categoryProblem });
      continue;
    }
    const reasons = category.reasons.filter((reason) => {
      const problem = labelProblem(reason);
      if (problem === 'empty' || problem === 'too long') dropped.push({ category: category.name, reason, problem });
      return problem === undefined;
    });
    out.push(reasons.length === category.reasons.length ? category : { name: category.name, reasons });
  }
  return out;
}

function droppedMessage(dropped: DroppedLabel[]): string {
  const named = dropped
    .slice(0, 10)
    .map((d) => (d.reason === undefined ? `category ${quoted(d.category)} (${d.problem})` : `${quoted(d.category)} › ${quoted(d.reason)} (${d.problem})`))
    .join(', ');
  const more = dropped.length > 10 ? ` and ${dropped.length - 10} more` : '';
  return `[agent-desk-wrapup] The wrap-up form has ${dropped.length} label(s) that could never be sent (empty, or over ${MAX_LABEL_LENGTH} characters), left out: ${named}${more}. Fix them in Unified Admin → Forms → Wrap-Up.`;
}

const hint =
  'Pass the JSON of GET {UNIFIED_ADMIN_URL}/forms/' +
  WRAPUP_FORM_ID +
  ': an object (or array of objects) whose attributes[0] has categoryOptions (CX ≤ 4.9) or attributeOptions (4.10+).';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function firstAttribute(form: unknown): Record<string, unknown> | undefined {
  if (!isRecord(form) || !Array.isArray(form.attributes)) return undefined;
  const first: unknown = form.attributes[0];
  return isRecord(first) ? first : undefined;
}

function pickForm(json: unknown): { form: unknown; index?: number } {
  if (!Array.isArray(json)) return { form: json };
  if (json.length === 0) {
    throw new WrapUpError('INVALID_FORM', `form is an empty array: the Unified Admin returned no form. ${hint}`, { path: [] });
  }
  const byId = json.findIndex((f) => isRecord(f) && (f.id === WRAPUP_FORM_ID || f._id === WRAPUP_FORM_ID));
  const withOptions = json.findIndex((f) => {
    const a = firstAttribute(f);
    return !!a && ('categoryOptions' in a || 'attributeOptions' in a);
  });
  const index = byId >= 0 ? byId : withOptions >= 0 ? withOptions : 0;
  return { form: json[index], index };
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Reads the Unified Admin wrap-up form in either shape (≤ 4.9 `categoryOptions`, 4.10+
 * `attributeOptions`; an object or an array of forms) into `{ multiple, categories }`.
 * Like the AgentDesk it reads `attributes[0]`. Duplicate reasons in a category are dropped, and so
 * are labels that could never be sent (blank, or over 500 characters, the rule `normalizeWrapUp`
 * applies at submit): they are listed in `dropped` and named in one warning (`options.warn`).
 */
export function normalizeWrapUpForm(json: unknown, options: NormalizeWrapUpFormOptions = {}): NormalizedWrapUpForm {
  let form: NormalizedWrapUpForm;
  try {
    form = readWrapUpForm(json);
  } catch (error) {
    if (error instanceof WrapUpError) throw error;
    // a getter or Proxy trap of the value threw while it was read
    throw new WrapUpError('INVALID_FORM', `form could not be read (${error instanceof Error ? error.message : 'it threw'}). ${hint}`, { cause: error });
  }
  return withSendableLabels(form, options);
}

/**
 * Leaves out of a normalised form the categories and reasons whose labels could never be sent, lists
 * them in `dropped` and warns once (`options.warn`). `normalizeWrapUpForm` applies it; use it on a
 * form you assembled yourself (the paginated loader does).
 */
export function withSendableLabels(form: NormalizedWrapUpForm, options: NormalizeWrapUpFormOptions = {}): NormalizedWrapUpForm {
  const dropped: DroppedLabel[] = [];
  const categories = sendable(form.categories, dropped);
  if (dropped.length === 0) return form;
  (options?.warn ?? defaultWarn)(droppedMessage(dropped));
  return { ...form, categories, dropped };
}

/** Reads the form without the label check. */
function readWrapUpForm(json: unknown): NormalizedWrapUpForm {
  const { form, index } = pickForm(json);
  const root = index === undefined ? 'form' : `form[${index}]`;
  const attribute = firstAttribute(form);
  const isV2 = !!attribute && 'attributeOptions' in attribute && !('categoryOptions' in attribute);

  if (isV2) {
    const result = wrapUpFormV2Schema.safeParse(form);
    if (!result.success) throw fromZodError('INVALID_FORM', root, result.error, form, hint);
    const f = result.data;
    const attr = f.attributes[0]!;
    const options = attr.attributeOptions;
    const multiple = options.isMultipleChoice ?? attr.valueType === 'checkbox';
    // protocol.md Q3: with categories disabled the name is undocumented; we use the bucket's label, else the attribute's.
    const categories = options.attributeData.map((bucket) => ({
      name: (options.enableCategory === false ? bucket.label || attr.label : bucket.label) || attr.label || 'Wrap-up',
      reasons: dedupe(bucket.values.map((v) => v.label)),
    }));
    return { multiple, categories, formId: f.id ?? f._id, title: f.formTitle };
  }

  const result = wrapUpFormV1Schema.safeParse(form);
  if (!result.success) throw fromZodError('INVALID_FORM', root, result.error, form, hint);
  const f = result.data;
  const options = f.attributes[0]!.categoryOptions;
  return {
    multiple: options.isMultipleChoice,
    categories: options.categories.map((c) => ({ name: c.categoryName, reasons: dedupe(c.values) })),
    formId: f.id,
    title: f.formTitle,
  };
}

// ------------------------------------------------------------------ 4.10.3+ paginated and search endpoints
// The endpoints are VERIFIED [S6 Form-Builder, release notes]; the exact response bodies are not
// published, so these shapes are INFERRED (from the documented metadata and hit fields) and loose.

/** `metadata` of `GET {UA}/forms/paginatedForm/{formId}` and `GET {UA}/wrapupSearch/{formId}`. */
export const pageMetadataSchema = /* @__PURE__ */ (() => z.looseObject({
  total: checked(z.number(), z.int(), z.nonnegative()),
  currentPage: checked(z.number(), z.int(), z.positive()),
  totalPages: checked(z.number(), z.int(), z.nonnegative()),
  hasMore: z.boolean(),
}))();

/** `?level=categories`: one row per category. */
export const categoryPageSchema = /* @__PURE__ */ (() => z.looseObject({
  data: z.array(z.looseObject({ label: z.string(), totalValues: z.optional(checked(z.number(), z.int(), z.nonnegative())) })),
  metadata: pageMetadataSchema,
}))();

/** `?level=options&categoryIndex=i`: the reasons of one category. */
export const optionPageSchema = /* @__PURE__ */ (() => z.looseObject({
  data: z.array(z.looseObject({ label: z.string(), value: z.optional(z.unknown()) })),
  metadata: pageMetadataSchema,
}))();

/** One `/wrapupSearch` hit: `{ categoryName, label, value, _indices }`. VERIFIED field names [S6]. */
export const wrapUpSearchHitSchema = /* @__PURE__ */ (() =>
  z.looseObject({
    categoryName: z.string(),
    label: z.string(),
    value: z.optional(z.unknown()),
    _indices: z.optional(
      z.looseObject({
        sectionIndex: z.optional(z.number()),
        attributeIndex: z.optional(z.number()),
        categoryIndex: z.optional(z.number()),
        optionIndex: z.optional(z.number()),
      }),
    ),
  }))();
export const wrapUpSearchPageSchema = /* @__PURE__ */ (() => z.looseObject({ data: z.array(wrapUpSearchHitSchema), metadata: pageMetadataSchema }))();

/* eslint-disable @typescript-eslint/no-empty-object-type */
export interface PageMetadata extends z.infer<typeof pageMetadataSchema> {}
export interface CategoryPage extends z.infer<typeof categoryPageSchema> {}
export interface OptionPage extends z.infer<typeof optionPageSchema> {}
export interface WrapUpSearchHit extends z.infer<typeof wrapUpSearchHitSchema> {}
export interface WrapUpSearchPage extends z.infer<typeof wrapUpSearchPageSchema> {}
/* eslint-enable @typescript-eslint/no-empty-object-type */
