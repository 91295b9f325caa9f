import type { NormalizedWrapUpForm } from './admin-form';
import type { WrapUpEntry } from './schemas';

/** One reason of the form, with its search text precomputed. */
export interface IndexedReason {
  /** Stable key: category and reason. */
  key: string;
  categoryName: string;
  value: string;
  /** Position of its category in the form. */
  categoryIndex: number;
  /** Folded "category › reason" text searched against. */
  haystack: string;
}

/** Case- and accent-insensitive folding (NFKD without combining marks), so "Cafe" finds "Café". */
export function foldSearchText(text: string): string {
  // most labels are ASCII: skip the (costly) Unicode normalisation for them
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A key for one code that no other code shares, whatever characters its labels hold (a JSON array of
 * the two labels: a separator character, NUL included, could appear inside a label and collide).
 */
export const reasonKey = (entry: Pick<WrapUpEntry, 'categoryName' | 'value'>): string => JSON.stringify([entry.categoryName, entry.value]);

/** Flattens the form once, so each keystroke is a single pass of `includes` over folded strings. */
export function createReasonIndex(form: NormalizedWrapUpForm): IndexedReason[] {
  const index: IndexedReason[] = [];
  form.categories.forEach((category, categoryIndex) => {
    const folded = `${foldSearchText(category.name)} › `; // folded once per category
    for (const value of category.reasons) {
      index.push({
        key: reasonKey({ categoryName: category.name, value }),
        categoryName: category.name,
        value,
        categoryIndex,
        haystack: folded + foldSearchText(value),
      });
    }
  });
  return index;
}

/**
 * Reasons whose reason or "Category › Reason" text contains every word of the query, in form
 * order. An empty query returns the whole index.
 */
export function searchReasons(index: readonly IndexedReason[], query: string): readonly IndexedReason[] {
  const words = foldSearchText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return index;
  if (words.length === 1) {
    const word = words[0]!;
    return index.filter((r) => r.haystack.includes(word));
  }
  return index.filter((r) => words.every((w) => r.haystack.includes(w)));
}
