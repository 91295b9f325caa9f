/**
 * The CX 4.10.3+ Unified Admin paging and search endpoints, as pure functions over a ≤ 4.9 form
 * (no Node imports: a browser story can serve them from a mocked `fetch`). Response bodies follow
 * core's `categoryPageSchema`, `optionPageSchema` and `wrapUpSearchPageSchema`.
 */
import type { CategoryPage, OptionPage, PageMetadata, WrapUpSearchPage } from '../core';
import type { UnifiedAdminFormV1 } from './forms';

/** Largest `limit` the simulator serves in one page. */
export const MAX_PAGE_LIMIT = 500;

/** A request the endpoint refuses: `status` is the HTTP status, `message` says what to send. */
export interface UnifiedAdminError {
  status: 400 | 404;
  message: string;
}

/** Query parameters as strings (from a URL), all optional. */
export type QueryParams = Record<string, string | undefined>;

function wholeNumber(params: QueryParams, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number | UnifiedAdminError {
  const raw = params[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    return { status: 400, message: `${name} is "${raw}": expected a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}.` };
  }
  return value;
}

/** True for the refusal `paginatedForm` / `wrapUpSearch` return instead of a page. */
export function isUnifiedAdminError(value: unknown): value is UnifiedAdminError {
  return typeof value === 'object' && value !== null && 'status' in value && 'message' in value && !('data' in value);
}
const isError = isUnifiedAdminError;

function paging(params: QueryParams): { page: number; limit: number } | UnifiedAdminError {
  const page = wholeNumber(params, 'page', 1, 1);
  if (isError(page)) return page;
  const limit = wholeNumber(params, 'limit', 20, 1, MAX_PAGE_LIMIT);
  if (isError(limit)) return limit;
  return { page, limit };
}

function slice<T>(rows: T[], page: number, limit: number): { data: T[]; metadata: PageMetadata } {
  const total = rows.length;
  const totalPages = Math.ceil(total / limit);
  return {
    data: rows.slice((page - 1) * limit, page * limit),
    metadata: { total, currentPage: page, totalPages, hasMore: page < totalPages },
  };
}

function categoriesOf(form: UnifiedAdminFormV1, params: QueryParams) {
  const section = wholeNumber(params, 'sectionIndex', 0, 0, 0);
  if (isError(section)) return { status: 400 as const, message: `${section.message} The wrap-up form has one section.` };
  const attributeIndex = wholeNumber(params, 'attributeIndex', 0, 0, form.attributes.length - 1);
  if (isError(attributeIndex)) return attributeIndex;
  return { attributeIndex, categories: form.attributes[attributeIndex]!.categoryOptions.categories };
}

/**
 * `GET {UA}/forms/paginatedForm/{formId}?level=categories|options&categoryIndex=&page=&limit=`.
 * `categories` rows are `{ label, totalValues }`; `options` rows (of `categoryIndex`) are `{ label, value: null }`.
 */
export function paginatedForm(form: UnifiedAdminFormV1, params: QueryParams): CategoryPage | OptionPage | UnifiedAdminError {
  const pages = paging(params);
  if (isError(pages)) return pages;
  const found = categoriesOf(form, params);
  if (isError(found)) return found;
  const level = params.level ?? 'categories';
  if (level === 'categories') {
    return slice(
      found.categories.map((c) => ({ label: c.categoryName, totalValues: c.values.length })),
      pages.page,
      pages.limit,
    );
  }
  if (level === 'options') {
    if (params.categoryIndex === undefined || params.categoryIndex === '') {
      return { status: 400, message: 'level=options needs categoryIndex (the row index from level=categories).' };
    }
    const index = wholeNumber(params, 'categoryIndex', 0, 0, Math.max(0, found.categories.length - 1));
    if (isError(index)) return index;
    const category = found.categories[index];
    if (!category) return { status: 404, message: `categoryIndex ${index}: the form has no categories.` };
    return slice(
      category.values.map((label) => ({ label, value: null })),
      pages.page,
      pages.limit,
    );
  }
  return { status: 400, message: `level is "${level}": the simulator serves level=categories or level=options.` };
}

/**
 * `GET {UA}/wrapupSearch/{formId}?q=&page=&limit=`: case-insensitive substring match on the reason
 * label or its category name (an empty `q` matches every reason), in form order. Each hit is
 * `{ categoryName, label, value: null, _indices: { sectionIndex, attributeIndex, categoryIndex, optionIndex } }`.
 */
export function wrapUpSearch(form: UnifiedAdminFormV1, params: QueryParams): WrapUpSearchPage | UnifiedAdminError {
  const pages = paging(params);
  if (isError(pages)) return pages;
  const found = categoriesOf(form, params);
  if (isError(found)) return found;
  const q = (params.q ?? '').trim().toLowerCase();
  const hits: WrapUpSearchPage['data'] = [];
  found.categories.forEach((category, categoryIndex) => {
    const categoryMatches = category.categoryName.toLowerCase().includes(q);
    category.values.forEach((label, optionIndex) => {
      if (categoryMatches || label.toLowerCase().includes(q)) {
        hits.push({
          categoryName: category.categoryName,
          label,
          value: null,
          _indices: { sectionIndex: 0, attributeIndex: found.attributeIndex, categoryIndex, optionIndex },
        });
      }
    });
  });
  return slice(hits, pages.page, pages.limit);
}
