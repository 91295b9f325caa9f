/**
 * Development checks. Bundlers replace `process.env.NODE_ENV` (so production builds drop the
 * warnings); without a bundler, in a browser there is no `process` and reading it throws: that is
 * not development either. (`typeof process === 'undefined' || …` warned in every production browser build.)
 */
export function isDev(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
