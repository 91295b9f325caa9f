import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReasonIndex, searchReasons } from '../src/core';
import { createReasonSearch } from '../src/react/reason-search';
import { largeWrapUpForm } from '../src/simulator/forms';
import { normalizeWrapUpForm } from '../src/core';

const index = createReasonIndex(normalizeWrapUpForm(largeWrapUpForm(2_000, 12)));
index.push(
  ...createReasonIndex({
    multiple: true,
    categories: [{ name: 'Fácturación', reasons: ['Reembolso émis', 'Ödeme iade', 'REFUND über'] }],
  }),
);

/** What the panel does with a typed query: keystrokes, Backspaces, pastes and clears, in any order. */
const edits = fc.array(
  fc.oneof(
    fc.constantFrom('r', 'e', 'f', 'u', 'n', 'd', 'a', 'c', 'l', ' ', 'é', 'Ö', '0', '1', '›').map((ch) => (q: string) => q + ch),
    fc.constant((q: string) => q.slice(0, -1)),
    fc.constantFrom('refund', 'esc', 'billing ref', 'cafe', 'ü').map((w) => (q: string) => q + w),
    fc.constant(() => ''),
  ),
  { maxLength: 40 },
);

describe('the panel search (narrows as the query grows, remembers the way back)', () => {
  it('finds exactly what core searchReasons finds, in form order, for any sequence of edits', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        const search = createReasonSearch(index);
        let query = '';
        for (const step of steps) {
          query = step(query);
          expect(search(query).map((r) => r.key)).toEqual(searchReasons(index, query).map((r) => r.key));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the same results on Backspace without searching again, and the whole list for an empty query', () => {
    const search = createReasonSearch(index);
    const re = search('re');
    search('ref');
    expect(search('re')).toBe(re);
    expect(search('')).toBe(index);
  });
});
