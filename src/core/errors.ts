import type { z } from 'zod';

/** Every code a `WrapUpError` can carry. Stable: callers may switch on them. */
export const wrapUpErrorCodes = [
  /** The conversation context is missing a field or has one of the wrong type. */
  'INVALID_CONTEXT',
  /** The wrap-up input (codes and note) is malformed. */
  'INVALID_WRAPUP',
  /** Neither a code nor a non-empty note was given. */
  'EMPTY_WRAPUP',
  /** More codes than the form allows (5 when multiple-choice, 1 when not). */
  'TOO_MANY_CODES',
  /** The note is longer than the configured limit. */
  'NOTE_TOO_LONG',
  /** The agent's participant role may not wrap up (SILENT_MONITOR, ASSISTANT). */
  'ROLE_NOT_ALLOWED',
  /** Builder options are malformed (format, clock, id factory). */
  'INVALID_OPTIONS',
  /** The Unified Admin wrap-up form could not be read. */
  'INVALID_FORM',
  /** A payload does not match the Agent Manager contract. */
  'INVALID_PAYLOAD',
  /** The outbox's storage threw on write or read; the send still happens. */
  'STORAGE_UNAVAILABLE',
  /** A transport could not be created or used as asked. */
  'TRANSPORT_ERROR',
] as const;

export type WrapUpErrorCode = (typeof wrapUpErrorCodes)[number];
export type WrapUpErrorPath = ReadonlyArray<string | number>;

/**
 * The one error type the package throws for bad input. `code` is stable, `path` names the
 * offending field (e.g. `['participant', 'role']`), and `message` says what to pass instead.
 */
export class WrapUpError extends Error {
  override readonly name = 'WrapUpError';
  readonly code: WrapUpErrorCode;
  readonly path: WrapUpErrorPath;
  /** Every problem found, when more than one field is wrong; the first one is `path`. */
  readonly issues: ReadonlyArray<{ path: WrapUpErrorPath; message: string }>;

  constructor(
    code: WrapUpErrorCode,
    message: string,
    options: { path?: WrapUpErrorPath; issues?: WrapUpError['issues']; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path ?? [];
    this.issues = options.issues ?? [{ path: this.path, message }];
  }
}

export function isWrapUpError(value: unknown): value is WrapUpError {
  return value instanceof WrapUpError;
}

/** `['participant', 'participant', 'keycloakUser', 'id']` → `participant.participant.keycloakUser.id`; indexes as `[0]`. */
export function formatPath(root: string, path: WrapUpErrorPath): string {
  let out = root;
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(the value itself)';
}

/** A short description of any value for an error message; never throws (BigInt, Symbol, null-prototype objects, Proxies). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    return 'a value that cannot be read'; // Array.isArray throws on a revoked Proxy
  }
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (typeof value === 'bigint') return `bigint ${value}n`;
  return typeof value === 'symbol' ? 'a symbol' : typeof value;
}

function valueAt(input: unknown, path: WrapUpErrorPath): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Turns zod issues into one `WrapUpError` whose message names every bad field and what it should be. */
export function fromZodError(
  code: WrapUpErrorCode,
  root: string,
  error: z.core.$ZodError,
  input: unknown,
  hint?: string,
): WrapUpError {
  const issues = error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const got = valueAt(input, path);
    const expected = issue.message.replace(/^Invalid input: /, '');
    const message =
      got === undefined && issue.code === 'invalid_type'
        ? `${formatPath(root, path)} is missing: ${expected}`
        : `${formatPath(root, path)} is ${describeValue(got)}: ${expected}`;
    return { path, message };
  });
  const first = issues[0] ?? { path: [], message: `${root} is invalid` };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1, 4).map((i) => i.message).join('; ')})` : '';
  return new WrapUpError(code, `${first.message}${more}.${hint ? ` ${hint}` : ''}`, {
    path: first.path,
    issues,
    cause: error,
  });
}
