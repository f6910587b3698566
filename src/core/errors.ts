import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Stable error codes. Each maps to one HTTP status; API clients match on the
 * code, people read the Thai or English message chosen for it.
 */
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  second_factor_required: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldProblem {
  /** Dotted path of the field, e.g. `address.postcode`. */
  field: string;
  message: string;
  /** A stable code for programs, e.g. `required`, `invalid_check_digit`. */
  code?: string | undefined;
  /** The message in both languages, for clients that show their own language. */
  messages?: { th: string; en: string } | undefined;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldProblem[];
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options: { fields?: FieldProblem[]; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): ContentfulStatusCode {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
