/**
 * zod as the package uses it: `zod/mini`, the tree-shakable functional API of the same `zod`
 * package (peer `zod ^4`), so a desk's bundle carries only the parts of zod the package's schemas
 * use (the classic `zod` entry is one object holding the whole API, with every locale).
 *
 * Jitless: zod compiles a fast parser for each object schema with `new Function`, after probing
 * whether `eval` is allowed; under a strict Content-Security-Policy (no 'unsafe-eval') even the
 * caught probe is reported as a `securitypolicyviolation`. Jitless, no code is generated and
 * nothing is probed. zod's configuration is global (one zod per page, shared by `zod` and
 * `zod/mini`): a desk that wants the JIT for its own schemas sets `z.config({ jitless: false })`
 * before importing this package, and that choice is kept.
 *
 * English messages: the classic `zod` entry installs its English locale when it is imported;
 * `zod/mini` installs none (every issue would read "Invalid input"). The package's error messages
 * quote zod's English ones, so when no locale is set, `englishIssue` below is installed: zod's
 * English messages (zod/v4/locales/en) for every issue the package's schemas can raise, word for
 * word, in a third of the bytes (the names of the string formats the package never checks, such
 * as email or UUID, are left out: those issues read "Invalid input", as under `zod/mini` with no
 * locale). A desk's own choice of locale is kept, and importing the classic `zod` entry installs
 * zod's full English locale again.
 *
 * Every module that builds schemas imports `* as z from 'zod/mini'` itself (a namespace passed on
 * from here would be kept whole by bundlers) and calls `setJitless()` first, at its top. (A call, not a bare
 * statement in this module: the package is marked free of side effects, so a bundler may drop a
 * module whose only export is a re-export, and its statements with it.)
 */
import { config, type z } from 'zod/mini';

type RawIssue = z.core.$ZodRawIssue & Record<string, unknown>;

const stringify = (value: unknown) => (typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? `"${value}"` : `${String(value)}`);
const join = (values: readonly unknown[], separator: string) => values.map(stringify).join(separator);
const units: Record<string, string> = { string: 'characters', file: 'bytes', array: 'items', set: 'items', map: 'entries' };

/** zod's `util.parsedType`, then the English locale's type name (`nan` → `NaN`, `Infinity` as itself). */
function typeName(input: unknown): string {
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : Number.isFinite(input) ? 'number' : String(input);
  if (typeof input === 'object' && input !== null) {
    if (Array.isArray(input)) return 'array';
    const ctor = (input as { constructor?: { name?: string } }).constructor;
    if (Object.getPrototypeOf(input) !== Object.prototype && 'constructor' in input && ctor) return ctor.name as string;
    return 'object';
  }
  return input === null ? 'null' : typeof input;
}

/**
 * zod's English message for an issue, exactly as zod/v4/locales/en words it; `undefined` (zod then
 * says "Invalid input") for the string formats the package's schemas never check.
 */
export function englishIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected === 'nan' ? 'NaN' : String(issue.expected)}, received ${typeName(issue.input)}`;
    case 'invalid_value': {
      const values = issue.values as unknown[];
      return values.length === 1 ? `Invalid input: expected ${stringify(values[0])}` : `Invalid option: expected one of ${join(values, '|')}`;
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const adj = issue.exact ? 'exactly ' : issue.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>';
      const origin = issue.origin as string | undefined;
      const unit = origin === undefined ? undefined : units[origin];
      const bound = `${adj}${String(big ? issue.maximum : issue.minimum)}`;
      const what = big ? (origin ?? 'value') : origin;
      return `Too ${big ? 'big' : 'small'}: expected ${what} to ${unit ? `have ${bound} ${unit}` : `be ${bound}`}`;
    }
    case 'invalid_format': {
      const format = issue.format;
      if (format === 'starts_with') return `Invalid string: must start with "${String(issue.prefix)}"`;
      if (format === 'ends_with') return `Invalid string: must end with "${String(issue.suffix)}"`;
      if (format === 'includes') return `Invalid string: must include "${String(issue.includes)}"`;
      return format === 'regex' ? `Invalid string: must match pattern ${String(issue.pattern)}` : undefined;
    }
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys;
      return `Unrecognized key${keys.length > 1 ? 's' : ''}: ${join(keys, ', ')}`;
    }
    case 'invalid_key':
      return `Invalid key in ${String(issue.origin)}`;
    case 'invalid_element':
      return `Invalid value in ${String(issue.origin)}`;
    case 'invalid_union': {
      const options = issue.options as unknown[] | undefined;
      if (Array.isArray(options) && options.length > 0) return `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
      return issue.inclusive === false ? 'Invalid input: more than one option matched' : undefined;
    }
    default:
      return undefined;
  }
}

export function setJitless(): void {
  const current = config();
  if (current.jitless === undefined) config({ jitless: true });
  if (current.localeError === undefined) config({ localeError: englishIssue });
}

/**
 * `schema.check(...checks)` as a call bundlers may drop when its result is unused (a method call
 * is kept: a bundler cannot know it has no side effects), so a schema an app never uses costs nothing.
 */
// @__NO_SIDE_EFFECTS__
export function checked<T extends z.ZodMiniType>(schema: T, ...checks: Array<z.core.CheckFn<z.output<T>> | z.core.$ZodCheck<z.output<T>>>): T {
  return schema.check(...checks);
}
