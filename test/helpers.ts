import type { WrapUpError } from '../src/core';

/** Runs `fn` and returns what it threw; fails the test when nothing was thrown. */
export function catchError(fn: () => unknown): WrapUpError {
  try {
    fn();
  } catch (error) {
    return error as WrapUpError;
  }
  throw new Error('expected a WrapUpError, but nothing was thrown');
}
