/**
 * zod as the package uses it: jitless. zod compiles a fast parser for each object schema with
 * `new Function`, after probing whether `eval` is allowed; under a strict Content-Security-Policy
 * (no 'unsafe-eval') even the caught probe is reported as a `securitypolicyviolation`. Jitless, no
 * code is generated and nothing is probed. zod's configuration is global (one zod per page): a desk
 * that wants the JIT for its own schemas sets `z.config({ jitless: false })` before importing this
 * package, and that choice is kept.
 *
 * Every module that builds schemas calls `setJitless()` first, at its top. (A call, not a bare
 * statement in this module: the package is marked free of side effects, so a bundler may drop a
 * module whose only export is a re-export, and its statements with it.)
 */
import { z } from 'zod';

export function setJitless(): void {
  if (z.config().jitless === undefined) z.config({ jitless: true });
}

export { z };
