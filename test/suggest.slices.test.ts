/** The suggester built in slices (issue 15: no main-thread task over 16 ms while the chat runs). */
import { describe, expect, it } from 'vitest';
import { normalizeWrapUpForm } from '../src/core/admin-form';
import { buildReasonSuggester, createReasonSuggester } from '../src/core/suggest';
import { largeWrapUpForm } from '../src/simulator/forms';

const form = normalizeWrapUpForm(largeWrapUpForm(3_000, 12));
const chat = [{ from: 'customer' as const, text: 'I was charged twice on my bill, I want a refund' }];

describe('buildReasonSuggester', () => {
  it('builds the same suggester as createReasonSuggester, in many slices, yielding between them', async () => {
    let slices = 0;
    const sliced = await buildReasonSuggester(form, {}, { sliceMs: 1, schedule: (next) => void setTimeout(() => (slices++, next()), 0) });
    expect(slices).toBeGreaterThan(3);
    expect(sliced.suggest(chat)).toEqual(createReasonSuggester(form).suggest(chat));
  });

  it('stops when aborted, and rejects bad input with a WrapUpError', async () => {
    const signal = { aborted: false };
    let slices = 0;
    const never = buildReasonSuggester(form, {}, { sliceMs: 1, signal, schedule: (next) => void setTimeout(() => (slices++, (signal.aborted = slices > 2), next()), 0) });
    const settled = await Promise.race([never.then(() => 'built'), new Promise((r) => setTimeout(() => r('stopped'), 200))]);
    expect(settled).toBe('stopped');
    await expect(buildReasonSuggester(form, { minScore: 7 })).rejects.toMatchObject({ name: 'WrapUpError', code: 'INVALID_OPTIONS' });
  });
});
